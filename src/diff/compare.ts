// The difference of two rock reads, as data (pure: no I/O). Packages come from the SBOM built of
// each read (the same readers `flask-rock sbom` uses), config from the image config, services
// from the Pebble layer files, files from the app directory's entries.
import { parse as parseYaml } from 'yaml'
import type { buildSbom } from '../sbom/build.js'
import type { AppFile, LayerFacts, RockSide } from './read.js'

export interface SideFacts {
  given: string
  digest: string
  architecture?: string
  layers: number
}

/** A thing on both sides, on one only, or changed: versions (or values) as text. */
export interface Changed {
  name: string
  old?: string
  new?: string
}

export interface VersionChanges {
  added: Changed[]
  removed: Changed[]
  changed: Changed[]
  /** How many are on both sides at the same version. */
  unchanged: number
}

export interface LayerChange {
  /** 1-based, in the image's order. */
  index: number
  old?: LayerFacts
  new?: LayerFacts
  /** Same digest on both sides. */
  same: boolean
}

export interface FileChange {
  path: string
  oldSize?: number
  newSize?: number
}

export interface RockDiff {
  old: SideFacts
  new: SideFacts
  /** Sums of the layers; unpacked undefined when a layer's unpacked size is not known. */
  size: {
    compressed: [number, number]
    unpacked: [number | undefined, number | undefined]
  }
  layers: LayerChange[]
  python: VersionChanges
  ubuntu: VersionChanges
  go: VersionChanges
  /** User, Entrypoint, Cmd, WorkingDir, Env NAME, ExposedPorts PORT, Label KEY, architecture. */
  config: Changed[]
  /** "flask command", "flask startup", ... of the Pebble layers merged. */
  pebble: Changed[]
  app: {
    /** The app directory on each side (no leading '/'). */
    dir: [string | undefined, string | undefined]
    unchanged: number
    changed: FileChange[]
    added: FileChange[]
    removed: FileChange[]
  }
  /** What could not be compared, per side. */
  problems: string[]
}

interface Component {
  name?: string
  version?: string
  'bom-ref'?: string
  components?: Component[]
}

/** The SBOM's builder: passed in, so that its module loads while the sides are read. */
export type BuildSbom = typeof buildSbom

/** Package versions by name, as the SBOM lists them (a name twice: its versions joined). */
function packages(
  side: RockSide,
  build: BuildSbom
): {
  python: Map<string, string>
  ubuntu: Map<string, string>
  go: Map<string, string>
} {
  const sbom = build({
    contents: side.contents,
    tool: { name: 'flask-rock-diff', version: '1' },
    timestamp: new Date(0)
  })
  const bom = JSON.parse(sbom.json) as { components?: Component[] }
  const sets = {
    python: new Map<string, Set<string>>(),
    ubuntu: new Map<string, Set<string>>(),
    go: new Map<string, Set<string>>()
  }
  const add = (into: Map<string, Set<string>>, name: string, version: string | undefined): void => {
    const set = into.get(name) ?? new Set<string>()
    set.add(version ?? '(version unknown)')
    into.set(name, set)
  }
  for (const c of bom.components ?? []) {
    const ref = c['bom-ref'] ?? ''
    if (ref.startsWith('pypi:')) add(sets.python, c.name ?? '', c.version)
    else if (ref.startsWith('deb:')) add(sets.ubuntu, c.name ?? '', c.version)
    else if (ref.startsWith('go:')) {
      // A Go program: itself, and each module it was built with.
      const program = c.name ?? ''
      add(sets.go, program, c.version)
      for (const m of c.components ?? []) add(sets.go, `${program} > ${m.name ?? ''}`, m.version)
    }
  }
  const joined = (m: Map<string, Set<string>>): Map<string, string> =>
    new Map([...m].map(([k, v]) => [k, [...v].sort().join(', ')]))
  return { python: joined(sets.python), ubuntu: joined(sets.ubuntu), go: joined(sets.go) }
}

