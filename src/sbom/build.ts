// The rock's SBOM as CycloneDX 1.6 JSON, built with OWASP's CycloneDX library from one read of
// the rock: the Python distributions (their METADATA), the Ubuntu packages (dpkg status, a chisel
// manifest, or the pack's own record), the Go programs (their embedded build info) and the rock
// itself. What could not be known is a property (flask-rock:unknown), never a guess.
// By subpath: the package's root also loads its validators, whose schema paths need __dirname
// (absent in the ESM bundle).
import * as Enums from '@cyclonedx/cyclonedx-library/Enums'
import * as Models from '@cyclonedx/cyclonedx-library/Models'
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize'
import * as Spec from '@cyclonedx/cyclonedx-library/Spec'
import { PackageURL } from 'packageurl-js'
import * as path from 'node:path'
import * as zlib from 'node:zlib'
import type { RockContents, RockFile } from '../rock/index.js'
import { DEFAULT_LIMITS, ReadBudget, type ReadLimits } from '../rock/limits.js'
import type { PackRecord } from './pack-record.js'
import {
  dpkgEntries,
  dpkgPackages,
  goBuildInfo,
  osRelease,
  pythonDist,
  type DebPackage,
  type GoModule,
  type OsRelease
} from './parse.js'
import { sbomSerialNumber } from './serial.js'
import { programVersion } from './go-version.js'

/** What the project says of the rock (rockcraft.yaml), where the action knows it. */
export interface RockFacts {
  name?: string
  version?: string
  base?: string
  buildBase?: string
  /** The tag the expansion builds statsd_exporter from (its statsd-exporter part's source-tag). */
  statsdExporterTag?: string
}

export interface SbomInput {
  contents: RockContents
  project?: RockFacts
  /** The pack's record (destructive mode); undefined: none read. */
  packRecord?: PackRecord
  /** Why the pack's record could not be read (LXD mode, no pack in this run). */
  packRecordNote?: string
  tool: { name: string; version: string }
  /** Fixed in tests; default now. */
  timestamp?: Date
  /** Tests make them small; default SBOM_BOUNDS and SBOM_LIMITS. */
  bounds?: Partial<SbomBounds>
  limits?: ReadLimits
}

/**
 * How much of a rock the SBOM lists. A rock is hostile input: a dpkg status of 200,000 packages
 * fits in 523 KB gzipped. Beyond a bound the SBOM lists what it read first and says it is
 * incomplete (a CycloneDX composition and a flask-rock:incomplete property), never more.
 */
export interface SbomBounds {
  /** Components listed, of every kind together (Go modules included). */
  components: number
  /** status.d/ files read (one per package on a distroless image). */
  statusFiles: number
  /** flask-rock:unknown lines kept. */
  unknownLines: number
}

// A real rock lists hundreds; 20,000 components keep the JSON near 8 MiB, under the 16 MiB that
// actions/attest takes.
export const SBOM_BOUNDS: SbomBounds = { components: 20_000, statusFiles: 4096, unknownLines: 1000 }

/**
 * The SBOM's time and memory, counted as the read's are (ReadBudget): the read's memory bound,
 * and a deadline of its own (the read is over by then).
 */
export const SBOM_LIMITS: ReadLimits = { ...DEFAULT_LIMITS, deadlineMs: 60_000 }

/** What a listed component costs in memory, roughly, besides its text. */
const COMPONENT_COST = 1024

export type UbuntuSource = 'dpkg status' | 'chisel manifest' | 'pack record' | 'none'

export interface SbomSummary {
  /** ubuntu: the distribution's packages, whichever it is (see distro). */
  counts: { python: number; ubuntu: number; go: number }
  /** Whose packages they are, from the rock's os-release (Debian, Ubuntu...); undefined: not known. */
  distro?: string
  /** Top-level versions; undefined: not known (unknowns says why). */
  versions: {
    flask?: string
    gunicorn?: string
    python?: string
    pebble?: string
    statsdExporter?: string
  }
  ubuntuSource: UbuntuSource
  /** One line per thing that could not be known. */
  unknowns: string[]
  /** Why the SBOM lists less than the rock holds (a bound reached); empty: complete. */
  incomplete: string[]
}

export interface Sbom {
  json: string
  summary: SbomSummary
}

