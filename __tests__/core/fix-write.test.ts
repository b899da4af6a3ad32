// `check --fix`'s write on a real file system: a temporary file beside the original, synced and
// renamed over it with the original's mode; a file changed or swapped for a symlink since the
// check is refused; a full disk (a real, tiny tmpfs) leaves the original whole, with one line.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import * as path from 'node:path'
import { writeFix } from '../../src/core/fix.js'
import { cleanup, project } from './helpers.js'

afterAll(cleanup)

const YAML = `name: shop
base: ubuntu@24.04
version: "1.0"
summary: A shop
description: It sells.
platforms:
  amd64:
extensions: [flask-framework]
`
const FIX = { prime: ['flask/app/app.py', 'flask/app/config.py'] }
const FIXED = `${YAML}parts:\n  flask-framework/install-app:\n    prime:\n      - flask/app/app.py\n      - flask/app/config.py\n`

describe('writeFix', () => {
  it("writes the fix through a rename, keeping the file's mode, leaving no temporary file", async () => {
    const dir = project({ 'rockcraft.yaml': YAML })
    const file = path.join(dir, 'rockcraft.yaml')
    chmodSync(file, 0o640)
    const inode = statSync(file).ino
    expect(await writeFix(file, YAML, FIX)).toEqual([
      'wrote parts.flask-framework/install-app.prime: flask/app/app.py, flask/app/config.py (what ships today and what the rock lacks)'
    ])
    expect(readFileSync(file, 'utf8')).toBe(FIXED)
    expect(statSync(file).mode & 0o7777).toBe(0o640)
    expect(statSync(file).ino).not.toBe(inode) // a new file renamed in, not the old one rewritten
    expect(readdirSync(dir)).toEqual(['rockcraft.yaml'])
  })

  it('refuses a file that changed since the check, leaving it as it is', async () => {
    const dir = project({ 'rockcraft.yaml': `${YAML}# edited meanwhile\n` })
    const file = path.join(dir, 'rockcraft.yaml')
    await expect(writeFix(file, YAML, FIX)).rejects.toThrow(
      'rockcraft.yaml changed since the check read it; run flask-rock check --fix again (rockcraft.yaml is unchanged)'
    )
    expect(readFileSync(file, 'utf8')).toBe(`${YAML}# edited meanwhile\n`)
    expect(readdirSync(dir)).toEqual(['rockcraft.yaml'])
  })

  it('never writes through a symlink swapped in after the check', async () => {
    const dir = project({ 'rockcraft.yaml': YAML, 'elsewhere/target.yaml': YAML })
    const file = path.join(dir, 'rockcraft.yaml')
    const target = path.join(dir, 'elsewhere', 'target.yaml')
    // The check read a regular file; then it became a symlink to another file with the same text.
    renameSync(file, path.join(dir, 'checked.yaml'))
    symlinkSync(target, file)
    await expect(writeFix(file, YAML, FIX)).rejects.toThrow(
      'cannot fix rockcraft.yaml: ELOOP (it is a symlink); edit it yourself'
    )
    expect(readFileSync(target, 'utf8')).toBe(YAML)
    expect(readdirSync(dir).sort()).toEqual(['checked.yaml', 'elsewhere', 'rockcraft.yaml'])
  })

  // A real full disk: a 64 KiB tmpfs (root only; mount(8) where this runs as root).
  const canMount = process.getuid?.() === 0
  ;(canMount ? it : it.skip)(
    'a full disk leaves the original whole, with one line and no temporary file',
    async () => {
      const base = project({})
      const mnt = path.join(base, 'full')
      mkdirSync(mnt)
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt])
      try {
        const file = path.join(mnt, 'rockcraft.yaml')
        writeFileSync(file, YAML)
        // Fill what is left, so that the temporary file finds no room.
        try {
          writeFileSync(path.join(mnt, 'filler'), Buffer.alloc(128 * 1024))
        } catch (err) {
          expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC')
        }
        await expect(writeFix(file, YAML, FIX)).rejects.toThrow(
          /^cannot write the fix to rockcraft\.yaml: ENOSPC \(no space left on the device\) \(rockcraft\.yaml is unchanged\)$/
        )
        expect(readFileSync(file, 'utf8')).toBe(YAML)
        expect(readdirSync(mnt).sort()).toEqual(['filler', 'rockcraft.yaml'])
      } finally {
        execFileSync('umount', [mnt])
      }
    }
  )
})
