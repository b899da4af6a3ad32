// One side of a diff, read: a .rock, an OCI layout directory or an image reference, brought to an
// OCI archive (skopeo copies a layout or a reference into a private temp dir, checking the blobs'
// digests as it goes) and read once by src/rock's readRock, within its deadline and memory bound.
// The read's blob copy gives what the read itself does not keep: the manifest and config as
// stored, each layer's unpacked size, and the files under the app directory (size and sha256).
import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import type { Transform } from 'node:stream'
import * as zlib from 'node:zlib'
import { CommandError, run } from '../process/exec.js'
import { privateDir } from '../process/private-file.js'
import { parseRef } from '../registry/image-ref.js'
import { skopeoCommand, skopeoMessage } from '../registry/skopeo.js'
import {
  DEFAULT_LIMITS,
  readRock,
  RockError,
  type BlobCopy,
  type EntrySink,
  type ReadLimits,
  type RockContents,
  type SharedLayers,
  TarReader,
  type EntryType
} from '../rock/index.js'

/** What the diff could not do with a side: a clear one-line reason, never the side's own text. */
export class DiffError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DiffError'
  }
}

/** A side given as an image reference that the registry does not have (yet): a first release. */
export class NoSuchImage extends DiffError {
  constructor(message: string) {
    super(message)
    this.name = 'NoSuchImage'
  }
}

/** Where the app's files live in a flask-framework rock: /flask/app (up to 24.04), /app (26.04). */
export const APP_DIRS = ['flask/app', 'app'] as const

export interface AppFile {
  /** 'file' (a regular file: size and sha256), 'link' (symbolic or hard) or 'dir'. */
  type: 'file' | 'link' | 'dir'
  size: number
  sha256: string
}

export interface LayerFacts {
  digest: string
  mediaType: string
  /** As stored (the manifest's word, which the read holds the blob to). */
  compressed: number
  /** The layer's tar unpacked; undefined when the copy could not decompress it. */
  unpacked?: number
}

export interface RockSide {
  /** As the user gave it. */
  given: string
  kind: 'rock' | 'layout' | 'reference'
  contents: RockContents
  layers: LayerFacts[]
  /** The image config's `config` (User, Entrypoint, Cmd, Env, ExposedPorts, Labels, WorkingDir). */
  config: Record<string, unknown>
  /** The app directory (no leading '/'), or undefined when the rock has none. */
  appDir?: string
  /** Paths under appDir (relative to it), layers applied. */
  appFiles: Map<string, AppFile>
  /** What could not be read of this side (the app files of a layer not decompressed). */
  problems: string[]
}

export interface SideOptions {
  /** Private temp dir (0700) for the copies; the caller removes it. */
  tempDir: string
  limits?: ReadLimits
  /** skopeo's --src-authfile for references on `authHost` (and no other). */
  authFile?: string
  authHost?: string
  /** Registry hosts without TLS verification (input insecure-registries). */
  insecureRegistries?: string[]
  /** The skopeo copy of a reference or layout (default 10 min). */
  copyTimeoutMs?: number
  /** skopeo's environment (default ours, without the runner's secrets). */
  env?: NodeJS.ProcessEnv
  /** What the sides read together share: a layer on both sides is walked once (readSides). */
  shared?: SharedWalks
}

/** The rock read's shared layers, and this copy's facts of those layers (same bytes, same facts). */
export interface SharedWalks {
  layers: SharedLayers
  copies: Map<string, LayerCopy>
}

export function sharedWalks(): SharedWalks {
  return { layers: new Map(), copies: new Map() }
}

/** Entries under the app dirs kept per side; more is a rock built to exhaust memory. */
const APP_ENTRIES_MAX = 200_000
/** JSON blobs (index, manifest, config) kept as stored: kilobytes in a real rock. */
const JSON_KEEP_MAX = 4 * 1024 * 1024

type Kind = RockSide['kind']

/** What a side is: an existing file, an existing directory, else an image reference. */
async function sideKind(given: string): Promise<Kind> {
  const st = await fs.stat(given).catch(() => undefined)
  if (st?.isFile()) return 'rock'
  if (st?.isDirectory()) return 'layout'
  if (given.startsWith('.') || given.startsWith('/') || given.endsWith('.rock')) {
    throw new DiffError(`${given}: no such file or directory`)
  }
  // docker.io/library/x, ghcr.io/org/app:tag, localhost:5000/app@sha256:...
  if (!/^[a-z0-9][a-z0-9._:/@[\]-]*[a-zA-Z0-9_.-]*$/i.test(given) || given.length > 512) {
    throw new DiffError(`${given}: neither a file, a directory nor an image reference`)
  }
  return 'reference'
}

