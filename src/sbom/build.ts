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
import type { PackRecord } from './pack-record.js'
import {
  dpkgPackages,
  goBuildInfo,
  osRelease,
  pythonDist,
  type DebPackage,
  type GoModule,
  type OsRelease
} from './parse.js'
import { sbomSerialNumber } from './serial.js'

/** What the project says of the rock (rockcraft.yaml), where the action knows it. */
export interface RockFacts {
  name?: string
  version?: string
  base?: string
  buildBase?: string
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
}

export type UbuntuSource = 'dpkg status' | 'chisel manifest' | 'pack record' | 'none'

export interface SbomSummary {
  counts: { python: number; ubuntu: number; go: number }
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
    if (m) return { id: m[1], versionId: m[2] }
  }
  return undefined
}

function chiselPackages(file: RockFile): { packages?: DebPackage[]; problem?: string } {
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
  for (const line of text.split('\n')) {
    if (!line.startsWith('{"kind":"package"')) continue
    try {
      const entry = JSON.parse(line) as { name?: unknown; version?: unknown; arch?: unknown }
      const { packages: one } = dpkgPackages(
        `Package: ${String(entry.name)}\nVersion: ${String(entry.version)}\n${typeof entry.arch === 'string' ? `Architecture: ${entry.arch}\n` : ''}`
      )
      packages.push(...one)
    } catch {
      // a line that is not JSON: counted below as not read
    }
  }
  return { packages }
}

function goComponents(
  p: string,
  file: RockFile,
  unknowns: string[]
): { component: Models.Component; module?: string; version?: string } {
  const where = `/${p}`
  const base = path.posix.basename(p)
  const info = file.goBuildInfo
    ? goBuildInfo(file.data)
    : { problem: 'no Go build info in the binary' }
  if (!info.value) {
    unknowns.push(`${where}: ${info.problem}`)
    return {
      component: component(Enums.ComponentType.Application, base, undefined, undefined, `go:${p}`, [
        ['path', where],
        ['unknown', `version: ${info.problem}`]
      ])
    }
  }
  const bi = info.value
  const module = bi.main?.path ?? bi.path
  const devel = bi.main?.version === '(devel)'
  const version = bi.main && !devel ? bi.main.version : undefined
  const why = devel
    ? 'version: the build info says (devel) (built from a source tree, not a module version)'
    : bi.main
      ? undefined
      : 'version: the build info names no main module'
  if (why) unknowns.push(`${where}: ${why}`)
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
      ['path', where],
      ['go-toolchain', bi.goVersion],
      ['unknown', why],
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
  for (const m of bi.deps) c.components.add(dep(m))
  const std = bi.goVersion.replace(/^go/, '')
  c.components.add(
    component(
      Enums.ComponentType.Library,
      'stdlib',
      std,
      purl('golang', undefined, 'stdlib', std),
      `go:${p}:stdlib`,
      []
    )
  )
  return { component: c, module, version }
}

/** Builds the SBOM; never throws for what the rock holds (it says what it could not read). */
export function buildSbom(input: SbomInput): Sbom {
  const { contents, project } = input
  const unknowns: string[] = []
  const bom = new Models.Bom()
  bom.serialNumber = sbomSerialNumber(contents.digest)
  const files = [...contents.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const ofKind = (kind: RockFile['kind']): [string, RockFile][] =>
    files.filter(([, f]) => f.kind === kind)

  // The rock itself.
  const name =
    project?.name ??
    contents.annotations['org.opencontainers.image.title'] ??
    contents.labels['org.opencontainers.image.title'] ??
    contents.annotations['org.opencontainers.image.ref.name']
  const version =
    project?.version ??
    contents.annotations['org.opencontainers.image.version'] ??
    contents.labels['org.opencontainers.image.version']
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

  // Python distributions.
  const versions: SbomSummary['versions'] = {}
  let python = 0
  for (const [p, file] of ofKind('python-metadata')) {
    const directory = path.posix.basename(path.posix.dirname(p))
    const dist = pythonDist(file.data, file.truncated, directory)
    if (!dist.value) {
      unknowns.push(`/${p}: ${dist.problem}`)
      continue
    }
    if (dist.problem) unknowns.push(`/${p}: ${dist.problem}`)
    python++
    const { name: n, version: v } = dist.value
    const key = n.toLowerCase().replace(/[-_.]+/g, '-')
    if (key === 'flask') versions.flask ??= v
    if (key === 'gunicorn') versions.gunicorn ??= v
    bom.components.add(
      component(Enums.ComponentType.Library, n, v, purl('pypi', undefined, n, v), `pypi:${p}`, [
        ['path', `/${p}`],
        ['unknown', dist.problem]
      ])
    )
  }

  // Ubuntu packages: the image's own record first, then the pack's.
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
    for (const [p, file] of [...status, ...statusD]) {
      if (file.truncated)
        unknowns.push(`/${p}: larger than ${file.data.length} bytes; the rest not read`)
      const read = dpkgPackages(file.data.toString('utf8'))
      debs.push(...read.packages)
      if (read.unreadable)
        unknowns.push(
          `/${p}: ${read.unreadable} paragraphs without a valid Package, Version or Architecture`
        )
    }
  } else if (ofKind('chisel-manifest').length > 0) {
    const [p, file] = ofKind('chisel-manifest')[0]
    const read = chiselPackages(file)
    if (read.packages) {
      ubuntuSource = 'chisel manifest'
      debs = read.packages
    } else {
      unknowns.push(`/${p}: ${read.problem}`)
    }
  }
  if (ubuntuSource === 'none' && input.packRecord) {
    ubuntuSource = 'pack record'
    debs = input.packRecord.packages.map(r => ({
      name: r.name,
      version: r.version ?? '',
      part: r.part
    }))
    unknowns.push(...input.packRecord.problems)
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
    bom.components.add(
      component(
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
    )
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
    const read = goComponents(p, file, unknowns)
    go++
    bom.components.add(read.component)
    const base = path.posix.basename(p)
    if (base === 'pebble') versions.pebble ??= read.version
    if (base === 'statsd_exporter') versions.statsdExporter ??= read.version
  }

  bom.metadata.properties.add(new Models.Property(`${PROP}:ubuntu-packages-source`, ubuntuSource))
  for (const line of unknowns)
    bom.metadata.properties.add(new Models.Property(`${PROP}:unknown`, line))
  const serializer = new Serialize.JsonSerializer(
    new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6)
  )
  const json = serializer.serialize(bom, { sortLists: true, space: 2 })
  return {
    json,
    summary: {
      counts: { python, ubuntu: debs.length, go },
      versions,
      ubuntuSource,
      unknowns
    }
  }
}