const PROP = 'flask-rock'
/** A chisel manifest's decompressed size at most. */
const CHISEL_MAX = 64 * 1024 * 1024

function purl(
  type: string,
  namespace: string | undefined,
  name: string,
  version: string | undefined,
  qualifiers?: Record<string, string>
): string | undefined {
  try {
    return new PackageURL(type, namespace, name, version, qualifiers, undefined).toString()
  } catch {
    // A name or version the purl type refuses: the component is listed without a purl.
    return undefined
  }
}

function component(
  type: Enums.ComponentType,
  name: string,
  version: string | undefined,
  purlText: string | undefined,
  bomRef: string,
  properties: [string, string | undefined][]
): Models.Component {
  const c = new Models.Component(type, name, {
    ...(version ? { version } : {}),
    ...(purlText ? { purl: purlText } : {}),
    bomRef
  })
  for (const [key, value] of properties) {
    if (value !== undefined) c.properties.add(new Models.Property(`${PROP}:${key}`, value))
  }
  return c
}

/** The base's distribution as a deb purl names it: "ubuntu@24.04" -> ubuntu, 24.04. */
function baseRelease(facts: RockFacts | undefined): OsRelease | undefined {
  for (const base of [facts?.base, facts?.buildBase]) {
    const m = /^(ubuntu)[@:]([0-9.]+)$/.exec(base ?? '')
    if (m) return { id: m[1], versionId: m[2], name: 'Ubuntu' }
  }
  return undefined
}

/** A distribution's name for the summary: its own spelling for the two rocks are made of. */
function distroName(release: OsRelease): string {
  return { ubuntu: 'Ubuntu', debian: 'Debian' }[release.id] ?? release.name ?? release.id
}

/** A distribution (a Python METADATA or PKG-INFO) counts only where Python imports from. */
const INSTALLED_DIST =
  /(?:^|\/)(?:site|dist)-packages\/[^/]+\.(?:dist-info\/METADATA|egg-info\/PKG-INFO)$/

function chiselPackages(
  file: RockFile,
  room: number
): { packages?: DebPackage[]; more?: boolean; problem?: string } {
  const decompress = (
    zlib as unknown as {
      zstdDecompressSync?: (b: Buffer, o: { maxOutputLength: number }) => Buffer
    }
  ).zstdDecompressSync
  if (!decompress) {
    return { problem: 'the chisel manifest is zstd-compressed and this Node has no zstd' }
  }
  let text: string
  try {
    text = decompress(file.data, { maxOutputLength: CHISEL_MAX }).toString('utf8')
  } catch {
    return { problem: 'the chisel manifest is not zstd data or unpacks beyond 64 MiB' }
  }
  const packages: DebPackage[] = []
  let unread = 0
  const notRead = (): string | undefined =>
    unread > 0 ? `${unread} package lines not read` : undefined
  // Chisel reads these fields as strings; white space in one (a line break) would read here as
  // more dpkg fields or paragraphs: a forged version, more packages than lines.
  const plain = (field: unknown): field is string => typeof field === 'string' && !/\s/.test(field)
  for (const line of text.split('\n')) {
    if (!line.startsWith('{"kind":"package"')) continue
    if (packages.length >= room) return { packages, more: true, problem: notRead() }
    let entry: Record<string, unknown> = {}
    try {
      entry = JSON.parse(line) as Record<string, unknown>
    } catch {
      // not JSON: no fields, so not read
    }
    const { name, version } = entry
    const arch = entry.arch ?? ''
    const [one] =
      plain(name) && plain(version) && plain(arch)
        ? dpkgPackages(
            `Package: ${name}\nVersion: ${version}\n${arch ? `Architecture: ${arch}\n` : ''}`
          ).packages
        : []
    if (one) packages.push(one)
    else unread++
  }
  return { packages, problem: notRead() }
}

