// The pack cache's restore (main) and save (post) around a mocked @actions/cache: GitHub's cache
// service does not exist here. Ownership changes, file copies and the packing stand-in are real.
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { PackProject } from '../../src/pack/pack.js'
import type { PostState } from '../../src/state.js'
import { makeStandIns, type StandIns } from '../stand-ins/standins.js'

const isFeatureAvailable = jest.fn<() => boolean>()
const restoreCache =
  jest.fn<(paths: string[], key: string, restoreKeys?: string[]) => Promise<string | undefined>>()
const saveCache = jest.fn<(paths: string[], key: string) => Promise<number>>()
jest.unstable_mockModule('@actions/cache', () => ({ isFeatureAvailable, restoreCache, saveCache }))

let recorded: PostState = {}
jest.unstable_mockModule('../../src/state.js', () => ({
  saveState: (patch: Partial<PostState>) => {
    recorded = { ...recorded, ...patch }
  },
  loadState: () => recorded
}))

const { restorePackCache, savePackCache } = await import('../../src/pack/cache.js')
const { packProject, packRock } = await import('../../src/pack/pack.js')
const { checkProject } = await import('../../src/core/index.js')

let s: StandIns
let project: string
let cacheHome: string
let checked: PackProject
const restoreOpts = (over = {}) => ({
  enabled: true,
  mode: 'destructive' as const,
  project: checked,
  channel: 'latest/stable',
  revision: '',
  workspace: s.dir,
  env: s.env,
  cacheHome,
  ...over
})

