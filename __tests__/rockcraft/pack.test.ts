import { cpSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { packRock, readPackProject } from '../../src/rockcraft/pack.js'
import { makeStandIns, type StandIns } from '../stand-ins/standins.js'

let s: StandIns
let project: string
beforeEach(() => {
  s = makeStandIns()
  s.install('rockcraft')
  project = path.join(s.dir, 'flask-sync')
  cpSync(path.join(import.meta.dirname ?? '', '../../examples/flask-sync'), project, {
    recursive: true
  })
})
afterEach(() => s.remove())

const packEnv = (): {
  cwd: string
  cache: string
  XDG_CACHE_HOME: string | null
  ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: string | null
} => JSON.parse(readFileSync(path.join(s.dir, 'pack-env.json'), 'utf8'))

describe('packRock', () => {
  it('packs in LXD mode as the runner user and finds the rock by name', async () => {
    const p = await readPackProject(project)
    expect(p).toEqual({
      name: 'flask-sync',
      version: '0.1',
      base: 'ubuntu@24.04',
      buildBase: undefined,
      platforms: ['amd64']
    })
    const r = await packRock({
      projectDir: project,
      ...p,
      mode: 'lxd',
      verbosity: 'brief',
      env: s.env,
      user: 'runner'
    })
    expect(s.calls()).toEqual(['sudo --user runner env rockcraft pack --verbosity brief'])
    expect(r.rock).toBe(path.join(project, 'flask-sync_0.1_amd64.rock'))
    expect(r.durationMs).toBeGreaterThanOrEqual(0)
    expect(packEnv()).toMatchObject({ cwd: project, XDG_CACHE_HOME: null })
  })

  it('packs in destructive mode as root with its caches in one place, passing the experimental flag on', async () => {
    const p = await readPackProject(project)
    const cacheHome = path.join(s.dir, 'cache')
    await packRock({
      projectDir: project,
      ...p,
      mode: 'destructive',
      verbosity: 'verbose',
      cacheHome,
      env: { ...s.env, ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: 'true', SECRET_TOKEN: 'x' }
    })
    expect(s.calls()).toEqual([
      `sudo env XDG_CACHE_HOME=${cacheHome} ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=true rockcraft pack --destructive-mode --verbosity verbose`
    ])
    expect(packEnv()).toMatchObject({
      cache: 'cold',
      XDG_CACHE_HOME: cacheHome,
      ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: 'true'
    })
  })

  it('fails clearly when rockcraft writes no rock, and ignores a stale one from before', async () => {
    const p = await readPackProject(project)
    writeFileSync(path.join(s.dir, 'pack-writes-nothing'), '')
    const stale = path.join(project, 'flask-sync_0.1_amd64.rock')
    writeFileSync(stale, 'old')
    utimesSync(stale, new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000))
    const err = (await packRock({
      projectDir: project,
      ...p,
      mode: 'lxd',
      verbosity: 'brief',
      env: s.env,
      user: 'runner'
    }).catch(e => e)) as Error
    expect(err.message).toBe(
      `rockcraft pack finished but wrote no flask-sync_0.1_amd64.rock in ${project} (older or other .rock files there: flask-sync_0.1_amd64.rock)`
    )
  })

  it('reports a failing pack with its output tail', async () => {
    s.scenario([
      {
        match: 'rockcraft pack',
        fail: 1,
        stderr: "Failed to run the build script for part 'flask-framework/dependencies'."
      }
    ])
    const p = await readPackProject(project)
    await expect(
      packRock({
        projectDir: project,
        ...p,
        mode: 'lxd',
        verbosity: 'brief',
        env: s.env,
        user: 'runner'
      })
    ).rejects.toThrow(
      "pack the rock in lxd mode: sudo exited with code 1\nFailed to run the build script for part 'flask-framework/dependencies'."
    )
  })

  it('refuses a rockcraft.yaml without the fields packing needs', async () => {
    writeFileSync(path.join(project, 'rockcraft.yaml'), 'name: x\n')
    await expect(readPackProject(project)).rejects.toThrow(
      /rockcraft.yaml lacks version, base, platforms$/
    )
  })
})