function goComponents(
  p: string,
  file: RockFile,
  unknowns: { push(line: string): void },
  room: number,
  project: RockFacts | undefined
): {
  component: Models.Component
  module?: string
  version?: string
  listed: number
  more: boolean
} {
  const where = `/${p}`
  const base = path.posix.basename(p)
  const info = file.goBuildInfo
    ? goBuildInfo(file.data)
    : { problem: 'no Go build info in the binary' }
  const bi = info.value
  const stated = programVersion({
    program: base,
    main: bi?.main,
    settings: bi?.settings,
    buildInfoProblem: bi ? undefined : info.problem,
    strings: file.goVersionStrings,
    scanProblem: file.goVersionScanProblem,
    statsdExporterTag: project?.statsdExporterTag,
    projectGiven: project !== undefined
  })
  const { version } = stated
  if (stated.why) unknowns.push(`${where}: version: ${stated.why}`)
  const told: [string, string | undefined][] = [
    ['path', where],
    ['version-source', stated.source],
    ['version-detail', stated.detail]
  ]
  if (!bi) {
    return {
      component: component(Enums.ComponentType.Application, base, version, undefined, `go:${p}`, [
        ...told,
        ['unknown', stated.why && `version: ${stated.why}`]
      ]),
      version,
      listed: 1,
      more: false
    }
  }
  const module = bi.main?.path ?? bi.path
  const split = (m: string): [string | undefined, string] => {
    const i = m.lastIndexOf('/')
    return i < 0 ? [undefined, m] : [m.slice(0, i), m.slice(i + 1)]
  }
  const [ns, name] = split(module || base)
  const c = component(
    Enums.ComponentType.Application,
    module || base,
    version,
    module ? purl('golang', ns, name, version) : undefined,
    `go:${p}`,
    [
      ...told,
      ['go-toolchain', bi.goVersion],
      ['unknown', stated.why && `version: ${stated.why}`],
      ['unknown', info.problem]
    ]
  )
  const dep = (m: GoModule): Models.Component => {
    const [dns, dname] = split(m.path)
    return component(
      Enums.ComponentType.Library,
      m.path,
      m.version,
      purl('golang', dns, dname, m.version),
      `go:${p}:${m.path}`,
      [['replaced-by', m.replacedBy ? `${m.replacedBy.path} ${m.replacedBy.version}` : undefined]]
    )
  }
  // The program, then its stdlib and as many of its modules as there is room for (with room for
  // one, the program alone: the bound holds).
  const std = bi.goVersion.replace(/^go/, '')
  const inner =
    room < 2
      ? []
      : [
          component(
            Enums.ComponentType.Library,
            'stdlib',
            std,
            purl('golang', undefined, 'stdlib', std),
            `go:${p}:stdlib`,
            []
          ),
          ...bi.deps.slice(0, room - 2).map(dep)
        ]
  for (const m of inner) c.components.add(m)
  return {
    component: c,
    module,
    version,
    listed: 1 + inner.length,
    more: inner.length < 1 + bi.deps.length
  }
}

/**
 * Builds the SBOM; never throws for what the rock holds (it says what it could not read), but for
 * a rock beyond the SBOM's time or memory (SBOM_LIMITS): a RockError of one line.
 */
