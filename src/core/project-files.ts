// The project's files as the check reads them: within the project, bounded, UTF-8 or refused.
import { lstat, readFile, realpath, stat } from 'node:fs/promises'
import * as path from 'node:path'
import type { Problem } from './check.js'

export const PROJECT_FILE = 'rockcraft.yaml'
/** Larger than any real project file; refusing beats hanging on a mistake. */
export const MAX_PROJECT_FILE_BYTES = 1 << 20
export const MAX_REQUIREMENTS_BYTES = 4 << 20
/** uv.lock files of large projects run to a few MB; this is well past any of them. */
export const MAX_UV_LOCK_BYTES = 16 << 20

interface TextFile {
  text?: string
  /** the bytes read, when the file was read but is not UTF-8 */
  bytes?: Buffer
  /** why the file could not be used, as a problem */
  problem?: Problem
}

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file)
    return true
  } catch {
    return false
  }
}

/** Reads a project file as UTF-8 text, refusing oversize, non-UTF-8 and escaping-symlink files. */
export async function readProjectText(
  dir: string,
  name: string,
  maxBytes: number
): Promise<TextFile> {
  const file = path.join(dir, name)
  try {
    const link = await lstat(file)
    if (link.isSymbolicLink()) {
      const target = await realpath(file)
      const realDir = await realpath(dir)
      if (target !== realDir && !target.startsWith(realDir + path.sep)) {
        return {
          problem: {
            message: `${name} is a symlink to ${target}, outside the project; the rock build sees only the project directory`,
            file
          }
        }
      }
    }
    const info = await stat(file)
    if (!info.isFile()) return { problem: { message: `${name} is not a regular file`, file } }
    if (info.size > maxBytes) {
      return {
        problem: {
          message: `${name} is ${(info.size / (1 << 20)).toFixed(1)} MB, over the ${maxBytes >> 20} MB this check reads; it cannot be a real ${name}`,
          file
        }
      }
    }
    const bytes = await readFile(file)
    try {
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) }
    } catch {
      const bad = firstInvalidUtf8Line(bytes)
      return {
        problem: { message: `${name} is not valid UTF-8 (line ${bad})`, file, line: bad },
        bytes
      }
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    return { problem: { message: `cannot read ${name}: ${code ?? (err as Error).message}`, file } }
  }
}

function firstInvalidUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let line = 1
  let start = 0
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i))
      } catch {
        return line
      }
      line++
      start = i + 1
    }
  }
  return line
}

/** A problem whose file is relative to the project, with the file made absolute. */
export function absolutize(dir: string, p: Problem): Problem {
  return p.file ? { ...p, file: path.join(dir, p.file) } : p
}
