// Go programs' ELF layout as Go's linker makes it, small and by hand, for the version scan's tests
// (go-version-scan.test) and a layer's read of a Go program (layers.unit).
import { expect } from '@jest/globals'

export const RO_VADDR = 0x800000
export const PAGE = 4096

/** A string variable of the writable segment: the address of `text` in `ro`, and its length. */
export interface Pointer {
  text: string
  /** Which occurrence in ro; the first by default. */
  from?: number
  length?: number
}

/**
 * An ELF64 program laid out as Go's linker lays one out: headers, the read-only segment at
 * offset PAGE (address RO_VADDR + PAGE), the writable one on the next page after it, holding
 * (pointer, length) pairs.
 */
export function goElf(
  ro: string,
  pointers: Pointer[],
  opts: { big?: boolean; roSize?: bigint; cls?: number; rwAt?: number } = {}
): Buffer {
  const little = !opts.big
  const roBytes = Buffer.from(ro, 'latin1')
  const rwOffset = PAGE + Math.ceil(roBytes.length / PAGE + 1) * PAGE
  const rw = Buffer.alloc(16 * pointers.length + 8)
  pointers.forEach((p, i) => {
    const at = roBytes.indexOf(p.text, p.from ?? 0, 'latin1')
    expect(at).toBeGreaterThanOrEqual(0)
    const u64 = (v: bigint, o: number): number =>
      little ? rw.writeBigUInt64LE(v, o) : rw.writeBigUInt64BE(v, o)
    u64(BigInt(RO_VADDR + PAGE + at), 8 + 16 * i)
    u64(BigInt(p.length ?? p.text.length), 16 + 16 * i)
  })
  const head = Buffer.alloc(PAGE)
  head.write('\x7fELF', 0, 'latin1')
  head[4] = opts.cls ?? 2
  head[5] = little ? 1 : 2
  const u16 = (v: number, o: number): number =>
    little ? head.writeUInt16LE(v, o) : head.writeUInt16BE(v, o)
  const u32 = (v: number, o: number): number =>
    little ? head.writeUInt32LE(v, o) : head.writeUInt32BE(v, o)
  const u64 = (v: bigint, o: number): number =>
    little ? head.writeBigUInt64LE(v, o) : head.writeBigUInt64BE(v, o)
  u64(64n, 32)
  u16(56, 54)
  u16(2, 56)
  const segment = (i: number, flags: number, offset: number, size: bigint): void => {
    const at = 64 + 56 * i
    u32(1, at)
    u32(flags, at + 4)
    u64(BigInt(offset), at + 8)
    u64(BigInt(RO_VADDR + offset), at + 16)
    u64(size, at + 32)
  }
  segment(0, 4, PAGE, opts.roSize ?? BigInt(roBytes.length))
  segment(1, 6, opts.rwAt ?? rwOffset, BigInt(rw.length))
  const gap = Buffer.alloc(rwOffset - PAGE - roBytes.length)
  return Buffer.concat([head, roBytes, gap, rw])
}