export function buildSbom(input: SbomInput): Sbom {
  const { contents, project } = input
  const bounds = { ...SBOM_BOUNDS, ...input.bounds }
  const budget = new ReadBudget(input.limits ?? SBOM_LIMITS)
  const unknownLines: string[] = []
  let unknownsOver = 0
  const unknowns = {
    push(line: string): void {
      if (unknownLines.length < bounds.unknownLines) {
        budget.keep(line.length * 2)
        unknownLines.push(line)
      } else unknownsOver++
    }
  }
  const incomplete: string[] = []
  let listed = 0
  const room = (): number => bounds.components - listed
  /** Counts a component (and the text it carries) in the bound and the budget. */
  const list = (c: Models.Component, text = 0): void => {
    listed++
    budget.keep(COMPONENT_COST + 2 * (c.name.length + (c.version?.length ?? 0) + text))
  }
  const full = (what: string): void =>
    void incomplete.push(
      `${what}: the SBOM lists ${bounds.components} components at most; the rest is not listed`
    )

  const bom = new Models.Bom()
  bom.serialNumber = sbomSerialNumber(contents.digest)
  const files = [...contents.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const ofKind = (kind: RockFile['kind']): [string, RockFile][] =>
    files.filter(([, f]) => f.kind === kind)

  // The rock itself. An empty name or version names nothing: the next one is read.
  const name =
    project?.name ||
    contents.annotations['org.opencontainers.image.title'] ||
    contents.labels['org.opencontainers.image.title'] ||
    contents.annotations['org.opencontainers.image.ref.name'] ||
    undefined
  const version =
    project?.version ||
    contents.annotations['org.opencontainers.image.version'] ||
    contents.labels['org.opencontainers.image.version'] ||
    undefined
  const rockFacts: [string, string | undefined][] = [
    ['base', project?.base],
    ['build-base', project?.buildBase ?? project?.base],
    ['architecture', contents.architecture],
    ['digest', contents.digest],
    ['layers', String(contents.layers)]
  ]
  for (const [key, value] of rockFacts)
    if (value === undefined) unknowns.push(`rock ${key}: not given`)
  if (!name) unknowns.push('rock name: not given and not in the image annotations')
  if (!version) unknowns.push('rock version: not given and not in the image annotations')
  const rock = component(
    Enums.ComponentType.Container,
    name ?? 'rock',
    version,
    purl(
      'oci',
      undefined,
      name ?? 'rock',
      contents.digest,
      contents.architecture ? { arch: contents.architecture } : undefined
    ),
    'rock',
    rockFacts
  )
  rock.hashes.set(Enums.HashAlgorithm['SHA-256'], contents.digest.slice(7))
  bom.metadata.component = rock
  bom.metadata.timestamp = input.timestamp ?? new Date()
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, input.tool.name, {
      version: input.tool.version
    })
  )

  // Python distributions: only where Python imports from (a METADATA under static/ is a file).
  const versions: SbomSummary['versions'] = {}
  let python = 0
  for (const [p, file] of ofKind('python-metadata')) {
    if (!INSTALLED_DIST.test(p)) continue
    budget.checkTime()
    const directory = path.posix.basename(path.posix.dirname(p))
    const dist = pythonDist(file.data, file.truncated, directory)
    if (!dist.value) {
      unknowns.push(`/${p}: ${dist.problem}`)
      continue
    }
    if (room() <= 0) {
      full('Python distributions')
      break
    }
    if (dist.problem) unknowns.push(`/${p}: ${dist.problem}`)
    python++
    const { name: n, version: v } = dist.value
    const key = n.toLowerCase().replace(/[-_.]+/g, '-')
    if (key === 'flask') versions.flask ??= v
    if (key === 'gunicorn') versions.gunicorn ??= v
    const c = component(
      Enums.ComponentType.Library,
      n,
      v,
      purl('pypi', undefined, n, v),
      `pypi:${p}`,
      [
        ['path', `/${p}`],
        ['unknown', dist.problem]
      ]
    )
    list(c, p.length)
    bom.components.add(c)
  }

  // The distribution's packages: the image's own record first, then the pack's.
  const release =
    ofKind('os-release')
      .map(([, f]) => osRelease(f.data.toString('utf8')))
      .find(r => r !== undefined) ?? baseRelease(project)
  if (!release)
    unknowns.push('deb purl namespace: no os-release in the rock and no Ubuntu base given')
  let ubuntuSource: UbuntuSource = 'none'
  let debs: (DebPackage & { part?: string })[] = []
  const status = ofKind('dpkg-status')
  const statusD = ofKind('dpkg-status-d')
  if (status.length + statusD.length > 0) {
    ubuntuSource = 'dpkg status'
    if (statusD.length > bounds.statusFiles) {
      incomplete.push(
        `/var/lib/dpkg/status.d: ${statusD.length} files; the SBOM reads the first ${bounds.statusFiles}`
      )
    }
    const debRoom = room()
    read: for (const [p, file] of [...status, ...statusD.slice(0, bounds.statusFiles)]) {
      budget.checkTime()
      if (file.truncated)
        unknowns.push(`/${p}: larger than ${file.data.length} bytes; the rest not read`)
      let unreadable = 0
      let seen = 0
      for (const entry of dpkgEntries(file.data.toString('utf8'))) {
        if (++seen % 4096 === 0) budget.checkTime()
        if (entry === 'not installed') continue
        if (entry === 'unreadable') {
          unreadable++
          continue
        }
        if (debs.length >= debRoom) {
          full(`/${p}`)
          break read
        }
        debs.push(entry)
      }
      if (unreadable)
        unknowns.push(
          `/${p}: ${unreadable} paragraphs without a valid Package, Version or Architecture`
        )
    }
  } else if (ofKind('chisel-manifest').length > 0) {
    const [p, file] = ofKind('chisel-manifest')[0]
    const read = chiselPackages(file, room())
    if (read.packages) {
      ubuntuSource = 'chisel manifest'
      debs = read.packages
      if (read.more) full(`/${p}`)
    }
    if (read.problem) unknowns.push(`/${p}: ${read.problem}`)
  }
  if (ubuntuSource === 'none' && input.packRecord) {
    ubuntuSource = 'pack record'
    const recorded = input.packRecord.packages
    if (recorded.length > room()) full('the pack record')
    debs = recorded.slice(0, Math.max(room(), 0)).map(r => ({
      name: r.name,
      version: r.version ?? '',
      part: r.part
    }))
    for (const problem of input.packRecord.problems) unknowns.push(problem)
    if (debs.length === 0) unknowns.push('Ubuntu packages: the pack recorded no stage-packages')
  }
  if (ubuntuSource === 'none') {
    unknowns.push(
      `Ubuntu packages: the rock has no dpkg status and no chisel manifest, and ${input.packRecordNote ?? 'no pack record was read'}`
    )
  }
  const arch = contents.architecture
  for (const d of debs) {
    const v = d.version || undefined
    const qualifiers: Record<string, string> = {}
    const a = d.arch ?? arch
    if (a) qualifiers.arch = a
    if (release?.versionId) qualifiers.distro = `${release.id}-${release.versionId}`
    const c = component(
      Enums.ComponentType.Library,
      d.name,
      v,
      release ? purl('deb', release.id, d.name, v, qualifiers) : undefined,
      `deb:${d.name}:${a ?? ''}${d.part ? `:${d.part}` : ''}`,
      [
        ['source-package', d.source],
        ['part', d.part],
        ['unknown', v ? undefined : 'version: the pack recorded a chisel slice by name only']
      ]
    )
    list(c, 64 + (d.source?.length ?? 0) + (d.part?.length ?? 0))
    bom.components.add(c)
    if (/^python3\.[0-9]+(-minimal)?$/.test(d.name) && v) {
      versions.python ??= v.replace(/^[0-9]+:/, '').replace(/-[^-]*$/, '')
    }
  }
  if (!versions.python) {
    // The interpreter a venv or dist-packages belongs to: its minor version, from the path.
    const minor = files.map(([p]) => /(?:^|\/)lib\/python(3\.[0-9]+)\//.exec(p)?.[1]).find(Boolean)
    if (minor) versions.python = minor
  }

  // Go programs.
  let go = 0
  for (const [p, file] of ofKind('go-binary')) {
    // With room for one, a program is listed alone (goComponents): the bound holds.
    if (room() <= 0) {
      full('Go programs')
      break
    }
    const read = goComponents(p, file, unknowns, room(), project)
    go++
    listed += read.listed
    budget.keep(read.listed * COMPONENT_COST)
    if (read.more) full(`/${p}'s Go modules`)
    bom.components.add(read.component)
    const base = path.posix.basename(p)
    if (base === 'pebble') versions.pebble ??= read.version
    if (base === 'statsd_exporter') versions.statsdExporter ??= read.version
  }

  if (unknownsOver > 0) {
    unknownLines.push(
      `and ${unknownsOver} more things not known (the SBOM keeps ${bounds.unknownLines} such lines)`
    )
  }
  bom.metadata.properties.add(new Models.Property(`${PROP}:ubuntu-packages-source`, ubuntuSource))
  for (const line of unknownLines)
    bom.metadata.properties.add(new Models.Property(`${PROP}:unknown`, line))
  for (const line of incomplete)
    bom.metadata.properties.add(new Models.Property(`${PROP}:incomplete`, line))
  budget.checkTime()
  const serializer = new Serialize.JsonSerializer(
    new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6)
  )
  let json = serializer.serialize(bom, { sortLists: true, space: 2 })
  if (incomplete.length > 0) {
    // CycloneDX's own word for it (the library has no compositions): scanners read this.
    const doc = JSON.parse(json) as Record<string, unknown>
    doc.compositions = [{ aggregate: 'incomplete' }]
    json = JSON.stringify(doc, null, 2)
  }
  return {
    json,
    summary: {
      counts: { python, ubuntu: debs.length, go },
      ...(release ? { distro: distroName(release) } : {}),
      versions,
      ubuntuSource,
      unknowns: unknownLines,
      incomplete
    }
  }
}
