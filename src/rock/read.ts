// Reads a rock (an OCI archive: a plain tar of index.json and blobs/sha256/<hex>) in one pass, as
// the untrusted archive it is: nothing is unpacked to disk and no path inside it is ever opened.
// skopeo writes the blobs before index.json, so every blob is read as what its first bytes say
// (JSON kept, layers read as they stream by) and the image is put together once index.json is in:
// digests must be sha256 and 64 lower-case hex, only regular entries count, an index may not name
// itself, and one deadline and one memory bound hold for the whole read.
import { constants } from 'node:fs'
import * as fs from 'node:fs/promises'
import type { Readable, Transform } from 'node:stream'
import * as zlib from 'node:zlib'
import { RockError } from './error.js'
import { applyLayer, LayerReader, type LayerRead, type RockFile } from './layers.js'
import { DEFAULT_LIMITS, ReadBudget, sizeText, type ReadLimits } from './limits.js'
import { isTarHeader, TarReader, type EntrySink, type EntryType } from './tar.js'

export interface RockContents {
  /** The rock's path as given. */
  rock: string
  /** The image manifest's digest (what a registry names the image by). */
  digest: string
  architecture?: string
  os?: string
  /** The index's and the manifest's annotations (the manifest's win). */
  annotations: Record<string, string>
  /** The image config's labels. */
  labels: Record<string, string>
  layers: number
  /** Every path in the image (no leading '/') -> its owner's uid, layers applied. */
  owners: Map<string, number>
  /** The files whose bytes a read keeps (see FileKind), by path, layers applied. */
  files: Map<string, RockFile>
  /** The image's blobs (sha256 hex): its config, and its layers in order. */
  blobs: { config: string; layers: string[] }
}

/**
 * Where a read copies the rock's blobs as they stream by (the smoke test loads them into Docker
 * this way, sharing the read's decompression). blob() is told what bytes will follow: 'tar', a
 * layer decompressed (`size` from its gzip trailer, a claim the copy must hold the bytes to), or
 * 'raw', the blob as stored. The sinks it returns must never throw: a copy that fails stops
 * copying, and the read goes on.
 */
export interface BlobCopy {
  blob(hex: string, form: 'tar' | 'raw', size: number): EntrySink | undefined
}

const DIGEST = /^sha256:[0-9a-f]{64}$/
const HEX64 = /^[0-9a-f]{64}$/
/** index.json, manifests and configs: kilobytes in practice. */
const JSON_MAX = 4 * 1024 * 1024
/** Indexes inside indexes: more than this is a loop or an attack. */
const INDEX_DEPTH = 4
/** Decompressor output chunks: fewer, larger steps through the tar reader (measured ~1.7x faster). */
const CHUNK = 256 * 1024

type Format = 'gzip' | 'zstd' | 'xz' | 'bzip2' | 'tar' | 'json' | 'unknown'

type Blob =
  | { kind: 'json'; data: Buffer | undefined }
  | { kind: 'layer'; layer: LayerRead }
  | { kind: 'other'; format: Format }
  | { kind: 'not-regular'; type: EntryType }

const TYPE_TEXT: Record<EntryType, string> = {
  file: 'a regular file',
  hardlink: 'a hard link',
  symlink: 'a symbolic link',
  device: 'a device node',
  dir: 'a directory',
  fifo: 'a FIFO',
  other: 'an entry of an unknown type'
}

function sniff(head: Buffer): Format {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip'
  if (head.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))) return 'zstd'
  if (head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) return 'xz'
  if (head.subarray(0, 3).toString('latin1') === 'BZh') return 'bzip2'
  const first = head.toString('latin1').trimStart()[0]
  if (first === '{' || first === '[') return 'json'
  if (head.length >= 512 && (isTarHeader(head) || head.subarray(0, 512).every(b => b === 0))) {
    return 'tar'
  }
  return 'unknown'
}

