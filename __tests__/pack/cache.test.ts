// The pack cache's restore (main) and save (post) as they run on a runner: the post step runs as
// the runner user (uid 1001 here), rockcraft's files belong to root and to _daemon_ (584792).
// Real: tar, chown, install, mkdir (through the sudo stand-in, as root) and Debian's pip.
// Stand-in: GitHub's cache service (it does not exist here), played by the runner user's own tar,
// as @actions/cache runs it: no --same-owner, no --preserve-permissions.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { createHash } from 'node:crypto'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { PackProject } from '../../src/pack/pack.js'
import type { PostState } from '../../src/state.js'
import { makeStandIns, type StandIns } from '../stand-ins/standins.js'
import { describeWith } from '../support/real-parts.js'

const RUNNER = 1001
const DAEMON = 584792

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

const { restorePackCache, savePackCache, prepareCacheHome } =
  await import('../../src/pack/cache.js')
const { packProject, packRock } = await import('../../src/pack/pack.js')
const { checkProject } = await import('../../src/core/index.js')

const describeAsRoot = await describeWith('the pack cache tests (owners, setuid, pip as root)', {
  root: true,
  tools: ['tar', 'setpriv', 'install'],
  pythonModules: ['pip']
})

const asRunner = (args: string[]): string =>
  execFileSync(
    'setpriv',
    ['--reuid', String(RUNNER), '--regid', String(RUNNER), '--clear-groups', ...args],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
  )

/** What pip running as root (as the destructive build does) says of a cache directory. */
const pipAsRoot = (cacheDir: string): string => {
  const r = spawnSync('/usr/bin/python3', ['-m', 'pip', '--cache-dir', cacheDir, 'cache', 'list'], {
    encoding: 'utf8'
  })
  return `${r.stdout}${r.stderr}`
}

let s: StandIns
let home: string
let project: string
let cacheHome: string
let archiveDir: string
let service: string
let checked: PackProject

/** Every file under each root, by lstat: owner, group, mode bits, size, mtime to the ns, link count, target, bytes. */
function stats(...roots: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (p: string): void => {
    const st = lstatSync(p, { bigint: true })
    const what = st.isSymbolicLink()
      ? `-> ${readlinkSync(p)}`
      : st.isFile()
        ? createHash('sha256').update(readFileSync(p)).digest('hex').slice(0, 16)
        : ''
    out[p] =
      `uid=${st.uid} gid=${st.gid} mode=${st.mode.toString(8)} size=${st.isDirectory() ? '-' : st.size} mtime=${st.mtimeNs} nlink=${st.isDirectory() ? '-' : st.nlink} ${what}`
    if (st.isDirectory()) for (const e of readdirSync(p).sort()) walk(path.join(p, e))
  }
  for (const r of roots) walk(r)
  return out
}

