// The project check: reads what rockcraft reads (rockcraft.yaml, requirements.txt, pyproject.toml,
// the top level of the project, the entrypoint candidates), reports every refusal at once in
// rockcraft's words, and expands the project when it would be accepted.
import { lstat, readFile, readdir, realpath, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { parse as parseToml, TomlError } from 'smol-toml'
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml'
import { discoverEntrypoint, PythonMissingError } from './entrypoint.js'
import {
  EXTENSION,
  applySnippet,
  asProjectModel,
  barePython,
  baseProblems,
  isMapping,
  primeProblems,
  rootSnippet,
  unknownFields,
  userFlaskCommand,
  type Yaml
} from './expand.js'
import { dumpPyYaml, type YamlValue } from './pyyaml.js'
import { requirementName, splitLines } from './requirements.js'

export interface Problem {
  message: string
  file?: string
  line?: number
  column?: number
}

export interface CheckResult {
  dir: string
  rockcraftFile?: string
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
}

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

export const PROJECT_FILE = 'rockcraft.yaml'
/** Larger than any real project file; refusing beats hanging on a mistake. */
export const MAX_PROJECT_FILE_BYTES = 1 << 20
export const MAX_REQUIREMENTS_BYTES = 4 << 20

export const MISSING_REQUIREMENTS =
  "missing a requirements file (requirements.txt or pyproject.toml). The flask-framework extension requires one of these files with 'flask' specified as a dependency."
export const MISSING_FLASK = 'missing flask package dependency in requirements file.'

interface TextFile {
  text?: string
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
      return { problem: { message: `${name} is not valid UTF-8 (line ${bad})`, file, line: bad } }
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
  if (error) return { problem: yamlProblem(file, error.message, error.linePos) }
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
  hints: Problem[]
  files: string[]
  hasRequirementsTxt: boolean
  hasAny: boolean
}

async function readRequirements(dir: string): Promise<Requirements> {
  const out: Requirements = {
    names: new Set(),
    problems: [],
    hints: [],
    files: [],
    hasRequirementsTxt: false,
    hasAny: false
  }
  const reqFile = path.join(dir, 'requirements.txt')
  if (await exists(reqFile)) {
    out.hasRequirementsTxt = out.hasAny = true
    out.files.push(reqFile)
    const { text, problem } = await readProjectText(dir, 'requirements.txt', MAX_REQUIREMENTS_BYTES)
    if (problem) out.problems.push(problem)
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
    throw new ProjectError(
      code === 'ENOENT'
        ? `project directory ${abs} does not exist`
        : `cannot open project directory ${abs}: ${code ?? (err as Error).message}`
    )
  }
  if (!info.isDirectory()) throw new ProjectError(`project path ${abs} is not a directory`)
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

  // python3 starts now and gets its question (the candidates depend on the project name) once
  // rockcraft.yaml is read: its start-up overlaps ours. null: a user flask command, no search.
  let ask: (name: string | undefined | null) => void = () => {}
  const projectName = new Promise<string | undefined | null>(resolve => (ask = resolve))
  const discovery = discoverEntrypoint(abs, projectName, opts.python, env).catch(
    (err: unknown) => err
  )

  const projectFile = path.join(abs, PROJECT_FILE)
  let yaml: Yaml | undefined
  let at: Where = () => ({ file: projectFile })
  try {
    // rockcraft.yaml
    if (await exists(projectFile)) {
      result.rockcraftFile = projectFile
      const { text, problem } = await readProjectText(abs, PROJECT_FILE, MAX_PROJECT_FILE_BYTES)
      if (problem) problems.push(problem)
      if (text !== undefined) {
        const loaded = loadProjectYaml(text, projectFile)
        if (loaded.problem) problems.push(loaded.problem)
        yaml = loaded.data
        if (loaded.at) at = loaded.at
      }
    } else {
      problems.push({ message: `Project file '${PROJECT_FILE}' not found in '${abs}'.` })
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
      for (const message of baseProblems(yaml, env)) problems.push({ message, ...at(['base']) })
      if (problems.some(p => p.message.startsWith('Extension is experimental'))) {
        result.hints.push({
          message:
            'Run with ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=True to enable experimental extensions.'
        })
      }
    }
  } catch (err) {
    ask(null) // python3 is waiting for its question: let it go
    throw err
  }
  ask(yaml && userFlaskCommand(yaml) ? null : result.name)

  // Dependencies
  const reqs = await readRequirements(abs)
  result.requirements = [...reqs.names].sort()
  result.worker = reqs.names.has('gevent') ? 'gevent' : 'sync'
  result.dependencyFiles = [...reqs.files, ...(result.rockcraftFile ? [result.rockcraftFile] : [])]
  result.hints.push(...reqs.hints)
  problems.push(...reqs.problems)
  if (!reqs.hasAny) problems.push({ message: MISSING_REQUIREMENTS })
  else if (reqs.problems.length === 0 && !reqs.names.has('flask')) {
    problems.push({ message: MISSING_FLASK, file: reqs.files[0] })
  }

  if (!yaml || !userFlaskCommand(yaml)) {
    const found = await discovery
    if (found instanceof PythonMissingError) throw new ProjectError(found.message)
    if (found instanceof Error) throw found
    const { hints, problem, wsgi } = found as Awaited<ReturnType<typeof discoverEntrypoint>>
    result.hints.push(...hints.map(h => absolutize(abs, h)))
    if (problem) problems.push(absolutize(abs, problem))
    result.wsgi = wsgi
  }

  if (yaml) {
    for (const message of primeProblems(yaml)) {
      problems.push({ message, ...at(['parts', 'flask-framework/install-app', 'prime']) })
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

  if (yaml && problems.length === 0) {
    const topLevel = await readdir(abs)
    const snippet = rootSnippet(yaml, {
      topLevel,
      hasRequirementsTxt: reqs.hasRequirementsTxt,
      worker: result.worker,
      wsgi: result.wsgi
    })
    result.expanded = asProjectModel(applySnippet(yaml, snippet))
  }
  return result
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
