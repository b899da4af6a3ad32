// The project check: reads what rockcraft reads (rockcraft.yaml, requirements.txt, pyproject.toml,
// the top level of the project, the entrypoint candidates), reports every refusal at once in
// rockcraft's words, and expands the project when it would be accepted.
import { lstat, readFile, readdir, realpath, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { parse as parseToml, TomlError } from 'smol-toml'
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml'
import {
  analyzeProject,
  entrypointCandidates,
  PythonMissingError,
  wsgiOfCommand,
  type BootGraph,
  type FoundApp,
  type MissingImport,
  type ProjectQuestion
} from './entrypoint.js'
import {
  EXTENSION,
  applySnippet,
  asProjectModel,
  barePython,
  baseProblems,
  DEFAULT_PRIME,
  EXPERIMENTAL_DOCS,
  EXPERIMENTAL_RESOLUTION,
  expandedInstallApp,
  isMapping,
  partName,
  partSeparator,
  primeProblems,
  routingBase,
  primeWith,
  profileFor,
  rootSnippet,
  unknownFields,
  nearestField,
  unverifiedFlatLayout,
  userFlaskCommand,
  usesUv,
  UV_WITHOUT_PYPROJECT,
  V1,
  V2,
  type ExtensionProfile,
  type Yaml
} from './expand.js'
import { predictInstall, type InstalledModule, type ProjectInstall } from './installed.js'
import { dumpPyYaml, type YamlValue } from './pyyaml.js'
import { providedImportNames } from './import-names.js'
import { pythonUtf8Error, requirementName, splitLines } from './requirements.js'
import { nameVersionProblems } from './names.js'

export interface Problem {
  message: string
  file?: string
  line?: number
  column?: number
}

export interface CheckResult {
  dir: string
  rockcraftFile?: string
  /** rockcraft.yaml as the check read it (check --fix refuses a file changed since) */
  rockcraftText?: string
  name?: string
  version?: string
  base?: string
  buildBase?: string
  platforms: string[]
  problems: Problem[]
  hints: Problem[]
  wsgi?: string
  worker: 'sync' | 'gevent'
  requirements: string[]
  dependencyFiles: string[]
  expanded?: Record<string, unknown>
  /** the boot prediction; absent when it could not run (no rockcraft.yaml, a bad prime...) */
  boot?: BootPrediction
  /** what `pip install .` in flask-framework/dependencies does; absent without setup.py/pyproject.toml */
  install?: InstallPrediction
  /** where rockcraft itself would crash on the project (not refuse it): the pack fails */
  rockcraftCrashes?: Problem[]
}

/** Every reason the pack would fail though rockcraft accepts the project: rockcraft's own crash,
 * the build backend's refusal of `pip install .`. */
export function packProblems(result: CheckResult): Problem[] {
  return [...(result.rockcraftCrashes ?? []), ...(result.install?.problems ?? [])]
}

/** What the dependencies part's `pip install .` does with the project (installed.ts). */
export interface InstallPrediction {
  /** the build backend pip runs */
  backend: string
  /** top-level modules and packages it puts into the venv, importable at boot */
  modules: InstalledModule[]
  /** the backend would refuse the project: the pack would fail */
  problems: Problem[]
  /** what it installs is unsure, or configuration the backend does not read */
  warnings: Problem[]
  /** the modules may be incomplete */
  unsure: boolean
}

/** What the rock would do at boot, beside rockcraft's own verdict. */
export interface BootPrediction {
  /** the rock would not boot: project modules imported at boot that the rock lacks */
  problems: Problem[]
  /** missing modules imported only at request time, marked `flask-rock: ignore-boot`, or unsure */
  warnings: Problem[]
  /** top-level entries under the app directory (/flask/app, /app on 26.04), directories with a trailing "/" */
  ships: string[]
  /** where the rock holds the project: flask/app, or app on 26.04 */
  appDir: string
  /** top-level names the boot imports from the venv, where `pip install .` put them */
  installed: string[]
  graph: BootGraph
  /** what makes the rock ship every module it lacks: the whole install-app prime list to write,
   * or the exclusions to remove from it (`flask-rock check --fix` applies it) */
  fix?: { prime?: string[]; remove?: string[] }
}

/** The marker that turns a boot problem on that import line into a warning. */
export const IGNORE_BOOT_MARKER = 'flask-rock: ignore-boot'

/** A user mistake that stops the check entirely: one clear line, never a stack trace. */
export class ProjectError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number
  ) {
    super(message)
    this.name = 'ProjectError'
  }
}

/** A project directory or init option that cannot be used: the command line is wrong (CLI exit 2). */
export class ProjectUsageError extends ProjectError {}

export const PROJECT_FILE = 'rockcraft.yaml'
/** Larger than any real project file; refusing beats hanging on a mistake. */
export const MAX_PROJECT_FILE_BYTES = 1 << 20
export const MAX_REQUIREMENTS_BYTES = 4 << 20
/** uv.lock files of large projects run to a few MB; this is well past any of them. */
export const MAX_UV_LOCK_BYTES = 16 << 20

export const MISSING_REQUIREMENTS =
  "missing a requirements file (requirements.txt or pyproject.toml). The flask-framework extension requires one of these files with 'flask' specified as a dependency."
export const MISSING_FLASK = 'missing flask package dependency in requirements file.'

interface TextFile {
  text?: string
  /** the bytes read, when the file was read but is not UTF-8 */
  bytes?: Buffer
  /** why the file could not be used, as a problem */
  problem?: Problem
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file)
    return true
  } catch {
    return false
  }
}

