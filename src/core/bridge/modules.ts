// The bridge's module resolution: what the rock holds under the app directory, which file a module
// name finds there, and the imports and calls a module body runs at import time.
// Python source: entrypoint.ts joins the parts into the one script python3 runs.
export const MODULES_PY = String.raw`
# --- What the rock holds under /flask/app, from the expanded install-app part.
class Rock:
    def __init__(self, part, app_dir="flask/app", installed=None):
        self.app = app_dir + "/"
        # What pip install . puts into the venv (src/core/installed.ts): top-level name -> project path.
        self.installed = installed or {}
        self.used_installed = set()
        self.organize = []
        self.cache = {}
        self.unsure = False
        for src, dst in (part.get("organize") or {}).items():
            if not isinstance(src, str) or not isinstance(dst, str):
                continue
            if any(c in src + dst for c in "*?["):
                self.unsure = True
                continue
            src = os.path.normpath(src)
            self.organize.append(("" if src == "." else src, os.path.normpath(dst)))
        # longest destination first: the most specific move wins
        self.organize.sort(key=lambda p: -len(p[1]))
        self.stage = [s for s in (part.get("stage") or []) if isinstance(s, str)]
        self.prime = [s for s in (part.get("prime") or []) if isinstance(s, str)]

    @staticmethod
    def _match(entry, path):
        entry = entry.strip().rstrip("/")
        return path == entry or path.startswith(entry + "/") or fnmatch.fnmatchcase(path, entry)

    @classmethod
    def _keeps(cls, entries, path, as_dir):
        include = [e for e in entries if not e.startswith("-")]
        exclude = [e[1:].strip() for e in entries if e.startswith("-")]
        if include and not any(cls._match(e, path) for e in include):
            # a directory holding an included path is there too
            if not (as_dir and any(e.strip().startswith(path + "/") for e in include)):
                return False
        return not any(cls._match(e, path) for e in exclude)

    def source(self, rock_rel, as_dir=False):
        """The project path that becomes /flask/app/<rock_rel>, or None when the rock lacks it;
        for an import path, also one pip install . put into the venv (see _installed)."""
        key = (rock_rel, as_dir)
        if key not in self.cache:
            self.cache[key] = self._source(rock_rel, as_dir) or self._installed(rock_rel, as_dir)
        return self.cache[key]

    def _installed(self, rel, as_dir):
        """The project path Python finds for rel in the venv's site-packages, where /flask/app (first
        on sys.path) has no module or regular package of that top-level name."""
        top, _, rest = rel.partition("/")
        name = top[:-3] if not rest and top.endswith(".py") else top
        where = self.installed.get(name)
        if where is None or self._source(name + ".py", False) or self._source(name + "/__init__.py", False):
            return None
        if where.endswith(".py") != (not rest and not as_dir and top.endswith(".py")):
            return None
        src = where + ("/" + rest if rest else "")
        found = (isdir(src) if as_dir else lexists(src) and not isdir(src)) and src
        if found:
            self.used_installed.add(name)
        return found or None

    def _source(self, rock_rel, as_dir):
        dst = self.app + rock_rel
        if not self._keeps(self.stage, dst, as_dir) or not self._keeps(self.prime, dst, as_dir):
            return None
        src = dst
        for key, value in self.organize:
            if dst == value or dst.startswith(value + "/"):
                rest = dst[len(value):].lstrip("/")
                src = "/".join(x for x in (key, rest) if x)
                break
        if not src or src.startswith(".."):
            return None
        if as_dir and isdir(src):
            return src
        if not as_dir and lexists(src) and not isdir(src):
            return src
        return None

    def ships(self):
        out = []
        for key, value in sorted(self.organize, key=lambda p: p[1]):
            if not value.startswith(self.app):
                continue
            rel = value[len(self.app):]
            if not lexists(key):
                continue
            is_dir = isdir(key)
            if is_dir and not self._keeps(self.prime, value, True):
                continue
            if not is_dir and not (self._keeps(self.stage, value, False) and self._keeps(self.prime, value, False)):
                continue
            out.append(rel + ("/" if is_dir else ""))
        return out

def find_module(name, lookup):
    """'a.b' -> (file, is_package) through lookup(rel, as_dir), or None. In Python's own order
    (importlib's FileFinder): a regular package wins over a module of the same name in the same
    directory, and a namespace package (a directory without __init__.py) loses to both."""
    base = name.replace(".", "/")
    f = lookup(base + "/__init__.py", False)
    if f:
        return f, True
    f = lookup(base + ".py", False)
    if f:
        return f, False
    d = lookup(base, True)
    if d:
        return d, True  # a namespace package: a directory without __init__.py
    return None

project_paths = {}

def in_project(rel, as_dir):
    if (rel, as_dir) not in project_paths:
        project_paths[(rel, as_dir)] = _in_project(rel, as_dir)
    return project_paths[(rel, as_dir)]

def _in_project(rel, as_dir):
    return rel if (isdir(rel) if as_dir else (lexists(rel) and not isdir(rel))) else None

GUARD_NAMES = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}

def catches_import_error(handler):
    t = handler.type
    if t is None:
        return True
    names = t.elts if isinstance(t, ast.Tuple) else [t]
    return any((n.id if isinstance(n, ast.Name) else n.attr if isinstance(n, ast.Attribute) else "") in GUARD_NAMES for n in names)

def is_type_checking(test):
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")

# Calls that run at import time, and Flask's string imports: the calls a boot module makes at module
# level (and the functions they reach, MAX_CALL_DEPTH deep) run at boot, so their imports do too.
MAX_CALL_DEPTH = 4
STRING_IMPORTS = ("from_object", "import_string")
BODY_FIELDS = ("body", "orelse", "finalbody", "handlers", "cases")

def is_main_guard(test):
    """if __name__ == "__main__" (either way round)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return False
    sides = [test.left, test.comparators[0]]
    return (any(isinstance(x, ast.Name) and x.id == "__name__" for x in sides)
            and any(isinstance(x, ast.Constant) and x.value == "__main__" for x in sides))

def calls_in(node):
    """The calls an expression makes when it is evaluated (not those inside a lambda)."""
    todo = [node]
    while todo:
        n = todo.pop()
        t = type(n)
        if t is ast.Name or t is ast.Constant or t is ast.Lambda:
            continue
        if t is ast.Call:
            yield n
            todo.append(n.func)
            todo.extend(n.args)
            todo.extend(k.value for k in n.keywords)
        elif t is ast.Attribute:
            todo.append(n.value)
        else:
            todo.extend(ast.iter_child_nodes(n))

def statement_calls(node):
    """The calls a statement makes itself, not those of the statements it holds."""
    t = type(node)
    if t is ast.Expr or t is ast.Return:
        return calls_in(node.value) if node.value is not None else ()
    if t is ast.Assign and all(type(x) is ast.Name for x in node.targets):
        return calls_in(node.value)
    return _statement_calls(node)

def _statement_calls(node):
    for field, value in ast.iter_fields(node):
        if field in BODY_FIELDS:
            continue
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, ast.AST):
                yield from calls_in(v)

IMPORTS = (ast.Import, ast.ImportFrom)
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
# statements that hold no other statements: only their calls matter
SIMPLE = (ast.Assign, ast.Expr, ast.AugAssign, ast.AnnAssign, ast.Return, ast.Raise, ast.Assert,
          ast.Delete, ast.Pass, ast.Global, ast.Nonlocal, ast.Break, ast.Continue)

def events(body, at_boot, guarded, calls=True):
    """('import', node, at_boot, guarded) for each import Python runs: module level and class bodies
    at import, function bodies only when called (request time), try/except ImportError as guarded;
    ('call', node, True, guarded) for each call made while the body runs, when it runs at boot."""
    calls = calls and at_boot
    for node in body:
        t = type(node)
        if t in IMPORTS:
            yield "import", node, at_boot, guarded
        elif t in SIMPLE:
            if calls:
                for c in statement_calls(node):
                    yield "call", c, True, guarded
        elif t in FUNCTIONS:
            if calls:  # decorators and defaults run when the def does
                for d in node.decorator_list + node.args.defaults + [d for d in node.args.kw_defaults if d]:
                    for c in calls_in(d):
                        yield "call", c, True, guarded
            yield from events(node.body, False, guarded, False)
        elif t is ast.ClassDef:
            if calls:
                for d in node.decorator_list + node.bases + [k.value for k in node.keywords]:
                    for c in calls_in(d):
                        yield "call", c, True, guarded
            yield from events(node.body, at_boot, guarded, calls)
        elif t is ast.If and (is_type_checking(node.test) or is_main_guard(node.test)):
            # under gunicorn a module is imported by its name: an "if __name__ == '__main__'"
            # body never runs, no more than a TYPE_CHECKING one
            yield from events(node.orelse, at_boot, guarded, calls)
        elif t is ast.Try or t.__name__ == "TryStar":
            inner = guarded or any(catches_import_error(h) for h in node.handlers)
            yield from events(node.body, at_boot, inner, calls)
            for h in node.handlers:
                yield from events(h.body, at_boot, guarded, calls)
            yield from events(node.orelse, at_boot, guarded, calls)
            yield from events(node.finalbody, at_boot, guarded, calls)
        else:
            if calls:
                for c in statement_calls(node):
                    yield "call", c, True, guarded
            for field in ("body", "orelse", "finalbody"):
                sub = getattr(node, field, None)
                if isinstance(sub, list):
                    yield from events(sub, at_boot, guarded, calls)
            for case in getattr(node, "cases", None) or []:
                yield from events(case.body, at_boot, guarded, calls)

def dotted(expr):
    """'a.b.c' for the expression a.b.c, else None."""
    parts = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if not isinstance(expr, ast.Name):
        return None
    parts.append(expr.id)
    return ".".join(reversed(parts))

def text_of(node):
    try:
        return ast.unparse(node)[:200]
    except Exception:
        return "..."

def computed_string(arg):
    """An argument that builds its string at run time (an f-string, +, %, .format, the environment)."""
    if isinstance(arg, ast.JoinedStr):
        return True
    if isinstance(arg, ast.BinOp) and isinstance(arg.op, (ast.Add, ast.Mod)):
        return any(isinstance(s, ast.Constant) and isinstance(s.value, str) or computed_string(s) for s in (arg.left, arg.right))
    if isinstance(arg, ast.Call):
        name = dotted(arg.func) or ""
        if isinstance(arg.func, ast.Attribute) and arg.func.attr == "format" and isinstance(arg.func.value, ast.Constant):
            return True
        return name in ("os.getenv", "getenv", "os.environ.get", "environ.get")
    if isinstance(arg, ast.Subscript):
        return (dotted(arg.value) or "") in ("os.environ", "environ")
    return False
`