beforeEach(async () => {
  s = makeStandIns({ RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' })
  s.install('rockcraft')
  chmodSync(s.dir, 0o755)
  // The runner user's home, as on a runner; the project in the workspace.
  home = path.join(s.dir, 'home')
  mkdirSync(path.join(home, '.cache'), { recursive: true })
  cacheHome = path.join(home, '.cache', 'flask-rock')
  archiveDir = path.join(home, '.cache', 'flask-rock-archive')
  service = path.join(s.dir, 'cache-service')
  mkdirSync(service)
  project = path.join(s.dir, 'work', 'flask-sync')
  cpSync(path.join(import.meta.dirname ?? '', '../../examples/flask-sync'), project, {
    recursive: true
  })
  if (process.getuid?.() === 0) {
    for (const d of [home, path.join(home, '.cache'), service]) chownSync(d, RUNNER, RUNNER)
  }
  checked = packProject(await checkProject(project))
  recorded = {}
  isFeatureAvailable.mockReset().mockReturnValue(true)
  // The cache service: entries saved and restored by the runner user's tar.
  saveCache.mockReset().mockImplementation(async (paths, key) => {
    asRunner(['tar', '--create', '--absolute-names', '--file', path.join(service, key), ...paths])
    return 1
  })
  restoreCache.mockReset().mockImplementation(async (_paths, key, restoreKeys = []) => {
    const saved = readdirSync(service)
    const match = saved.includes(key)
      ? key
      : restoreKeys
          .map(prefix =>
            saved
              .filter(k => k.startsWith(prefix))
              .sort()
              .at(-1)
          )
          .find(Boolean)
    if (!match) return undefined
    asRunner(['tar', '--extract', '--absolute-names', '--file', path.join(service, match)])
    return match
  })
})
afterEach(() => s.remove())

const restoreOpts = (over = {}) => ({
  enabled: true,
  mode: 'destructive' as const,
  project: checked,
  revision: '3339',
  env: s.env,
  cacheHome,
  archiveDir,
  ...over
})
const saveOpts = () => ({ env: s.env, projectDir: project, cacheHome, archiveDir })
const BASE_IMAGE = () => path.join(project, 'images', 'ubuntu:24.04')

describeAsRoot('the pack cache, saved by the runner user and restored for a root build', () => {
  it('brings back every file exactly: numeric owners, setuid and odd modes, timestamps, links', async () => {
    // main: a miss, then the build's cache home, as the pack stage makes it.
    expect(await restorePackCache(restoreOpts())).toMatchObject({ exactHit: false, restored: [] })
    await prepareCacheHome(cacheHome, s.env)
    // What a destructive build leaves: root's and _daemon_'s files, read-only Go module dirs.
    const files: [string, number, number][] = [
      ['pip/wheels/5f/flask-3.0.0-py3-none-any.whl', 0, 0o644],
      ['rockcraft/stage-packages/bin/su', 0, 0o4755],
      ['rockcraft/stage-packages/usr/bin/wall', DAEMON, 0o2755],
      ['rockcraft/stage-packages/var/lib/pebble/default/layer.yaml', DAEMON, 0o777],
      ['go-mod/github.com/x/y@v1/go.mod', 0, 0o444],
      ['chisel/secret', DAEMON, 0o600],
      ['chisel/nothing', 0, 0o000]
    ]
    for (const [rel, owner, mode] of files) {
      const f = path.join(cacheHome, rel)
      mkdirSync(path.dirname(f), { recursive: true })
      writeFileSync(f, rel)
      chownSync(f, owner, owner)
      chmodSync(f, mode)
    }
    const tmp = path.join(cacheHome, 'rockcraft', 'stage-packages', 'tmp')
    mkdirSync(tmp)
    chmodSync(tmp, 0o1777)
    chownSync(path.join(cacheHome, 'rockcraft', 'stage-packages', 'var'), DAEMON, DAEMON)
    chmodSync(path.join(cacheHome, 'go-mod', 'github.com', 'x', 'y@v1'), 0o555)
    symlinkSync('su', path.join(cacheHome, 'rockcraft', 'stage-packages', 'bin', 'sux'))
    linkSync(
      path.join(cacheHome, 'rockcraft', 'stage-packages', 'bin', 'su'),
      path.join(cacheHome, 'rockcraft', 'stage-packages', 'bin', 'su.hard')
    )
    const old = new Date('2001-02-03T04:05:06.789Z')
    utimesSync(path.join(cacheHome, 'chisel', 'secret'), old, old)
    mkdirSync(path.join(BASE_IMAGE(), 'blobs', 'sha256'), { recursive: true })
    writeFileSync(path.join(BASE_IMAGE(), 'blobs', 'sha256', 'aa'), 'layer')
    writeFileSync(path.join(BASE_IMAGE(), 'index.json'), '{}')
    // The project's own build dirs are no cache of ours.
    mkdirSync(path.join(project, 'parts', 'flask-framework', 'install-app'), { recursive: true })
    writeFileSync(path.join(project, 'parts', 'flask-framework', 'install-app', 'old.py'), 'gone')
    const before = stats(cacheHome, BASE_IMAGE())

    // post, after a successful pack: what main recorded.
    await savePackCache({ ...recorded, isPost: true, packSucceeded: true }, saveOpts())
    expect(saveCache).toHaveBeenCalledWith([archiveDir], recorded.cacheKey!)
    expect(s.calls()).toEqual([
      `sudo install -d -o 0 -g 0 ${cacheHome}`,
      `sudo tar --create --file ${archiveDir}/downloads.tar --format=posix --numeric-owner --preserve-permissions --xattrs --xattrs-include=* --directory ${cacheHome} .`,
      `sudo tar --create --file ${archiveDir}/base-image.tar --format=posix --numeric-owner --preserve-permissions --xattrs --xattrs-include=* --directory ${project} images/ubuntu:24.04`
    ])
    expect(existsSync(archiveDir)).toBe(false)

    // A fresh runner: nothing of the last run is left.
    rmSync(cacheHome, { recursive: true, force: true })
    rmSync(path.join(project, 'images'), { recursive: true, force: true })
    rmSync(path.join(project, 'parts'), { recursive: true, force: true })
    const r = await restorePackCache(restoreOpts())
    expect(r.exactHit).toBe(true)
    expect(r.restored).toEqual([
      `downloads.tar -> ${cacheHome}`,
      `base-image.tar -> ${BASE_IMAGE()}`
    ])
    expect(stats(cacheHome, BASE_IMAGE())).toEqual(before)
    expect(existsSync(path.join(project, 'parts'))).toBe(false)
    expect(existsSync(archiveDir)).toBe(false)
  })

  it('gives pip, running as root, a cache it uses: on the first pack and after a restore', async () => {
    const pipDir = path.join(cacheHome, 'pip')
    await restorePackCache(restoreOpts())
    // On a runner the home is the runner user's: pip as root refuses a cache below it.
    expect(pipAsRoot(pipDir)).toBe(
      `WARNING: The directory '${pipDir}' or its parent directory is not owned or is not writable by the current user. The cache has been disabled. Check the permissions and owner of that directory. If executing pip with sudo, you should use sudo's -H flag.\nERROR: pip cache commands can not function since cache is disabled.\n`
    )
    await prepareCacheHome(cacheHome, s.env)
    expect(lstatSync(cacheHome).uid).toBe(0)
    expect(lstatSync(path.dirname(cacheHome)).uid).toBe(RUNNER)
    expect(pipAsRoot(pipDir)).toBe('No locally built wheels cached.\n')

    // The first pack builds a wheel into the cache (the rockcraft stand-in, as root, like pip).
    await packRock({
      projectDir: project,
      ...checked,
      packed: checked.platforms,
      mode: 'destructive',
      verbosity: 'brief',
      env: s.env,
      cacheHome
    })
    await savePackCache({ ...recorded, isPost: true, packSucceeded: true }, saveOpts())
    rmSync(cacheHome, { recursive: true, force: true })
    expect(await restorePackCache(restoreOpts())).toMatchObject({ exactHit: true })
    expect(pipAsRoot(pipDir)).toBe('Cache contents:\n\n - flask-3.0.0-py3-none-any.whl (5 bytes)\n')
  })

  it('archives only the places it knows, whatever the saved state names', async () => {
    await prepareCacheHome(cacheHome, s.env)
    writeFileSync(path.join(cacheHome, 'x'), 'x')
    // A project whose images/ is a link out of it is not archived as root.
    const elsewhere = path.join(s.dir, 'elsewhere', 'ubuntu:24.04')
    mkdirSync(elsewhere, { recursive: true })
    symlinkSync(path.dirname(elsewhere), path.join(project, 'images'))
    const tampered = {
      isPost: true,
      cacheKey: 'k-1',
      cacheBase: '../../../etc',
      packSucceeded: true,
      cachePaths: ['/etc', '/root']
    } as PostState
    await savePackCache(tampered, saveOpts())
    expect(s.calls()).toEqual([
      `sudo install -d -o 0 -g 0 ${cacheHome}`,
      `sudo tar --create --file ${archiveDir}/downloads.tar --format=posix --numeric-owner --preserve-permissions --xattrs --xattrs-include=* --directory ${cacheHome} .`
    ])
    await savePackCache({ ...tampered, cacheKey: 'k-2', cacheBase: 'ubuntu@24.04' }, saveOpts())
    expect(s.calls()).toHaveLength(3)
    expect(s.calls()[2]).toMatch(/downloads\.tar/)
  })
})

describe('restorePackCache', () => {
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

  it('asks for the one archive directory under the key, then the same revision, then any', async () => {
    restoreCache.mockResolvedValue(undefined)
    const r = await restorePackCache(restoreOpts())
    expect(r.key).toMatch(
      /^flask-rock-pack-v2-Linux-X64-destructive-ubuntu@24.04-ubuntu@24.04-shared-rev3339-[0-9a-f]{64}$/
    )
    expect(restoreCache).toHaveBeenCalledWith([archiveDir], r.key!, [
      'flask-rock-pack-v2-Linux-X64-destructive-ubuntu@24.04-ubuntu@24.04-shared-rev3339-',
      'flask-rock-pack-v2-Linux-X64-destructive-ubuntu@24.04-ubuntu@24.04-shared-'
    ])
    expect(recorded).toEqual({ cacheKey: r.key, cacheBase: 'ubuntu@24.04' })
  })

  it('turns a cache failure into a warning and packs cold', async () => {
    restoreCache.mockRejectedValue(new Error('socket hang up'))
    const r = await restorePackCache(restoreOpts())
    expect(r).toEqual({ exactHit: false, restored: [] })
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
    cacheBase: 'ubuntu@24.04',
    packSucceeded: true,
    ...over
  })

  it.each([
    ['the pack failed', { packSucceeded: false }],
    ['the pack never ran', { packSucceeded: undefined }],
    ['the key was an exact hit', { cacheMatchedKey: 'k-new' }],
    ['main recorded no key (caching skipped)', { cacheKey: undefined }]
  ])('does not save when %s', async (_what, over) => {
    await savePackCache(state(over), saveOpts())
    expect(saveCache).not.toHaveBeenCalled()
    expect(s.calls()).toEqual([])
  })

  it('does not save without a cache service, or with nothing to archive', async () => {
    isFeatureAvailable.mockReturnValue(false)
    await savePackCache(state(), saveOpts())
    isFeatureAvailable.mockReturnValue(true)
    await savePackCache(state(), saveOpts()) // no cache home, no images/
    expect(saveCache).not.toHaveBeenCalled()
    expect(s.calls()).toEqual([])
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
    ['a failing tar', () => s.scenario([{ match: 'sudo tar', fail: 1, stderr: 'tar: short read' }])]
  ])('survives %s and leaves no archive behind', async (_what, arrange) => {
    mkdirSync(cacheHome, { recursive: true })
    writeFileSync(path.join(cacheHome, 'x'), 'x')
    arrange()
    await expect(savePackCache(state(), saveOpts())).resolves.toBeUndefined()
    expect(existsSync(archiveDir)).toBe(false)
    expect(readFileSync(path.join(cacheHome, 'x'), 'utf8')).toBe('x')
  })
})