const byName = (a: Changed, b: Changed): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/** Compares name -> value maps; `key` folds names that are the same thing (PEP 503 for Python). */
export function compareMaps(
  oldMap: Map<string, string>,
  newMap: Map<string, string>,
  key: (name: string) => string = n => n
): VersionChanges {
  const fold = (m: Map<string, string>): Map<string, [string, string]> =>
    new Map([...m].map(([n, v]) => [key(n), [n, v]]))
  const o = fold(oldMap)
  const n = fold(newMap)
  const out: VersionChanges = { added: [], removed: [], changed: [], unchanged: 0 }
  for (const [k, [name, v]] of n) {
    const before = o.get(k)
    if (!before) out.added.push({ name, new: v })
    else if (before[1] !== v) out.changed.push({ name, old: before[1], new: v })
    else out.unchanged++
  }
  for (const [k, [name, v]] of o) if (!n.has(k)) out.removed.push({ name, old: v })
  out.added.sort(byName)
  out.removed.sort(byName)
  out.changed.sort(byName)
  return out
}

export const pep503 = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')

/** The config as name -> text: what a reviewer compares. */
export function configFacts(side: RockSide): Map<string, string> {
  const c = side.config
  const out = new Map<string, string>()
  const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v))
  for (const key of ['User', 'WorkingDir', 'StopSignal']) {
    if (c[key] !== undefined && c[key] !== '') out.set(key, text(c[key]))
  }
  for (const key of ['Entrypoint', 'Cmd']) {
    if (Array.isArray(c[key]) && c[key].length > 0) out.set(key, JSON.stringify(c[key]))
  }
  if (Array.isArray(c.Env)) {
    for (const e of c.Env) {
      if (typeof e !== 'string') continue
      const eq = e.indexOf('=')
      out.set(`Env ${eq < 0 ? e : e.slice(0, eq)}`, eq < 0 ? '' : e.slice(eq + 1))
    }
  }
  for (const [field, label] of [
    ['ExposedPorts', 'ExposedPort'],
    ['Volumes', 'Volume']
  ] as const) {
    const v = c[field]
    if (typeof v === 'object' && v !== null)
      for (const k of Object.keys(v)) out.set(`${label} ${k}`, 'yes')
  }
  const labels = c.Labels
  if (typeof labels === 'object' && labels !== null) {
    for (const [k, v] of Object.entries(labels)) out.set(`Label ${k}`, text(v))
  }
  if (side.contents.architecture) out.set('architecture', side.contents.architecture)
  if (side.contents.os) out.set('os', side.contents.os)
  return out
}

/**
 * The Pebble layers' services merged as Pebble merges them (files in name order; a service with
 * `override: replace` starts afresh), flattened: "<service> <field>" -> text.
 */
export function pebbleFacts(side: RockSide): { facts: Map<string, string>; problems: string[] } {
  const problems: string[] = []
  const services = new Map<string, Record<string, unknown>>()
  const files = [...side.contents.files]
    .filter(([, f]) => f.kind === 'pebble-layer')
    .sort(([a], [b]) => (a < b ? -1 : 1))
  for (const [p, file] of files) {
    let doc: unknown
    try {
      if (file.truncated) throw new Error('truncated')
      doc = parseYaml(file.data.toString('utf8'), { maxAliasCount: 100, uniqueKeys: false })
    } catch {
      problems.push(`/${p}: not read (not YAML, or larger than ${file.data.length} bytes)`)
      continue
    }
    const layer = (doc as { services?: unknown } | null)?.services
    if (typeof layer !== 'object' || layer === null) continue
    for (const [name, value] of Object.entries(layer)) {
      if (typeof value !== 'object' || value === null) continue
      const s = value as Record<string, unknown>
      const before = s.override === 'replace' ? {} : (services.get(name) ?? {})
      services.set(name, { ...before, ...s })
    }
  }
  const facts = new Map<string, string>()
  for (const [name, s] of services) {
    for (const [field, v] of Object.entries(s)) {
      if (field === 'override') continue
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
        for (const [k, x] of Object.entries(v))
          facts.set(`${name} ${field}.${k}`, typeof x === 'string' ? x : JSON.stringify(x))
      } else {
        facts.set(`${name} ${field}`, typeof v === 'string' ? v : JSON.stringify(v))
      }
    }
  }
  return { facts, problems }
}

