// zstd for the chisel manifest's tests. Node has zlib's zstd from 22.15 on; before that the zstd
// program stands in for it, so the manifest's reading is tested on every Node the tests run on.
import { execFileSync } from 'node:child_process'
import * as zlib from 'node:zlib'

interface NodeZstd {
  zstdCompressSync?: (data: Buffer) => Buffer
  zstdDecompressSync?: (data: Buffer, options: { maxOutputLength: number }) => Buffer
}
const own = zlib as unknown as NodeZstd

/** The data zstd-compressed, as chisel writes its manifest. */
export function zstdCompress(data: Buffer | string): Buffer {
  const bytes = Buffer.from(data)
  return own.zstdCompressSync
    ? own.zstdCompressSync(bytes)
    : execFileSync('zstd', ['-q', '-c'], { input: bytes, stdio: 'pipe' })
}

/**
 * zlib.zstdDecompressSync as Node 22.15 has it: throws on data that is not zstd, and on output
 * longer than maxOutputLength (the zstd program is stopped there).
 */
export function zstdDecompressSync(data: Buffer, options: { maxOutputLength: number }): Buffer {
  if (own.zstdDecompressSync) return own.zstdDecompressSync(data, options)
  return execFileSync('zstd', ['-d', '-q', '-c'], {
    input: data,
    stdio: 'pipe',
    maxBuffer: options.maxOutputLength
  })
}
