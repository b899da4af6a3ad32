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
import type { PostState } from '../../src/action/state.js'
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
jest.unstable_mockModule('../../src/action/state.js', () => ({
  saveState: (patch: Partial<PostState>) => {
    recorded = { ...recorded, ...patch }
  },
  loadState: () => recorded
}))

const { restorePackCache, savePackCache, prepareCacheHome } =
  await import('../../src/pack/cache.js')
const { packProject, packRock } = await import('../../src/pack/pack.js')
const { cacheArchiveProblem } = await import('../../src/pack/cache-archive.js')
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

/** Sets an extended attribute (node has no call for it; Debian's python3 has). */
const setXattr = (file: string, name: string, value: string): void => {
  execFileSync('/usr/bin/python3', [
    '-c',
    'import os, sys; os.setxattr(sys.argv[1], sys.argv[2], sys.argv[3].encode(), follow_symlinks=False)',
    file,
    name,
    value
  ])
}
const getXattr = (file: string, name: string): string =>
  execFileSync(
    '/usr/bin/python3',
    [
      '-c',
      'import os, sys; print(os.getxattr(sys.argv[1], sys.argv[2]).decode(), end="")',
      file,
      name
    ],
    { encoding: 'utf8' }
  )

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
  it('brings back every file exactly: numeric owners, odd modes, timestamps, links, user xattrs', async () => {
    // main: a miss, then the build's cache home, as the pack stage makes it.
    expect(await restorePackCache(restoreOpts())).toMatchObject({ exactHit: false, restored: [] })
    await prepareCacheHome(cacheHome, s.env)
    // What a destructive build leaves: root's and _daemon_'s files, read-only Go module dirs.
    const files: [string, number, number][] = [
      ['pip/wheels/5f/flask-3.0.0-py3-none-any.whl', 0, 0o644],
      ['rockcraft/stage-packages/bin/su', 0, 0o755],
      ['rockcraft/stage-packages/usr/bin/wall', DAEMON, 0o750],
      ['rockcraft/stage-packages/var/lib/pebble/default/layer.yaml', DAEMON, 0o664],
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
    setXattr(path.join(cacheHome, 'chisel', 'secret'), 'user.flask-rock', 'kept')
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
      `sudo tar --create --file ${archiveDir}/downloads.tar --format=posix --numeric-owner --preserve-permissions --xattrs --xattrs-include=user.* --directory ${cacheHome} .`,
      `sudo tar --create --file ${archiveDir}/base-image.tar --format=posix --numeric-owner --preserve-permissions --xattrs --xattrs-include=user.* --directory ${project} images/ubuntu:24.04`
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
    expect(getXattr(path.join(cacheHome, 'chisel', 'secret'), 'user.flask-rock')).toBe('kept')
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
      `sudo tar --create --file ${archiveDir}/downloads.tar --format=posix --numeric-owner --preserve-permissions --xattrs --xattrs-include=user.* --directory ${cacheHome} .`
    ])
    await savePackCache({ ...tampered, cacheKey: 'k-2', cacheBase: 'ubuntu@24.04' }, saveOpts())
    expect(s.calls()).toHaveLength(3)
    expect(s.calls()[2]).toMatch(/downloads\.tar/)
  })
})

