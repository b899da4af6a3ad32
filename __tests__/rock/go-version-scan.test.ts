// The scan for the version a Go program holds in a string variable (src/rock/go-version-scan.ts),
// on hand-laid ELF programs (decoys, both byte orders, every chunking), on the real Pebble cut
// short, and on hostile ones: a flood of version-like strings, a segment that claims a terabyte,
// a header that is not a Go program's. It finds only strings a (pointer, length) pair points at,
// keeps little, and gives up with a reason, never a crash.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { DEFAULT_LIMITS, readRock, RockError } from '../../src/rock/index.js'
import { GoVersionScan, VERSION_SCAN } from '../../src/rock/go-version-scan.js'
import { buildSbom } from '../../src/sbom/index.js'
import { programVersion } from '../../src/sbom/go-version.js'
import { describeWith } from '../support/real-parts.js'
import { runtimeDir } from '../smoke/support/rock.js'
import { goElf, PAGE, RO_VADDR } from './support/go-elf.js'
import { image, scratch, tarball } from './support/oci.js'

/** Scans `data` fed in chunks of `size` bytes; the most the scan kept at once. */
function scan(
  data: Buffer,
  size = 256 * 1024
): ReturnType<GoVersionScan['finish']> & { peak: number } {
  let kept = 0
  let peak = 0
  const s = new GoVersionScan({
    keep: n => void (peak = Math.max(peak, (kept += n))),
    release: n => void (kept -= n)
  })
  for (let at = 0; at < data.length; at += size) s.feed(data.subarray(at, at + size), at)
  const result = s.finish()
  expect(kept).toBe(0)
  return { ...result, peak }
}

describe('GoVersionScan on hand-laid Go programs', () => {
  // Pebble's neighbourhood in its .rodata, a decoy version in help text, then the variable's value.
  const RO = 'Usage: pebble v9.9.9 is not the version\x00nuser-idv1.32.1!!merge!2.0.0.0.1'

  it('takes the version a string variable points at, not the decoy beside it', () => {
    // It keeps each version-like run noted, 64 bytes and its characters, until it is done.
    const peak = 3 * 64 + 2 * 'v9.9.9v1.32.12.0.0.0.1'.length
    expect(scan(goElf(RO, [{ text: 'v1.32.1' }]))).toEqual({ versions: ['v1.32.1'], peak })
  })

  it('takes nothing from version strings no variable points at', () => {
    expect(scan(goElf(RO, [])).versions).toEqual([])
  })

  it('takes nothing from a variable whose whole string is no version', () => {
    const elf = goElf(RO, [
      { text: 'v1.32.1', length: 9 },
      { text: 'idv1.32.1' },
      { text: 'pebble v9.9.9' }
    ])
    expect(scan(elf).versions).toEqual([])
  })

  it('lists every version held when there are several, so the caller can say it is ambiguous', () => {
    const elf = goElf(RO, [{ text: 'v9.9.9' }, { text: 'v1.32.1' }, { text: 'v1.32.1' }])
    expect(scan(elf).versions).toEqual(['v9.9.9', 'v1.32.1'])
    expect(
      programVersion({
        program: 'pebble',
        main: { version: '(devel)' },
        settings: {},
        strings: ['v9.9.9', 'v1.32.1']
      })
    ).toEqual({
      why: 'the build info says (devel) (built from a source tree, not a module version) and sets no -X ...Version in -ldflags; Go string variables in its data hold 2 versions (v9.9.9, v1.32.1), so it does not say which'
    })
  })

  it('reads a big-endian program (s390x) alike', () => {
    expect(scan(goElf(RO, [{ text: 'v1.32.1' }], { big: true })).versions).toEqual(['v1.32.1'])
  })

  it('finds the same fed in chunks of any size (runs and pairs cut across chunks)', () => {
    const elf = goElf(RO, [{ text: '2.0.0' }, { text: 'v1.32.1' }])
    for (const size of [1, 7, 8, 13, 4096, 4100]) {
      expect([size, scan(elf, size).versions]).toEqual([size, ['2.0.0', 'v1.32.1']])
    }
  })

  it('refuses what is not a 64-bit ELF laid out as Go lays one out, saying what', () => {
    expect(scan(Buffer.from('#!/bin/sh\necho v1.2.3\n'))).toEqual({
      versions: [],
      problem: 'not an ELF program',
      peak: 0
    })
    expect(scan(goElf(RO, [{ text: 'v1.32.1' }], { cls: 1 })).problem).toBe(
      'a 32-bit ELF program, which the scan does not read'
    )
    expect(scan(goElf(RO, [{ text: 'v1.32.1' }]).subarray(0, 100)).problem).toBe(
      'its ELF program headers are not in its first 4 KiB'
    )
    // The read-only segment claims to run over the writable one.
    expect(scan(goElf(RO, [{ text: 'v1.32.1' }], { roSize: 1n << 20n })).problem).toBe(
      'its ELF segments are not laid out as a Go program lays them out'
    )
  })

  it('keeps at most VERSION_SCAN.candidates runs of a flood of version-like strings, and says so', () => {
    const flood = '1.2.3;'.repeat(3 * VERSION_SCAN.candidates) + 'v1.32.1'
    const result = scan(goElf(flood, [{ text: 'v1.32.1' }]))
    expect(result.versions).toEqual([])
    expect(result.problem).toBe(
      'more than 4096 version-like strings in its read-only data; the rest not looked at'
    )
    expect(result.peak).toBe(VERSION_SCAN.candidates * (64 + 2 * 5))
  })

  it('reads at most VERSION_SCAN.readOnlyBytes of a segment that claims a terabyte', () => {
    const elf = goElf(RO, [], { roSize: 1n << 40n, rwAt: 2 ** 41 })
    // Only the header is real: the claimed segment is fed as zeros up to the bound, then as
    // version-like text, which the scan must not look at.
    let kept = 0
    const s = new GoVersionScan({ keep: n => void (kept += n), release: n => void (kept -= n) })
    s.feed(elf.subarray(0, PAGE), 0)
    const zeros = Buffer.alloc(1024 * 1024)
    const filler = Buffer.alloc(1024 * 1024, 'x1.2.3')
    const started = process.cpuUsage()
    let at = PAGE
    for (; at < PAGE + VERSION_SCAN.readOnlyBytes; at += zeros.length) s.feed(zeros, at)
    for (; at < PAGE + VERSION_SCAN.readOnlyBytes + 16 * filler.length; at += filler.length) {
      s.feed(filler, at)
    }
    const used = process.cpuUsage(started)
    expect(kept).toBe(0)
    expect(s.finish()).toEqual({ versions: [] })
    // 80 MiB fed, 64 MiB of it looked through: well under the read's deadline.
    expect((used.user + used.system) / 1000).toBeLessThan(5000)
  })
})

