// What the SBOM reads out of a rock's files: Python distributions' METADATA, dpkg status
// paragraphs, os-release, and the Go build info embedded in a binary. Every field is checked
// against what the format allows before it is used; a file that does not hold gives a reason
// (which never quotes the file), not a guess.

export interface Parsed<T> {
  value?: T
  /** Why (part of) the value could not be known. */
  problem?: string
}

const PYTHON_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,198}[A-Za-z0-9])?$/
// PEP 440 versions (and the local versions pip accepts): letters, digits and . + ! _ -
const PYTHON_VERSION = /^[A-Za-z0-9][A-Za-z0-9.+!_-]{0,127}$/

/** RFC 822-style header lines up to the first blank line (METADATA, PKG-INFO). */
function headers(text: string): { fields: Map<string, string>; complete: boolean } {
  const fields = new Map<string, string>()
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') return { fields, complete: true }
    if (/^[ \t]/.test(line)) continue // a continuation of a field not read here
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const key = line.slice(0, colon).toLowerCase()
    if (!fields.has(key)) fields.set(key, line.slice(colon + 1).trim())
  }
  return { fields, complete: false }
}

export interface PythonDist {
  name: string
  version?: string
}

/**
 * A distribution's Name and Version from its METADATA. Without a valid Name, the name is the
 * one the dist-info directory spells (`{name}-{version}.dist-info`), and the problem says so.
 */
export function pythonDist(
  data: Buffer,
  truncated: boolean,
  directory: string
): Parsed<PythonDist> {
  const { fields, complete } = headers(data.toString('utf8'))
  const problems: string[] = []
  let name = fields.get('name')
  if (name === undefined || !PYTHON_NAME.test(name)) {
    problems.push(
      name === undefined
        ? truncated && !complete
          ? 'no Name in the first 64 KiB of METADATA'
          : 'METADATA has no Name'
        : 'METADATA has a Name that is not a distribution name'
    )
    name = directory.replace(/\.(dist|egg)-info$/, '').split('-')[0]
    if (!PYTHON_NAME.test(name)) return { problem: problems.join('; ') }
    problems.push('name taken from the directory name')
  }
  let version = fields.get('version')
  if (version === undefined || !PYTHON_VERSION.test(version)) {
    problems.push(
      version === undefined
        ? 'METADATA has no Version'
        : 'METADATA has a Version that is not a version'
    )
    version = undefined
  }
  return { value: { name, version }, problem: problems.length ? problems.join('; ') : undefined }
}

const DEB_NAME = /^[a-z0-9][a-z0-9+.-]{0,127}$/
const DEB_VERSION = /^(?:[0-9]+:)?[A-Za-z0-9][A-Za-z0-9.+~-]{0,127}$/
const DEB_ARCH = /^[a-z0-9-]{1,32}$/

export interface DebPackage {
  name: string
  version: string
  arch?: string
  /** The source package, when it differs from the binary's name. */
  source?: string
}

/** A dpkg status paragraph read: an installed package, one that is not read, or not installed. */
export type DpkgEntry = DebPackage | 'unreadable' | 'not installed'

/**
 * The paragraphs of a dpkg status file (or a status.d/ file: the same paragraphs), one at a time:
 * a caller that has read enough stops, and nothing is kept for the ones it never asks for.
 */
export function* dpkgEntries(text: string): Generator<DpkgEntry> {
  const gap = /\n[ \t]*\n/g
  let at = 0
  while (at < text.length) {
    const m = gap.exec(text)
    const end = m ? m.index : text.length
    const paragraph = text.slice(at, end)
    at = m ? m.index + m[0].length : text.length
    if (paragraph.trim() === '') continue
    yield dpkgEntry(paragraph)
  }
}

