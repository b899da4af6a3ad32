// rockcraft.yaml as rockcraft's PyYAML and Project model read it: the syntax, the scalar types, where
// each key sits, and the bases the model accepts.
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml'
import type { Problem } from './check.js'
import { baseProblems, isMapping, type Yaml } from './expand.js'
import { PROJECT_FILE } from './project-files.js'

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
export type Where = (keys: string[]) => Omit<Problem, 'message'>

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

export function modelBaseProblems(yaml: Yaml): [string, string][] {
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
