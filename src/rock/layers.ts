// What one layer holds that the smoke test and the SBOM ask about, read from its tar stream as it
// goes by: every entry's owner, the whiteouts, and a few files' bytes (bounded each). Layers are
// applied in order afterwards (applyLayer): one pass over what is kept per layer with whiteouts,
// a parent lookup per path, not a scan per whiteout.
import * as path from 'node:path'
import { RockError } from './error.js'
import { GoVersionScan } from './go-version-scan.js'
import { ReadBudget } from './limits.js'
import { TarReader, type EntrySink, type TarHeader } from './tar.js'

/** The files a read keeps the bytes of (or their start), and how many bytes at most. */
export type FileKind =
  | 'python-metadata'
  | 'dpkg-status'
  | 'dpkg-status-d'
  | 'chisel-manifest'
  | 'rock-metadata'
  | 'os-release'
  | 'pebble-layer'
  | 'go-binary'

export const KEEP_BYTES: Record<FileKind, number> = {
  // The headers come first; the long description after them is not needed.
  'python-metadata': 64 * 1024,
  'dpkg-status': 32 * 1024 * 1024,
  'dpkg-status-d': 1024 * 1024,
  'chisel-manifest': 32 * 1024 * 1024,
  'rock-metadata': 64 * 1024,
  'os-release': 16 * 1024,
  'pebble-layer': 64 * 1024,
  // From the build info's magic on: its header and the module list that follows.
  'go-binary': 64 * 1024
}

/** Executables of a flask-framework rock that are Go programs: said even without build info. */
export const GO_PROGRAMS = ['pebble', 'statsd_exporter']

export interface RockFile {
  kind: FileKind
  /** The bytes kept: the whole file, or its first KEEP_BYTES (see truncated). */
  data: Buffer
  /** The file's size in the archive. */
  size: number
  truncated: boolean
  /** go-binary: whether the Go build info's magic was found (data starts there). */
  goBuildInfo?: boolean
  /** go-binary, a rock's own Go program: the versions its Go string variables hold. */
  goVersionStrings?: string[]
  /** go-binary: why those could not be looked for, or not everywhere. */
  goVersionScanProblem?: string
}

export interface LayerRead {
  owners: Map<string, number>
  /** The files kept, by path: each a path of owners, which replaces what lower layers had there. */
  files: Map<string, RockFile>
  whiteouts: string[]
  /** Directories whose lower content this layer hides (.wh..wh..opq). */
  opaque: string[]
}

export function fileKind(p: string): FileKind | undefined {
  if (/\.dist-info\/METADATA$/.test(p) || /\.egg-info\/PKG-INFO$/.test(p)) return 'python-metadata'
  if (p === 'var/lib/dpkg/status') return 'dpkg-status'
  if (/^var\/lib\/dpkg\/status\.d\/[^/]+$/.test(p)) return 'dpkg-status-d'
  if (p === 'var/lib/chisel/manifest.wall') return 'chisel-manifest'
  if (p === '.rock/metadata.yaml') return 'rock-metadata'
  if (p === 'etc/os-release' || p === 'usr/lib/os-release') return 'os-release'
  if (/^var\/lib\/pebble\/default\/layers\/[^/]+$/.test(p)) return 'pebble-layer'
  return undefined
}

const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46])
export const GO_BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1')

/** Keeps a file's first bytes. */
class KeepSink implements EntrySink {
  private readonly chunks: Buffer[] = []
  private kept = 0
  private size = 0

  constructor(
    private readonly kind: FileKind,
    private readonly budget: ReadBudget,
    private readonly done: (file: RockFile) => void
  ) {}

  data(chunk: Buffer): void {
    this.size += chunk.length
    const room = KEEP_BYTES[this.kind] - this.kept
    if (room <= 0) return
    const part = chunk.length > room ? chunk.subarray(0, room) : chunk
    this.budget.keep(part.length)
    // A copy: the chunk's memory is the decompressor's.
    this.chunks.push(Buffer.from(part))
    this.kept += part.length
  }

  end(): void {
    this.done({
      kind: this.kind,
      data: Buffer.concat(this.chunks),
      size: this.size,
      truncated: this.size > this.kept
    })
  }
}

/**
 * Looks through an executable for the Go build info: ELF, then the magic at a 16-byte aligned
 * offset (the .go.buildinfo section's alignment); keeps KEEP_BYTES from there on. One of the
 * rock's own Go programs is also scanned for the version it holds (GoVersionScan), in the same pass.
 */
class GoSink implements EntrySink {
  private offset = 0
  private readonly scan: GoVersionScan | undefined
  private tail = Buffer.alloc(0)
  private elf: boolean | undefined
  private found: Buffer[] | undefined
  private kept = 0
  private size = 0

  constructor(
    private readonly program: boolean,
    private readonly budget: ReadBudget,
    /** Called with the file's record, if it has one: a Go program of the rock always does. */
    private readonly done: (file: RockFile) => void
  ) {
    this.scan = program ? new GoVersionScan(budget) : undefined
  }

