// Reads a rock (an OCI archive: a plain tar of index.json and blobs/sha256/<hex>) as the untrusted
// archive it is: nothing is unpacked to disk and no path inside it is ever opened. A rock is a
// regular file, so its headers are listed first (data seeked past, Go's tar grammar: src/rock/tar.ts)
// and only the blobs index.json names are read after that: the manifest and config whole, each
// layer streamed once. Every byte is hashed as it goes by: each blob against its digest, each
// decompressed layer against the config's diff_ids, so the image read is the image Docker and
// skopeo see, or the rock is refused. Digests must be sha256 and 64 lower-case hex, only regular
// entries count, an index may not name itself, and one deadline and one memory bound hold.
import { createHash, type Hash } from 'node:crypto'
import { constants } from 'node:fs'
import * as fs from 'node:fs/promises'
import type { Transform } from 'node:stream'
import * as zlib from 'node:zlib'
import { RockError } from './error.js'
import { applyLayer, LayerReader, type LayerRead, type RockFile } from './layers.js'
import { DEFAULT_LIMITS, ReadBudget, sizeText, type ReadLimits } from './limits.js'
import { isTarHeader, listTar, type EntrySink, type EntryType, type TarHeader } from './tar.js'

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
  /** The image's blobs (sha256 hex): its config (Docker's image ID), and its layers in order. */
  blobs: { config: string; layers: string[] }
  /** The config's diff_ids (sha256:hex), each checked against its layer's decompressed bytes. */
  diffIds: string[]
  /** The image manifest as read (its bytes hashed to `digest`): layer sizes and media types. */
  manifest?: Record<string, unknown>
}

/**
 * Where a read copies the image's blobs as it reads them (the smoke test loads them into Docker
 * this way, sharing the read's decompression): the config first, then each layer once, and only
 * blobs the image names. blob() is told what bytes will follow: 'tar', a layer decompressed
 * (`size` from its gzip trailer, a claim the copy must hold the bytes to), or 'raw', the blob as
 * stored. The sinks it returns must never throw: a copy that fails stops copying, and the read
 * goes on.
 */
export interface BlobCopy {
  blob(hex: string, form: 'tar' | 'raw', size: number): EntrySink | undefined
}

/** A layer as one read verified it: its stored bytes matched their digest. */
export interface VerifiedLayer {
  layer: LayerRead
  diffId: string
}

/**
 * Layers that reads in this process share by digest (a diff's two sides, which share their base
 * layer): the first read of a layer decompresses and walks it; another read of the same digest
 * hashes its own stored bytes against the digest (so the bytes are the same) and takes the first
 * read's walk and diff_id instead of doing that work again. A failed first read is not taken.
 */
export type SharedLayers = Map<string, Promise<VerifiedLayer>>

const DIGEST = /^sha256:[0-9a-f]{64}$/
/** index.json, manifests and configs: kilobytes in practice. */
const JSON_MAX = 4 * 1024 * 1024
/** Indexes inside indexes: more than this is a loop or an attack. */
const INDEX_DEPTH = 4
/** Decompressor output chunks: fewer, larger steps through the tar reader (measured ~1.7x faster). */
const CHUNK = 256 * 1024
/** Reads of a layer from the rock. */
const READ_SIZE = 1024 * 1024
/** An OCI archive's outer tar: a layout file, an index and blobs; a dozen entries in practice. */
const OUTER_MAX = 100_000

type Format = 'gzip' | 'zstd' | 'xz' | 'bzip2' | 'tar' | 'json' | 'unknown'

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

/**
 * The outer archive's grammar: the names skopeo writes, each once, and the layout's own directory
 * ('./', as `tar -C layout .` writes it; skopeo reads that). A leading './' is the same name
 * (refused twice); a trailing '/' ends only a directory's name; a name Docker or skopeo would
 * clean into another ('/index.json', 'blobs//sha256/x', '..', 'index.json/') is no name of the
 * grammar, so refused.
 */
