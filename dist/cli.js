#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3972:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ argsErrorText)
/* harmony export */ });
// node:util parseArgs's own messages, in the CLI's words: its unknown-option message ends with an
// unbalanced quote (`as in '-- "--bogus"`) and explains '--' at more length than a usage line needs.
/** One line for a parseArgs error (ERR_PARSE_ARGS_*); other errors keep their message. */
function argsErrorText(err) {
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const option = /^Unknown option '(.*?)'\./.exec(err.message)?.[1];
        if (option !== undefined) {
            return `unknown option '${option}'`;
        }
    }
    return err.message;
}


/***/ }),

/***/ 2123:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PN: () => (/* binding */ PythonMissingError),
  aG: () => (/* binding */ analyzeProject),
  R6: () => (/* binding */ entrypointCandidates),
  nX: () => (/* binding */ startAnalysis),
  R3: () => (/* binding */ wsgiOfCommand)
});

// UNUSED EXPORTS: MAX_BOOT_MODULES, MAX_BRIDGE_MEMORY, MAX_SOURCE_BYTES

// EXTERNAL MODULE: ./src/process/exec.ts + 1 modules
var exec = __nccwpck_require__(9144);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/core/python-path.ts
// The python3 the check runs, without paying for a pyenv shim: the shim is a bash script that runs
// `pyenv exec`, about 0.4 s of CPU before Python starts, more than the whole check. pyenv's own
// choice is read from the same places pyenv reads it (PYENV_VERSION, the nearest .python-version,
// $PYENV_ROOT/version) and the interpreter it would exec is run directly; anything this does not
// follow (a version pyenv would resolve by prefix, a virtualenv, a missing interpreter) keeps the
// shim, which is slow but right.


