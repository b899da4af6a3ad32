// Temp dirs a test file makes, removed after its last test. Jest loads this module afresh for each
// test file, so the afterAll below belongs to the file that imported it; a test that removes its
// dir itself loses nothing (removal forgives a missing dir).
import { afterAll } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const made: string[] = []

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A fresh directory `<temp dir>/<prefix>XXXXXX`, removed after the file's last test. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}