const OUTER_NAME =
  /^(?:\.\/)*(\.\/?|oci-layout|index\.json|blobs\/?|blobs\/sha256\/?|blobs\/sha256\/[0-9a-f]{64})$/

/** The outer entries by name (no './', no trailing '/'), each listed once. */
function outerEntries(headers: TarHeader[]): Map<string, TarHeader> {
  const byName = new Map<string, TarHeader>()
  for (const h of headers) {
    const match = OUTER_NAME.exec(h.path)
    if (!match) {
      throw new RockError(
        'it holds an entry that is none of oci-layout, index.json, blobs/sha256/<64 hex digits> (or is spelled so that it would be unpacked somewhere else)'
      )
    }
    const name = match[1].replace(/\/$/, '')
    const shown = name.startsWith('blobs/sha256/')
      ? `blob ${short(`sha256:${name.slice(13)}`)}`
      : name
    if (byName.has(name)) throw new RockError(`${shown} is in the archive twice`)
    const dir = name === '.' || name === 'blobs' || name === 'blobs/sha256'
    if (dir && h.type !== 'dir') {
      throw new RockError(`${name}/ is ${TYPE_TEXT[h.type]}, not a directory`)
    }
    byName.set(name, h)
  }
  return byName
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
  copy?: BlobCopy,
  shared?: SharedLayers
): Promise<RockContents> {
  try {
    return await readArchive(rock, limits, copy, shared)
  } catch (err) {
    if (err instanceof RockError) throw new RockError(`cannot read ${rock}: ${err.message}`)
    // Anything else (an I/O error) is said by its code only.
    const code = (err as NodeJS.ErrnoException).code
    throw new RockError(`cannot read ${rock}: ${code ?? 'the read failed'}`)
  }
}

/** A gzip member's trailer: its decompressed size (mod 2^32), or undefined if it has none. */
async function gzipSize(handle: fs.FileHandle, entry: TarHeader): Promise<number | undefined> {
  // 10 bytes of header, 8 of trailer: anything shorter is no gzip member.
  if (entry.size < 18) return undefined
  const trailer = Buffer.alloc(4)
  const { bytesRead } = await handle.read(trailer, 0, 4, entry.offset + entry.size - 4)
  return bytesRead === 4 ? trailer.readUInt32LE(0) : undefined
}

/** Exactly the entry's bytes, or a RockError. */
async function readExactly(handle: fs.FileHandle, entry: TarHeader): Promise<Buffer> {
  const data = Buffer.alloc(entry.size)
  let got = 0
  while (got < entry.size) {
    const { bytesRead } = await handle.read(data, got, entry.size - got, entry.offset + got)
    if (bytesRead === 0) throw new RockError('a tar archive ends in the middle of an entry')
    got += bytesRead
  }
  return data
}

const hexOf = (hash: Hash): string => hash.digest('hex')

/** The entry's stored bytes' digest (sha256:hex), read in READ_SIZE steps within the deadline. */
async function storedDigest(
  handle: fs.FileHandle,
  entry: TarHeader,
  budget: ReadBudget
): Promise<string> {
  const hash = createHash('sha256')
  const chunk = Buffer.allocUnsafe(Math.min(READ_SIZE, Math.max(entry.size, 1)))
  for (let at = 0; at < entry.size;) {
    budget.checkTime()
    const want = Math.min(chunk.length, entry.size - at)
    const { bytesRead } = await handle.read(chunk, 0, want, entry.offset + at)
    if (bytesRead === 0) throw new RockError('a tar archive ends in the middle of an entry')
    hash.update(chunk.subarray(0, bytesRead))
    at += bytesRead
  }
  return `sha256:${hexOf(hash)}`
}