/** The platform's zstd decompressor (Node 22.15 and later), if it has one. */
function zstdDecompressor(): Transform | undefined {
  const make = (zlib as unknown as { createZstdDecompress?: () => Transform }).createZstdDecompress
  return make?.()
}

const short = (digest: string): string => digest.slice(0, 19)

/** Keeps a JSON blob (up to JSON_MAX; a bigger one is remembered as too big). */
class JsonSink implements EntrySink {
  private readonly chunks: Buffer[] = []
  private size = 0

  constructor(
    private readonly budget: ReadBudget,
    private readonly done: (data: Buffer | undefined) => void
  ) {}

  data(chunk: Buffer): void {
    this.size += chunk.length
    if (this.size > JSON_MAX) return
    this.budget.keep(chunk.length)
    this.chunks.push(Buffer.from(chunk))
  }

  end(): void {
    this.done(this.size > JSON_MAX ? undefined : Buffer.concat(this.chunks))
  }
}

/** A layer blob: decompressed (bounded) into a LayerReader as it streams by. */
class LayerSink implements EntrySink {
  private readonly reader: LayerReader
  private readonly consumer: Promise<void> | undefined

  /** `copy` gets the layer's tar as the reader does (decompressed). */
  constructor(
    private readonly budget: ReadBudget,
    private readonly decompressor: Transform | undefined,
    private readonly done: (layer: LayerRead) => void,
    open: Set<Transform>,
    private readonly copy?: EntrySink
  ) {
    const reader = new LayerReader(budget)
    this.reader = reader
    if (decompressor) {
      open.add(decompressor)
      this.consumer = (async () => {
        try {
          for await (const out of decompressor as AsyncIterable<Buffer>) {
            budget.unpack(out.length)
            budget.checkTime()
            await reader.tar.write(out)
            await copy?.data(out)
          }
        } catch (err) {
          if (err instanceof RockError) throw err
          throw new RockError('a layer is not valid compressed data')
        } finally {
          open.delete(decompressor)
        }
      })()
      // Seen by write() or end(); never left unhandled.
      this.consumer.catch(() => undefined)
    }
  }

  async data(chunk: Buffer): Promise<void> {
    if (!this.decompressor) {
      this.budget.unpack(chunk.length)
      await this.reader.tar.write(chunk)
      await this.copy?.data(chunk)
      return
    }
    if (!this.decompressor.write(chunk)) {
      await Promise.race([
        new Promise(resolve => this.decompressor!.once('drain', resolve)),
        this.consumer
      ])
    }
  }

  async end(): Promise<void> {
    if (this.decompressor) {
      this.decompressor.end()
      await this.consumer
    }
    await this.reader.tar.end()
    await this.copy?.end()
    this.done(this.reader.layer)
  }
}

/** Both sinks get every chunk: the read's, then the copy's. */
function tee(sink: EntrySink, copy: EntrySink | undefined): EntrySink {
  if (!copy) return sink
  return {
    data: async chunk => {
      await sink.data(chunk)
      await copy.data(chunk)
    },
    end: async () => {
      await sink.end()
      await copy.end()
    }
  }
}

/** Holds an entry's first 512 bytes to decide what it is, then hands everything to that sink. */
class SniffSink implements EntrySink {
  private head = Buffer.alloc(0)
  private sink: EntrySink | undefined

  constructor(
    private readonly decide: (
      format: Format
    ) => EntrySink | undefined | Promise<EntrySink | undefined>
  ) {}

  async data(chunk: Buffer): Promise<void> {
    if (this.sink) return this.sink.data(chunk)
    this.head = Buffer.concat([this.head, chunk])
    if (this.head.length >= 512) await this.start()
  }

  private async start(): Promise<void> {
    const head = this.head
    this.sink = (await this.decide(sniff(head))) ?? { data: () => undefined, end: () => undefined }
    if (head.length > 0) await this.sink.data(head)
  }

  async end(): Promise<void> {
    if (!this.sink) await this.start()
    await this.sink!.end()
  }
}

