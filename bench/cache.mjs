#!/usr/bin/env node
// Benchmark of the pack cache's archive step (run as root, like the build it serves): a copy of a
// real tree (default: Debian's /usr/lib/python3/dist-packages, about the size of a flask rock's
// pip cache) with some files given to _daemon_ (584792) and setuid, archived and unpacked with the
// exact tar argv of src/pack/cache.ts. Prints the size, the time of each step, and how many files
// came back changed; then the same for the way before (chown -R to the runner user, then the
// runner user's tar, as @actions/cache runs it): how many owners and setuid bits that loses. Also
// the time of the listing the restore makes before root unpacks anything (src/pack/cache-archive.ts;
// the setuid files here are only there to prove the tar argv keeps mode bits: the restore itself
// refuses an archive holding one).
//   node bench/cache.mjs [dir]
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { performance } from 'node:perf_hooks'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

if (process.getuid?.() !== 0) {
  console.error('bench/cache.mjs archives files of other owners: run it as root')
  process.exit(2)
}
const repo = resolve(fileURLToPath(import.meta.url), '..', '..')
const source = process.argv[2] ?? '/usr/lib/python3/dist-packages'
const tree = mkdtempSync(join(tmpdir(), 'flask-rock-bench-cache-'))
const RUNNER = '1001'

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] })
const timed = (cmd, args) => {
  const t = performance.now()
  run(cmd, args)
  return (performance.now() - t) / 1000
}
/** One line per file: path, type, owner, group, mode, mtime (ns), size. */
// A directory's own size is the file system's business: files only.
const listing = dir =>
  run('find', [dir, '-printf', '%P %y %U %G %m %T@ %s\\n'])
    .toString()
    .split('\n')
    .map(line => (line.split(' ')[1] === 'd' ? line.replace(/ [0-9]+$/, '') : line))
    .sort()
const changed = (a, b) => a.filter((line, i) => line !== b[i]).length

try {
  execFileSync(
    join(repo, 'node_modules/.bin/tsc'),
    ['-p', repo, '--noEmit', 'false', '--outDir', join(tree, 'build')],
    { stdio: 'inherit' }
  )
  symlinkSync(join(repo, 'node_modules'), join(tree, 'build', 'node_modules'))
  const { cacheTrees, tarCreateArgs, tarExtractArgs } = await import(
    join(tree, 'build', 'src/pack/cache.js')
  )
  const { cacheEntries } = await import(join(tree, 'build', 'src/pack/cache-archive.js'))

  const cacheHome = join(tree, 'home', '.cache', 'flask-rock')
  mkdirSync(cacheHome, { recursive: true })
  run('cp', ['-a', source, join(cacheHome, 'pip')])
  // What a build leaves beside root's files: _daemon_'s, and setuid programs.
  const files = run('find', [cacheHome, '-type', 'f']).toString().trim().split('\n')
  files.forEach((f, i) => {
    if (i % 3 === 0) chownSync(f, 584792, 584792)
    if (i % 50 === 0) chmodSync(f, 0o4755)
  })
  const setuid = files.filter(f => (statSync(f).mode & 0o4000) !== 0).length
  const before = listing(cacheHome)
  const [downloads] = cacheTrees(join(tree, 'project'), 'bare', cacheHome)
  const archive = join(tree, 'downloads.tar')

  const create = timed('/usr/bin/env', tarCreateArgs(archive, downloads))
  const mb = statSync(archive).size / 1e6
  const listStarted = performance.now()
  const entries = (await cacheEntries(archive)).length
  const list = (performance.now() - listStarted) / 1000
  rmSync(cacheHome, { recursive: true })
  mkdirSync(cacheHome)
  const extract = timed('/usr/bin/env', tarExtractArgs(archive, downloads))
  const after = listing(cacheHome)

  // The way before: chown -R to the runner user, then the runner user's tar.
  run('chown', ['-R', `${RUNNER}:${RUNNER}`, cacheHome])
  chmodSync(tree, 0o755)
  const asRunner = ['--reuid', RUNNER, '--regid', RUNNER, '--clear-groups']
  mkdirSync(join(tree, 'runner'))
  chownSync(join(tree, 'runner'), Number(RUNNER), Number(RUNNER))
  const old = join(tree, 'runner', 'old.tar')
  const oldCreate = timed('setpriv', [
    ...asRunner,
    'tar',
    '--create',
    '-f',
    old,
    '-C',
    cacheHome,
    '.'
  ])
  rmSync(cacheHome, { recursive: true })
  mkdirSync(cacheHome)
  chownSync(cacheHome, Number(RUNNER), Number(RUNNER))
  timed('setpriv', [...asRunner, 'tar', '--extract', '-f', old, '-C', cacheHome])
  const oldAfter = listing(cacheHome)
  const setuidLeft = run('find', [cacheHome, '-perm', '-4000', '-type', 'f'])
    .toString()
    .trim()
    .split('\n')
    .filter(Boolean).length

  console.log(`tree: ${source}, ${files.length} files, ${mb.toFixed(1)} MB archived`)
  console.log(
    `root archive (cache.ts): create ${create.toFixed(2)} s, unpack ${extract.toFixed(2)} s; files changed: ${changed(before, after)} of ${before.length}`
  )
  console.log(
    `listing before the restore (cache-archive.ts): ${entries} entries in ${list.toFixed(2)} s`
  )
  console.log(
    `before (chown -R + runner's tar): create ${oldCreate.toFixed(2)} s; files changed: ${changed(before, oldAfter)} of ${before.length}; setuid files left: ${setuidLeft} of ${setuid}`
  )
} finally {
  rmSync(tree, { recursive: true, force: true })
}