/** Reads a project file as UTF-8 text, refusing oversize, non-UTF-8 and escaping-symlink files. */
async function readProjectText(dir: string, name: string, maxBytes: number): Promise<TextFile> {
  const file = path.join(dir, name)
  try {
    const link = await lstat(file)
    if (link.isSymbolicLink()) {
      const target = await realpath(file)
      const realDir = await realpath(dir)
      if (target !== realDir && !target.startsWith(realDir + path.sep)) {
        return {
          problem: {
            message: `${name} is a symlink to ${target}, outside the project; the rock build sees only the project directory`,
            file
          }
        }
      }
    }
    const info = await stat(file)
    if (!info.isFile()) return { problem: { message: `${name} is not a regular file`, file } }
    if (info.size > maxBytes) {
      return {
        problem: {
          message: `${name} is ${(info.size / (1 << 20)).toFixed(1)} MB, over the ${maxBytes >> 20} MB this check reads; it cannot be a real ${name}`,
          file
        }
      }
    }
    const bytes = await readFile(file)
    try {
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) }
    } catch {
      const bad = firstInvalidUtf8Line(bytes)
      return {
        problem: { message: `${name} is not valid UTF-8 (line ${bad})`, file, line: bad },
        bytes
      }
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    return { problem: { message: `cannot read ${name}: ${code ?? (err as Error).message}`, file } }
  }
}

function firstInvalidUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let line = 1
  let start = 0
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i))
      } catch {
        return line
      }
      line++
      start = i + 1
    }
  }
  return line
}

function yamlProblem(
  file: string,
  message: string,
  linePos?: { line: number; col: number }[]
): Problem {
  const first = message.split('\n')[0]
  return {
    message: `error parsing '${PROJECT_FILE}': ${first}`,
    file,
    line: linePos?.[0]?.line,
    column: linePos?.[0]?.col
  }
}

// Top-level fields the model holds as text: a number there becomes Python's str() of it.
const TEXT_FIELDS = [
  'name',
  'title',
  'version',
  'summary',
  'description',
  'license',
  'contact',
  'issues'
]
const PYYAML_FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/

/** Python's repr/str of a float: shortest digits, fixed between 1e-4 and 1e16. */
export function pyFloatStr(n: number): string {
  if (Number.isNaN(n)) return 'nan'
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf'
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0'
  const [mantissa, expText] = Math.abs(n).toExponential().split('e')
  const exp = Number(expText)
  const digits = mantissa.replace('.', '')
  const sign = n < 0 ? '-' : ''
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`
  }
  if (exp >= 0) {
    const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0')
    return `${sign}${whole}.${digits.slice(exp + 1) || '0'}`
  }
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`
}

const PYYAML_INT =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/
const PYYAML_BOOL =
  /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/

/**
 * Plain scalars typed as PyYAML types them: the yaml library's YAML 1.1 schema also reads
 * `1e3` as a number and `y`/`n` as booleans, which PyYAML keeps as text. And `version: 1.0`
 * is the float 1.0 to PyYAML, "1.0" to the model, where JavaScript would say "1".
 */
function typeAsPyYaml(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'PLAIN') return
      const raw = (node.srcToken as { source?: string } | undefined)?.source
      if (raw === undefined) return
      if (typeof node.value === 'number' && !PYYAML_INT.test(raw) && !PYYAML_FLOAT.test(raw)) {
        node.value = raw
      } else if (typeof node.value === 'boolean' && !PYYAML_BOOL.test(raw)) {
        node.value = raw
      } else if (node.value instanceof Date) {
        // A date: the model's JSON dump writes it back as this same ISO text.
        node.value = raw
      }
    }
  })
  if (!isMap(doc.contents)) return
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const value = pair.value
    if (!TEXT_FIELDS.includes(key) || !isScalar(value) || typeof value.value !== 'number') continue
    const raw = (value.srcToken as { source?: string } | undefined)?.source ?? ''
    if (value.type === 'PLAIN' && PYYAML_FLOAT.test(raw)) value.value = pyFloatStr(value.value)
  }
}

/** rockcraft.yaml as PyYAML's safe loader reads it (YAML 1.1, no duplicate keys, bounded aliases). */
type Where = (keys: string[]) => Omit<Problem, 'message'>

/** Where a key sits in rockcraft.yaml (the deepest of `keys` found), for annotations. */
function locator(file: string, doc: Document, lines: LineCounter): Where {
  return keys => {
    let node: unknown = doc.contents
    let line: number | undefined
    let column: number | undefined
    for (const key of keys) {
      if (!isMap(node)) break
      const pair = node.items.find(
        p => isPair(p) && String((p.key as { value?: unknown })?.value ?? p.key) === key
      )
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range
      if (!pair || !range) break
      ;({ line, col: column } = lines.linePos(range[0]))
      node = pair.value
    }
    return { file, line, column }
  }
}

export function loadProjectYaml(
  text: string,
  file: string
): { data?: Yaml; problem?: Problem; at?: Where } {
  let doc
  const lines = new LineCounter()
  try {
    doc = parseDocument(text, {
      version: '1.1',
      uniqueKeys: true,
      merge: true,
      prettyErrors: false,
      lineCounter: lines,
      keepSourceTokens: true
    })
  } catch (err) {
    return { problem: yamlProblem(file, (err as Error).message) }
  }
  const error = doc.errors[0]
  // prettyErrors off leaves linePos unset: the line comes from the error's offset.
  if (error) {
    return {
      problem: yamlProblem(file, error.message, error.linePos ?? [lines.linePos(error.pos[0])])
    }
  }
  typeAsPyYaml(doc)
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 100 })
  } catch (err) {
    return { problem: yamlProblem(file, (err as Error).message) }
  }
  if (!isMapping(data)) {
    return {
      problem: {
        message: `${PROJECT_FILE} must be a mapping of keys (name, base, parts...); it holds ${data === null || data === undefined ? 'nothing' : Array.isArray(data) ? 'a list' : 'a single value'}`,
        file
      }
    }
  }
  return { data: normalizeScalars(data) as Yaml, at: locator(file, doc, lines) }
}

// PyYAML gives datetimes for timestamps; the model turns them into text. Keep plain JSON-like data.
function normalizeScalars(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString()
  if (typeof v === 'bigint') return Number(v)
  if (Array.isArray(v)) return v.map(normalizeScalars)
  if (v instanceof Map) return normalizeScalars(Object.fromEntries(v))
  if (isMapping(v)) {
    const out: Yaml = {}
    for (const [k, val] of Object.entries(v)) out[k] = normalizeScalars(val)
    return out
  }
  return v
}