function parseJson(data: Buffer, what: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(data.toString('utf8'))
  } catch {
    // JSON.parse's message quotes the text: never shown.
    throw new RockError(`${what} is not valid JSON`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RockError(`${what} is not a JSON object`)
  }
  return value as Record<string, unknown>
}

interface Descriptor {
  mediaType?: string
  digest: string
  platform?: { architecture?: string; os?: string }
  annotations?: Record<string, string>
}

function descriptor(value: unknown, where: string): Descriptor {
  const d = value as Descriptor | undefined
  if (typeof d !== 'object' || d === null || typeof d.digest !== 'string') {
    throw new RockError(`${where} has a descriptor without a digest`)
  }
  if (!DIGEST.test(d.digest)) {
    // The digest is the archive's text: not echoed.
    throw new RockError(`${where} names a digest that is not sha256: and 64 lower-case hex digits`)
  }
  return d
}

function strings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (typeof value !== 'object' || value === null) return out
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v
  return out
}

/** Puts the image together from the blobs read. */
function assemble(indexJson: Buffer, blobs: Map<string, Blob>): Omit<RockContents, 'rock'> {
  const blobJson = (d: Descriptor, what: string): Record<string, unknown> => {
    const name = `${what} ${short(d.digest)}`
    const blob = blobs.get(d.digest.slice(7))
    if (!blob) throw new RockError(`${name} is not in the archive`)
    if (blob.kind === 'not-regular') {
      throw new RockError(`${name} is ${TYPE_TEXT[blob.type]} in the archive, not a regular file`)
    }
    if (blob.kind !== 'json') throw new RockError(`${name} is not JSON`)
    if (!blob.data) throw new RockError(`${name} is larger than ${sizeText(JSON_MAX)}`)
    return parseJson(blob.data, name)
  }
  const manifestsOf = (doc: Record<string, unknown>, where: string): Descriptor[] => {
    if (!Array.isArray(doc.manifests) || doc.manifests.length === 0) {
      throw new RockError(`${where} lists no image`)
    }
    return doc.manifests.map(m => descriptor(m, where))
  }
  const index = parseJson(indexJson, 'index.json')
  const annotations: Record<string, string> = {}
  let desc = manifestsOf(index, 'index.json')[0]
  const seen = new Set<string>()
  // A multi-platform index: the first image for linux.
  while (desc.mediaType?.endsWith('image.index.v1+json')) {
    if (seen.has(desc.digest) || seen.size >= INDEX_DEPTH) {
      throw new RockError(`its indexes name each other (or nest deeper than ${INDEX_DEPTH})`)
    }
    seen.add(desc.digest)
    const where = `index ${short(desc.digest)}`
    const inner = manifestsOf(blobJson(desc, 'index'), where)
    desc = inner.find(m => (m.platform?.os ?? 'linux') === 'linux') ?? inner[0]
  }
  Object.assign(annotations, strings(desc.annotations))
  const manifest = blobJson(desc, 'manifest')
  Object.assign(annotations, strings(manifest.annotations))
  if (!Array.isArray(manifest.layers)) {
    throw new RockError(`manifest ${short(desc.digest)} lists no layers`)
  }
  const config = blobJson(descriptor(manifest.config, `manifest ${short(desc.digest)}`), 'config')
  const image = { owners: new Map<string, number>(), files: new Map<string, RockFile>() }
  for (const value of manifest.layers) {
    const layer = descriptor(value, `manifest ${short(desc.digest)}`)
    const blob = blobs.get(layer.digest.slice(7))
    const name = `layer ${short(layer.digest)}`
    if (!blob) throw new RockError(`${name} is not in the archive`)
    if (blob.kind === 'not-regular') {
      throw new RockError(`${name} is ${TYPE_TEXT[blob.type]} in the archive, not a regular file`)
    }
    if (blob.kind === 'other') {
      throw new RockError(
        blob.format === 'zstd'
          ? `${name} is zstd-compressed and this Node has no zstd decompressor (Node 22.15 or later has)`
          : `${name} is ${blob.format === 'unknown' ? 'not a tar archive' : `compressed with ${blob.format}, which OCI layers are not`}`
      )
    }
    if (blob.kind !== 'layer') throw new RockError(`${name} is not a tar archive`)
    applyLayer(image, blob.layer)
  }
  const imageConfig = config.config as Record<string, unknown> | undefined
  return {
    digest: desc.digest,
    architecture: typeof config.architecture === 'string' ? config.architecture : undefined,
    os: typeof config.os === 'string' ? config.os : undefined,
    annotations,
    labels: strings(imageConfig?.Labels),
    layers: manifest.layers.length,
    owners: image.owners,
    files: image.files,
    blobs: {
      config: (manifest.config as Descriptor).digest.slice(7),
      layers: manifest.layers.map(l => (l as Descriptor).digest.slice(7))
    }
  }
}

