export const id = 310;
export const ids = [310];
export const modules = {

/***/ 7206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WF: () => (/* binding */ mergeProblem)
/* harmony export */ });
/* unused harmony exports parseRef, sameRepository */
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


/***/ }),

/***/ 5310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  expansionForInstalledRockcraft: () => (/* reexport */ expansionForInstalledRockcraft),
  packStage: () => (/* reexport */ packStage),
  savePackCache: () => (/* reexport */ savePackCache)
});

// EXTERNAL MODULE: ./src/runner-io.ts
var runner_io = __webpack_require__(6842);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/exec.ts + 1 modules
var exec = __webpack_require__(4981);
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
// Ours, written from rockcraft's rules (flask-framework, _python_utils): a module-level
// `app`/`application` (plain assignment to a bare name, or `from x import name [as name]`) in the
// first existing candidate that has one; failing that, a module-level `def create_app`/`make_app`.
// Files are parsed lazily in that order; the first one that cannot be read or parsed ends the search.
// Then the boot prediction: from the WSGI module (and the factory's body, which gunicorn calls at
// boot), the imports Python runs, resolved against what the expanded install-app part puts under
// /flask/app; a project module the rock lacks is recorded. Each module is parsed once.
const PROJECT_PY = (/* unused pure expression or super */ null && (String.raw `
import ast, fnmatch, gc, json, os, stat, sys

# Every parsed module is kept until the answer is printed, so the cycle collector would only walk
# the growing trees again and again (a sixth of the parse time on 2,000 modules).
gc.disable()

MAX_BYTES = int(sys.argv[1])
MAX_MODULES = int(sys.argv[2])
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
    except (RecursionError, MemoryError):
        raise Unreadable("error parsing %s: too deeply nested" % os.path.basename(rel))
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
    def __init__(self, part):
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
        """The project path that becomes /flask/app/<rock_rel>, or None when the rock lacks it."""
        key = (rock_rel, as_dir)
        if key not in self.cache:
            self.cache[key] = self._source(rock_rel, as_dir)
        return self.cache[key]

    def _source(self, rock_rel, as_dir):
        dst = "flask/app/" + rock_rel
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
            if not value.startswith("flask/app/"):
                continue
            rel = value[len("flask/app/"):]
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
        rock = Rock(req["install"])
        module, _, attr = wsgi.partition(":")
        factory = attr.split("(")[0] if "(" in attr else None
        out["boot"] = predict(rock, module, factory, None)
        out["ships"] = rock.ships()
    print(json.dumps(out))
except Stop:
    pass
# Freeing thousands of syntax trees one by one at exit took longer than parsing them.
sys.stdout.flush()
os._exit(0)
`));
const MAX_SOURCE_BYTES = (/* unused pure expression or super */ null && (16 << 20));
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
    const request = Promise.resolve(question).then(q => q === null ? 'null' : JSON.stringify({ root, ...q }));
    try {
        // -I: nothing from the environment or the user's site; -S: no site module at all (the script
        // needs only the standard library, and site's .pth processing is half of python3's start).
        result = await run(python, ['-I', '-S', '-c', PROJECT_PY, String(MAX_SOURCE_BYTES), String(MAX_BOOT_MODULES)], {
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
    try {
        const parsed = JSON.parse(line);
        return { ...parsed, hints: parsed.hints ?? [] };
    }
    catch {
        const tail = result.stderr.trim().split('\n').slice(-3).join(' / ');
        throw new entrypoint_PythonMissingError(`finding the WSGI entrypoint: ${python} did not answer (exit ${result.code})${tail ? `: ${tail}` : ''}; it must be Python 3.8 or newer`);
    }
}
/**
 * The WSGI app a user's services.flask.command gives gunicorn (`module:attr`), when the command
 * runs gunicorn from /flask/app the way the extension's does; undefined when it cannot be read.
 */
function entrypoint_wsgiOfCommand(command) {
    if (typeof command !== 'string' || !/\bgunicorn\b/.test(command))
        return undefined;
    // --chdir, --pythonpath or another config move the import root: not predictable from here.
    if (/--chdir|--pythonpath|--paste|(?:^|\s)-c\s+(?!\/flask\/gunicorn\.conf\.py)/.test(command)) {
        return undefined;
    }
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
const CONFIG_FILES_PART = 'flask-framework/config-files';
/**
 * The expansion as the rockcraft snap at `revision` prints it: the config-files part's source
 * names that revision. A source the project set itself is left alone.
 */
function withRockcraftRevision(expanded, revision) {
    const parts = expanded.parts;
    if (!expand_isMapping(parts))
        return expanded;
    const part = parts[CONFIG_FILES_PART];
    if (!expand_isMapping(part) || part.source !== CONFIG_FILES_SOURCE)
        return expanded;
    return {
        ...expanded,
        parts: { ...parts, [CONFIG_FILES_PART]: { ...part, source: configFilesSource(revision) } }
    };
}
const V1_BASES = (/* unused pure expression or super */ null && (['bare', 'ubuntu@22.04', 'ubuntu:22.04', 'ubuntu@24.04']));
const V2_BASES = (/* unused pure expression or super */ null && (['ubuntu@26.04']));
const PYTHON_FOR_BUILD_BASE = {
    'ubuntu@22.04': '3.10',
    'ubuntu:22.04': '3.10',
    'ubuntu@24.04': '3.12',
    'ubuntu:24.04': '3.12'
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
function routingBase(yaml) {
    let base = (yaml['build-base'] || yaml.base);
    if (typeof base !== 'string' || base === '')
        return undefined;
    if (base.split(':').length === 2 && !base.includes('@'))
        base = base.replace(':', '@');
    if (base === 'devel')
        return 'ubuntu@devel';
    return base.split('@').length === 2 ? base : undefined;
}
/** rockcraft's extension validation: experimental (v2, ubuntu@26.04 and unknown bases) first, then support. */
function expand_baseProblems(yaml, env) {
    if (!('base' in yaml))
        return [];
    const base = yaml.base;
    const routed = routingBase(yaml);
    const v1 = routed !== undefined && V1_BASES.includes(routed);
    if (!v1 && !env.ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS) {
        return [`Extension is experimental: '${expand_EXTENSION}'`];
    }
    const supported = v1 ? V1_BASES : V2_BASES;
    if (typeof base !== 'string' || !supported.includes(base)) {
        return [`Extension '${expand_EXTENSION}' does not support base: ${pyRepr(base)}`];
    }
    return [];
}
function pyRepr(v) {
    if (typeof v === 'string')
        return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    if (v === null || v === undefined)
        return 'None';
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    return JSON.stringify(v);
}
/** The user's prime entries for flask-framework/install-app (rockcraft reads them with .get()). */
function userPrime(yaml) {
    const parts = expand_isMapping(yaml.parts) ? yaml.parts : {};
    const part = parts[`${expand_EXTENSION}/install-app`];
    const prime = expand_isMapping(part) ? part.prime : undefined;
    return Array.isArray(prime) ? prime : [];
}
const PRIME_PROBLEM = "flask-framework extension requires the 'prime' entry in the flask-framework/install-app part to start with flask/app";
/** Python's re.match("-? *flask/app", p): a prefix match. */
function expand_primeProblems(yaml) {
    const ok = userPrime(yaml).every(p => typeof p === 'string' && /^-? *flask\/app/.test(p));
    return ok ? [] : [PRIME_PROBLEM];
}
function appPrime(yaml, facts) {
    const prime = userPrime(yaml);
    if (prime.length > 0)
        return prime;
    const present = new Set(facts.topLevel);
    return expand_DEFAULT_PRIME.filter(f => present.has(f)).map(f => `flask/app/${f}`);
}
/** posix relpath(entry, "flask/app") for the include-mode organize map. */
function relToApp(entry) {
    const from = ['flask', 'app'];
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
    const prime = appPrime(yaml, facts);
    const organize = {};
    if (prime.length > 0 && prime[0] && !prime[0].startsWith('-')) {
        for (const entry of prime)
            organize[relToApp(entry)] = entry;
    }
    else {
        for (const f of [...facts.topLevel].sort(pyStrCompare)) {
            if (!NEVER_COPIED.some(p => p.test(f)))
                organize[f] = `flask/app/${f}`;
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
function parts(yaml, facts) {
    const bare = yaml.base === 'bare';
    const python = bare ? expand_barePython(yaml) : undefined;
    const dependencies = {
        plugin: 'python',
        'stage-packages': bare ? [`python${python}-venv_ensurepip`] : ['python3-venv'],
        source: '.',
        'python-packages': ['gunicorn~=23.0'],
        'python-requirements': facts.hasRequirementsTxt ? ['requirements.txt'] : [],
        'build-environment': bare ? [{ PARTS_PYTHON_INTERPRETER: `python${python}` }] : []
    };
    const out = {
        'flask-framework/dependencies': dependencies,
        'flask-framework/install-app': installAppPart(yaml, facts),
        'flask-framework/config-files': {
            plugin: 'dump',
            source: CONFIG_FILES_SOURCE,
            organize: { 'gunicorn.conf.py': 'flask/gunicorn.conf.py' },
            permissions: [{ path: 'flask/gunicorn.conf.py', owner: DAEMON_UID, group: DAEMON_UID }]
        },
        'flask-framework/statsd-exporter': {
            'build-snaps': ['go'],
            'source-tag': 'v0.26.0',
            plugin: 'go',
            source: 'https://github.com/prometheus/statsd_exporter.git'
        },
        'flask-framework/logging': {
            plugin: 'nil',
            'override-build': [
                'craftctl default',
                'mkdir -p $CRAFT_PART_INSTALL/opt/promtail',
                'mkdir -p $CRAFT_PART_INSTALL/etc/promtail',
                'mkdir -p $CRAFT_PART_INSTALL/var/log/flask'
            ].join('\n'),
            permissions: ['opt/promtail', 'etc/promtail', 'var/log/flask'].map(path => ({
                path,
                owner: DAEMON_UID,
                group: DAEMON_UID
            }))
        }
    };
    if (bare) {
        out['flask-framework/runtime'] = {
            plugin: 'nil',
            'override-build': 'mkdir -m 777 ${CRAFT_PART_INSTALL}/tmp\nln -sf /usr/bin/bash ${CRAFT_PART_INSTALL}/usr/bin/sh',
            'stage-packages': ['bash_bins', 'coreutils_bins', 'ca-certificates_data']
        };
        out['flask-framework/runtime-libs'] = { plugin: 'nil', 'stage-packages': ['libstdc++6'] };
    }
    else {
        // ca-certificates_data and python3-venv both ship this file with different content.
        dependencies.stage = ['-etc/ssl/certs/ca-certificates.crt'];
        out['flask-framework/runtime'] = { plugin: 'nil', 'stage-packages': ['ca-certificates_data'] };
    }
    return out;
}
/** The extension's root snippet (flask-framework/gunicorn.py get_root_snippet). */
function expand_rootSnippet(yaml, facts) {
    const flask = {
        override: 'replace',
        startup: 'enabled',
        after: ['statsd-exporter'],
        user: '_daemon_'
    };
    if (!expand_userFlaskCommand(yaml)) {
        flask.command = `/bin/python3 -m gunicorn -c /flask/gunicorn.conf.py '${facts.wsgi}' -k [ ${facts.worker} ]`;
    }
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
/** The expanded flask-framework/install-app part: what decides the files under /flask/app. */
function expand_expandedInstallApp(yaml, topLevel) {
    const snippet = expand_rootSnippet(yaml, { topLevel, hasRequirementsTxt: false, worker: 'sync' });
    const expanded = expand_applySnippet(yaml, { parts: snippet.parts });
    const parts = expanded.parts;
    const part = expand_isMapping(parts) ? parts[`${expand_EXTENSION}/install-app`] : undefined;
    return expand_isMapping(part) ? part : undefined;
}
/**
 * The install-app prime list with `additions` (flask/app/... entries) added, keeping the entries
 * that ship today (the defaults that exist, or the user's); undefined when adding entries cannot
 * help (exclude mode, where an entry is missing because an exclusion or the stage drops it).
 */
function expand_primeWith(yaml, topLevel, additions) {
    const current = appPrime(yaml, {
        topLevel,
        hasRequirementsTxt: false,
        worker: 'sync'
    });
    if (current.length === 0 || current[0].startsWith('-'))
        return undefined;
    const added = additions.filter(a => !current.includes(a));
    return added.length === 0 ? undefined : [...current, ...added];
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

;// CONCATENATED MODULE: ./src/core/check.ts
// The project check: reads what rockcraft reads (rockcraft.yaml, requirements.txt, pyproject.toml,
// the top level of the project, the entrypoint candidates), reports every refusal at once in
// rockcraft's words, and expands the project when it would be accepted.









/** The marker that turns a boot problem on that import line into a warning. */
const IGNORE_BOOT_MARKER = 'flask-rock: ignore-boot';
/** A user mistake that stops the check entirely: one clear line, never a stack trace. */
class check_ProjectError extends Error {
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
class check_ProjectUsageError extends (/* unused pure expression or super */ null && (check_ProjectError)) {
}
const PROJECT_FILE = 'rockcraft.yaml';
/** Larger than any real project file; refusing beats hanging on a mistake. */
const MAX_PROJECT_FILE_BYTES = (/* unused pure expression or super */ null && (1 << 20));
const MAX_REQUIREMENTS_BYTES = (/* unused pure expression or super */ null && (4 << 20));
const MISSING_REQUIREMENTS = "missing a requirements file (requirements.txt or pyproject.toml). The flask-framework extension requires one of these files with 'flask' specified as a dependency.";
const MISSING_FLASK = 'missing flask package dependency in requirements file.';
async function exists(file) {
    try {
        await stat(file);
        return true;
    }
    catch {
        return false;
    }
}
/** Reads a project file as UTF-8 text, refusing oversize, non-UTF-8 and escaping-symlink files. */
async function readProjectText(dir, name, maxBytes) {
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
            return { problem: { message: `${name} is not valid UTF-8 (line ${bad})`, file, line: bad } };
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
function loadProjectYaml(text, file) {
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
    if (error)
        return { problem: yamlProblem(file, error.message, error.linePos) };
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
async function readRequirements(dir) {
    const out = {
        names: new Set(),
        problems: [],
        hints: [],
        files: [],
        hasRequirementsTxt: false,
        hasAny: false
    };
    const reqFile = path.join(dir, 'requirements.txt');
    if (await exists(reqFile)) {
        out.hasRequirementsTxt = out.hasAny = true;
        out.files.push(reqFile);
        const { text, problem } = await readProjectText(dir, 'requirements.txt', MAX_REQUIREMENTS_BYTES);
        if (problem)
            out.problems.push(problem);
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
                data = parseToml(text);
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
async function flaskElsewhere(dir) {
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
            data = toml.text === undefined ? undefined : parseToml(toml.text);
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
        throw new check_ProjectUsageError(code === 'ENOENT'
            ? `project directory ${abs} does not exist`
            : `cannot open project directory ${abs}: ${code ?? err.message}`);
    }
    if (!info.isDirectory()) {
        throw new check_ProjectUsageError(`project path ${abs} is not a directory`);
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
    const analysis = analyzeProject(abs, question, opts.python, env).catch((err) => err);
    const projectFile = path.join(abs, PROJECT_FILE);
    let yaml;
    let at = () => ({ file: projectFile });
    const topLevel = await readdir(abs).catch((err) => {
        ask(null);
        throw new check_ProjectError(`cannot list project directory ${abs}: ${err.code ?? err.message}`);
    });
    try {
        // rockcraft.yaml
        if (await exists(projectFile)) {
            result.rockcraftFile = projectFile;
            const { text, problem } = await readProjectText(abs, PROJECT_FILE, MAX_PROJECT_FILE_BYTES);
            if (problem)
                problems.push(problem);
            if (text !== undefined) {
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
            if (refusals.some(p => p.startsWith('Extension is experimental'))) {
                // Experimental support is only for ubuntu@26.04: any other base is refused once enabled.
                const experimental = baseProblems(yaml, { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' });
                result.hints.push({
                    message: experimental.length === 0
                        ? 'Run with ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=True to enable experimental extensions.'
                        : `the ${EXTENSION} extension supports the bases ${SUPPORTED_BASES}; base ${String(yaml.base)}${yaml['build-base'] ? ` with build-base ${String(yaml['build-base'])}` : ''} is not one of them`,
                    ...at(['base'])
                });
            }
        }
    }
    catch (err) {
        ask(null); // python3 is waiting for its question: let it go
        throw err;
    }
    const userCommand = yaml ? userFlaskCommand(yaml) : undefined;
    const userWsgi = userCommand ? wsgiOfCommand(userCommand) : undefined;
    let install;
    if (yaml && primeProblems(yaml).length === 0) {
        install = expandedInstallApp(yaml, topLevel);
    }
    if (userCommand && (!userWsgi || !install))
        ask(null);
    else {
        ask({
            candidates: userCommand ? null : entrypointCandidates(result.name),
            wsgi: userWsgi,
            install: install ?? null
        });
    }
    // Dependencies
    const reqs = await readRequirements(abs);
    result.requirements = [...reqs.names].sort();
    result.worker = reqs.names.has('gevent') ? 'gevent' : 'sync';
    result.dependencyFiles = [...reqs.files, ...(result.rockcraftFile ? [result.rockcraftFile] : [])];
    result.hints.push(...reqs.hints);
    problems.push(...reqs.problems);
    if (!reqs.hasAny)
        problems.push({ message: MISSING_REQUIREMENTS });
    else if (reqs.problems.length === 0 && !reqs.names.has('flask')) {
        problems.push({ message: MISSING_FLASK, file: reqs.files[0] });
        result.hints.push(...(await flaskElsewhere(abs)));
    }
    const found = await analysis;
    if (found instanceof PythonMissingError) {
        // With the user's own command, only the boot prediction needed Python: go on without it.
        if (!userCommand)
            throw new check_ProjectError(found.message);
        result.hints.push({ message: `no boot prediction: ${found.message}` });
    }
    else if (found instanceof Error)
        throw found;
    if (found !== undefined && found !== null && !(found instanceof Error)) {
        const { hints, problem, wsgi, apps, boot, ships } = found;
        result.hints.push(...hints.map(h => absolutize(abs, h)));
        if (!userCommand) {
            if (problem)
                problems.push(absolutize(abs, problem));
            result.wsgi = wsgi;
            // Where rockcraft looked and where the app is, unless a near miss already says why.
            if (problem && !problem.file && hints.length === 0) {
                result.hints.push(...entrypointHints(abs, result.name, apps));
            }
        }
        if (boot && yaml) {
            result.boot = bootPrediction(abs, yaml, topLevel, boot, ships ?? [], result.rockcraftFile);
        }
    }
    if (yaml) {
        for (const message of primeProblems(yaml)) {
            problems.push({ message, ...at(['parts', 'flask-framework/install-app', 'prime']) });
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
    if (yaml && problems.length === 0) {
        const snippet = rootSnippet(yaml, {
            topLevel,
            hasRequirementsTxt: reqs.hasRequirementsTxt,
            worker: result.worker,
            wsgi: result.wsgi
        });
        result.expanded = asProjectModel(applySnippet(yaml, snippet));
    }
    return result;
}
const SUPPORTED_BASES = 'bare (with build-base ubuntu@22.04 or ubuntu@24.04), ubuntu@22.04 and ubuntu@24.04';
const INSTALL_APP = (/* unused pure expression or super */ null && (`${EXTENSION}/install-app`));
/** Turns the python bridge's boot graph into problems and warnings a Flask developer can act on. */
function bootPrediction(abs, yaml, topLevel, graph, ships, rockcraftFile) {
    const errors = [];
    const warnings = [];
    const fileOf = (m) => m.file === null
        ? { file: rockcraftFile }
        : { file: path.join(abs, m.file), line: m.line, column: m.column };
    const what = (m) => m.file === null
        ? `gunicorn imports the WSGI module ${m.module} (${m.projectPath})`
        : `${m.module} is imported ${m.boot ? 'at boot' : 'when a request runs this code'}`;
    for (const m of graph.missing) {
        if (m.guarded)
            continue; // try/except ImportError: Python carries on without it
        if (m.status === 'unsure') {
            warnings.push({
                message: `${what(m)}; ${INSTALL_APP} moves files with organize globs, which this check does not follow: make sure /flask/app/${m.projectPath} is in the rock`,
                ...fileOf(m)
            });
        }
        else if (m.status === 'sibling') {
            const message = `${what(m)} as a top-level module, but it is ${m.projectPath}, next to the importing file: gunicorn runs from /flask/app, where only the project's top level is importable by that name. Import it relative to its package (from . import ${m.module.split('.').pop()})`;
            if (m.boot && !m.ignored)
                errors.push({ m, message });
            else
                warnings.push({ message, ...fileOf(m) });
        }
        else if (!m.boot) {
            warnings.push({
                message: `${what(m)}, but the rock will not contain ${m.projectPath}: that request would fail with ModuleNotFoundError`,
                ...fileOf(m)
            });
        }
        else if (m.ignored) {
            warnings.push({
                message: `${what(m)}, which the rock will not contain (${m.projectPath}); not an error because the line is marked "${IGNORE_BOOT_MARKER}"`,
                ...fileOf(m)
            });
        }
        else
            errors.push({ m });
    }
    const additions = [
        ...new Set(errors
            .map(e => e.m)
            .filter(m => m.status === 'missing')
            .map(m => `flask/app/${m.projectPath.replace(/\/__init__\.py$/, '')}`))
    ];
    const prime = primeWith(yaml, topLevel, additions);
    const userPrime = yaml.parts?.[INSTALL_APP];
    const exclusions = (Array.isArray(userPrime?.prime) ? userPrime.prime : [])
        .filter((e) => typeof e === 'string' && e.startsWith('-'))
        .filter(e => additions.some(a => a === e.slice(1).trim() || a.startsWith(`${e.slice(1).trim()}/`)));
    const fix = prime
        ? `Add to ${PROJECT_FILE}: parts: {${INSTALL_APP}: {prime: [${prime.join(', ')}]}}`
        : exclusions.length > 0
            ? `Remove ${exclusions.map(e => `"${e}"`).join(', ')} from parts.${INSTALL_APP}.prime in ${PROJECT_FILE}`
            : `Make parts.${INSTALL_APP} in ${PROJECT_FILE} ship ${additions.join(', ') || 'it'}: its prime or stage drops it`;
    const problems = errors.map(({ m, message }) => ({
        message: message ??
            `${what(m)}, but the rock will not contain ${m.projectPath}: gunicorn would stop with ModuleNotFoundError: No module named '${m.module}'. ${fix}`,
        ...fileOf(m)
    }));
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
    return { problems, warnings, ships, graph };
}
/** Where rockcraft looked, and where the project's Flask app actually is, with the fix. */
function entrypointHints(abs, name, apps) {
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
            : `, and ship ${top} in the rock: add flask/app/${top} to the install-app prime list (flask-rock check then names the whole list)`;
        hints.push({
            message: `a Flask app is here (${app.module}:${app.attr}), where rockcraft does not look: add app.py at the project's top level with "${shim}"${ships}`,
            file: path.join(abs, app.file),
            line: app.line
        });
    }
    return hints;
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
function modelBaseProblems(yaml) {
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
function absolutize(dir, p) {
    return p.file ? { ...p, file: path.join(dir, p.file) } : p;
}
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
        ...(boot?.problems ?? []).map(p => ({ kind: 'boot', ...located(p) }))
    ];
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
        warnings: (boot?.warnings ?? []).map(located),
        hints: result.hints.map(located),
        ships: boot?.ships ?? null,
        boot: boot
            ? {
                modules: boot.graph.modules.map(m => ({
                    module: m.module,
                    file: m.file,
                    atBoot: m.boot
                })),
                imports: boot.graph.imports.map(i => ({
                    from: i.from,
                    module: i.to,
                    line: i.line,
                    atBoot: i.boot,
                    status: i.status
                })),
                complete: !boot.graph.truncated
            }
            : null
    };
}

;// CONCATENATED MODULE: ./src/core/init.ts
// A rockcraft.yaml for a project that has none, shaped like `rockcraft init --profile flask-framework`:
// the same fields and the same commented-out sections, so the parts a user will need next (the
// install-app prime list, build packages, runtime slices) are there to uncomment.





const DOCS = 'https://documentation.ubuntu.com/rockcraft/latest';
/** rockcraft's fallback when no valid name can be made from the directory name. */
const DEFAULT_NAME = 'my-rock-name';
const BASES = (/* unused pure expression or super */ null && (['bare', 'ubuntu@22.04', 'ubuntu:22.04', 'ubuntu@24.04', 'ubuntu@26.04']));
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
            'build-base: ubuntu@24.04 # required when the base is bare'
        ]
        : [`base: ${base}`];
    return [
        `# flask-framework reference: ${DOCS}/reference/extensions/flask-framework`,
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
        '#   flask-framework/install-app:',
        '#     prime:',
        '#       # only app/, app.py, main.py, src/, migrate, migrate.sh, migrate.py, static/ and',
        '#       # templates/ go into the rock by default. Listing entries here replaces that list:',
        '#       # keep the defaults you use, and add every module your app imports (config.py...).',
        '#       # each entry is "flask/app/" followed by the path in the project.',
        '#       - flask/app/app.py',
        '#       - flask/app/config.py',
        '#       - flask/app/templates',
        '#       - flask/app/static',
        '',
        '# Ubuntu packages needed to build a Python dependency:',
        '#   flask-framework/dependencies:',
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





// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 351 modules
var cache = __webpack_require__(1435);
// EXTERNAL MODULE: ./src/image-ref.ts
var image_ref = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/smoke/probes.ts
var probes = __webpack_require__(7294);
// EXTERNAL MODULE: ./src/smoke/error.ts
var error = __webpack_require__(6803);
;// CONCATENATED MODULE: ./src/context.ts
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
    'smoke-test': 'true',
    worker: 'auto',
    'smoke-path': '/',
    'smoke-timeout': '120'
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
const SECRET_NAME = /SECRET|TOKEN|PASSW(OR)?D|PASS$|KEY|CREDENTIAL|PRIVATE|AUTH|COOKIE|SESSION|DSN/i;
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:[^/@\s]+@/i;
const NOT_SECRET = /^(true|false|yes|no|on|off|[0-9]{1,5})$/i;
function maskSecretLooking(env) {
    for (const [key, value] of Object.entries(env)) {
        if (value === '' || NOT_SECRET.test(value))
            continue;
        if (SECRET_NAME.test(key) || URL_WITH_PASSWORD.test(value))
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
    const push = refList(get('push')).map(ref => parseImageRef('push', ref));
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
    const smokeEnv = parseEnvLines('smoke-env', read('smoke-env'));
    maskSecretLooking(smokeEnv);
    const cacheScope = get('cache-scope');
    if (cacheScope !== '' && !/^[A-Za-z0-9._-]{1,64}$/.test(cacheScope)) {
        throw new InputError(`Input 'cache-scope' must be up to 64 letters, digits, '.', '_' or '-'; got '${cacheScope}'`);
    }
    const platform = get('platform');
    if (platform !== '' && !/^[A-Za-z0-9][A-Za-z0-9._:+-]{0,99}$/.test(platform)) {
        throw new InputError(`Input 'platform' must be a platform name from rockcraft.yaml; got '${platform}'`);
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
        push,
        manifest,
        registryUsername: username,
        registryPassword: password
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

;// CONCATENATED MODULE: ./src/report.ts
// What one run did, step by step: filled by main.ts as data flows through, read by the job summary.
/** A duration for the log and the summary: "12.3 s". */
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
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

// EXTERNAL MODULE: ./src/untrusted.ts
var untrusted = __webpack_require__(873);
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

// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
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
// post step archives them as root with numeric owners, modes (setuid included), timestamps and
// xattrs, and @actions/cache saves that archive; main unpacks it as root before packing.












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
// app files around and download nothing.
const APP_FILE_FIELDS = {
    'flask-framework/install-app': ['organize', 'stage', 'prime']
};
/**
 * What decides what a pack downloads and builds, by file: the bytes of each dependency file the
 * project check found (requirements.txt, pyproject.toml), and for rockcraft.yaml the expanded
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
// name on the runner), every mode bit, timestamps to the nanosecond (POSIX format), xattrs.
const TAR_KEEP = ['--numeric-owner', '--preserve-permissions', '--xattrs', '--xattrs-include=*'];
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
            (0,state/* saveState */.LZ)({ cacheMatchedKey: matchedKey });
            const present = new Set(await (0,promises_.readdir)(archiveDir).catch(() => []));
            for (const tree of trees.filter(t => present.has(t.archive))) {
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
        doc = (0,yaml_dist/* parse */.qg)(result.stdout);
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
// Bounded retries for the snap errors that are known to pass on their own.


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
/** runOk, tried again with backoff while the failure looks transient. */
async function runWithRetry(command, args, opts, policy = DEFAULT_RETRY) {
    const sleep = policy.sleep ?? realSleep;
    let delay = policy.firstDelayMs;
    for (let attempt = 1;; attempt++) {
        try {
            return await (0,exec/* runOk */.uO)(command, args, opts);
        }
        catch (err) {
            const result = err instanceof exec/* CommandError */.Qd ? err.result : undefined;
            const output = result ? `${result.stderr}\n${result.stdout}` : '';
            const transient = result !== undefined && (result.timedOut || isTransient(output));
            if (!transient)
                throw err;
            if (attempt >= policy.attempts) {
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
    const sudoSnap = (what, args) => runWithRetry('sudo', ['snap', ...args], { what, timeoutMs: SNAP_TIMEOUT, env, stream: true }, retry);
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

/***/ 6803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ SmokeError)
/* harmony export */ });
/** The smoke test failed: the message is one line saying why (details were logged before). */
class SmokeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SmokeError';
    }
}


/***/ }),

/***/ 7294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ concurrentGets),
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   GD: () => (/* binding */ expectedText),
/* harmony export */   Qc: () => (/* binding */ probeText),
/* harmony export */   f4: () => (/* binding */ parseProbes),
/* harmony export */   jp: () => (/* binding */ statusOk),
/* harmony export */   nY: () => (/* binding */ parseConcurrency),
/* harmony export */   u5: () => (/* binding */ parseProbe)
/* harmony export */ });
/* unused harmony export percentile */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6803);
// What the smoke test asks the app: probes (`[METHOD] PATH [=STATUS]` lines, input smoke-probes),
// and the concurrency proof of the worker (N requests at once to one path).


const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const PROBE_LINE = /^(?:([A-Z]+)\s+)?(\/\S*)(?:\s+=(\d{3}))?$/;
// No spaces or control characters in a path: it goes on the request line as is.
// eslint-disable-next-line no-control-regex
const BAD_PATH = /[\s\x00-\x1f\x7f]/;
/** One probe line; throws SmokeError naming what is wrong with it. */
function parseProbe(line) {
    const text = line.trim();
    const m = PROBE_LINE.exec(text);
    const shown = JSON.stringify(text);
    if (!m) {
        throw new _error_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeError */ .M(`probe ${shown} is not '[METHOD] PATH [=STATUS]' (e.g. 'GET /health =200')`);
    }
    const method = m[1] ?? 'GET';
    if (!METHODS.includes(method)) {
        throw new _error_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeError */ .M(`probe ${shown}: method must be one of ${METHODS.join(', ')}`);
    }
    if (m[2].length > 2048 || BAD_PATH.test(m[2])) {
        throw new _error_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeError */ .M(`probe ${shown}: the path is too long or has control characters`);
    }
    const expect = m[3] === undefined ? undefined : Number(m[3]);
    if (expect !== undefined && (expect < 100 || expect > 599)) {
        throw new _error_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeError */ .M(`probe ${shown}: the status must be between 100 and 599`);
    }
    return { method, path: m[2], expect };
}
/** Probe lines (blank lines and `#` comments skipped). */
function parseProbes(text) {
    return text
        .split(/\r\n|\r|\n/)
        .filter(l => l.trim() !== '' && !l.trim().startsWith('#'))
        .map(parseProbe);
}
/** `GET /health =200` */
function probeText(p) {
    return `${p.method} ${p.path}${p.expect === undefined ? '' : ` =${p.expect}`}`;
}
/** Status check: the expected one, or any status below 500. */
function statusOk(status, expect) {
    return expect === undefined ? status < 500 : status === expect;
}
function expectedText(expect) {
    return expect === undefined ? 'a status below 500' : `status ${expect}`;
}
/** One request without keep-alive, so no socket outlives the probe. */
function request(url, method, timeoutMs, signal) {
    const started = performance.now();
    return new Promise((resolve, reject) => {
        const req = node_http__WEBPACK_IMPORTED_MODULE_0__.request(url, { method, agent: false, timeout: timeoutMs, signal }, res => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({
                status: res.statusCode ?? 0,
                ms: performance.now() - started,
                body: Buffer.concat(chunks).toString('utf8')
            }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end();
    });
}
/** `N` or `N PATH` (input smoke-concurrency); undefined for '' or '0'. */
function parseConcurrency(text) {
    const m = /^(\d{1,4})(?:\s+(\/\S*))?$/.exec(text.trim());
    if (!m || Number(m[1]) > 1000 || (m[2] !== undefined && BAD_PATH.test(m[2]))) {
        throw new _error_js__WEBPACK_IMPORTED_MODULE_1__/* .SmokeError */ .M(`concurrency ${JSON.stringify(text.trim())} is not 'N' or 'N PATH' with N from 0 to 1000`);
    }
    const requests = Number(m[1]);
    return requests === 0 ? undefined : { requests, path: m[2] };
}
/** The p-th percentile (nearest rank) of the values. */
function percentile(values, p) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
/** Sends `requests` GETs at once; each gets up to `timeoutMs`. */
async function concurrentGets(baseUrl, path, requests, timeoutMs) {
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: requests }, () => request(baseUrl + path, 'GET', timeoutMs).catch(() => undefined)));
    const good = answers.filter((a) => a !== undefined && a.status < 500);
    const ms = good.map(a => a.ms);
    return {
        path,
        requests,
        errors: requests - good.length,
        p50Ms: Math.round(percentile(ms, 50)),
        p95Ms: Math.round(percentile(ms, 95)),
        wallMs: Math.round(performance.now() - started)
    };
}


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ writeUntrusted),
/* harmony export */   z7: () => (/* binding */ infoUntrusted)
/* harmony export */ });
/* unused harmony exports fencedLines, mayHoldCommand */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
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


/***/ })

};
