// Crafted OCI archives for the rock reader's tests: a tar writer that spells every header itself,
// so that a test can write what no honest tool would (a FIFO named as a blob, a symlinked
// index.json, a pax header claiming 8 GiB, digests with '..').
import { afterAll, beforeAll } from '@jest/globals'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface Entry {
  path: string
  /** Tar type flag: '0' file, '2' symlink, '5' dir, '6' FIFO, 'x' pax... */
  type?: string
  data?: Buffer | string
  uid?: number
  mode?: number
  linkname?: string
  /** Overrides the size field (a header that lies). */
  size?: number
}

function octal(value: number, length: number): string {
  return value.toString(8).padStart(length - 1, '0') + '\0'
}

/** One 512-byte ustar header, checksum included. */
export function header(e: Entry): Buffer {
  const h = Buffer.alloc(512)
  const data = Buffer.from(e.data ?? '')
  h.write(e.path, 0, 100, 'utf8')
  h.write(octal(e.mode ?? (e.type === '5' ? 0o755 : 0o644), 8), 100, 'latin1')
  h.write(octal(e.uid ?? 0, 8), 108, 'latin1')
  h.write(octal(0, 8), 116, 'latin1')
  const size = e.size ?? data.length
  if (size >= 8 ** 11) {
    // base-256, as GNU tar writes sizes beyond 8 GiB
    h[124] = 0x80
    let v = size
    for (let i = 135; i > 124; i--) {
      h[i] = v % 256
      v = Math.floor(v / 256)
    }
  } else {
    h.write(octal(size, 12), 124, 'latin1')
  }
  h.write(octal(0, 12), 136, 'latin1')
  h.write(e.type ?? '0', 156, 'latin1')
  if (e.linkname) h.write(e.linkname, 157, 100, 'utf8')
  h.write('ustar\x0000', 257, 'latin1')
  h.fill(0x20, 148, 156)
  let sum = 0
  for (const b of h) sum += b
  h.write(octal(sum, 7) + ' ', 148, 'latin1')
  return h
}

/** A tar archive of the entries (data padded to 512), ended by two zero blocks. */
export function tarball(entries: Entry[]): Buffer {
  const parts: Buffer[] = []
  for (const e of entries) {
    const data = Buffer.from(e.data ?? '')
    parts.push(header(e), data, Buffer.alloc((512 - (data.length % 512)) % 512))
  }
  parts.push(Buffer.alloc(1024))
  return Buffer.concat(parts)
}

export const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex')

export interface Blob {
  digest: string
  data: Buffer
}

export function blob(data: Buffer | string | object): Blob {
  const bytes = Buffer.isBuffer(data)
    ? data
    : Buffer.from(typeof data === 'string' ? data : JSON.stringify(data))
  return { digest: `sha256:${sha256(bytes)}`, data: bytes }
}

/** A manifest blob naming the config and layers. */
export function manifest(config: Blob, layers: { blob: Blob; gzip?: boolean }[]): Blob {
  const layer = 'application/vnd.oci.image.layer.v1.tar'
  return blob({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: config.digest,
      size: config.data.length
    },
    layers: layers.map(l => ({
      mediaType: l.gzip ? `${layer}+gzip` : layer,
      digest: l.blob.digest,
      size: l.blob.data.length
    }))
  })
}

export function index(
  digest: string,
  mediaType = 'application/vnd.oci.image.manifest.v1+json'
): string {
  return JSON.stringify({
    schemaVersion: 2,
    manifests: [
      { mediaType, digest, size: 1, annotations: { 'org.opencontainers.image.ref.name': 'rock' } }
    ]
  })
}

/** An image config whose rootfs lists these diff_ids (sha256 of each layer's tar, decompressed). */
export function configFor(diffIds: string[]): Blob {
  return blob({
    architecture: 'amd64',
    os: 'linux',
    config: { Labels: { 'org.opencontainers.image.version': '0.1' } },
    rootfs: { type: 'layers', diff_ids: diffIds }
  })
}

/** The config of an image without layers. */
export const CONFIG = configFor([])

/** An archive's entries: the blobs in order, then index.json (the text given) and oci-layout, as skopeo lays them out. */
export function archive(blobs: Blob[], indexJson: string): Entry[] {
  return [
    ...blobs.map(blobEntry),
    { path: 'index.json', data: indexJson },
    { path: 'oci-layout', data: '{"imageLayoutVersion":"1.0.0"}' }
  ]
}

/** An image of the layers (each a list of tar entries; gzip when asked), blobs before index.json as skopeo writes them. */
export function image(layers: { entries: Entry[]; gzip?: boolean }[]): {
  entries: Entry[]
  manifest: Blob
  config: Blob
  layers: Blob[]
} {
  const tars = layers.map(l => tarball(l.entries))
  const layerBlobs = layers.map((l, i) => ({
    blob: blob(l.gzip ? gzipSync(tars[i]) : tars[i]),
    gzip: l.gzip
  }))
  const config = configFor(tars.map(t => `sha256:${sha256(t)}`))
  const m = manifest(config, layerBlobs)
  return {
    entries: archive([...layerBlobs.map(l => l.blob), config, m], index(m.digest)),
    manifest: m,
    config,
    layers: layerBlobs.map(l => l.blob)
  }
}

export const blobEntry = (b: Blob): Entry => ({
  path: `blobs/sha256/${b.digest.slice(7)}`,
  data: b.data
})

/** A scratch directory for one test file's archives. */
export async function scratch(): Promise<{
  dir: string
  write: (name: string, data: Buffer) => Promise<string>
  remove: () => Promise<void>
}> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-oci-test-'))
  return {
    dir,
    write: async (name, data) => {
      const file = path.join(dir, name)
      await fs.writeFile(file, data)
      return file
    },
    remove: () => fs.rm(dir, { recursive: true, force: true })
  }
}

/**
 * For a suite: a scratch dir before its first test, removed after its last, and `rock`, which
 * writes a rock of one gzip layer of `entries` there (`<prefix><n>.rock`) and returns its path;
 * `archive` writes the outer entries given, `file` the bytes given, each under a fresh name.
 */
export function scratchRocks(prefix: string): {
  rock: (entries: Entry[]) => Promise<string>
  archive: (entries: Entry[]) => Promise<string>
  file: (data: Buffer) => Promise<string>
  /** The scratch dir; read it in a test, not before. */
  dir: () => string
} {
  let work: Awaited<ReturnType<typeof scratch>>
  let count = 0
  beforeAll(async () => {
    work = await scratch()
  })
  afterAll(() => work?.remove())
  const file = (data: Buffer): Promise<string> => work.write(`${prefix}${++count}.rock`, data)
  return {
    rock: entries => file(tarball(image([{ gzip: true, entries }]).entries)),
    archive: entries => file(tarball(entries)),
    file,
    dir: () => work.dir
  }
}
