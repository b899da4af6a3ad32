// WSGI entrypoint discovery the way rockcraft's flask-framework does it, decided by Python's own
// parser: one python3 process reads every candidate file, so both the answer and the text of a
// syntax error are the ones rockcraft would give.
import { CommandError, run } from '../exec.js'

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
const DISCOVER_PY = String.raw`
import ast, json, os, sys

MAX_BYTES = int(sys.argv[1])
req = json.load(sys.stdin)
if req is None:
    sys.exit(0)
root = req["root"]
REAL_ROOT = os.path.realpath(root)
hints = []
trees = {}

class Stop(Exception):
    pass

def fail(message, rel, line=None, column=None):
    out = {"problem": {"message": message, "file": rel}, "hints": hints}
    if line:
        out["problem"]["line"] = line
    if column:
        out["problem"]["column"] = column
    print(json.dumps(out))
    raise Stop()

def tree_of(rel):
    if rel in trees:
        return trees[rel]
    path = os.path.join(root, rel)
    real = os.path.realpath(path)
    if real != REAL_ROOT and not real.startswith(REAL_ROOT + os.sep):
        fail("%s is a symlink to %s, outside the project; the rock build sees only the project directory" % (rel, real), rel)
    try:
        if os.path.getsize(path) > MAX_BYTES:
            fail("%s is larger than %d MB; not parsing it" % (rel, MAX_BYTES >> 20), rel)
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        fail("error reading %s: %s" % (rel, e.strerror or e), rel)
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail("error reading %s: not valid UTF-8 (byte %d)" % (rel, e.start), rel)
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as e:
        fail("error parsing %s: %s" % (os.path.basename(rel), e.msg), rel, e.lineno, e.offset)
    except ValueError as e:
        fail("error parsing %s: %s" % (os.path.basename(rel), e), rel)
    except RecursionError:
        fail("error parsing %s: too deeply nested" % os.path.basename(rel), rel)
    trees[rel] = tree
    return tree

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
            hints.append({"message": "%s:%d: the annotated assignment '%s: ...' is not found by rockcraft's entrypoint discovery; write '%s = ...' without the annotation" % (rel, node.lineno, node.target.id, node.target.id), "file": rel, "line": node.lineno})
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, (ast.Tuple, ast.List)) and any(isinstance(e, ast.Name) and e.id in ("app", "application") for e in t.elts):
                    hints.append({"message": "%s:%d: 'app' assigned by unpacking is not found by rockcraft's entrypoint discovery; assign it on its own line" % (rel, node.lineno), "file": rel, "line": node.lineno})
        if isinstance(node, ast.AsyncFunctionDef) and node.name in ("create_app", "make_app"):
            hints.append({"message": "%s:%d: 'async def %s' is not found by rockcraft's entrypoint discovery" % (rel, node.lineno, node.name), "file": rel, "line": node.lineno})

def search():
    existing = [rel for rel in req["candidates"] if os.path.exists(os.path.join(root, rel))]
    for rel in existing:
        tree = tree_of(rel)
        found = [n for n in ("app", "application") if defines(tree, n)]
        if found:
            if len(found) > 1:
                hints.append({"message": "%s defines both 'app' and 'application'; rockcraft may pick either (it searches an unordered set)" % rel, "file": rel})
            return module_of(rel) + ":" + found[0]
    for rel in existing:
        tree = tree_of(rel)
        for factory in ("create_app", "make_app"):
            if any(isinstance(n, ast.FunctionDef) and n.name == factory for n in ast.iter_child_nodes(tree)):
                return module_of(rel) + ":" + factory + "()"
    for rel in existing:
        near_misses(rel, trees[rel])
    return None

try:
    wsgi = search()
    if wsgi is None:
        print(json.dumps({"problem": {"message": "Missing WSGI entrypoint in default search locations"}, "hints": hints}))
    else:
        print(json.dumps({"wsgi": wsgi, "hints": hints}))
except Stop:
    pass
`

export const MAX_SOURCE_BYTES = 16 << 20

/** Thrown when no Python can be run: the caller turns it into a clear user-facing error. */
export class PythonMissingError extends Error {}

/**
 * Finds the entrypoint. `projectName` may be a promise: python3 starts at once and gets the
 * question when the name is known; a promise of null means "not needed" and ends it quietly.
 */
export async function discoverEntrypoint(
  root: string,
  projectName: string | undefined | Promise<string | undefined | null>,
  python = 'python3',
  env: NodeJS.ProcessEnv = process.env
): Promise<EntrypointResult> {
  let result
  const request = Promise.resolve(projectName).then(name =>
    name === null ? 'null' : JSON.stringify({ root, candidates: entrypointCandidates(name) })
  )
  try {
    result = await run(python, ['-I', '-c', DISCOVER_PY, String(MAX_SOURCE_BYTES)], {
      what: 'find the WSGI entrypoint',
      timeoutMs: 30_000,
      env,
      input: request
    })
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
  try {
    const parsed = JSON.parse(line) as EntrypointResult
    return { wsgi: parsed.wsgi, problem: parsed.problem, hints: parsed.hints ?? [] }
  } catch {
    const tail = result.stderr.trim().split('\n').slice(-3).join(' / ')
    throw new PythonMissingError(
      `finding the WSGI entrypoint: ${python} did not answer (exit ${result.code})${tail ? `: ${tail}` : ''}; it must be Python 3.8 or newer`
    )
  }
}
