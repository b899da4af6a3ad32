// One deadline and one memory bound for a whole read of a rock: a rock is an archive anybody can
// hand the action (input `rock`), so nothing in it may make the read run or grow without end.
import { RockError } from './error.js'

export interface ReadLimits {
  /** The whole read, from opening the file to the last layer. */
  deadlineMs: number
  /** Everything the read keeps at once: JSON blobs, captured files, owner records. */
  memoryBytes: number
  /** Bytes out of every layer's decompressor together (a bomb stops here, not on disk). */
  unpackedBytes: number
}

export const DEFAULT_LIMITS: ReadLimits = {
  deadlineMs: 5 * 60_000,
  memoryBytes: 256 * 1024 * 1024,
  unpackedBytes: 32 * 1024 * 1024 * 1024
}

const MIB = 1024 * 1024

export function sizeText(bytes: number): string {
  return bytes >= MIB ? `${Math.round(bytes / MIB)} MiB` : `${Math.round(bytes / 1024)} KiB`
}

/** The running account of one read against its limits. */
export class ReadBudget {
  private kept = 0
  private unpacked = 0
  private readonly until: number

  constructor(readonly limits: ReadLimits) {
    this.until = Date.now() + limits.deadlineMs
  }

  /** Throws once the deadline has passed. */
  checkTime(): void {
    if (Date.now() > this.until) {
      throw new RockError(
        `the read took longer than ${Math.round(this.limits.deadlineMs / 1000)} s`
      )
    }
  }

  msLeft(): number {
    return Math.max(this.until - Date.now(), 0)
  }

  /** Counts bytes kept in memory; throws beyond the memory bound. */
  keep(bytes: number): void {
    this.kept += bytes
    if (this.kept > this.limits.memoryBytes) {
      throw new RockError(
        `the read would keep more than ${sizeText(this.limits.memoryBytes)} in memory`
      )
    }
  }

  release(bytes: number): void {
    this.kept -= bytes
  }

  /** Counts bytes a layer's decompressor gave; throws beyond the bound. */
  unpack(bytes: number): void {
    this.unpacked += bytes
    if (this.unpacked > this.limits.unpackedBytes) {
      throw new RockError(`its layers unpack to more than ${sizeText(this.limits.unpackedBytes)}`)
    }
  }
}