async function executable(file) {
    return (0,promises_.access)(file, promises_.constants.X_OK).then(() => true, () => false);
}
/** The first `name` on PATH, as execvp would find it. */
async function onPath(name, pathVar, skip) {
    for (const dir of pathVar.split(external_node_path_.delimiter)) {
        if (!dir || (skip && external_node_path_.resolve(dir) === external_node_path_.resolve(skip)))
            continue;
        const file = external_node_path_.join(dir, name);
        if (await executable(file))
            return file;
    }
    return undefined;
}
async function head(file, bytes = 1024) {
    const handle = await (0,promises_.open)(file, 'r');
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
    for (let d = external_node_path_.resolve(env.PYENV_DIR || dir);; d = external_node_path_.dirname(d)) {
        files.push(external_node_path_.join(d, '.python-version'));
        if (external_node_path_.dirname(d) === d)
            break;
    }
    files.push(external_node_path_.join(root, 'version'));
    for (const file of files) {
        const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
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
async function resolvePython(command, env, cwd = process.cwd()) {
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
        external_node_path_.dirname(external_node_path_.dirname(shim[2]));
    const versions = await pyenvVersions(root, env, cwd);
    for (const version of versions ?? []) {
        // a version pyenv does not have is pyenv's own error to give: the shim gives it
        if (version !== 'system' && !(await executable(external_node_path_.join(root, 'versions', version)))) {
            return command;
        }
        const exe = version === 'system'
            ? await onPath(command, pathVar, external_node_path_.dirname(found))
            : external_node_path_.join(root, 'versions', version, 'bin', command);
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
function entrypointCandidates(projectName) {
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
const MAX_SOURCE_BYTES = 16 << 20;
/** The python3 bridge's address space (RLIMIT_AS): some 25 MB of real source parsed and kept fits
 * (4 MB of the standard library took 170 MB), a 16 MB list literal (gigabytes) does not. */
const MAX_BRIDGE_MEMORY = 1 << 30;
/** Modules the boot prediction follows before it stops (a bound, not a real project's size). */
const MAX_BOOT_MODULES = 20_000;
/** Thrown when no Python can be run: the caller turns it into a clear user-facing error. */
class PythonMissingError extends Error {
}
/**
 * Finds the entrypoint and predicts the boot. `question` may be a promise: python3 starts at once
 * and gets the question when rockcraft.yaml is read; a promise of null ends it quietly.
 */
async function analyzeProject(root, question, python = 'python3', env = process.env) {
    let result;
    const request = Promise.all([root, question]).then(([r, q]) => q === null ? 'null' : JSON.stringify({ root: r, ...q }));
    try {
        // -I: nothing from the environment or the user's site; -S: no site module at all (the script
        // needs only the standard library, and site's .pth processing is half of python3's start).
        result = await (0,exec/* run */.eF)(await resolvePython(python, env), [
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
        if (err instanceof exec/* CommandError */.Qd) {
            throw new PythonMissingError(`finding the WSGI entrypoint needs Python 3 (rockcraft parses your code with Python's own parser): ${err.message}. Install python3, or set services.flask.command in rockcraft.yaml`);
        }
        throw err;
    }
    if (result.timedOut) {
        throw new PythonMissingError(`finding the WSGI entrypoint: ${python} did not finish within 30 s`);
    }
    const line = result.stdout.trim().split('\n').pop() ?? '';
    let parsed;
    try {
        parsed = JSON.parse(line);
    }
    catch {
        const tail = result.stderr.trim().split('\n').slice(-3).join(' / ');
        throw new PythonMissingError(`finding the WSGI entrypoint: ${python} did not answer (exit ${result.code})${tail ? `: ${tail}` : ''}; it must be Python 3.8 or newer`);
    }
    if (parsed.error)
        throw new PythonMissingError(`finding the WSGI entrypoint: ${parsed.error}`);
    return { ...parsed, hints: parsed.hints ?? [] };
}
/**
 * Starts python3 now: its start-up (the interpreter, compiling the script, its imports) is the
 * longest wait of a check, so the CLI starts it before it loads the rest of the check's code.
 */
function startAnalysis(python = 'python3', env = process.env) {
    let give = () => { };
    const asked = new Promise(resolve => (give = resolve));
    const answer = analyzeProject(asked.then(a => a?.root ?? ''), asked.then(a => (a === null ? null : a.question)), python, env);
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
function wsgiOfCommand(command, config = '/flask/gunicorn.conf.py') {
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


/***/ }),

/***/ 2081:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ ProjectUsageError),
/* harmony export */   w: () => (/* binding */ ProjectError)
/* harmony export */ });
// The check's errors, apart from its code: the CLI tells them from its own before it loads the check.
/** A user mistake that stops the check entirely: one clear line, never a stack trace. */
class ProjectError extends Error {
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
class ProjectUsageError extends ProjectError {
}


/***/ }),

/***/ 9144:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qd: () => (/* binding */ CommandError),
  L: () => (/* binding */ onPath),
  eF: () => (/* binding */ run),
  uO: () => (/* binding */ runOk),
  OD: () => (/* binding */ stopChildren),
  os: () => (/* binding */ tailLines)
});

// UNUSED EXPORTS: childEnv

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ./src/process/interrupt.ts + 1 modules
var interrupt = __nccwpck_require__(7205);
;// CONCATENATED MODULE: ./src/process/exec.ts
// The one way this project runs other programs: an argument array (never a shell string),
// a timeout on every call, and a failure message that says what was being done.




/** A failed external step: the message is one line a user can act on; the output tail rides along. */
class CommandError extends Error {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
        this.name = 'CommandError';
    }
}
// Enough output to explain a failure without letting a chatty child fill memory.
const KEEP_BYTES = 1 << 20;
const KILL_GRACE_MS = 5000;
function keepTail(chunks, size, keep = KEEP_BYTES) {
    const all = Buffer.concat(chunks);
    return (size > keep ? all.subarray(all.length - keep) : all).toString('utf8');
}
/**
 * What the runner hands our process that no child needs, and some child could leak (a build
 * script of the project runs under rockcraft, the app runs under Docker): every input (the
 * registry password among them) as INPUT_*, the post step's state as STATE_*, the runner's own
 * credentials and service addresses (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN and
 * the other ACTIONS_*), and a GitHub token a workflow put in the environment.
 */
