// WSGI entrypoint discovery the way rockcraft's flask-framework does it, decided by Python's own
// parser: one python3 process reads every candidate file, so both the answer and the text of a
// syntax error are the ones rockcraft would give.
import { CommandError, run } from '../process/exec.js'
import { resolvePython } from './python-path.js'
import { MODULES_PY } from './bridge/modules.js'
import { PREDICT_PY } from './bridge/predict.js'
import { READ_PY } from './bridge/read.js'
import { SERVED_PY } from './bridge/served.js'

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

// The bridge's answer: rockcraft's search (or the user's command), then the boot prediction, as
// one JSON line.
const MAIN_PY = String.raw`
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

// Ours, written from rockcraft's rules (flask-framework, _python_utils): a module-level
// `app`/`application` (plain assignment to a bare name, or `from x import name [as name]`) in the
// first existing candidate that has one; failing that, a module-level `def create_app`/`make_app`.
// Files are parsed lazily in that order; the first one that cannot be read or parsed ends the search.
// Then the boot prediction: from the WSGI module (and the factory's body, which gunicorn calls at
// boot), the imports Python runs, resolved against what the expanded install-app part puts under
// /flask/app; a project module the rock lacks is recorded. Each module is parsed once.
const PROJECT_PY = READ_PY + MODULES_PY + PREDICT_PY + SERVED_PY + MAIN_PY

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
  root: string | Promise<string>,
  question: ProjectQuestion | null | Promise<ProjectQuestion | null>,
  python = 'python3',
  env: NodeJS.ProcessEnv = process.env
): Promise<ProjectAnalysis> {
  let result
  const request = Promise.all([root, question]).then(([r, q]) =>
    q === null ? 'null' : JSON.stringify({ root: r, ...q })
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

/** python3 for analyzeProject, started before the project is read. */
export interface StartedAnalysis {
  /** gives it the project and the question; at most once */
  analyze(
    root: string,
    question: ProjectQuestion | null | Promise<ProjectQuestion | null>
  ): Promise<ProjectAnalysis>
  /** lets it go unasked, when nothing called analyze (a wrong project directory...) */
  cancel(): void
}

/**
 * Starts python3 now: its start-up (the interpreter, compiling the script, its imports) is the
 * longest wait of a check, so the CLI starts it before it loads the rest of the check's code.
 */
export function startAnalysis(
  python = 'python3',
  env: NodeJS.ProcessEnv = process.env
): StartedAnalysis {
  let give: (
    asked: { root: string; question: Promise<ProjectQuestion | null> } | null
  ) => void = () => {}
  const asked = new Promise<{ root: string; question: Promise<ProjectQuestion | null> } | null>(
    resolve => (give = resolve)
  )
  const answer = analyzeProject(
    asked.then(a => a?.root ?? ''),
    asked.then(a => (a === null ? null : a.question)),
    python,
    env
  )
  // Unasked, python3 ends without an answer, and nobody waits for it.
  answer.catch(() => {})
  return {
    analyze(root, question) {
      give({ root, question: Promise.resolve(question) })
      return answer
    },
    cancel: () => give(null)
  }
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
