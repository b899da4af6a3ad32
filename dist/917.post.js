export const id = 917;
export const ids = [917];
export const modules = {

/***/ 4917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  expansionForInstalledRockcraft: () => (/* reexport */ expansionForInstalledRockcraft),
  packStage: () => (/* reexport */ packStage),
  savePackCache: () => (/* reexport */ savePackCache)
});

// EXTERNAL MODULE: ./src/action/runner-io.ts
var runner_io = __webpack_require__(923);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/process/exec.ts + 1 modules
var exec = __webpack_require__(9144);
;// CONCATENATED MODULE: ./src/core/python-path.ts
// The python3 the check runs, without paying for a pyenv shim: the shim is a bash script that runs
// `pyenv exec`, about 0.4 s of CPU before Python starts, more than the whole check. pyenv's own
// choice is read from the same places pyenv reads it (PYENV_VERSION, the nearest .python-version,
// $PYENV_ROOT/version) and the interpreter it would exec is run directly; anything this does not
// follow (a version pyenv would resolve by prefix, a virtualenv, a missing interpreter) keeps the
// shim, which is slow but right.


async function executable(file) {
    return access(file, constants.X_OK).then(() => true, () => false);
}
/** The first `name` on PATH, as execvp would find it. */
async function onPath(name, pathVar, skip) {
    for (const dir of pathVar.split(path.delimiter)) {
        if (!dir || (skip && path.resolve(dir) === path.resolve(skip)))
            continue;
        const file = path.join(dir, name);
        if (await executable(file))
            return file;
    }
    return undefined;
}
async function head(file, bytes = 1024) {
    const handle = await open(file, 'r');
    try {
        const buf = Buffer.alloc(bytes);
        const { bytesRead } = await handle.read(buf, 0, bytes, 0);
        return buf.subarray(0, bytesRead).toString('latin1');
    }
    finally {
        await handle.close();
    }
}
/** pyenv's version names for `dir`, in its order of precedence; undefined when none is set. */
async function pyenvVersions(root, env, dir) {
    if (env.PYENV_VERSION)
        return env.PYENV_VERSION.split(':').filter(Boolean);
    const files = [];
    for (let d = path.resolve(env.PYENV_DIR || dir);; d = path.dirname(d)) {
        files.push(path.join(d, '.python-version'));
        if (path.dirname(d) === d)
            break;
    }
    files.push(path.join(root, 'version'));
    for (const file of files) {
        const text = await readFile(file, 'utf8').catch(() => undefined);
        if (text === undefined)
            continue;
        const names = text
            .split('\n')
            .map(l => l.trim().split(/\s+/)[0])
            .filter(w => w && !w.startsWith('#') && w !== '..' && !w.includes('/'));
        return names.length > 0 ? names : undefined;
    }
    return ['system'];
}
/**
 * The interpreter `command` runs: itself, unless it is a pyenv shim whose choice can be read
 * without running pyenv, then the interpreter pyenv would exec.
 */
async function python_path_resolvePython(command, env, cwd = process.cwd()) {
    if (command.includes('/'))
        return command;
    const pathVar = env.PATH ?? '';
    const found = await onPath(command, pathVar);
    if (!found)
        return command;
    const text = await head(found).catch(() => '');
    const shim = /^#!.*\b(ba)?sh\b[\s\S]*exec "([^"]*\/libexec\/pyenv)" exec "\$program"/.exec(text);
    if (!shim)
        return command;
    const root = /export PYENV_ROOT="([^"]+)"/.exec(text)?.[1] ??
        env.PYENV_ROOT ??
        path.dirname(path.dirname(shim[2]));
    const versions = await pyenvVersions(root, env, cwd);
    for (const version of versions ?? []) {
        // a version pyenv does not have is pyenv's own error to give: the shim gives it
        if (version !== 'system' && !(await executable(path.join(root, 'versions', version)))) {
            return command;
        }
        const exe = version === 'system'
            ? await onPath(command, pathVar, path.dirname(found))
            : path.join(root, 'versions', version, 'bin', command);
        if (exe && (await executable(exe))) {
            // a system python3 that is itself a shim of another root: leave it to that shim
            return version === 'system' && /libexec\/pyenv/.test(await head(exe).catch(() => ''))
                ? command
                : exe;
        }
    }
    return command;
}

;// CONCATENATED MODULE: ./src/core/bridge/modules.ts
// The bridge's module resolution: what the rock holds under the app directory, which file a module
// name finds there, and the imports and calls a module body runs at import time.
// Python source: entrypoint.ts joins the parts into the one script python3 runs.
const MODULES_PY = String.raw `
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
`;

;// CONCATENATED MODULE: ./src/core/bridge/predict.ts
// The bridge's boot prediction: the walk from the WSGI module (and the factory gunicorn calls)
// through every import and string import that runs at boot, against what the rock ships.
// Python source: entrypoint.ts joins the parts into the one script python3 runs.
const PREDICT_PY = String.raw `
MARKER = "flask-rock: ignore-boot"

def predict(rock, wsgi_module, factory, served_name):
    modules = {}   # module name -> {"module", "file", "package", "boot", "shipped"}
    records = []
    problems = []  # unreadable modules on the way
    app_problems = []
    queue = []
    truncated = False
    edges = []
    bindings_cache = {}
    functions = {}
    walked = set()
    calls = []  # (owner, tree, def, via, depth): function bodies that run at boot, to walk
    called_lines = set()  # (file, module, line) of the imports in those bodies

    def enqueue(name, file, is_pkg, boot, shipped=True):
        m = modules.get(name)
        if m is None:
            modules[name] = {"module": name, "file": file, "package": is_pkg, "boot": boot, "shipped": shipped}
            queue.append(name)
        elif boot and not m["boot"]:
            m["boot"] = True
            queue.append(name)

    def record(importer, node, name, where, status, at_boot, guarded, ignored, via, kind="import", text=None, literal=None):
        records.append({
            "literal": literal,
            "file": importer["file"] if importer else None,
            "line": getattr(node, "lineno", None),
            "column": (node.col_offset + 1) if node is not None else None,
            "module": name,
            "projectPath": where,
            "status": "unsure" if rock.unsure and status in ("missing", "sibling") else status,
            "boot": at_boot,
            "guarded": guarded,
            "ignored": ignored,
            "kind": kind,
            "call": text,
            "via": via,
            "attribute": None,
            "initializing": False,
            "selector": None,
        })

    def resolve(chain, importer, node, at_boot, guarded, ignored, via=None, kind="import", text=None, literal=None):
        """Follows 'a', 'a.b', 'a.b.c' as Python imports them; records the first that the rock lacks
        and follows the project's own copy on, so that one pass finds every module the rock lacks."""
        shipped = True
        for i, name in enumerate(chain):
            found = find_module(name, rock.source) if shipped else None
            if found:
                enqueue(name, found[0], found[1], at_boot)
                continue
            top = name.split(".")[0]
            if i == 0 and top in STDLIB:
                return "stdlib"
            if i == 0 and top in PROVIDED:
                # /flask/app has no such module: Python finds the library the requirements
                # installed, whatever project file shares its name elsewhere
                return "third-party"
            proj = find_module(name, in_project)
            if proj and not shipped:
                # a submodule of a package the rock lacks: shipping the package ships it
                if not guarded and not ignored:
                    enqueue(name, proj[0], proj[1], at_boot, False)
                continue
            status, where = None, None
            if proj:
                status, where = "missing", proj[0]
            elif i == 0 and importer and "/" in importer["file"]:
                pkg_dir = importer["file"].rsplit("/", 1)[0]
                sib = find_module(name, lambda rel, d: in_project(pkg_dir + "/" + rel, d))
                if sib:
                    status, where = "sibling", sib[0]
            if status is None:
                if not shipped:
                    return "missing"
                return "third-party" if i == 0 else "missing-submodule"
            if importer and (importer["module"] + ".").startswith(name + "."):
                return "missing"  # the package the rock lacks, importing its own parts
            record(importer, node, name, where, status, at_boot, guarded, ignored, via, kind, text, literal)
            if status != "missing" or guarded or ignored:
                return status
            # Python would stop here; the walk goes on through the project's copy.
            enqueue(name, proj[0], proj[1], at_boot, False)
            shipped = False
        return "project" if shipped else "missing"

    def locate(name):
        """(file, is_package) of a project module, shipped or not, or None."""
        return find_module(name, rock.source) or find_module(name, in_project)

    def package_of(m):
        if m["module"].startswith("<"):
            return ""  # a file from_pyfile runs: no package
        return m["module"] if m["package"] else m["module"].rpartition(".")[0]

    def absolute(m, node):
        """The module an ImportFrom names, or None for a relative import beyond the top level."""
        return import_base(package_of(m), node)

    def bindings(m, tree):
        """Module-level names bound by imports: ('module', name) or ('attr', module, name)."""
        if m["file"] not in bindings_cache:
            out = {}
            for kind, node, boot, _ in events(tree.body, True, False, False):
                if boot:
                    bind(m, node, out)
            bindings_cache[m["file"]] = out
        return bindings_cache[m["file"]]

    def bind(m, node, out):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.asname:
                    out[a.asname] = ("module", a.name)
                else:
                    out[a.name.split(".")[0]] = ("module", a.name.split(".")[0])
        else:
            base = absolute(m, node)
            if base:
                for a in node.names:
                    if a.name != "*":
                        out[a.asname or a.name] = ("attr", base, a.name)

    def function(module, fname, hops=0):
        """(importer, tree, FunctionDef) of the project function module.fname, or None."""
        key = (module, fname)
        if key in functions:
            return functions[key]
        functions[key] = None
        found = locate(module)
        if found and found[0].endswith(".py"):
            try:
                tree = read_tree(found[0])
            except Unreadable:
                tree = None
            if tree is not None:
                owner = {"module": module, "file": found[0], "package": found[1]}
                fdef = defs_of(tree).get(fname)
                if fdef:
                    functions[key] = (owner, tree, fdef)
                elif hops < 3:
                    b = bindings(owner, tree).get(fname)
                    if b and b[0] == "attr" and not locate(b[1] + "." + b[2]):
                        functions[key] = function(b[1], b[2], hops + 1)
        return functions[key]

    def callee(m, tree, local, call):
        """The project function a call runs, or None."""
        name = dotted(call.func)
        if not name:
            return None
        head, _, rest = name.partition(".")
        b = local.get(head)
        if b is None:
            return function(m["module"], head) if not rest and head in defs_of(tree) else None
        module = b[1] if b[0] == "module" else b[1] + "." + b[2]
        if b[0] == "attr" and not rest:
            return function(b[1], b[2])
        if b[0] == "attr" and not locate(module):
            return None
        path, _, fname = rest.rpartition(".")
        return function(module + ("." + path if path else ""), fname)

    def flask_root(m, scope):
        """The app's root path under /flask/app ('' for the top), for from_pyfile: the directory of
        the module that makes the Flask app, its instance folder with instance_relative_config; None
        when this module makes no Flask app or names its paths."""
        for stmt in scope:
            for c in ast.walk(stmt):
                if isinstance(c, ast.Call) and (dotted(c.func) or "").split(".")[-1] == "Flask":
                    kw = {k.arg: k.value for k in c.keywords}
                    if "root_path" in kw or "instance_path" in kw:
                        return None
                    rel = kw.get("instance_relative_config")
                    if isinstance(rel, ast.Constant) and rel.value is True:
                        return "instance"
                    if rel is not None and not isinstance(rel, ast.Constant):
                        return None
                    return m["module"].replace(".", "/") if m["package"] else "/".join(m["module"].split(".")[:-1])
        return None

    def string_import(m, tree, call, guarded, ignored, via, text):
        arg = call.args[0] if call.args else None
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            string_target(m, call, arg.value, guarded, ignored, via, text)
            return
        choice = env_choice(m, tree, arg) if isinstance(arg, ast.Subscript) else None
        if choice:
            # a settings dict keyed by an environment variable: each string it holds is a candidate,
            # the one the variable's default selects is the one the rock imports
            variable, default, entries = choice
            for key, value in entries:
                if value is None:
                    continue  # a class or other object: imported as the module imports it
                first = len(records)
                string_target(m, call, value, guarded, ignored, via, text)
                for r in records[first:]:
                    r["selector"] = {"variable": variable, "key": key, "default": key == default}
        elif arg is not None and computed_string(arg):
            record(m, call, None, None, "computed", True, guarded, ignored, via, "string", text)

    def string_target(m, call, value, guarded, ignored, via, text):
        """werkzeug's import_string(value), followed part by part against what ships."""
        literal = target = value.replace(":", ".")
        if not target or not all(p.isidentifier() for p in target.split(".")):
            return
        attr = None
        if "." in target and not locate(target):
            # werkzeug's import_string: not a module, so module.attribute
            target, _, attr = target.rpartition(".")
        chain = target.split(".")
        prefixes = [".".join(chain[: i + 1]) for i in range(len(chain))]
        status = resolve(prefixes, m, call, True, guarded, ignored, via, "string", text, literal)
        if status == "missing-submodule":
            # the top-level package ships, a module under it exists nowhere: ModuleNotFoundError
            absent = next(p for p in prefixes if not find_module(p, rock.source))
            record(m, call, absent, None, "absent", True, guarded, ignored, via, "string", text, literal)
        elif status == "project" and attr is not None:
            found = find_module(target, rock.source)
            try:
                target_tree = read_tree(found[0]) if found[0].endswith(".py") else None
            except Unreadable:
                target_tree = False  # its own problem is reported when the walk reads it
            if target_tree is None or (target_tree is not False and not may_bind(target_tree, attr)):
                # getattr fails: werkzeug raises ImportError(AttributeError); a module whose own
                # import is still running says so (the boot imports it, the call is not gunicorn's)
                initializing = (m["module"] == target or m["module"].startswith(target + ".")) and (via is None or via["file"] is not None)
                record(m, call, target, None, "absent", True, guarded, ignored, via, "string", text, literal)
                records[-1]["attribute"] = attr
                records[-1]["initializing"] = initializing
        edges.append({"from": m["module"], "to": target, "line": call.lineno, "boot": True, "status": status, "via": via, "call": text})

    def env_choice(m, tree, sub):
        """(variable, default key or None, [(key, string or None)]) for settings[<env read>], where
        settings is a dict literal bound at module level here or in the project module it is
        imported from, and the key reads an environment variable (directly or through a name)."""
        key = sub.slice
        if isinstance(key, ast.Name):
            key = module_value(tree, key.id)
        read = env_read(key) if key is not None else None
        if not read or not isinstance(sub.value, ast.Name):
            return None
        name = sub.value.id
        value = module_value(tree, name)
        if value is None:
            b = bindings(m, tree).get(name)
            found = locate(b[1]) if b and b[0] == "attr" else None
            if found and found[0].endswith(".py"):
                try:
                    value = module_value(read_tree(found[0]), b[2])
                except Unreadable:
                    value = None
        entries = string_dict(value) if value is not None else None
        return (read[0], read[1], entries) if entries else None

    def pyfile(m, tree, scope, call, guarded, ignored, via, text):
        arg = call.args[0] if call.args else None
        silent = any(k.arg == "silent" and isinstance(k.value, ast.Constant) and k.value.value for k in call.keywords) \
            or (len(call.args) > 1 and isinstance(call.args[1], ast.Constant) and bool(call.args[1].value))
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
            if arg is not None:
                record(m, call, None, None, "computed", True, guarded, ignored, via, "pyfile", text)
            return
        root = flask_root(m, scope)
        if root is None:
            root = flask_root(m, tree.body)
        rel = os.path.normpath(os.path.join(root or "", arg.value)) if root is not None else None
        if rel is None or os.path.isabs(arg.value) or rel.startswith(".."):
            record(m, call, arg.value, None, "computed", True, guarded, ignored, via, "pyfile", text)
            return
        src = rock.source(rel)
        if src and src.endswith(".py"):
            # executed as a module: its imports run at boot
            enqueue("<%s>" % rel, src, False, True)
            edges.append({"from": m["module"], "to": rel, "line": call.lineno, "boot": True, "status": "project", "via": via, "call": text})
            return
        if src:
            return
        where = rel if in_project(rel, False) else None
        status = ("missing" if where else "absent")
        if silent:
            status = "skipped" if where else None
        if status:
            record(m, call, rel, where, status, True, guarded, ignored, via, "pyfile", text)
        edges.append({"from": m["module"], "to": rel, "line": call.lineno, "boot": True, "status": status or "absent", "via": via, "call": text})

    def walk(m, tree, body, at_boot, via, depth, scope=None):
        """Follows the imports and calls of a body that runs (at boot when at_boot); scope: the
        body of the function being called, None for a module's own body."""
        local = dict(bindings(m, tree)) if scope is not None else {}
        lines = tree.lines
        for kind, node, boot, guarded in events(body, at_boot, False):
            if kind == "import":
                ignored = MARKER in (lines[node.lineno - 1] if node.lineno <= len(lines) else "")
                if not boot and scope is not None:
                    continue  # request-time code in a called function: its module's walk has it
                if boot:
                    bind(m, node, local)
                    if scope is not None:
                        called_lines.add((m["file"], m["module"], node.lineno))
                follow_import(m, tree, node, boot, guarded, ignored, via)
                continue
            func = node.func
            attr = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if attr in STRING_IMPORTS or attr == "from_pyfile":
                ignored = MARKER in (lines[node.lineno - 1] if node.lineno <= len(lines) else "")
            if attr in STRING_IMPORTS:
                string_import(m, tree, node, guarded, ignored, via, text_of(node))
            elif attr == "from_pyfile":
                pyfile(m, tree, scope if scope is not None else tree.body, node, guarded, ignored, via, text_of(node))
            elif depth < MAX_CALL_DEPTH:
                target = callee(m, tree, local, node)
                if target and (target[0]["file"], target[2].name) not in walked:
                    owner, ftree, fdef = target
                    walked.add((owner["file"], fdef.name))
                    step = via or {"file": m["file"], "line": node.lineno, "call": text_of(func) + "()"}
                    # walked once the modules imported so far are: Python runs an imported
                    # module's body before the importer's next line calls into it
                    calls.append((owner, ftree, fdef, step, depth + 1))

    def follow_import(m, tree, node, at_boot, guarded, ignored, via):
        name = m["module"]
        if isinstance(node, ast.Import):
            targets = [(a.name, []) for a in node.names]
        else:
            target = absolute(m, node)
            if target is None:
                problems.append(dict(located("%s:%d: relative import beyond the top-level package" % (m["file"], node.lineno), m["file"], node.lineno), boot=at_boot))
                return
            targets = [(target, [a.name for a in node.names if a.name != "*"])]
        for target, subs in targets:
            chain = target.split(".")
            status = resolve([".".join(chain[: i + 1]) for i in range(len(chain))], m, node, at_boot, guarded, ignored, via)
            edges.append({"from": name, "to": target, "line": node.lineno, "boot": at_boot, "status": status, "via": via})
            if status == "project":
                for sub in subs:
                    full = target + "." + sub
                    found = find_module(full, rock.source)
                    if found:
                        enqueue(full, found[0], found[1], at_boot)
                        edges.append({"from": name, "to": full, "line": node.lineno, "boot": at_boot, "status": "project", "via": via})
                    elif find_module(full, in_project):
                        sub_status = resolve([full], m, node, at_boot, guarded, ignored, via)
                        edges.append({"from": name, "to": full, "line": node.lineno, "boot": at_boot, "status": sub_status, "via": via})
            elif status == "missing" and not guarded and not ignored:
                # submodules of a package the rock lacks: shipping the package ships them
                for sub in subs:
                    found = find_module(target + "." + sub, in_project)
                    if found:
                        enqueue(target + "." + sub, found[0], found[1], at_boot, False)

    chain = wsgi_module.split(".")
    resolve([".".join(chain[: i + 1]) for i in range(len(chain))], None, None, True, False, False)
    while queue or calls:
        if len(modules) > MAX_MODULES:
            truncated = True
            break
        if not queue:
            owner, ftree, fdef, step, depth = calls.pop(0)
            walk(owner, ftree, fdef.body, True, step, depth, fdef.body)
            continue
        name = queue.pop(0)
        m = modules[name]
        try:
            tree = read_tree(m["file"]) if m["file"].endswith(".py") else None
        except Unreadable as e:
            problems.append(dict(located(e.message, m["file"], e.line, e.column), boot=m["boot"]))
            continue
        if tree is None:
            continue
        walk(m, tree, tree.body, m["boot"], None, 0)
        if name == wsgi_module and m["boot"]:
            app_problems.extend(served(m, tree, factory, served_name))
            if factory:
                target = function(name, factory)
                if target and (target[0]["file"], factory) not in walked:
                    walked.add((target[0]["file"], factory))
                    owner, ftree, fdef = target
                    calls.append((owner, ftree, fdef, {"file": None, "line": None, "call": factory + "()"}, 1))

    # An import in a function body was first seen as request-time code; a call made at boot runs it.
    if called_lines:
        by_file = {(f, line) for f, _, line in called_lines}
        by_module = {(name, line) for _, name, line in called_lines}
        records = [r for r in records if r["boot"] or (r["file"], r["line"]) not in by_file]
        edges = [e for e in edges if e["boot"] or (e["from"], e["line"]) not in by_module]
    return {
        "modules": sorted(modules.values(), key=lambda x: x["module"]),
        "imports": edges,
        "missing": records,
        "unreadable": problems,
        "app": app_problems,
        "truncated": truncated,
    }
`;

;// CONCATENATED MODULE: ./src/core/bridge/read.ts
// The python3 bridge's start and its reading: limits, the question on stdin, each project file
// read and parsed once, rockcraft's entrypoint search, and the scan for Flask apps it misses.
// Python source: entrypoint.ts joins the parts into the one script python3 runs.
const READ_PY = String.raw `
import ast, fnmatch, gc, json, os, stat, sys

# Every parsed module is kept until the answer is printed, so the cycle collector would only walk
# the growing trees again and again (a sixth of the parse time on 2,000 modules).
gc.disable()

MAX_BYTES = int(sys.argv[1])
MAX_MODULES = int(sys.argv[2])
MAX_MEMORY = int(sys.argv[3])
# A bound on the whole process before any project file is read: a 16 MB list literal alone grows
# the parser to gigabytes. Hitting it is this check's limit, not a fault of the project.
try:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (MAX_MEMORY, MAX_MEMORY))
except (ImportError, ValueError, OSError):
    pass  # a system without RLIMIT_AS (macOS refuses it): the 30 s timeout still bounds the run
req = json.load(sys.stdin)
if req is None:
    sys.exit(0)
root = req["root"]
REAL_ROOT = os.path.realpath(root)
STDLIB = set(getattr(sys, "stdlib_module_names", ())) | set(sys.builtin_module_names)
PROVIDED = set(req.get("provided") or ())
hints = []
trees = {}

class Stop(Exception):
    pass

class OutOfMemory(Exception):
    pass

class Unreadable(Exception):
    def __init__(self, message, line=None, column=None):
        Exception.__init__(self, message)
        self.message, self.line, self.column = message, line, column

def located(message, rel, line=None, column=None):
    out = {"message": message, "file": rel}
    if line:
        out["line"] = line
    if column:
        out["column"] = column
    return out

def read_tree(rel, as_rockcraft=False):
    """The parsed module, or Unreadable with one clear line. Never opens anything but a regular file.
    as_rockcraft: read as rockcraft reads its candidates, else as Python's import reads a module
    (rockcraft's search runs first, so a candidate's tree in the cache was read its way)."""
    if rel in trees:
        if isinstance(trees[rel], Unreadable):
            raise trees[rel]
        return trees[rel]
    try:
        trees[rel] = parse(rel, as_rockcraft)
    except Unreadable as e:
        trees[rel] = e
        raise
    return trees[rel]

# The project's directories, each listed once: following 2,000 modules asks about the same few
# hundred directories again and again, and a kept listing answers without a system call.
listings = {}

def entry(rel):
    """The os.DirEntry of project path rel, None when there is none, False when rel is not a plain
    path below the root (the caller then asks the file system)."""
    if not rel or rel.startswith("/") or rel != os.path.normpath(rel) or rel.split("/")[0] == "..":
        return False
    head, _, name = rel.rpartition("/")
    if head not in listings:
        try:
            with os.scandir(os.path.join(root, head)) as it:
                listings[head] = {e.name: e for e in it}
        except OSError:
            listings[head] = {}
    return listings[head].get(name)

def lexists(rel):
    e = entry(rel)
    return os.path.lexists(os.path.join(root, rel)) if e is False else e is not None

def isdir(rel):
    """Follows symlinks, as os.path.isdir does."""
    e = entry(rel)
    return os.path.isdir(os.path.join(root, rel)) if e is False else e is not None and e.is_dir()

real_dirs = {}

def realpath(path, e):
    """realpath with the directories' answers kept: no system call for a file that is no symlink."""
    head, tail = os.path.split(path)
    if head not in real_dirs:
        real_dirs[head] = os.path.realpath(head)
    real = os.path.join(real_dirs[head], tail)
    link = os.path.islink(real) if e is None or e is False else e.is_symlink()
    return os.path.realpath(real) if link else real

def declared_encoding(data):
    """The source encoding Python's import would use (PEP 263 coding line, BOM), or None."""
    import io, tokenize  # only for a module that is not UTF-8
    try:
        return tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    except SyntaxError:
        return None

def parse(rel, as_rockcraft):
    path = os.path.join(root, rel)
    e = entry(rel)
    real = realpath(path, e)
    if real != REAL_ROOT and not real.startswith(REAL_ROOT + os.sep):
        raise Unreadable("%s is a symlink to %s, outside the project; the rock build sees only the project directory" % (rel, real))
    try:
        # A regular file by its listing, else by stat (which also words the error for a missing one);
        # never opened otherwise: a FIFO would block the read.
        if not (e and e.is_file()) and not stat.S_ISREG(os.stat(path).st_mode):
            raise Unreadable("%s is not a regular file" % rel)
        with open(path, "rb", buffering=0) as f:
            if os.fstat(f.fileno()).st_size > MAX_BYTES:
                raise Unreadable("%s is larger than %d MB; not parsing it" % (rel, MAX_BYTES >> 20))
            data = f.read()
    except OSError as e:
        raise Unreadable("error reading %s: %s" % (rel, e.strerror or e))
    # rockcraft reads a candidate with read_text(encoding="utf-8") and parses the text, BOM and all;
    # Python's import honours a BOM or a coding line (latin-1 modules boot fine).
    try:
        source = data.decode("utf-8")
        if not as_rockcraft and source.startswith("\ufeff"):
            source = source[1:]
    except UnicodeDecodeError as e:
        encoding = None if as_rockcraft else declared_encoding(data)
        if encoding is None or encoding.startswith("utf-8"):
            raise Unreadable("error reading %s: not valid UTF-8 (line %d)" % (rel, data.count(b"\n", 0, e.start) + 1), data.count(b"\n", 0, e.start) + 1)
        try:
            source = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            raise Unreadable("error reading %s: not valid %s, the encoding its coding line declares" % (rel, encoding))
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as e:
        raise Unreadable("error parsing %s: %s" % (os.path.basename(rel), e.msg), e.lineno, e.offset)
    except (ValueError, TypeError) as e:
        raise Unreadable("error parsing %s: %s" % (os.path.basename(rel), e))
    except RecursionError:
        raise Unreadable("error parsing %s: too deeply nested" % os.path.basename(rel))
    except MemoryError:
        raise OutOfMemory(rel)
    tree.lines = source.splitlines()
    return tree

def tree_of(rel):
    """For rockcraft's own search: an unreadable candidate ends it, as it ends rockcraft's."""
    try:
        return read_tree(rel, as_rockcraft=True)
    except Unreadable as e:
        print(json.dumps({"problem": located(e.message, rel, e.line, e.column), "hints": hints}))
        raise Stop()

def module_of(rel):
    parts = [p for p in rel.split("/") if p != "__init__.py"]
    return ".".join(p[:-3] if p.endswith(".py") else p for p in parts)

def defines(tree, name):
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.Assign):
            if any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                return True
        if isinstance(node, ast.ImportFrom):
            if any((a.asname or a.name) == name for a in node.names):
                return True
    return False

def near_misses(rel, tree):
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id in ("app", "application"):
            hints.append(located("the annotated assignment '%s: ...' is not found by rockcraft's entrypoint discovery; write '%s = ...' without the annotation" % (node.target.id, node.target.id), rel, node.lineno))
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, (ast.Tuple, ast.List)) and any(isinstance(e, ast.Name) and e.id in ("app", "application") for e in t.elts):
                    hints.append(located("'app' assigned by unpacking is not found by rockcraft's entrypoint discovery; assign it on its own line", rel, node.lineno))
        if isinstance(node, ast.AsyncFunctionDef) and node.name in ("create_app", "make_app"):
            hints.append(located("'async def %s' is not found by rockcraft's entrypoint discovery" % node.name, rel, node.lineno))

def search(candidates):
    existing = [rel for rel in candidates if lexists(rel)]
    for rel in existing:
        tree = tree_of(rel)
        found = [n for n in ("app", "application") if defines(tree, n)]
        if found:
            if len(found) > 1:
                hints.append(located("defines both 'app' and 'application'; rockcraft may pick either (it searches an unordered set)", rel))
            return module_of(rel) + ":" + found[0]
    for rel in existing:
        tree = tree_of(rel)
        for factory in ("create_app", "make_app"):
            if any(isinstance(n, ast.FunctionDef) and n.name == factory for n in ast.iter_child_nodes(tree)):
                return module_of(rel) + ":" + factory + "()"
    for rel in existing:
        near_misses(rel, trees[rel])
    return None

# --- Where Flask apps are, when rockcraft finds none: a bounded scan of the project's Python files.
SKIP_DIRS = {"node_modules", "__pycache__", "site-packages", "venv", "env", "build", "dist", "tests", "test"}

def flask_apps(limit_files=3000, limit_depth=3):
    found, seen = [], 0
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root)
        depth = 0 if rel_dir == "." else rel_dir.count(os.sep) + 1
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in SKIP_DIRS
                             and depth < limit_depth and not os.path.exists(os.path.join(dirpath, d, "pyvenv.cfg")))
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            seen += 1
            if seen > limit_files:
                return found
            rel = name if rel_dir == "." else os.path.join(rel_dir, name).replace(os.sep, "/")
            try:
                info = os.lstat(os.path.join(dirpath, name))
                if not stat.S_ISREG(info.st_mode) or info.st_size > (1 << 20):
                    continue
                with open(os.path.join(dirpath, name), "rb") as f:
                    data = f.read()
            except OSError:
                continue
            if b"Flask(" not in data and b"create_app" not in data and b"make_app" not in data:
                continue
            try:
                tree = ast.parse(data.decode("utf-8"))
            except Exception:
                continue
            for node in ast.iter_child_nodes(tree):
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
                    f = node.value.func
                    fname = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
                    names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                    if fname in ("Flask", "create_app", "make_app") and names:
                        found.append({"file": rel, "line": node.lineno, "module": module_of(rel), "attr": names[0]})
                        break
                if isinstance(node, ast.FunctionDef) and node.name in ("create_app", "make_app"):
                    found.append({"file": rel, "line": node.lineno, "module": module_of(rel), "attr": node.name + "()"})
                    break
            if len(found) >= 5:
                return found
    return found
`;