  data(chunk: Buffer): void {
    this.scan?.feed(chunk, this.size)
    this.size += chunk.length
    if (this.elf === false) return
    if (this.found) return this.keep(chunk)
    // The tail keeps a magic that straddles two chunks findable.
    const view = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk
    const viewStart = this.offset - this.tail.length
    this.offset += chunk.length
    if (this.elf === undefined) {
      if (view.length < ELF.length) {
        this.tail = Buffer.from(view)
        return
      }
      this.elf = view.subarray(0, 4).equals(ELF)
      if (!this.elf) return
    }
    let at = view.indexOf(GO_BUILDINFO_MAGIC)
    while (at >= 0 && (viewStart + at) % 16 !== 0) at = view.indexOf(GO_BUILDINFO_MAGIC, at + 1)
    if (at >= 0) {
      this.found = []
      this.keep(view.subarray(at))
      return
    }
    this.tail = Buffer.from(view.subarray(Math.max(view.length - GO_BUILDINFO_MAGIC.length + 1, 0)))
  }

  private keep(chunk: Buffer): void {
    const room = KEEP_BYTES['go-binary'] - this.kept
    if (room <= 0) return
    const part = Buffer.from(chunk.subarray(0, room))
    this.budget.keep(part.length)
    this.found!.push(part)
    this.kept += part.length
  }

  end(): void {
    const scan = this.scan?.finish()
    const stated = scan
      ? {
          goVersionStrings: scan.versions,
          ...(scan.problem ? { goVersionScanProblem: scan.problem } : {})
        }
      : {}
    if (this.found) {
      this.done({
        kind: 'go-binary',
        data: Buffer.concat(this.found),
        size: this.size,
        truncated: false,
        goBuildInfo: true,
        ...stated
      })
    } else if (this.program) {
      this.done({
        kind: 'go-binary',
        data: Buffer.alloc(0),
        size: this.size,
        truncated: false,
        goBuildInfo: false,
        ...stated
      })
    }
  }
}

// What keeping one owner record costs, roughly: the key's characters and the map's entry.
const OWNER_COST = 64

/** A name as Go's filepath.Clean makes it: what Docker's tar-split keys entries by, and extracts to. */
function goClean(name: string): string {
  if (name === '') return '.'
  const clean = path.posix.normalize(name)
  return clean.length > 1 && clean.endsWith('/') ? clean.slice(0, -1) : clean
}

/** Reads one layer's tar stream; feed it with tar.write()/tar.end(), then take layer. */
export class LayerReader {
  readonly layer: LayerRead = { owners: new Map(), files: new Map(), whiteouts: [], opaque: [] }
  readonly tar: TarReader
  /** Every entry's name, cleaned: Docker refuses a layer that names one path twice. */
  private readonly seen = new Set<string>()

  constructor(private readonly budget: ReadBudget) {
    this.tar = new TarReader(header => this.entry(header))
  }

  private entry(header: TarHeader): EntrySink | undefined {
    const cleaned = goClean(header.path)
    if (this.seen.has(cleaned)) {
      throw new RockError(
        'a layer names one path twice, which Docker refuses to load (duplicates of file paths not supported)'
      )
    }
    this.seen.add(cleaned)
    this.budget.keep(OWNER_COST + cleaned.length)
    // Docker extracts an entry where its cleaned name says (UnpackLayer: filepath.Clean), so that is
    // its key: "etc/./os-release" is etc/os-release, not a file the SBOM would overlook.
    const p = cleaned.startsWith('/') ? cleaned.slice(1) : cleaned
    const dir = path.posix.dirname(p)
    const base = path.posix.basename(p)
    if (base.startsWith('.wh.')) {
      const list = base === '.wh..wh..opq' ? this.layer.opaque : this.layer.whiteouts
      list.push(
        base === '.wh..wh..opq' ? (dir === '.' ? '' : dir) : path.posix.join(dir, base.slice(4))
      )
      this.budget.keep(OWNER_COST + p.length)
      return undefined
    }
    if (p === '' || p === '.') return undefined
    if (!this.layer.owners.has(p)) this.budget.keep(OWNER_COST + p.length)
    this.layer.owners.set(p, header.uid)
    const files = this.layer.files
    // "/a" then "a": two names to Docker's duplicate check, one file, the later entry's.
    files.delete(p)
    if (header.type !== 'file') return undefined
    const kind = fileKind(p)
    if (kind) return new KeepSink(kind, this.budget, file => void files.set(p, file))
    if (header.mode & 0o111) {
      return new GoSink(GO_PROGRAMS.includes(base), this.budget, file => void files.set(p, file))
    }
    return undefined
  }
}

/** The image so far, with one more layer on top: its whiteouts first, then its entries. */
export function applyLayer(
  image: { owners: Map<string, number>; files: Map<string, RockFile> },
  layer: LayerRead
): void {
  if (layer.whiteouts.length > 0 || layer.opaque.length > 0) {
    const gone = new Set(layer.whiteouts)
    const opaque = new Set(layer.opaque)
    const removed = (p: string): boolean => {
      if (gone.has(p) || opaque.has('')) return true
      for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) {
        const parent = p.slice(0, i)
        if (gone.has(parent) || opaque.has(parent)) return true
      }
      return false
    }
    for (const p of image.owners.keys()) if (removed(p)) image.owners.delete(p)
    for (const p of image.files.keys()) if (removed(p)) image.files.delete(p)
  }
  // An entry replaces what lower layers had at its path: their kept file goes, whatever it is now.
  for (const [p, uid] of layer.owners) {
    image.owners.set(p, uid)
    image.files.delete(p)
  }
  for (const [p, file] of layer.files) image.files.set(p, file)
}