/** A program header of a little-endian goElf, as its linker would write one. */
interface Phdr {
  type: number
  flags: number
  offset: number
  vaddr: number
  size: number
}
const phdr = (elf: Buffer, i: number): Phdr => {
  const at = 64 + 56 * i
  return {
    type: elf.readUInt32LE(at),
    flags: elf.readUInt32LE(at + 4),
    offset: Number(elf.readBigUInt64LE(at + 8)),
    vaddr: Number(elf.readBigUInt64LE(at + 16)),
    size: Number(elf.readBigUInt64LE(at + 32))
  }
}
/** The program with these program headers in place of its own (phnum: how many it says). */
function withPhdrs(elf: Buffer, headers: Phdr[], phnum = headers.length): Buffer {
  const out = Buffer.from(elf)
  out.fill(0, 64, 64 + 56 * 8)
  headers.forEach((h, i) => {
    const at = 64 + 56 * i
    out.writeUInt32LE(h.type, at)
    out.writeUInt32LE(h.flags, at + 4)
    out.writeBigUInt64LE(BigInt(h.offset), at + 8)
    out.writeBigUInt64LE(BigInt(h.vaddr), at + 16)
    out.writeBigUInt64LE(BigInt(h.size), at + 32)
  })
  out.writeUInt16LE(phnum, 56)
  return out
}