;// CONCATENATED MODULE: ./src/core/bridge/served.ts
// The bridge's reading of what modules bind: settings chosen by an environment variable,
// relative import bases, and what gunicorn does with the object it serves.
// Python source: entrypoint.ts joins the parts into the one script python3 runs.
const SERVED_PY = String.raw `
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
`;

;// CONCATENATED MODULE: ./src/core/entrypoint.ts
// WSGI entrypoint discovery the way rockcraft's flask-framework does it, decided by Python's own
// parser: one python3 process reads every candidate file, so both the answer and the text of a
// syntax error are the ones rockcraft would give.






/** Candidate files in rockcraft's search order, relative to the project. */
function entrypoint_entrypointCandidates(projectName) {
    const dirs = ['app', 'src'];
    if (projectName)
        dirs.push(projectName.replace(/-/g, '_').toLowerCase());
    const out = ['app.py', 'main.py'];
    for (const dir of dirs) {
        for (const file of ['__init__.py', 'app.py', 'main.py'])
            out.push(`${dir}/${file}`);
    }
    return out;
}
// The bridge's answer: rockcraft's search (or the user's command), then the boot prediction, as
// one JSON line.
const MAIN_PY = String.raw `
out = {"hints": hints}
try:
    wsgi = req.get("wsgi")
    if req.get("candidates") is not None:
        wsgi = search(req["candidates"])
        if wsgi is None:
            out["problem"] = {"message": "Missing WSGI entrypoint in default search locations"}
            out["apps"] = flask_apps()
        else:
            out["wsgi"] = wsgi
    if wsgi and req.get("install") is not None:
        rock = Rock(req["install"], req.get("appDir") or "flask/app", req.get("installed"))
        module, _, attr = wsgi.partition(":")
        factory = attr.split("(")[0] if "(" in attr else None
        out["boot"] = predict(rock, module, factory, attr)
        out["ships"] = rock.ships()
        out["installed"] = sorted(rock.used_installed)
    print(json.dumps(out))
except Stop:
    pass
except (OutOfMemory, MemoryError) as e:
    where = " parsing %s" % e.args[0] if isinstance(e, OutOfMemory) else ""
    print(json.dumps({"error": "Python needed more than the %d MB this check allows it%s; the check stops there (the rock itself is not limited so)" % (MAX_MEMORY >> 20, where)}))
# Freeing thousands of syntax trees one by one at exit took longer than parsing them.
sys.stdout.flush()
os._exit(0)
`;
// Ours, written from rockcraft's rules (flask-framework, _python_utils): a module-level
// `app`/`application` (plain assignment to a bare name, or `from x import name [as name]`) in the
// first existing candidate that has one; failing that, a module-level `def create_app`/`make_app`.
// Files are parsed lazily in that order; the first one that cannot be read or parsed ends the search.
// Then the boot prediction: from the WSGI module (and the factory's body, which gunicorn calls at
// boot), the imports Python runs, resolved against what the expanded install-app part puts under
// /flask/app; a project module the rock lacks is recorded. Each module is parsed once.
const PROJECT_PY = READ_PY + MODULES_PY + PREDICT_PY + SERVED_PY + MAIN_PY;
const MAX_SOURCE_BYTES = (/* unused pure expression or super */ null && (16 << 20));
/** The python3 bridge's address space (RLIMIT_AS): some 25 MB of real source parsed and kept fits
 * (4 MB of the standard library took 170 MB), a 16 MB list literal (gigabytes) does not. */
const MAX_BRIDGE_MEMORY = (/* unused pure expression or super */ null && (1 << 30));
/** Modules the boot prediction follows before it stops (a bound, not a real project's size). */
const MAX_BOOT_MODULES = 20_000;
/** Thrown when no Python can be run: the caller turns it into a clear user-facing error. */
class entrypoint_PythonMissingError extends (/* unused pure expression or super */ null && (Error)) {
}
/**
 * Finds the entrypoint and predicts the boot. `question` may be a promise: python3 starts at once
 * and gets the question when rockcraft.yaml is read; a promise of null ends it quietly.
 */
async function entrypoint_analyzeProject(root, question, python = 'python3', env = process.env) {
    let result;
    const request = Promise.all([root, question]).then(([r, q]) => q === null ? 'null' : JSON.stringify({ root: r, ...q }));
    try {
        // -I: nothing from the environment or the user's site; -S: no site module at all (the script
        // needs only the standard library, and site's .pth processing is half of python3's start).
        result = await run(await resolvePython(python, env), [
            '-I',
            '-S',
            '-c',
            PROJECT_PY,
            String(MAX_SOURCE_BYTES),
            String(MAX_BOOT_MODULES),
            String(MAX_BRIDGE_MEMORY)
        ], {
            what: 'find the WSGI entrypoint',
            timeoutMs: 30_000,
            env,
            input: request,
            keepBytes: 256 << 20
        });
    }
    catch (err) {
        if (err instanceof CommandError) {
            throw new entrypoint_PythonMissingError(`finding the WSGI entrypoint needs Python 3 (rockcraft parses your code with Python's own parser): ${err.message}. Install python3, or set services.flask.command in rockcraft.yaml`);
        }
        throw err;
    }
    if (result.timedOut) {
        throw new entrypoint_PythonMissingError(`finding the WSGI entrypoint: ${python} did not finish within 30 s`);
    }
    const line = result.stdout.trim().split('\n').pop() ?? '';
    let parsed;
    try {
        parsed = JSON.parse(line);
    }
    catch {
        const tail = result.stderr.trim().split('\n').slice(-3).join(' / ');
        throw new entrypoint_PythonMissingError(`finding the WSGI entrypoint: ${python} did not answer (exit ${result.code})${tail ? `: ${tail}` : ''}; it must be Python 3.8 or newer`);
    }
    if (parsed.error)
        throw new entrypoint_PythonMissingError(`finding the WSGI entrypoint: ${parsed.error}`);
    return { ...parsed, hints: parsed.hints ?? [] };
}
/**
 * Starts python3 now: its start-up (the interpreter, compiling the script, its imports) is the
 * longest wait of a check, so the CLI starts it before it loads the rest of the check's code.
 */
function startAnalysis(python = 'python3', env = process.env) {
    let give = () => { };
    const asked = new Promise(resolve => (give = resolve));
    const answer = entrypoint_analyzeProject(asked.then(a => a?.root ?? ''), asked.then(a => (a === null ? null : a.question)), python, env);
    // Unasked, python3 ends without an answer, and nobody waits for it.
    answer.catch(() => { });
    return {
        analyze(root, question) {
            give({ root, question: Promise.resolve(question) });
            return answer;
        },
        cancel: () => give(null)
    };
}
/**
 * The WSGI app a user's services.flask.command gives gunicorn (`module:attr`), when the command
 * runs gunicorn from the app directory the way the extension's does (its `-c` config, if any, is
 * the extension's: /flask/gunicorn.conf.py, /var/lib/gunicorn/gunicorn.conf.py on 26.04);
 * undefined when it cannot be read.
 */
function entrypoint_wsgiOfCommand(command, config = '/flask/gunicorn.conf.py') {
    if (typeof command !== 'string' || !/\bgunicorn\b/.test(command))
        return undefined;
    // --chdir, --pythonpath or another config move the import root: not predictable from here.
    if (/--chdir|--pythonpath|--paste/.test(command))
        return undefined;
    const configs = [...command.matchAll(/(?:^|\s)-c\s+(\S+)/g)].map(m => m[1]);
    if (configs.some(c => c !== config))
        return undefined;
    const tokens = command.replace(/\[.*\]/s, ' ').split(/\s+/);
    const apps = tokens
        .map(t => t.replace(/^['"]|['"]$/g, ''))
        .filter(t => /^[A-Za-z_][\w.]*:[A-Za-z_]\w*(?:\(.*\))?$/.test(t));
    return apps.length === 1 ? apps[0] : undefined;
}

;// CONCATENATED MODULE: ./src/core/expand.ts
// The flask-framework extension as plain data, rockcraft's merge rules, and the project model's
// printing order: pure functions, no file system. check.ts gathers the facts they need.
const expand_EXTENSION = 'flask-framework';
const DAEMON_UID = 584792;
/**
 * Where the rockcraft snap keeps the extension's data: sys.prefix of the snap's Python, which is
 * $SNAP, /snap/rockcraft/<revision>. rockcraft prints its revision number there, never `current`;
 * `current` is what we print when no rockcraft is installed to ask.
 */
function configFilesSource(revision = 'current') {
    return `/snap/rockcraft/${revision}/share/rockcraft/extensions/flask-framework`;
}
const CONFIG_FILES_SOURCE = configFilesSource();
/**
 * The expansion as the rockcraft snap at `revision` prints it: the config-files part's source
 * names that revision. A source the project set itself is left alone.
 */
function withRockcraftRevision(expanded, revision) {
    const parts = expanded.parts;
    if (!expand_isMapping(parts))
        return expanded;
    for (const sep of PART_SEPARATORS) {
        const name = `${expand_EXTENSION}${sep}config-files`;
        const part = parts[name];
        if (!expand_isMapping(part) || typeof part.source !== 'string')
            continue;
        const source = part.source;
        const ours = PROFILES.map(p => dataDir(CONFIG_FILES_SOURCE, p)).includes(source);
        if (!ours)
            continue;
        const revised = configFilesSource(revision) + source.slice(CONFIG_FILES_SOURCE.length);
        return { ...expanded, parts: { ...parts, [name]: { ...part, source: revised } } };
    }
    return expanded;
}
const expand_V1 = {
    name: 'V1',
    bases: ['bare', 'ubuntu@22.04', 'ubuntu:22.04', 'ubuntu@24.04'],
    experimental: false,
    appDir: 'flask/app',
    configDir: 'flask',
    configData: '',
    logDir: 'var/log/flask',
    gunicorn: 'gunicorn~=23.0',
    statsdTag: 'v0.26.0',
    prime: /^-? *flask\/app/,
    appData: false,
    uv: false
};
const expand_V2 = {
    name: 'V2',
    bases: ['bare', 'ubuntu@26.04'],
    experimental: true,
    appDir: 'app',
    configDir: 'var/lib/gunicorn',
    configData: 'v2',
    logDir: 'var/log/app',
    gunicorn: 'gunicorn~=26.0',
    statsdTag: 'v0.30.0',
    prime: /^-? *app(\/|$)/,
    appData: true,
    uv: true
};
const PROFILES = [expand_V1, expand_V2];
function dataDir(source, profile) {
    return profile.configData ? `${source}/${profile.configData}` : source;
}
/**
 * The implementation rockcraft picks for this project (its _FrameworkFactory). Without a base key
 * (and no build-base) rockcraft would pick V2, but its project model refuses the project before
 * that matters: V1 then, so that messages about such a project name the parts as 22.04/24.04
 * users know them.
 */
function expand_profileFor(yaml) {
    if (!('base' in yaml) && !yaml['build-base'])
        return expand_V1;
    const base = expand_routingBase(yaml);
    return base !== undefined && expand_V1.bases.includes(base) ? expand_V1 : expand_V2;
}
// craft-application's BASES_ALLOW_SLASH_IN_PART_NAME: on any other base, part names hold no '/'.
const BASES_ALLOW_SLASH = [
    'core',
    'core18',
    'core20',
    'core22',
    'core24',
    'ubuntu@16.04',
    'ubuntu@18.04',
    'ubuntu@20.04',
    'ubuntu@22.04',
    'ubuntu@24.04',
    'ubuntu@24.10',
    'ubuntu@25.04',
    'ubuntu@25.10',
    'centos@7',
    'almalinux@9'
];
const PART_SEPARATORS = ['/', '.'];
/** rockcraft#1345: '/' between the extension and part name on the old bases, '.' on the others. */
function expand_partSeparator(yaml) {
    if (!('base' in yaml) && !yaml['build-base'])
        return '/'; // refused anyway, as for profileFor
    const base = expand_routingBase(yaml);
    return base !== undefined && BASES_ALLOW_SLASH.includes(base) ? '/' : '.';
}
/** The extension's name for one of its parts, e.g. flask-framework.install-app on 26.04. */
function expand_partName(yaml, part) {
    return `${expand_EXTENSION}${expand_partSeparator(yaml)}${part}`;
}
const PYTHON_FOR_BUILD_BASE = {
    'ubuntu@22.04': '3.10',
    'ubuntu:22.04': '3.10',
    'ubuntu@24.04': '3.12',
    'ubuntu:24.04': '3.12',
    // rockcraft#1320 (bare with build-base ubuntu@26.04): the Python Ubuntu 26.04 ships.
    'ubuntu@26.04': '3.14'
};
/** What install-app ships when the user's prime is empty: those of these that exist. */
const expand_DEFAULT_PRIME = (/* unused pure expression or super */ null && ([
    'app',
    'app.py',
    'main.py',
    'src',
    'migrate',
    'migrate.sh',
    'migrate.py',
    'static',
    'templates'
]));
const NEVER_COPIED = (/* unused pure expression or super */ null && ([/^node_modules$/, /^\.git$/, /^\.yarn$/, /^.*\.rock$/s]));
function expand_isMapping(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The user's services.flask.command, when set: rockcraft then skips entrypoint discovery. */
function expand_userFlaskCommand(yaml) {
    const services = yaml.services;
    if (!expand_isMapping(services))
        return undefined;
    const flask = services.flask;
    return expand_isMapping(flask) && flask.command ? flask.command : undefined;
}
/** The effective base the extension routes on: build-base first, "x:y" read as "x@y". */
function expand_routingBase(yaml) {
    let base = (yaml['build-base'] || yaml.base);
    if (typeof base !== 'string' || base === '')
        return undefined;
    if (base.split(':').length === 2 && !base.includes('@'))
        base = base.replace(':', '@');
    if (base === 'devel')
        return 'ubuntu@devel';
    return base.split('@').length === 2 ? base : undefined;
}
/** rockcraft's extension validation: experimental (V2: ubuntu@26.04 and unknown bases) first, then support. */
function expand_baseProblems(yaml, env) {
    if (!('base' in yaml))
        return [];
    const base = yaml.base;
    const profile = expand_profileFor(yaml);
    if (profile.experimental && !env.ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS) {
        return [`Extension is experimental: '${expand_EXTENSION}'`];
    }
    if (typeof base !== 'string' || !profile.bases.includes(base)) {
        return [`Extension '${expand_EXTENSION}' does not support base: ${pyRepr(base)}`];
    }
    return [];
}
/** rockcraft's resolution for the experimental refusal, word for word. */
const expand_EXPERIMENTAL_RESOLUTION = 'Run with ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=True to enable experimental extensions.';
/** craft-cli's last line for that refusal: its doc_slug under rockcraft's docs_url, whose
 * {version} craft-application renders as latest for a development build (a release puts its
 * own version there). */
const expand_EXPERIMENTAL_DOCS = 'For more information, check out: https://documentation.ubuntu.com/rockcraft/latest/reference/extensions/';
function pyRepr(v) {
    if (typeof v === 'string')
        return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    if (v === null || v === undefined)
        return 'None';
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    return JSON.stringify(v);
}
/** The user's prime entries for the install-app part (rockcraft reads them with .get()). */
function userPrime(yaml) {
    const parts = expand_isMapping(yaml.parts) ? yaml.parts : {};
    const part = parts[expand_partName(yaml, 'install-app')];
    const prime = expand_isMapping(part) ? part.prime : undefined;
    return Array.isArray(prime) ? prime : [];
}
/** rockcraft's refusal of a prime entry outside the app directory. */
function primeProblemText(yaml) {
    return `flask-framework extension requires the 'prime' entry in the ${expand_partName(yaml, 'install-app')} part to start with ${expand_profileFor(yaml).appDir}`;
}
const PRIME_PROBLEM = primeProblemText({ base: 'ubuntu@24.04' });
/** Python's re.match of the profile's prime pattern: a prefix match. */
function expand_primeProblems(yaml) {
    const pattern = expand_profileFor(yaml).prime;
    const ok = userPrime(yaml).every(p => typeof p === 'string' && pattern.test(p));
    return ok ? [] : [primeProblemText(yaml)];
}
function appPrime(yaml, facts) {
    const prime = userPrime(yaml);
    if (prime.length > 0)
        return prime;
    const present = new Set(facts.topLevel);
    const { appDir } = expand_profileFor(yaml);
    return expand_DEFAULT_PRIME.filter(f => present.has(f)).map(f => `${appDir}/${f}`);
}
/** posix relpath(entry, appDir) for the include-mode organize map. */
function relTo(appDir, entry) {
    const from = appDir.split('/');
    const to = entry.split('/').filter(s => s !== '' && s !== '.');
    const resolved = [];
    for (const s of to) {
        if (s === '..')
            resolved.pop();
        else
            resolved.push(s);
    }
    let common = 0;
    while (common < from.length && common < resolved.length && from[common] === resolved[common]) {
        common++;
    }
    const rel = [...Array(from.length - common).fill('..'), ...resolved.slice(common)];
    return rel.length === 0 ? '.' : rel.join('/');
}
function installAppPart(yaml, facts) {
    const { appDir } = expand_profileFor(yaml);
    const prime = appPrime(yaml, facts);
    const organize = {};
    if (prime.length > 0 && prime[0] && !prime[0].startsWith('-')) {
        for (const entry of prime)
            organize[relTo(appDir, entry)] = entry;
    }
    else {
        for (const f of [...facts.topLevel].sort(pyStrCompare)) {
            if (!NEVER_COPIED.some(p => p.test(f)))
                organize[f] = `${appDir}/${f}`;
        }
    }
    return {
        plugin: 'dump',
        source: '.',
        organize,
        stage: Object.values(organize),
        prime,
        permissions: [{ owner: DAEMON_UID, group: DAEMON_UID }]
    };
}
/**
 * rockcraft#1348 copies a flat layout (a project directory organized into itself, app -> app/app
 * on 26.04) in override-build instead of organize; that code was not readable (ROCKCRAFT_STATE),
 * so the rendered part may differ from rockcraft's there. The organize entries it concerns.
 */
function expand_unverifiedFlatLayout(installApp) {
    const organize = expand_isMapping(installApp?.organize) ? installApp.organize : {};
    return Object.entries(organize)
        .filter(([src, dst]) => typeof dst === 'string' && dst.startsWith(`${src}/`))
        .map(([src, dst]) => `${src} -> ${String(dst)}`);
}
/** Python sorts strings by code point; JavaScript's default sort uses UTF-16 units. */
function pyStrCompare(a, b) {
    const ca = [...a];
    const cb = [...b];
    for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
        const d = ca[i].codePointAt(0) - cb[i].codePointAt(0);
        if (d !== 0)
            return d;
    }
    return ca.length - cb.length;
}
/** The Python version of a bare rock's build base, or undefined when rockcraft has none for it. */
function expand_barePython(yaml) {
    const buildBase = yaml['build-base'];
    return typeof buildBase === 'string' ? PYTHON_FOR_BUILD_BASE[buildBase] : undefined;
}
/** The uv plugin builds the dependencies (rockcraft#1308): V2, with uv.lock and pyproject.toml. */
function expand_usesUv(yaml, facts) {
    return (expand_profileFor(yaml).uv &&
        facts.topLevel.includes('uv.lock') &&
        facts.topLevel.includes('pyproject.toml'));
}
/** rockcraft#1308's refusal (validate_uv_lockfile), raised before the other project checks. */
const expand_UV_WITHOUT_PYPROJECT = 'the plugin requires both uv.lock and pyproject.toml to be present';
function dependenciesPart(yaml, facts) {
    const profile = expand_profileFor(yaml);
    const bare = yaml.base === 'bare';
    const python = bare ? expand_barePython(yaml) : undefined;
    const stagePackages = bare ? [`python${python}-venv_ensurepip`] : ['python3-venv'];
    const buildEnvironment = bare ? [{ PARTS_PYTHON_INTERPRETER: `python${python}` }] : [];
    if (expand_usesUv(yaml, facts)) {
        // rockcraft#1308 at its head a2586eb5: uv sync from the lock, then gunicorn installed into
        // the part's venv after it (the lock is the source of truth). The pin is V2's: see
        // ROCKCRAFT_STATE for what of the merged code could not be read.
        return {
            plugin: 'uv',
            'stage-packages': stagePackages,
            source: '.',
            'build-environment': buildEnvironment,
            'override-build': `craftctl default\nuv pip install --python \${CRAFT_PART_INSTALL}/bin/python ${profile.gunicorn}`
        };
    }
    return {
        plugin: 'python',
        'stage-packages': stagePackages,
        source: '.',
        'python-packages': [profile.gunicorn],
        'python-requirements': facts.hasRequirementsTxt ? ['requirements.txt'] : [],
        'build-environment': buildEnvironment
    };
}
function parts(yaml, facts) {
    const profile = expand_profileFor(yaml);
    const name = (part) => expand_partName(yaml, part);
    const bare = yaml.base === 'bare';
    const dependencies = dependenciesPart(yaml, facts);
    const configFile = `${profile.configDir}/gunicorn.conf.py`;
    // V2's config directory is its own (/var/lib/gunicorn), writable by _daemon_ too.
    const configPermissions = [
        ...(profile.configDir === profile.appDir.split('/')[0] ? [] : [profile.configDir]),
        configFile
    ].map(path => ({ path, owner: DAEMON_UID, group: DAEMON_UID }));
    const out = {
        [name('dependencies')]: dependencies,
        [name('install-app')]: installAppPart(yaml, facts),
        [name('config-files')]: {
            plugin: 'dump',
            source: dataDir(CONFIG_FILES_SOURCE, profile),
            organize: { 'gunicorn.conf.py': configFile },
            permissions: configPermissions
        },
        [name('statsd-exporter')]: {
            'build-snaps': ['go'],
            'source-tag': profile.statsdTag,
            plugin: 'go',
            source: 'https://github.com/prometheus/statsd_exporter.git'
        },
        [name('logging')]: {
            plugin: 'nil',
            'override-build': [
                'craftctl default',
                'mkdir -p $CRAFT_PART_INSTALL/opt/promtail',
                'mkdir -p $CRAFT_PART_INSTALL/etc/promtail',
                `mkdir -p $CRAFT_PART_INSTALL/${profile.logDir}`
            ].join('\n'),
            permissions: ['opt/promtail', 'etc/promtail', profile.logDir].map(path => ({
                path,
                owner: DAEMON_UID,
                group: DAEMON_UID
            }))
        }
    };
    if (bare) {
        out[name('runtime')] = {
            plugin: 'nil',
            'override-build': 'mkdir -m 777 ${CRAFT_PART_INSTALL}/tmp\nln -sf /usr/bin/bash ${CRAFT_PART_INSTALL}/usr/bin/sh',
            'stage-packages': ['bash_bins', 'coreutils_bins', 'ca-certificates_data']
        };
        out[name('runtime-libs')] = { plugin: 'nil', 'stage-packages': ['libstdc++6'] };
    }
    else {
        // ca-certificates_data and python3-venv both ship this file with different content.
        dependencies.stage = ['-etc/ssl/certs/ca-certificates.crt'];
        out[name('runtime')] = { plugin: 'nil', 'stage-packages': ['ca-certificates_data'] };
    }
    if (profile.appData) {
        // rockcraft#1332's AppDataDirMixin adds it after the framework's parts, unprefixed.
        out['app-data'] = {
            plugin: 'nil',
            'override-build': 'mkdir -p ${CRAFT_PART_INSTALL}/app-data',
            permissions: [{ path: 'app-data', owner: DAEMON_UID, group: DAEMON_UID }]
        };
    }
    return out;
}
/** The flask service's command as the extension writes it. */
function flaskCommand(yaml, wsgi, worker) {
    const { configDir } = expand_profileFor(yaml);
    return `/bin/python3 -m gunicorn -c /${configDir}/gunicorn.conf.py '${wsgi}' -k [ ${worker} ]`;
}
/** The extension's root snippet (flask-framework/gunicorn.py get_root_snippet). */
function expand_rootSnippet(yaml, facts) {
    const flask = {
        override: 'replace',
        startup: 'enabled',
        after: ['statsd-exporter'],
        user: '_daemon_'
    };
    if (!expand_userFlaskCommand(yaml))
        flask.command = flaskCommand(yaml, facts.wsgi, facts.worker);
    return {
        run_user: '_daemon_',
        services: {
            flask,
            'statsd-exporter': {
                override: 'merge',
                command: '/bin/statsd_exporter --statsd.mapping-config=/statsd-mapping.conf --statsd.listen-udp=localhost:9125 --statsd.listen-tcp=localhost:9125',
                summary: 'statsd exporter service',
                startup: 'enabled',
                user: '_daemon_'
            }
        },
        parts: parts(yaml, facts)
    };
}
function truthy(v) {
    if (Array.isArray(v))
        return v.length > 0;
    if (expand_isMapping(v))
        return Object.keys(v).length > 0;
    return Boolean(v);
}
/** rockcraft's merge of one extension property into the user's value. */
function mergeProperty(user, ext) {
    if (!truthy(user))
        return ext;
    if (Array.isArray(user) && Array.isArray(ext)) {
        const merged = [...ext, ...user];
        return merged.every(i => typeof i === 'string') ? [...new Set(merged)] : merged;
    }
    if (expand_isMapping(user) && expand_isMapping(ext)) {
        for (const [key, value] of Object.entries(ext))
            user[key] = mergeProperty(user[key], value);
        return user;
    }
    return user;
}
/** Applies the snippet to a deep copy of the user's yaml, without the `extensions` key. */
function expand_applySnippet(userYaml, snippet) {
    const out = structuredClone(userYaml);
    delete out.extensions;
    for (const [key, value] of Object.entries(snippet))
        out[key] = mergeProperty(out[key], value);
    if (!('parts' in out))
        out.parts = {};
    return out;
}
// The printed project follows rockcraft's Project model: its fields in declaration order, only
// those that were set, services in the Pebble Service model's order.
const PROJECT_FIELDS = (/* unused pure expression or super */ null && ([
    'name',
    'title',
    'version',
    'summary',
    'description',
    'base',
    'build-base',
    'platforms',
    'contact',
    'issues',
    'source-code',
    'license',
    'adopt-info',
    'parts',
    'package-repositories',
    'environment',
    'run-user',
    'services',
    'checks',
    'entrypoint-service',
    'entrypoint-command'
]));
const SERVICE_FIELDS = (/* unused pure expression or super */ null && ([
    'override',
    'command',
    'summary',
    'description',
    'startup',
    'after',
    'before',
    'requires',
    'environment',
    'user',
    'user-id',
    'group',
    'group-id',
    'working-dir',
    'on-success',
    'on-failure',
    'on-check-failure',
    'backoff-delay',
    'backoff-factor',
    'backoff-limit',
    'kill-delay'
]));
const DEPRECATED_COLON_BASES = (/* unused pure expression or super */ null && (['ubuntu:20.04', 'ubuntu:22.04']));
/** Levenshtein distance: edits from a to b. */
function editDistance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++) {
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        row = next;
    }
    return row[b.length];
}
/** The known top-level key nearest an unknown one (a typo's few edits away), if any. */
function expand_nearestField(field) {
    const key = field.toLowerCase().replace(/_/g, '-');
    let best;
    let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
    for (const known of ['extensions', ...PROJECT_FIELDS]) {
        const d = editDistance(key, known);
        if (d < bestDistance)
            [best, bestDistance] = [known, d];
    }
    return best;
}
/** Top-level keys rockcraft's model refuses (it forbids extra fields). */
function expand_unknownFields(yaml) {
    return Object.keys(yaml).filter(k => k !== 'extensions' && !PROJECT_FIELDS.includes(k.replace(/_/g, '-')));
}
function ordered(obj, fields) {
    const out = {};
    for (const f of fields)
        if (f in obj)
            out[f] = obj[f];
    for (const k of Object.keys(obj))
        if (!(k in out))
            out[k] = obj[k];
    return out;
}
/** The expanded data as the Project model dumps it (to_yaml_string: by alias, only set fields). */
function expand_asProjectModel(expanded) {
    // Fields are printed by their alias (run_user -> run-user); an alias the user wrote wins.
    const data = {};
    for (const [key, value] of Object.entries(expanded)) {
        const alias = key.replace(/_/g, '-');
        if (!(alias in data) || key === alias)
            data[alias] = value;
    }
    if (!data.title)
        data.title = data.name;
    for (const key of ['base', 'build-base']) {
        const v = data[key];
        if (typeof v === 'string' && DEPRECATED_COLON_BASES.includes(v))
            data[key] = v.replace(':', '@');
    }
    if (typeof data.version === 'number')
        data.version = String(data.version);
    if (expand_isMapping(data.platforms)) {
        const platforms = {};
        for (const [label, p] of Object.entries(data.platforms)) {
            platforms[label] = truthy(p)
                ? expand_isMapping(p)
                    ? ordered(p, ['build-on', 'build-for'])
                    : p
                : { 'build-on': [label], 'build-for': [label] };
        }
        data.platforms = platforms;
    }
    if (expand_isMapping(data.services)) {
        const services = {};
        for (const [name, s] of Object.entries(data.services)) {
            services[name] = expand_isMapping(s) ? ordered(s, SERVICE_FIELDS) : s;
        }
        data.services = services;
    }
    return ordered(data, PROJECT_FIELDS);
}
/** The expanded install-app part: what decides the files under the app directory. */
function expand_expandedInstallApp(yaml, topLevel) {
    const name = expand_partName(yaml, 'install-app');
    const expanded = expand_applySnippet(yaml, { parts: { [name]: installAppPart(yaml, { topLevel }) } });
    const parts = expanded.parts;
    const part = expand_isMapping(parts) ? parts[name] : undefined;
    return expand_isMapping(part) ? part : undefined;
}
/**
 * The install-app prime list with `additions` (entries under the app directory) added, keeping the entries
 * that ship today (the defaults that exist, or the user's); undefined when adding entries cannot
 * help (exclude mode, where an entry is missing because an exclusion or the stage drops it).
 */
function expand_primeWith(yaml, topLevel, additions) {
    const current = appPrime(yaml, { topLevel });
    if (current.length === 0 || current[0].startsWith('-'))
        return undefined;
    const added = additions.filter(a => !current.includes(a));
    return added.length === 0 ? undefined : [...current, ...added];
}

;// CONCATENATED MODULE: ./src/core/project-files.ts
// The project's files as the check reads them: within the project, bounded, UTF-8 or refused.


const project_files_PROJECT_FILE = 'rockcraft.yaml';
/** Larger than any real project file; refusing beats hanging on a mistake. */
const project_files_MAX_PROJECT_FILE_BYTES = (/* unused pure expression or super */ null && (1 << 20));
const project_files_MAX_REQUIREMENTS_BYTES = (/* unused pure expression or super */ null && (4 << 20));
/** uv.lock files of large projects run to a few MB; this is well past any of them. */
const project_files_MAX_UV_LOCK_BYTES = (/* unused pure expression or super */ null && (16 << 20));
async function project_files_exists(file) {
    try {
        await stat(file);
        return true;
    }
    catch {
        return false;
    }
}
/** Reads a project file as UTF-8 text, refusing oversize, non-UTF-8 and escaping-symlink files. */
async function project_files_readProjectText(dir, name, maxBytes) {
    const file = path.join(dir, name);
    try {
        const link = await lstat(file);
        if (link.isSymbolicLink()) {
            const target = await realpath(file);
            const realDir = await realpath(dir);
            if (target !== realDir && !target.startsWith(realDir + path.sep)) {
                return {
                    problem: {
                        message: `${name} is a symlink to ${target}, outside the project; the rock build sees only the project directory`,
                        file
                    }
                };
            }
        }
        const info = await stat(file);
        if (!info.isFile())
            return { problem: { message: `${name} is not a regular file`, file } };
        if (info.size > maxBytes) {
            return {
                problem: {
                    message: `${name} is ${(info.size / (1 << 20)).toFixed(1)} MB, over the ${maxBytes >> 20} MB this check reads; it cannot be a real ${name}`,
                    file
                }
            };
        }
        const bytes = await readFile(file);
        try {
            return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
        }
        catch {
            const bad = firstInvalidUtf8Line(bytes);
            return {
                problem: { message: `${name} is not valid UTF-8 (line ${bad})`, file, line: bad },
                bytes
            };
        }
    }
    catch (err) {
        const code = err.code;
        return { problem: { message: `cannot read ${name}: ${code ?? err.message}`, file } };
    }
}
function firstInvalidUtf8Line(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
        if (i === bytes.length || bytes[i] === 0x0a) {
            try {
                decoder.decode(bytes.subarray(start, i));
            }
            catch {
                return line;
            }
            line++;
            start = i + 1;
        }
    }
    return line;
}
/** A problem whose file is relative to the project, with the file made absolute. */
function project_files_absolutize(dir, p) {
    return p.file ? { ...p, file: path.join(dir, p.file) } : p;
}

