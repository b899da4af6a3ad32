// Secrets a child program must read from a file (the smoke test's env file, the registry auth
// file) live in a directory of our own, made 0700 before the 0600 file is written: never
// readable by another user, not even for a moment.
import * as fs from 'node:fs/promises'
import * as path from 'node:path'

/** A new directory under `parent` that only the runner user can enter. */
export async function privateDir(parent: string, prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(parent, prefix))
  await fs.chmod(dir, 0o700)
  return dir
}

/** Writes a new file readable only by the runner user; refuses to replace one. */
export async function writePrivateFile(file: string, text: string): Promise<void> {
  await fs.writeFile(file, text, { mode: 0o600, flag: 'wx' })
}

/**
 * Removes a secret file and, when it sits in a directory of ours (named with `prefix`), that
 * directory too. Never throws: what could not be removed is a warning naming `what`, given to
 * `warn` (core.warning in the action; the local CLI loads no @actions/*).
 */
export async function removePrivateFile(
  file: string,
  prefix: string,
  what: string,
  warn: (message: string) => void
): Promise<void> {
  try {
    const dir = path.dirname(file)
    if (path.basename(dir).startsWith(prefix)) await fs.rm(dir, { recursive: true, force: true })
    else await fs.rm(file, { force: true })
  } catch (err) {
    warn(`Could not remove ${what} ${file}: ${(err as Error).message}`)
  }
}