const RUNNER_SECRET = /^(INPUT_|STATE_|ACTIONS_)|^(GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN)$/i;
/** The environment for a child: `env` without the runner's inputs, state and credentials. */
function childEnv(env) {
    return Object.fromEntries(Object.entries(env).filter(([key]) => !RUNNER_SECRET.test(key)));
}
// A streamed child (rockcraft running the project's own scripts, pip, skopeo) prints text the
// project controls: on a runner, it is fenced from workflow commands for as long as any streamed
// child runs (one fence however many overlap: a fence inside a fence would end early).
let streaming = 0;
let fenceToken = '';
let outAtLineStart = true;
function openStreamFence() {
    if (process.env.GITHUB_ACTIONS !== 'true')
        return;
    if (streaming++ === 0) {
        fenceToken = (0,external_node_crypto_.randomBytes)(16).toString('hex');
        process.stdout.write(`${outAtLineStart ? '' : '\n'}::stop-commands::${fenceToken}\n`);
        outAtLineStart = true;
    }
}
function closeStreamFence() {
    if (process.env.GITHUB_ACTIONS !== 'true' || streaming === 0)
        return;
    if (--streaming === 0) {
        process.stdout.write(`${outAtLineStart ? '' : '\n'}::${fenceToken}::\n`);
        outAtLineStart = true;
    }
}
// The children running now: an interrupted run by hand stops them before it cleans up.
const live = new Set();
/** Stops every running child (SIGTERM, SIGKILL after KILL_GRACE_MS); resolves once all are gone. */
async function stopChildren() {
    await Promise.all([...live].map(child => new Promise(resolve => {
        if (child.exitCode !== null || child.signalCode !== null)
            return resolve();
        const killer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
        child.once('close', () => {
            clearTimeout(killer);
            resolve();
        });
        child.kill('SIGTERM');
    })));
}
/** Runs a command; resolves with its result whatever the exit code. Rejects only when it cannot start. */
function run(command, args, opts) {
    const started = Date.now();
    return new Promise((resolve, reject) => {
        // Once interrupted, only cleanup runs: nothing new that the cleanup would then miss.
        if ((0,interrupt/* interrupted */.VM)() && !(0,interrupt/* inInterruptCleanup */.bg)()) {
            reject(new CommandError(`${opts.what}: interrupted`));
            return;
        }
        let child;
        try {
            child = (0,external_node_child_process_namespaceObject.spawn)(command, [...args], {
                cwd: opts.cwd,
                env: childEnv(opts.env ?? process.env),
                stdio: ['pipe', 'pipe', 'pipe']
            });
        }
        catch (err) {
            reject(new CommandError(`${opts.what}: cannot run ${command}: ${err.message}`));
            return;
        }
        live.add(child);
        // 'error' can be followed by 'close': the fence is closed once.
        let fenced = opts.stream === true;
        if (fenced)
            openStreamFence();
        const endFence = () => {
            if (fenced)
                closeStreamFence();
            fenced = false;
        };
        const out = [];
        const errOut = [];
        let outSize = 0;
        let errSize = 0;
        let timedOut = false;
        const collect = (chunks, chunk, isErr) => {
            chunks.push(chunk);
            if (isErr)
                errSize += chunk.length;
            else
                outSize += chunk.length;
            // Drop old chunks once well past the limit, keeping the tail.
            let size = isErr ? errSize : outSize;
            while (chunks.length > 1 && size - chunks[0].length > (opts.keepBytes ?? KEEP_BYTES)) {
                size -= chunks.shift().length;
            }
            if (isErr)
                errSize = size;
            else
                outSize = size;
            if (opts.stream) {
                // On a runner the child's stderr goes to our stdout, inside the fence: the runner reads
                // our two pipes separately, so a stderr line could be read after the fence has closed.
                const fencedOut = process.env.GITHUB_ACTIONS === 'true';
                if (isErr && !fencedOut)
                    process.stderr.write(chunk);
                else {
                    process.stdout.write(chunk);
                    if (chunk.length > 0)
                        outAtLineStart = chunk[chunk.length - 1] === 0x0a;
                }
            }
        };
        child.stdout.on('data', (c) => collect(out, c, false));
        child.stderr.on('data', (c) => collect(errOut, c, true));
        child.stdin.on('error', () => { }); // a child that exits without reading stdin is not our failure
        if (opts.input instanceof external_node_stream_.Readable) {
            const stdin = child.stdin;
            opts.input.once('error', () => stdin.destroy());
            opts.input.pipe(stdin);
        }
        else if (typeof opts.input === 'object') {
            const stdin = child.stdin;
            opts.input.then(text => stdin.end(text), () => stdin.end());
        }
        else {
            child.stdin.end(opts.input ?? '');
        }
        let killer;
        const stop = () => {
            child.kill('SIGTERM');
            killer ??= setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
        };
        const timer = setTimeout(() => {
            timedOut = true;
            stop();
        }, opts.timeoutMs);
        if (opts.signal?.aborted)
            stop();
        opts.signal?.addEventListener('abort', stop, { once: true });
        child.on('error', err => {
            live.delete(child);
            clearTimeout(timer);
            if (killer)
                clearTimeout(killer);
            opts.signal?.removeEventListener('abort', stop);
            endFence();
            const code = err.code;
            const why = code === 'ENOENT' ? `${command} is not installed or not on PATH` : err.message;
            reject(new CommandError(`${opts.what}: cannot run ${command}: ${why}`));
        });
        child.on('close', (code, signal) => {
            live.delete(child);
            clearTimeout(timer);
            if (killer)
                clearTimeout(killer);
            opts.signal?.removeEventListener('abort', stop);
            endFence();
            resolve({
                command,
                args,
                code,
                signal,
                stdout: keepTail(out, outSize, opts.keepBytes),
                stderr: keepTail(errOut, errSize),
                timedOut,
                durationMs: Date.now() - started
            });
        });
    });
}
/** The last few non-empty lines of a child's output, for a failure message. */
function tailLines(text, count = 20) {
    return text
        .split(/\r?\n/)
        .filter(l => l.trim() !== '')
        .slice(-count)
        .join('\n');
}
/** Runs a command and throws a CommandError unless it exits 0 within its time. */
async function runOk(command, args, opts) {
    const result = await run(command, args, opts);
    if (result.timedOut) {
        throw new CommandError(`${opts.what}: ${command} did not finish within ${Math.round(opts.timeoutMs / 1000)} s`, result);
    }
    if (result.code !== 0 && diedOfInterrupt(result) && (await ownInterrupt())) {
        throw new CommandError(`${opts.what}: interrupted`, result);
    }
    if (result.code !== 0) {
        const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
        const tail = tailLines(result.stderr || result.stdout, 5);
        throw new CommandError(`${opts.what}: ${command} ${how}${tail ? `\n${tail}` : ''}`, result);
    }
    return result;
}
function diedOfInterrupt(result) {
    return (result.signal === 'SIGINT' ||
        result.signal === 'SIGTERM' ||
        result.code === 130 ||
        result.code === 143);
}
// A Ctrl-C reaches the terminal's whole process group: a child may report it before our own
// handler has run. Waiting a moment for it keeps "docker exited with code 130" from being
// reported as the run's failure.
const OWN_SIGNAL_WAIT_MS = 200;
async function ownInterrupt() {
    for (let waited = 0; !(0,interrupt/* interrupted */.VM)() && waited < OWN_SIGNAL_WAIT_MS; waited += 20) {
        await new Promise(r => setTimeout(r, 20));
    }
    return (0,interrupt/* interrupted */.VM)() !== undefined;
}
/** The full path of an executable found on PATH, or undefined. */
async function onPath(command, env = process.env) {
    const { access, constants } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23));
    const { delimiter, join } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6760, 23));
    for (const dir of (env.PATH ?? '').split(delimiter)) {
        if (dir === '')
            continue;
        const candidate = join(dir, command);
        try {
            await access(candidate, constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}


/***/ }),