;// CONCATENATED MODULE: ./src/core/boot-prediction.ts
// The boot prediction in a Flask developer's words: the python bridge's graph, `pip install .`'s
// answer and the entrypoint search, turned into problems, warnings and the prime-list fix.




/** The marker that turns a boot problem on that import line into a warning. */
const IGNORE_BOOT_MARKER = 'flask-rock: ignore-boot';
/** Turns the python bridge's boot graph into problems and warnings a Flask developer can act on. */
function boot_prediction_bootPrediction(abs, yaml, topLevel, graph, ships, rockcraftFile, profile, installed, install) {
    const INSTALL_APP = partName(yaml, 'install-app');
    const APP_PREFIX = `${profile.appDir}/`;
    const warnings = [];
    // Imports served from the venv are "installed", not "project" (shipped under /flask/app).
    const fromVenv = new Set(installed);
    for (const edge of graph.imports) {
        if (edge.status === 'project' && fromVenv.has(edge.to.split('.')[0]))
            edge.status = 'installed';
    }
    const fileOf = (m) => m.file === null
        ? { file: rockcraftFile }
        : { file: path.join(abs, m.file), line: m.line, column: m.column };
    const inApp = (rel) => `/${APP_PREFIX}${rel}`;
    // A function's body runs at boot when module-level code calls it: say which call, unless it is
    // the factory gunicorn calls.
    const called = (m) => m.via?.file
        ? `, in code that ${m.via.call} at ${m.via.file}:${m.via.line} runs at import time`
        : '';
    const what = (m) => {
        if (m.file === null)
            return `gunicorn imports the WSGI module ${m.module} (${m.projectPath})`;
        const when = m.boot ? 'at boot' : 'when a request runs this code';
        if (m.kind === 'string') {
            const chosen = m.selector
                ? m.selector.default
                    ? ` (its '${m.selector.key}' entry, chosen while ${m.selector.variable} is unset)`
                    : ` when ${m.selector.variable}=${m.selector.key}`
                : '';
            return `${m.call} imports ${m.attribute === null ? m.module : `${m.module}.${m.attribute}`}${chosen} ${when}${called(m)}`;
        }
        if (m.kind === 'pyfile')
            return `${m.call} reads ${inApp(m.module ?? '')} ${when}${called(m)}`;
        return `${m.module} is imported ${when}${called(m)}`;
    };
    const stops = (m) => m.kind === 'pyfile'
        ? `FileNotFoundError: [Errno 2] Unable to load configuration file (No such file or directory): '${inApp(m.module ?? '')}'`
        : m.kind === 'string'
            ? `werkzeug.utils.ImportStringError: import_string() failed for '${m.literal}' (${m.attribute === null
                ? `ModuleNotFoundError: No module named '${m.module}'`
                : `ImportError: ${m.initializing ? 'partially initialized ' : ''}module '${m.module}' has no attribute '${m.attribute}'${m.initializing ? ' (most likely due to a circular import)' : ''}`})`
            : `ModuleNotFoundError: No module named '${m.module}'`;
    // One problem per file the rock lacks, at its first importing line, naming the others.
    const errors = new Map();
    // from_pyfile of a file the project does not have: no prime list ships it
    const absentFiles = [];
    const chosenByDefault = new Set(graph.missing.filter(m => m.selector?.default).map(m => `${m.module}.${m.attribute}`));
    for (const m of graph.missing) {
        if (m.guarded)
            continue; // try/except ImportError: Python carries on without it
        if (m.selector && !m.selector.default && (m.status === 'missing' || m.status === 'absent')) {
            if (chosenByDefault.has(`${m.module}.${m.attribute}`))
                continue; // said once, as the default
            // another entry of a settings dict: the rock boots with the default, not with this one
            warnings.push({
                message: `${what(m)}, but ${m.status === 'missing' ? `the rock will not contain ${m.projectPath}` : 'the project has no such module'}: set so, gunicorn would stop with ${stops(m)}`,
                ...fileOf(m)
            });
            continue;
        }
        if (m.status === 'computed') {
            warnings.push({
                message: `${m.call} runs at boot${called(m)} with a string built at run time: this check cannot tell which ${m.kind === 'pyfile' ? 'file it reads' : 'module it imports'}; make sure the rock has it`,
                ...fileOf(m)
            });
        }
        else if (m.status === 'unsure') {
            warnings.push({
                message: `${what(m)}; ${INSTALL_APP} moves files with organize globs, which this check does not follow: make sure ${inApp(m.projectPath ?? '')} is in the rock`,
                ...fileOf(m)
            });
        }
        else if (m.status === 'skipped') {
            warnings.push({
                message: `${what(m)}, but the rock will not contain ${m.projectPath}: with silent=True Flask skips it and the app starts without that configuration`,
                ...fileOf(m)
            });
        }
        else if (m.status === 'absent') {
            const lacks = m.attribute !== null
                ? `, which ${m.module} does not define and the project has no module ${m.module}.${m.attribute}`
                : m.kind === 'string'
                    ? `, a module the project does not have`
                    : ', a file the project does not have';
            const message = `${what(m)}${lacks}: gunicorn would stop with ${stops(m)}`;
            if (m.boot && !m.ignored)
                absentFiles.push({ message, ...fileOf(m) });
            else
                warnings.push({ message, ...fileOf(m) });
        }
        else if (m.status === 'sibling') {
            const message = `${what(m)} as a top-level module, but it is ${m.projectPath}, next to the importing file: gunicorn runs from /${profile.appDir}, where only the project's top level is importable by that name. Import it relative to its package (from . import ${(m.module ?? '').split('.').pop()})`;
            if (m.boot && !m.ignored) {
                errors.set(`sibling ${m.file}:${m.line} ${m.module}`, { m, message, also: [] });
            }
            else
                warnings.push({ message, ...fileOf(m) });
        }
        else if (m.boot && !m.ignored && install?.unsure && m.status === 'missing') {
            warnings.push({
                message: `${what(m)}, but the rock will not contain ${m.projectPath} under /${profile.appDir}; it boots only if pip install . puts ${(m.module ?? '').split('.')[0]} into the venv, which this check cannot tell from ${install.warnings[0]?.file ? path.basename(install.warnings[0].file) : 'the build configuration'}`,
                ...fileOf(m)
            });
        }
        else if (m.boot && m.ignored) {
            warnings.push({
                message: `${what(m)}, which the rock will not contain (${m.projectPath}); not an error because the line is marked "${IGNORE_BOOT_MARKER}"`,
                ...fileOf(m)
            });
        }
        else if (m.boot) {
            const key = m.projectPath ?? '';
            const seen = errors.get(key);
            if (seen) {
                if (m.file !== seen.m.file || m.line !== seen.m.line)
                    seen.also.push(m);
            }
            else
                errors.set(key, { m, also: [] });
        }
    }
    // Request-time imports of a module that fails the boot anyway: the fix ships it.
    for (const m of graph.missing) {
        if (m.status === 'missing' && !m.boot && !m.guarded && !errors.has(m.projectPath ?? '')) {
            warnings.push({
                message: `${what(m)}, but the rock will not contain ${m.projectPath}: that request would fail with ${m.kind === 'pyfile' ? 'FileNotFoundError' : 'ModuleNotFoundError'}`,
                ...fileOf(m)
            });
        }
    }
    const additions = [
        ...new Set([...errors.values()]
            .map(e => e.m)
            .filter(m => m.status === 'missing')
            .map(m => `${APP_PREFIX}${(m.projectPath ?? '').replace(/\/__init__\.py$/, '')}`))
    ];
    const prime = primeWith(yaml, topLevel, additions);
    const userPrime = yaml.parts?.[INSTALL_APP];
    const exclusions = (Array.isArray(userPrime?.prime) ? userPrime.prime : [])
        .filter((e) => typeof e === 'string' && e.startsWith('-'))
        .filter(e => additions.some(a => a === e.slice(1).trim() || a.startsWith(`${e.slice(1).trim()}/`)));
    // Removing every entry leaves prime empty: the part's default list, which may lack the module.
    const userList = Array.isArray(userPrime?.prime) ? userPrime.prime : [];
    const includeList = exclusions.length > 0 && userList.every(e => exclusions.includes(e))
        ? primeWith({ ...yaml, parts: { [INSTALL_APP]: { ...userPrime, prime: [] } } }, topLevel, additions)
        : undefined;
    const fix = prime
        ? `Add to ${PROJECT_FILE}: parts: {${INSTALL_APP}: {prime: [${prime.join(', ')}]}}`
        : includeList
            ? `Set parts.${INSTALL_APP}.prime in ${PROJECT_FILE} to [${includeList.join(', ')}] (removing ${exclusions.map(e => `"${e}"`).join(', ')} would leave it empty, which ships only the default list)`
            : exclusions.length > 0
                ? `Remove ${exclusions.map(e => `"${e}"`).join(', ')} from parts.${INSTALL_APP}.prime in ${PROJECT_FILE}`
                : `Make parts.${INSTALL_APP} in ${PROJECT_FILE} ship ${additions.join(', ') || 'it'}: its prime or stage drops it`;
    const problems = [...errors.values()].map(({ m, message, also }) => ({
        message: message ??
            `${what(m)}${also.length > 0 ? ` (also at ${also.map(o => `${o.file ?? PROJECT_FILE}:${o.line}`).join(', ')})` : ''}, but the rock will not contain ${m.projectPath}: gunicorn would stop with ${stops(m)}. ${fix}`,
        ...fileOf(m)
    }));
    problems.push(...absentFiles);
    for (const a of graph.app) {
        const pkg = a.file.replace(/\/__init__\.py$/, '/');
        problems.push({
            message: a.kind === 'attribute'
                ? a.shadows
                    ? `rockcraft's discovery picks ${a.shadows}, but Python imports the package ${pkg} (a regular package wins over a module of the same name), which never defines ${a.name}: gunicorn would stop with "${a.message}" Define ${a.name} in ${a.file}, or give ${a.shadows} a name the package does not shadow and serve it with services.flask.command`
                    : `gunicorn serves ${a.name} from ${a.file}, which never defines it: it would stop with "${a.message}"`
                : a.kind === 'factory'
                    ? `gunicorn calls ${a.name}() with no arguments: it would stop with ${a.message}. Give ${(a.params ?? []).join(', ')} a default value in the def of ${a.name}, as rockcraft serves the factory with no arguments`
                    : `gunicorn serves ${a.what === 'None' ? 'an app that is None' : `${a.what}, not a WSGI callable`}: it would stop with "${a.message}"`,
            file: path.join(abs, a.file),
            line: a.line
        });
    }
    for (const u of graph.unreadable) {
        const p = absolutize(abs, u);
        const entry = {
            message: u.boot ? `${p.message}: Python would fail on it at boot` : p.message,
            file: p.file,
            line: p.line,
            column: p.column
        };
        if (u.boot)
            problems.push(entry);
        else
            warnings.push(entry);
    }
    if (graph.truncated) {
        warnings.push({
            message: `stopped following imports after ${graph.modules.length} modules; the prediction covers only those`
        });
    }
    return {
        problems,
        warnings,
        ships,
        appDir: profile.appDir,
        installed,
        graph,
        fixText: [...errors.values()].some(e => e.message === undefined) ? fix : undefined,
        fix: prime
            ? { prime }
            : exclusions.length > 0
                ? { remove: exclusions, ...(includeList ? { prime: includeList } : {}) }
                : undefined
    };
}
/** The venv's share of what imports at boot, in the words of the ships line. */
function installedLine(install) {
    const names = install.modules.map(m => (m.package ? `${m.name}/` : `${m.name}.py`));
    return `${names.join(' ') || '(nothing)'} (pip install . into the venv, ${install.backend})`;
}
/** installed.ts's answer as problems and warnings on the project's files. */
function boot_prediction_installPrediction(abs, p, dependencies) {
    const at = (file) => file && path.join(abs, file);
    const pip = `pip install . (in ${dependencies})`;
    return {
        backend: p.backend,
        modules: p.modules,
        problems: p.failure
            ? [{ message: `${pip} would stop: ${p.failure.message}`, file: at(p.failure.file) }]
            : [],
        warnings: [
            ...p.unsure.map(u => ({
                message: `what ${pip} puts into the venv is unsure: ${u.message}`,
                file: at(u.file ?? p.file)
            })),
            ...p.notes.map(n => ({ message: n.message, file: at(n.file) }))
        ],
        unsure: p.unsure.length > 0
    };
}
/** Where rockcraft looked, and where the project's Flask app actually is, with the fix. */
function boot_prediction_entrypointHints(abs, name, appDir, apps) {
    const searched = entrypointCandidates(name).join(', ');
    const hints = [
        {
            message: `rockcraft looks for a module-level app or application (or def create_app / make_app) only in ${searched}${name ? '' : ' and <name>/ (name: is not set)'}`
        }
    ];
    for (const app of apps ?? []) {
        const top = app.file.split('/')[0];
        const factory = app.attr.endsWith('()');
        const shim = factory
            ? `from ${app.module} import ${app.attr.slice(0, -2)}" and "app = ${app.attr}`
            : `from ${app.module} import ${app.attr}${app.attr === 'app' ? '' : ' as app'}`;
        // app.py and the other default entries ship without a prime list
        const ships = DEFAULT_PRIME.includes(top)
            ? ''
            : `, and ship ${top} in the rock: add ${appDir}/${top} to the install-app prime list (flask-rock check then names the whole list)`;
        hints.push({
            message: `a Flask app is here (${app.module}:${app.attr}), where rockcraft does not look: add app.py at the project's top level with "${shim}"${ships}`,
            file: path.join(abs, app.file),
            line: app.line
        });
    }
    return hints;
}

;// CONCATENATED MODULE: ./src/core/project-error.ts
// The check's errors, apart from its code: the CLI tells them from its own before it loads the check.
/** A user mistake that stops the check entirely: one clear line, never a stack trace. */
class project_error_ProjectError extends Error {
    file;
    line;
    constructor(message, file, line) {
        super(message);
        this.file = file;
        this.line = line;
        this.name = 'ProjectError';
    }
}
/** A project directory or init option that cannot be used: the command line is wrong (CLI exit 2). */
class project_error_ProjectUsageError extends (/* unused pure expression or super */ null && (project_error_ProjectError)) {
}

;// CONCATENATED MODULE: ./src/core/requirements.ts
// Dependency names as rockcraft reads them: every requirements.txt line that the `packaging`
// library (22+) accepts as a PEP 508 requirement gives its name, lower-cased; anything it rejects
// (comments, `-r`, option lines, `--hash` tails, VCS URLs, inline comments) is silently skipped.
// Written from packaging's tokenizer rules: a line is either fully accepted or skipped.
// Python's `\w` is Unicode-aware; JavaScript's `\b` is not, so boundaries are spelled out.
const W = '[\\p{L}\\p{N}_]';
const B = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const VERSION = '(?:' +
    '(?:(?<====)\\s*[^\\s;)]*)' +
    `|(?:(?<===|!=)\\s*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?)?)` +
    `|(?:(?<=~=)\\s*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})` +
    `|(?:(?<!==|!=|~=)\\s*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE}${POST}${DEV})` +
    ')';
