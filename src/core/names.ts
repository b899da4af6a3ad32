// rockcraft's Project model rules for `name` and `version` (craft-application's ProjectName and
// VersionStr), with its error texts, as `rockcraft pack` and `expand-extensions` print them.

export const INVALID_NAME =
  'invalid name: Names can only use ASCII lowercase letters, numbers, and hyphens. They must have at least one letter, may not start or end with a hyphen, and may not have two hyphens in a row.'
export const INVALID_VERSION =
  'invalid version: Valid versions consist of upper- and lower-case alphanumeric characters, as well as periods, colons, plus signs, tildes, and hyphens. They cannot begin with a period, colon, plus sign, tilde, or hyphen. They cannot end with a period, colon, or hyphen.'
const MAX_NAME = 40
const MAX_VERSION = 32

/** craft-application's project-name rule, stated without its backtracking-prone regex. */
export function isValidProjectName(name: string): boolean {
  return (
    name.length > 0 &&
    /^[a-z0-9-]+$/.test(name) &&
    /[a-z]/.test(name) &&
    !name.startsWith('-') &&
    !name.endsWith('-') &&
    !name.includes('--')
  )
}

export function isValidVersion(version: string): boolean {
  return /^[a-zA-Z0-9](?:[a-zA-Z0-9:.+~-]*[a-zA-Z0-9+~])?$/.test(version)
}

/** Python's str() of a YAML scalar, as the model's validators see it. */
function pyStr(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False'
  if (v === null || v === undefined) return 'None'
  return String(v)
}

/** Python's repr() of the input, as pydantic's error shows it. */
export function pyRepr(v: unknown): string {
  if (typeof v !== 'string') return pyStr(v)
  const quote = v.includes("'") && !v.includes('"') ? '"' : "'"
  const body = v
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote
}

function fieldError(message: string, field: string, input: unknown): string {
  return `${message} (in field '${field}', input: ${pyRepr(input)})`
}

/** The model's errors for name and version, in its field order; none when absent (reported elsewhere). */
export function nameVersionProblems(yaml: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = []
  if ('name' in yaml) {
    const name = yaml.name
    if (!isValidProjectName(pyStr(name))) out.push(['name', fieldError(INVALID_NAME, 'name', name)])
    else if (pyStr(name).length > MAX_NAME) {
      out.push([
        'name',
        fieldError(`string should have at most ${MAX_NAME} characters`, 'name', name)
      ])
    }
  }
  if ('version' in yaml && yaml.version !== null) {
    const version = yaml.version
    if (!isValidVersion(pyStr(version))) {
      out.push(['version', fieldError(INVALID_VERSION, 'version', version)])
    } else if (pyStr(version).length > MAX_VERSION) {
      out.push([
        'version',
        fieldError(`string should have at most ${MAX_VERSION} characters`, 'version', version)
      ])
    }
  }
  return out
}
