// WSGI entrypoint discovery the way rockcraft's flask-framework does it, decided by Python's own
// parser: one python3 process reads every candidate file, so both the answer and the text of a
// syntax error are the ones rockcraft would give.
import { CommandError, run } from '../exec.js'
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
    """'a.b' -> (file, is_package) through lookup(rel, as_dir), or None."""
    base = name.replace(".", "/")
    f = lookup(base + ".py", False)
    if f:
        return f, False
    f = lookup(base + "/__init__.py", False)
    if f:
        return f, True
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

def imports_in(body, at_boot, guarded, skip=None):
    """(node, at_boot, guarded) for each import Python runs: module level and class bodies at import,
    function bodies only when called (request time), try/except ImportError as guarded."""
    for node in body:
        if node is skip:
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node, at_boot, guarded
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            yield from imports_in(node.body, False, guarded)
        elif isinstance(node, ast.ClassDef):
            yield from imports_in(node.body, at_boot, guarded)
        elif isinstance(node, ast.If) and is_type_checking(node.test):
            yield from imports_in(node.orelse, at_boot, guarded)
        elif isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
            inner = guarded or any(catches_import_error(h) for h in node.handlers)
            yield from imports_in(node.body, at_boot, inner)
            for h in node.handlers:
                yield from imports_in(h.body, at_boot, guarded)
            yield from imports_in(node.orelse, at_boot, guarded)
            yield from imports_in(node.finalbody, at_boot, guarded)
        else:
            for field in ("body", "orelse", "finalbody"):
                sub = getattr(node, field, None)
                if isinstance(sub, list):
                    yield from imports_in(sub, at_boot, guarded)
            for case in getattr(node, "cases", None) or []:
                yield from imports_in(case.body, at_boot, guarded)

MARKER = "flask-rock: ignore-boot"

def predict(rock, wsgi_module, factory, config_file):
    modules = {}   # module name -> {"module", "file", "boot"}
    records = []
    problems = []  # unreadable modules on the way
    queue = []
    truncated = False

    def enqueue(name, file, is_pkg, boot):
        m = modules.get(name)
        if m is None:
            modules[name] = {"module": name, "file": file, "package": is_pkg, "boot": boot}
            queue.append(name)
        elif boot and not m["boot"]:
            m["boot"] = True
            queue.append(name)

    def resolve(chain, importer, node, at_boot, guarded, ignored):
        """Follows 'a', 'a.b', 'a.b.c' as Python imports them; records the first that the rock lacks."""
        for i, name in enumerate(chain):
            found = find_module(name, rock.source)
            if found:
                enqueue(name, found[0], found[1], at_boot)
                continue
            top = name.split(".")[0]
            if i == 0 and top in STDLIB:
                return "stdlib"
            status, where = None, None
            proj = find_module(name, in_project)
            if proj:
                status, where = "missing", proj[0]
            elif i == 0 and importer and "/" in importer["file"]:
                pkg_dir = importer["file"].rsplit("/", 1)[0]
                sib = find_module(name, lambda rel, d: in_project(pkg_dir + "/" + rel, d))
                if sib:
                    status, where = "sibling", sib[0]
            if status is None:
                return "third-party" if i == 0 else "missing-submodule"
            if rock.unsure:
                status = "unsure"
            records.append({
                "file": importer["file"] if importer else None,
                "line": getattr(node, "lineno", None),
                "column": (node.col_offset + 1) if node is not None else None,
                "module": name,
                "projectPath": where,
                "status": status,
                "boot": at_boot,
                "guarded": guarded,
                "ignored": ignored,
            })
            return status
        return "project"

    root_module = wsgi_module
    chain = root_module.split(".")
    resolve([".".join(chain[: i + 1]) for i in range(len(chain))], None, None, True, False, False)
    edges = []
    while queue:
        if len(modules) > MAX_MODULES:
            truncated = True
            break
        name = queue.pop(0)
        m = modules[name]
        try:
            tree = read_tree(m["file"]) if m["file"].endswith(".py") else None
        except Unreadable as e:
            problems.append(dict(located(e.message, m["file"], e.line, e.column), boot=m["boot"]))
            continue
        if tree is None:
            continue
        pkg = name if m["package"] else name.rpartition(".")[0]
        body_skip = None
        extra = []
        if name == root_module and factory:
            for node in tree.body:
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == factory:
                    body_skip = node
                    extra = list(imports_in(node.body, True, False))
        for node, at_boot, guarded in list(imports_in(tree.body, m["boot"], False, body_skip)) + extra:
            at_boot = at_boot and m["boot"]
            line_text = tree.lines[node.lineno - 1] if node.lineno <= len(tree.lines) else ""
            ignored = MARKER in line_text
            targets = []
            if isinstance(node, ast.Import):
                targets = [(a.name, []) for a in node.names]
            else:
                if node.level:
                    parts = pkg.split(".") if pkg else []
                    if node.level - 1 > len(parts) or (node.level > 1 and node.level - 1 == len(parts)) or not pkg:
                        problems.append(dict(located("%s:%d: relative import beyond the top-level package" % (m["file"], node.lineno), m["file"], node.lineno), boot=at_boot))
                        continue
                    base = parts[: len(parts) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module
                subs = [a.name for a in node.names if a.name != "*"]
                targets = [(target, subs)]
            for target, subs in targets:
                chain = target.split(".")
                status = resolve([".".join(chain[: i + 1]) for i in range(len(chain))], m, node, at_boot, guarded, ignored)
                edges.append({"from": name, "to": target, "line": node.lineno, "boot": at_boot, "status": status})
                if status == "project":
                    for sub in subs:
                        full = target + "." + sub
                        found = find_module(full, rock.source)
                        if found:
                            enqueue(full, found[0], found[1], at_boot)
                            edges.append({"from": name, "to": full, "line": node.lineno, "boot": at_boot, "status": "project"})
                        elif find_module(full, in_project):
                            resolve([full], m, node, at_boot, guarded, ignored)
    return {
        "modules": sorted(modules.values(), key=lambda x: x["module"]),
        "imports": edges,
        "missing": records,
        "unreadable": problems,
        "truncated": truncated,
    }

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
        out["boot"] = predict(rock, module, factory, None)
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

/** An import of a project module the rock will not contain. */
export interface MissingImport {
  /** the importing file, relative to the project; null: gunicorn loads this module itself */
  file: string | null
  line?: number
  column?: number
  module: string
  /** the project file or package directory that would provide it */
  projectPath: string
  /** missing: at the project's top level; sibling: next to the importer, not importable from
   * /flask/app under this name; unsure: the part uses organize globs this check does not follow */
  status: 'missing' | 'sibling' | 'unsure'
  boot: boolean
  guarded: boolean
  /** the line carries the `flask-rock: ignore-boot` marker */
  ignored: boolean
}

export interface BootGraph {
  modules: { module: string; file: string; package: boolean; boot: boolean }[]
  imports: { from: string; to: string; line: number; boot: boolean; status: string }[]
  missing: MissingImport[]
  unreadable: (EntrypointProblem & { boot: boolean })[]
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
