// Where a Go program's version comes from when its build info names no module version (a build
// from a source tree says "(devel)"): what the binary states itself, its `-ldflags -X
// ...Version=` setting, then, for the rock's statsd_exporter, the tag rockcraft.yaml's expansion
// builds it from. Each answer says which source it came from (the SBOM records it).

/** A version as a Go program or a git tag spells it. */
const VERSION = /^v?[0-9][A-Za-z0-9.+~-]{0,63}$/

/** Go's strconv.Quote form of a build setting with spaces ("-s -w -X a.V=1"), unquoted. */
function unquoteSetting(value: string): string {
  if (!value.startsWith('"')) return value
  try {
    return JSON.parse(value) as string
  } catch {
    return ''
  }
}

/** Splits flags as cmd/go's quoted.Split does: spaces between, '...' or "..." around one. */
function splitFlags(text: string): string[] {
  const flags: string[] = []
  for (const m of text.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) flags.push(m[1] ?? m[2] ?? m[3])
  return flags
}

/**
 * The version an `-ldflags` build setting sets with `-X <package>.Version=<v>` (or `.version`),
 * and the variable it sets. A -trimpath build records no -ldflags: undefined then.
 */
export function ldflagsVersion(
  settings: Record<string, string>
): { version: string; variable: string } | undefined {
  const ldflags = settings['-ldflags']
  if (!ldflags) return undefined
  const flags = splitFlags(unquoteSetting(ldflags))
  for (let i = 0; i < flags.length; i++) {
    const x = flags[i] === '-X' ? flags[i + 1] : /^--?X=(.*)$/.exec(flags[i])?.[1]
    const m = /^([A-Za-z0-9._~/-]{1,255}\.[Vv]ersion)=(.*)$/.exec(x ?? '')
    if (m && VERSION.test(m[2])) return { version: m[2], variable: m[1] }
  }
  return undefined
}

/** rockcraft.yaml or its expansion, as parsed YAML. */
type Yaml = Record<string, unknown>

/**
 * The tag the flask-framework extension builds statsd_exporter from: the expansion's
 * `flask-framework/statsd-exporter` (or `.statsd-exporter` on 26.04) part's source-tag.
 */
export function statsdExporterTag(expanded: Yaml | undefined): string | undefined {
  const parts = expanded?.parts
  if (!parts || typeof parts !== 'object') return undefined
  for (const [name, part] of Object.entries(parts as Yaml)) {
    if (!/^flask-framework[/.]statsd-exporter$/.test(name)) continue
    const tag = (part as Yaml | null)?.['source-tag']
    if (typeof tag === 'string' && VERSION.test(tag)) return tag
  }
  return undefined
}
