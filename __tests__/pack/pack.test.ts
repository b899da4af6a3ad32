import { cpSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { checkProject } from '../../src/core/index.js'
import { packProject, packRock, planPlatforms } from '../../src/pack/pack.js'
import { captureOutput, makeStandIns, type StandIns } from '../stand-ins/standins.js'

// The action log and the stand-ins' streamed output stay out of the test run's output.
captureOutput()

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

// What main hands the pack stage: the project as the core checked and expanded it.
const checked = async () => packProject(await checkProject(project))

const packEnv = (): {
  cwd: string
  cache: string
  XDG_CACHE_HOME: string | null
  ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: string | null
} => JSON.parse(readFileSync(path.join(s.dir, 'pack-env.json'), 'utf8'))

/** The pack most cases ask for: in LXD, brief, as the runner user, with the stand-ins' PATH. */
const packAsRunner = (p: Awaited<ReturnType<typeof checked>>, packed: typeof p.platforms) =>
  packRock({
    projectDir: project,
    ...p,
    packed,
    mode: 'lxd',
    verbosity: 'brief',
    env: s.env,
    user: 'runner'
  })

describe('packRock', () => {
  it('packs in LXD mode as the runner user and finds the rock by name', async () => {
    const p = await checked()
    expect(p).toMatchObject({
      dir: project,
      name: 'flask-sync',
      version: '0.1',
      base: 'ubuntu@24.04',
      buildBase: undefined,
      platforms: [{ name: 'amd64', buildOn: ['amd64'], buildFor: ['amd64'] }],
      dependencyFiles: [
        path.join(project, 'requirements.txt'),
        path.join(project, 'rockcraft.yaml')
      ]
    })
    const r = await packAsRunner(p, p.platforms)
    expect(s.calls()).toEqual(['sudo --user runner env rockcraft pack --verbosity brief'])
    expect(r.rocks).toEqual([
      {
        platform: 'amd64',
        buildFor: ['amd64'],
        rock: path.join(project, 'flask-sync_0.1_amd64.rock')
      }
    ])
    expect(r.durationMs).toBeGreaterThanOrEqual(0)
    expect(packEnv()).toMatchObject({ cwd: project, XDG_CACHE_HOME: null })
  })

  it('packs in destructive mode as root with its caches in one place, passing the experimental flag on', async () => {
    const p = await checked()
    const cacheHome = path.join(s.dir, 'cache')
    await packRock({
      projectDir: project,
      ...p,
      packed: p.platforms,
      mode: 'destructive',
      verbosity: 'verbose',
      cacheHome,
      env: { ...s.env, ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: 'true', SECRET_TOKEN: 'x' }
    })
    expect(s.calls()).toEqual([
      `sudo env XDG_CACHE_HOME=${cacheHome} GOMODCACHE=${cacheHome}/go-mod ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=true rockcraft pack --destructive-mode --verbosity verbose`
    ])
    expect(packEnv()).toMatchObject({
      cache: 'cold',
      XDG_CACHE_HOME: cacheHome,
      GOMODCACHE: `${cacheHome}/go-mod`,
      ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: 'true'
    })
  })

  it('fails clearly when rockcraft writes no rock, and ignores a stale one from before', async () => {
    const p = await checked()
    writeFileSync(path.join(s.dir, 'pack-writes-nothing'), '')
    const stale = path.join(project, 'flask-sync_0.1_amd64.rock')
    writeFileSync(stale, 'old')
    utimesSync(stale, new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000))
    const err = (await packAsRunner(p, p.platforms).catch(e => e)) as Error
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
    const p = await checked()
    await expect(packAsRunner(p, p.platforms)).rejects.toThrow(
      "pack the rock in lxd mode: sudo exited with code 1\nFailed to run the build script for part 'flask-framework/dependencies'."
    )
  })

  it('refuses a rockcraft.yaml without the fields packing needs', async () => {
    writeFileSync(path.join(project, 'rockcraft.yaml'), 'name: x\n')
    await expect(checked()).rejects.toThrow(
      /lacks an expansion \(the project check refused it\), version, base$/
    )
  })

  it('refuses a project the core expands but without a version, which names the rock', async () => {
    const file = path.join(project, 'rockcraft.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^version:.*\n/m, ''))
    const result = await checkProject(project)
    expect(result.expanded).toBeDefined()
    expect(() => packProject(result)).toThrow(`cannot pack ${project}: it lacks version`)
  })

  // A project with three platforms: two build on this machine (one of them cross-builds for
  // the other architecture), one builds elsewhere.
  const host = process.arch === 'arm64' ? 'arm64' : 'amd64'
  const other = host === 'amd64' ? 'arm64' : 'amd64'
  const multiPlatform = async () => {
    const file = path.join(project, 'rockcraft.yaml')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /^platforms:\n {2}amd64:\n/m,
        `platforms:\n  ${other}:\n  cross-${other}:\n    build-on: [${host}]\n    build-for: [${other}]\n  ubuntu-${host}:\n    build-on: [${host}]\n    build-for: [${host}]\n`
      )
    )
    return checked()
  }

  it('in LXD mode reports every rock written, each with its platform', async () => {
    const p = await multiPlatform()
    expect(p.platforms).toEqual([
      { name: other, buildOn: [other], buildFor: [other] },
      { name: `cross-${other}`, buildOn: [host], buildFor: [other] },
      { name: `ubuntu-${host}`, buildOn: [host], buildFor: [host] }
    ])
    const plan = planPlatforms(p.platforms, 'lxd', '')
    expect(plan).toEqual({ packed: [p.platforms[1], p.platforms[2]], smoke: p.platforms[2] })
    const r = await packAsRunner(p, plan.packed)
    expect(s.calls()).toEqual(['sudo --user runner env rockcraft pack --verbosity brief'])
    expect(r.rocks).toEqual([
      {
        platform: `cross-${other}`,
        buildFor: [other],
        rock: path.join(project, `flask-sync_0.1_cross-${other}.rock`)
      },
      {
        platform: `ubuntu-${host}`,
        buildFor: [host],
        rock: path.join(project, `flask-sync_0.1_ubuntu-${host}.rock`)
      }
    ])

    // A rock older than this pack is no rock of it.
    const anHourAgo = new Date(Date.now() - 3600_000)
    utimesSync(r.rocks[1].rock, anHourAgo, anHourAgo)
    utimesSync(r.rocks[0].rock, anHourAgo, anHourAgo)
    writeFileSync(path.join(s.dir, 'pack-writes-nothing'), '')
    const err = (await packAsRunner(p, plan.packed).catch(e => e)) as Error
    expect(err.message).toBe(
      `rockcraft pack finished but wrote no flask-sync_0.1_cross-${other}.rock, flask-sync_0.1_ubuntu-${host}.rock in ${project} (older or other .rock files there: flask-sync_0.1_cross-${other}.rock, flask-sync_0.1_ubuntu-${host}.rock)`
    )
  })

  it('in destructive mode picks the platform built for this machine with --platform (rockcraft refuses two)', async () => {
    const p = await multiPlatform()
    const pack = (select?: string) =>
      packRock({
        projectDir: project,
        ...p,
        packed: [p.platforms[2]],
        select,
        mode: 'destructive',
        verbosity: 'brief',
        env: s.env,
        cacheHome: path.join(s.dir, 'cache')
      })
    // Without --platform, rockcraft (here its stand-in) refuses, as craft-application does.
    await expect(pack()).rejects.toThrow(
      `Multiple builds match the current platform: cross-${other} and ubuntu-${host}`
    )
    const plan = planPlatforms(p.platforms, 'destructive', '')
    expect(plan).toEqual({
      select: `ubuntu-${host}`,
      packed: [p.platforms[2]],
      smoke: p.platforms[2]
    })
    const r = await pack(plan.select)
    expect(s.calls().at(-1)).toMatch(
      new RegExp(`rockcraft pack --destructive-mode --platform ubuntu-${host} --verbosity brief$`)
    )
    expect(r.rocks.map(x => x.platform)).toEqual([`ubuntu-${host}`])
  })

  it('takes the platform input in either mode, and refuses one that is not there or does not build here', async () => {
    const p = await multiPlatform()
    expect(planPlatforms(p.platforms, 'lxd', `cross-${other}`)).toEqual({
      select: `cross-${other}`,
      packed: [p.platforms[1]],
      smoke: p.platforms[1]
    })
    expect(() => planPlatforms(p.platforms, 'lxd', 'riscv64')).toThrow(
      `Input 'platform': the project has no platform 'riscv64' (it has ${other}, cross-${other}, ubuntu-${host})`
    )
    expect(() => planPlatforms(p.platforms, 'destructive', other)).toThrow(
      `Input 'platform': '${other}' builds on ${other}, not on this ${host} runner`
    )
    expect(() => planPlatforms([p.platforms[0]], 'lxd', '')).toThrow(
      `no platform of the project builds on this ${host} runner (${other} builds on ${other})`
    )
    // One platform building here: no --platform, as before.
    expect(planPlatforms([p.platforms[2]], 'destructive', '').select).toBeUndefined()
  })
})
