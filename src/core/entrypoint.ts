// WSGI entrypoint discovery the way rockcraft's flask-framework does it, decided by Python's own
// parser: one python3 process reads every candidate file, so both the answer and the text of a
// syntax error are the ones rockcraft would give.
import { CommandError, run } from '../process/exec.js'
import { resolvePython } from './python-path.js'

/** Candidate files in rockcraft's search order, relative to the project. */
export function entrypointCandidates(projectName: string | undefined): string[] {
  const dirs = ['app', 'src']
  if (projectName) dirs.push(projectName.replace(/-/g, '_').toLowerCase())
  const out = ['app.py', 'main.py']
  for (const dir of dirs) {
    for (const file of ['__init__.py', 'app.py', 'main.py']) out.push(`${dir}/${file}`)
  }
  return out
}

export interface EntrypointProblem {
  message: string
  file?: string
  line?: number
  column?: number
}

export interface EntrypointResult {
  /** e.g. "app:app", "src.app:create_app()"; undefined with a problem. */
  wsgi?: string
  problem?: EntrypointProblem
  hints: EntrypointProblem[]
}

// Ours, written from rockcraft's rules (flask-framework, _python_utils): a module-level
// `app`/`application` (plain assignment to a bare name, or `from x import name [as name]`) in the
// first existing candidate that has one; failing that, a module-level `def create_app`/`make_app`.
// Files are parsed lazily in that order; the first one that cannot be read or parsed ends the search.
// Then the boot prediction: from the WSGI module (and the factory's body, which gunicorn calls at
// boot), the imports Python runs, resolved against what the expanded install-app part puts under
// /flask/app; a project module the rock lacks is recorded. Each module is parsed once.
const PROJECT_PY = String.raw`
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
`

export const MAX_SOURCE_BYTES = 16 << 20
/** The python3 bridge's address space (RLIMIT_AS): some 25 MB of real source parsed and kept fits
 * (4 MB of the standard library took 170 MB), a 16 MB list literal (gigabytes) does not. */
export const MAX_BRIDGE_MEMORY = 1 << 30
/** Modules the boot prediction follows before it stops (a bound, not a real project's size). */
export const MAX_BOOT_MODULES = 20_000

/** The call, made at import time, that runs a function's body at boot. */
export interface BootCall {
  /** the module-level call site; null: gunicorn calls the served factory itself */
  file: string | null
  line: number | null
  /** as written, e.g. "create_app()" */
  call: string
}

/** An import (or a Flask string import, or a from_pyfile) of a project file the rock will not contain. */
export interface MissingImport {
  /** the importing file, relative to the project; null: gunicorn loads this module itself */
  file: string | null
  line?: number
  column?: number
  /** the module; for from_pyfile the file under the app directory; null for a computed string */
  module: string | null
  /** the project file or package directory that would provide it; null: the project has none */
  projectPath: string | null
  /** missing: at the project's top level; sibling: next to the importer, not importable from
   * /flask/app under this name; unsure: the part uses organize globs this check does not follow;
   * computed: a string built at run time; absent: a from_pyfile file the project does not have;
   * skipped: a from_pyfile(silent=True) file the rock lacks */
  status: 'missing' | 'sibling' | 'unsure' | 'computed' | 'absent' | 'skipped'
  boot: boolean
  guarded: boolean
  /** the line carries the `flask-rock: ignore-boot` marker */
  ignored: boolean
  /** import: a statement; string: from_object/import_string("..."); pyfile: config.from_pyfile("...") */
  kind: 'import' | 'string' | 'pyfile'
  /** the call as written, for string and pyfile */
  call: string | null
  /** for string: the name import_string is given (a ":" read as "."), as werkzeug words it */
  literal: string | null
  /** for an absent string: the attribute of `module` it names, which that module never binds */
  attribute: string | null
  /** that module's own import is still running when the call is made (Python then says
   * "partially initialized module") */
  initializing: boolean
  /** for a string chosen from a settings dict by an environment variable: the variable, the
   * dict's key, and whether the variable's default selects it (then the rock imports it) */
  selector: { variable: string; key: string; default: boolean } | null
  /** the call that made this import run at boot, when it is inside a function */
  via: BootCall | null
}

/** What gunicorn does with the object it serves, when it plainly fails. */
export interface ServedProblem {
  /** gunicorn's (or Python's) words */
  message: string
  file: string
  line: number
  /** attribute: the module never binds the served name; factory: called with no arguments, it
   * needs some; object: not a WSGI callable */
  kind: 'attribute' | 'factory' | 'object'
  /** for object: what it is ("a str literal", "a module", "None") */
  what?: string
  /** for attribute and factory: the name; for factory, the parameters the call lacks */
  name?: string
  /** for attribute: the module file of the same name that the package shadows (app.py beside app/) */
  shadows?: string
  params?: string[]
}

export interface BootGraph {
  modules: { module: string; file: string; package: boolean; boot: boolean; shipped: boolean }[]
  imports: {
    from: string
    to: string
    line: number
    boot: boolean
    status: string
    via: BootCall | null
    call?: string
  }[]
  missing: MissingImport[]
  unreadable: (EntrypointProblem & { boot: boolean })[]
  app: ServedProblem[]
  truncated: boolean
}

