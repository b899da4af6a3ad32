// A streaming tar reader (ustar, pax, GNU long names): headers are parsed as the bytes arrive and
// each entry's data goes to a sink the caller picks, or nowhere. Nothing is written to disk, and
// only an extended header's body is ever held whole: one beyond META_MAX is refused, whatever size
// its header claims.
import { RockError } from './error.js'

/** Regular file, hard link, symbolic link, character/block device, directory, FIFO, other. */
export type EntryType = 'file' | 'hardlink' | 'symlink' | 'device' | 'dir' | 'fifo' | 'other'

export interface TarHeader {
  /** As the archive spells it: leading './' and '/' are the caller's business. */
  path: string
  type: EntryType
  uid: number
  mode: number
  size: number
  /** Where the entry's data begins in the archive (its byte offset). */
  offset: number
}

/** Where an entry's data goes; a promise from data() holds the reader until it settles. */
export interface EntrySink {
  data(chunk: Buffer): void | Promise<void>
  end(): void | Promise<void>
}

const BLOCK = 512
const ZERO_BLOCK = Buffer.alloc(BLOCK)
/** Pax and GNU long-name bodies: a path or a few records, never megabytes. */
export const META_MAX = 1024 * 1024

const TYPES: Record<string, EntryType> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '1': 'hardlink',
  '2': 'symlink',
  '3': 'device',
  '4': 'device',
  '5': 'dir',
  '6': 'fifo'
}

function text(b: Buffer): string {
  const end = b.indexOf(0)
  return b.toString('utf8', 0, end < 0 ? b.length : end)
}

/** A numeric header field: octal text, or base-256 when its first byte has the high bit set. */
function number(b: Buffer): number {
  let value: number
  if (b[0] & 0x80) {
    value = b[0] & 0x7f
    for (let i = 1; i < b.length; i++) value = value * 256 + b[i]
  } else {
    const digits = text(b).trim()
    value = digits === '' ? 0 : parseInt(digits, 8)
  }
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RockError('a tar header has a bad number')
  return value
}

/** The header's checksum holds: the block is a tar header, not something else. */
export function isTarHeader(block: Buffer): boolean {
  if (block.length < BLOCK) return false
  let sum = 8 * 0x20
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += block[i]
  const stored = parseInt(text(block.subarray(148, 156)).trim(), 8)
  return stored === sum
}

/** key=value records of a pax extended header ("<length> <key>=<value>\n"). */
function paxRecords(body: Buffer): Map<string, string> {
  const records = new Map<string, string>()
  let pos = 0
  while (pos < body.length) {
    const space = body.indexOf(0x20, pos)
    if (space < 0 || space - pos > 20) break
    const length = Number(body.toString('latin1', pos, space))
    if (!Number.isInteger(length) || length <= space - pos || pos + length > body.length) break
    const record = body.toString('utf8', space + 1, pos + length - 1)
    const eq = record.indexOf('=')
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1))
    pos += length
  }
  return records
}

const pad = (size: number): number => (BLOCK - (size % BLOCK)) % BLOCK

type Meta = 'pax' | 'global' | 'longname' | 'longlink'

/**
 * Feed it the archive's bytes in order (write), then end(). onEntry sees every entry's header and
 * returns a sink for its data, or undefined to skip it.
 */
export class TarReader {
  private readonly header = Buffer.alloc(BLOCK)
  private headerFill = 0
  /** Data bytes of the current entry still to come, then its padding. */
  private dataLeft = 0
  private padLeft = 0
  private sink: EntrySink | undefined
  private meta: { kind: Meta; body: Buffer; fill: number } | undefined
  private next: { path?: string; uid?: number; size?: number } = {}
  /** Archive bytes before the chunk being written. */
  private taken = 0
  entries = 0

  constructor(private readonly onEntry: (header: TarHeader) => EntrySink | undefined) {}

