// The version a Go program holds in a string variable, read from its ELF as the bytes stream by.
// A program built from a source tree says `mod ... (devel)` in its build info, and a -trimpath
// build records no -ldflags; what it prints for --version is then a Go string variable: Pebble's
// `cmd.Version = "v1.32.1"` (a literal each release commits), statsd_exporter's
// prometheus/common/version.Version (set with -X). A Go string is a (pointer, length) pair in the
// writable data whose pointer lands in the read-only data. Go's linker lays the read-only segment
// out before the writable one, so one pass does: version-like runs of the read-only segment are
// noted (bounded), then each aligned pair of the writable segment that points exactly at one is
// a string variable holding a version. A bare string in the data (help text, a decoy) has no
// such pair and is not taken.

/** What the scan keeps and reads at most: a hostile binary makes it give up, never grow. */
export const VERSION_SCAN = {
  /** The ELF header and program headers must lie in the first bytes. */
  headerBytes: 4096,
  /** Version-like runs of the read-only segment noted. */
  candidates: 4096,
  /** Bytes of the read-only segment looked through (Pebble's: 4.6 MiB). */
  readOnlyBytes: 64 * 1024 * 1024,
  /** Bytes of the writable segment looked through (Pebble's: 0.4 MiB). */
  writableBytes: 16 * 1024 * 1024,
  /** Different versions kept: more than one already means the binary does not say which. */
  versions: 8
}

// Three dot-separated numbers and what may follow in a version (-rc.1, +git...).
const RUN = /v?[0-9]{1,9}\.[0-9]{1,9}\.[0-9]{1,9}[0-9A-Za-z.+~-]{0,48}/g
const RUN_MAX = 1 + 3 * 9 + 2 + 48
/** A whole Go string that is a version, as Go programs spell theirs. */
const VERSION = /^v?[0-9]{1,9}\.[0-9]{1,9}\.[0-9]{1,9}(?:[-+~][0-9A-Za-z.+~-]{0,47})?$/
const PT_LOAD = 1
const PF_W = 2
const PF_X = 1

interface Segment {
  offset: number
  vaddr: number
  /** Bytes of it the scan reads (its file size, bounded). */
  size: number
}

export interface VersionScanResult {
  /** The distinct versions held by string variables, in the order found. */
  versions: string[]
  /** Why the scan could not look, or looked at less than the whole; undefined: it looked. */
  problem?: string
}

/** Counts the bytes the scan keeps (the read's budget); throws beyond it. */
export interface ScanBudget {
  keep(bytes: number): void
  release(bytes: number): void
}

export class GoVersionScan {
  private head: Buffer[] = []
  private headLength = 0
  /** undefined: header not read yet; null: not a layout the scan reads (problem says why). */
  private layout: { ro: Segment; rw: Segment; little: boolean } | null | undefined
  /** Version-like runs of the read-only segment, by address, ascending. */
  private readonly runs: { vaddr: number; text: string }[] = []
  private kept = 0
  /** The runs noted reached their bound: the rest of the read-only segment is not looked at. */
  private full = false
  private roTail = Buffer.alloc(0)
  private rwCarry = Buffer.alloc(0)
  private readonly versions = new Set<string>()
  private problem: string | undefined

  constructor(private readonly budget: ScanBudget) {}

  /** The next bytes of the file, which start at `offset`. */
  feed(chunk: Buffer, offset: number): void {
    if (this.layout === null) return
    if (this.layout === undefined) {
      if (this.headLength < VERSION_SCAN.headerBytes) {
        const part = chunk.subarray(0, VERSION_SCAN.headerBytes - this.headLength)
        this.head.push(Buffer.from(part))
        this.headLength += part.length
      }
      if (this.headLength < VERSION_SCAN.headerBytes) return
      this.readHeader()
      if (!this.layout) return
    }
    const { ro, rw } = this.layout
    const end = offset + chunk.length
    if (end > ro.offset && offset < ro.offset + ro.size) {
      const from = Math.max(ro.offset - offset, 0)
      const to = Math.min(ro.offset + ro.size - offset, chunk.length)
      this.readOnly(chunk.subarray(from, to), offset + from)
    }
    if (end > rw.offset && offset < rw.offset + rw.size) {
      const from = Math.max(rw.offset - offset, 0)
      const to = Math.min(rw.offset + rw.size - offset, chunk.length)
      this.writable(chunk.subarray(from, to))
    }
  }

  /** What was found; frees what the scan kept. */
  finish(): VersionScanResult {
    if (this.layout === undefined && this.headLength > 0) this.readHeader()
    this.budget.release(this.kept)
    this.kept = 0
    this.runs.length = 0
    const versions = [...this.versions]
    if (this.layout === undefined) this.problem ??= 'the file is too short for an ELF program'
    return { versions, ...(this.problem ? { problem: this.problem } : {}) }
  }

  private refuse(why: string): void {
    this.layout = null
    this.problem = why
    this.head = []
  }