/** The skopeo copy of a layout or reference into `file` (an OCI archive). */
async function copyToArchive(
  given: string,
  kind: Kind,
  file: string,
  opts: SideOptions
): Promise<void> {
  const source = kind === 'layout' ? `oci:${path.resolve(given)}` : `docker://${given}`
  const host = kind === 'reference' ? parseRef(given).registry : undefined
  // The image as it is (no layer recompressed): its digests and sizes are what the diff shows.
  const args = ['--insecure-policy', 'copy', '--retry-times', '2', '--preserve-digests']
  // Credentials only for the host they were made for.
  if (host !== undefined && opts.authFile && host === opts.authHost) {
    args.push('--src-authfile', opts.authFile)
  }
  if (host !== undefined && opts.insecureRegistries?.includes(host)) {
    args.push('--src-tls-verify=false')
  }
  args.push(source, `oci-archive:${file}`)
  const command = await skopeoCommand(opts.env)
  const what = kind === 'layout' ? `copy the OCI layout ${given}` : `pull ${given}`
  const result = await run(command, args, {
    what,
    timeoutMs: opts.copyTimeoutMs ?? 10 * 60_000,
    ...(opts.env ? { env: opts.env } : {})
  })
  if (result.timedOut) {
    throw new DiffError(
      `${what}: skopeo did not finish within ${Math.round((opts.copyTimeoutMs ?? 600_000) / 1000)} s`
    )
  }
  if (result.code !== 0) {
    const message = skopeoMessage(result.stderr)
    if (
      kind === 'reference' &&
      /manifest unknown|name unknown|not found|does not exist|NAME_UNKNOWN|MANIFEST_UNKNOWN/i.test(
        message
      )
    ) {
      throw new NoSuchImage(`${given} does not exist in its registry (yet)`)
    }
    throw new DiffError(`${what}: ${message.split('\n')[0] || `skopeo exited ${result.code}`}`)
  }
}

interface AppEntry extends AppFile {
  path: string
}

/** What the copy learns of one layer as it streams by. */
export interface LayerCopy {
  unpacked?: number
  entries: AppEntry[]
  whiteouts: string[]
  opaque: string[]
  problem?: string
}

/** A path under one of the app dirs: [appDir, rest], else undefined. */
function underApp(p: string): [string, string] | undefined {
  for (const dir of APP_DIRS) {
    if (p === dir) return [dir, '']
    if (p.startsWith(`${dir}/`)) return [dir, p.slice(dir.length + 1)]
  }
  return undefined
}

const normal = (p: string): string => p.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '')

/**
 * The blob copy a diff hands the read: JSON blobs kept as stored (bounded), every layer's tar
 * walked for its unpacked size and its app entries. Never throws (the read goes on);
 * what failed is the layer's problem.
 */
class DiffCopy implements BlobCopy {
  readonly json = new Map<string, Buffer>()
  constructor(readonly layers = new Map<string, LayerCopy>()) {}
  private jsonKept = 0
  private appEntries = 0