/** Opens the rock itself: it must be a regular file (a FIFO or a device never blocks the read). */
async function openRock(rock: string): Promise<fs.FileHandle> {
  let handle: fs.FileHandle
  try {
    handle = await fs.open(rock, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new RockError(code === 'ENOENT' ? 'no such file' : (code ?? 'cannot open it'))
  }
  const stat = await handle.stat()
  if (!stat.isFile()) {
    await handle.close()
    throw new RockError('not a regular file')
  }
  return handle
}

/**
 * Reads the rock once, within the limits. Throws RockError ("cannot read <rock>: <why>") for
 * anything it will not read; the message never quotes the archive's content.
 */
export async function readRock(
  rock: string,
  limits: ReadLimits = DEFAULT_LIMITS,
  copy?: BlobCopy
): Promise<RockContents> {
  try {
    return await readArchive(rock, limits, copy)
  } catch (err) {
    if (err instanceof RockError) throw new RockError(`cannot read ${rock}: ${err.message}`)
    // Anything else (an I/O error) is said by its code only.
    const code = (err as NodeJS.ErrnoException).code
    throw new RockError(`cannot read ${rock}: ${code ?? 'the read failed'}`)
  }
}

/** A gzip member's trailer: its decompressed size (mod 2^32), or undefined if it has none. */
async function gzipSize(
  handle: fs.FileHandle,
  offset: number,
  size: number
): Promise<number | undefined> {
  // 10 bytes of header, 8 of trailer: anything shorter is no gzip member.
  if (size < 18) return undefined
  const trailer = Buffer.alloc(4)
  const { bytesRead } = await handle.read(trailer, 0, 4, offset + size - 4)
  return bytesRead === 4 ? trailer.readUInt32LE(0) : undefined
}

async function readArchive(
  rock: string,
  limits: ReadLimits,
  copy: BlobCopy | undefined
): Promise<RockContents> {
  const budget = new ReadBudget(limits)
  const handle = await openRock(rock)
  const open = new Set<Transform>()
  let stream: Readable | undefined
  let timer: NodeJS.Timeout | undefined
  try {
    const blobs = new Map<string, Blob>()
    let indexJson: Buffer | undefined
    let indexType: EntryType | undefined
    const outer = new TarReader(header => {
      budget.checkTime()
      const p = header.path.replace(/^(\.\/)+/, '')
      if (p === 'index.json') {
        indexType = header.type
        if (header.type !== 'file') return undefined
        return new JsonSink(budget, data => void (indexJson = data ?? Buffer.alloc(0)))
      }
      const hex = /^blobs\/sha256\/([^/]+)$/.exec(p)?.[1]
      // Other names are never looked up: digests are checked before use.
      if (!hex || !HEX64.test(hex)) return undefined
      if (header.type !== 'file') {
        blobs.set(hex, { kind: 'not-regular', type: header.type })
        return undefined
      }
      const raw = (): EntrySink | undefined => copy?.blob(hex, 'raw', header.size)
      return new SniffSink(async format => {
        if (format === 'json') {
          const json = new JsonSink(budget, data => void blobs.set(hex, { kind: 'json', data }))
          return tee(json, raw())
        }
        const layerDone = (layer: LayerRead): void => void blobs.set(hex, { kind: 'layer', layer })
        if (format === 'tar') {
          const tar = copy?.blob(hex, 'tar', header.size)
          return new LayerSink(budget, undefined, layerDone, open, tar)
        }
        if (format === 'gzip') {
          // The copy gets the layer decompressed, as the read decompresses it anyway; its size is
          // the trailer's word, which the copy holds the bytes to.
          const size = copy && (await gzipSize(handle, header.offset, header.size))
          const gunzip = zlib.createGunzip({ chunkSize: CHUNK })
          // No trailer to size it by: the copy gets the blob as stored.
          if (size === undefined) return tee(new LayerSink(budget, gunzip, layerDone, open), raw())
          return new LayerSink(budget, gunzip, layerDone, open, copy?.blob(hex, 'tar', size))
        }
        const zstd = format === 'zstd' ? zstdDecompressor() : undefined
        if (zstd) return tee(new LayerSink(budget, zstd, layerDone, open), raw())
        blobs.set(hex, { kind: 'other', format })
        return undefined
      })
    })
    stream = handle.createReadStream({ highWaterMark: 1024 * 1024, autoClose: false })
    // The deadline holds even while a step waits (nothing should, but a rock is hostile).
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        try {
          budget.checkTime()
          reject(new RockError('the read took longer than its deadline'))
        } catch (err) {
          reject(err as Error)
        }
      }, budget.msLeft() + 50)
    })
    expired.catch(() => undefined)
    const read = (async () => {
      let first = true
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        budget.checkTime()
        if (first) {
          first = false
          const format = sniff(chunk.subarray(0, 512))
          if (format !== 'tar') {
            throw new RockError(
              format === 'unknown' || format === 'json'
                ? 'not an OCI archive (a tar)'
                : `compressed with ${format}; a rock is a plain tar (OCI archive)`
            )
          }
        }
        await outer.write(chunk)
      }
      await outer.end()
    })()
    read.catch(() => undefined)
    await Promise.race([read, expired])
    if (indexType !== undefined && indexType !== 'file') {
      throw new RockError(`index.json is ${TYPE_TEXT[indexType]}, not a regular file`)
    }
    if (!indexJson) throw new RockError('no index.json: not an OCI archive')
    return { rock, ...assemble(indexJson, blobs) }
  } finally {
    clearTimeout(timer)
    for (const d of open) d.destroy()
    stream?.destroy()
    await handle.close().catch(() => undefined)
  }
}

// One read per rock file and process: the smoke test's owner check (and load) and the SBOM share
// it. Finished reads by path, size and modification time; reads under way by path, taken at once
// (no await first), so that whoever asks first starts the read, and with its copy.
const reads = new Map<string, Promise<RockContents>>()
const underway = new Map<string, Promise<RockContents>>()

/**
 * readRock() once per rock: later callers get the same read, finished or under way. `copy` is
 * fed only by the read this call starts (none when one was under way or done already). A failed
 * read is not kept.
 */
export function readRockOnce(rock: string, copy?: BlobCopy): Promise<RockContents> {
  const joined = underway.get(rock)
  if (joined) return joined
  const read = (async () => {
    const stat = await fs.stat(rock).catch(() => undefined)
    const key = JSON.stringify([rock, stat?.size, stat?.mtimeMs, stat?.ino])
    let done = reads.get(key)
    if (!done) {
      done = readRock(rock, DEFAULT_LIMITS, copy)
      reads.set(key, done)
      done.catch(() => reads.delete(key))
    }
    return done
  })()
  underway.set(rock, read)
  const settle = (): void => {
    if (underway.get(rock) === read) underway.delete(rock)
  }
  read.then(settle, settle)
  return read
}