function dpkgEntry(paragraph: string): DpkgEntry {
  const { fields } = headers(paragraph.replace(/^\n+/, ''))
  const status = fields.get('status')
  // Removed packages whose config files remain are listed too: not in the image. The state is
  // the status's last word, whole (`not-installed` and `half-installed` end in "installed" too).
  if (status !== undefined && status.trim().split(/\s+/).at(-1) !== 'installed')
    return 'not installed'
  const name = fields.get('package') ?? ''
  const version = fields.get('version') ?? ''
  const arch = fields.get('architecture')
  if (!DEB_NAME.test(name) || !DEB_VERSION.test(version) || (arch && !DEB_ARCH.test(arch))) {
    return 'unreadable'
  }
  // "Source: name" or "Source: name (version)"
  const source = /^([a-z0-9][a-z0-9+.-]{0,127})(?: \(|$)/.exec(fields.get('source') ?? '')?.[1]
  return {
    name,
    version,
    ...(arch ? { arch } : {}),
    ...(source && source !== name ? { source } : {})
  }
}

/** The installed packages of a dpkg status file, all of them (small files: a chisel line). */
export function dpkgPackages(text: string): { packages: DebPackage[]; unreadable: number } {
  const packages: DebPackage[] = []
  let unreadable = 0
  for (const entry of dpkgEntries(text)) {
    if (entry === 'unreadable') unreadable++
    else if (entry !== 'not installed') packages.push(entry)
  }
  return { packages, unreadable }
}

export interface OsRelease {
  id: string
  versionId?: string
  /** NAME, as the distribution spells itself ("Debian GNU/Linux"), when it is plain text. */
  name?: string
}

/** ID and VERSION_ID of an os-release file. */
export function osRelease(text: string): OsRelease | undefined {
  const field = (key: string): string | undefined => {
    const m = new RegExp(`^${key}=(?:"([^"\\n]*)"|'([^'\\n]*)'|(\\S*))$`, 'm').exec(text)
    return m ? (m[1] ?? m[2] ?? m[3]) : undefined
  }
  const id = field('ID')
  if (!id || !/^[a-z0-9._-]{1,32}$/.test(id)) return undefined
  const versionId = field('VERSION_ID')
  const name = field('NAME')
  return {
    id,
    ...(versionId && /^[A-Za-z0-9._~-]{1,32}$/.test(versionId) ? { versionId } : {}),
    ...(name && /^[A-Za-z0-9][A-Za-z0-9 ._/()+-]{0,63}$/.test(name) ? { name } : {})
  }
}

export interface GoModule {
  path: string
  version: string
  /** A replacement: another module, or a local directory (path only, version '(devel)'). */
  replacedBy?: { path: string; version: string }
}

export interface GoBuildInfo {
  goVersion: string
  /** The main package's import path. */
  path: string
  main?: GoModule
  deps: GoModule[]
  settings: Record<string, string>
}

const GO_MAGIC = '\xff Go buildinf:'
// modinfo is framed by 16 bytes each side (runtime/debug's sentinels).
const MODINFO_FRAME = 16
const MODULE_PATH = /^[A-Za-z0-9][A-Za-z0-9._~/+-]{0,255}$/
const MODULE_VERSION = /^(?:v[0-9][A-Za-z0-9.+-]{0,127}|\(devel\))$/

function uvarint(data: Buffer, at: number): { value: number; next: number } | undefined {
  let value = 0
  for (let i = 0; i < 5 && at + i < data.length; i++) {
    const b = data[at + i]
    value += (b & 0x7f) * 2 ** (7 * i)
    if ((b & 0x80) === 0) return { value, next: at + i + 1 }
  }
  return undefined
}

/**
 * The Go build info from the bytes at the build info's magic on (what `go version -m` prints).
 * Only Go 1.18's inline form is read; the older form points into the binary's data.
 */
export function goBuildInfo(data: Buffer): Parsed<GoBuildInfo> {
  if (data.subarray(0, 14).toString('latin1') !== GO_MAGIC) {
    return { problem: 'no Go build info in the binary' }
  }
  if ((data[15] & 0x2) === 0) {
    return { problem: 'Go build info in the pre-1.18 form, which is not read' }
  }
  const strings: string[] = []
  let at = 32
  for (let i = 0; i < 2; i++) {
    const length = uvarint(data, at)
    if (!length || length.next + length.value > data.length) {
      return { problem: 'Go build info cut short or larger than 64 KiB' }
    }
    strings.push(data.toString('utf8', length.next, length.next + length.value))
    at = length.next + length.value
  }
  const [goVersion, framed] = strings
  if (!/^go[0-9][A-Za-z0-9.+-]{0,63}$/.test(goVersion)) {
    return { problem: 'Go build info has no Go version' }
  }
  const modinfo =
    framed.length >= 2 * MODINFO_FRAME + 1 ? framed.slice(MODINFO_FRAME, -MODINFO_FRAME) : ''
  const info: GoBuildInfo = { goVersion, path: '', deps: [], settings: {} }
  let last: GoModule | undefined
  let odd = 0
  const module = (fields: string[]): GoModule | undefined =>
    MODULE_PATH.test(fields[1] ?? '') && MODULE_VERSION.test(fields[2] ?? '')
      ? { path: fields[1], version: fields[2] }
      : undefined
  for (const line of modinfo.split('\n')) {
    const fields = line.split('\t')
    switch (fields[0]) {
      case 'path':
        if (MODULE_PATH.test(fields[1] ?? '')) info.path = fields[1]
        break
      case 'mod':
        last = info.main = module(fields)
        if (!last) odd++
        break
      case 'dep':
        last = module(fields)
        if (last) info.deps.push(last)
        else odd++
        break
      case '=>':
        if (last && MODULE_PATH.test((fields[1] ?? '').replace(/^(\.\.?\/)+/, ''))) {
          last.replacedBy = { path: fields[1], version: fields[2] || '(devel)' }
        }
        break
      case 'build': {
        const eq = (fields[1] ?? '').indexOf('=')
        if (eq > 0 && fields[1].length < 4096) {
          info.settings[fields[1].slice(0, eq)] = fields[1].slice(eq + 1)
        }
        break
      }
      case '':
        break
      default:
        odd++
    }
  }
  return { value: info, problem: odd > 0 ? `${odd} build info lines not read` : undefined }
}