  blob(hex: string, form: 'tar' | 'raw'): EntrySink {
    const layer: LayerCopy = { entries: [], whiteouts: [], opaque: [] }
    let head: Buffer[] | undefined = []
    let headSize = 0
    let sink: EntrySink | undefined
    const decide = (first: Buffer): EntrySink => {
      if (form === 'raw' && (first[0] === 0x7b || first[0] === 0x5b)) return this.jsonSink(hex)
      this.layers.set(hex, layer)
      if (form === 'tar') return this.tarSink(layer)
      if (first[0] === 0x1f && first[1] === 0x8b) return this.tarSink(layer, zlib.createGunzip())
      const zstd = (zlib as unknown as { createZstdDecompress?: () => Transform })
        .createZstdDecompress
      if (first.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd])) && zstd) {
        return this.tarSink(layer, zstd())
      }
      layer.problem = 'a layer in a compression this diff does not read'
      return { data: () => undefined, end: () => undefined }
    }
    return {
      data: async chunk => {
        if (sink) return sink.data(chunk)
        head!.push(Buffer.from(chunk))
        headSize += chunk.length
        if (headSize < 8) return
        const first = Buffer.concat(head!)
        head = undefined
        sink = decide(first)
        await sink.data(first)
      },
      end: async () => {
        if (!sink) {
          const first = Buffer.concat(head ?? [])
          sink = decide(first)
          if (first.length) await sink.data(first)
        }
        await sink.end()
      }
    }
  }

  private jsonSink(hex: string): EntrySink {
    const chunks: Buffer[] = []
    let size = 0
    return {
      data: chunk => {
        size += chunk.length
        if (size <= JSON_KEEP_MAX && this.jsonKept + chunk.length <= 4 * JSON_KEEP_MAX) {
          this.jsonKept += chunk.length
          chunks.push(Buffer.from(chunk))
        }
      },
      end: () => {
        if (size <= JSON_KEEP_MAX && Buffer.concat(chunks).length === size) {
          this.json.set(hex, Buffer.concat(chunks))
        }
      }
    }
  }

  /**
   * Walks a layer's tar (decompressing first when given a decompressor) with src/rock's own tar
   * reader, the grammar the read itself holds the layer to: only app entries get a sink.
   */
  private tarSink(layer: LayerCopy, decompress?: Transform): EntrySink {
    let unpacked = 0
    let failed = false
    const fail = (why: string): void => {
      if (!failed) layer.problem = why
      failed = true
    }
    const reader = new TarReader(header => {
      const p = normal(header.path)
      const app = underApp(p)
      if (!app) return undefined
      const base = path.posix.basename(p)
      if (base.startsWith('.wh.')) {
        const dir = path.posix.dirname(p)
        if (base === '.wh..wh..opq') layer.opaque.push(dir)
        else layer.whiteouts.push(path.posix.join(dir, base.slice(4)))
        return undefined
      }
      if (this.appEntries >= APP_ENTRIES_MAX) {
        fail(`more than ${APP_ENTRIES_MAX} entries under the app directory; the rest not compared`)
        return undefined
      }
      const type = ENTRY_TYPES[header.type]
      if (!type) return undefined
      this.appEntries++
      const entry: AppEntry = { path: p, type, size: header.size, sha256: '' }
      layer.entries.push(entry)
      if (type !== 'file') return undefined
      const hash = createHash('sha256')
      return {
        data: chunk => void hash.update(chunk),
        end: () => void (entry.sha256 = hash.digest('hex'))
      }
    })
    const feed = async (chunk: Buffer): Promise<void> => {
      unpacked += chunk.length
      if (failed) return
      try {
        await reader.write(chunk)
      } catch {
        fail('a layer that is not a valid tar')
      }
    }
    const finish = async (): Promise<void> => {
      if (!failed) await reader.end().catch(() => fail('a layer that is not a valid tar'))
      if (layer.problem?.includes('compressed') !== true) layer.unpacked = unpacked
    }
    if (!decompress) return { data: feed, end: finish }
    const pumped = (async () => {
      try {
        for await (const out of decompress as AsyncIterable<Buffer>) await feed(out)
      } catch {
        fail('a layer that is not valid compressed data')
      }
    })()
    return {
      data: async chunk => {
        if (decompress.destroyed || decompress.writableEnded) return
        if (!decompress.write(chunk)) {
          await Promise.race([
            new Promise<void>(resolve => decompress.once('drain', () => resolve())),
            pumped
          ])
        }
      },
      end: async () => {
        if (!decompress.destroyed) decompress.end()
        await pumped
        await finish()
      }
    }
  }
}

// Links compare by kind only: the read's tar reader does not keep a link's target.
const ENTRY_TYPES: Partial<Record<EntryType, AppFile['type']>> = {
  file: 'file',
  symlink: 'link',
  hardlink: 'link',
  dir: 'dir'
}

