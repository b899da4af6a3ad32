// The one tar grammar this project reads (a rock, its layers, a pack cache archive): Go's
// archive/tar, which Docker and skopeo read the same bytes with, or a refusal where the two could
// disagree. An archive ends at its end-of-archive marker (two zero blocks): a lone zero block
// followed by a header is refused (Go: "invalid tar header"), and so is anything but zeros after the
// marker (Go stops there, so those bytes would be read by us and by nobody else). Pax records are
// parsed as Go parses them (a malformed one refuses the archive), two pax headers or two long names
// before one entry are refused (Go keeps only the last, a lenient reader merges them), and the
// ustar prefix counts only under the ustar magic (in GNU headers those bytes are times).
// Two ways to read: TarReader streams (headers parsed as the bytes arrive, each entry's data to a
// sink the caller picks, or nowhere); listTar reads a regular file's headers only, seeking past
// the data. Only an extended header's body is ever held whole: one beyond META_MAX is refused.
import type { FileHandle } from 'node:fs/promises'
import { RockError } from './error.js'

/** Regular file, hard link, symbolic link, character/block device, directory, FIFO, other. */
export type EntryType = 'file' | 'hardlink' | 'symlink' | 'device' | 'dir' | 'fifo' | 'other'

export interface TarHeader {
  /** As the archive spells it (pax path or GNU long name applied): './' and '/' are the caller's. */
  path: string
  type: EntryType
  /** The header's type flag as written ('0', '5', 'S'...). */
  flag: string
  uid: number
  mode: number
  /** Data bytes that follow the header (0 for links, directories, devices and FIFOs). */
  size: number
  /** What the size field (or pax size) said, even for an entry that carries no data. */
  declaredSize: number
  linkname: string
  /** Extended attribute names of its pax records (SCHILY.xattr. and LIBARCHIVE.xattr.). */
  xattrs: string[]
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
function number(b: Buffer, what: string): number {
  let value: number
  if (b[0] & 0x80) {
    value = b[0] & 0x7f
    for (let i = 1; i < b.length; i++) value = value * 256 + b[i]
  } else {
    const digits = text(b).replace(/^[ ]+|[ \0]+$/g, '')
    if (digits !== '' && !/^[0-7]+$/.test(digits)) {
      throw new RockError(`a tar header's ${what} is not a number`)
    }
    value = digits === '' ? 0 : parseInt(digits, 8)
  }
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RockError(`a tar header's ${what} is not a number`)
  }
  return value
}

/** The header's checksum holds: the block is a tar header, not something else. */
export function isTarHeader(block: Buffer): boolean {
  if (block.length < BLOCK) return false
  let sum = 8 * 0x20
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += block[i]
  const stored = text(block.subarray(148, 156)).trim()
  return /^[0-7]+$/.test(stored) && parseInt(stored, 8) === sum
}

/** Values Go's archive/tar refuses to hold a NUL (validPAXRecord); any other key's value may. */
const NUL_FREE = new Set(['path', 'linkpath', 'uname', 'gname'])

/** "<length> <key>=<value>\n" records of a pax extended header, strictly as Go parses them. */
function paxRecords(body: Buffer): Map<string, string> {
  const records = new Map<string, string>()
  let pos = 0
  while (pos < body.length) {
    const space = body.indexOf(0x20, pos)
    const digits = space < 0 ? '' : body.toString('latin1', pos, space)
    // Go reads the length with strconv.ParseInt(s, 10, 0): a sign, then decimal digits, any number
    // of leading zeros; no prefix, no underscore, no space. A negative length fails the next check.
    const length = /^[+-]?[0-9]+$/.test(digits) ? Number(digits) : NaN
    if (
      !Number.isSafeInteger(length) ||
      length <= space - pos + 1 ||
      pos + length > body.length ||
      body[pos + length - 1] !== 0x0a
    ) {
      throw new RockError('a tar pax header is malformed')
    }
    const record = body.toString('utf8', space + 1, pos + length - 1)
    const eq = record.indexOf('=')
    if (eq <= 0) throw new RockError('a tar pax header is malformed')
    const key = record.slice(0, eq)
    const value = record.slice(eq + 1)
    if (key.includes('\0') || (NUL_FREE.has(key) && value.includes('\0'))) {
      throw new RockError('a tar pax header is malformed')
    }
    records.set(key, value)
    pos += length
  }
  return records
}

const pad = (size: number): number => (BLOCK - (size % BLOCK)) % BLOCK

type Meta = 'pax' | 'global' | 'longname' | 'longlink'
const META: Record<string, Meta> = { x: 'pax', g: 'global', L: 'longname', K: 'longlink' }