describeAsRoot('a poisoned pack cache: listed before root unpacks it, refused whole', () => {
  /** What a hostile cache entry holds: a tree made by `make`, archived by real tar with every xattr. */
  async function plant(
    archive: 'downloads.tar' | 'base-image.tar',
    make: (root: string) => void,
    extraTar: string[] = []
  ): Promise<string> {
    await restorePackCache(restoreOpts()) // a miss: records the key the next restore asks for
    const key = recorded.cacheKey!
    const craft = path.join(s.dir, 'craft')
    const root = archive === 'downloads.tar' ? craft : path.join(craft, 'images', 'ubuntu:24.04')
    mkdirSync(root, { recursive: true })
    chmodSync(root, 0o755)
    make(root)
    mkdirSync(archiveDir, { recursive: true })
    const member = archive === 'downloads.tar' ? '.' : 'images/ubuntu:24.04'
    execFileSync('tar', [
      '--create',
      '--file',
      path.join(archiveDir, archive),
      '--format=posix',
      '--numeric-owner',
      '--preserve-permissions',
      '--xattrs',
      '--xattrs-include=*',
      ...extraTar,
      '--directory',
      craft,
      member
    ])
    await saveCache([archiveDir], key)
    rmSync(archiveDir, { recursive: true, force: true })
    rmSync(craft, { recursive: true, force: true })
    recorded = {}
    return key
  }

  /** Restores, and returns what the run printed. */
  async function restoreLogged(): Promise<{
    result: Awaited<ReturnType<typeof restorePackCache>>
    log: string
  }> {
    let log = ''
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      log += String(chunk)
      return true
    })
    try {
      return { result: await restorePackCache(restoreOpts()), log }
    } finally {
      write.mockRestore()
    }
  }

  const outside = () => path.join(s.dir, 'outside')

  it.each<[string, 'downloads.tar' | 'base-image.tar', (root: string) => void, string]>([
    [
      'an absolute link',
      'downloads.tar',
      root => {
        mkdirSync(path.join(root, 'pip'))
        symlinkSync('/etc', path.join(root, 'pip', 'http'))
      },
      '"pip/http" is a link to "/etc", outside the cache'
    ],
    [
      'a relative link leaving the cache',
      'downloads.tar',
      root => symlinkSync('../../../root', path.join(root, 'chisel')),
      '"chisel" is a link to "../../../root", outside the cache'
    ],
    [
      'a link leaving the base image for the project',
      'base-image.tar',
      root => symlinkSync('../../app.py', path.join(root, 'index.json')),
      '"images/ubuntu:24.04/index.json" is a link to "../../app.py", outside the cache'
    ],
    [
      'a character device',
      'downloads.tar',
      root => execFileSync('mknod', ['-m', '666', path.join(root, 'null'), 'c', '1', '3']),
      '"null" is a character device node'
    ],
    [
      'a block device',
      'downloads.tar',
      root => execFileSync('mknod', ['-m', '600', path.join(root, 'disk'), 'b', '7', '0']),
      '"disk" is a block device node'
    ],
    [
      'a FIFO',
      'downloads.tar',
      root => execFileSync('mkfifo', [path.join(root, 'pipe')]),
      '"pipe" is a FIFO'
    ],
    [
      'a setuid-root program',
      'downloads.tar',
      root => {
        mkdirSync(path.join(root, 'pip'))
        writeFileSync(path.join(root, 'pip', 'sh'), '#!/bin/sh\n')
        chmodSync(path.join(root, 'pip', 'sh'), 0o4755)
      },
      '"pip/sh" is setuid or setgid (mode 4755), which no download the build caches is'
    ],
    [
      'a setgid file',
      'base-image.tar',
      root => {
        writeFileSync(path.join(root, 'oci-layout'), '{}')
        chmodSync(path.join(root, 'oci-layout'), 0o2755)
      },
      '"images/ubuntu:24.04/oci-layout" is setuid or setgid (mode 2755), which no download the build caches is'
    ],
    [
      'a file capability',
      'downloads.tar',
      root => {
        writeFileSync(path.join(root, 'go'), 'ELF')
        execFileSync('/usr/bin/python3', [
          '-c',
          'import os, sys; os.setxattr(sys.argv[1], "security.capability", bytes.fromhex("0100000200200000000000000000000000000000"))',
          path.join(root, 'go')
        ])
      },
      '"go" carries the extended attribute "security.capability" (the cache save keeps user.* only)'
    ],
    [
      'a trusted.* attribute',
      'downloads.tar',
      root => {
        writeFileSync(path.join(root, 'x'), 'x')
        execFileSync('/usr/bin/python3', [
          '-c',
          'import os, sys; os.setxattr(sys.argv[1], "trusted.overlay.opaque", b"y")',
          path.join(root, 'x')
        ])
      },
      '"x" carries the extended attribute "trusted.overlay.opaque" (the cache save keeps user.* only)'
    ],
    [
      'a cache root made 0777',
      'downloads.tar',
      root => chmodSync(root, 0o777),
      'the cache\'s root "." is writable by anyone (mode 777)'
    ],
    [
      'a base image root writable by its group',
      'base-image.tar',
      root => chmodSync(root, 0o775),
      'the cache\'s root "images/ubuntu:24.04" is writable by its group (mode 775)'
    ],
    [
      'a world-writable file',
      'downloads.tar',
      root => {
        writeFileSync(path.join(root, 'wheel.whl'), 'w')
        chmodSync(path.join(root, 'wheel.whl'), 0o666)
      },
      '"wheel.whl" is writable by anyone (mode 666)'
    ],
    [
      'a world-writable directory without the sticky bit',
      'downloads.tar',
      root => {
        mkdirSync(path.join(root, 'pip'))
        chmodSync(path.join(root, 'pip'), 0o777)
      },
      '"pip" is writable by anyone (mode 777)'
    ]
  ])('refuses %s, warns and packs cold', async (_what, archive, make, why) => {
    mkdirSync(outside())
    const key = await plant(archive, make)
    const { result, log } = await restoreLogged()
    expect(result).toEqual({
      key,
      exactHit: false,
      restored: [],
      refused: `${archive}: ${why}`
    })
    expect(log).toContain(
      `::warning::Pack cache: refused ${key}, packing without it: ${archive}: ${why}\n`
    )
    // Nothing unpacked, nothing recorded as restored, the archive gone.
    expect(s.calls().filter(c => c.startsWith('sudo tar'))).toEqual([])
    expect(existsSync(cacheHome)).toBe(false)
    expect(existsSync(path.join(project, 'images'))).toBe(false)
    expect(recorded.cacheMatchedKey).toBeUndefined()
    expect(existsSync(archiveDir)).toBe(false)
  })

  it('refuses an entry below a link the archive made, even one pointing inside', async () => {
    const key = await plant(
      'downloads.tar',
      root => {
        mkdirSync(path.join(root, 'real'))
        symlinkSync('real', path.join(root, 'lnk'))
        mkdirSync(path.join(root, 'zz'))
        writeFileSync(path.join(root, 'zz', 'f'), 'f')
      },
      // tar names zz/f as lnk/f: written after the link, tar would follow it.
      ['--transform', 's,^\\./zz,./lnk,', '--sort=name']
    )
    const { result } = await restoreLogged()
    expect(result).toMatchObject({
      key,
      restored: [],
      refused: 'downloads.tar: "lnk/f" lies below a link'
    })
  })

  it('never restores the base image through a project whose images/ is a link', async () => {
    const key = await plant('base-image.tar', root =>
      writeFileSync(path.join(root, 'index.json'), '{}')
    )
    mkdirSync(outside())
    symlinkSync(outside(), path.join(project, 'images'))
    const { result, log } = await restoreLogged()
    const why = `base-image.tar: ${path.join(project, 'images')} is a symbolic link or not a directory; the cache is never restored through one`
    expect(result).toEqual({ key, exactHit: false, restored: [], refused: why })
    expect(log).toContain(`::warning::Pack cache: refused ${key}, packing without it: ${why}\n`)
    expect(readdirSync(outside())).toEqual([])
    expect(s.calls().filter(c => c.startsWith('sudo tar'))).toEqual([])
  })

  it('restores a sticky world-writable directory and user.* attributes, as the build may leave them', async () => {
    await plant('downloads.tar', root => {
      mkdirSync(path.join(root, 'tmp'))
      chmodSync(path.join(root, 'tmp'), 0o1777)
      writeFileSync(path.join(root, 'w'), 'w')
      setXattr(path.join(root, 'w'), 'user.origin', 'pip')
    })
    const { result } = await restoreLogged()
    expect(result).toMatchObject({ exactHit: true, restored: [`downloads.tar -> ${cacheHome}`] })
    expect(lstatSync(path.join(cacheHome, 'tmp')).mode & 0o7777).toBe(0o1777)
    expect(getXattr(path.join(cacheHome, 'w'), 'user.origin')).toBe('pip')
  })
})