describe('GoVersionScan on ELF headers and segments a Go program does not have', () => {
  const RO = '!v1.32.1!'
  const elf = goElf(RO, [{ text: 'v1.32.1' }])
  const [ro, rw] = [phdr(elf, 0), phdr(elf, 1)]
  const patched = (at: number, bytes: number[]): Buffer => {
    const out = Buffer.from(elf)
    Buffer.from(bytes).copy(out, at)
    return out
  }
  const NOT_GO = 'its ELF segments are not laid out as a Go program lays them out'
  const NOT_FIRST = 'its ELF program headers are not in its first 4 KiB'

  it('says why it read nothing: empty, not ELF, an unknown class or byte order, odd program headers', () => {
    const empty = new GoVersionScan({ keep: () => undefined, release: () => undefined })
    expect(empty.finish()).toEqual({
      versions: [],
      problem: 'the file is too short for an ELF program'
    })
    const problems = [
      Buffer.alloc(100, 'v1.2.3 '),
      elf.subarray(0, 63),
      elf.subarray(0, 64),
      patched(4, [3]),
      patched(5, [0]),
      patched(5, [3]),
      patched(54, [32]),
      patched(56, [65]),
      withPhdrs(elf, [ro]),
      withPhdrs(elf, [ro, rw], 1),
      withPhdrs(elf, [rw]),
      withPhdrs(elf, [{ ...ro, offset: 0, vaddr: RO_VADDR }, rw])
    ].map(b => scan(b, 4096).problem)
    expect(problems).toEqual([
      'not an ELF program',
      'not an ELF program',
      NOT_FIRST,
      'an ELF header of no known class',
      'an ELF program of no known byte order',
      'an ELF program of no known byte order',
      NOT_FIRST,
      NOT_FIRST,
      NOT_GO,
      NOT_GO,
      NOT_GO,
      NOT_GO
    ])
  })

  it('reads 64 program headers, skipping what is not a loaded segment or not addressable', () => {
    const none = { type: 0, flags: 4, offset: 0, vaddr: 0, size: 1 << 20 }
    const text = { type: 1, flags: 5, offset: 0, vaddr: RO_VADDR, size: 4096 }
    // Each sum of offset, address and size beyond 2^53 (each part under it): no address.
    const huge = { type: 1, flags: 4, offset: 2 ** 52, vaddr: 2 ** 52, size: 2 }
    const headers = [none, text, huge, ro, rw]
    const many = withPhdrs(elf, [...headers, ...Array<Phdr>(59).fill(none)], 64)
    expect(scan(withPhdrs(elf, headers), 4096)).toEqual({ versions: ['v1.32.1'], peak: 64 + 14 })
    expect(scan(many, 4096)).toEqual({ versions: ['v1.32.1'], peak: 64 + 14 })
  })

  it('reads the read-only segment up to the writable one, and the writable one only as far as it says', () => {
    const tight = goElf(RO, [{ text: 'v1.32.1' }])
    const rwTight = { ...rw, offset: ro.offset + ro.size, vaddr: RO_VADDR + ro.offset + ro.size }
    // The pairs moved up to where the writable segment now starts.
    const data = tight.subarray(rw.offset)
    const moved = Buffer.concat([tight.subarray(0, rwTight.offset), data])
    expect(scan(withPhdrs(moved, [ro, rwTight]), 4096).versions).toEqual(['v1.32.1'])
    // The pair lies at bytes 8-23 of the writable data: a segment of 8 bytes does not hold it.
    for (const size of [1, 7, 13, 100, 4096, 1 << 20]) {
      expect([size, scan(withPhdrs(elf, [ro, { ...rw, size: 8 }]), size).versions]).toEqual([
        size,
        []
      ])
    }
  })

  it('notes only runs inside the read-only segment, whatever the chunking', () => {
    // Version-like text right after the segment's end, in the same page.
    const after = goElf(RO + '1.2.3 4.5.6 7.8.9', [{ text: 'v1.32.1' }])
    const cut = withPhdrs(after, [{ ...ro, size: RO.length }, rw])
    for (const size of [1, 7, 13, 100, 4096, 1 << 20]) {
      expect([size, scan(cut, size)]).toEqual([size, { versions: ['v1.32.1'], peak: 64 + 14 }])
    }
  })

  it('takes a version of every shape Go programs spell, whole, up to 64 characters, cut anywhere', () => {
    const long = '456789.123456789.1-' + 'a'.repeat(45)
    expect(long.length).toBe(64)
    const ro = [
      '!v12.0.345-rc.1!',
      // A run of the most characters a run holds, its last 64 a version.
      'v123456789.123' + long + '!',
      '!v123456789.123456789.123456789-' + 'b'.repeat(34) + '!',
      '!2.0.0.0.1!1.2.3~x!1.2.3+y!'
    ].join('')
    const elf = goElf(ro, [
      { text: 'v12.0.345-rc.1' },
      { text: long },
      // 65 characters, a version's shape: longer than the scan takes.
      { text: 'v123456789.123456789.123456789-' + 'b'.repeat(34) },
      // Not whole versions: a fourth number, a part cut short, a tail of a run.
      { text: '2.0.0.0' },
      { text: 'v12.0.345', length: 6 },
      { text: '0.0.0.1' },
      { text: '1.2.3~x' },
      { text: '1.2.3+y' }
    ])
    const whole = scan(elf)
    expect(whole.versions).toEqual(['v12.0.345-rc.1', long, '1.2.3~x', '1.2.3+y'])
    for (const size of [1, 7, 8, 13, 100, 4096]) {
      expect([size, scan(elf, size)]).toEqual([size, whole])
    }
  })

  it('lists at most VERSION_SCAN.versions versions, and says there were more', () => {
    const versions = Array.from({ length: VERSION_SCAN.versions + 1 }, (_, i) => `1.2.${i}`)
    const elf = goElf(
      `!${versions.join('!')}!`,
      versions.map(text => ({ text }))
    )
    expect(scan(elf)).toMatchObject({
      versions: versions.slice(0, VERSION_SCAN.versions),
      problem: `more than ${VERSION_SCAN.versions} version strings in its data`
    })
  })
})

