import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/action/context.js'
import { chooseBuildMode, detectRunner } from '../../src/pack/mode.js'

const hosted24 = { release: 'ubuntu@24.04', ephemeral: true }

describe('chooseBuildMode', () => {
  it('auto picks destructive on a hosted runner of the build base release, and says why', () => {
    const c = chooseBuildMode('auto', { base: 'ubuntu@24.04' }, hosted24)
    expect(c.mode).toBe('destructive')
    expect(c.reason).toMatch(/throw-away ubuntu@24.04 VM, the same release as the build base/)
    expect(
      chooseBuildMode('auto', { base: 'bare', buildBase: 'ubuntu:24.04' }, hosted24).mode
    ).toBe('destructive')
  })

  it('auto picks LXD when the releases differ or the runner is not throw-away', () => {
    const other = chooseBuildMode('auto', { base: 'bare', buildBase: 'ubuntu@22.04' }, hosted24)
    expect(other).toEqual({
      mode: 'lxd',
      reason:
        'auto: the runner is ubuntu@24.04 but the project builds on ubuntu@22.04, so it needs an LXD instance of that release'
    })
    const selfHosted = chooseBuildMode(
      'auto',
      { base: 'ubuntu@24.04' },
      { ...hosted24, ephemeral: false }
    )
    expect(selfHosted.mode).toBe('lxd')
    expect(selfHosted.reason).toMatch(/not a throw-away/)
    expect(
      chooseBuildMode('auto', { base: 'ubuntu@24.04' }, { release: undefined, ephemeral: true })
        .mode
    ).toBe('lxd')
  })

  it('honours an explicit mode, refusing destructive on a release that differs', () => {
    expect(chooseBuildMode('lxd', { base: 'ubuntu@24.04' }, hosted24).mode).toBe('lxd')
    expect(
      chooseBuildMode('destructive', { base: 'ubuntu@24.04' }, { ...hosted24, ephemeral: false })
        .mode
    ).toBe('destructive')
    expect(() => chooseBuildMode('destructive', { base: 'ubuntu@22.04' }, hosted24)).toThrow(
      InputError
    )
    expect(() => chooseBuildMode('destructive', { base: 'ubuntu@22.04' }, hosted24)).toThrow(
      /this runner is ubuntu@24.04, the project builds on ubuntu@22.04/
    )
  })
})

describe('detectRunner', () => {
  it('reads the release from os-release and the runner kind from the environment', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'os-release-'))
    try {
      const f = path.join(dir, 'os-release')
      writeFileSync(f, 'NAME="Ubuntu"\nVERSION_ID="22.04"\nID=ubuntu\n')
      expect(await detectRunner({ RUNNER_ENVIRONMENT: 'github-hosted' }, f)).toEqual({
        release: 'ubuntu@22.04',
        ephemeral: true
      })
      writeFileSync(f, 'ID=debian\nVERSION_ID="12"\n')
      expect(await detectRunner({ RUNNER_ENVIRONMENT: 'self-hosted' }, f)).toEqual({
        release: undefined,
        ephemeral: false
      })
      expect(await detectRunner({}, path.join(dir, 'absent'))).toEqual({
        release: undefined,
        ephemeral: false
      })
    } finally {
      rmSync(dir, { recursive: true })
    }
  })
})
