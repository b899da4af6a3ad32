// File owners as rockcraft's own spread test checks them: everything under /flask (and
// /opt/promtail, /etc/promtail) belongs to _daemon_ (584792). Bare rocks have no shell or find, so
// the owners are read from the rock's layer archives themselves (their tar headers), not from a
// container. A warm rock whose cache changed its owners is caught here too.
import { createReadStream } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { createGunzip } from 'node:zlib'
import { runOk } from '../exec.js'
import { removeOnInterrupt } from '../interrupt.js'
import { SmokeError } from './error.js'

export const DAEMON_UID = 584792
export const OWNED_ROOTS = ['flask', 'opt/promtail', 'etc/promtail']

export interface TarEntry {
  path: string
  uid: number
  type: string
}

function field(header: Buffer, start: number, length: number): Buffer {
  return header.subarray(start, start + length)
}

function text(b: Buffer): string {
  const end = b.indexOf(0)
  return b.toString('utf8', 0, end < 0 ? b.length : end)
}

/** A numeric header field: octal text, or base-256 when its first byte has the high bit set. */
function number(b: Buffer): number {
  if (b[0] & 0x80) {
    let value = b[0] & 0x7f
    for (let i = 1; i < b.length; i++) value = value * 256 + b[i]
    return value
  }
  const digits = text(b).trim()
  return digits === '' ? 0 : parseInt(digits, 8)
}

/** key=value records of a pax extended header ("<length> <key>=<value>\n"). */
function paxRecords(body: Buffer): Record<string, string> {
  const records: Record<string, string> = {}
  let pos = 0
  while (pos < body.length) {
    const space = body.indexOf(0x20, pos)
    if (space < 0) break
    const length = Number(body.toString('latin1', pos, space))
    if (!Number.isInteger(length) || length <= 0) break
    const record = body.toString('utf8', space + 1, pos + length - 1)
    const eq = record.indexOf('=')
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1)
    pos += length
  }
  return records
}

const pad = (size: number): number => Math.ceil(size / 512) * 512

/** The entries of a tar stream (ustar, pax and GNU long names), headers only. */
export async function tarEntries(chunks: AsyncIterable<Buffer>): Promise<TarEntry[]> {
  const entries: TarEntry[] = []
  let buffer: Buffer = Buffer.alloc(0)
  let skip = 0
  // A pax ('x') or GNU long-name ('L') header's body applies to the next entry.
  let bodyFor: 'x' | 'L' | 'g' | undefined
  let bodySize = 0
  let next: { path?: string; uid?: number } = {}
  for await (const chunk of chunks) {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk
    for (;;) {
      if (skip > 0) {
        const n = Math.min(skip, buffer.length)
        buffer = buffer.subarray(n)
        skip -= n
        if (skip > 0) break
      }
      if (bodyFor) {
        if (buffer.length < pad(bodySize)) break
        const body = buffer.subarray(0, bodySize)
        if (bodyFor === 'x') {
          const pax = paxRecords(body)
          if (pax.path !== undefined) next.path = pax.path
          if (pax.uid !== undefined) next.uid = Number(pax.uid)
        } else if (bodyFor === 'L') {
          next.path = text(body)
        }
        buffer = buffer.subarray(pad(bodySize))
        bodyFor = undefined
        continue
      }
      if (buffer.length < 512) break
      const header = buffer.subarray(0, 512)
      buffer = buffer.subarray(512)
      if (header.every(b => b === 0)) continue
      const type = String.fromCharCode(header[156] || 0x30)
      const size = number(field(header, 124, 12))
      if (type === 'x' || type === 'L' || type === 'g') {
        bodyFor = type
        bodySize = size
        continue
      }
      const prefix = text(field(header, 345, 155))
      const name = text(field(header, 0, 100))
      entries.push({
        path: next.path ?? (prefix ? `${prefix}/${name}` : name),
        uid: next.uid ?? number(field(header, 108, 8)),
        type
      })
      next = {}
      // Links and directories carry no data whatever their size field says.
      skip = type === '1' || type === '2' || type === '5' ? 0 : pad(size)
    }
  }
  return entries
}

interface Descriptor {
  mediaType?: string
  digest: string
  platform?: { architecture?: string; os?: string }
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as T
}

function normal(p: string): string {
  return p.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '')
}

export interface RockImage {
  /** From the image config (amd64, arm64...). */
  architecture?: string
  /** The image config's labels (rockcraft's: org.opencontainers.image.version, .title...); unchecked. */
  labels: Record<string, unknown>
  /** Path (no leading '/') -> uid, for the files under the roots. */
  owners: Map<string, number>
}

/**
 * The image a rock (an OCI archive) holds: its architecture, and the owners of the files under
 * `roots`, layers applied in order (later entries win, whiteouts remove).
 */
export async function rockImage(rock: string, roots: string[] = OWNED_ROOTS): Promise<RockImage> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-owners-'))
  const forget = removeOnInterrupt(dir)
  try {
    // --force-local: a ':' in the rock's path is a file name, not a remote host.
    await runOk('tar', ['--force-local', '-xf', rock, '-C', dir, 'index.json', 'blobs'], {
      what: `read the layers of ${rock}`,
      timeoutMs: 5 * 60_000
    })
    const blob = (d: string): string => path.join(dir, 'blobs', ...d.split(':'))
    let manifest = (await readJson<{ manifests: Descriptor[] }>(path.join(dir, 'index.json')))
      .manifests[0]
    // A multi-platform index: take the first image for linux.
    while (manifest?.mediaType?.endsWith('image.index.v1+json')) {
      const index = await readJson<{ manifests: Descriptor[] }>(blob(manifest.digest))
      manifest = index.manifests.find(m => (m.platform?.os ?? 'linux') === 'linux')!
    }
    if (!manifest) throw new SmokeError(`${rock} holds no image`)
    const { config, layers } = await readJson<{ config: Descriptor; layers: Descriptor[] }>(
      blob(manifest.digest)
    )
    const { architecture, config: imageConfig } = await readJson<{
      architecture?: string
      config?: { Labels?: Record<string, unknown> }
    }>(blob(config.digest))
    const owners = new Map<string, number>()
    const under = (p: string): boolean => roots.some(r => p === r || p.startsWith(`${r}/`))
    for (const layer of layers) {
      const gzipped = /gzip/.test(layer.mediaType ?? '')
      const file = createReadStream(blob(layer.digest))
      const stream = gzipped ? file.pipe(createGunzip()) : file
      for (const entry of await tarEntries(stream as AsyncIterable<Buffer>)) {
        const p = normal(entry.path)
        const base = path.posix.basename(p)
        if (base.startsWith('.wh.')) {
          const gone = path.posix.join(path.posix.dirname(p), base.slice(4))
          for (const key of [...owners.keys()]) {
            if (key === gone || key.startsWith(`${gone}/`)) owners.delete(key)
          }
        } else if (under(p)) {
          owners.set(p, entry.uid)
        }
      }
    }
    return { architecture, labels: imageConfig?.Labels ?? {}, owners }
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
    forget()
  }
}

/** Paths under the roots not owned by _daemon_, as `/path (uid N)`, sorted. */
export function foreignOwners(owners: Map<string, number>): string[] {
  return [...owners]
    .filter(([, uid]) => uid !== DAEMON_UID)
    .map(([p, uid]) => `/${p} (uid ${uid})`)
    .sort()
}