/***/ 7205:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Bx: () => (/* binding */ handleInterrupts),
  bg: () => (/* binding */ inInterruptCleanup),
  VM: () => (/* binding */ interrupted),
  vY: () => (/* binding */ removeOnInterrupt)
});

;// CONCATENATED MODULE: external "node:async_hooks"
const external_node_async_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/process/interrupt.ts
// Ctrl-C (SIGINT) or a kill (SIGTERM) of a run by hand: `flask-rock smoke`, or the action run
// without a runner (local-run.ts). No post step comes after these, so the run itself says it was
// interrupted, before anything else (a docker child killed by the same Ctrl-C is no failure to
// report), stops its children, removes what it made, and exits 128 + the signal (130 or 143).
// On a runner, main has no handler: the runner cancels it and the post step cleans up.


const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
let interruptedBy;
const tempPaths = new Set();
// Marks the handler's own work: once interrupted, exec.ts starts children for it alone, so that
// the run's main flow, still unwinding, starts nothing the cleanup would miss.
const cleaning = new external_node_async_hooks_namespaceObject.AsyncLocalStorage();
/** Whether the caller is the interrupt handler's cleanup. */
function inInterruptCleanup() {
    return cleaning.getStore() === true;
}
/** The signal that interrupted this run, once one did. */
function interrupted() {
    return interruptedBy;
}
/**
 * A temporary path to remove should the run be interrupted before its owner removes it (its
 * `finally` would not run: the handler exits). Returns the call that forgets it again.
 */