const asChanges = (v: VersionChanges): Changed[] =>
  [...v.removed, ...v.added, ...v.changed].sort(byName)

function compareFiles(
  oldFiles: Map<string, AppFile>,
  newFiles: Map<string, AppFile>
): Omit<RockDiff['app'], 'dir'> {
  const out: Omit<RockDiff['app'], 'dir'> = { unchanged: 0, changed: [], added: [], removed: [] }
  const sizeOf = (f: AppFile): number | undefined => (f.type === 'dir' ? undefined : f.size)
  for (const [p, f] of newFiles) {
    const before = oldFiles.get(p)
    if (!before) out.added.push({ path: p, newSize: sizeOf(f) })
    else if (
      before.type !== f.type ||
      before.sha256 !== f.sha256 ||
      (f.type === 'file' && before.size !== f.size)
    ) {
      out.changed.push({ path: p, oldSize: sizeOf(before), newSize: sizeOf(f) })
    } else out.unchanged++
  }
  for (const [p, f] of oldFiles)
    if (!newFiles.has(p)) out.removed.push({ path: p, oldSize: sizeOf(f) })
  const byPath = (a: FileChange, b: FileChange): number =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  out.added.sort(byPath)
  out.removed.sort(byPath)
  out.changed.sort(byPath)
  return out
}

const sum = (xs: (number | undefined)[]): number | undefined =>
  xs.some(x => x === undefined) ? undefined : xs.reduce<number>((a, b) => a + (b ?? 0), 0)

/** The difference of two reads. */
export function compareSides(oldSide: RockSide, newSide: RockSide, build: BuildSbom): RockDiff {
  const facts = (s: RockSide): SideFacts => ({
    given: s.given,
    digest: s.contents.digest,
    ...(s.contents.architecture ? { architecture: s.contents.architecture } : {}),
    layers: s.layers.length
  })
  const [op, np] = [packages(oldSide, build), packages(newSide, build)]
  const [ope, npe] = [pebbleFacts(oldSide), pebbleFacts(newSide)]
  const layers: LayerChange[] = []
  for (let i = 0; i < Math.max(oldSide.layers.length, newSide.layers.length); i++) {
    const [o, n] = [oldSide.layers[i], newSide.layers[i]]
    layers.push({
      index: i + 1,
      ...(o ? { old: o } : {}),
      ...(n ? { new: n } : {}),
      same: o?.digest === n?.digest
    })
  }
  return {
    old: facts(oldSide),
    new: facts(newSide),
    size: {
      compressed: [
        sum(oldSide.layers.map(l => l.compressed)) ?? 0,
        sum(newSide.layers.map(l => l.compressed)) ?? 0
      ],
      unpacked: [sum(oldSide.layers.map(l => l.unpacked)), sum(newSide.layers.map(l => l.unpacked))]
    },
    layers,
    python: compareMaps(op.python, np.python, pep503),
    ubuntu: compareMaps(op.ubuntu, np.ubuntu),
    go: compareMaps(op.go, np.go),
    config: asChanges(compareMaps(configFacts(oldSide), configFacts(newSide))),
    pebble: asChanges(compareMaps(ope.facts, npe.facts)),
    app: {
      dir: [oldSide.appDir, newSide.appDir],
      ...compareFiles(oldSide.appFiles, newSide.appFiles)
    },
    problems: [
      ...[...oldSide.problems, ...ope.problems].map(p => `old: ${p}`),
      ...[...newSide.problems, ...npe.problems].map(p => `new: ${p}`)
    ]
  }
}