  private readHeader(): void {
    const h = Buffer.concat(this.head)
    this.head = []
    if (h.length < 64 || h.readUInt32BE(0) !== 0x7f454c46) return this.refuse('not an ELF program')
    if (h[4] !== 2) {
      return this.refuse(
        h[4] === 1
          ? 'a 32-bit ELF program, which the scan does not read'
          : 'an ELF header of no known class'
      )
    }
    if (h[5] !== 1 && h[5] !== 2) return this.refuse('an ELF program of no known byte order')
    const little = h[5] === 1
    const u16 = (at: number): number => (little ? h.readUInt16LE(at) : h.readUInt16BE(at))
    const u64 = (at: number): number => word(h, at, little)
    const phoff = u64(32)
    const phentsize = u16(54)
    const phnum = u16(56)
    if (phentsize !== 56 || phnum > 64 || phoff + phnum * 56 > h.length) {
      return this.refuse('its ELF program headers are not in its first 4 KiB')
    }
    let ro: Segment | undefined
    let rw: Segment | undefined
    for (let i = 0; i < phnum; i++) {
      const at = phoff + i * 56
      const type = little ? h.readUInt32LE(at) : h.readUInt32BE(at)
      const flags = little ? h.readUInt32LE(at + 4) : h.readUInt32BE(at + 4)
      if (type !== PT_LOAD) continue
      const segment = { offset: u64(at + 8), vaddr: u64(at + 16), size: u64(at + 32) }
      if (!Number.isSafeInteger(segment.offset + segment.vaddr + segment.size)) continue
      if (!(flags & (PF_W | PF_X))) ro ??= segment
      else if (flags & PF_W) rw ??= segment
    }
    // Go's linker: text, then read-only data, then writable data, in the file as in memory.
    if (!ro || !rw || ro.offset + ro.size > rw.offset || ro.offset < this.headLength) {
      return this.refuse('its ELF segments are not laid out as a Go program lays them out')
    }
    ro.size = Math.min(ro.size, VERSION_SCAN.readOnlyBytes)
    rw.size = Math.min(rw.size, VERSION_SCAN.writableBytes)
    this.layout = { ro, rw, little }
  }

  private readOnly(part: Buffer, offset: number): void {
    const { ro } = this.layout!
    if (this.full) return
    const view = this.roTail.length ? Buffer.concat([this.roTail, part]) : part
    const viewOffset = offset - this.roTail.length
    const last = offset + part.length >= ro.offset + ro.size
    // A run that may go on in the next chunk waits for it (the tail is read again then).
    const limit = last ? view.length : Math.max(view.length - RUN_MAX, 0)
    const text = view.toString('latin1')
    RUN.lastIndex = 0
    for (let m = RUN.exec(text); m && m.index < limit; m = RUN.exec(text)) {
      if (this.runs.length >= VERSION_SCAN.candidates) {
        this.full = true
        this.problem = `more than ${VERSION_SCAN.candidates} version-like strings in its read-only data; the rest not looked at`
        break
      }
      const vaddr = ro.vaddr + viewOffset + m.index - ro.offset
      const previous = this.runs[this.runs.length - 1]
      // The tail read again finds the end of a run already noted.
      if (previous && vaddr < previous.vaddr + previous.text.length) continue
      this.budget.keep(64 + 2 * m[0].length)
      this.kept += 64 + 2 * m[0].length
      this.runs.push({ vaddr, text: m[0] })
    }
    this.roTail = last || this.full ? Buffer.alloc(0) : Buffer.from(view.subarray(limit))
  }

  private writable(part: Buffer): void {
    const { ro, little } = this.layout!
    // Go aligns a string variable to 8 bytes; the segment starts on a page.
    const view = this.rwCarry.length ? Buffer.concat([this.rwCarry, part]) : part
    let i = 0
    for (; i + 16 <= view.length; i += 8) {
      const length = word(view, i + 8, little)
      if (length < 5 || length > 64) continue
      const pointer = word(view, i, little)
      if (pointer < ro.vaddr || pointer + length > ro.vaddr + ro.size) continue
      const run = this.runAt(pointer, length)
      if (!run) continue
      const value = run.text.slice(pointer - run.vaddr, pointer - run.vaddr + length)
      if (!VERSION.test(value) || this.versions.has(value)) continue
      if (this.versions.size >= VERSION_SCAN.versions) {
        this.problem = `more than ${VERSION_SCAN.versions} version strings in its data`
        break
      }
      this.versions.add(value)
    }
    this.rwCarry = Buffer.from(view.subarray(i))
  }

  /** The noted run that holds [pointer, pointer + length), if any. */
  private runAt(pointer: number, length: number): { vaddr: number; text: string } | undefined {
    let lo = 0
    let hi = this.runs.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (this.runs[mid].vaddr <= pointer) lo = mid + 1
      else hi = mid - 1
    }
    const run = this.runs[hi]
    return run && pointer + length <= run.vaddr + run.text.length ? run : undefined
  }
}

/** An unsigned 64-bit word; beyond 2^53 it is no address or length a scan uses (Infinity). */
function word(data: Buffer, at: number, little: boolean): number {
  const lo = little ? data.readUInt32LE(at) : data.readUInt32BE(at + 4)
  const hi = little ? data.readUInt32LE(at + 4) : data.readUInt32BE(at)
  return hi >= 0x200000 ? Infinity : hi * 0x1_0000_0000 + lo
}