interface Requirements {
  names: Set<string>
  problems: Problem[]
  /** rockcraft would crash reading them */
  crashes: Problem[]
  hints: Problem[]
  files: string[]
  hasRequirementsTxt: boolean
  hasAny: boolean
}

async function readRequirements(dir: string): Promise<Requirements> {
  const out: Requirements = {
    names: new Set(),
    problems: [],
    crashes: [],
    hints: [],
    files: [],
    hasRequirementsTxt: false,
    hasAny: false
  }
  const reqFile = path.join(dir, 'requirements.txt')
  if (await exists(reqFile)) {
    out.hasRequirementsTxt = out.hasAny = true
    out.files.push(reqFile)
    const { text, problem, bytes } = await readProjectText(
      dir,
      'requirements.txt',
      MAX_REQUIREMENTS_BYTES
    )
    // rockcraft reads it with Path.read_text(), UTF-8 and strict: other bytes crash rockcraft
    const crash = bytes && pythonUtf8Error(bytes)
    if (crash) {
      const utf16 = bytes[0] + bytes[1] === 0xff + 0xfe && bytes[0] !== bytes[1]
      out.crashes.push({
        message: `rockcraft would crash reading requirements.txt: Path.read_text() decodes it as UTF-8 and raises ${crash}${utf16 ? '. The file is UTF-16 (it starts with a UTF-16 byte order mark)' : ''}. Save it as UTF-8`,
        file: reqFile
      })
    } else if (problem) out.problems.push(problem)
    if (text?.includes('\0')) {
      out.hints.push({
        message:
          'requirements.txt holds NUL characters, as a file saved as UTF-16 does: rockcraft reads it as UTF-8 and finds no requirement in it. Save it as UTF-8',
        file: reqFile
      })
    }
    if (text !== undefined) {
      if (text.startsWith('\ufeff')) {
        out.hints.push({
          message:
            'requirements.txt starts with a byte order mark; rockcraft does not strip it, so its first line is ignored. Save the file as UTF-8 without BOM',
          file: reqFile,
          line: 1
        })
      }
      splitLines(text).forEach((line, i) => {
        const name = requirementName(line)
        if (name !== undefined) {
          out.names.add(name.toLowerCase())
        } else if (/^\s*[A-Za-z0-9]/.test(line) && !/^\s*(git|hg|svn|bzr)\+/.test(line)) {
          out.hints.push({
            message: `requirements.txt line ${i + 1} is ignored by rockcraft (not a PEP 508 requirement, e.g. an inline comment or option): ${line.trim().slice(0, 120)}`,
            file: reqFile,
            line: i + 1
          })
        }
      })
    }
  }
  const tomlFile = path.join(dir, 'pyproject.toml')
  if (await exists(tomlFile)) {
    out.hasAny = true
    out.files.push(tomlFile)
    const { text, problem } = await readProjectText(dir, 'pyproject.toml', MAX_REQUIREMENTS_BYTES)
    if (problem) out.problems.push(problem)
    if (text !== undefined) {
      let data: unknown
      try {
        data = parseToml(text)
      } catch (err) {
        const e = err as TomlError
        out.problems.push({
          message: `error parsing pyproject.toml: ${String(e.message).split('\n')[0]}`,
          file: tomlFile,
          line: typeof e.line === 'number' ? e.line : undefined,
          column: typeof e.column === 'number' ? e.column : undefined
        })
      }
      if (data !== undefined) {
        const project = (data as Yaml).project ?? {}
        const deps = isMapping(project) ? (project.dependencies ?? []) : undefined
        if (!Array.isArray(deps)) {
          out.problems.push({
            message: 'pyproject.toml: [project].dependencies must be a list of requirement strings',
            file: tomlFile
          })
        } else {
          for (const dep of deps) {
            const name = typeof dep === 'string' ? requirementName(dep) : undefined
            if (name !== undefined) out.names.add(name.toLowerCase())
          }
        }
      }
    }
  }
  return out
}

/** Where flask is declared in ways rockcraft does not read, each with the fix. */
async function flaskElsewhere(dir: string): Promise<Problem[]> {
  const hints: Problem[] = []
  const reqFile = path.join(dir, 'requirements.txt')
  const req = (await exists(reqFile))
    ? await readProjectText(dir, 'requirements.txt', MAX_REQUIREMENTS_BYTES)
    : {}
  const lines = req.text === undefined ? [] : splitLines(req.text)
  const includes: { name: string; line: number }[] = []
  lines.forEach((line, i) => {
    // pip-compile --generate-hashes: "flask==3.0.3 \" then "    --hash=sha256:..." lines
    const continued = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*([^\\]*?)\s*\\\s*$/.exec(
      line
    )
    if (continued && continued[1].toLowerCase() === 'flask') {
      hints.push({
        message: `"${line.trim()}" continues on the next line, as pip-compile --generate-hashes writes it; rockcraft reads each line on its own and skips this one, so it does not see flask. Generate requirements.txt without --generate-hashes, or add a line "flask${continued[3] ? continued[3].replace(/\s+/g, '') : ''}"`,
        file: reqFile,
        line: i + 1
      })
    }
    const include = /^\s*(?:-r|--requirement)(?:\s*=\s*|\s+)(\S+)/.exec(line)
    if (include) {
      const name = path.normalize(include[1])
      if (name.startsWith('..') || path.isAbsolute(name)) return
      includes.push({ name, line: i + 1 })
    }
  })
  for (const { name, line } of includes) {
    const inc = await readProjectText(dir, name, MAX_REQUIREMENTS_BYTES)
    if (
      inc.text !== undefined &&
      splitLines(inc.text).some(l => requirementName(l)?.toLowerCase() === 'flask')
    ) {
      hints.push({
        message: `flask is listed in ${name}, which requirements.txt includes with -r; rockcraft reads only requirements.txt itself (pip will still install ${name}). Add a line "flask" to requirements.txt`,
        file: reqFile,
        line
      })
    }
  }
  const tomlFile = path.join(dir, 'pyproject.toml')
  if (await exists(tomlFile)) {
    const toml = await readProjectText(dir, 'pyproject.toml', MAX_REQUIREMENTS_BYTES)
    let data: unknown
    try {
      data = toml.text === undefined ? undefined : parseToml(toml.text)
    } catch {
      data = undefined
    }
    const tool = isMapping(data) && isMapping(data.tool) ? data.tool : {}
    const poetry = isMapping(tool.poetry) ? tool.poetry : {}
    const deps = isMapping(poetry.dependencies) ? poetry.dependencies : {}
    if (Object.keys(deps).some(k => k.toLowerCase() === 'flask')) {
      hints.push({
        message:
          'flask is listed under [tool.poetry.dependencies], which rockcraft does not read: export a requirements.txt (poetry export -f requirements.txt -o requirements.txt --without-hashes) or list it in [project].dependencies',
        file: tomlFile
      })
    }
  }
  return hints
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined
}