/** What a header block turned out to be, and how many data bytes follow it. */
type Step =
  | { kind: 'zero' }
  | { kind: 'end' }
  | { kind: 'meta'; meta: Meta; size: number }
  | { kind: 'entry'; header: TarHeader }

/** The header grammar both readers share: blocks in, entries out, the end marker enforced. */
class Grammar {
  /** 'zero': one zero block seen; 'ended': the marker seen (only zeros may follow). */
  state: 'entries' | 'zero' | 'ended' = 'entries'
  entries = 0
  private pax: Map<string, string> | undefined
  private longName: string | undefined
  private longLink: string | undefined

  /** A header block; `offset` is where the bytes after it begin. */
  block(block: Buffer, offset: number): Step {
    if (block.equals(ZERO_BLOCK)) {
      if (this.pax || this.longName !== undefined || this.longLink !== undefined) {
        throw new RockError('a tar archive ends after an extended header, before its entry')
      }
      if (this.state === 'zero') {
        this.state = 'ended'
        return { kind: 'end' }
      }
      this.state = 'zero'
      return { kind: 'zero' }
    }
    if (this.state === 'zero') {
      throw new RockError('a tar archive has a lone zero block before an entry')
    }
    if (!isTarHeader(block)) throw new RockError('a tar header is damaged (bad checksum)')
    this.entries++
    const flag = String.fromCharCode(block[156])
    const declared = number(block.subarray(124, 136), 'size')
    const meta = META[flag]
    if (meta) {
      if (declared > META_MAX) {
        throw new RockError(
          `a tar extended header claims ${declared} bytes (at most ${META_MAX} are read)`
        )
      }
      const twice =
        (meta === 'pax' && this.pax) ||
        (meta === 'longname' && this.longName !== undefined) ||
        (meta === 'longlink' && this.longLink !== undefined)
      if (twice) throw new RockError('a tar entry has two extended headers of one kind')
      return { kind: 'meta', meta, size: declared }
    }
    const pax = this.pax ?? new Map<string, string>()
    const paxNumber = (key: string): number | undefined => {
      const value = pax.get(key)
      if (value === undefined) return undefined
      if (!/^[0-9]{1,15}$/.test(value)) throw new RockError(`a tar pax header has a bad ${key}`)
      return Number(value)
    }
    if (pax.has('path') && this.longName !== undefined) {
      throw new RockError('a tar entry is named twice (a pax path and a GNU long name)')
    }
    const type = TYPES[flag] ?? 'other'
    const size = paxNumber('size') ?? declared
    const ustar = block.toString('latin1', 257, 263) === 'ustar\0'
    const prefix = ustar ? text(block.subarray(345, 500)) : ''
    const name = text(block.subarray(0, 100))
    const header: TarHeader = {
      path: pax.get('path') ?? this.longName ?? (prefix ? `${prefix}/${name}` : name),
      type,
      flag,
      uid: paxNumber('uid') ?? number(block.subarray(108, 116), 'uid'),
      mode: number(block.subarray(100, 108), 'mode'),
      // Links, directories, devices and FIFOs carry no data whatever their size says (as in Go).
      size: type === 'file' || type === 'other' ? size : 0,
      declaredSize: size,
      linkname: pax.get('linkpath') ?? this.longLink ?? text(block.subarray(157, 257)),
      xattrs: [...pax.keys()]
        .filter(k => /^(SCHILY|LIBARCHIVE)\.xattr\./.test(k))
        .map(k => k.replace(/^(SCHILY|LIBARCHIVE)\.xattr\./, '')),
      offset
    }
    this.pax = undefined
    this.longName = undefined
    this.longLink = undefined
    return { kind: 'entry', header }
  }

  metaBody(kind: Meta, body: Buffer): void {
    if (kind === 'pax') this.pax = paxRecords(body)
    // A global header applies to nothing here (Docker ignores it), but is parsed as Go does.
    else if (kind === 'global') paxRecords(body)
    else if (kind === 'longname') this.longName = text(body)
    else this.longLink = text(body)
  }

  /** Throws when the archive stopped inside an entry's headers. */
  finish(): void {
    if (this.pax || this.longName !== undefined || this.longLink !== undefined) {
      throw new RockError('a tar archive ends after an extended header, before its entry')
    }
  }
}

const AFTER_END = 'a tar archive has data after its end-of-archive marker'

/**
 * Feed it the archive's bytes in order (write), then end(). onEntry sees every entry's header and
 * returns a sink for its data, or undefined to skip it.
 */
export class TarReader {
  private readonly grammar = new Grammar()
  private readonly header = Buffer.alloc(BLOCK)
  private headerFill = 0
  /** Data bytes of the current entry still to come, then its padding. */
  private dataLeft = 0
  private padLeft = 0
  private sink: EntrySink | undefined
  private meta: { kind: Meta; body: Buffer; fill: number } | undefined
  /** Archive bytes before the chunk being written. */
  private taken = 0

