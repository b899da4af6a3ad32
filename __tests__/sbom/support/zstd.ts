// zlib.zstdDecompressSync (Node 22.15 and later) for the SBOM's tests on a Node without it: the
// zstd program decompresses, and output past maxOutputLength is refused, as Node refuses it.
import { execFileSync } from 'node:child_process'

export function zstdDecompressSync(data: Buffer, options: { maxOutputLength: number }): Buffer {
  return execFileSync('zstd', ['-d', '-c', '-q'], {
    input: data,
    maxBuffer: options.maxOutputLength,
    stdio: ['pipe', 'pipe', 'ignore']
  })
}

/** The bytes of `text` compressed by the zstd program, as chisel writes its manifest. */
export function zstd(text: string): Buffer {
  return execFileSync('zstd', ['-q', '-c'], { input: text })
}