async function projectDir(dir: string): Promise<string> {
  const abs = path.resolve(dir)
  let info
  try {
    info = await stat(abs)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new ProjectUsageError(
      code === 'ENOENT'
        ? `project directory ${abs} does not exist`
        : `cannot open project directory ${abs}: ${code ?? (err as Error).message}`
    )
  }
  if (!info.isDirectory()) {
    throw new ProjectUsageError(`project path ${abs} is not a directory`)
  }
  return abs
}

export async function checkProject(
  dir: string,
  opts: { env?: NodeJS.ProcessEnv; python?: string } = {}
): Promise<CheckResult> {
  const env = opts.env ?? process.env
  const abs = await projectDir(dir)
  const result: CheckResult = {
    dir: abs,
    platforms: [],
    problems: [],
    hints: [],
    worker: 'sync',
    requirements: [],
    dependencyFiles: []
  }
  const problems = result.problems

  // python3 starts now and gets its question (the candidates depend on the project name, the
  // boot prediction on the expanded install-app part) once rockcraft.yaml is read: its start-up
  // overlaps ours. null: nothing to ask.
  let ask: (q: ProjectQuestion | null) => void = () => {}
  const question = new Promise<ProjectQuestion | null>(resolve => (ask = resolve))
  const analysis = analyzeProject(abs, question, opts.python, env).catch((err: unknown) => err)
  const install = predictInstall(abs).catch((err: unknown) => ({
    backend: 'unknown',
    file: 'pyproject.toml',
    modules: [],
    notes: [],
    unsure: [{ message: `cannot read the build configuration: ${(err as Error).message}` }]
  }))

  const requirements = readRequirements(abs)
  const projectFile = path.join(abs, PROJECT_FILE)
  let yaml: Yaml | undefined
  let at: Where = () => ({ file: projectFile })
  const topLevel = await readdir(abs).catch((err: NodeJS.ErrnoException) => {
    ask(null)
    throw new ProjectError(`cannot list project directory ${abs}: ${err.code ?? err.message}`)
  })
  try {
    // rockcraft.yaml
    if (await exists(projectFile)) {
      result.rockcraftFile = projectFile
      const { text, problem } = await readProjectText(abs, PROJECT_FILE, MAX_PROJECT_FILE_BYTES)
      if (problem) problems.push(problem)
      if (text !== undefined) {
        result.rockcraftText = text
        const loaded = loadProjectYaml(text, projectFile)
        if (loaded.problem) problems.push(loaded.problem)
        yaml = loaded.data
        if (loaded.at) at = loaded.at
      }
    } else {
      problems.push({ message: `Project file '${PROJECT_FILE}' not found in '${abs}'.` })
      result.hints.push({
        message:
          "write one with `flask-rock init` (or the action's `init: true`), shaped like `rockcraft init --profile flask-framework`"
      })
    }
    if (yaml) {
      result.name = str(yaml.name)
      result.version = str(yaml.version)
      result.base = str(yaml.base)
      result.buildBase = str(yaml['build-base'])
      if (isMapping(yaml.platforms)) result.platforms = Object.keys(yaml.platforms)
      for (const field of unknownFields(yaml)) {
        problems.push({
          message: `extra field '${field}' not permitted in top-level configuration`,
          ...at([field])
        })
        const near = nearestField(field)
        if (near)
          result.hints.push({ message: `'${field}': did you mean \`${near}\`?`, ...at([field]) })
      }
      // The Project model's required fields, in its order.
      for (const field of ['name', 'summary', 'description', 'base', 'platforms']) {
        if (!(field in yaml)) {
          problems.push({
            message: `field '${field}' required in top-level configuration`,
            file: projectFile
          })
        }
      }
      for (const [field, message] of nameVersionProblems(yaml)) {
        problems.push({ message, ...at([field]) })
      }
      for (const field of ['platforms', 'parts', 'services', 'environment', 'checks']) {
        const value = yaml[field]
        if (value !== undefined && value !== null && !isMapping(value)) {
          problems.push({ message: `field '${field}' must be a mapping`, ...at([field]) })
        }
      }
      const extensions = Array.isArray(yaml.extensions) ? yaml.extensions : []
      if (!extensions.includes(EXTENSION)) {
        problems.push({
          message: `${PROJECT_FILE} does not use the ${EXTENSION} extension (add "extensions: [${EXTENSION}]")`,
          ...at(['extensions'])
        })
      }
      for (const other of extensions.filter(e => e !== EXTENSION)) {
        problems.push({
          message: `only the ${EXTENSION} extension is supported here, not ${JSON.stringify(other)}`,
          ...at(['extensions'])
        })
      }
      const refusals = baseProblems(yaml, env)
      for (const message of refusals) problems.push({ message, ...at(['base']) })
      if (refusals.some(p => p.startsWith(`Extension '${EXTENSION}' does not support base`))) {
        result.hints.push({
          message: `the ${EXTENSION} extension supports the bases ${SUPPORTED_BASES}`,
          ...at(['base'])
        })
      }
      if (refusals.some(p => p.startsWith('Extension is experimental'))) {
        // Experimental support is only for 26.04: any other base is refused once enabled.
        const experimental = baseProblems(yaml, { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' })
        if (experimental.length === 0) {
          result.hints.push({ message: EXPERIMENTAL_RESOLUTION, ...at(['base']) })
          result.hints.push({ message: EXPERIMENTAL_DOCS, ...at(['base']) })
          result.hints.push({ message: EXPERIMENTAL_HERE, ...at(['base']) })
        } else {
          result.hints.push({
            message: `the ${EXTENSION} extension supports the bases ${SUPPORTED_BASES}; base ${String(yaml.base)}${yaml['build-base'] ? ` with build-base ${String(yaml['build-base'])}` : ''} is not one of them`,
            ...at(['base'])
          })
        }
      }
    }
  } catch (err) {
    ask(null) // python3 is waiting for its question: let it go
    throw err
  }
  const profile = yaml ? profileFor(yaml) : V1
  const userCommand = yaml ? userFlaskCommand(yaml) : undefined
  const userWsgi = userCommand
    ? wsgiOfCommand(userCommand, `/${profile.configDir}/gunicorn.conf.py`)
    : undefined
  let installPart: Yaml | undefined
  if (yaml && primeProblems(yaml).length === 0) {
    installPart = expandedInstallApp(yaml, topLevel)
  }
  const installed = await install
  if (installed) {
    const dependencies = yaml ? partName(yaml, 'dependencies') : `${EXTENSION}/dependencies`
    result.install = installPrediction(abs, installed, dependencies)
  }
  // Dependencies: what they install is what an absolute import of their names finds.
  const reqs = await requirements
  if (userCommand && (!userWsgi || !installPart)) ask(null)
  else {
    ask({
      candidates: userCommand ? null : entrypointCandidates(result.name),
      wsgi: userWsgi,
      install: installPart ?? null,
      appDir: profile.appDir,
      installed: Object.fromEntries((installed?.modules ?? []).map(m => [m.name, m.path])),
      provided: providedImportNames(reqs.names)
    })
  }

  result.requirements = [...reqs.names].sort()
  result.worker = reqs.names.has('gevent') ? 'gevent' : 'sync'
  result.dependencyFiles = [...reqs.files, ...(result.rockcraftFile ? [result.rockcraftFile] : [])]
  result.hints.push(...reqs.hints)
  problems.push(...reqs.problems)
  if (reqs.crashes.length > 0) result.rockcraftCrashes = reqs.crashes
  if (yaml && profile.uv) problems.push(...(await uvProblems(abs, yaml, topLevel, result)))
  if (!reqs.hasAny) problems.push({ message: MISSING_REQUIREMENTS })
  else if (reqs.problems.length === 0 && reqs.crashes.length === 0 && !reqs.names.has('flask')) {
    problems.push({ message: MISSING_FLASK, file: reqs.files[0] })
    result.hints.push(...(await flaskElsewhere(abs)))
  }

  const found = await analysis
  if (found instanceof PythonMissingError) {
    // With the user's own command, only the boot prediction needed Python: go on without it.
    if (!userCommand) throw new ProjectError(found.message)
    result.hints.push({ message: `no boot prediction: ${found.message}` })
  } else if (found instanceof Error) throw found
  if (found !== undefined && found !== null && !(found instanceof Error)) {
    const {
      hints,
      problem,
      wsgi,
      apps,
      boot,
      ships,
      installed: fromVenv
    } = found as Awaited<ReturnType<typeof analyzeProject>>
    result.hints.push(...hints.map(h => absolutize(abs, h)))
    if (!userCommand) {
      if (problem) problems.push(absolutize(abs, problem))
      result.wsgi = wsgi
      // Where rockcraft looked and where the app is, unless a near miss already says why.
      if (problem && !problem.file && hints.length === 0) {
        result.hints.push(...entrypointHints(abs, result.name, profile.appDir, apps))
      }
    }
    if (boot && yaml) {
      result.boot = bootPrediction(
        abs,
        yaml,
        topLevel,
        boot,
        ships ?? [],
        result.rockcraftFile,
        profile,
        fromVenv ?? [],
        result.install
      )
    }
  }

  if (yaml) {
    for (const message of primeProblems(yaml)) {
      problems.push({ message, ...at(['parts', partName(yaml, 'install-app'), 'prime']) })
    }
    if (partSeparator(yaml) === '.' && isMapping(yaml.parts)) {
      // rockcraft#1345: from 26.04 on, part names hold no '/', and the extension's use '.'.
      for (const part of Object.keys(yaml.parts).filter(p => p.includes('/'))) {
        const ours = part.startsWith(`${EXTENSION}/`)
          ? `: the extension's part is ${EXTENSION}.${part.slice(EXTENSION.length + 1)} on this base`
          : ''
        problems.push({
          message: `part name '${part}' contains '/', which rockcraft does not allow on base ${routingBaseOf(yaml)}${ours}`,
          ...at(['parts', part])
        })
      }
    }
    for (const [field, message] of modelBaseProblems(yaml))
      problems.push({ message, ...at([field]) })
    if (yaml.base === 'bare') {
      if (!yaml['build-base']) {
        problems.push({
          message: 'When "base" is "bare", a build-base must be specified.',
          ...at(['base'])
        })
      } else if (!barePython(yaml)) {
        problems.push({
          message: `Unable to determine the Python version for the build-base ${String(yaml['build-base'])}`,
          ...at(['build-base'])
        })
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
    })
    result.expanded = asProjectModel(applySnippet(yaml, snippet))
    const flat = unverifiedFlatLayout(
      (result.expanded.parts as Yaml | undefined)?.[partName(yaml, 'install-app')] as Yaml
    )
    if (profile === V2 && flat.length > 0) {
      result.hints.push({
        message: `${partName(yaml, 'install-app')} organizes ${flat.join(', ')} here; rockcraft#1348 copies such a flat layout in override-build instead, and its code could not be read (ROCKCRAFT_STATE): this part of the expansion may differ from rockcraft's`
      })
    }
  }
  return result
}

const SUPPORTED_BASES =
  'ubuntu@22.04, ubuntu@24.04 and bare with build-base ubuntu@22.04 or ubuntu@24.04 (and, experimental, ubuntu@26.04 and bare with build-base ubuntu@26.04)'

function routingBaseOf(yaml: Yaml): string {
  return routingBase(yaml) ?? String(yaml['build-base'] ?? yaml.base)
}

/** How to enable the experimental 26.04 extension here, beside rockcraft's own resolution. */
export const EXPERIMENTAL_HERE =
  'the 26.04 (V2) flask-framework extension is experimental in rockcraft: enable it with the action input experimental-extensions: true, or flask-rock check --experimental-extensions (both set ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS for the check and the pack)'

/**
 * rockcraft#1308 on 26.04: uv.lock needs pyproject.toml; with both, the uv plugin builds the
 * dependencies from the lock (uv sync, UV_FROZEN), which must then be TOML. uv.lock joins the
 * dependency files (the pack cache key).
 */
async function uvProblems(
  abs: string,
  yaml: Yaml,
  topLevel: string[],
  result: CheckResult
): Promise<Problem[]> {
  if (!topLevel.includes('uv.lock')) return []
  const lockFile = path.join(abs, 'uv.lock')
  if (!topLevel.includes('pyproject.toml'))
    return [{ message: UV_WITHOUT_PYPROJECT, file: lockFile }]
  if (!usesUv(yaml, { topLevel })) return []
  result.dependencyFiles.splice(result.dependencyFiles.length - 1, 0, lockFile)
  result.hints.push({
    message: `uv.lock and pyproject.toml: rockcraft builds ${partName(yaml, 'dependencies')} with the uv plugin (uv sync --no-dev --no-editable from the lock, which installs the project itself when pyproject.toml has a [build-system]). The part shown here follows rockcraft#1308 as of its pull request head; its merged code could not be read (ROCKCRAFT_STATE)`,
    file: lockFile
  })
  const { text, problem } = await readProjectText(abs, 'uv.lock', MAX_UV_LOCK_BYTES)
  if (problem) return [problem]
  try {
    parseToml(text ?? '')
  } catch (err) {
    const e = err as TomlError
    return [
      {
        message: `uv.lock is not TOML, so uv sync would refuse it: ${String(e.message).split('\n')[0]}`,
        file: lockFile,
        line: typeof e.line === 'number' ? e.line : undefined,
        column: typeof e.column === 'number' ? e.column : undefined
      }
    ]
  }
  return []
}

/** Turns the python bridge's boot graph into problems and warnings a Flask developer can act on. */
function bootPrediction(
  abs: string,
  yaml: Yaml,
  topLevel: string[],
  graph: BootGraph,
  ships: string[],
  rockcraftFile: string | undefined,
  profile: ExtensionProfile,
  installed: string[],
  install: InstallPrediction | undefined
): BootPrediction {
  const INSTALL_APP = partName(yaml, 'install-app')
  const APP_PREFIX = `${profile.appDir}/`
  const warnings: Problem[] = []
  // Imports served from the venv are "installed", not "project" (shipped under /flask/app).
  const fromVenv = new Set(installed)
  for (const edge of graph.imports) {
    if (edge.status === 'project' && fromVenv.has(edge.to.split('.')[0])) edge.status = 'installed'
  }
  const fileOf = (m: MissingImport): Partial<Problem> =>
    m.file === null
      ? { file: rockcraftFile }
      : { file: path.join(abs, m.file), line: m.line, column: m.column }
  const inApp = (rel: string): string => `/${APP_PREFIX}${rel}`
  // A function's body runs at boot when module-level code calls it: say which call, unless it is
  // the factory gunicorn calls.
  const called = (m: MissingImport): string =>
    m.via?.file
      ? `, in code that ${m.via.call} at ${m.via.file}:${m.via.line} runs at import time`
      : ''
  const what = (m: MissingImport): string => {
    if (m.file === null) return `gunicorn imports the WSGI module ${m.module} (${m.projectPath})`
    const when = m.boot ? 'at boot' : 'when a request runs this code'
    if (m.kind === 'string') {
      const chosen = m.selector
        ? m.selector.default
          ? ` (its '${m.selector.key}' entry, chosen while ${m.selector.variable} is unset)`
          : ` when ${m.selector.variable}=${m.selector.key}`
        : ''
      return `${m.call} imports ${m.attribute === null ? m.module : `${m.module}.${m.attribute}`}${chosen} ${when}${called(m)}`
    }
    if (m.kind === 'pyfile') return `${m.call} reads ${inApp(m.module ?? '')} ${when}${called(m)}`
    return `${m.module} is imported ${when}${called(m)}`
  }
  const stops = (m: MissingImport): string =>
    m.kind === 'pyfile'
      ? `FileNotFoundError: [Errno 2] Unable to load configuration file (No such file or directory): '${inApp(m.module ?? '')}'`
      : m.kind === 'string'
        ? `werkzeug.utils.ImportStringError: import_string() failed for '${m.literal}' (${
            m.attribute === null
              ? `ModuleNotFoundError: No module named '${m.module}'`
              : `ImportError: ${m.initializing ? 'partially initialized ' : ''}module '${m.module}' has no attribute '${m.attribute}'${m.initializing ? ' (most likely due to a circular import)' : ''}`
          })`
        : `ModuleNotFoundError: No module named '${m.module}'`
  // One problem per file the rock lacks, at its first importing line, naming the others.
  const errors = new Map<string, { m: MissingImport; message?: string; also: MissingImport[] }>()
  // from_pyfile of a file the project does not have: no prime list ships it
  const absentFiles: Problem[] = []
  const chosenByDefault = new Set(
    graph.missing.filter(m => m.selector?.default).map(m => `${m.module}.${m.attribute}`)
  )
  for (const m of graph.missing) {
    if (m.guarded) continue // try/except ImportError: Python carries on without it
    if (m.selector && !m.selector.default && (m.status === 'missing' || m.status === 'absent')) {
      if (chosenByDefault.has(`${m.module}.${m.attribute}`)) continue // said once, as the default
      // another entry of a settings dict: the rock boots with the default, not with this one
      warnings.push({
        message: `${what(m)}, but ${m.status === 'missing' ? `the rock will not contain ${m.projectPath}` : 'the project has no such module'}: set so, gunicorn would stop with ${stops(m)}`,
        ...fileOf(m)
      })
      continue
    }
    if (m.status === 'computed') {
      warnings.push({
        message: `${m.call} runs at boot${called(m)} with a string built at run time: this check cannot tell which ${m.kind === 'pyfile' ? 'file it reads' : 'module it imports'}; make sure the rock has it`,
        ...fileOf(m)
      })
    } else if (m.status === 'unsure') {
      warnings.push({
        message: `${what(m)}; ${INSTALL_APP} moves files with organize globs, which this check does not follow: make sure ${inApp(m.projectPath ?? '')} is in the rock`,
        ...fileOf(m)
      })
    } else if (m.status === 'skipped') {
      warnings.push({
        message: `${what(m)}, but the rock will not contain ${m.projectPath}: with silent=True Flask skips it and the app starts without that configuration`,
        ...fileOf(m)
      })
    } else if (m.status === 'absent') {
      const lacks =
        m.attribute !== null
          ? `, which ${m.module} does not define and the project has no module ${m.module}.${m.attribute}`
          : m.kind === 'string'
            ? `, a module the project does not have`
            : ', a file the project does not have'
      const message = `${what(m)}${lacks}: gunicorn would stop with ${stops(m)}`
      if (m.boot && !m.ignored) absentFiles.push({ message, ...fileOf(m) })
      else warnings.push({ message, ...fileOf(m) })
    } else if (m.status === 'sibling') {
      const message = `${what(m)} as a top-level module, but it is ${m.projectPath}, next to the importing file: gunicorn runs from /${profile.appDir}, where only the project's top level is importable by that name. Import it relative to its package (from . import ${(m.module ?? '').split('.').pop()})`
      if (m.boot && !m.ignored) {
        errors.set(`sibling ${m.file}:${m.line} ${m.module}`, { m, message, also: [] })
      } else warnings.push({ message, ...fileOf(m) })
    } else if (m.boot && !m.ignored && install?.unsure && m.status === 'missing') {
      warnings.push({
        message: `${what(m)}, but the rock will not contain ${m.projectPath} under /${profile.appDir}; it boots only if pip install . puts ${(m.module ?? '').split('.')[0]} into the venv, which this check cannot tell from ${install.warnings[0]?.file ? path.basename(install.warnings[0].file) : 'the build configuration'}`,
        ...fileOf(m)
      })
    } else if (m.boot && m.ignored) {
      warnings.push({
        message: `${what(m)}, which the rock will not contain (${m.projectPath}); not an error because the line is marked "${IGNORE_BOOT_MARKER}"`,
        ...fileOf(m)
      })
    } else if (m.boot) {
      const key = m.projectPath ?? ''
      const seen = errors.get(key)
      if (seen) {
        if (m.file !== seen.m.file || m.line !== seen.m.line) seen.also.push(m)
      } else errors.set(key, { m, also: [] })
    }
  }
  // Request-time imports of a module that fails the boot anyway: the fix ships it.
  for (const m of graph.missing) {
    if (m.status === 'missing' && !m.boot && !m.guarded && !errors.has(m.projectPath ?? '')) {
      warnings.push({
        message: `${what(m)}, but the rock will not contain ${m.projectPath}: that request would fail with ${m.kind === 'pyfile' ? 'FileNotFoundError' : 'ModuleNotFoundError'}`,
        ...fileOf(m)
      })
    }
  }
  const additions = [
    ...new Set(
      [...errors.values()]
        .map(e => e.m)
        .filter(m => m.status === 'missing')
        .map(m => `${APP_PREFIX}${(m.projectPath ?? '').replace(/\/__init__\.py$/, '')}`)
    )
  ]
  const prime = primeWith(yaml, topLevel, additions)
  const userPrime = (yaml.parts as Yaml | undefined)?.[INSTALL_APP] as Yaml | undefined
  const exclusions = (Array.isArray(userPrime?.prime) ? (userPrime.prime as unknown[]) : [])
    .filter((e): e is string => typeof e === 'string' && e.startsWith('-'))
    .filter(e =>
      additions.some(a => a === e.slice(1).trim() || a.startsWith(`${e.slice(1).trim()}/`))
    )
  // Removing every entry leaves prime empty: the part's default list, which may lack the module.
  const userList = Array.isArray(userPrime?.prime) ? (userPrime.prime as unknown[]) : []
  const includeList =
    exclusions.length > 0 && userList.every(e => exclusions.includes(e as string))
      ? primeWith(
          { ...yaml, parts: { [INSTALL_APP]: { ...userPrime, prime: [] } } },
          topLevel,
          additions
        )
      : undefined
  const fix = prime
    ? `Add to ${PROJECT_FILE}: parts: {${INSTALL_APP}: {prime: [${prime.join(', ')}]}}`
    : includeList
      ? `Set parts.${INSTALL_APP}.prime in ${PROJECT_FILE} to [${includeList.join(', ')}] (removing ${exclusions.map(e => `"${e}"`).join(', ')} would leave it empty, which ships only the default list)`
      : exclusions.length > 0
        ? `Remove ${exclusions.map(e => `"${e}"`).join(', ')} from parts.${INSTALL_APP}.prime in ${PROJECT_FILE}`
        : `Make parts.${INSTALL_APP} in ${PROJECT_FILE} ship ${additions.join(', ') || 'it'}: its prime or stage drops it`
  const problems: Problem[] = [...errors.values()].map(({ m, message, also }) => ({
    message:
      message ??
      `${what(m)}${also.length > 0 ? ` (also at ${also.map(o => `${o.file ?? PROJECT_FILE}:${o.line}`).join(', ')})` : ''}, but the rock will not contain ${m.projectPath}: gunicorn would stop with ${stops(m)}. ${fix}`,
    ...fileOf(m)
  }))
  problems.push(...absentFiles)
  for (const a of graph.app) {
    const pkg = a.file.replace(/\/__init__\.py$/, '/')
    problems.push({
      message:
        a.kind === 'attribute'
          ? a.shadows
            ? `rockcraft's discovery picks ${a.shadows}, but Python imports the package ${pkg} (a regular package wins over a module of the same name), which never defines ${a.name}: gunicorn would stop with "${a.message}" Define ${a.name} in ${a.file}, or give ${a.shadows} a name the package does not shadow and serve it with services.flask.command`
            : `gunicorn serves ${a.name} from ${a.file}, which never defines it: it would stop with "${a.message}"`
          : a.kind === 'factory'
            ? `gunicorn calls ${a.name}() with no arguments: it would stop with ${a.message}. Give ${(a.params ?? []).join(', ')} a default value in the def of ${a.name}, as rockcraft serves the factory with no arguments`
            : `gunicorn serves ${a.what === 'None' ? 'an app that is None' : `${a.what}, not a WSGI callable`}: it would stop with "${a.message}"`,
      file: path.join(abs, a.file),
      line: a.line
    })
  }
  for (const u of graph.unreadable) {
    const p = absolutize(abs, u)
    const entry = {
      message: u.boot ? `${p.message}: Python would fail on it at boot` : p.message,
      file: p.file,
      line: p.line,
      column: p.column
    }
    if (u.boot) problems.push(entry)
    else warnings.push(entry)
  }
  if (graph.truncated) {
    warnings.push({
      message: `stopped following imports after ${graph.modules.length} modules; the prediction covers only those`
    })
  }
  return {
    problems,
    warnings,
    ships,
    appDir: profile.appDir,
    installed,
    graph,
    fix: prime
      ? { prime }
      : exclusions.length > 0
        ? { remove: exclusions, ...(includeList ? { prime: includeList } : {}) }
        : undefined
  }
}

/** The venv's share of what imports at boot, in the words of the ships line. */
export function installedLine(install: InstallPrediction): string {
  const names = install.modules.map(m => (m.package ? `${m.name}/` : `${m.name}.py`))
  return `${names.join(' ') || '(nothing)'} (pip install . into the venv, ${install.backend})`
}

/** installed.ts's answer as problems and warnings on the project's files. */
function installPrediction(
  abs: string,
  p: ProjectInstall,
  dependencies: string
): InstallPrediction {
  const at = (file?: string): string | undefined => file && path.join(abs, file)
  const pip = `pip install . (in ${dependencies})`
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
  }
}

/** Where rockcraft looked, and where the project's Flask app actually is, with the fix. */
function entrypointHints(
  abs: string,
  name: string | undefined,
  appDir: string,
  apps?: FoundApp[]
): Problem[] {
  const searched = entrypointCandidates(name).join(', ')
  const hints: Problem[] = [
    {
      message: `rockcraft looks for a module-level app or application (or def create_app / make_app) only in ${searched}${name ? '' : ' and <name>/ (name: is not set)'}`
    }
  ]
  for (const app of apps ?? []) {
    const top = app.file.split('/')[0]
    const factory = app.attr.endsWith('()')
    const shim = factory
      ? `from ${app.module} import ${app.attr.slice(0, -2)}" and "app = ${app.attr}`
      : `from ${app.module} import ${app.attr}${app.attr === 'app' ? '' : ' as app'}`
    // app.py and the other default entries ship without a prime list
    const ships = DEFAULT_PRIME.includes(top)
      ? ''
      : `, and ship ${top} in the rock: add ${appDir}/${top} to the install-app prime list (flask-rock check then names the whole list)`
    hints.push({
      message: `a Flask app is here (${app.module}:${app.attr}), where rockcraft does not look: add app.py at the project's top level with "${shim}"${ships}`,
      file: path.join(abs, app.file),
      line: app.line
    })
  }
  return hints
}

// The Project model's literal bases ("ubuntu:22.04" is read as "ubuntu@22.04" first).
const MODEL_BASES = [
  'bare',
  'ubuntu@20.04',
  'ubuntu@22.04',
  'ubuntu@24.04',
  'ubuntu@25.10',
  'ubuntu@26.04',
  'ubuntu@26.10'
]
const MODEL_BUILD_BASES = [
  'ubuntu@20.04',
  'ubuntu@22.04',
  'ubuntu@24.04',
  'ubuntu@25.10',
  'ubuntu@26.04',
  'devel'
]

function modelBaseProblems(yaml: Yaml): [string, string][] {
  const out: [string, string][] = []
  const check = (field: string, allowed: string[]): void => {
    const raw = yaml[field]
    if (raw === undefined || raw === null) return
    const value = raw === 'ubuntu:20.04' || raw === 'ubuntu:22.04' ? raw.replace(':', '@') : raw
    if (typeof value === 'string' && allowed.includes(value)) return
    const options = allowed.map(b => `'${b}'`)
    out.push([
      field,
      `input should be ${options.slice(0, -1).join(', ')} or ${options[options.length - 1]} (in field '${field}', input: ${JSON.stringify(raw).replace(/^"|"$/g, "'")})`
    ])
  }
  // The extension refuses an unsupported base first; the model's word on it adds nothing.
  if (!baseProblemsFor(yaml)) check('base', MODEL_BASES)
  check('build-base', MODEL_BUILD_BASES)
  return out
}

function baseProblemsFor(yaml: Yaml): boolean {
  return baseProblems(yaml, { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' }).length > 0
}

function absolutize(dir: string, p: Problem): Problem {
  return p.file ? { ...p, file: path.join(dir, p.file) } : p
}

/** The expanded project as `rockcraft expand-extensions` prints it (yaml), or as JSON. */
export function renderExpansion(
  expanded: Record<string, unknown>,
  format: 'yaml' | 'json'
): string {
  if (format === 'json') return JSON.stringify(expanded, null, 2) + '\n'
  return dumpPyYaml(expanded as YamlValue)
}