/** A Flask app found where rockcraft does not look. */
export interface FoundApp {
  file: string
  line: number
  module: string
  attr: string
}

/** What python3 is asked, once rockcraft.yaml is read. */
export interface ProjectQuestion {
  /** rockcraft's search order; null when the user's services.flask.command names the app */
  candidates: string[] | null
  /** the WSGI app from the user's command, when candidates is null */
  wsgi?: string
  /** the expanded flask-framework/install-app part; null: no boot prediction */
  install: Record<string, unknown> | null
  /** where that part puts the project: flask/app (22.04/24.04) or app (26.04); default flask/app */
  appDir?: string
  /** what `pip install .` puts into the venv (installed.ts): top-level name -> project path */
  installed?: Record<string, string>
  /** top-level import names the requirements install into the venv (import-names.ts): an
   * absolute import of one that /flask/app lacks is the installed library */
  provided?: string[]
}

export interface ProjectAnalysis extends EntrypointResult {
  boot?: BootGraph
  /** top-level entries under /flask/app, directories with a trailing "/" */
  ships?: string[]
  /** top-level names the walk found only in the venv, installed there by `pip install .` */
  installed?: string[]
  apps?: FoundApp[]
}

/** Thrown when no Python can be run: the caller turns it into a clear user-facing error. */
export class PythonMissingError extends Error {}

/**
 * Finds the entrypoint and predicts the boot. `question` may be a promise: python3 starts at once
 * and gets the question when rockcraft.yaml is read; a promise of null ends it quietly.
 */
export async function analyzeProject(
  root: string,
  question: ProjectQuestion | null | Promise<ProjectQuestion | null>,
  python = 'python3',
  env: NodeJS.ProcessEnv = process.env
): Promise<ProjectAnalysis> {
  let result
  const request = Promise.resolve(question).then(q =>
    q === null ? 'null' : JSON.stringify({ root, ...q })
  )
  try {
    // -I: nothing from the environment or the user's site; -S: no site module at all (the script
    // needs only the standard library, and site's .pth processing is half of python3's start).
    result = await run(
      await resolvePython(python, env),
      [
        '-I',
        '-S',
        '-c',
        PROJECT_PY,
        String(MAX_SOURCE_BYTES),
        String(MAX_BOOT_MODULES),
        String(MAX_BRIDGE_MEMORY)
      ],
      {
        what: 'find the WSGI entrypoint',
        timeoutMs: 30_000,
        env,
        input: request,
        keepBytes: 256 << 20
      }
    )
  } catch (err) {
    if (err instanceof CommandError) {
      throw new PythonMissingError(
        `finding the WSGI entrypoint needs Python 3 (rockcraft parses your code with Python's own parser): ${err.message}. Install python3, or set services.flask.command in rockcraft.yaml`
      )
    }
    throw err
  }
  if (result.timedOut) {
    throw new PythonMissingError(
      `finding the WSGI entrypoint: ${python} did not finish within 30 s`
    )
  }
  const line = result.stdout.trim().split('\n').pop() ?? ''
  let parsed: ProjectAnalysis & { error?: string }
  try {
    parsed = JSON.parse(line) as ProjectAnalysis & { error?: string }
  } catch {
    const tail = result.stderr.trim().split('\n').slice(-3).join(' / ')
    throw new PythonMissingError(
      `finding the WSGI entrypoint: ${python} did not answer (exit ${result.code})${tail ? `: ${tail}` : ''}; it must be Python 3.8 or newer`
    )
  }
  if (parsed.error) throw new PythonMissingError(`finding the WSGI entrypoint: ${parsed.error}`)
  return { ...parsed, hints: parsed.hints ?? [] }
}

/**
 * The WSGI app a user's services.flask.command gives gunicorn (`module:attr`), when the command
 * runs gunicorn from the app directory the way the extension's does (its `-c` config, if any, is
 * the extension's: /flask/gunicorn.conf.py, /var/lib/gunicorn/gunicorn.conf.py on 26.04);
 * undefined when it cannot be read.
 */
export function wsgiOfCommand(
  command: unknown,
  config = '/flask/gunicorn.conf.py'
): string | undefined {
  if (typeof command !== 'string' || !/\bgunicorn\b/.test(command)) return undefined
  // --chdir, --pythonpath or another config move the import root: not predictable from here.
  if (/--chdir|--pythonpath|--paste/.test(command)) return undefined
  const configs = [...command.matchAll(/(?:^|\s)-c\s+(\S+)/g)].map(m => m[1])
  if (configs.some(c => c !== config)) return undefined
  const tokens = command.replace(/\[.*\]/s, ' ').split(/\s+/)
  const apps = tokens
    .map(t => t.replace(/^['"]|['"]$/g, ''))
    .filter(t => /^[A-Za-z_][\w.]*:[A-Za-z_]\w*(?:\(.*\))?$/.test(t))
  return apps.length === 1 ? apps[0] : undefined
}
