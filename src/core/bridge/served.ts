// The bridge's reading of what modules bind: settings chosen by an environment variable,
// relative import bases, and what gunicorn does with the object it serves.
// Python source: entrypoint.ts joins the parts into the one script python3 runs.
export const SERVED_PY = String.raw`
def env_read(expr):
    """(variable, default or None) for os.getenv("V"[, "d"]), os.environ.get(...), os.environ["V"]
    and os.getenv("V") or "d"; None for anything else."""
    if isinstance(expr, ast.BoolOp) and isinstance(expr.op, ast.Or) and len(expr.values) == 2:
        read, d = env_read(expr.values[0]), expr.values[1]
        if read and isinstance(d, ast.Constant) and isinstance(d.value, str):
            return read[0], d.value
        return None
    if isinstance(expr, ast.Subscript) and (dotted(expr.value) or "") in ("os.environ", "environ"):
        k = expr.slice
        return (k.value, None) if isinstance(k, ast.Constant) and isinstance(k.value, str) else None
    if not (isinstance(expr, ast.Call) and (dotted(expr.func) or "") in ("os.getenv", "getenv", "os.environ.get", "environ.get")):
        return None
    if not (expr.args and isinstance(expr.args[0], ast.Constant) and isinstance(expr.args[0].value, str)):
        return None
    d = expr.args[1] if len(expr.args) > 1 else next((k.value for k in expr.keywords if k.arg == "default"), None)
    if d is None:
        return expr.args[0].value, None
    return (expr.args[0].value, d.value) if isinstance(d, ast.Constant) and isinstance(d.value, str) else None

def module_value(tree, name):
    """The expression last assigned to name at module level, or None."""
    last = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            last = node.value
    return last

def string_dict(expr):
    """[(key, string value or None)] of a dict literal or dict(k=...) call with constant keys."""
    if isinstance(expr, ast.Dict):
        pairs = list(zip(expr.keys, expr.values))
        if any(not (isinstance(k, ast.Constant) and isinstance(k.value, str)) for k, _ in pairs):
            return None
        pairs = [(k.value, v) for k, v in pairs]
    elif isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id == "dict" and not expr.args:
        if any(k.arg is None for k in expr.keywords):
            return None
        pairs = [(k.arg, k.value) for k in expr.keywords]
    else:
        return None
    return [(k, v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else None) for k, v in pairs]

def import_base(pkg, node):
    """The module 'from ... import' names, relative to package pkg; None beyond the top level."""
    if not node.level:
        return node.module
    parts = pkg.split(".") if pkg else []
    if node.level - 1 > len(parts) or (node.level > 1 and node.level - 1 == len(parts)) or not pkg:
        return None
    base = parts[: len(parts) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))

def python_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]

def missing_arguments(fdef):
    """Python's TypeError for calling fdef with no arguments and the parameters it names, or None."""
    a = fdef.args
    positional = a.posonlyargs + a.args
    required = [p.arg for p in positional[: len(positional) - len(a.defaults)]]
    kind = "positional"
    if not required:
        required = [p.arg for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is None]
        kind = "keyword-only"
    if not required:
        return None
    n = len(required)
    return "TypeError: %s() missing %d required %s argument%s: %s" % (fdef.name, n, kind, "" if n == 1 else "s", python_list(required)), required

def may_bind(tree, name):
    """False only when the module plainly never binds name at module level: no assignment, def,
    class, import, loop or with target of it, no star import, no module __getattr__, no global
    statement, no globals()/vars()/setattr/exec call (any of those: it may)."""
    todo = list(tree.body)
    while todo:
        n = todo.pop()
        t = type(n)
        if t in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
            if n.name in (name, "__getattr__"):
                return True
            for inner in ast.walk(n):
                if isinstance(inner, ast.Global) and name in inner.names:
                    return True
            todo.extend(n.decorator_list)
            continue
        if t in (ast.Import, ast.ImportFrom):
            for a in n.names:
                if a.name == "*" or (a.asname or a.name.split(".")[0]) == name:
                    return True
            continue
        if t is ast.Name and n.id == name and not isinstance(n.ctx, ast.Load):
            return True
        if t is ast.Call and (dotted(n.func) or "").split(".")[-1] in ("globals", "vars", "setattr", "exec", "eval", "locals", "__import__"):
            return True
        todo.extend(ast.iter_child_nodes(n))
    return False

def served(m, tree, factory, attr):
    """What gunicorn does with the object it serves (attr: "app", "create_app()"): finds the name in
    the module, calls a factory with the arguments written there, then needs a callable. Only what
    is plain from the source: a name the module never binds, a factory's signature when called with
    none, a literal, a module."""
    name = factory or attr
    if not may_bind(tree, name) and not (m["package"] and find_module(m["module"] + "." + name, in_project)):
        out = {"message": "Failed to find attribute %r in %r." % (name, m["module"]), "file": m["file"], "line": 1, "kind": "attribute", "name": name}
        shadowed = m["module"].replace(".", "/") + ".py"
        if m["package"] and in_project(shadowed, False):
            out["shadows"] = shadowed
        return [out]
    if factory:
        if attr != factory + "()":
            return []
        defs = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == factory]
        missing = missing_arguments(defs[-1]) if defs else None
        if missing is None:
            return []
        return [{"message": missing[0], "file": m["file"], "line": defs[-1].lineno, "kind": "factory", "name": factory, "params": missing[1]}]
    last = None  # the last module-level binding of the served name decides
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == attr for t in node.targets):
            last = node
        elif isinstance(node, (ast.Import, ast.ImportFrom)) and any((a.asname or a.name.split(".")[0]) == attr for a in node.names):
            last = node
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == attr:
            last = None
    what = None
    if isinstance(last, ast.Assign):
        v = last.value
        if isinstance(v, ast.Constant):
            kind = type(v.value).__name__
            what = "None" if v.value is None else "%s %s literal" % ("an" if kind[0] in "aeiou" else "a", kind)
        elif isinstance(v, ast.JoinedStr):
            what = "a str literal"
        elif isinstance(v, (ast.List, ast.ListComp)):
            what = "a list"
        elif isinstance(v, (ast.Tuple,)):
            what = "a tuple"
        elif isinstance(v, (ast.Dict, ast.DictComp)):
            what = "a dict"
        elif isinstance(v, (ast.Set, ast.SetComp)):
            what = "a set"
    elif isinstance(last, ast.Import):
        what = "a module"
    elif isinstance(last, ast.ImportFrom):
        a = [a for a in last.names if (a.asname or a.name) == attr][-1]
        base = import_base(m["module"] if m["package"] else m["module"].rpartition(".")[0], last)
        if base and find_module(base + "." + a.name, in_project) and not defines_name(base, a.name):
            what = "a module"
    if what is None:
        return []
    if what == "None":
        return [{"message": "Failed to find application object: %r" % attr, "file": m["file"], "line": last.lineno, "kind": "object", "what": "None"}]
    return [{"message": "Application object must be callable.", "file": m["file"], "line": last.lineno, "kind": "object", "what": what}]

def defs_of(tree):
    """The module-level functions of a module, by name (the last def wins, as in Python)."""
    if not hasattr(tree, "defs"):
        tree.defs = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    return tree.defs

def defines_name(module, name):
    """module's __init__ binds name itself (then 'from module import name' is not the submodule)."""
    found = find_module(module, in_project)
    if not found or not found[0].endswith(".py"):
        return False
    try:
        tree = read_tree(found[0])
    except Unreadable:
        return False
    return defines(tree, name) or any(isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name == name for n in tree.body)
`