/** Applies the layers' app entries in order (whiteouts and opaque dirs hide what is below). */
function applyApp(copies: LayerCopy[]): { dir?: string; files: Map<string, AppFile> } {
  const all = new Map<string, AppFile>()
  for (const layer of copies) {
    const hidden = (p: string, gone: string): boolean => p === gone || p.startsWith(`${gone}/`)
    for (const gone of layer.whiteouts) {
      for (const p of [...all.keys()]) if (hidden(p, gone)) all.delete(p)
    }
    for (const dir of layer.opaque) {
      for (const p of [...all.keys()]) if (p.startsWith(`${dir}/`)) all.delete(p)
    }
    for (const e of layer.entries) {
      all.set(e.path, { type: e.type, size: e.size, sha256: e.sha256 })
    }
  }
  const dir = APP_DIRS.find(
    d => all.get(d)?.type === 'dir' || [...all.keys()].some(p => p.startsWith(`${d}/`))
  )
  const files = new Map<string, AppFile>()
  if (dir) {
    for (const [p, f] of all) {
      const rest = underApp(p)
      if (rest && rest[0] === dir && rest[1] !== '') files.set(rest[1], f)
    }
  }
  return { dir, files }
}

function parseJson(data: Buffer | undefined, what: string): Record<string, unknown> {
  try {
    const value: unknown = data ? JSON.parse(data.toString('utf8')) : undefined
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>
    }
  } catch {
    // the text is never echoed
  }
  throw new DiffError(`its ${what} could not be read again as JSON`)
}

/** Reads one side (copying a layout or a reference into opts.tempDir first). */
export async function readSide(given: string, opts: SideOptions): Promise<RockSide> {
  const kind = await sideKind(given)
  // skopeo reads oci:PATH:REF: a ':' in the directory's path would end it early.
  if (kind === 'layout' && path.resolve(given).includes(':')) {
    throw new DiffError(
      `${given}: an OCI layout directory whose path holds ':' cannot be named to skopeo`
    )
  }
  let file = given
  if (kind !== 'rock') {
    const dir = await privateDir(opts.tempDir, 'side-')
    file = path.join(dir, 'side.rock')
    await copyToArchive(given, kind, file, opts)
  }
  const copy = new DiffCopy(opts.shared?.copies)
  let contents: RockContents
  try {
    contents = await readRock(file, opts.limits ?? DEFAULT_LIMITS, copy, opts.shared?.layers)
  } catch (err) {
    if (err instanceof RockError) {
      throw new DiffError(err.message.replace(file, kind === 'rock' ? given : `${given} (copied)`))
    }
    throw err
  }
  const manifest = contents.manifest ?? parseJson(undefined, 'manifest')
  const config = parseJson(copy.json.get(contents.blobs.config), 'config')
  const descriptors = (Array.isArray(manifest.layers) ? manifest.layers : []) as {
    digest?: string
    size?: unknown
    mediaType?: unknown
  }[]
  const problems: string[] = []
  const layers: LayerFacts[] = contents.blobs.layers.map((hex, i) => {
    const d = descriptors[i] ?? {}
    const layer = copy.layers.get(hex)
    if (layer?.problem) problems.push(`layer ${i + 1}: ${layer.problem}`)
    return {
      digest: `sha256:${hex}`,
      mediaType: typeof d.mediaType === 'string' ? d.mediaType : '',
      compressed: typeof d.size === 'number' && Number.isSafeInteger(d.size) ? d.size : 0,
      ...(layer?.unpacked !== undefined ? { unpacked: layer.unpacked } : {})
    }
  })
  const app = applyApp(
    contents.blobs.layers.map(
      hex => copy.layers.get(hex) ?? { entries: [], whiteouts: [], opaque: [] }
    )
  )
  const imageConfig = config.config
  return {
    given,
    kind,
    contents,
    layers,
    config:
      typeof imageConfig === 'object' && imageConfig !== null && !Array.isArray(imageConfig)
        ? (imageConfig as Record<string, unknown>)
        : {},
    ...(app.dir ? { appDir: app.dir } : {}),
    appFiles: app.files,
    problems
  }
}

/** Reads both sides side by side in a private temp dir under `parent`, removed before returning. */
export async function readSides(
  oldSide: string,
  newSide: string,
  parent: string,
  opts: Omit<SideOptions, 'tempDir'> = {}
): Promise<[RockSide, RockSide]> {
  const tempDir = await privateDir(parent, 'flask-rock-diff-')
  const shared = sharedWalks()
  try {
    return await Promise.all([
      readSide(oldSide, { ...opts, tempDir, shared }),
      readSide(newSide, { ...opts, tempDir, shared })
    ])
  } catch (err) {
    if (err instanceof CommandError) throw new DiffError(err.message)
    throw err
  } finally {
    await fs.rm(tempDir, { recursive: true, force: true })
  }
}