/** One layer: its bytes hashed as stored and decompressed, read into a LayerReader, copied. */
async function readLayer(
  handle: fs.FileHandle,
  entry: TarHeader,
  name: string,
  budget: ReadBudget,
  copy: BlobCopy | undefined,
  hex: string
): Promise<{ layer: LayerRead; digest: string; diffId: string }> {
  const head = Buffer.alloc(Math.min(entry.size, 512))
  await handle.read(head, 0, head.length, entry.offset)
  const format = sniff(head)
  let decompressor: Transform | undefined
  let sink: EntrySink | undefined
  if (format === 'gzip') {
    decompressor = zlib.createGunzip({ chunkSize: CHUNK })
    // The copy gets the layer decompressed, as the read decompresses it anyway; its size is the
    // trailer's word, which the copy holds the bytes to. No trailer: the blob as stored.
    const size = copy && (await gzipSize(handle, entry))
    sink = size === undefined ? copy?.blob(hex, 'raw', entry.size) : copy?.blob(hex, 'tar', size)
    if (size === undefined) return streamLayer(handle, entry, budget, decompressor, undefined, sink)
    return streamLayer(handle, entry, budget, decompressor, sink, undefined)
  }
  if (format === 'tar') {
    return streamLayer(handle, entry, budget, undefined, copy?.blob(hex, 'tar', entry.size))
  }
  if (format === 'zstd') {
    decompressor = zstdDecompressor()
    if (decompressor) {
      const raw = copy?.blob(hex, 'raw', entry.size)
      return streamLayer(handle, entry, budget, decompressor, undefined, raw)
    }
    throw new RockError(
      `${name} is zstd-compressed and this Node has no zstd decompressor (Node 22.15 or later has)`
    )
  }
  throw new RockError(
    format === 'unknown' || format === 'json'
      ? `${name} is not a tar archive`
      : `${name} is compressed with ${format}, which OCI layers are not`
  )
}

/**
 * Streams the entry's bytes from the rock: each chunk hashed as stored, then (decompressed, if
 * it is) hashed again, read by a LayerReader and handed to `tarCopy`; `rawCopy` gets it as stored.
 */
async function streamLayer(
  handle: fs.FileHandle,
  entry: TarHeader,
  budget: ReadBudget,
  decompressor: Transform | undefined,
  tarCopy: EntrySink | undefined,
  rawCopy?: EntrySink
): Promise<{ layer: LayerRead; digest: string; diffId: string }> {
  const stored = createHash('sha256')
  const diff = decompressor ? createHash('sha256') : stored
  const reader = new LayerReader(budget)
  const take = async (out: Buffer): Promise<void> => {
    budget.unpack(out.length)
    budget.checkTime()
    if (decompressor) diff.update(out)
    await reader.tar.write(out)
    await tarCopy?.data(out)
  }
  let consumer: Promise<void> | undefined
  if (decompressor) {
    consumer = (async () => {
      try {
        for await (const out of decompressor as AsyncIterable<Buffer>) await take(out)
      } catch (err) {
        if (err instanceof RockError) throw err
        throw new RockError('a layer is not valid compressed data')
      }
    })()
    // Seen below; never left unhandled.
    consumer.catch(() => undefined)
  }
  try {
    // Positional reads of the entry's range (the file's offset is nobody's, nothing is left
    // open), the next one under way while this one is hashed and decompressed.
    const readAt = async (at: number): Promise<Buffer> => {
      const chunk = Buffer.allocUnsafe(Math.min(READ_SIZE, entry.size - at))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, entry.offset + at)
      if (bytesRead === 0) throw new RockError('a tar archive ends in the middle of an entry')
      return bytesRead < chunk.length ? chunk.subarray(0, bytesRead) : chunk
    }
    let ahead = entry.size > 0 ? readAt(0) : undefined
    for (let at = 0; ahead;) {
      budget.checkTime()
      const part = await ahead
      at += part.length
      ahead = at < entry.size ? readAt(at) : undefined
      // Seen by the await above, or left unhandled when this loop throws first.
      ahead?.catch(() => undefined)
      stored.update(part)
      await rawCopy?.data(part)
      if (!decompressor) {
        await take(part)
      } else if (!decompressor.write(part)) {
        await Promise.race([new Promise(resolve => decompressor.once('drain', resolve)), consumer])
      }
    }
    if (decompressor) {
      decompressor.end()
      await consumer
      // Node's gunzip takes zeros after the last member as padding and stops; Go's gzip reader
      // (skopeo's, Docker's) reads them as another member's header and fails: no Docker loads it.
      const after = decompressor instanceof zlib.Gunzip ? entry.size - decompressor.bytesWritten : 0
      if (after > 0) {
        throw new RockError(
          `a gzip layer has ${after} bytes after its last member, which Go's gzip reader (skopeo's, Docker's) refuses`
        )
      }
    }
    await reader.tar.end()
    await tarCopy?.end()
    await rawCopy?.end()
    const digest = `sha256:${hexOf(stored)}`
    return {
      layer: reader.layer,
      digest,
      diffId: diff === stored ? digest : `sha256:${hexOf(diff)}`
    }
  } finally {
    decompressor?.destroy()
  }
}

