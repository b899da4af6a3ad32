// zstd for the tests of what reads it (the chisel manifest, a rock's zstd layers). Node has zlib's
// zstd from 22.15 on; before that the zstd program stands in for it, so the reading is tested on
// every Node the tests run on.
import { execFileSync, spawn } from 'node:child_process'
import { Duplex } from 'node:stream'
import * as zlib from 'node:zlib'

interface NodeZstd {
  createZstdDecompress?: () => Duplex
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

/**
 * zlib.createZstdDecompress as Node 22.15 has it, for a stream: Node's own where it exists, else
 * the zstd program between the stream's two sides (an error if it exits non-zero).
 */
export function createZstdDecompress(): Duplex {
  if (own.createZstdDecompress) return own.createZstdDecompress()
  const child = spawn('zstd', ['-d', '-q', '-c'], { stdio: ['pipe', 'pipe', 'ignore'] })
  const stream = Duplex.from({ writable: child.stdin, readable: child.stdout })
  child.on('exit', code => {
    if (code !== 0) stream.destroy(new Error(`zstd -d exited with code ${code}`))
  })
  stream.on('close', () => child.kill())
  return stream
}