describe('cacheArchiveProblem on what is no archive of the save', () => {
  it('refuses garbage, a truncated archive and a pax header claiming a gigabyte', () => {
    const dir = path.join(s.dir, 'bad')
    mkdirSync(path.join(dir, 'tree'), { recursive: true })
    writeFileSync(path.join(dir, 'tree', 'f'), 'x'.repeat(5000))
    const good = path.join(dir, 'good.tar')
    execFileSync('tar', [
      '--create',
      '--format=posix',
      '--file',
      good,
      '--directory',
      path.join(dir, 'tree'),
      '.'
    ])
    const bytes = readFileSync(good)
    const garbage = path.join(dir, 'garbage.tar')
    writeFileSync(garbage, Buffer.alloc(2048, 0x41))
    const truncated = path.join(dir, 'truncated.tar')
    writeFileSync(truncated, bytes.subarray(0, 3 * 512))
    // The first header is a pax header ('x'); claim a 1 GiB body (size field, checksum redone).
    const giant = Buffer.from(bytes)
    expect(String.fromCharCode(giant[156])).toBe('x')
    giant.write('10000000000\0', 124, 'latin1')
    giant.write('        ', 148, 'latin1')
    let sum = 0
    for (let i = 0; i < 512; i++) sum += giant[i]
    giant.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1')
    const paxGiant = path.join(dir, 'pax-giant.tar')
    writeFileSync(paxGiant, giant)
    return Promise.all([
      expect(cacheArchiveProblem(good, '.')).resolves.toBeUndefined(),
      expect(cacheArchiveProblem(garbage, '.')).resolves.toBe(
        'it is no archive the cache save writes: a tar header is damaged (bad checksum)'
      ),
      expect(cacheArchiveProblem(truncated, '.')).resolves.toBe(
        'it is no archive the cache save writes: a tar archive ends before its end-of-archive marker'
      ),
      expect(cacheArchiveProblem(paxGiant, '.')).resolves.toBe(
        'it is no archive the cache save writes: a tar extended header claims 1073741824 bytes (at most 1048576 are read)'
      )
    ])
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