  async write(chunk: Buffer): Promise<void> {
    let pos = 0
    while (pos < chunk.length) {
      if (this.dataLeft > 0) {
        const n = Math.min(this.dataLeft, chunk.length - pos)
        const part = chunk.subarray(pos, pos + n)
        pos += n
        this.dataLeft -= n
        if (this.meta) {
          part.copy(this.meta.body, this.meta.fill)
          this.meta.fill += n
        } else if (this.sink) {
          const held = this.sink.data(part)
          if (held) await held
        }
        if (this.dataLeft === 0) await this.finishData()
        continue
      }
      if (this.padLeft > 0) {
        const n = Math.min(this.padLeft, chunk.length - pos)
        pos += n
        this.padLeft -= n
        continue
      }
      const n = Math.min(BLOCK - this.headerFill, chunk.length - pos)
      chunk.copy(this.header, this.headerFill, pos, pos + n)
      pos += n
      this.headerFill += n
      if (this.headerFill === BLOCK) {
        this.headerFill = 0
        await this.readHeader(this.taken + pos)
      }
    }
    this.taken += chunk.length
  }

  /** Throws when the archive stopped inside an entry. */
  async end(): Promise<void> {
    if (this.dataLeft > 0 || this.headerFill > 0 || this.meta) {
      throw new RockError('a tar archive ends in the middle of an entry')
    }
    if (this.sink) await this.finishData()
  }

  private async finishData(): Promise<void> {
    if (this.meta) {
      this.takeMeta(this.meta.kind, this.meta.body)
      this.meta = undefined
    } else if (this.sink) {
      const sink = this.sink
      this.sink = undefined
      await sink.end()
    }
  }

  private takeMeta(kind: Meta, body: Buffer): void {
    if (kind === 'pax') {
      const pax = paxRecords(body)
      const p = pax.get('path')
      if (p !== undefined) this.next.path = p
      const uid = pax.get('uid')
      if (uid !== undefined && /^\d{1,15}$/.test(uid)) this.next.uid = Number(uid)
      const size = pax.get('size')
      if (size !== undefined) {
        if (!/^\d{1,15}$/.test(size)) throw new RockError('a pax header has a bad size')
        this.next.size = Number(size)
      }
    } else if (kind === 'longname') {
      this.next.path = text(body)
    }
  }

  /** `offset`: where the bytes after this header begin in the archive. */
  private async readHeader(offset: number): Promise<void> {
    const block = this.header
    if (block.equals(ZERO_BLOCK)) return
    if (!isTarHeader(block)) throw new RockError('a tar header is damaged (bad checksum)')
    this.entries++
    const flag = String.fromCharCode(block[156])
    let size = number(block.subarray(124, 136))
    const meta: Meta | undefined =
      flag === 'x'
        ? 'pax'
        : flag === 'g'
          ? 'global'
          : flag === 'L'
            ? 'longname'
            : flag === 'K'
              ? 'longlink'
              : undefined
    if (meta) {
      if (size > META_MAX) {
        throw new RockError(
          `a tar extended header claims ${size} bytes (at most ${META_MAX} are read)`
        )
      }
      this.meta = { kind: meta, body: Buffer.alloc(size), fill: 0 }
      this.dataLeft = size
      this.padLeft = pad(size)
      if (size === 0) {
        this.meta = undefined
      }
      return
    }
    const type = TYPES[flag] ?? 'other'
    if (this.next.size !== undefined) size = this.next.size
    const prefix = text(block.subarray(345, 500))
    const name = text(block.subarray(0, 100))
    const header: TarHeader = {
      path: this.next.path ?? (prefix ? `${prefix}/${name}` : name),
      type,
      uid: this.next.uid ?? number(block.subarray(108, 116)),
      mode: number(block.subarray(100, 108)),
      // Links, directories and devices carry no data whatever their size field says.
      size: type === 'file' || type === 'other' ? size : 0,
      offset
    }
    this.next = {}
    this.sink = this.onEntry(header)
    this.dataLeft = header.size
    this.padLeft = pad(header.size)
    if (header.size === 0) await this.finishData()
  }
}
