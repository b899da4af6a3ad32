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

/** Where a Go program's version came from (the SBOM's flask-rock:version-source). */
export type VersionSource = 'go-buildinfo' | 'ldflags' | 'binary-string' | 'expansion-source-tag'

export interface ProgramVersion {
  version?: string
  source?: VersionSource
  /** Which setting or variable, in words (flask-rock:version-detail). */
  detail?: string
  /** Why no version is known (flask-rock:unknown, after "version: "). */
  why?: string
}

/** A version as Go modules spell theirs: a program's own "0.26.0" is module version v0.26.0. */
function moduleVersion(version: string): string {
  return version.startsWith('v') ? version : `v${version}`
}

/**
 * A Go program's version, from the most structured source that states one: the main module
 * version Go stamps (a build from a tag), the build info's -ldflags -X ...Version, the one
 * version a Go string variable in its data holds (GoVersionScan), and for statsd_exporter the
 * tag the project's expansion builds it from.
 */
export function programVersion(input: {
  program: string
  /** The build info's main module version and settings; undefined: no build info read. */
  main?: { version: string } | undefined
  settings?: Record<string, string>
  buildInfoProblem?: string
  strings?: string[]
  scanProblem?: string
  statsdExporterTag?: string
  /** Whether the project was given (its expansion is where statsd_exporter's tag would be). */
  projectGiven?: boolean
}): ProgramVersion {
  const { main } = input
  if (main && main.version !== '(devel)') {
    return { version: main.version, source: 'go-buildinfo', detail: 'the main module version' }
  }
  const x = input.settings ? ldflagsVersion(input.settings) : undefined
  if (x) return { version: x.version, source: 'ldflags', detail: `-ldflags -X ${x.variable}` }
  const strings = input.strings ?? []
  const tag = input.program === 'statsd_exporter' ? input.statsdExporterTag : undefined
  if (strings.length === 1) {
    const version = moduleVersion(strings[0])
    return {
      version,
      source: 'binary-string',
      detail: `a Go string variable in its data holds "${strings[0]}"${tag && tag !== version ? `; the expansion's source-tag says ${tag}` : ''}`
    }
  }
  if (tag) {
    return {
      version: tag,
      source: 'expansion-source-tag',
      detail: "rockcraft.yaml's expansion: the statsd-exporter part's source-tag"
    }
  }
  const looked = [
    input.buildInfoProblem ??
      (main
        ? 'the build info says (devel) (built from a source tree, not a module version) and sets no -X ...Version in -ldflags'
        : 'the build info names no main module'),
    strings.length > 1
      ? `Go string variables in its data hold ${strings.length} versions (${strings.join(', ')}), so it does not say which`
      : input.scanProblem
        ? `its data not scanned for a version: ${input.scanProblem}`
        : input.strings
          ? 'no Go string variable in its data holds a version'
          : undefined,
    input.program !== 'statsd_exporter'
      ? undefined
      : input.projectGiven
        ? "the project's expansion gives the statsd-exporter part no source-tag"
        : 'no project given for its source-tag'
  ]
  return { why: looked.filter(Boolean).join('; ') }
}