function removeOnInterrupt(p) {
    tempPaths.add(p);
    return () => void tempPaths.delete(p);
}
/** Installs the SIGINT and SIGTERM handlers; returns the call that removes them. */
function handleInterrupts(how) {
    const say = (line) => void process.stderr.write(`${how.who}: ${line}\n`);
    const onSignal = (signal) => {
        const code = EXIT_CODES[signal] ?? 130;
        if (interruptedBy !== undefined) {
            say(`${signal} again: leaving without finishing the cleanup`);
            process.exit(code);
        }
        interruptedBy = signal;
        say(`interrupted (${signal}); cleaning up`);
        void cleaning.run(true, async () => {
            try {
                await how.stopChildren();
                for (const p of tempPaths)
                    (0,external_node_fs_.rmSync)(p, { recursive: true, force: true });
                await how.cleanup();
            }
            catch (err) {
                say(`cleanup failed: ${err.message.split('\n')[0]}`);
            }
            say(`interrupted (${signal}); cleaned up`);
            process.exit(code);
        });
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return () => {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
    };
}


/***/ }),

/***/ 5871:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ writeUntrusted),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
/* unused harmony exports fencedLines, mayHoldCommand, infoUntrusted */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Text that strangers wrote (project files, rockcraft.yaml, the container's own log) must never reach
// the runner as a workflow command: the runner reads any stdout line starting with `::` as one, and
// the legacy form `##[command]` anywhere in a line.
// Printing it between `::stop-commands::<token>` and `::<token>::` makes the runner ignore commands in
// it; the token is fresh and random each time, so the text cannot end the fence itself.

/** The lines to print for `text` so that no line of it is read as a workflow command. */
function fencedLines(text, token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')) {
    return [`::stop-commands::${token}`, ...text.split(/\r\n|\r|\n/), `::${token}::`];
}
/**
 * Whether the runner could read a command in `text`: a line break (the runner splits lines at
 * \r and \n), a `::` (a command starts a line after spaces; any `::` is treated as suspect, to
 * stay clear of what counts as a space) or the legacy `##[`.
 */
function mayHoldCommand(text) {
    return /[\r\n]|::|##\[/.test(text);
}
/**
 * Prints untrusted text through `write` (one call a line): on a runner, fenced whenever it could
 * hold a command (a plain line is printed as it is); elsewhere, as it is.
 */
function writeUntrusted(text, write, onRunner = process.env.GITHUB_ACTIONS === 'true') {
    const body = text.replace(/(\r\n|\r|\n)$/, ''); // a final line break ends the last line
    const lines = onRunner && mayHoldCommand(body) ? fencedLines(body) : body.split(/\r\n|\r|\n/);
    for (const line of lines)
        write(line);
}
/**
 * core.info for a message that carries text from the project or its tools. It writes stdout as
 * core.info does, without loading the actions toolkit: the CLI shares this file.
 */
function infoUntrusted(text) {
    writeUntrusted(text, line => process.stdout.write(`${line}\n`));
}
// C0 and C1 control characters (Unicode's Cc) but tab and line feed: a terminal reads ESC, CSI
// (also its one-byte form, U+009B), BEL, backspace and a lone carriage return as commands.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Text from a rock or an app as a terminal should print it: its control characters removed. */
function printable(text) {
    return text.replace(/\r\n/g, '\n').replace(CONTROL, '');
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".cli.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/process/untrusted.ts
var untrusted = __nccwpck_require__(5871);
// EXTERNAL MODULE: ./src/core/entrypoint.ts + 5 modules
var entrypoint = __nccwpck_require__(2123);
// EXTERNAL MODULE: ./src/core/project-error.ts
var project_error = __nccwpck_require__(2081);
;// CONCATENATED MODULE: ./src/core/boot-text.ts
/** The problem's cause: its message without the change every problem shares. */
function bootCause(message, fixText) {
    return fixText && message.endsWith(` ${fixText}`)
        ? message.slice(0, -fixText.length - 1)
        : message;
}
/** The one line that says the change, naming --fix where it writes it; undefined when none. */
function bootFixLine(boot) {
    if (!boot?.fixText)
        return undefined;
    return `fix: ${boot.fixText}${boot.fix ? ' (flask-rock check --fix writes it)' : ''}`;
}

// EXTERNAL MODULE: ./src/cli/cli-args.ts
var cli_args = __nccwpck_require__(3972);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ./src/cli/cli.ts
// flask-rock: the action's check, expansion and init as a local command. Imports only the core
// (no @actions/*), so it starts about as fast as node itself.


// Only what starts a check: the check itself (rockcraft.yaml's parser and the rest) loads while
// python3 starts (startAnalysis), and --fix, init and expand load their code when run.





const USAGE = `Usage: flask-rock <command> [options] [DIR]

Check, expand and initialise a Flask project for rockcraft's flask-framework extension.
DIR is the project directory (default: the current directory).

Commands:
  check [--format text|json] [--fix] [DIR]
                                       report what rockcraft would refuse and what would stop
                                       the rock from booting (exit 1), else print the WSGI
                                       entrypoint, gunicorn worker and what ships in /flask/app
                                       (/app on Ubuntu 26.04); --fix writes the prime list that
                                       ships every project module the rock lacks into
                                       rockcraft.yaml, then checks
  expand [--format yaml|json] [DIR]    print the project with flask-framework expanded, as
                                       \`rockcraft expand-extensions\` does
  init [DIR] [--name N] [--base B] [--version V]
                                       write rockcraft.yaml unless one exists
  smoke ROCK [options]                 run the rock in Docker and prove it serves, as the
                                       action's smoke test does (flask-rock smoke --help)
  sbom ROCK [--format cyclonedx|text]  print the rock's SBOM (CycloneDX 1.6 JSON), as the
                                       action writes it (flask-rock sbom --help)
  diff OLD NEW [--format text|json]    what changes from rock OLD to rock NEW: sizes,
                                       packages, config, services, app files (each a .rock,
                                       an OCI layout or an image reference; flask-rock diff
                                       --help)

Options:
  --experimental-extensions            (check, expand) as rockcraft does with
                                       ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS set: needed for
                                       the Ubuntu 26.04 extension
  -h, --help                           show this help
  --version                            print flask-rock's version (before any command)

Exit status: 0 success, 1 the project has problems, 2 usage error.
`;
class UsageError extends Error {
}
const OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    format: { type: 'string' },
    fix: { type: 'boolean' },
    name: { type: 'string' },
    base: { type: 'string' },
    version: { type: 'string' },
    'experimental-extensions': { type: 'boolean' }
};
const COMMANDS = {
    check: { options: ['format', 'fix', 'experimental-extensions'], run: check },
    expand: { options: ['format', 'experimental-extensions'], run: expand },
    init: { options: ['name', 'base', 'version'], run: init }
};
function where(p) {
    if (!p.file)
        return '';
    return p.line ? `${p.file}:${p.line}: ` : `${p.file}: `;
}
/** The check with python3 started first, as checkProject would start it itself. */
async function checked(dir, env) {
    const analysis = (0,entrypoint/* startAnalysis */.nX)('python3', env);
    try {
        const { checkProject } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(162)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3162));
        return await checkProject(dir, { env, analysis });
    }
    finally {
        analysis.cancel();
    }
}
async function report(result, bootAs) {
    const { packProblems } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(162)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3162));
    // Messages quote the project (names, paths, lines of its files): no terminal escapes.
    const out = (line) => process.stderr.write(`${(0,untrusted/* printable */.g$)(line)}
`);
    // rockcraft's refusals name their file already; where the JSON has a line, so does the text.
    for (const p of result.problems)
        out(`- ${p.line ? where(p) : ''}${p.message}`);
    // Not rockcraft's refusal: the build backend's, when the dependencies part runs pip install .
    for (const p of packProblems(result))
        out(`- ${where(p)}the pack would fail: ${p.message}`);
    // Each module the rock lacks ends with the same change to rockcraft.yaml: said once, after them.
    const fixText = result.boot?.fixText;
    for (const p of result.boot?.problems ?? []) {
        out(`${bootAs === 'error' ? '- ' : 'warning: '}${where(p)}the rock would not boot: ${bootCause(p.message, fixText)}`);
    }
    const fixLine = bootFixLine(result.boot);
    if (fixLine)
        out(fixLine);
    for (const p of result.boot?.warnings ?? [])
        out(`warning: ${where(p)}${p.message}`);
    for (const p of result.install?.warnings ?? [])
        out(`warning: ${where(p)}${p.message}`);
    for (const h of result.hints)
        out(`hint: ${where(h)}${h.message}`);
}
function oneDir(positionals) {
    if (positionals.length > 1)
        throw new UsageError(`expected one DIR, got ${positionals.length}`);
    return positionals[0] ?? '.';
}
function formatOf(values, allowed) {
    const format = values.format ?? allowed[0];
    if (!allowed.includes(format)) {
        throw new UsageError(`--format must be ${allowed.join(' or ')}, not '${format}'`);
    }
    return format;
}
/** The environment rockcraft would run in: with experimental extensions when asked. */
function checkEnv(values) {
    return values['experimental-extensions']
        ? { ...process.env, ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' }
        : process.env;
}
async function check(values, dir) {
    const format = formatOf(values, ['text', 'json']);
    const env = checkEnv(values);
    let result = await checked(dir, env);
    const { checkProject, installedLine, packProblems } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(162)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3162));
    const fix = result.boot?.fix;
    if (values.fix && fix && result.rockcraftFile) {
        const file = result.rockcraftFile;
        const { writeFix } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(162), __nccwpck_require__.e(392)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8392));
        const changes = await writeFix(file, result.rockcraftText ?? '', fix);
        // stdout holds only the JSON document in that format
        const say = format === 'json' ? process.stderr : process.stdout;
        for (const change of changes)
            say.write((0,untrusted/* printable */.g$)(`fixed ${file}: ${change}\n`));
        result = await checkProject(dir, { env });
    }
    const failed = result.problems.length > 0 ||
        (result.boot?.problems.length ?? 0) > 0 ||
        packProblems(result).length > 0;
    if (format === 'json') {
        const { checkReport } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(162), __nccwpck_require__.e(654)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8654));
        process.stdout.write(JSON.stringify(checkReport(result), null, 2) + '\n');
        return failed ? 1 : 0;
    }
    await report(result, 'error');
    if (failed)
        return 1;
    const lines = [
        `wsgi: ${result.wsgi ?? '(services.flask.command is set)'}`,
        `worker: ${result.worker}`,
        ...(result.boot ? [`ships: ${result.boot.ships.join(' ') || '(nothing)'}`] : []),
        ...(result.install ? [`installed: ${installedLine(result.install)}`] : [])
    ];
    process.stdout.write((0,untrusted/* printable */.g$)(lines.join('\n')) + '\n');
    return 0;
}
async function expand(values, dir) {
    const format = formatOf(values, ['yaml', 'json']);
    const result = await checked(dir, checkEnv(values));
    const { renderExpansion } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(162)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3162));
    // rockcraft's verdict alone decides: boot problems are only warnings here.
    await report(result, 'warning');
    if (result.problems.length > 0 || !result.expanded)
        return 1;
    // rockcraft prints the YAML through craft-cli, which adds a newline of its own.
    process.stdout.write(renderExpansion(result.expanded, format) + (format === 'yaml' ? '\n' : ''));
    return 0;
}
async function init(values, dir) {
    const { initRockcraftYaml } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(162), __nccwpck_require__.e(717)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3717));
    const { path, written, nameNote } = await initRockcraftYaml(dir, {
        name: values.name,
        base: values.base,
        version: values.version
    });
    if (nameNote)
        process.stdout.write(`${(0,untrusted/* printable */.g$)(nameNote)}\n`);
    process.stdout.write((0,untrusted/* printable */.g$)(written ? `wrote ${path}\n` : `${path} exists; left as it is\n`));
    return 0;
}
async function main(argv) {
    const [command, ...rest] = argv;
    // Its own module, loaded only for it: check and expand start without the smoke test's code.
    if (command === 'smoke')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(118), __nccwpck_require__.e(158), __nccwpck_require__.e(339)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6339))).smokeCommand(rest);
    if (command === 'sbom')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(571), __nccwpck_require__.e(162), __nccwpck_require__.e(158), __nccwpck_require__.e(347)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4347))).sbomCommand(rest);
    if (command === 'diff')
        return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(158), __nccwpck_require__.e(72)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9072))).diffCommand(rest);
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
        // Asked for: stdout, exit 0. No command at all is a usage error: stderr, exit 2.
        ;
        (command === undefined ? process.stderr : process.stdout).write(USAGE);
        return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-V') {
        process.stdout.write(`flask-rock ${package_namespaceObject.rE}\n`);
        return 0;
    }
    if (command.startsWith('-'))
        throw new UsageError(`unknown option '${command}'`);
    const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!entry)
        throw new UsageError(`unknown command '${command}'`);
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: rest,
        allowPositionals: true,
        strict: true,
        options: OPTIONS
    });
    if (values.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    for (const key of Object.keys(values)) {
        if (key !== 'help' && !entry.options.includes(key)) {
            throw new UsageError(`option --${key} does not apply to '${command}'`);
        }
    }
    return entry.run(values, oneDir(positionals));
}
main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
}, (err) => {
    if (err instanceof UsageError ||
        err instanceof project_error/* ProjectUsageError */.b ||
        err.code?.startsWith('ERR_PARSE_ARGS')) {
        process.stderr.write(`flask-rock: ${(0,cli_args/* argsErrorText */.b)(err)}\n\n${USAGE}`);
        process.exitCode = 2;
    }
    else if (err instanceof project_error/* ProjectError */.w) {
        process.stderr.write(`flask-rock: ${(0,untrusted/* printable */.g$)(err.message)}\n`);
        process.exitCode = 1;
    }
    else {
        process.stderr.write(`flask-rock: internal error: ${err?.stack ?? String(err)}\n`);
        process.exitCode = 70;
    }
});