  constructor(private readonly onEntry: (header: TarHeader) => EntrySink | undefined) {}

  get entries(): number {
    return this.grammar.entries
  }

  async write(chunk: Buffer): Promise<void> {
    let pos = 0
    while (pos < chunk.length) {
      if (this.grammar.state === 'ended') {
        for (let i = pos; i < chunk.length; i++) if (chunk[i] !== 0) throw new RockError(AFTER_END)
        break
      }
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
    // Padding cut short at the very end is no error (Go: tryReadFull; umoci writes such layers).
    if (this.dataLeft > 0 || this.headerFill > 0 || this.meta) {
      throw new RockError('a tar archive ends in the middle of an entry')
    }
    this.grammar.finish()
    if (this.sink) await this.finishData()
  }

  private async finishData(): Promise<void> {
    if (this.meta) {
      this.grammar.metaBody(this.meta.kind, this.meta.body)
      this.meta = undefined
    } else if (this.sink) {
      const sink = this.sink
      this.sink = undefined
      await sink.end()
    }
  }

  private async readHeader(offset: number): Promise<void> {
    const step = this.grammar.block(this.header, offset)
    if (step.kind === 'meta') {
      this.meta = { kind: step.meta, body: Buffer.alloc(step.size), fill: 0 }
      this.dataLeft = step.size
      this.padLeft = pad(step.size)
      if (step.size === 0) await this.finishData()
      return
    }
    if (step.kind !== 'entry') return
    this.sink = this.onEntry(step.header)
    this.dataLeft = step.header.size
    this.padLeft = pad(step.header.size)
    if (step.header.size === 0) await this.finishData()
  }
}

/** Reads a file at any offset through a window: the headers of small entries share one read. */
class Window {
  private buffer = Buffer.alloc(0)
  private start = 0

  constructor(
    private readonly file: FileHandle,
    private readonly size = 1 << 20
  ) {}

  /** `length` bytes at `position`, or fewer where the file ends. */
  async at(position: number, length: number): Promise<Buffer> {
    const offset = position - this.start
    if (offset >= 0 && offset + length <= this.buffer.length) {
      return this.buffer.subarray(offset, offset + length)
    }
    const buffer = Buffer.alloc(Math.max(length, this.size))
    const { bytesRead } = await this.file.read(buffer, 0, buffer.length, position)
    this.buffer = buffer.subarray(0, bytesRead)
    this.start = position
    return this.buffer.subarray(0, Math.min(length, bytesRead))
  }
}

export interface ListOptions {
  /** Called before each header is read: throw to stop (a deadline, a count). */
  check?: () => void
  /** Called with each entry as it is listed: throw to refuse it. */
  onEntry?: (header: TarHeader) => void
}

/**
 * The entries of a tar archive in a regular file, headers only: data is seeked past, never read.
 * The archive must end with its end-of-archive marker, and the rest of the file after it is read
 * to see it holds only zeros.
 */
export async function listTar(file: FileHandle, options: ListOptions = {}): Promise<TarHeader[]> {
  const grammar = new Grammar()
  const window = new Window(file)
  const entries: TarHeader[] = []
  let position = 0
  let dataEnd = 0
  const cut = (): never => {
    throw new RockError('a tar archive ends in the middle of an entry')
  }
  for (;;) {
    options.check?.()
    const block = await window.at(position, BLOCK)
    if (block.length === 0) break
    if (block.length < BLOCK) cut()
    position += BLOCK
    const step = grammar.block(block, position)
    if (step.kind === 'end') {
      for (;;) {
        options.check?.()
        const rest = await window.at(position, 1 << 20)
        if (rest.length === 0) return entries
        if (rest.some(b => b !== 0)) throw new RockError(AFTER_END)
        position += rest.length
      }
    }
    if (step.kind === 'meta') {
      const body = await window.at(position, step.size)
      if (body.length < step.size) cut()
      grammar.metaBody(step.meta, Buffer.from(body))
      position += step.size + pad(step.size)
    } else if (step.kind === 'entry') {
      options.onEntry?.(step.header)
      entries.push(step.header)
      dataEnd = position + step.header.size
      position = dataEnd + pad(step.header.size)
    }
  }
  grammar.finish()
  // The last entry's data must be there (Go: unexpected EOF); its padding may be cut short.
  if (dataEnd > (await file.stat()).size) cut()
  // Go reads an archive without its marker as complete; every writer (Go's, skopeo's, GNU tar)
  // writes it, so one without is a file cut short at an entry's end, and refused.
  throw new RockError('a tar archive ends before its end-of-archive marker')
}