const RULES = {
    LEFT_PARENTHESIS: /\(/y,
    RIGHT_PARENTHESIS: /\)/y,
    LEFT_BRACKET: /\[/y,
    RIGHT_BRACKET: /\]/y,
    SEMICOLON: /;/y,
    COMMA: /,/y,
    QUOTED_STRING: /(?:'[^']*')|(?:"[^"]*")/y,
    OP: /(?:===|==|~=|!=|<=|>=|<|>)/y,
    BOOLOP: new RegExp(`${B}(?:or|and)${B}`, 'uy'),
    IN: new RegExp(`${B}in${B}`, 'uy'),
    NOT: new RegExp(`${B}not${B}`, 'uy'),
    VARIABLE: new RegExp(`${B}(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extra)${B}`, 'uy'),
    SPECIFIER: new RegExp(`(?:~=|==|!=|<=|>=|<|>|===)${VERSION}`, 'iy'),
    AT: /@/y,
    URL: /[^ \t]+/y,
    IDENTIFIER: new RegExp(`${B}[a-zA-Z0-9][a-zA-Z0-9._-]*${B}`, 'uy'),
    VERSION_PREFIX_TRAIL: /\.\*/y,
    VERSION_LOCAL_LABEL_TRAIL: /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/y,
    WS: /[ \t]+/y
};
class Invalid extends (/* unused pure expression or super */ null && (Error)) {
}
class Tokens {
    src;
    pos = 0;
    constructor(src) {
        this.src = src;
    }
    /** Consumes the token when it is next; returns its text. */
    take(rule) {
        const re = RULES[rule];
        re.lastIndex = this.pos;
        const m = re.exec(this.src);
        if (!m)
            return undefined;
        this.pos += m[0].length;
        return m[0];
    }
    peek(rule) {
        const re = RULES[rule];
        re.lastIndex = this.pos;
        return re.test(this.src);
    }
    expect(rule) {
        const text = this.take(rule);
        if (text === undefined)
            throw new Invalid();
        return text;
    }
    atEnd() {
        return this.pos === this.src.length;
    }
    enclosed(open, close, body) {
        const opened = this.take(open) !== undefined;
        body();
        if (opened)
            this.expect(close);
    }
}
function extras(t) {
    if (!t.peek('LEFT_BRACKET'))
        return;
    t.enclosed('LEFT_BRACKET', 'RIGHT_BRACKET', () => {
        t.take('WS');
        if (t.take('IDENTIFIER') !== undefined) {
            for (;;) {
                t.take('WS');
                if (t.peek('IDENTIFIER'))
                    throw new Invalid();
                if (t.take('COMMA') === undefined)
                    break;
                t.take('WS');
                t.expect('IDENTIFIER');
            }
        }
        t.take('WS');
    });
}
function specifiers(t) {
    t.enclosed('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', () => {
        t.take('WS');
        while (t.take('SPECIFIER') !== undefined) {
            if (t.peek('VERSION_PREFIX_TRAIL') || t.peek('VERSION_LOCAL_LABEL_TRAIL')) {
                throw new Invalid();
            }
            t.take('WS');
            if (t.take('COMMA') === undefined)
                break;
            t.take('WS');
        }
        t.take('WS');
    });
}
function markerVar(t) {
    if (t.take('VARIABLE') === undefined)
        t.expect('QUOTED_STRING');
}
function markerOp(t) {
    if (t.take('IN') !== undefined)
        return;
    if (t.take('NOT') !== undefined) {
        t.expect('WS');
        t.expect('IN');
        return;
    }
    t.expect('OP');
}
function markerAtom(t, depth) {
    // Nesting deeper than any real marker: refuse rather than recurse without bound.
    if (depth > 100)
        throw new Invalid();
    t.take('WS');
    if (t.peek('LEFT_PARENTHESIS')) {
        t.enclosed('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', () => {
            t.take('WS');
            marker(t, depth + 1);
            t.take('WS');
        });
    }
    else {
        t.take('WS');
        markerVar(t);
        t.take('WS');
        markerOp(t);
        t.take('WS');
        markerVar(t);
        t.take('WS');
    }
    t.take('WS');
}
function marker(t, depth) {
    markerAtom(t, depth);
    while (t.take('BOOLOP') !== undefined)
        markerAtom(t, depth);
}
function requirementMarker(t) {
    t.expect('SEMICOLON');
    marker(t, 0);
    t.take('WS');
}
/** The requirement's name as packaging's `Requirement(line).name` gives it, or undefined if it rejects the line. */
function requirements_requirementName(line) {
    const t = new Tokens(line);
    try {
        t.take('WS');
        const name = t.expect('IDENTIFIER');
        t.take('WS');
        extras(t);
        t.take('WS');
        if (t.take('AT') !== undefined) {
            t.take('WS');
            t.expect('URL');
            if (!t.atEnd()) {
                t.expect('WS');
                if (!t.atEnd())
                    requirementMarker(t);
            }
        }
        else {
            specifiers(t);
            t.take('WS');
            if (!t.atEnd())
                requirementMarker(t);
        }
        if (!t.atEnd())
            throw new Invalid();
        return name;
    }
    catch (err) {
        if (err instanceof Invalid)
            return undefined;
        throw err;
    }
}
/** Python's str.splitlines(): every line boundary it knows, no trailing empty line. */
function requirements_splitLines(text) {
    // eslint-disable-next-line no-control-regex -- Python splits lines on these separators too
    const lines = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
    if (lines.length > 0 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** The lower-cased names requirements.txt declares, with their 1-based line numbers. */
function requirementsTxtNames(text) {
    const out = [];
    requirements_splitLines(text).forEach((line, i) => {
        const name = requirements_requirementName(line);
        if (name !== undefined)
            out.push({ name: name.toLowerCase(), line: i + 1 });
    });
    return out;
}
/**
 * Python's words for the first bytes its strict UTF-8 codec refuses (`str(UnicodeDecodeError)`,
 * as `Path.read_text()` raises it), or undefined for valid UTF-8. Written from CPython's decoder:
 * the offending range is the lead byte and the continuation bytes that were valid so far.
 */
function requirements_pythonUtf8Error(bytes) {
    for (let i = 0; i < bytes.length;) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
        if (need === 0)
            return decodeError(bytes, i, i, 'invalid start byte');
        // the second byte's range depends on the lead (no overlongs, no surrogates, nothing past U+10FFFF)
        const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
        const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
        let j = 1;
        for (; j <= need; j++) {
            if (i + j >= bytes.length)
                return decodeError(bytes, i, bytes.length - 1, 'unexpected end of data');
            const c = bytes[i + j];
            const ok = j === 1 ? c >= low && c <= high : c >= 0x80 && c <= 0xbf;
            if (!ok)
                return decodeError(bytes, i, i + j - 1, 'invalid continuation byte');
        }
        i += need + 1;
    }
    return undefined;
}
function decodeError(bytes, start, end, reason) {
    const where = start === end
        ? `byte 0x${bytes[start].toString(16).padStart(2, '0')} in position ${start}`
        : `bytes in position ${start}-${end}`;
    return `UnicodeDecodeError: 'utf-8' codec can't decode ${where}: ${reason}`;
}

;// CONCATENATED MODULE: ./src/core/project-requirements.ts
// The dependency files as rockcraft reads them: requirements.txt, pyproject.toml, uv.lock, and
// where flask is declared in ways rockcraft does not read.




/** smol-toml's parse, loaded only for a project with pyproject.toml or uv.lock: most checks never
 * parse TOML, and the CLI starts faster without it. */
async function parseToml(text) {
    return (await __webpack_require__.e(/* import() */ 292).then(__webpack_require__.bind(__webpack_require__, 3292))).parse(text);
}
async function project_requirements_readRequirements(dir) {
    const out = {
        names: new Set(),
        problems: [],
        crashes: [],
        hints: [],
        files: [],
        hasRequirementsTxt: false,
        hasAny: false
    };
    const reqFile = path.join(dir, 'requirements.txt');
    if (await exists(reqFile)) {
        out.hasRequirementsTxt = out.hasAny = true;
        out.files.push(reqFile);
        const { text, problem, bytes } = await readProjectText(dir, 'requirements.txt', MAX_REQUIREMENTS_BYTES);
        // rockcraft reads it with Path.read_text(), UTF-8 and strict: other bytes crash rockcraft
        const crash = bytes && pythonUtf8Error(bytes);
        if (crash) {
            const utf16 = bytes[0] + bytes[1] === 0xff + 0xfe && bytes[0] !== bytes[1];
            out.crashes.push({
                message: `rockcraft would crash reading requirements.txt: Path.read_text() decodes it as UTF-8 and raises ${crash}${utf16 ? '. The file is UTF-16 (it starts with a UTF-16 byte order mark)' : ''}. Save it as UTF-8`,
                file: reqFile
            });
        }
        else if (problem)
            out.problems.push(problem);
        if (text?.includes('\0')) {
            out.hints.push({
                message: 'requirements.txt holds NUL characters, as a file saved as UTF-16 does: rockcraft reads it as UTF-8 and finds no requirement in it. Save it as UTF-8',
                file: reqFile
            });
        }
        if (text !== undefined) {
            if (text.startsWith('\ufeff')) {
                out.hints.push({
                    message: 'requirements.txt starts with a byte order mark; rockcraft does not strip it, so its first line is ignored. Save the file as UTF-8 without BOM',
                    file: reqFile,
                    line: 1
                });
            }
            splitLines(text).forEach((line, i) => {
                const name = requirementName(line);
                if (name !== undefined) {
                    out.names.add(name.toLowerCase());
                }
                else if (/^\s*[A-Za-z0-9]/.test(line) && !/^\s*(git|hg|svn|bzr)\+/.test(line)) {
                    out.hints.push({
                        message: `requirements.txt line ${i + 1} is ignored by rockcraft (not a PEP 508 requirement, e.g. an inline comment or option): ${line.trim().slice(0, 120)}`,
                        file: reqFile,
                        line: i + 1
                    });
                }
            });
        }
    }
    const tomlFile = path.join(dir, 'pyproject.toml');
    if (await exists(tomlFile)) {
        out.hasAny = true;
        out.files.push(tomlFile);
        const { text, problem } = await readProjectText(dir, 'pyproject.toml', MAX_REQUIREMENTS_BYTES);
        if (problem)
            out.problems.push(problem);
        if (text !== undefined) {
            let data;
            try {
                data = await parseToml(text);
            }
            catch (err) {
                const e = err;
                out.problems.push({
                    message: `error parsing pyproject.toml: ${String(e.message).split('\n')[0]}`,
                    file: tomlFile,
                    line: typeof e.line === 'number' ? e.line : undefined,
                    column: typeof e.column === 'number' ? e.column : undefined
                });
            }
            if (data !== undefined) {
                const project = data.project ?? {};
                const deps = isMapping(project) ? (project.dependencies ?? []) : undefined;
                if (!Array.isArray(deps)) {
                    out.problems.push({
                        message: 'pyproject.toml: [project].dependencies must be a list of requirement strings',
                        file: tomlFile
                    });
                }
                else {
                    for (const dep of deps) {
                        const name = typeof dep === 'string' ? requirementName(dep) : undefined;
                        if (name !== undefined)
                            out.names.add(name.toLowerCase());
                    }
                }
            }
        }
    }
    return out;
}
/** Where flask is declared in ways rockcraft does not read, each with the fix. */
async function project_requirements_flaskElsewhere(dir) {
    const hints = [];
    const reqFile = path.join(dir, 'requirements.txt');
    const req = (await exists(reqFile))
        ? await readProjectText(dir, 'requirements.txt', MAX_REQUIREMENTS_BYTES)
        : {};
    const lines = req.text === undefined ? [] : splitLines(req.text);
    const includes = [];
    lines.forEach((line, i) => {
        // pip-compile --generate-hashes: "flask==3.0.3 \" then "    --hash=sha256:..." lines
        const continued = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*([^\\]*?)\s*\\\s*$/.exec(line);
        if (continued && continued[1].toLowerCase() === 'flask') {
            hints.push({
                message: `"${line.trim()}" continues on the next line, as pip-compile --generate-hashes writes it; rockcraft reads each line on its own and skips this one, so it does not see flask. Generate requirements.txt without --generate-hashes, or add a line "flask${continued[3] ? continued[3].replace(/\s+/g, '') : ''}"`,
                file: reqFile,
                line: i + 1
            });
        }
        const include = /^\s*(?:-r|--requirement)(?:\s*=\s*|\s+)(\S+)/.exec(line);
        if (include) {
            const name = path.normalize(include[1]);
            if (name.startsWith('..') || path.isAbsolute(name))
                return;
            includes.push({ name, line: i + 1 });
        }
    });
    for (const { name, line } of includes) {
        const inc = await readProjectText(dir, name, MAX_REQUIREMENTS_BYTES);
        if (inc.text !== undefined &&
            splitLines(inc.text).some(l => requirementName(l)?.toLowerCase() === 'flask')) {
            hints.push({
                message: `flask is listed in ${name}, which requirements.txt includes with -r; rockcraft reads only requirements.txt itself (pip will still install ${name}). Add a line "flask" to requirements.txt`,
                file: reqFile,
                line
            });
        }
    }
    const tomlFile = path.join(dir, 'pyproject.toml');
    if (await exists(tomlFile)) {
        const toml = await readProjectText(dir, 'pyproject.toml', MAX_REQUIREMENTS_BYTES);
        let data;
        try {
            data = toml.text === undefined ? undefined : await parseToml(toml.text);
        }
        catch {
            data = undefined;
        }
        const tool = isMapping(data) && isMapping(data.tool) ? data.tool : {};
        const poetry = isMapping(tool.poetry) ? tool.poetry : {};
        const deps = isMapping(poetry.dependencies) ? poetry.dependencies : {};
        if (Object.keys(deps).some(k => k.toLowerCase() === 'flask')) {
            hints.push({
                message: 'flask is listed under [tool.poetry.dependencies], which rockcraft does not read: export a requirements.txt (poetry export -f requirements.txt -o requirements.txt --without-hashes) or list it in [project].dependencies',
                file: tomlFile
            });
        }
    }
    return hints;
}
/**
 * rockcraft#1308 on 26.04: uv.lock needs pyproject.toml; with both, the uv plugin builds the
 * dependencies from the lock (uv sync, UV_FROZEN), which must then be TOML. uv.lock joins the
 * dependency files (the pack cache key).
 */
async function project_requirements_uvProblems(abs, yaml, topLevel, result) {
    if (!topLevel.includes('uv.lock'))
        return [];
    const lockFile = path.join(abs, 'uv.lock');
    if (!topLevel.includes('pyproject.toml'))
        return [{ message: UV_WITHOUT_PYPROJECT, file: lockFile }];
    if (!usesUv(yaml, { topLevel }))
        return [];
    result.dependencyFiles.splice(result.dependencyFiles.length - 1, 0, lockFile);
    result.hints.push({
        message: `uv.lock and pyproject.toml: rockcraft builds ${partName(yaml, 'dependencies')} with the uv plugin (uv sync --no-dev --no-editable from the lock, which installs the project itself when pyproject.toml has a [build-system]). The part shown here follows rockcraft#1308 as of its pull request head; its merged code could not be read (ROCKCRAFT_STATE)`,
        file: lockFile
    });
    const { text, problem } = await readProjectText(abs, 'uv.lock', MAX_UV_LOCK_BYTES);
    if (problem)
        return [problem];
    try {
        await parseToml(text ?? '');
    }
    catch (err) {
        const e = err;
        return [
            {
                message: `uv.lock is not TOML, so uv sync would refuse it: ${String(e.message).split('\n')[0]}`,
                file: lockFile,
                line: typeof e.line === 'number' ? e.line : undefined,
                column: typeof e.column === 'number' ? e.column : undefined
            }
        ];
    }
    return [];
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/project-yaml.ts
// rockcraft.yaml as rockcraft's PyYAML and Project model read it: the syntax, the scalar types, where
// each key sits, and the bases the model accepts.



function yamlProblem(file, message, linePos) {
    const first = message.split('\n')[0];
    return {
        message: `error parsing '${PROJECT_FILE}': ${first}`,
        file,
        line: linePos?.[0]?.line,
        column: linePos?.[0]?.col
    };
}
// Top-level fields the model holds as text: a number there becomes Python's str() of it.
const TEXT_FIELDS = (/* unused pure expression or super */ null && ([
    'name',
    'title',
    'version',
    'summary',
    'description',
    'license',
    'contact',
    'issues'
]));
const PYYAML_FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** Python's repr/str of a float: shortest digits, fixed between 1e-4 and 1e16. */
function pyFloatStr(n) {
    if (Number.isNaN(n))
        return 'nan';
    if (!Number.isFinite(n))
        return n > 0 ? 'inf' : '-inf';
    if (n === 0)
        return Object.is(n, -0) ? '-0.0' : '0.0';
    const [mantissa, expText] = Math.abs(n).toExponential().split('e');
    const exp = Number(expText);
    const digits = mantissa.replace('.', '');
    const sign = n < 0 ? '-' : '';
    if (exp < -4 || exp >= 16) {
        const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    }
    if (exp >= 0) {
        const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
        return `${sign}${whole}.${digits.slice(exp + 1) || '0'}`;
    }
    return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}
const PYYAML_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const PYYAML_BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
/**
 * Plain scalars typed as PyYAML types them: the yaml library's YAML 1.1 schema also reads
 * `1e3` as a number and `y`/`n` as booleans, which PyYAML keeps as text. And `version: 1.0`
 * is the float 1.0 to PyYAML, "1.0" to the model, where JavaScript would say "1".
 */
function typeAsPyYaml(doc) {
    visit(doc, {
        Scalar(_key, node) {
            if (node.type !== 'PLAIN')
                return;
            const raw = node.srcToken?.source;
            if (raw === undefined)
                return;
            if (typeof node.value === 'number' && !PYYAML_INT.test(raw) && !PYYAML_FLOAT.test(raw)) {
                node.value = raw;
            }
            else if (typeof node.value === 'boolean' && !PYYAML_BOOL.test(raw)) {
                node.value = raw;
            }
            else if (node.value instanceof Date) {
                // A date: the model's JSON dump writes it back as this same ISO text.
                node.value = raw;
            }
        }
    });
    if (!isMap(doc.contents))
        return;
    for (const pair of doc.contents.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = pair.value;
        if (!TEXT_FIELDS.includes(key) || !isScalar(value) || typeof value.value !== 'number')
            continue;
        const raw = value.srcToken?.source ?? '';
        if (value.type === 'PLAIN' && PYYAML_FLOAT.test(raw))
            value.value = pyFloatStr(value.value);
    }
}
/** Where a key sits in rockcraft.yaml (the deepest of `keys` found), for annotations. */
function locator(file, doc, lines) {
    return keys => {
        let node = doc.contents;
        let line;
        let column;
        for (const key of keys) {
            if (!isMap(node))
                break;
            const pair = node.items.find(p => isPair(p) && String(p.key?.value ?? p.key) === key);
            const range = pair?.key?.range;
            if (!pair || !range)
                break;
            ({ line, col: column } = lines.linePos(range[0]));
            node = pair.value;
        }
        return { file, line, column };
    };
}
function project_yaml_loadProjectYaml(text, file) {
    let doc;
    const lines = new LineCounter();
    try {
        doc = parseDocument(text, {
            version: '1.1',
            uniqueKeys: true,
            merge: true,
            prettyErrors: false,
            lineCounter: lines,
            keepSourceTokens: true
        });
    }
    catch (err) {
        return { problem: yamlProblem(file, err.message) };
    }
    const error = doc.errors[0];
    // prettyErrors off leaves linePos unset: the line comes from the error's offset.
    if (error) {
        return {
            problem: yamlProblem(file, error.message, error.linePos ?? [lines.linePos(error.pos[0])])
        };
    }
    typeAsPyYaml(doc);
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        return { problem: yamlProblem(file, err.message) };
    }
    if (!isMapping(data)) {
        return {
            problem: {
                message: `${PROJECT_FILE} must be a mapping of keys (name, base, parts...); it holds ${data === null || data === undefined ? 'nothing' : Array.isArray(data) ? 'a list' : 'a single value'}`,
                file
            }
        };
    }
    return { data: normalizeScalars(data), at: locator(file, doc, lines) };
}
// PyYAML gives datetimes for timestamps; the model turns them into text. Keep plain JSON-like data.
function normalizeScalars(v) {
    if (v instanceof Date)
        return v.toISOString();
    if (typeof v === 'bigint')
        return Number(v);
    if (Array.isArray(v))
        return v.map(normalizeScalars);
    if (v instanceof Map)
        return normalizeScalars(Object.fromEntries(v));
    if (isMapping(v)) {
        const out = {};
        for (const [k, val] of Object.entries(v))
            out[k] = normalizeScalars(val);
        return out;
    }
    return v;
}
// The Project model's literal bases ("ubuntu:22.04" is read as "ubuntu@22.04" first).
const MODEL_BASES = (/* unused pure expression or super */ null && ([
    'bare',
    'ubuntu@20.04',
    'ubuntu@22.04',
    'ubuntu@24.04',
    'ubuntu@25.10',
    'ubuntu@26.04',
    'ubuntu@26.10'
]));
const MODEL_BUILD_BASES = (/* unused pure expression or super */ null && ([
    'ubuntu@20.04',
    'ubuntu@22.04',
    'ubuntu@24.04',
    'ubuntu@25.10',
    'ubuntu@26.04',
    'devel'
]));
function project_yaml_modelBaseProblems(yaml) {
    const out = [];
    const check = (field, allowed) => {
        const raw = yaml[field];
        if (raw === undefined || raw === null)
            return;
        const value = raw === 'ubuntu:20.04' || raw === 'ubuntu:22.04' ? raw.replace(':', '@') : raw;
        if (typeof value === 'string' && allowed.includes(value))
            return;
        const options = allowed.map(b => `'${b}'`);
        out.push([
            field,
            `input should be ${options.slice(0, -1).join(', ')} or ${options[options.length - 1]} (in field '${field}', input: ${JSON.stringify(raw).replace(/^"|"$/g, "'")})`
        ]);
    };
    // The extension refuses an unsupported base first; the model's word on it adds nothing.
    if (!baseProblemsFor(yaml))
        check('base', MODEL_BASES);
    check('build-base', MODEL_BUILD_BASES);
    return out;
}
function baseProblemsFor(yaml) {
    return baseProblems(yaml, { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' }).length > 0;
}

;// CONCATENATED MODULE: ./src/core/pyyaml.ts
// YAML text exactly as PyYAML's SafeDumper writes it with craft-application's settings
// (sort_keys=False, allow_unicode=True, strings with a newline in literal "|" style): that is how
// `rockcraft expand-extensions` prints a project. Written from PyYAML's emitter rules: block style,
// lists not indented under their key, plain scalars folded at a single space past column 80,
// strings that would read back as another type single-quoted.
const BEST_INDENT = 2;
const BEST_WIDTH = 80;
const BREAKS = '\n\x85\u2028\u2029';
const SPACE_OR_BREAK = '\0 \t\r\n\x85\u2028\u2029';
// PyYAML's implicit resolvers: a plain scalar matching one of these is not read back as a string.
const IMPLICIT = (/* unused pure expression or super */ null && ([
    /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
    /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
    /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
    /^(?:<<)$/,
    /^(?:~|null|Null|NULL|)$/,
    /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
    /^(?:=)$/
]));
// Python's re `$` also matches just before a final "\n".
function resolvesToString(value) {
    const probe = value.endsWith('\n') ? value.slice(0, -1) : value;
    return !IMPLICIT.some(re => re.test(value) || re.test(probe));
}
function isPrintableUnicode(cp) {
    return ((cp === 0x85 ||
        (cp >= 0xa0 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd) ||
        (cp >= 0x10000 && cp < 0x10ffff)) &&
        cp !== 0xfeff);
}
function analyze(chars) {
    const n = chars.length;
    if (n === 0) {
        return {
            empty: true,
            multiline: false,
            allowFlowPlain: false,
            allowBlockPlain: true,
            allowSingleQuoted: true,
            allowBlock: false
        };
    }
    let blockIndicators = false;
    let flowIndicators = false;
    let lineBreaks = false;
    let special = false;
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    let spaceBreak = false;
    const text = chars.join('');
    if (text.startsWith('---') || text.startsWith('...')) {
        blockIndicators = true;
        flowIndicators = true;
    }
    let precededByWhitespace = true;
    let followedByWhitespace = n === 1 || SPACE_OR_BREAK.includes(chars[1]);
    let previousSpace = false;
    let previousBreak = false;
    for (let i = 0; i < n; i++) {
        const ch = chars[i];
        if (i === 0) {
            if ('#,[]{}&*!|>\'"%@`'.includes(ch)) {
                flowIndicators = true;
                blockIndicators = true;
            }
            if (ch === '?' || ch === ':') {
                flowIndicators = true;
                if (followedByWhitespace)
                    blockIndicators = true;
            }
            if (ch === '-' && followedByWhitespace) {
                flowIndicators = true;
                blockIndicators = true;
            }
        }
        else {
            if (',?[]{}'.includes(ch))
                flowIndicators = true;
            if (ch === ':') {
                flowIndicators = true;
                if (followedByWhitespace)
                    blockIndicators = true;
            }
            if (ch === '#' && precededByWhitespace) {
                flowIndicators = true;
                blockIndicators = true;
            }
        }
        if (BREAKS.includes(ch))
            lineBreaks = true;
        const cp = ch.codePointAt(0);
        if (!(ch === '\n' || (cp >= 0x20 && cp <= 0x7e))) {
            if (!isPrintableUnicode(cp))
                special = true;
        }
        if (ch === ' ') {
            if (i === 0)
                leadingSpace = true;
            if (i === n - 1)
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        }
        else if (BREAKS.includes(ch)) {
            if (i === 0)
                leadingBreak = true;
            if (i === n - 1)
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        }
        else {
            previousSpace = false;
            previousBreak = false;
        }
        precededByWhitespace = SPACE_OR_BREAK.includes(ch);
        followedByWhitespace = i + 2 >= n || SPACE_OR_BREAK.includes(chars[i + 2]);
    }
    const a = {
        empty: false,
        multiline: lineBreaks,
        allowFlowPlain: true,
        allowBlockPlain: true,
        allowSingleQuoted: true,
        allowBlock: true
    };
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
        a.allowFlowPlain = a.allowBlockPlain = false;
    }
    if (trailingSpace)
        a.allowBlock = false;
    if (breakSpace)
        a.allowFlowPlain = a.allowBlockPlain = a.allowSingleQuoted = false;
    if (spaceBreak || special) {
        a.allowFlowPlain = a.allowBlockPlain = a.allowSingleQuoted = a.allowBlock = false;
    }
    if (lineBreaks)
        a.allowFlowPlain = a.allowBlockPlain = false;
    if (flowIndicators)
        a.allowFlowPlain = false;
    if (blockIndicators)
        a.allowBlockPlain = false;
    return a;
}
const ESCAPES = {
    '\0': '0',
    '\x07': 'a',
    '\x08': 'b',
    '\t': 't',
    '\n': 'n',
    '\x0b': 'v',
    '\x0c': 'f',
    '\r': 'r',
    '\x1b': 'e',
    '"': '"',
    '\\': '\\',
    '\x85': 'N',
    '\xa0': '_',
    '\u2028': 'L',
    '\u2029': 'P'
};
function hex(cp, width) {
    return cp.toString(16).toUpperCase().padStart(width, '0');
}
/** The emitter's column/indent state, as PyYAML keeps it. */
class Writer {
    out = [];
    column = 0;
    whitespace = true;
    indention = true;
    openEnded = false;
    indent = 0;
    write(data) {
        this.out.push(data);
        this.column += [...data].length;
    }
    lineBreak(text = '\n') {
        this.whitespace = true;
        this.indention = true;
        this.column = 0;
        this.out.push(text);
    }
    writeIndent() {
        const indent = this.indent;
        if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
            this.lineBreak();
        }
        if (this.column < indent) {
            this.whitespace = true;
            this.write(' '.repeat(indent - this.column));
        }
    }
    indicator(text, needWhitespace, whitespace = false, indention = false) {
        this.write(this.whitespace || !needWhitespace ? text : ' ' + text);
        this.whitespace = whitespace;
        this.indention = this.indention && indention;
        this.openEnded = false;
    }
    plain(chars) {
        if (chars.length === 0)
            return;
        if (!this.whitespace)
            this.write(' ');
        this.whitespace = false;
        this.indention = false;
        let spaces = false;
        let start = 0;
        for (let end = 0; end <= chars.length; end++) {
            const ch = end < chars.length ? chars[end] : undefined;
            if (spaces) {
                if (ch !== ' ') {
                    if (start + 1 === end && this.column > BEST_WIDTH) {
                        this.writeIndent();
                        this.whitespace = false;
                        this.indention = false;
                    }
                    else {
                        this.write(chars.slice(start, end).join(''));
                    }
                    start = end;
                }
            }
            else if (ch === undefined || ch === ' ' || BREAKS.includes(ch)) {
                this.write(chars.slice(start, end).join(''));
                start = end;
            }
            if (ch !== undefined)
                spaces = ch === ' ';
        }
    }
    singleQuoted(chars) {
        this.indicator("'", true);
        let spaces = false;
        let breaks = false;
        let start = 0;
        for (let end = 0; end <= chars.length; end++) {
            const ch = end < chars.length ? chars[end] : undefined;
            if (spaces) {
                if (ch !== ' ') {
                    if (start + 1 === end &&
                        this.column > BEST_WIDTH &&
                        start !== 0 &&
                        end !== chars.length) {
                        this.writeIndent();
                    }
                    else {
                        this.write(chars.slice(start, end).join(''));
                    }
                    start = end;
                }
            }
            else if (breaks) {
                if (ch === undefined || !BREAKS.includes(ch)) {
                    if (chars[start] === '\n')
                        this.lineBreak();
                    for (const br of chars.slice(start, end))
                        this.lineBreak(br);
                    this.writeIndent();
                    start = end;
                }
            }
            else if (ch === undefined || ch === ' ' || ch === "'" || BREAKS.includes(ch)) {
                if (start < end) {
                    this.write(chars.slice(start, end).join(''));
                    start = end;
                }
            }
            if (ch === "'") {
                this.write("''");
                start = end + 1;
            }
            if (ch !== undefined) {
                spaces = ch === ' ';
                breaks = BREAKS.includes(ch);
            }
        }
        this.indicator("'", false);
    }
    doubleQuoted(chars) {
        this.indicator('"', true);
        let start = 0;
        for (let end = 0; end <= chars.length; end++) {
            const ch = end < chars.length ? chars[end] : undefined;
            const cp = ch === undefined ? 0 : ch.codePointAt(0);
            if (ch === undefined ||
                '"\\\x85\u2028\u2029\ufeff'.includes(ch) ||
                !((cp >= 0x20 && cp <= 0x7e) ||
                    (cp >= 0xa0 && cp <= 0xd7ff) ||
                    (cp >= 0xe000 && cp <= 0xfffd))) {
                if (start < end) {
                    this.write(chars.slice(start, end).join(''));
                    start = end;
                }
                if (ch !== undefined) {
                    const data = ch in ESCAPES
                        ? '\\' + ESCAPES[ch]
                        : cp <= 0xff
                            ? '\\x' + hex(cp, 2)
                            : cp <= 0xffff
                                ? '\\u' + hex(cp, 4)
                                : '\\U' + hex(cp, 8);
                    this.write(data);
                    start = end + 1;
                }
            }
            if (end > 0 &&
                end < chars.length - 1 &&
                (ch === ' ' || start >= end) &&
                this.column + (end - start) > BEST_WIDTH) {
                const data = chars.slice(start, end).join('') + '\\';
                if (start < end)
                    start = end;
                this.write(data);
                this.writeIndent();
                this.whitespace = false;
                this.indention = false;
                if (chars[start] === ' ')
                    this.write('\\');
            }
        }
        this.indicator('"', false);
    }
    literal(chars) {
        let hints = '';
        if (chars.length > 0) {
            if (' \n\x85\u2028\u2029'.includes(chars[0]))
                hints += String(BEST_INDENT);
            const last = chars[chars.length - 1];
            if (!BREAKS.includes(last))
                hints += '-';
            else if (chars.length === 1 || BREAKS.includes(chars[chars.length - 2]))
                hints += '+';
        }
        this.indicator('|' + hints, true);
        if (hints.endsWith('+'))
            this.openEnded = true;
        this.lineBreak();
        let breaks = true;
        let start = 0;
        for (let end = 0; end <= chars.length; end++) {
            const ch = end < chars.length ? chars[end] : undefined;
            if (breaks) {
                if (ch === undefined || !BREAKS.includes(ch)) {
                    for (const br of chars.slice(start, end))
                        this.lineBreak(br);
                    if (ch !== undefined)
                        this.writeIndent();
                    start = end;
                }
            }
            else if (ch === undefined || BREAKS.includes(ch)) {
                this.write(chars.slice(start, end).join(''));
                if (ch === undefined)
                    this.lineBreak();
                start = end;
            }
            if (ch !== undefined)
                breaks = BREAKS.includes(ch);
        }
    }
}
function scalarText(value) {
    if (value === null || value === undefined)
        return { text: 'null', isString: false };
    if (typeof value === 'boolean')
        return { text: value ? 'true' : 'false', isString: false };
    if (typeof value === 'number') {
        if (Number.isInteger(value))
            return { text: String(value), isString: false };
        if (Number.isNaN(value))
            return { text: '.nan', isString: false };
        if (!Number.isFinite(value))
            return { text: value > 0 ? '.inf' : '-.inf', isString: false };
        let text = String(value);
        if (!text.includes('.') && !text.includes('e'))
            text += '.0';
        return { text, isString: false };
    }
    return { text: value, isString: true };
}
function emitScalar(w, value, simpleKey) {
    const { text, isString } = scalarText(value);
    const chars = [...text];
    const saved = w.indent;
    w.indent = saved + BEST_INDENT; // PyYAML indents a scalar's continuation lines one step in
    if (!isString) {
        w.plain(chars);
    }
    else {
        const a = analyze(chars);
        const wantLiteral = text.includes('\n');
        if (!wantLiteral &&
            resolvesToString(text) &&
            !(simpleKey && (a.empty || a.multiline)) &&
            a.allowBlockPlain) {
            w.plain(chars);
        }
        else if (wantLiteral && !simpleKey && a.allowBlock) {
            w.literal(chars);
        }
        else if (!wantLiteral && a.allowSingleQuoted && !(simpleKey && a.multiline)) {
            w.singleQuoted(chars);
        }
        else {
            w.doubleQuoted(chars);
        }
    }
    w.indent = saved;
}
function pyyaml_isMapping(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function emitNode(w, value, inMapping) {
    if (Array.isArray(value)) {
        if (value.length === 0) {
            w.indicator('[', true, true);
            w.indicator(']', false);
            return;
        }
        const saved = w.indent;
        // Lists directly under a mapping key are not indented ("indentless"), PyYAML's default.
        if (!(inMapping && !w.indention))
            w.indent = saved + BEST_INDENT;
        for (const item of value) {
            w.writeIndent();
            w.indicator('-', true, false, true);
            emitNode(w, item, false);
        }
        w.indent = saved;
        return;
    }
    if (pyyaml_isMapping(value)) {
        const keys = Object.keys(value);
        if (keys.length === 0) {
            w.indicator('{', true, true);
            w.indicator('}', false);
            return;
        }
        const saved = w.indent;
        w.indent = saved + BEST_INDENT;
        for (const key of keys) {
            w.writeIndent();
            emitScalar(w, key, true);
            w.indicator(':', false);
            emitNode(w, value[key], true);
        }
        w.indent = saved;
        return;
    }
    emitScalar(w, value, false);
}
/** `yaml.dump(data, Dumper=SafeDumper, sort_keys=False, allow_unicode=True)` with craft's str style. */
function pyyaml_dumpPyYaml(data) {
    const w = new Writer();
    if (pyyaml_isMapping(data) && Object.keys(data).length > 0) {
        // The root mapping sits at indent 0: start one step "above" it.
        w.indent = -BEST_INDENT;
        emitNode(w, data, false);
        w.indent = 0;
    }
    else {
        w.indent = -BEST_INDENT;
        emitNode(w, data, false);
        w.indent = 0;
    }
    w.writeIndent();
    if (w.openEnded) {
        w.indicator('...', true);
        w.writeIndent();
    }
    return w.out.join('');
}

;// CONCATENATED MODULE: ./src/core/import-names.ts
// The top-level import names a requirement puts into the venv, so the boot prediction can tell an
// absolute import of an installed library from a project module of the same name (Python 3's
// imports are absolute: `from webauthn import ...` beside a webauthn.py is the library). A
// distribution's import name is its normalised name with `-` read as `_`, except for the
// distributions below, whose modules are named otherwise.
/** PEP 503's normalised distribution name: lower case, runs of `-`, `_`, `.` as one `-`. */
function normalizedDistribution(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** Distributions (normalised) whose top-level import names are not their own name. */
const IMPORT_NAME_EXCEPTIONS = {
    'argon2-cffi': ['argon2'],
    attrs: ['attr', 'attrs'],
    beautifulsoup4: ['bs4'],
    'dbus-python': ['dbus', '_dbus_bindings', '_dbus_glib_bindings'],
    'discord-py': ['discord'],
    dnspython: ['dns'],
    'email-validator': ['email_validator'],
    'faiss-cpu': ['faiss'],
    'google-api-python-client': ['googleapiclient'],
    grpcio: ['grpc'],
    ipython: ['IPython'],
    'lazr-restfulclient': ['lazr'],
    'lazr-uri': ['lazr'],
    'msgpack-python': ['msgpack'],
    mysqlclient: ['MySQLdb'],
    'opencv-python': ['cv2'],
    'opencv-python-headless': ['cv2'],
    pillow: ['PIL'],
    'poetry-core': ['poetry'],
    protobuf: ['google'],
    'psycopg-binary': ['psycopg'],
    'psycopg2-binary': ['psycopg2'],
    pycryptodome: ['Crypto'],
    pycryptodomex: ['Cryptodome'],
    pygithub: ['github'],
    pygobject: ['gi', 'pygtkcompat'],
    pyjwt: ['jwt'],
    pymongo: ['pymongo', 'bson', 'gridfs'],
    pynacl: ['nacl'],
    pysmbc: ['smbc', '_smbc'],
    pyopenssl: ['OpenSSL'],
    pyserial: ['serial'],
    'python-apt': ['apt', 'apt_inst', 'apt_pkg', 'aptsources'],
    'python-dateutil': ['dateutil'],
    'python-decouple': ['decouple'],
    'python-dotenv': ['dotenv'],
    'python-engineio': ['engineio'],
    'python-jose': ['jose'],
    'python-ldap': ['ldap'],
    'python-magic': ['magic'],
    'python-multipart': ['multipart'],
    'python-slugify': ['slugify'],
    'python-socketio': ['socketio'],
    pyyaml: ['yaml'],
    pyzmq: ['zmq'],
    'ruamel-yaml': ['ruamel'],
    'scikit-image': ['skimage'],
    'scikit-learn': ['sklearn'],
    setuptools: ['setuptools', 'pkg_resources', '_distutils_hack'],
    'websocket-client': ['websocket'],
    'zope-event': ['zope'],
    'zope-interface': ['zope']
};
/**
 * What the rock's venv holds whatever the requirements say: flask's own dependencies (a
 * requirements.txt must name flask), and gunicorn with its one dependency, which the extension
 * installs. An import of one of these is never a project module the rock lacks.
 */
const ALWAYS_INSTALLED = (/* unused pure expression or super */ null && ([
    'flask',
    'werkzeug',
    'jinja2',
    'markupsafe',
    'itsdangerous',
    'click',
    'blinker',
    'gunicorn',
    'packaging'
]));
/** The top-level import names one requirement's distribution provides. */
function importNamesOf(distribution) {
    const normalized = normalizedDistribution(distribution);
    return IMPORT_NAME_EXCEPTIONS[normalized] ?? [normalized.replace(/-/g, '_')];
}
/** The top-level import names the requirements (and what is always installed) provide, sorted. */
function import_names_providedImportNames(requirements) {
    const out = new Set(ALWAYS_INSTALLED);
    for (const r of requirements)
        for (const name of importNamesOf(r))
            out.add(name);
    if (out.has('gevent'))
        for (const name of ['greenlet', 'zope'])
            out.add(name);
    return [...out].sort();
}

;// CONCATENATED MODULE: ./src/core/check.ts
// The project check: reads what rockcraft reads (rockcraft.yaml, requirements.txt, pyproject.toml,
// the top level of the project, the entrypoint candidates), reports every refusal at once in
// rockcraft's words, and expands the project when it would be accepted.












/** Every reason the pack would fail though rockcraft accepts the project: rockcraft's own crash,
 * the build backend's refusal of `pip install .`. */
function check_packProblems(result) {
    return [...(result.rockcraftCrashes ?? []), ...(result.install?.problems ?? [])];
}

// Moved out of this file; importers elsewhere keep their names from here.



const MISSING_REQUIREMENTS = "missing a requirements file (requirements.txt or pyproject.toml). The flask-framework extension requires one of these files with 'flask' specified as a dependency.";
const MISSING_FLASK = 'missing flask package dependency in requirements file.';
function str(v) {
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
async function projectDir(dir) {
    const abs = path.resolve(dir);
    let info;
    try {
        info = await stat(abs);
    }
    catch (err) {
        const code = err.code;
        throw new ProjectUsageError(code === 'ENOENT'
            ? `project directory ${abs} does not exist`
            : `cannot open project directory ${abs}: ${code ?? err.message}`);
    }
    if (!info.isDirectory()) {
        throw new ProjectUsageError(`project path ${abs} is not a directory`);
    }
    return abs;
}
async function checkProject(dir, opts = {}) {
    const env = opts.env ?? process.env;
    const abs = await projectDir(dir);
    const result = {
        dir: abs,
        platforms: [],
        problems: [],
        hints: [],
        worker: 'sync',
        requirements: [],
        dependencyFiles: []
    };
    const problems = result.problems;
    // python3 starts now and gets its question (the candidates depend on the project name, the
    // boot prediction on the expanded install-app part) once rockcraft.yaml is read: its start-up
    // overlaps ours. null: nothing to ask.
    let ask = () => { };
    const question = new Promise(resolve => (ask = resolve));
    const analysis = (opts.analysis
        ? opts.analysis.analyze(abs, question)
        : analyzeProject(abs, question, opts.python, env)).catch((err) => err);
    const listing = readdir(abs);
    // installed.ts (and its TOML parser) is loaded only for a project pip installs itself.
    const install = listing
        .then(async (names) => names.includes('pyproject.toml') || names.includes('setup.py')
        ? (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(501)]).then(__webpack_require__.bind(__webpack_require__, 1501))).predictInstall(abs)
        : undefined, () => undefined)
        .catch((err) => ({
        backend: 'unknown',
        file: 'pyproject.toml',
        modules: [],
        notes: [],
        unsure: [{ message: `cannot read the build configuration: ${err.message}` }]
    }));
    const requirements = readRequirements(abs);
    const projectFile = path.join(abs, PROJECT_FILE);
    let yaml;
    let at = () => ({ file: projectFile });
    const topLevel = await listing.catch((err) => {
        ask(null);
        throw new ProjectError(`cannot list project directory ${abs}: ${err.code ?? err.message}`);
    });
    try {
        // rockcraft.yaml
        if (await exists(projectFile)) {
            result.rockcraftFile = projectFile;
            const { text, problem } = await readProjectText(abs, PROJECT_FILE, MAX_PROJECT_FILE_BYTES);
            if (problem)
                problems.push(problem);
            if (text !== undefined) {
                result.rockcraftText = text;
                const loaded = loadProjectYaml(text, projectFile);
                if (loaded.problem)
                    problems.push(loaded.problem);
                yaml = loaded.data;
                if (loaded.at)
                    at = loaded.at;
            }
        }
        else {
            problems.push({ message: `Project file '${PROJECT_FILE}' not found in '${abs}'.` });
            result.hints.push({
                message: "write one with `flask-rock init` (or the action's `init: true`), shaped like `rockcraft init --profile flask-framework`"
            });
        }
        if (yaml) {
            result.name = str(yaml.name);
            result.version = str(yaml.version);
            result.base = str(yaml.base);
            result.buildBase = str(yaml['build-base']);
            if (isMapping(yaml.platforms))
                result.platforms = Object.keys(yaml.platforms);
            for (const field of unknownFields(yaml)) {
                problems.push({
                    message: `extra field '${field}' not permitted in top-level configuration`,
                    ...at([field])
                });
                const near = nearestField(field);
                if (near)
                    result.hints.push({ message: `'${field}': did you mean \`${near}\`?`, ...at([field]) });
            }
            // The Project model's required fields, in its order.
            for (const field of ['name', 'summary', 'description', 'base', 'platforms']) {
                if (!(field in yaml)) {
                    problems.push({
                        message: `field '${field}' required in top-level configuration`,
                        file: projectFile
                    });
                }
            }
            for (const [field, message] of nameVersionProblems(yaml)) {
                problems.push({ message, ...at([field]) });
            }
            for (const field of ['platforms', 'parts', 'services', 'environment', 'checks']) {
                const value = yaml[field];
                if (value !== undefined && value !== null && !isMapping(value)) {
                    problems.push({ message: `field '${field}' must be a mapping`, ...at([field]) });
                }
            }
            const extensions = Array.isArray(yaml.extensions) ? yaml.extensions : [];
            if (!extensions.includes(EXTENSION)) {
                problems.push({
                    message: `${PROJECT_FILE} does not use the ${EXTENSION} extension (add "extensions: [${EXTENSION}]")`,
                    ...at(['extensions'])
                });
            }
            for (const other of extensions.filter(e => e !== EXTENSION)) {
                problems.push({
                    message: `only the ${EXTENSION} extension is supported here, not ${JSON.stringify(other)}`,
                    ...at(['extensions'])
                });
            }
            const refusals = baseProblems(yaml, env);
            for (const message of refusals)
                problems.push({ message, ...at(['base']) });
            if (refusals.some(p => p.startsWith(`Extension '${EXTENSION}' does not support base`))) {
                result.hints.push({
                    message: `the ${EXTENSION} extension supports the bases ${SUPPORTED_BASES}`,
                    ...at(['base'])
                });
            }
            if (refusals.some(p => p.startsWith('Extension is experimental'))) {
                // Experimental support is only for 26.04: any other base is refused once enabled.
                const experimental = baseProblems(yaml, { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' });
                if (experimental.length === 0) {
                    result.hints.push({ message: EXPERIMENTAL_RESOLUTION, ...at(['base']) });
                    result.hints.push({ message: EXPERIMENTAL_DOCS, ...at(['base']) });
                    result.hints.push({ message: EXPERIMENTAL_HERE, ...at(['base']) });
                }
                else {
                    result.hints.push({
                        message: `the ${EXTENSION} extension supports the bases ${SUPPORTED_BASES}; base ${String(yaml.base)}${yaml['build-base'] ? ` with build-base ${String(yaml['build-base'])}` : ''} is not one of them`,
                        ...at(['base'])
                    });
                }
            }
        }
    }
    catch (err) {
        ask(null); // python3 is waiting for its question: let it go
        throw err;
    }
    const profile = yaml ? profileFor(yaml) : V1;
    const userCommand = yaml ? userFlaskCommand(yaml) : undefined;
    const userWsgi = userCommand
        ? wsgiOfCommand(userCommand, `/${profile.configDir}/gunicorn.conf.py`)
        : undefined;
    let installPart;
    if (yaml && primeProblems(yaml).length === 0) {
        installPart = expandedInstallApp(yaml, topLevel);
    }
    const installed = await install;
    if (installed) {
        const dependencies = yaml ? partName(yaml, 'dependencies') : `${EXTENSION}/dependencies`;
        result.install = installPrediction(abs, installed, dependencies);
    }
    // Dependencies: what they install is what an absolute import of their names finds.
    const reqs = await requirements;
    if (userCommand && (!userWsgi || !installPart))
        ask(null);
    else {
        ask({
            candidates: userCommand ? null : entrypointCandidates(result.name),
            wsgi: userWsgi,
            install: installPart ?? null,
            appDir: profile.appDir,
            installed: Object.fromEntries((installed?.modules ?? []).map(m => [m.name, m.path])),
            provided: providedImportNames(reqs.names)
        });
    }
    result.requirements = [...reqs.names].sort();
    result.worker = reqs.names.has('gevent') ? 'gevent' : 'sync';
    result.dependencyFiles = [...reqs.files, ...(result.rockcraftFile ? [result.rockcraftFile] : [])];
    result.hints.push(...reqs.hints);
    problems.push(...reqs.problems);
    if (reqs.crashes.length > 0)
        result.rockcraftCrashes = reqs.crashes;
    if (yaml && profile.uv)
        problems.push(...(await uvProblems(abs, yaml, topLevel, result)));
    if (!reqs.hasAny)
        problems.push({ message: MISSING_REQUIREMENTS });
    else if (reqs.problems.length === 0 && reqs.crashes.length === 0 && !reqs.names.has('flask')) {
        problems.push({ message: MISSING_FLASK, file: reqs.files[0] });
        result.hints.push(...(await flaskElsewhere(abs)));
    }
    const found = await analysis;
    if (found instanceof PythonMissingError) {
        // With the user's own command, only the boot prediction needed Python: go on without it.
        if (!userCommand)
            throw new ProjectError(found.message);
        result.hints.push({ message: `no boot prediction: ${found.message}` });
    }
    else if (found instanceof Error)
        throw found;
    if (found !== undefined && found !== null && !(found instanceof Error)) {
        const { hints, problem, wsgi, apps, boot, ships, installed: fromVenv } = found;
        result.hints.push(...hints.map(h => absolutize(abs, h)));
        if (!userCommand) {
            if (problem)
                problems.push(absolutize(abs, problem));
            result.wsgi = wsgi;
            // Where rockcraft looked and where the app is, unless a near miss already says why.
            if (problem && !problem.file && hints.length === 0) {
                result.hints.push(...entrypointHints(abs, result.name, profile.appDir, apps));
            }
        }
        if (boot && yaml) {
            result.boot = bootPrediction(abs, yaml, topLevel, boot, ships ?? [], result.rockcraftFile, profile, fromVenv ?? [], result.install);
        }
    }
    if (yaml) {
        for (const message of primeProblems(yaml)) {
            problems.push({ message, ...at(['parts', partName(yaml, 'install-app'), 'prime']) });
        }
        if (partSeparator(yaml) === '.' && isMapping(yaml.parts)) {
            // rockcraft#1345: from 26.04 on, part names hold no '/', and the extension's use '.'.
            for (const part of Object.keys(yaml.parts).filter(p => p.includes('/'))) {
                const ours = part.startsWith(`${EXTENSION}/`)
                    ? `: the extension's part is ${EXTENSION}.${part.slice(EXTENSION.length + 1)} on this base`
                    : '';
                problems.push({
                    message: `part name '${part}' contains '/', which rockcraft does not allow on base ${routingBaseOf(yaml)}${ours}`,
                    ...at(['parts', part])
                });
            }
        }
        for (const [field, message] of modelBaseProblems(yaml))
            problems.push({ message, ...at([field]) });
        if (yaml.base === 'bare') {
            if (!yaml['build-base']) {
                problems.push({
                    message: 'When "base" is "bare", a build-base must be specified.',
                    ...at(['base'])
                });
            }
            else if (!barePython(yaml)) {
                problems.push({
                    message: `Unable to determine the Python version for the build-base ${String(yaml['build-base'])}`,
                    ...at(['build-base'])
                });
            }
        }
    }
    // rockcraft that crashes on the project expands nothing
    if (yaml && problems.length === 0 && reqs.crashes.length === 0) {
        const snippet = rootSnippet(yaml, {
            topLevel,
            hasRequirementsTxt: reqs.hasRequirementsTxt,
            worker: result.worker,
            wsgi: result.wsgi
        });
        result.expanded = asProjectModel(applySnippet(yaml, snippet));
        const flat = unverifiedFlatLayout(result.expanded.parts?.[partName(yaml, 'install-app')]);
        if (profile === V2 && flat.length > 0) {
            result.hints.push({
                message: `${partName(yaml, 'install-app')} organizes ${flat.join(', ')} here; rockcraft#1348 copies such a flat layout in override-build instead, and its code could not be read (ROCKCRAFT_STATE): this part of the expansion may differ from rockcraft's`
            });
        }
    }
    return result;
}
const SUPPORTED_BASES = 'ubuntu@22.04, ubuntu@24.04 and bare with build-base ubuntu@22.04 or ubuntu@24.04 (and, experimental, ubuntu@26.04 and bare with build-base ubuntu@26.04)';
function routingBaseOf(yaml) {
    return routingBase(yaml) ?? String(yaml['build-base'] ?? yaml.base);
}
/** How to enable the experimental 26.04 extension here, beside rockcraft's own resolution. */
const EXPERIMENTAL_HERE = 'the 26.04 (V2) flask-framework extension is experimental in rockcraft: enable it with the action input experimental-extensions: true, or flask-rock check --experimental-extensions (both set ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS for the check and the pack)';
/** The expanded project as `rockcraft expand-extensions` prints it (yaml), or as JSON. */
function renderExpansion(expanded, format) {
    if (format === 'json')
        return JSON.stringify(expanded, null, 2) + '\n';
    return dumpPyYaml(expanded);
}

;// CONCATENATED MODULE: ./src/core/check-report.ts
// `flask-rock check --format json`: the check's result as a stable, documented schema (README,
// "Machine-readable check"). Paths are relative to the project directory. Fields are only added
// in later versions of schema 1, never renamed or removed.


const CHECK_SCHEMA = 1;
function checkReport(result) {
    const rel = (file) => file === undefined ? null : path.relative(result.dir, file) || '.';
    const located = (p) => ({
        message: p.message,
        file: rel(p.file),
        line: p.line ?? null,
        column: p.column ?? null
    });
    const boot = result.boot;
    const problems = [
        ...result.problems.map(p => ({ kind: 'rockcraft', ...located(p) })),
        ...packProblems(result).map(p => ({ kind: 'pack', ...located(p) })),
        ...(boot?.problems ?? []).map(p => ({ kind: 'boot', ...located(p) }))
    ];
    const fromVenv = new Set(boot?.installed ?? []);
    return {
        schema: CHECK_SCHEMA,
        ok: problems.length === 0,
        dir: result.dir,
        name: result.name ?? null,
        version: result.version ?? null,
        base: result.base ?? null,
        buildBase: result.buildBase ?? null,
        wsgi: result.wsgi ?? null,
        worker: result.worker,
        problems,
        warnings: [...(result.install?.warnings ?? []), ...(boot?.warnings ?? [])].map(located),
        hints: result.hints.map(located),
        ships: boot?.ships ?? null,
        installed: result.install
            ? {
                backend: result.install.backend,
                modules: result.install.modules.map(m => ({
                    module: m.name,
                    path: m.path,
                    package: m.package
                })),
                complete: !result.install.unsure
            }
            : null,
        boot: boot
            ? {
                modules: boot.graph.modules.map(m => ({
                    module: m.module,
                    file: m.file,
                    atBoot: m.boot,
                    installed: fromVenv.has(m.module.split('.')[0]),
                    shipped: m.shipped
                })),
                imports: boot.graph.imports.map(i => ({
                    from: i.from,
                    module: i.to,
                    line: i.line,
                    atBoot: i.boot,
                    status: i.status,
                    via: i.via
                })),
                complete: !boot.graph.truncated,
                fix: boot.fix ? { prime: boot.fix.prime ?? null, remove: boot.fix.remove ?? null } : null
            }
            : null
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/core/fix.ts
// `flask-rock check --fix`: writes the install-app prime list the boot prediction asks for into
// rockcraft.yaml. The file is edited as text at the places the yaml library's document locates:
// a round trip through the library would keep the comments but move some of them (it re-indents
// a comment under a key with no value), and the user's file should change only where it must.







function yamlText(entry) {
    return /^[A-Za-z0-9_][\w./-]*$/.test(entry) ? entry : JSON.stringify(entry);
}
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** The offset just past the line holding offset (after its newline, or the text's end). */
function nextLine(text, offset) {
    const nl = text.indexOf('\n', offset);
    return nl === -1 ? text.length : nl + 1;
}
function column(text, offset) {
    return offset - lineStart(text, offset);
}
function pairOf(node, key) {
    if (!isMap(node))
        return undefined;
    return node.items.find(p => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
}
function isEmpty(node) {
    return node === null || node === undefined || (isScalar(node) && node.value === null);
}
/** Block lines for `keys` (nested, the last holding the list), each `indent` deeper than the last. */
function block(keys, entries, indent, eol) {
    const pad = (n) => ' '.repeat(indent + 2 * n);
    return (keys.map((k, i) => `${pad(i)}${k}:${eol}`).join('') +
        entries.map(e => `${pad(keys.length)}- ${yamlText(e)}${eol}`).join(''));
}
/** Inserts `lines` (whole lines) at offset, which is a line start or the end of the text. */
function insertLines(text, offset, lines, eol) {
    const before = text.slice(0, offset);
    const sep = before.length > 0 && !before.endsWith('\n') ? eol : '';
    return before + sep + lines + text.slice(offset);
}
// The templates of `rockcraft init --profile flask-framework` and `flask-rock init`: a commented
// `# parts:` line, then the install-app part commented out under it. Lines are split at \n only,
// so a CRLF file's lines keep their \r and the block's last \n alone is dropped before the join.
const TEMPLATE_PARTS = /^#\s*parts:(?:\s.*)?$/;
const TEMPLATE_INSTALL_APP = /^#(\s+)flask-framework[./]install-app:\s*(?:#.*)?$/;
/**
 * Without a parts key, the template's commented `# parts:` line becomes the real one and the
 * commented install-app section under it gives way to the block: the fix then reads where the
 * user would have uncommented it, and no second `parts:` follows the commented one.
 */
function intoTemplate(text, lines, eol) {
    const all = text.split('\n');
    const at = all.findIndex(l => TEMPLATE_PARTS.test(l.replace(/\r$/, '')));
    if (at === -1)
        return undefined;
    let part = -1;
    let indent = 0;
    for (let i = at + 1; i < all.length; i++) {
        const line = all[i].replace(/\r$/, '');
        if (line.trim() !== '' && !line.startsWith('#'))
            break;
        const m = TEMPLATE_INSTALL_APP.exec(line);
        if (m) {
            part = i;
            indent = m[1].length;
            break;
        }
    }
    const real = `parts:${eol}`;
    if (part === -1) {
        return [...all.slice(0, at), real + lines(2).replace(/\n$/, ''), ...all.slice(at + 1)].join('\n');
    }
    // The section: the commented lines indented deeper than its key.
    let end = part + 1;
    while (end < all.length) {
        const m = /^#(\s*)\S/.exec(all[end]);
        if (!m || m[1].length <= indent)
            break;
        end++;
    }
    return [
        ...all.slice(0, at),
        real.replace(/\n$/, ''),
        ...all.slice(at + 1, part),
        lines(2).replace(/\n$/, ''),
        ...all.slice(end)
    ].join('\n');
}
/**
 * rockcraft.yaml with the prime list the fix asks for. The file's other lines stay as they are;
 * a layout this cannot edit in place (a flow mapping on the way) is a ProjectError naming the fix.
 */
function fixPrime(text, fix) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const doc = parseDocument(text, { version: '1.1', keepSourceTokens: true });
    if (doc.errors.length > 0 || !isMap(doc.contents)) {
        throw new ProjectError(`cannot fix ${PROJECT_FILE}: it does not parse as a mapping`);
    }
    // The part's name as the base's extension spells it (flask-framework.install-app on 26.04).
    const INSTALL_APP = partName(doc.toJS(), 'install-app');
    const where = `parts.${INSTALL_APP}.prime`;
    const cannot = (why) => new ProjectError(`cannot fix ${PROJECT_FILE} in place (${why}); set ${where} to [${(fix.prime ?? []).join(', ')}] yourself`);
    const parts = pairOf(doc.contents, 'parts');
    const part = pairOf(parts?.value, INSTALL_APP);
    const prime = pairOf(part?.value, 'prime');
    const existing = isSeq(prime?.value)
        ? prime.value.items.map(i => (isScalar(i) ? String(i.value) : ''))
        : [];
    let out = text;
    const changes = [];
    // Every entry of the list removed: prime: would be empty, which is the part's default list
    // (without the module the fix is for), so the whole include list takes the entries' place.
    let replaced = false;
    if (fix.remove && fix.remove.length > 0) {
        const seq = prime?.value;
        if (!isSeq(seq) || seq.flow)
            throw cannot('its prime list is not a block list');
        const remove = fix.remove;
        const removed = (i) => isScalar(i) && remove.includes(String(i.value));
        replaced = seq.items.every(removed) && (fix.prime?.length ?? 0) > 0;
        // from the last, so that earlier offsets stay valid
        for (const item of [...seq.items].reverse()) {
            if (!removed(item))
                continue;
            const range = item.range;
            out = out.slice(0, lineStart(out, range[0])) + out.slice(nextLine(out, range[1] - 1));
        }
        if (replaced) {
            const first = lineStart(out, seq.items[0].range[0]);
            out = insertLines(out, first, block([], fix.prime, column(text, seq.range[0]), eol), eol);
            changes.push(`replaced ${remove.join(', ')} in ${where} by what ships: ${fix.prime.join(', ')} (an empty prime list would ship the default list)`);
        }
        else
            changes.push(`removed ${remove.join(', ')} from ${where}`);
    }
    const added = replaced ? [] : (fix.prime ?? []).filter(e => !existing.includes(e));
    if (added.length > 0) {
        for (const node of [parts?.value, part?.value]) {
            if ((isMap(node) || isSeq(node)) && node.flow)
                throw cannot('it is written in flow style');
        }
        if (!parts) {
            out =
                intoTemplate(out, indent => block([INSTALL_APP, 'prime'], added, indent, eol), eol) ??
                    insertLines(out, out.length, block(['parts', INSTALL_APP, 'prime'], added, 0, eol), eol);
        }
        else if (isEmpty(parts.value)) {
            const at = nextLine(out, parts.key.range[1]);
            const indent = column(out, parts.key.range[0]) + 2;
            out = insertLines(out, at, block([INSTALL_APP, 'prime'], added, indent, eol), eol);
        }
        else if (!part) {
            const map = parts.value;
            const first = (isMap(map) ? map.items[0]?.key : undefined);
            if (!isMap(map) || !first)
                throw cannot('parts is not a mapping');
            const indent = column(out, first.range[0]);
            out = insertLines(out, nextLine(out, map.range[1] - 1), block([INSTALL_APP, 'prime'], added, indent, eol), eol);
        }
        else if (isEmpty(part.value)) {
            const at = nextLine(out, part.key.range[1]);
            const indent = column(out, part.key.range[0]) + 2;
            out = insertLines(out, at, block(['prime'], added, indent, eol), eol);
        }
        else if (!prime) {
            const map = part.value;
            const first = (isMap(map) ? map.items[0]?.key : undefined);
            if (!isMap(map) || !first)
                throw cannot(`${INSTALL_APP} is not a mapping`);
            const indent = column(out, first.range[0]);
            out = insertLines(out, nextLine(out, map.range[1] - 1), block(['prime'], added, indent, eol), eol);
        }
        else if (isEmpty(prime.value)) {
            const at = nextLine(out, prime.key.range[1]);
            const indent = column(out, prime.key.range[0]) + 2;
            out = insertLines(out, at, block([], added, indent, eol), eol);
        }
        else if (isSeq(prime.value) && prime.value.flow) {
            // [a, b]: the new entries before the closing bracket
            const close = out.lastIndexOf(']', prime.value.range[1]);
            const joined = added.map(yamlText).join(', ');
            out = `${out.slice(0, close).trimEnd()}${existing.length > 0 ? ', ' : ''}${joined}${out.slice(close)}`;
        }
        else if (isSeq(prime.value) && prime.value.items.length > 0) {
            const seq = prime.value;
            const indent = column(out, seq.range[0]);
            const last = seq.items[seq.items.length - 1];
            out = insertLines(out, nextLine(out, last.range[1] - 1), block([], added, indent, eol), eol);
        }
        else
            throw cannot('its prime entry is not a list');
        changes.push(prime && existing.length > 0
            ? `added ${added.join(', ')} to ${where}`
            : `wrote ${where}: ${added.join(', ')} (what ships today and what the rock lacks)`);
    }
    // The edit must say what the fix asked, read as the check reads the file.
    const loaded = loadProjectYaml(out, PROJECT_FILE);
    const parts2 = loaded.data?.parts;
    const part2 = isMapping(parts2) ? parts2[INSTALL_APP] : undefined;
    const got = isMapping(part2) && Array.isArray(part2.prime) ? part2.prime : [];
    const want = replaced
        ? fix.prime
        : [...existing.filter(e => !(fix.remove ?? []).includes(e)), ...added];
    if (loaded.problem || JSON.stringify(got) !== JSON.stringify(want)) {
        throw cannot('the edit would not read back as that list');
    }
    return { text: out, changes };
}
function errnoText(err) {
    const e = err;
    const why = {
        ENOSPC: 'no space left on the device',
        EDQUOT: 'disk quota exceeded',
        EACCES: 'permission denied',
        EPERM: 'operation not permitted',
        EROFS: 'read-only file system',
        ELOOP: 'it is a symlink'
    };
    return e.code ? `${e.code}${why[e.code] ? ` (${why[e.code]})` : ''}` : e.message;
}
/**
 * `check --fix`'s write: the fix applied to the file the check read, which must still hold what
 * the check read (`checked`) and be a regular file, not a symlink. The new text goes to a
 * temporary file beside it (same mode), synced, then renamed over it: a full disk or a crash
 * leaves the original whole, and the rename replaces the directory entry, never writing through
 * a symlink swapped in since. Throws ProjectError (one line) on any failure, the file unchanged.
 */
async function writeFix(file, checked, fix) {
    const name = path.basename(file);
    const unchanged = `${name} is unchanged`;
    let handle;
    try {
        handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW);
    }
    catch (err) {
        throw new ProjectError(`cannot fix ${name}: ${errnoText(err)}; edit it yourself`);
    }
    let info;
    let now;
    try {
        info = await handle.stat();
        if (!info.isFile())
            throw new ProjectError(`cannot fix ${name}: it is not a regular file`);
        now = await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
    if (now !== checked) {
        throw new ProjectError(`${name} changed since the check read it; run flask-rock check --fix again (${unchanged})`);
    }
    const { text, changes } = fixPrime(now, fix);
    const temp = path.join(path.dirname(file), `.${name}.flask-rock-fix-${randomBytes(6).toString('hex')}`);
    try {
        const out = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
        try {
            await out.writeFile(text);
            await out.chmod(info.mode & 0o7777);
            await out.sync();
        }
        finally {
            await out.close();
        }
        // The same file as the check read, still: nothing swapped in, nothing written since.
        const again = await lstat(file);
        if (!again.isFile() ||
            again.ino !== info.ino ||
            again.dev !== info.dev ||
            again.mtimeMs !== info.mtimeMs ||
            again.size !== info.size) {
            throw new ProjectError(`${name} changed since the check read it; run flask-rock check --fix again (${unchanged})`);
        }
        await rename(temp, file);
    }
    catch (err) {
        await unlink(temp).catch(() => undefined);
        if (err instanceof ProjectError)
            throw err;
        throw new ProjectError(`cannot write the fix to ${name}: ${errnoText(err)} (${unchanged})`);
    }
    // The rename itself made durable; a directory that cannot be synced changes nothing above.
    const dir = await open(path.dirname(file), constants.O_RDONLY).catch(() => undefined);
    await dir?.sync().catch(() => undefined);
    await dir?.close();
    return changes;
}

;// CONCATENATED MODULE: ./src/core/init.ts
// A rockcraft.yaml for a project that has none, shaped like `rockcraft init --profile flask-framework`:
// the same fields and the same commented-out sections, so the parts a user will need next (the
// install-app prime list, build packages, runtime slices) are there to uncomment.






const DOCS = 'https://documentation.ubuntu.com/rockcraft/latest';
/** rockcraft's fallback when no valid name can be made from the directory name. */
const DEFAULT_NAME = 'my-rock-name';
const BASES = (/* unused pure expression or super */ null && (['bare', 'ubuntu@22.04', 'ubuntu:22.04', 'ubuntu@24.04', 'ubuntu@26.04']));
/** rockcraft init's build-base for a bare rock. */
const BARE_BUILD_BASE = 'ubuntu@24.04';
/**
 * A valid project name made from a directory name, and what was changed to get it:
 * `My_Flask_App` -> `my-flask-app` ("lower-cased; '_' replaced by '-'").
 */
function nameFromFolder(folder) {
    const changes = [];
    let name = folder;
    if (name !== name.toLowerCase()) {
        name = name.toLowerCase();
        changes.push('lower-cased');
    }
    const replaced = [...new Set(name.match(/[^a-z0-9-]/g) ?? [])];
    if (replaced.length > 0) {
        name = name.replace(/[^a-z0-9-]+/g, '-');
        changes.push(`${replaced.map(c => `'${c}'`).join(', ')} replaced by '-'`);
    }
    const tidy = name.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
    if (tidy !== name)
        changes.push('repeated, leading and trailing hyphens dropped');
    name = tidy;
    if (name.length > 40) {
        name = name.slice(0, 40).replace(/-+$/, '');
        changes.push('cut to 40 characters');
    }
    if (!isValidProjectName(name))
        return { name: DEFAULT_NAME, changes: ['no letter left'] };
    return { name, changes };
}
/** rockcraft.yaml text; the values are validated by the caller. */
function renderRockcraftYaml(name, base, version) {
    const baseLines = base === 'bare'
        ? [
            'base: bare # an ubuntu base such as ubuntu@24.04 is the alternative',
            `build-base: ${BARE_BUILD_BASE} # required when the base is bare`
        ]
        : [`base: ${base}`];
    // The 26.04 (V2) extension names its parts with '.' and puts the project in /app.
    const yaml = base === 'bare' ? { base, 'build-base': BARE_BUILD_BASE } : { base };
    const { appDir, experimental } = profileFor(yaml);
    const installApp = partName(yaml, 'install-app');
    const dependencies = partName(yaml, 'dependencies');
    return [
        `# flask-framework reference: ${DOCS}/reference/extensions/flask-framework`,
        ...(experimental
            ? [
                `# the ${base} flask-framework extension is experimental: rockcraft needs`,
                '# ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=1 (the action: experimental-extensions: true;',
                '# flask-rock check --experimental-extensions)'
            ]
            : []),
        '',
        `name: ${name}`,
        `# bases, and 'bare' bases for chiselled rocks: ${DOCS}/explanation/bases/`,
        ...baseLines,
        `version: "${version}" # for humans; semantic versioning is recommended`,
        'summary: A summary of your Flask application # up to 79 characters',
        'description: |',
        `  This is ${name}'s description. Say in a paragraph or two what the`,
        '  application does and who it is for.',
        '# the architectures to build on and run on (`dpkg --print-architecture` shows yours)',
        'platforms:',
        '  amd64:',
        '  # arm64:',
        '  # ppc64el:',
        '  # s390x:',
        '',
        '# the extension expects app.py (or main.py, app/, src/) with an `app` object as the',
        '# WSGI entrypoint, and requirements.txt or pyproject.toml listing flask.',
        'extensions:',
        '  - flask-framework',
        '',
        '# uncomment the sections you need.',
        '# parts: # uncomment this line to add or change any part',
        '',
        `#   ${installApp}:`,
        '#     prime:',
        '#       # only app/, app.py, main.py, src/, migrate, migrate.sh, migrate.py, static/ and',
        '#       # templates/ go into the rock by default. Listing entries here replaces that list:',
        '#       # keep the defaults you use, and add every module your app imports (config.py...).',
        `#       # each entry is "${appDir}/" followed by the path in the project.`,
        `#       - ${appDir}/app.py`,
        `#       - ${appDir}/config.py`,
        `#       - ${appDir}/templates`,
        `#       - ${appDir}/static`,
        '',
        '# Ubuntu packages needed to build a Python dependency:',
        `#   ${dependencies}:`,
        '#     build-packages:',
        '#       # for example, to build a package that needs pkg-config and libxmlsec1-dev:',
        '#       - pkg-config',
        '#       - libxmlsec1-dev',
        '',
        '# package slices (subsets of Debian packages: smaller, safer images) or whole Debian',
        `# packages in the rock. Slices: https://github.com/canonical/chisel-releases, ${DOCS}/explanation/chisel/`,
        '#   runtime-slices:',
        '#     plugin: nil',
        '#     stage-packages:',
        '#       # for example, the libs slice of libpq5:',
        '#       - libpq5_libs',
        '',
        '#   runtime-debs:',
        '#     plugin: nil',
        '#     stage-packages:',
        '#       - libpq5',
        ''
    ].join('\n');
}
async function initRockcraftYaml(dir, opts = {}) {
    const abs = path.resolve(dir);
    try {
        if (!(await stat(abs)).isDirectory()) {
            throw new ProjectUsageError(`project path ${abs} is not a directory`);
        }
    }
    catch (err) {
        if (err instanceof ProjectUsageError)
            throw err;
        throw new ProjectUsageError(`project directory ${abs} does not exist`);
    }
    if (opts.name !== undefined && !isValidProjectName(opts.name)) {
        throw new ProjectUsageError(`--name: ${INVALID_NAME} Got '${opts.name}'.`);
    }
    let name = opts.name;
    let nameNote;
    if (name === undefined) {
        const folder = path.basename(abs);
        const derived = nameFromFolder(folder);
        name = derived.name;
        if (derived.changes.length > 0) {
            nameNote = `name: ${name} (from the folder name ${JSON.stringify(folder)}: ${derived.changes.join('; ')}; rockcraft names use lower-case letters, digits and single hyphens). Change it in rockcraft.yaml or pass --name`;
        }
    }
    const base = opts.base ?? 'bare';
    if (!BASES.includes(base)) {
        throw new ProjectUsageError(`--base: the flask-framework extension supports ${BASES.join(', ')}; not '${base}'`);
    }
    const version = opts.version ?? '0.1';
    if (!isValidVersion(version) || version.length > 32) {
        throw new ProjectUsageError(`--version: ${version.length > 32 ? 'at most 32 characters' : INVALID_VERSION} Got '${version}'.`);
    }
    const file = path.join(abs, 'rockcraft.yaml');
    let handle;
    try {
        // "wx": never over an existing file, even one created a moment ago.
        handle = await open(file, 'wx');
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST')
            return { path: file, written: false };
        throw new ProjectError(`cannot write ${file}: ${code ?? err.message}`);
    }
    try {
        await handle.writeFile(renderRockcraftYaml(name, base, version));
    }
    finally {
        await handle.close();
    }
    return { path: file, written: true, nameNote };
}

;// CONCATENATED MODULE: ./src/core/index.ts
// The pure core shared by the action and the flask-rock CLI.






// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 351 modules
var cache = __webpack_require__(1435);
// EXTERNAL MODULE: ./src/registry/image-ref.ts
var image_ref = __webpack_require__(8230);
// EXTERNAL MODULE: ./src/smoke/probes.ts
var probes = __webpack_require__(7294);
// EXTERNAL MODULE: ./src/smoke/error.ts
var error = __webpack_require__(6803);
// EXTERNAL MODULE: ./src/smoke/deployer.ts
var deployer = __webpack_require__(5365);
;// CONCATENATED MODULE: ./src/action/context.ts
// Every input of action.yml, read and validated once, before anything is installed or run.






/** A user mistake in an input: reported as one clear line, never a stack trace. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
// The runner applies action.yml defaults; a local run or a test may leave them unset.
const DEFAULTS = {
    'project-path': '.',
    'check-only': 'false',
    init: 'false',
    'rockcraft-channel': 'latest/stable',
    'build-mode': 'auto',
    verbosity: 'brief',
    cache: 'true',
    'experimental-extensions': 'false',
    'smoke-test': 'true',
    worker: 'auto',
    'smoke-path': '/',
    'smoke-timeout': '120',
    'smoke-migrate': 'false',
    'smoke-services': 'report',
    'push-from-forks': 'false',
    'reuse-rock': 'false',
    'reuse-rock-max-age': '7d'
};
// Snap channels: [<track>/]<risk>[/<branch>].
const CHANNEL = /^(?:[a-z0-9][a-z0-9._-]{0,63}\/)?(?:stable|candidate|beta|edge)(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,63})?$/;
// A Docker/OCI image reference: [registry[:port]/]path[:tag][@digest], lower-case path.
const IMAGE_REF = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?(?::[0-9]{1,5})?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
// eslint-disable-next-line no-control-regex
const SPACE_OR_CONTROL = /[\s\x00-\x1f\x7f]/;
const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
function oneOf(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new InputError(`Input '${name}' must be one of ${allowed.join(', ')}; got '${value}'`);
}
function bool(name, value) {
    if (/^(true|True|TRUE)$/.test(value))
        return true;
    if (/^(false|False|FALSE)$/.test(value))
        return false;
    throw new InputError(`Input '${name}' must be true or false; got '${value}'`);
}
function integer(name, value, min, max) {
    if (!/^[0-9]{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new InputError(`Input '${name}' must be a whole number from ${min} to ${max}; got '${value}'`);
    }
    return Number(value);
}
/**
 * The reference with its repository in lower case, as registries require and as
 * docker/metadata-action writes `ghcr.io/${{ github.repository }}` for an owner or name with
 * capitals; the host and the tag keep theirs. A first part with capitals and no '.' or ':port' is
 * left alone: Docker reads it as a host, and parseImageRef says so.
 */
function lowerCaseRepository(ref) {
    const at = ref.indexOf('@');
    const named = at >= 0 ? ref.slice(0, at) : ref;
    const colon = named.lastIndexOf(':');
    const end = colon > named.lastIndexOf('/') ? colon : named.length;
    const slash = named.indexOf('/');
    const first = slash < 0 ? '' : named.slice(0, slash);
    const hasHost = /[.:]/.test(first) || first === 'localhost';
    if (slash >= 0 && !hasHost && first !== first.toLowerCase())
        return ref;
    const start = hasHost ? slash + 1 : 0;
    return ref.slice(0, start) + ref.slice(start, end).toLowerCase() + ref.slice(end);
}
function parseImageRef(name, value) {
    if (value.length > 255 || !IMAGE_REF.test(value)) {
        throw new InputError(`Input '${name}' is not a valid image reference: '${value}'`);
    }
    // Docker and skopeo read a first part with capitals as a registry host ('Org/app' is host Org),
    // which is never what was meant when it has no '.' or ':port'.
    const first = value.split('/')[0];
    if (value.includes('/') && !/[.:]/.test(first) && first !== first.toLowerCase()) {
        throw new InputError(`Input '${name}' is not a valid image reference: '${value}': Docker would read '${first}' as a registry host; repository names are lower case ('${first.toLowerCase()}/...'), a registry host has a '.' or a ':port'`);
    }
    return value;
}
/**
 * An image reference input with its repository lower-cased (with a notice saying so), as
 * `ghcr.io/${{ github.repository }}` needs for an owner or name with capitals.
 */
function lowerCasedRef(name, ref, doing) {
    const lower = lowerCaseRepository(ref);
    if (lower === ref)
        return parseImageRef(name, ref);
    try {
        parseImageRef(name, lower);
    }
    catch (err) {
        parseImageRef(name, ref); // refused in the user's own words (capitals never make it valid)
        throw err;
    }
    runner_io/* notice */.lm(`Input '${name}': ${doing} ${lower}, not ${ref}: registries take repository names in lower case only`);
    return lower;
}
/** KEY=VALUE lines; blank lines and # comments skipped; spaces around the = dropped, quotes kept. */
function parseEnvLines(name, text) {
    const env = {};
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const eq = line.indexOf('=');
        const key = eq > 0 ? line.slice(0, eq).trim() : '';
        if (!ENV_KEY.test(key)) {
            // Never echo the line: it may hold a secret.
            throw new InputError(`Input '${name}' line ${i + 1} is not KEY=VALUE with a valid variable name`);
        }
        if (raw.includes('\0'))
            throw new InputError(`Input '${name}' line ${i + 1} holds a NUL byte`);
        if (line.includes('\r')) {
            throw new InputError(`Input '${name}' line ${i + 1} holds a carriage return inside its value (Docker's env file cannot carry one)`);
        }
        env[key] = line.slice(eq + 1).trimStart();
    });
    return env;
}
// smoke-env values masked in the log: those of variables named like a secret, and URLs carrying a
// password. Flags and numbers are left alone (masking "true" would hide every "true" in the log).
// Long words count anywhere in the name; short ones only as a whole word between '_', '-' or '.'
// (PWD in DB_PWD, SK in STRIPE_SK, not in TASK_QUEUE or SKU; PASS in SMTP_PASS, not in BYPASS).
const SECRET_NAME = /SECRET|TOKEN|PASSW(OR)?D|PASSPHRASE|KEY|CREDENTIAL|PRIVATE|AUTH|COOKIE|SESSION|DSN|JWT|BEARER|SIGNING|SIGNATURE|HMAC|SALT/i;
const SECRET_WORD = /^(PASS|PWD|PW|SK|PEM|OTP|TOTP|PIN|CERT)$/i;
const secretName = (key) => SECRET_NAME.test(key) || key.split(/[_.-]/).some(word => SECRET_WORD.test(word));
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:[^/@\s]+@/i;
const NOT_SECRET = /^(true|false|yes|no|on|off|[0-9]{1,5})$/i;
function maskSecretLooking(env) {
    for (const [key, value] of Object.entries(env)) {
        if (value === '' || NOT_SECRET.test(value))
            continue;
        if (secretName(key) || URL_WITH_PASSWORD.test(value))
            runner_io/* setSecret */.Pq(value);
    }
}
/** References one per line or comma-separated, as docker/metadata-action writes its `tags`. */
function refList(text) {
    return text
        .split(/[\n,]/)
        .map(s => s.trim())
        .filter(s => s !== '');
}
function parseInputs(read, workspace = process.cwd()) {
    const get = (name) => {
        const v = read(name).trim();
        return v === '' ? (DEFAULTS[name] ?? '') : v;
    };
    const channel = get('rockcraft-channel');
    if (!CHANNEL.test(channel)) {
        throw new InputError(`Input 'rockcraft-channel' is not a snap channel ([<track>/]<risk>[/<branch>], e.g. latest/stable): '${channel}'`);
    }
    const revision = get('rockcraft-revision');
    if (revision !== '' && !/^[1-9][0-9]{0,8}$/.test(revision)) {
        throw new InputError(`Input 'rockcraft-revision' must be a snap revision number; got '${revision}'`);
    }
    const smokePath = get('smoke-path');
    if (!smokePath.startsWith('/') || smokePath.length > 2048 || SPACE_OR_CONTROL.test(smokePath)) {
        throw new InputError(`Input 'smoke-path' must be a URL path starting with '/' without spaces`);
    }
    const expect = get('smoke-expect-status');
    const smokeProbes = smokeInput('smoke-probes', () => (0,probes/* parseProbes */.f4)(read('smoke-probes')));
    if (smokeProbes.length === 0) {
        smokeProbes.push({
            method: 'GET',
            path: smokePath,
            expect: expect === '' ? undefined : integer('smoke-expect-status', expect, 100, 599)
        });
    }
    const smokeConcurrency = smokeInput('smoke-concurrency', () => (0,probes/* parseConcurrency */.nY)(get('smoke-concurrency') || '0'));
    const image = get('image');
    if (image.includes('@')) {
        throw new InputError(`Input 'image' names a digest ('${image}'): the rock is loaded into Docker under a tag, e.g. ghcr.io/org/app:test`);
    }
    const push = refList(get('push')).map(ref => {
        // docker/build-push-action's `push: true` would otherwise be an image named true on Docker Hub.
        if (/^(true|false|yes|no|on|off)$/i.test(ref)) {
            throw new InputError(`Input 'push' takes image references, not '${ref}': name where to push (push: ghcr.io/org/app:1.0, one per line or comma-separated), or leave it out to push nothing`);
        }
        return lowerCasedRef('push', ref, 'pushing to');
    });
    const digestPush = push.find(ref => ref.includes('@'));
    if (digestPush) {
        const repository = digestPush.slice(0, digestPush.indexOf('@'));
        throw new InputError(`Input 'push' names a digest ('${digestPush}'), which cannot be pushed to: give a tag (${repository}:1.0), or the repository alone (${repository}) to push by digest`);
    }
    const manifest = refList(read('manifest')).map(ref => parseImageRef('manifest', ref));
    if (manifest.length > 0) {
        const problem = (0,image_ref/* mergeProblem */.WF)(manifest, push);
        if (problem)
            throw new InputError(`Inputs 'manifest' and 'push': ${problem}`);
        const set = (name) => name === 'rock' ? get(name) !== '' : bool(name, get(name));
        const other = ['rock', 'check-only', 'init'].find(set);
        if (other) {
            throw new InputError(`Input '${other}' cannot be combined with 'manifest': with 'manifest' the action only merges images already pushed`);
        }
    }
    const password = read('registry-password');
    if (password !== '')
        runner_io/* setSecret */.Pq(password);
    const username = get('registry-username');
    // The auth file joins user and password with ':' (RFC 7617): a user name cannot hold one.
    if (username.includes(':'))
        throw new InputError(`Input 'registry-username' cannot contain ':'`);
    // A lone username is no mistake in a fork's pull request, where secrets are withheld:
    // publishing decides, knowing the event.
    const registry = get('registry');
    const hosts = (name, text) => refList(text).map(given => {
        const host = (0,image_ref/* hostOf */.w4)(given);
        if (host === undefined) {
            throw new InputError(`Input '${name}' names registry hosts (registry.example.com:5000, 10.0.0.5:5000, localhost:5000); got '${given}'`);
        }
        return host;
    });
    const insecureRegistries = hosts('insecure-registries', read('insecure-registries'));
    const insecurePassword = hosts('insecure-registry-password', read('insecure-registry-password'));
    const notInsecure = insecurePassword.find(host => !insecureRegistries.includes(host));
    if (notInsecure) {
        throw new InputError(`Input 'insecure-registry-password' names ${notInsecure}, which is not in 'insecure-registries': the password goes over TLS there anyway`);
    }
    if (push.length > 0 && (password !== '' || registry !== '')) {
        const credentials = (0,image_ref/* credentialHost */.W9)([...manifest, ...push], registry);
        if ('problem' in credentials) {
            throw new InputError(`Inputs 'registry', 'push' and 'registry-password': ${credentials.problem}`);
        }
        const problem = password !== '' &&
            (0,image_ref/* insecurePasswordProblem */.PV)(credentials.host, insecureRegistries, insecurePassword);
        if (problem)
            throw new InputError(`Input 'registry-password': ${problem}`);
    }
    const smokeEnv = parseEnvLines('smoke-env', read('smoke-env'));
    maskSecretLooking(smokeEnv);
    smokeInput('smoke-env', () => (0,deployer/* refuseEmptyDeployerValues */.E9)(smokeEnv));
    const cacheScope = get('cache-scope');
    if (cacheScope !== '' && !/^[A-Za-z0-9._-]{1,64}$/.test(cacheScope)) {
        throw new InputError(`Input 'cache-scope' must be up to 64 letters, digits, '.', '_' or '-'; got '${cacheScope}'`);
    }
    const platform = get('platform');
    if (platform !== '' && !/^[A-Za-z0-9][A-Za-z0-9._:+-]{0,99}$/.test(platform)) {
        throw new InputError(`Input 'platform' must be a platform name from rockcraft.yaml; got '${platform}'`);
    }
    // DOCKER_HOST's own syntax: unix://, tcp://, ssh://, fd:// or npipe:// and an address.
    const dockerHost = get('docker-host') || (process.env.DOCKER_HOST ?? '').trim();
    if (dockerHost !== '' && !/^(unix|tcp|ssh|fd|npipe):\/\/[^\s]+$/.test(dockerHost)) {
        throw new InputError(`Input 'docker-host' (default: DOCKER_HOST) must be a Docker daemon address such as unix:///var/run/docker.sock or tcp://127.0.0.1:2375; got '${dockerHost}'`);
    }
    // Input compare-to (src/diff): a reference the rock is compared with after its smoke test.
    const compareTo = get('compare-to') === '' ? '' : lowerCasedRef('compare-to', get('compare-to'), 'comparing with');
    // Inputs reuse-rock and reuse-rock-max-age (src/reuse): "12h" or "7d", up to 90 days.
    const reuseRock = bool('reuse-rock', get('reuse-rock'));
    const maxAge = /^([0-9]{1,4})([hd])$/.exec(get('reuse-rock-max-age'));
    const reuseRockMaxAgeMs = maxAge
        ? Number(maxAge[1]) * (maxAge[2] === 'h' ? 3_600_000 : 86_400_000)
        : NaN;
    if (!(reuseRockMaxAgeMs > 0 && reuseRockMaxAgeMs <= 90 * 86_400_000)) {
        throw new InputError(`Input 'reuse-rock-max-age' must be hours or days up to 90 days (12h, 7d); got '${get('reuse-rock-max-age')}'`);
    }
    const rock = get('rock');
    return {
        projectPath: external_node_path_.resolve(workspace, get('project-path')),
        checkOnly: bool('check-only', get('check-only')),
        init: bool('init', get('init')),
        rockcraftChannel: channel,
        rockcraftRevision: revision,
        buildMode: oneOf('build-mode', get('build-mode'), ['auto', 'lxd', 'destructive']),
        verbosity: oneOf('verbosity', get('verbosity'), [
            'quiet',
            'brief',
            'verbose',
            'debug',
            'trace'
        ]),
        cache: bool('cache', get('cache')),
        cacheScope,
        platform,
        experimentalExtensions: bool('experimental-extensions', get('experimental-extensions')),
        rock: rock === '' ? '' : external_node_path_.resolve(workspace, rock),
        smokeTest: bool('smoke-test', get('smoke-test')),
        worker: oneOf('worker', get('worker'), ['auto', 'sync', 'gevent']),
        image: image === '' ? '' : parseImageRef('image', image),
        smokePath,
        smokeExpectStatus: expect === '' ? undefined : integer('smoke-expect-status', expect, 100, 599),
        smokeTimeoutSec: integer('smoke-timeout', get('smoke-timeout'), 1, 3600),
        smokeEnv,
        smokeProbes,
        smokeConcurrency,
        smokeMigrate: oneOf('smoke-migrate', get('smoke-migrate'), ['auto', 'true', 'false']),
        smokeServices: oneOf('smoke-services', get('smoke-services'), ['report', 'require']),
        push,
        manifest,
        registryUsername: username,
        registryPassword: password,
        registry,
        dockerHost,
        insecureRegistries,
        insecurePassword,
        pushFromForks: bool('push-from-forks', get('push-from-forks')),
        compareTo,
        reuseRock,
        reuseRockMaxAgeMs
    };
}
/** A smoke test input parsed by the smoke code: its complaint becomes the input's. */
function smokeInput(name, parse) {
    try {
        return parse();
    }
    catch (err) {
        if (err instanceof error/* SmokeError */.M)
            throw new InputError(`Input '${name}': ${err.message}`);
        throw err;
    }
}
/** The inputs of this run, from the runner's INPUT_ variables. */
function getInputs() {
    return parseInputs(name => runner_io/* getInput */.V4(name), process.env.GITHUB_WORKSPACE || process.cwd());
}

// EXTERNAL MODULE: ./src/rock/error.ts
var rock_error = __webpack_require__(8331);
// EXTERNAL MODULE: ./src/rock/tar.ts
var tar = __webpack_require__(8954);
;// CONCATENATED MODULE: ./src/pack/cache-archive.ts
// A pack cache archive, judged before root unpacks it. Anyone who can write a cache entry of the
// repository (any workflow run of it, a pull request's among them) chooses its bytes, and root's
// tar recreates what they hold; tar itself refuses only the classic escapes (absolute names, '..').
// So the archive is listed first, here, by its headers alone, and refused whole when it holds what
// the build's caches never hold:
// - a symbolic link whose target is absolute or leaves the cached tree (the root build would
//   write through it), a hard link to a name outside the tree, an entry below a link;
// - a device node, a FIFO, or any entry type the save never writes;
// - a setuid or setgid file. How we tell the build did not make it: the caches hold downloads only
//   (wheels, debs, chisel's slices, Go modules, the base image's blobs): archives, never installed
//   programs, which live in parts/ and prime/, never cached. So no setuid or setgid file in them
//   was made by the build;
// - a world-writable file, a world-writable directory without the sticky bit, or a cached tree's
//   root writable by group or others (a cache root made 0777 lets any user swap what root reads);
// - an extended attribute outside the user.* namespace (file capabilities are security.*): the
//   save archives user.* only, so anything else was not written by it;
// - an entry outside the tree the archive is for.
// The archive is read by the one tar grammar the rock's read uses (src/rock/tar.ts).




const MAX_ENTRIES = 5_000_000;
/** The entries of an uncompressed tar archive, headers only (bodies are skipped, not read). */
async function cacheEntries(archive) {
    const file = await (0,promises_.open)(archive, 'r');
    try {
        let count = 0;
        const headers = await (0,tar/* listTar */.wl)(file, {
            check: () => {
                if (++count > MAX_ENTRIES)
                    throw new rock_error/* RockError */.O('it holds too many entries');
            },
            onEntry: h => {
                // Only a file has a body; any other entry with one is not the save's.
                if (h.type !== 'file' && h.declaredSize !== 0) {
                    throw new rock_error/* RockError */.O(`${show(h.path)} is an entry of type '${h.flag}' with a body`);
                }
            }
        });
        return headers.map(h => ({
            path: normalName(h.path),
            type: h.flag === '\0' ? '0' : h.flag,
            mode: h.mode,
            linkname: h.linkname,
            xattrs: h.xattrs
        }));
    }
    finally {
        await file.close();
    }
}
function normalName(name) {
    let n = name;
    while (n.startsWith('./'))
        n = n.slice(2);
    n = n.replace(/\/+$/, '');
    return n === '' ? '.' : n;
}
/** A name for the log: quoted, control characters escaped, at most 200 characters. */
function show(name) {
    const quoted = JSON.stringify(name);
    return quoted.length > 200 ? `${quoted.slice(0, 197)}..."` : quoted;
}
/** Whether `p` (normalized, relative) is `root` or below it; root '.' holds every relative name. */
function within(p, root) {
    if (external_node_path_.posix.isAbsolute(p) || p === '..' || p.startsWith('../'))
        return false;
    return root === '.' || p === root || p.startsWith(`${root}/`);
}
const TYPES = {
    '3': 'a character device node',
    '4': 'a block device node',
    '6': 'a FIFO'
};
/**
 * Why root must not unpack this archive into the tree `member` ('.' for the whole directory), or
 * undefined. One reason, the first found.
 */
function cacheEntriesProblem(entries, member) {
    const links = new Set();
    for (const e of entries) {
        const name = show(e.path);
        if (external_node_path_.posix.isAbsolute(e.path) || e.path.split('/').includes('..')) {
            return `${name} names a place outside the cache`;
        }
        if (!within(e.path, member))
            return `${name} is outside ${member}, which this archive is for`;
        const parts = e.path.split('/');
        for (let i = 1; i < parts.length; i++) {
            if (links.has(parts.slice(0, i).join('/')))
                return `${name} lies below a link`;
        }
        if (TYPES[e.type])
            return `${name} is ${TYPES[e.type]}`;
        if (!['0', '1', '2', '5'].includes(e.type)) {
            return `${name} is an entry of type '${e.type}', which the cache save never writes`;
        }
        if (e.type === '2') {
            links.add(e.path);
            const target = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(e.path), e.linkname));
            if (external_node_path_.posix.isAbsolute(e.linkname) || !within(target, member)) {
                return `${name} is a link to ${show(e.linkname)}, outside the cache`;
            }
        }
        if (e.type === '1') {
            const target = normalName(e.linkname);
            if (target.split('/').includes('..') || !within(target, member)) {
                return `${name} is a hard link to ${show(e.linkname)}, outside the cache`;
            }
        }
        const foreign = e.xattrs.find(x => !x.startsWith('user.'));
        if (foreign !== undefined) {
            return `${name} carries the extended attribute ${show(foreign)} (the cache save keeps user.* only)`;
        }
        if (e.type === '2')
            continue; // a link's own mode means nothing
        if (e.type !== '5' && e.mode & 0o6000) {
            return `${name} is setuid or setgid (mode ${(e.mode & 0o7777).toString(8)}), which no download the build caches is`;
        }
        if (e.path === member && e.mode & 0o022) {
            return `the cache's root ${name} is writable by ${e.mode & 0o002 ? 'anyone' : 'its group'} (mode ${(e.mode & 0o7777).toString(8)})`;
        }
        if (e.mode & 0o002 && !(e.type === '5' && e.mode & 0o1000)) {
            return `${name} is writable by anyone (mode ${(e.mode & 0o7777).toString(8)})`;
        }
    }
    return undefined;
}
/** Lists the archive and judges it for `member`; an unreadable or malformed archive is refused too. */
async function cacheArchiveProblem(archive, member) {
    try {
        return cacheEntriesProblem(await cacheEntries(archive), member);
    }
    catch (err) {
        if (err instanceof rock_error/* RockError */.O)
            return `it is no archive the cache save writes: ${err.message}`;
        throw err;
    }
}

// EXTERNAL MODULE: ./src/process/interrupt.ts
var interrupt = __webpack_require__(1690);
;// CONCATENATED MODULE: ./src/action/report.ts
// What one run did, step by step: filled by main.ts as data flows through, read by the job summary.

/** A duration for the log and the summary: "12.3 s". */
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/** A duration that may be short: "16 ms" below a second (not "0.0 s"), else as seconds() says. */
function duration(ms) {
    return Math.round(ms) < 1000 ? `${Math.round(ms)} ms` : seconds(ms);
}
/**
 * What was pushed, the digest named once: `app:1, app:latest @ sha256:...`; a reference pushed by
 * digest (repository@sha256:...) holds it already and is shown as it is.
 */
function pushedText(images, digest) {
    const tagged = images.filter(ref => !ref.includes('@'));
    const pinned = images.filter(ref => ref.includes('@'));
    const withTags = tagged.length === 0 ? [] : [`${tagged.join(', ')}${digest ? ` @ ${digest}` : ''}`];
    return [...withTags, ...pinned].join(', ');
}
/**
 * One line for a failure: its first line, or, when that line only announces a list ("rockcraft
 * would refuse this project:"), that line with the list's first item and how many more follow.
 */
function headline(message) {
    const [first, ...rest] = message.split(/\r?\n/);
    const items = rest.map(l => l.trim()).filter(l => l !== '');
    if (!first.trimEnd().endsWith(':') || items.length === 0)
        return first;
    const more = items.length - 1;
    return `${first.trimEnd()} ${items[0].replace(/^- /, '')}${more > 0 ? ` (and ${more} more)` : ''}`;
}
function newReport() {
    return { steps: [] };
}
/**
 * Runs one step of the pipeline, recording its outcome and duration. A failure is recorded and
 * rethrown, so the caller stops at the first failed step.
 */
async function runStep(report, name, body) {
    const started = Date.now();
    try {
        const { value, detail } = await body();
        report.steps.push({ name, outcome: 'passed', durationMs: Date.now() - started, detail });
        return value;
    }
    catch (err) {
        // A run by hand stopped by Ctrl-C or a kill: the step did not fail, it was stopped.
        const signal = interrupted();
        if (signal) {
            report.steps.push({
                name,
                outcome: 'interrupted',
                durationMs: Date.now() - started,
                detail: `interrupted (${signal})`
            });
            report.interrupted ??= { step: name, signal };
            throw err;
        }
        const message = err instanceof Error ? err.message : String(err);
        report.steps.push({
            name,
            outcome: 'failed',
            durationMs: Date.now() - started,
            detail: headline(message)
        });
        report.failure ??= { step: name, message, headline: headline(message) };
        throw err;
    }
}
function skipStep(report, name, why) {
    report.steps.push({ name, outcome: 'skipped', detail: why });
}

;// CONCATENATED MODULE: ./src/pack/group.ts


/** A log group that ends with how long it took; the duration is also returned. */
async function timedGroup(title, fn) {
    const started = Date.now();
    runner_io/* startGroup */.Oh(title);
    try {
        const value = await fn();
        const durationMs = Date.now() - started;
        runner_io/* info */.pq(`${title}: done in ${seconds(durationMs)}`);
        return { value, durationMs };
    }
    finally {
        runner_io/* endGroup */.N4();
    }
}

// EXTERNAL MODULE: ./src/process/untrusted.ts
var untrusted = __webpack_require__(5871);
;// CONCATENATED MODULE: ./src/pack/pack.ts
// Runs `rockcraft pack` in the chosen mode and finds the rock it wrote.









/**
 * The facts packing needs, from the project check. Throws InputError when the check found no
 * expansion (a refused project) or the fields the rock's file name needs are missing.
 */
function packProject(checked) {
    const { name, version, base, expanded } = checked;
    // The core expands `platforms` with build-on and build-for filled in for every entry.
    const list = (v, fallback) => Array.isArray(v) ? v.map(String) : [fallback];
    const platforms = Object.entries((expanded?.platforms ?? {})).map(([platform, p]) => ({
        name: platform,
        buildOn: list(p?.['build-on'], platform),
        buildFor: list(p?.['build-for'], platform)
    }));
    const missing = [
        !expanded && 'an expansion (the project check refused it)',
        !name && 'name',
        !version && 'version',
        !base && 'base',
        expanded && platforms.length === 0 && 'platforms'
    ].filter(Boolean);
    if (missing.length > 0) {
        throw new InputError(`cannot pack ${checked.dir}: it lacks ${missing.join(', ')}`);
    }
    return {
        dir: checked.dir,
        name: name,
        version: version,
        base: base,
        buildBase: checked.buildBase,
        platforms,
        dependencyFiles: checked.dependencyFiles,
        expanded: expanded
    };
}
/** Where destructive builds keep pip, stage-package, chisel and Go downloads. */
function destructiveCacheHome() {
    return external_node_path_.join((0,external_node_os_.homedir)(), '.cache', 'flask-rock');
}
const ROCK_ARCH = {
    x64: 'amd64',
    arm64: 'arm64',
    ppc64: 'ppc64el',
    s390x: 's390x'
};
/** This machine's architecture as rockcraft names it. */
function hostArch() {
    return ROCK_ARCH[process.arch] ?? process.arch;
}
/**
 * Which platforms a pack on this machine builds. rockcraft builds those whose build-on holds
 * the host's architecture; in destructive mode it refuses more than one (MultipleBuildsError),
 * so one is picked: `requested`, else the one built for this machine, else the first.
 * Throws InputError before anything is installed when none builds here or `requested` is no
 * platform of the project that does.
 */
function planPlatforms(platforms, mode, requested, host = hostArch()) {
    const names = (ps) => ps.map(p => p.name).join(', ');
    const onHost = platforms.filter(p => p.buildOn.includes(host));
    if (requested !== '') {
        const chosen = platforms.find(p => p.name === requested);
        if (!chosen) {
            throw new InputError(`Input 'platform': the project has no platform '${requested}' (it has ${names(platforms)})`);
        }
        if (!onHost.includes(chosen)) {
            throw new InputError(`Input 'platform': '${requested}' builds on ${chosen.buildOn.join(', ')}, not on this ${host} runner`);
        }
        return { select: requested, packed: [chosen], smoke: chosen };
    }
    if (onHost.length === 0) {
        throw new InputError(`no platform of the project builds on this ${host} runner (${platforms.map(p => `${p.name} builds on ${p.buildOn.join(', ')}`).join('; ')})`);
    }
    const runnable = onHost.find(p => p.buildFor.includes(host)) ?? onHost[0];
    if (mode === 'destructive' && onHost.length > 1) {
        return { select: runnable.name, packed: [runnable], smoke: runnable };
    }
    return { packed: onHost, smoke: runnable };
}
/** The argv that packs: always through sudo, which gives the lxd group or root as each mode needs. */
function packCommand(opts) {
    const env = opts.env ?? process.env;
    const vars = [];
    // rockcraft forwards this one into its instance; the other host variables stay out.
    const experimental = env.ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS;
    if (experimental !== undefined && experimental !== '') {
        vars.push(`ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=${experimental}`);
    }
    const platform = opts.select ? ['--platform', opts.select] : [];
    if (opts.mode === 'destructive') {
        // Build packages and stage-packages need root; point its caches at one place we can save:
        // pip, rockcraft, chisel and Go's build cache follow XDG_CACHE_HOME, Go's modules GOMODCACHE
        // (else root's ~/go).
        const cacheHome = opts.cacheHome ?? destructiveCacheHome();
        return [
            'env',
            `XDG_CACHE_HOME=${cacheHome}`,
            `GOMODCACHE=${external_node_path_.join(cacheHome, 'go-mod')}`,
            ...vars,
            'rockcraft',
            'pack',
            '--destructive-mode',
            ...platform,
            '--verbosity',
            opts.verbosity
        ];
    }
    // A fresh login as the runner user picks up the lxd group added in this job.
    const user = opts.user ?? (0,external_node_os_.userInfo)().username;
    return [
        '--user',
        user,
        'env',
        ...vars,
        'rockcraft',
        'pack',
        ...platform,
        '--verbosity',
        opts.verbosity
    ];
}
async function packRock(opts) {
    const env = opts.env ?? process.env;
    const args = packCommand(opts);
    const started = Date.now();
    const { durationMs } = await timedGroup(`Pack the rock (${opts.mode} mode)`, async () => {
        runner_io/* info */.pq(`sudo ${args.join(' ')}`);
        await (0,exec/* runOk */.uO)('sudo', args, {
            what: `pack the rock in ${opts.mode} mode`,
            timeoutMs: opts.timeoutMs ?? 120 * 60_000,
            cwd: opts.projectDir,
            env,
            stream: true
        });
    });
    const rocks = await findRocks(opts, opts.packed, started);
    for (const r of rocks)
        (0,untrusted/* infoUntrusted */.z7)(`Packed ${r.rock} in ${seconds(durationMs)} (${opts.mode} mode)`);
    return { rocks, durationMs };
}
/**
 * The rocks this pack wrote, one per packed platform: <name>_<version>_<platform>.rock (the
 * platform's key, whatever it builds for), each newer than the pack's start.
 */
async function findRocks(opts, packed, since) {
    const fileOf = (p) => `${opts.name}_${opts.version}_${p.name}.rock`;
    const rocks = [];
    const missing = [];
    for (const platform of packed) {
        const file = external_node_path_.join(opts.projectDir, fileOf(platform));
        // Whole-second file systems round down: allow a little slack.
        const fresh = await (0,promises_.stat)(file).then(st => st.mtimeMs >= since - 2000, () => false);
        if (fresh)
            rocks.push({ platform: platform.name, buildFor: platform.buildFor, rock: file });
        else
            missing.push(fileOf(platform));
    }
    if (missing.length === 0)
        return rocks;
    const present = (await (0,promises_.readdir)(opts.projectDir).catch(() => [])).filter(f => f.endsWith('.rock'));
    throw new Error(`rockcraft pack finished but wrote no ${missing.join(', ')} in ${opts.projectDir}` +
        (present.length > 0 ? ` (older or other .rock files there: ${present.join(', ')})` : ''));
}

;// CONCATENATED MODULE: ./src/pack/mode.ts
// Which way rockcraft builds on this runner, and why.


/** ubuntu:22.04 and ubuntu@22.04 are the same base. */
function normalizeBase(base) {
    return base.replace(/^ubuntu:/, 'ubuntu@');
}
/** The release the build runs on: build-base when given, else base ('bare' needs a build-base). */
function effectiveBuildBase(project) {
    const b = project.buildBase ?? (project.base === 'bare' ? undefined : project.base);
    return b === undefined ? undefined : normalizeBase(b);
}
function chooseBuildMode(requested, project, runner) {
    const buildBase = effectiveBuildBase(project);
    const host = runner.release ?? 'a non-Ubuntu host';
    const matches = buildBase !== undefined && runner.release === buildBase;
    if (requested === 'lxd') {
        return { mode: 'lxd', reason: 'build-mode lxd was requested' };
    }
    if (requested === 'destructive') {
        if (!matches) {
            throw new InputError(`build-mode destructive builds on the runner itself, so the runner's release must equal the build base: this runner is ${host}, the project builds on ${buildBase ?? '(no build-base)'}. Use build-mode lxd or auto, or a runner of that release.`);
        }
        return { mode: 'destructive', reason: 'build-mode destructive was requested' };
    }
    if (!matches) {
        return {
            mode: 'lxd',
            reason: `auto: the runner is ${host} but the project builds on ${buildBase ?? '(no build-base)'}, so it needs an LXD instance of that release`
        };
    }
    if (!runner.ephemeral) {
        return {
            mode: 'lxd',
            reason: `auto: this runner is not a throw-away GitHub-hosted VM, and destructive mode would install build packages on it`
        };
    }
    return {
        mode: 'destructive',
        reason: `auto: the runner is a throw-away ${host} VM, the same release as the build base, so building on it directly is safe, skips installing LXD and lets the restored cache reach the build`
    };
}
/** Reads /etc/os-release (path injectable for tests) and the runner kind from the environment. */
async function detectRunner(env = process.env, osRelease = '/etc/os-release') {
    let release;
    try {
        const text = await (0,promises_.readFile)(osRelease, 'utf8');
        const field = (k) => text.match(new RegExp(`^${k}="?([^"\\n]*)"?$`, 'm'))?.[1];
        if (field('ID') === 'ubuntu' && field('VERSION_ID'))
            release = `ubuntu@${field('VERSION_ID')}`;
    }
    catch {
        release = undefined;
    }
    return { release, ephemeral: env.RUNNER_ENVIRONMENT === 'github-hosted' };
}

// EXTERNAL MODULE: ./src/action/state.ts
var state = __webpack_require__(3175);
;// CONCATENATED MODULE: ./src/pack/cache.ts
// The pack cache: what destructive builds download, carried from one run to the next.
//
// What is cached, and why no more (README, "Caching"):
// - XDG_CACHE_HOME of the build (destructiveCacheHome): pip's wheels and HTTP cache, rockcraft's
//   stage-package downloads, chisel's slices, Go's build cache and module cache (GOMODCACHE is
//   pointed there by packCommand).
// - The base image rockcraft downloads into images/<image> in the project (ubuntu bases; bare
//   has none).
// Not cached: parts/, stage/ and prime/. A checkout gives every project file a new mtime, so
//   craft-parts re-runs every part whose source is the project ("." in the dependencies and
//   install-app parts) anyway; and its local-source update copies changed files without removing
//   deleted ones, so a restored install-app part would ship files the commit no longer has.
//   bundles/ is removed and unpacked again by every pack. A managed (LXD) build reads nothing from
//   the host but the project, so nothing is cached there.
//
// How: the build runs as root and leaves root-owned files (pip uses a cache dir as root only when
// root owns it), so the runner user's tar inside @actions/cache cannot carry them faithfully. The
// post step archives them as root with numeric owners, modes, timestamps and user.* xattrs, and
// @actions/cache saves that archive; main lists it, refuses it when it holds what the build's
// caches never hold (cache-archive.ts), and otherwise unpacks it as root before packing.













const KEY_VERSION = 'flask-rock-pack-v2';
// Cache keys allow no commas and 512 characters: keep each part short and plain.
const sha = (s) => (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex');
const safe = (s) => {
    const plain = s.replace(/[^A-Za-z0-9._@-]+/g, '_');
    return plain === s && s.length <= 48 ? s : `${plain.slice(0, 35)}~${sha(s).slice(0, 12)}`;
};
/** JSON with sorted keys, so that reordering a map does not change a hash. */
function canonicalJson(v) {
    if (Array.isArray(v))
        return `[${v.map(canonicalJson).join(',')}]`;
    if (v && typeof v === 'object') {
        const o = v;
        return `{${Object.keys(o)
            .sort()
            .map(k => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v ?? null);
}
/**
 * key: runner OS, arch, mode, base/build-base, installed rockcraft revision, hash of the
 * dependencies: one entry per base/arch/dependency set, whatever the project's path.
 * restoreKeys, newest first: the same revision's other dependency sets, then any revision's
 * (downloads stay valid across both).
 */
function packCacheKey(input) {
    const platform = [
        KEY_VERSION,
        input.runnerOs,
        input.arch,
        input.mode,
        normalizeBase(input.base),
        normalizeBase(input.buildBase ?? input.base),
        // Always a segment, so that no prefix of one scope is a prefix of another's keys.
        input.scope ? `s.${input.scope}` : 'shared'
    ]
        .map(safe)
        .join('-');
    const withRevision = `${platform}-${safe(`rev${input.revision}`)}`;
    const key = `${withRevision}-${sha(canonicalJson(input.dependencies))}`;
    return { key, restoreKeys: [`${withRevision}-`, `${platform}-`] };
}
// Parts' fields that the extension fills from the project's top-level file names: they move
// app files around and download nothing. The part is flask-framework.install-app on 26.04.
const APP_FILE_FIELDS = {
    'flask-framework/install-app': ['organize', 'stage', 'prime'],
    'flask-framework.install-app': ['organize', 'stage', 'prime']
};
/**
 * What decides what a pack downloads and builds, by file: the bytes of each dependency file the
 * project check found (requirements.txt, pyproject.toml, and uv.lock when the uv plugin builds
 * from it), and for rockcraft.yaml the expanded
 * project's parts, platforms and package repositories (not its summary, version or services).
 */
async function cacheDependencies(project) {
    const out = {};
    for (const file of project.dependencyFiles) {
        if (external_node_path_.basename(file) === 'rockcraft.yaml')
            continue; // decided by the expansion, below
        out[external_node_path_.relative(project.dir, file)] = sha(await (0,promises_.readFile)(file));
    }
    const { expanded } = project;
    const parts = Object.fromEntries(Object.entries((expanded.parts ?? {})).map(([name, part]) => [
        name,
        Object.fromEntries(Object.entries(part ?? {}).filter(([k]) => !APP_FILE_FIELDS[name]?.includes(k)))
    ]));
    out['rockcraft.yaml'] = canonicalJson({
        parts,
        platforms: expanded.platforms,
        'package-repositories': expanded['package-repositories']
    });
    return out;
}
/** Where the archives that @actions/cache saves and restores live: one fixed path, since the
 * cache service ties an entry to the paths it was saved from. */
function cacheArchiveDir() {
    return external_node_path_.join((0,external_node_os_.homedir)(), '.cache', 'flask-rock-archive');
}
/**
 * The directory under images/ where rockcraft keeps the base image it downloads
 * (`ubuntu@24.04` -> `ubuntu:24.04`); undefined for bare, which downloads none.
 */
function baseImageDir(base) {
    const m = /^ubuntu[@:]([0-9]{2}\.[0-9]{2})$/.exec(base);
    return m ? `ubuntu:${m[1]}` : undefined;
}
/**
 * What the cache carries for a destructive build of `projectDir` on `base`: computed, never read
 * from the post state (a tampered state must not steer a root tar).
 */
function cacheTrees(projectDir, base, cacheHome) {
    const trees = [{ archive: 'downloads.tar', dir: cacheHome, member: '.' }];
    const image = baseImageDir(base);
    if (image) {
        trees.push({ archive: 'base-image.tar', dir: projectDir, member: `images/${image}` });
    }
    return trees;
}
// Root's tar, keeping everything that decides the rock: numeric owners (the build's 584792 has no
// name on the runner), every mode bit, timestamps to the nanosecond (POSIX format), and the user.*
// xattrs only: the restore refuses any other (a file capability is security.*).
const TAR_KEEP = [
    '--numeric-owner',
    '--preserve-permissions',
    '--xattrs',
    '--xattrs-include=user.*'
];
const TAR_TIMEOUT = 20 * 60_000;
/** tar's argv that archives a tree (run as root). */
function tarCreateArgs(archive, tree) {
    const at = ['--directory', tree.dir, tree.member];
    return ['tar', '--create', '--file', archive, '--format=posix', ...TAR_KEEP, ...at];
}
/** tar's argv that unpacks a tree's archive (run as root): only its member, owners kept. */
function tarExtractArgs(archive, tree) {
    // Only the member this archive is for: a cache entry cannot write elsewhere in the project.
    const only = tree.member === '.' ? [] : [tree.member];
    const at = ['--directory', tree.dir, ...only];
    return ['tar', '--extract', '--file', archive, ...TAR_KEEP, '--same-owner', ...at];
}
/** The build's cache home, owned by root as pip running as root requires, its parent ours. */
async function prepareCacheHome(cacheHome, env) {
    await (0,promises_.mkdir)(external_node_path_.dirname(cacheHome), { recursive: true });
    await (0,exec/* runOk */.uO)('sudo', ['install', '-d', '-o', '0', '-g', '0', cacheHome], {
        what: 'make the build cache directory, owned by root',
        timeoutMs: 60_000,
        env
    });
}
/** Restores the pack cache and records in the post state what to save. Never throws. */
async function restorePackCache(opts) {
    const skip = (why) => {
        runner_io/* info */.pq(`Pack cache: ${why}`);
        runner_io/* setOutput */.uH('cache-hit', 'false');
        return { skipped: why, exactHit: false, restored: [] };
    };
    if (!opts.enabled)
        return skip('off (input cache is false)');
    if (opts.mode !== 'destructive') {
        return skip(`not used in ${opts.mode} mode: a managed build keeps its downloads inside its LXD instance, where restored files cannot reach (build-mode auto picks destructive on a runner of the build base's release)`);
    }
    const { project } = opts;
    const env = opts.env ?? process.env;
    const archiveDir = opts.archiveDir ?? cacheArchiveDir();
    const trees = cacheTrees(project.dir, project.base, opts.cacheHome ?? destructiveCacheHome());
    try {
        if (!cache/* isFeatureAvailable */.w3()) {
            return skip('no cache service here (a fork, GHES or a local run)');
        }
        const { key, restoreKeys } = packCacheKey({
            runnerOs: env.RUNNER_OS ?? process.platform,
            arch: env.RUNNER_ARCH ?? process.arch,
            mode: opts.mode,
            base: project.base,
            buildBase: project.buildBase,
            scope: opts.scope,
            revision: opts.revision,
            dependencies: await cacheDependencies(project)
        });
        (0,state/* saveState */.LZ)({ cacheKey: key, cacheBase: project.base });
        const started = Date.now();
        await (0,promises_.rm)(archiveDir, { recursive: true, force: true });
        const matchedKey = await cache/* restoreCache */.P3([archiveDir], key, restoreKeys);
        const restored = [];
        if (matchedKey !== undefined) {
            const present = new Set(await (0,promises_.readdir)(archiveDir).catch(() => []));
            const found = trees.filter(t => present.has(t.archive));
            // Every archive is judged before any is unpacked: one refused, none is used.
            for (const tree of found) {
                const problem = await refusal(external_node_path_.join(archiveDir, tree.archive), tree);
                if (problem) {
                    await (0,promises_.rm)(archiveDir, { recursive: true, force: true });
                    runner_io/* warning */.$e(`Pack cache: refused ${matchedKey}, packing without it: ${tree.archive}: ${problem}`);
                    runner_io/* setOutput */.uH('cache-hit', 'false');
                    return { key, exactHit: false, restored: [], refused: `${tree.archive}: ${problem}` };
                }
            }
            (0,state/* saveState */.LZ)({ cacheMatchedKey: matchedKey });
            for (const tree of found) {
                await unpack(external_node_path_.join(archiveDir, tree.archive), tree, env);
                restored.push(`${tree.archive} -> ${external_node_path_.join(tree.dir, tree.member)}`);
            }
        }
        await (0,promises_.rm)(archiveDir, { recursive: true, force: true });
        const exactHit = matchedKey === key;
        const took = seconds(Date.now() - started);
        if (matchedKey === undefined)
            runner_io/* info */.pq(`Pack cache: miss for ${key}`);
        else
            runner_io/* info */.pq(`Pack cache: ${exactHit ? 'exact hit' : `partial hit on ${matchedKey} for`} ${key}, unpacked ${restored.join(', ') || 'nothing'} (in ${took})`);
        runner_io/* setOutput */.uH('cache-hit', String(exactHit));
        return { key, matchedKey, exactHit, restored };
    }
    catch (err) {
        runner_io/* warning */.$e(`Pack cache: restore failed, packing without it: ${err.message}`);
        runner_io/* setOutput */.uH('cache-hit', 'false');
        return { exactHit: false, restored: [] };
    }
}
/** Why root must not unpack this archive into its tree, or undefined. */
async function refusal(archive, tree) {
    // The project decides what its images/ is: a link there would take root's tar elsewhere.
    const link = await linkOnTheWay(tree.dir, tree.member);
    if (link)
        return `${link} is a symbolic link or not a directory; the cache is never restored through one`;
    return cacheArchiveProblem(archive, tree.member);
}
/** The first step of `dir/member` that exists and is a symbolic link or no directory, or undefined. */
async function linkOnTheWay(dir, member) {
    const steps = member === '.' ? [] : member.split('/');
    for (let i = 0; i <= steps.length; i++) {
        const step = external_node_path_.join(dir, ...steps.slice(0, i));
        const st = await (0,promises_.lstat)(step).catch(() => undefined);
        if (!st)
            return undefined; // made by the restore, as a directory
        if (st.isSymbolicLink() || !st.isDirectory())
            return step;
    }
    return undefined;
}
async function unpack(archive, tree, env) {
    // Parents are ours (a root-owned ~/.cache would lock the runner user out); the tree is root's.
    await (0,promises_.mkdir)(external_node_path_.dirname(tree.dir), { recursive: true });
    await (0,exec/* runOk */.uO)('sudo', ['mkdir', '-p', tree.dir], {
        what: `make ${tree.dir} for the restored cache`,
        timeoutMs: 60_000,
        env
    });
    await (0,exec/* runOk */.uO)('sudo', tarExtractArgs(archive, tree), {
        what: `unpack the cached ${tree.archive} as root`,
        timeoutMs: TAR_TIMEOUT,
        env
    });
}
/** A real directory at `dir/member`, reached through no symbolic link. */
async function isPlainDir(dir, member) {
    const steps = member === '.' ? [] : member.split('/');
    for (let i = 0; i <= steps.length; i++) {
        const st = await (0,promises_.lstat)(external_node_path_.join(dir, ...steps.slice(0, i))).catch(() => undefined);
        if (!st || st.isSymbolicLink() || !st.isDirectory())
            return false;
    }
    return true;
}
/** For the post step: saves after a successful pack that had no exact hit. Never throws. */
async function savePackCache(state, opts = {}) {
    const archiveDir = opts.archiveDir ?? cacheArchiveDir();
    try {
        const { cacheKey: key, cacheBase: base } = state;
        if (!key || !base)
            return;
        if (!state.packSucceeded) {
            runner_io/* info */.pq('Pack cache: not saved, the pack did not succeed');
            return;
        }
        if (state.cacheMatchedKey === key) {
            runner_io/* info */.pq(`Pack cache: not saved, ${key} was an exact hit`);
            return;
        }
        if (!cache/* isFeatureAvailable */.w3()) {
            runner_io/* info */.pq('Pack cache: not saved, no cache service here');
            return;
        }
        const env = opts.env ?? process.env;
        // The places are the ones this code knows, from the inputs; the state only names the base,
        // which picks at most the ubuntu:NN.NN image directory.
        const projectDir = opts.projectDir ?? getInputs().projectPath;
        const trees = cacheTrees(projectDir, base, opts.cacheHome ?? destructiveCacheHome());
        const started = Date.now();
        await (0,promises_.rm)(archiveDir, { recursive: true, force: true });
        await (0,promises_.mkdir)(archiveDir, { recursive: true });
        const archived = [];
        for (const tree of trees) {
            if (!(await isPlainDir(tree.dir, tree.member)))
                continue;
            await (0,exec/* runOk */.uO)('sudo', tarCreateArgs(external_node_path_.join(archiveDir, tree.archive), tree), {
                what: `archive ${external_node_path_.join(tree.dir, tree.member)} as root`,
                timeoutMs: TAR_TIMEOUT,
                env
            });
            archived.push(tree.archive);
        }
        if (archived.length === 0) {
            runner_io/* info */.pq('Pack cache: nothing to save');
            return;
        }
        // @actions/cache reports most failures itself and answers -1.
        const id = await cache/* saveCache */.Io([archiveDir], key);
        const took = seconds(Date.now() - started);
        if (id === -1)
            runner_io/* info */.pq(`Pack cache: ${key} was not saved (see the cache's message above)`);
        else
            runner_io/* info */.pq(`Pack cache: saved ${archived.join(', ')} as ${key} in ${took}`);
    }
    catch (err) {
        const e = err;
        if (e.name === 'ReserveCacheError') {
            runner_io/* info */.pq(`Pack cache: not saved, another job is saving the same key (${e.message})`);
        }
        else {
            runner_io/* warning */.$e(`Pack cache: save failed, the next run will start cold: ${e.message}`);
        }
    }
    finally {
        // Root-owned archives in our own directory: we may remove them.
        await (0,promises_.rm)(archiveDir, { recursive: true, force: true }).catch(() => { });
    }
}

;// CONCATENATED MODULE: ./src/pack/crosscheck.ts
// Compares our rendering of the flask-framework expansion with rockcraft's own.



function crosscheck_isMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function sameValue(a, b) {
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
    }
    if (crosscheck_isMap(a) && crosscheck_isMap(b)) {
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every(k => k in b && sameValue(a[k], b[k]));
    }
    return a === b;
}
/**
 * Key paths where two expansions differ, dot-joined (keys may hold '/'), sorted:
 * e.g. "parts.flask-framework/dependencies.stage-packages". Maps are compared key by key;
 * any other value (lists included) as a whole. A key present on one side only is a difference.
 */
function diffExpansions(ours, theirs, prefix = '') {
    if (crosscheck_isMap(ours) && crosscheck_isMap(theirs)) {
        const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort();
        return keys.flatMap(k => {
            const at = prefix === '' ? k : `${prefix}.${k}`;
            if (!(k in ours) || !(k in theirs))
                return [at];
            return diffExpansions(ours[k], theirs[k], at);
        });
    }
    return sameValue(ours, theirs) ? [] : [prefix === '' ? '(the whole document)' : prefix];
}
/** What `rockcraft expand-extensions` prints for the project, parsed. Runs on the host, no LXD. */
async function rockcraftExpansion(projectDir, env = process.env) {
    const result = await (0,exec/* runOk */.uO)('rockcraft', ['expand-extensions'], {
        what: 'expand the extensions with rockcraft',
        timeoutMs: 5 * 60_000,
        cwd: projectDir,
        env
    });
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(result.stdout);
    }
    catch (err) {
        throw new Error(`rockcraft expand-extensions printed something that is not YAML: ${err.message.split('\n')[0]}`, { cause: err });
    }
    if (!crosscheck_isMap(doc))
        throw new Error('rockcraft expand-extensions printed no project');
    return doc;
}
/**
 * Cross-checks our expansion against rockcraft's; a difference is a warning naming the keys.
 * Returns the expansion the rest of the run must use: rockcraft's, since it is what gets built.
 */
async function crossCheckExpansion(ours, projectDir, env = process.env) {
    const theirs = await rockcraftExpansion(projectDir, env);
    const differences = diffExpansions(ours, theirs);
    if (differences.length === 0) {
        runner_io/* info */.pq('The expansion matches `rockcraft expand-extensions`');
    }
    else {
        runner_io/* warning */.$e(`Our flask-framework expansion differs from rockcraft's at: ${differences.join(', ')}. Using rockcraft's for the rest of the run.`);
    }
    return { expansion: theirs, differences };
}

;// CONCATENATED MODULE: ./src/pack/retry.ts
// Bounded retries for the snap errors that are known to pass on their own. A try that ran out of
// time is not one of them: a hung snapd (runner-images#13852) hangs again, so it ends the install
// at once, and every try together stays within the policy's deadline.


const DEFAULT_RETRY = { attempts: 4, firstDelayMs: 10_000 };
// snapd while the runner image is still settling, and network hiccups while downloading snaps.
const TRANSIENT = [
    /auto-refresh/i,
    /change in progress/i,
    /too early for operation/i,
    /not yet seeded/i,
    /timeout|timed out/i,
    /temporary failure/i,
    /connection (reset|refused)/i,
    /unexpected EOF/i,
    /TLS handshake/i
];
function isTransient(output) {
    return TRANSIENT.some(re => re.test(output));
}
const realSleep = (ms) => new Promise(r => setTimeout(r, ms));
/** runOk, tried again with backoff while the failure looks transient, within the deadline. */
async function runWithRetry(command, args, opts, policy = DEFAULT_RETRY) {
    const sleep = policy.sleep ?? realSleep;
    const left = () => (policy.deadline ?? Infinity) - Date.now();
    let delay = policy.firstDelayMs;
    for (let attempt = 1;; attempt++) {
        const timeoutMs = Math.min(opts.timeoutMs, left());
        if (timeoutMs <= 0) {
            throw new exec/* CommandError */.Qd(`${opts.what}: no time left of the install's time limit`);
        }
        try {
            return await (0,exec/* runOk */.uO)(command, args, { ...opts, timeoutMs });
        }
        catch (err) {
            const result = err instanceof exec/* CommandError */.Qd ? err.result : undefined;
            if (result?.timedOut) {
                const state = (await policy.explainTimeout?.()) ?? '';
                throw new exec/* CommandError */.Qd(`${err.message} (a time-out is not retried: a hung snapd hangs again)${state ? `\n${state}` : ''}`, result);
            }
            const output = result ? `${result.stderr}\n${result.stdout}` : '';
            const transient = result !== undefined && isTransient(output);
            if (!transient)
                throw err;
            if (attempt >= policy.attempts || left() < delay + 1000) {
                throw new exec/* CommandError */.Qd(`${err.message}\n(gave up after ${attempt} tries of a transient-looking failure)`, result);
            }
            runner_io/* warning */.$e(`${opts.what}: try ${attempt} of ${policy.attempts} failed with a transient error; trying again in ${Math.round(delay / 1000)} s`);
            await sleep(delay);
            delay *= 2;
        }
    }
}

;// CONCATENATED MODULE: ./src/pack/install.ts
// Installs what packing needs, by the recipe craft-actions proved on GitHub runners:
// snapd, then (for managed builds) LXD 5.21 with the Docker firewall fix, then rockcraft.
// Every tool is called by name through PATH, as on a runner.






const APT_TIMEOUT = 10 * 60_000;
const SNAP_TIMEOUT = 15 * 60_000;
// snapd seeds itself after boot; an install before that fails "too early for operation".
const SEED_TIMEOUT = 10 * 60_000;
// Every snapd call of one install together (the seed wait, LXD, rockcraft, retries and their
// waits): a hung snapd costs at most this, not 4 tries of 15 minutes.
const SNAP_BUDGET = 20 * 60_000;
const SHORT_TIMEOUT = 2 * 60_000;
async function rootIsRootOwned() {
    const st = await (0,promises_.stat)('/');
    return st.uid === 0 && st.gid === 0;
}
async function installRockcraft(opts) {
    const env = opts.env ?? process.env;
    const retry = opts.retry ?? DEFAULT_RETRY;
    const user = opts.user ?? (0,external_node_os_.userInfo)().username;
    const sudo = (what, args, timeoutMs = SHORT_TIMEOUT) => (0,exec/* runOk */.uO)('sudo', args, { what, timeoutMs, env, stream: true });
    const timeouts = opts.timeouts ?? {};
    // Set when snapd is first asked (the seed wait): the budget is snapd's, not apt's.
    let snapPolicy;
    const policy = () => (snapPolicy ??= {
        ...retry,
        deadline: Date.now() + (timeouts.budgetMs ?? SNAP_BUDGET),
        explainTimeout: () => snapChanges(env)
    });
    const sudoSnap = (what, args) => runWithRetry('sudo', ['snap', ...args], { what, timeoutMs: timeouts.snapMs ?? SNAP_TIMEOUT, env, stream: true }, policy());
    const snapd = await timedGroup('Install snapd', async () => {
        let state = 'present';
        if (await (0,exec/* onPath */.L)('snap', env)) {
            runner_io/* info */.pq('snapd is already installed');
        }
        else {
            await sudo('update the apt package lists', ['apt-get', 'update', '-q'], APT_TIMEOUT);
            await sudo('install snapd', ['apt-get', 'install', '-qy', 'snapd'], APT_TIMEOUT);
            state = 'installed';
        }
        // GitHub's images have / owned by the runner user, which snap-confine refuses.
        if (!(await (opts.rootOwnedByRoot ?? rootIsRootOwned)())) {
            await sudo('give / back to root for snap-confine', ['chown', 'root:root', '/']);
        }
        // One bounded wait, no retry: a snapd that has not seeded by then will not install anything.
        await runWithRetry('snap', ['wait', 'system', 'seed.loaded'], { what: 'wait for snapd to seed', timeoutMs: timeouts.seedMs ?? SEED_TIMEOUT, env }, { ...policy(), attempts: 1 });
        return state;
    });
    const lxd = await timedGroup('Install LXD', async () => {
        if (!opts.lxd) {
            runner_io/* info */.pq('LXD is not needed: rockcraft builds on the runner itself (destructive mode)');
            return 'not needed';
        }
        let state = 'present';
        await sudo('create the lxd group', ['groupadd', '--force', '--system', 'lxd']);
        await sudo(`add ${user} to the lxd group`, ['usermod', '--append', '--groups', 'lxd', user]);
        // The snap, not `lxd` on PATH: Ubuntu's lxd-installer puts a stub there that installs
        // another channel on first use (craft-actions checks /snap/bin/lxd for the same reason).
        if (await snapRevision('lxd', env)) {
            runner_io/* info */.pq('LXD is already installed (snap)');
        }
        else {
            // 5.21 is the LTS track rockcraft is tested against.
            await sudoSnap('install LXD', ['install', 'lxd', '--channel', '5.21/stable']);
            state = 'installed';
        }
        await sudo('wait for LXD to start', ['lxd', 'waitready', '--timeout', '300'], 6 * 60_000);
        const pools = await sudo('list LXD storage pools', [
            'lxc',
            'storage',
            'list',
            '--format',
            'csv'
        ]);
        if (pools.stdout.trim() === '') {
            await sudo('initialise LXD', ['lxd', 'init', '--auto'], 5 * 60_000);
        }
        else {
            runner_io/* info */.pq('LXD is already initialised');
        }
        // Docker sets the FORWARD policy to DROP, which cuts LXD instances off the network.
        await sudo('let LXD instances through the Docker firewall', [
            'iptables',
            '-P',
            'FORWARD',
            'ACCEPT'
        ]);
        return state;
    });
    const rockcraft = await timedGroup('Install rockcraft', async () => {
        const present = (await snapRevision('rockcraft', env)) !== undefined;
        const source = opts.revision ? ['--revision', opts.revision] : ['--channel', opts.channel];
        const from = opts.revision ? `revision ${opts.revision}` : `channel ${opts.channel}`;
        if (present) {
            await sudoSnap(`refresh rockcraft to ${from}`, [
                'refresh',
                'rockcraft',
                '--classic',
                ...source
            ]);
        }
        else {
            await sudoSnap(`install rockcraft from ${from}`, [
                'install',
                'rockcraft',
                '--classic',
                ...source
            ]);
        }
        const version = await (0,exec/* runOk */.uO)('rockcraft', ['--version'], {
            what: 'ask rockcraft its version',
            timeoutMs: SHORT_TIMEOUT,
            env
        });
        const text = version.stdout.trim();
        const revision = await snapRevision('rockcraft', env);
        if (!revision)
            throw new exec/* CommandError */.Qd(`snap list rockcraft shows no revision after installing`);
        runner_io/* info */.pq(`${present ? 'Refreshed' : 'Installed'} ${text} (revision ${revision}) from ${from}`);
        return { state: present ? 'refreshed' : 'installed', text, revision };
    });
    return {
        snapd: snapd.value,
        lxd: lxd.value,
        rockcraft: rockcraft.value.state,
        rockcraftVersion: rockcraft.value.text,
        rockcraftRevision: rockcraft.value.revision,
        durationMs: { snapd: snapd.durationMs, lxd: lxd.durationMs, rockcraft: rockcraft.durationMs }
    };
}
/** snapd's recent changes (`snap changes`), for a message about a hung snapd. */
async function snapChanges(env) {
    const listed = await (0,exec/* run */.eF)('snap', ['changes'], {
        what: 'ask snapd for its changes',
        timeoutMs: 30_000,
        env
    }).catch(() => undefined);
    if (!listed || listed.code !== 0 || listed.timedOut) {
        return 'snapd state: `snap changes` did not answer either';
    }
    return `snapd state (snap changes):\n${(0,exec/* tailLines */.os)(listed.stdout, 12)}`;
}
/**
 * The installed revision of a snap, from `snap list NAME` (its Rev column); undefined when snapd
 * or the snap is missing. A local install's revision looks like "x1".
 */
async function snapRevision(name, env = process.env) {
    if (!(await (0,exec/* onPath */.L)('snap', env)))
        return undefined;
    const listed = await (0,exec/* run */.eF)('snap', ['list', name], {
        what: `ask snapd for ${name}`,
        timeoutMs: SHORT_TIMEOUT,
        env
    }).catch(() => undefined);
    if (!listed || listed.code !== 0)
        return undefined;
    const [header, ...rows] = listed.stdout.split('\n').map(l => l.trim().split(/\s+/));
    const column = header.indexOf('Rev');
    const row = rows.find(r => r[0] === name);
    const revision = column >= 0 ? row?.[column] : undefined;
    return revision && /^x?[0-9]{1,9}$/.test(revision) ? revision : undefined;
}

;// CONCATENATED MODULE: ./src/pack/stage.ts
// The pack stage of the action, in order: choose the build mode and the platforms, install,
// restore the cache, cross-check the expansion, pack. main.ts calls this after getInputs() has
// validated the inputs.








/**
 * Packs the project the check read and expanded (main's CheckResult): rockcraft.yaml is not
 * read again here. Sets the outputs rock and cache-hit and records packSucceeded for the post
 * step. Throws InputError for a project without an expansion, name, version or platforms, or a
 * build mode this runner cannot do (before installing anything), CommandError for a failed
 * install or pack, Error when no rock appears.
 */
async function packStage(inputs, checked, opts = {}) {
    const env = opts.env ?? process.env;
    const project = packProject(checked);
    const runner = await detectRunner(env, opts.osRelease);
    const { mode, reason } = chooseBuildMode(inputs.buildMode, project, runner);
    runner_io/* info */.pq(`Build mode: ${mode} (${reason})`);
    const plan = planPlatforms(project.platforms, mode, inputs.platform);
    runner_io/* info */.pq(`Platforms: ${plan.packed.map(p => p.name).join(', ')}${plan.select ? ` (--platform ${plan.select})` : ''}; smoke-testing ${plan.smoke.name}`);
    if (!plan.smoke.buildFor.includes(hostArch())) {
        runner_io/* warning */.$e(`No platform packed here is built for this ${hostArch()} runner: the smoke test runs ${plan.smoke.name}, built for ${plan.smoke.buildFor.join(', ')}, which needs emulation`);
    }
    const install = await installRockcraft({
        channel: inputs.rockcraftChannel,
        revision: inputs.rockcraftRevision,
        lxd: mode === 'lxd',
        env,
        retry: opts.retry,
        user: opts.user,
        rootOwnedByRoot: opts.rootOwnedByRoot
    });
    // The installed rockcraft names its revision in the config-files source: so do we from here on.
    const ours = withRockcraftRevision(project.expanded, install.rockcraftRevision);
    const cacheHome = opts.cacheHome ?? destructiveCacheHome();
    const cache = await restorePackCache({
        enabled: inputs.cache,
        mode,
        project: { ...project, expanded: ours },
        revision: install.rockcraftRevision,
        scope: inputs.cacheScope,
        env,
        cacheHome
    });
    let expansion = ours;
    let differences = [];
    try {
        ;
        ({ expansion, differences } = await crossCheckExpansion(ours, project.dir, env));
    }
    catch (err) {
        // The pack below will meet the same problem and report it in full.
        runner_io/* warning */.$e(`Could not cross-check the expansion: ${err.message}`);
    }
    if (mode === 'destructive')
        await prepareCacheHome(cacheHome, env);
    const packed = await packRock({
        projectDir: project.dir,
        name: project.name,
        version: project.version,
        packed: plan.packed,
        select: plan.select,
        mode,
        verbosity: inputs.verbosity,
        env,
        user: opts.user,
        cacheHome
    });
    (0,state/* saveState */.LZ)({ packSucceeded: true });
    const rock = packed.rocks.find(r => r.platform === plan.smoke.name)?.rock ?? packed.rocks[0].rock;
    runner_io/* setOutput */.uH('rock', rock);
    const rocks = packed.rocks.map(r => ({
        platform: r.platform,
        'build-for': r.buildFor,
        rock: r.rock
    }));
    runner_io/* setOutput */.uH('rocks', JSON.stringify(rocks));
    return {
        rock,
        rocks: packed.rocks,
        durationMs: packed.durationMs,
        mode,
        modeReason: reason,
        install,
        cache,
        expansion,
        differences
    };
}

;// CONCATENATED MODULE: ./src/pack/revision.ts
// The expansion as the rockcraft on this machine prints it: the config-files part's source is
// inside the snap at its revision (/snap/rockcraft/<revision>/...), never at `current`.



/**
 * With rockcraft installed: the expansion naming its revision. Without: the expansion as is,
 * naming `current`, and a log line saying so.
 */
async function expansionForInstalledRockcraft(expanded, env = process.env) {
    const revision = await snapRevision('rockcraft', env);
    if (revision)
        return withRockcraftRevision(expanded, revision);
    runner_io/* info */.pq(`The config-files part's source ${CONFIG_FILES_SOURCE} is the rockcraft snap's current revision: rockcraft is not installed here, and once installed it prints its revision number in place of "current"`);
    return expanded;
}

;// CONCATENATED MODULE: ./src/pack/index.ts
// The pack stage's one door: main checks the expansion against the installed rockcraft and
// packs through packStage; the post step saves the cache through savePackCache. Everything else
// in this folder is its inside.





/***/ }),

/***/ 8230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PV: () => (/* binding */ insecurePasswordProblem),
/* harmony export */   W9: () => (/* binding */ credentialHost),
/* harmony export */   WF: () => (/* binding */ mergeProblem),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
/* unused harmony exports parseRef, sameRepository, isLoopback */
// Image references, taken apart the way registries and containers' auth files read them:
// [registry[:port]/]path[:tag][@sha256:digest]. Pure: the inputs and both publish modes use it.
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Splits an image reference; does not validate it (context.ts does, before this is reached). */
function parseRef(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const named = at >= 0 ? ref.slice(0, at) : ref;
    // A tag is a ':' after the last '/': the one in host:port comes before it.
    const colon = named.lastIndexOf(':');
    const hasTag = colon > named.lastIndexOf('/');
    const repository = hasTag ? named.slice(0, colon) : named;
    const tag = hasTag ? named.slice(colon + 1) : undefined;
    const slash = repository.indexOf('/');
    const first = slash < 0 ? '' : repository.slice(0, slash);
    const hasHost = first.includes('.') || first.includes(':') || first === 'localhost';
    const registry = !hasHost || DOCKER_HUB_ALIASES.has(first) ? 'docker.io' : first;
    let path = hasHost ? repository.slice(slash + 1) : repository;
    if (registry === 'docker.io' && !path.includes('/'))
        path = `library/${path}`;
    return { registry, repository, path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/** Whether two references name one repository of one registry, however each is spelled. */
function sameRepository(a, b) {
    const x = parseRef(a);
    const y = parseRef(b);
    return x.registry === y.registry && x.path === y.path;
}
/**
 * Why these sources cannot be merged into an index pushed to these targets, or undefined.
 * The index refers to its entries by digest only, so a registry accepts it only in the
 * repository that holds them: every reference must name that one repository.
 */
function mergeProblem(sources, targets) {
    if (sources.length === 0)
        return 'no images to merge';
    if (targets.length === 0) {
        return `nothing to push the index to: give the tags in 'push' (e.g. ${parseRef(sources[0]).repository}:1.0)`;
    }
    const { registry, repository } = parseRef(sources[0]);
    for (const ref of [...sources.slice(1), ...targets]) {
        if (sameRepository(sources[0], ref))
            continue;
        const other = parseRef(ref);
        const why = other.registry === registry
            ? `it names repository ${other.repository}, not ${repository}`
            : `it is on registry ${other.registry}, not ${registry}`;
        return `'${ref}' cannot be part of this merge: ${why}. An image index refers to its images by digest, so the images and every tag of the index must be in one repository`;
    }
    // One repository: a digest, else a tag, names one image.
    const seen = new Set();
    for (const source of sources) {
        const { digest, tag } = parseRef(source);
        const key = digest ?? `:${tag ?? 'latest'}`;
        if (seen.has(key))
            return `'${source}' names an image listed before it in 'manifest'`;
        seen.add(key);
    }
    const untagged = targets.find(ref => parseRef(ref).tag === undefined);
    if (untagged)
        return `'${untagged}' names no tag: the index needs one (e.g. ${untagged}:1.0)`;
    return undefined;
}
/**
 * The one registry host that registry-username and registry-password are for: `given` (the
 * `registry` input, Docker Hub however spelled), else the one host every reference names. A
 * message instead when the references span hosts and none is given, or `given` is none of them:
 * a token is never offered to a registry it was not made for.
 */
function credentialHost(refs, given = '') {
    const hosts = [...new Set(refs.map(ref => parseRef(ref).registry))];
    if (given !== '') {
        const host = hostOf(given);
        if (host === undefined) {
            return {
                problem: `'${given}' is not a registry host (ghcr.io, docker.io, registry.example.com:5000)`
            };
        }
        if (!hosts.includes(host)) {
            return {
                problem: `the credentials are for ${host}, but no reference names it (${hosts.join(', ')})`
            };
        }
        return { host };
    }
    if (hosts.length > 1) {
        return {
            problem: `the references name ${hosts.length} registries (${hosts.join(', ')}) and one user and password would be offered to each: name the one they are for in 'registry', and log in to the others before this step (docker/login-action)`
        };
    }
    return { host: hosts[0] ?? '' };
}
// A registry host as written in a reference: a name with a dot, localhost, an IPv4 or [IPv6]
// address, each with an optional port, or any name with a port.
const HOST = /^(?:localhost(?::[0-9]{1,5})?|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::[0-9]{1,5})?|[A-Za-z0-9-]+:[0-9]{1,5}|\[[0-9A-Fa-f:.]+\](?::[0-9]{1,5})?)$/;
/** The host as auth files and references key it (Docker Hub however spelled), or undefined. */
function hostOf(given) {
    return HOST.test(given) ? parseRef(`${given}/x`).registry : undefined;
}
/** Whether a registry host is this machine's own: nothing sent to it crosses a network. */
function isLoopback(host) {
    const name = host.replace(/:[0-9]{1,5}$/, '');
    return name === 'localhost' || name === '[::1]' || /^127(?:\.[0-9]{1,3}){3}$/.test(name);
}
/**
 * Why the registry password must not go to `host` as asked, or undefined: to a host without TLS
 * verification (insecure) that is not loopback, a password may travel in clear over the network,
 * so the user must name the host twice (insecure, and again in passwordOverHttp).
 */
function insecurePasswordProblem(host, insecure, passwordOverHttp) {
    if (!insecure.includes(host) || isLoopback(host) || passwordOverHttp.includes(host)) {
        return undefined;
    }
    return `the registry password would go to ${host} without TLS verification (it is in 'insecure-registries' and is not this machine): anyone on the network path could read it. Name ${host} in 'insecure-registry-password' too to send it anyway, or use TLS`;
}


/***/ })

};