describe("the scan inside a rock's read", () => {
  let work: Awaited<ReturnType<typeof scratch>>
  beforeAll(async () => {
    work = await scratch()
  })
  afterAll(() => work?.remove())

  it("counts what it keeps in the read's memory bound: a flood beyond the bound is refused with one line", async () => {
    const flood = goElf('1.2.3;'.repeat(2 * VERSION_SCAN.candidates), [])
    const entries = [{ path: 'usr/bin/pebble', mode: 0o755, data: flood }]
    const file = await work.write('flood.rock', tarball(image([{ entries }]).entries))
    // 4096 runs of 5 characters: 303,104 bytes kept at the peak, released at the entry's end.
    expect(VERSION_SCAN.candidates * (64 + 2 * 5)).toBe(303_104)
    await expect(readRock(file, { ...DEFAULT_LIMITS, memoryBytes: 300_000 })).rejects.toThrow(
      new RockError(`cannot read ${file}: the read would keep more than 293 KiB in memory`)
    )
    const read = await readRock(file, { ...DEFAULT_LIMITS, memoryBytes: 400_000 })
    expect(read.files.get('usr/bin/pebble')).toMatchObject({
      goBuildInfo: false,
      goVersionStrings: [],
      goVersionScanProblem:
        'more than 4096 version-like strings in its read-only data; the rest not looked at'
    })
  })
})

const PEBBLE = path.join(runtimeDir(), 'pebble-1.32.1')
const describeReal = await describeWith('the version scan on the real Pebble cut short', {
  runtime: true,
  tools: [PEBBLE]
})

describeReal('the real Pebble, whole and cut short, in a rock', () => {
  let work: Awaited<ReturnType<typeof scratch>>
  beforeAll(async () => {
    work = await scratch()
  })
  afterAll(() => work?.remove())

  it('whole: v1.32.1; cut inside its data or its headers: unknown, with the reason, no crash', async () => {
    const binary = readFileSync(PEBBLE)
    const entries = [
      { path: 'usr/bin/pebble', mode: 0o755, data: binary },
      // Inside .rodata (at 0x478000..): before the writable segment and the build info.
      { path: 'rodata-cut/usr/bin/pebble', mode: 0o755, data: binary.subarray(0, 5_000_000) },
      // Inside .data, after the build info (0x91e000) but before Version's string header.
      { path: 'data-cut/usr/bin/pebble', mode: 0o755, data: binary.subarray(0, 0x930000) },
      { path: 'header-cut/usr/bin/pebble', mode: 0o755, data: binary.subarray(0, 200) }
    ]
    const contents = await readRock(
      await work.write('cut.rock', tarball(image([{ entries }]).entries))
    )
    const files = Object.fromEntries(
      [...contents.files].map(([p, f]) => [p, [f.goVersionStrings, f.goVersionScanProblem]])
    )
    expect(files).toEqual({
      'usr/bin/pebble': [['v1.32.1'], undefined],
      'rodata-cut/usr/bin/pebble': [[], undefined],
      'data-cut/usr/bin/pebble': [[], undefined],
      'header-cut/usr/bin/pebble': [[], 'its ELF program headers are not in its first 4 KiB']
    })
    const sbom = buildSbom({ contents, tool: { name: 't', version: '1' } })
    expect(sbom.summary.versions.pebble).toBe('v1.32.1')
    expect(sbom.summary.unknowns.filter(line => line.includes('pebble'))).toEqual([
      '/data-cut/usr/bin/pebble: version: the build info says (devel) (built from a source tree, not a module version) and sets no -X ...Version in -ldflags; no Go string variable in its data holds a version',
      '/header-cut/usr/bin/pebble: version: no Go build info in the binary; its data not scanned for a version: its ELF program headers are not in its first 4 KiB',
      '/rodata-cut/usr/bin/pebble: version: no Go build info in the binary; no Go string variable in its data holds a version'
    ])
  }, 60_000)
})
