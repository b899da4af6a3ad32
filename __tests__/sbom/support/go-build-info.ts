// Go build info as the Go 1.18+ linker lays it out in a binary, for the SBOM's Go readers' tests.
import type { RockFile } from '../../../src/rock/index.js'

/** Go's unsigned varint (encoding/binary.PutUvarint). */
export function uvarint(n: number): Buffer {
  const out: number[] = []
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  out.push(n)
  return Buffer.from(out)
}

/** Magic, flags, two inline strings: the Go version and the framed module info (or `framed` as given). */
export function buildInfo(modinfo: string, goVersion = 'go1.22.5', framed?: Buffer): Buffer {
  const body =
    framed ?? Buffer.concat([Buffer.alloc(16, 0x30), Buffer.from(modinfo), Buffer.alloc(16, 0x31)])
  const header = Buffer.alloc(32)
  header.write('\xff Go buildinf:', 0, 'latin1')
  header[14] = 8
  header[15] = 2
  return Buffer.concat([
    header,
    uvarint(goVersion.length),
    Buffer.from(goVersion),
    uvarint(body.length),
    body
  ])
}

/** A Go program as a read of a rock keeps it: its build info found, and what the version scan gave. */
export function goProgramFile(
  modinfo: string,
  goVersion = 'go1.22.5',
  scan: Pick<RockFile, 'goVersionStrings' | 'goVersionScanProblem'> = {}
): RockFile {
  const data = buildInfo(modinfo, goVersion)
  return {
    kind: 'go-binary',
    data,
    size: data.length,
    truncated: false,
    goBuildInfo: true,
    ...scan
  }
}