beforeEach(async () => {
  s = makeStandIns({ RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' })
  s.install('rockcraft')
  project = path.join(s.dir, 'flask-sync')
  cacheHome = path.join(s.dir, 'home', '.cache', 'flask-rock')
  cpSync(path.join(import.meta.dirname ?? '', '../../examples/flask-sync'), project, {
    recursive: true
  })
  checked = packProject(await checkProject(project))
  recorded = {}
  isFeatureAvailable.mockReset().mockReturnValue(true)
  restoreCache.mockReset().mockResolvedValue(undefined)
  saveCache.mockReset().mockResolvedValue(42)
})
afterEach(() => s.remove())

describe('restorePackCache', () => {
  it('restores the downloads and the parts into the places a destructive build reads them', async () => {
    // The mock plays the cache service: it puts back what a previous pack left.
    restoreCache.mockImplementation(async (paths, key) => {
      mkdirSync(path.join(paths[0], 'pip'), { recursive: true })
      writeFileSync(path.join(paths[0], 'pip', 'flask.whl'), 'wheel')
      return key
    })
    const r = await restorePackCache(restoreOpts())
    expect(r.exactHit).toBe(true)
    expect(r.paths).toEqual([
      cacheHome,
      ...['parts', 'stage', 'prime'].map(d => path.join(project, d))
    ])
    expect(r.key).toMatch(
      /^flask-rock-pack-v1-Linux-X64-destructive-ubuntu@24.04-ubuntu@24.04-latest_stable~[0-9a-f]{12}-[0-9a-f]{12}-[0-9a-f]{64}$/
    )
    expect(restoreCache).toHaveBeenCalledWith(r.paths, r.key!, [
      r.key!.replace(/[0-9a-f]{64}$/, '')
    ])
    expect(recorded).toEqual({ cacheKey: r.key, cacheMatchedKey: r.key, cachePaths: r.paths })

    // The pack that follows finds the restored download (the stand-in reports what it found).
    await packRock({
      projectDir: project,
      ...checked,
      mode: 'destructive',
      verbosity: 'brief',
      env: s.env,
      cacheHome
    })
    expect(JSON.parse(readFileSync(path.join(s.dir, 'pack-env.json'), 'utf8')).cache).toBe('warm')
  })

  it('records a partial hit so that the post step saves under the new key', async () => {
    restoreCache.mockImplementation(async (_paths, _key, restoreKeys) => `${restoreKeys![0]}older`)
    const r = await restorePackCache(restoreOpts())
    expect(r.exactHit).toBe(false)
    expect(recorded.cacheMatchedKey).toMatch(/-older$/)
    expect(recorded.cacheKey).toBe(r.key)
  })

  it.each([
    ['the input is off', { enabled: false }, /off/],
    ['the build is managed by LXD', { mode: 'lxd' }, /not used in lxd mode/]
  ])('skips when %s', async (_what, over, why) => {
    const r = await restorePackCache(restoreOpts(over))
    expect(r.skipped).toMatch(why)
    expect(restoreCache).not.toHaveBeenCalled()
    expect(recorded).toEqual({})
  })

  it('skips when there is no cache service', async () => {
    isFeatureAvailable.mockReturnValue(false)
    const r = await restorePackCache(restoreOpts())
    expect(r.skipped).toMatch(/no cache service/)
    expect(restoreCache).not.toHaveBeenCalled()
  })

  it('turns a cache failure into a warning and packs cold', async () => {
    restoreCache.mockRejectedValue(new Error('socket hang up'))
    const r = await restorePackCache(restoreOpts())
    expect(r.exactHit).toBe(false)
    expect(r.matchedKey).toBeUndefined()
    expect(recorded.cacheMatchedKey).toBeUndefined()
    isFeatureAvailable.mockImplementation(() => {
      throw new Error('no ACTIONS_CACHE_URL')
    })
    await expect(restorePackCache(restoreOpts())).resolves.toMatchObject({ exactHit: false })
  })
})

describe('savePackCache', () => {
  const state = (over: Partial<PostState> = {}): PostState => ({
    isPost: true,
    cacheKey: 'k-new',
    cacheMatchedKey: 'k-old',
    cachePaths: [cacheHome, path.join(project, 'parts'), path.join(project, 'absent')],
    packSucceeded: true,
    ...over
  })
  beforeEach(() => {
    mkdirSync(path.join(cacheHome, 'pip'), { recursive: true })
    writeFileSync(path.join(cacheHome, 'pip', 'flask.whl'), 'wheel')
    mkdirSync(path.join(project, 'parts'))
  })

  it('saves the existing paths after a successful pack without an exact hit', async () => {
    await savePackCache(state(), { uid: 0, gid: 0, env: s.env })
    expect(saveCache).toHaveBeenCalledWith([cacheHome, path.join(project, 'parts')], 'k-new')
    expect(s.calls()).toEqual([])
  })

  // Changing a file's owner needs root, as on a runner through sudo (CI runs the tests as root).
  const asRoot = process.getuid?.() === 0 ? it : it.skip
  asRoot('hands root-owned build files to the runner user before saving', async () => {
    expect(statSync(path.join(cacheHome, 'pip', 'flask.whl')).uid).toBe(process.getuid!())
    await savePackCache(state(), { uid: 1001, gid: 1002, env: s.env })
    expect(s.calls()).toEqual([
      `sudo chown -R 1001:1002 ${cacheHome} ${path.join(project, 'parts')}`
    ])
    const st = statSync(path.join(cacheHome, 'pip', 'flask.whl'))
    expect([st.uid, st.gid]).toEqual([1001, 1002])
    expect(saveCache).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['the pack failed', { packSucceeded: false }],
    ['the pack never ran', { packSucceeded: undefined }],
    ['the key was an exact hit', { cacheMatchedKey: 'k-new' }],
    ['main recorded no key', { cacheKey: undefined }],
    ['main recorded no paths (caching skipped)', { cachePaths: undefined }]
  ])('does not save when %s', async (_what, over) => {
    await savePackCache(state(over), { uid: 0, gid: 0, env: s.env })
    expect(saveCache).not.toHaveBeenCalled()
  })

  it('does not save without a cache service', async () => {
    isFeatureAvailable.mockReturnValue(false)
    await savePackCache(state(), { uid: 0, gid: 0, env: s.env })
    expect(saveCache).not.toHaveBeenCalled()
  })

  it.each([
    [
      'a service error',
      () => saveCache.mockRejectedValue(new Error('Cache service responded with 503'))
    ],
    [
      'another job saving the key',
      () =>
        saveCache.mockRejectedValue(
          Object.assign(new Error('Unable to reserve cache'), { name: 'ReserveCacheError' })
        )
    ],
    ['a failure reported as -1', () => saveCache.mockResolvedValue(-1)],
    [
      'isFeatureAvailable throwing',
      () =>
        isFeatureAvailable.mockImplementation(() => {
          throw new Error('boom')
        })
    ],
    [
      'a failing chown',
      () => s.scenario([{ match: 'chown', fail: 1, stderr: 'chown: Operation not permitted' }])
    ]
  ])('survives %s', async (_what, arrange) => {
    arrange()
    await expect(
      savePackCache(state(), { uid: 1001, gid: 1001, env: s.env })
    ).resolves.toBeUndefined()
  })

  it('leaves the files in place when nothing is saved', async () => {
    await savePackCache(state({ packSucceeded: false }), { uid: 0, gid: 0, env: s.env })
    expect(existsSync(path.join(cacheHome, 'pip', 'flask.whl'))).toBe(true)
  })
})