async function readArchive(
  rock: string,
  limits: ReadLimits,
  copy: BlobCopy | undefined,
  shared: SharedLayers | undefined
): Promise<RockContents> {
  const budget = new ReadBudget(limits)
  const handle = await openRock(rock)
  let timer: NodeJS.Timeout | undefined
  try {
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
    const read = readImage(rock, handle, budget, copy, shared)
    read.catch(() => undefined)
    return await Promise.race([read, expired])
  } finally {
    clearTimeout(timer)
    await handle.close().catch(() => undefined)
  }
}

async function readImage(
  rock: string,
  handle: fs.FileHandle,
  budget: ReadBudget,
  copy: BlobCopy | undefined,
  shared: SharedLayers | undefined
): Promise<RockContents> {
  budget.checkTime()
  const first = Buffer.alloc(512)
  const { bytesRead } = await handle.read(first, 0, 512, 0)
  const format = sniff(first.subarray(0, bytesRead))
  if (format !== 'tar') {
    throw new RockError(
      format === 'unknown' || format === 'json'
        ? 'not an OCI archive (a tar)'
        : `compressed with ${format}; a rock is a plain tar (OCI archive)`
    )
  }
  let listed = 0
  const outer = outerEntries(
    await listTar(handle, {
      check: () => budget.checkTime(),
      // Entries, not blocks read (check() also runs for the end marker and meta headers).
      onEntry: () => {
        if (++listed > OUTER_MAX) throw new RockError(`it holds more than ${OUTER_MAX} entries`)
      }
    })
  )
  const indexEntry = outer.get('index.json')
  if (!indexEntry) throw new RockError('no index.json: not an OCI archive')
  if (indexEntry.type !== 'file') {
    throw new RockError(`index.json is ${TYPE_TEXT[indexEntry.type]}, not a regular file`)
  }
  /** The named blob's entry: there, and a regular file. */
  const blobEntry = (d: Descriptor, what: string): TarHeader => {
    const name = `${what} ${short(d.digest)}`
    const entry = outer.get(`blobs/sha256/${d.digest.slice(7)}`)
    if (!entry) throw new RockError(`${name} is not in the archive`)
    if (entry.type !== 'file') {
      throw new RockError(`${name} is ${TYPE_TEXT[entry.type]} in the archive, not a regular file`)
    }
    return entry
  }
  const json = async (entry: TarHeader, what: string, digest?: string): Promise<Buffer> => {
    if (entry.size > JSON_MAX) throw new RockError(`${what} is larger than ${sizeText(JSON_MAX)}`)
    budget.keep(entry.size)
    const data = await readExactly(handle, entry)
    if (digest && `sha256:${createHash('sha256').update(data).digest('hex')}` !== digest) {
      throw new RockError(`${what} does not match its digest`)
    }
    return data
  }
  const blobJson = async (d: Descriptor, what: string): Promise<Record<string, unknown>> => {
    const name = `${what} ${short(d.digest)}`
    const data = await json(blobEntry(d, what), name, d.digest)
    if (sniff(data) !== 'json') throw new RockError(`${name} is not JSON`)
    return parseJson(data, name)
  }
  const manifestsOf = (doc: Record<string, unknown>, where: string): Descriptor[] => {
    if (!Array.isArray(doc.manifests) || doc.manifests.length === 0) {
      throw new RockError(`${where} lists no image`)
    }
    return doc.manifests.map(m => descriptor(m, where))
  }
  const index = parseJson(await json(indexEntry, 'index.json'), 'index.json')
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
    const inner = manifestsOf(await blobJson(desc, 'index'), where)
    desc = inner.find(m => (m.platform?.os ?? 'linux') === 'linux') ?? inner[0]
  }
  Object.assign(annotations, strings(desc.annotations))
  const manifestName = `manifest ${short(desc.digest)}`
  const manifest = await blobJson(desc, 'manifest')
  Object.assign(annotations, strings(manifest.annotations))
  if (!Array.isArray(manifest.layers)) throw new RockError(`${manifestName} lists no layers`)
  const layerDescs = manifest.layers.map(l => descriptor(l, manifestName))
  const configDesc = descriptor(manifest.config, manifestName)
  const configName = `config ${short(configDesc.digest)}`
  const configEntry = blobEntry(configDesc, 'config')
  const configData = await json(configEntry, configName, configDesc.digest)
  if (sniff(configData) !== 'json') throw new RockError(`${configName} is not JSON`)
  const config = parseJson(configData, configName)
  const rootfs = config.rootfs as { diff_ids?: unknown } | undefined
  const diffIds = rootfs?.diff_ids
  if (
    !Array.isArray(diffIds) ||
    diffIds.length !== layerDescs.length ||
    !diffIds.every(d => typeof d === 'string' && DIGEST.test(d))
  ) {
    throw new RockError(
      `${configName} does not list one sha256 diff_id for each of the manifest's ${layerDescs.length} layers`
    )
  }
  // Named blobs only, and only now that they are known to be named: the config, then the layers.
  const configCopy = copy?.blob(configDesc.digest.slice(7), 'raw', configData.length)
  if (configCopy) {
    await configCopy.data(configData)
    await configCopy.end()
  }
  const image = { owners: new Map<string, number>(), files: new Map<string, RockFile>() }
  const done = new Map<string, { layer: LayerRead; diffId: string }>()
  for (const [i, layerDesc] of layerDescs.entries()) {
    const name = `layer ${short(layerDesc.digest)}`
    const hex = layerDesc.digest.slice(7)
    let read = done.get(hex)
    const entry = blobEntry(layerDesc, 'layer')
    // Looked up and claimed with no await between: two reads never both walk a layer.
    const other = read ? undefined : shared?.get(hex)
    const theirs = other && (await other.catch(() => undefined))
    if (!read && theirs) {
      if ((await storedDigest(handle, entry, budget)) !== layerDesc.digest) {
        throw new RockError(`${name} does not match its digest`)
      }
      read = theirs
      done.set(hex, read)
    }
    if (!read) {
      const streaming = readLayer(handle, entry, name, budget, copy, hex).then(streamed => {
        if (streamed.digest !== layerDesc.digest) {
          throw new RockError(`${name} does not match its digest`)
        }
        return streamed
      })
      if (shared) {
        shared.set(hex, streaming)
        streaming.catch(() => undefined)
      }
      read = await streaming
      done.set(hex, read)
    }
    if (read.diffId !== diffIds[i]) {
      throw new RockError(
        `${name} does not match the config's diff_id for layer ${i + 1} (${short(diffIds[i] as string)})`
      )
    }
    applyLayer(image, read.layer)
  }
  const imageConfig = config.config as Record<string, unknown> | undefined
  return {
    rock,
    digest: desc.digest,
    architecture: typeof config.architecture === 'string' ? config.architecture : undefined,
    os: typeof config.os === 'string' ? config.os : undefined,
    annotations,
    labels: strings(imageConfig?.Labels),
    layers: layerDescs.length,
    owners: image.owners,
    files: image.files,
    blobs: { config: configDesc.digest.slice(7), layers: layerDescs.map(l => l.digest.slice(7)) },
    diffIds: diffIds as string[],
    manifest
  }
}

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
