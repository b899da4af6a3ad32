// The pack cache: what destructive builds download, carried from one run to the next.
//
// What is cached, and why no more (README, "Caching"):
// - XDG_CACHE_HOME of the build (destructiveCacheHome): pip's wheels and HTTP cache, rockcraft's
//   stage-package downloads, chisel's slices, Go's build cache and module cache (GOMODCACHE is
//   pointed there by packCommand).
// - The base image rockcraft downloads into images/<image> in the project (ubuntu bases; bare
//   has none).
// Not cached: parts/, stage/ and prime/. A checkout gives every project file a new mtime, so
//   craft-parts re-runs every part whose source is the project ("." in the dependencies and
//   install-app parts) anyway; and its local-source update copies changed files without removing
//   deleted ones, so a restored install-app part would ship files the commit no longer has.
//   bundles/ is removed and unpacked again by every pack. A managed (LXD) build reads nothing from
//   the host but the project, so nothing is cached there.
//
// How: the build runs as root and leaves root-owned files (pip uses a cache dir as root only when
// root owns it), so the runner user's tar inside @actions/cache cannot carry them faithfully. The
// post step archives them as root with numeric owners, modes, timestamps and user.* xattrs, and
// @actions/cache saves that archive; main lists it, refuses it when it holds what the build's
// caches never hold (cache-archive.ts), and otherwise unpacks it as root before packing.
import { createHash } from 'node:crypto'
import { lstat, mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { homedir } from 'node:os'
import * as path from 'node:path'
import * as cache from '@actions/cache'
import * as core from '../action/runner-io.js'
import { getInputs } from '../action/context.js'
import { runOk } from '../process/exec.js'
import { cacheArchiveProblem } from './cache-archive.js'
import { seconds } from '../action/report.js'
import { destructiveCacheHome, type PackProject } from './pack.js'
import type { PackMode } from './mode.js'
import { normalizeBase } from './mode.js'
import { saveState, type PostState } from '../action/state.js'

const KEY_VERSION = 'flask-rock-pack-v2'

/** What decides the pack cache's key. */
export interface CacheKeyInput {
  runnerOs: string
  arch: string
  mode: PackMode
  base: string
  buildBase?: string
  /** The cache-scope input: empty, or a name that keeps these entries apart. */
  scope?: string
  /** The rockcraft snap revision installed for this pack. */
  revision: string
  /** What decides the dependencies, by file (see cacheDependencies). */
  dependencies: Record<string, string>
}

// Cache keys allow no commas and 512 characters: keep each part short and plain.
const sha = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex')
const safe = (s: string): string => {
  const plain = s.replace(/[^A-Za-z0-9._@-]+/g, '_')
  return plain === s && s.length <= 48 ? s : `${plain.slice(0, 35)}~${sha(s).slice(0, 12)}`
}

/** JSON with sorted keys, so that reordering a map does not change a hash. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    return `{${Object.keys(o)
      .sort()
      .map(k => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(v ?? null)
}

/**
 * key: runner OS, arch, mode, base/build-base, installed rockcraft revision, hash of the
 * dependencies: one entry per base/arch/dependency set, whatever the project's path.
 * restoreKeys, newest first: the same revision's other dependency sets, then any revision's
 * (downloads stay valid across both).
 */
export function packCacheKey(input: CacheKeyInput): { key: string; restoreKeys: string[] } {
  const platform = [
    KEY_VERSION,
    input.runnerOs,
    input.arch,
    input.mode,
    normalizeBase(input.base),
    normalizeBase(input.buildBase ?? input.base),
    // Always a segment, so that no prefix of one scope is a prefix of another's keys.
    input.scope ? `s.${input.scope}` : 'shared'
  ]
    .map(safe)
    .join('-')
  const withRevision = `${platform}-${safe(`rev${input.revision}`)}`
  const key = `${withRevision}-${sha(canonicalJson(input.dependencies))}`
  return { key, restoreKeys: [`${withRevision}-`, `${platform}-`] }
}

// Parts' fields that the extension fills from the project's top-level file names: they move
// app files around and download nothing. The part is flask-framework.install-app on 26.04.
const APP_FILE_FIELDS: Record<string, string[]> = {
  'flask-framework/install-app': ['organize', 'stage', 'prime'],
  'flask-framework.install-app': ['organize', 'stage', 'prime']
}

/**
 * What decides what a pack downloads and builds, by file: the bytes of each dependency file the
 * project check found (requirements.txt, pyproject.toml, and uv.lock when the uv plugin builds
 * from it), and for rockcraft.yaml the expanded
 * project's parts, platforms and package repositories (not its summary, version or services).
 */
export async function cacheDependencies(
  project: Pick<PackProject, 'dir' | 'dependencyFiles' | 'expanded'>
): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const file of project.dependencyFiles) {
    if (path.basename(file) === 'rockcraft.yaml') continue // decided by the expansion, below
    out[path.relative(project.dir, file)] = sha(await readFile(file))
  }
  const { expanded } = project
  const parts = Object.fromEntries(
    Object.entries((expanded.parts ?? {}) as Record<string, Record<string, unknown>>).map(
      ([name, part]) => [
        name,
        Object.fromEntries(
          Object.entries(part ?? {}).filter(([k]) => !APP_FILE_FIELDS[name]?.includes(k))
        )
      ]
    )
  )
  out['rockcraft.yaml'] = canonicalJson({
    parts,
    platforms: expanded.platforms,
    'package-repositories': expanded['package-repositories']
  })
  return out
}

/** Where the archives that @actions/cache saves and restores live: one fixed path, since the
 * cache service ties an entry to the paths it was saved from. */
export function cacheArchiveDir(): string {
  return path.join(homedir(), '.cache', 'flask-rock-archive')
}

/**
 * The directory under images/ where rockcraft keeps the base image it downloads
 * (`ubuntu@24.04` -> `ubuntu:24.04`); undefined for bare, which downloads none.
 */
export function baseImageDir(base: string): string | undefined {
  const m = /^ubuntu[@:]([0-9]{2}\.[0-9]{2})$/.exec(base)
  return m ? `ubuntu:${m[1]}` : undefined
}

/** The places the cache fills, each with the archive that carries it. */
export interface CacheTree {
  /** The archive's file name inside cacheArchiveDir(). */
  archive: string
  /** The directory tar runs in. */
  dir: string
  /** What tar archives and unpacks there: '.' for the whole directory. */
  member: string
}

/**
 * What the cache carries for a destructive build of `projectDir` on `base`: computed, never read
 * from the post state (a tampered state must not steer a root tar).
 */
export function cacheTrees(projectDir: string, base: string, cacheHome: string): CacheTree[] {
  const trees: CacheTree[] = [{ archive: 'downloads.tar', dir: cacheHome, member: '.' }]
  const image = baseImageDir(base)
  if (image) {
    trees.push({ archive: 'base-image.tar', dir: projectDir, member: `images/${image}` })
  }
  return trees
}

// Root's tar, keeping everything that decides the rock: numeric owners (the build's 584792 has no
// name on the runner), every mode bit, timestamps to the nanosecond (POSIX format), and the user.*
// xattrs only: the restore refuses any other (a file capability is security.*).
const TAR_KEEP = [
  '--numeric-owner',
  '--preserve-permissions',
  '--xattrs',
  '--xattrs-include=user.*'
]
const TAR_TIMEOUT = 20 * 60_000

/** tar's argv that archives a tree (run as root). */
export function tarCreateArgs(archive: string, tree: CacheTree): string[] {
  const at = ['--directory', tree.dir, tree.member]
  return ['tar', '--create', '--file', archive, '--format=posix', ...TAR_KEEP, ...at]
}

/** tar's argv that unpacks a tree's archive (run as root): only its member, owners kept. */
export function tarExtractArgs(archive: string, tree: CacheTree): string[] {
  // Only the member this archive is for: a cache entry cannot write elsewhere in the project.
  const only = tree.member === '.' ? [] : [tree.member]
  const at = ['--directory', tree.dir, ...only]
  return ['tar', '--extract', '--file', archive, ...TAR_KEEP, '--same-owner', ...at]
}

/** The build's cache home, owned by root as pip running as root requires, its parent ours. */
export async function prepareCacheHome(cacheHome: string, env: NodeJS.ProcessEnv): Promise<void> {
  await mkdir(path.dirname(cacheHome), { recursive: true })
  await runOk('sudo', ['install', '-d', '-o', '0', '-g', '0', cacheHome], {
    what: 'make the build cache directory, owned by root',
    timeoutMs: 60_000,
    env
  })
}

export interface RestoreOptions {
  enabled: boolean
  mode: PackMode
  project: Pick<PackProject, 'dir' | 'base' | 'buildBase' | 'dependencyFiles' | 'expanded'>
  /** The rockcraft revision installed for this pack. */
  revision: string
  scope?: string
  env?: NodeJS.ProcessEnv
  cacheHome?: string
  archiveDir?: string
}

export interface RestoreResult {
  /** Why nothing was restored or will be saved, when so. */
  skipped?: string
  key?: string
  matchedKey?: string
  exactHit: boolean
  /** What was unpacked, as "<archive> -> <dir>/<member>". */
  restored: string[]
  /** Why the entry found was not unpacked (a warning said so): the pack runs cold. */
  refused?: string
}

/** Restores the pack cache and records in the post state what to save. Never throws. */
export async function restorePackCache(opts: RestoreOptions): Promise<RestoreResult> {
  const skip = (why: string): RestoreResult => {
    core.info(`Pack cache: ${why}`)
    core.setOutput('cache-hit', 'false')
    return { skipped: why, exactHit: false, restored: [] }
  }
  if (!opts.enabled) return skip('off (input cache is false)')
  if (opts.mode !== 'destructive') {
    return skip(
      `not used in ${opts.mode} mode: a managed build keeps its downloads inside its LXD instance, where restored files cannot reach (build-mode auto picks destructive on a runner of the build base's release)`
    )
  }
  const { project } = opts
  const env = opts.env ?? process.env
  const archiveDir = opts.archiveDir ?? cacheArchiveDir()
  const trees = cacheTrees(project.dir, project.base, opts.cacheHome ?? destructiveCacheHome())
  try {
    if (!cache.isFeatureAvailable()) {
      return skip('no cache service here (a fork, GHES or a local run)')
    }
    const { key, restoreKeys } = packCacheKey({
      runnerOs: env.RUNNER_OS ?? process.platform,
      arch: env.RUNNER_ARCH ?? process.arch,
      mode: opts.mode,
      base: project.base,
      buildBase: project.buildBase,
      scope: opts.scope,
      revision: opts.revision,
      dependencies: await cacheDependencies(project)
    })
    saveState({ cacheKey: key, cacheBase: project.base })
    const started = Date.now()
    await rm(archiveDir, { recursive: true, force: true })
    const matchedKey = await cache.restoreCache([archiveDir], key, restoreKeys)
    const restored: string[] = []
    if (matchedKey !== undefined) {
      const present = new Set(await readdir(archiveDir).catch(() => [] as string[]))
      const found = trees.filter(t => present.has(t.archive))
      // Every archive is judged before any is unpacked: one refused, none is used.
      for (const tree of found) {
        const problem = await refusal(path.join(archiveDir, tree.archive), tree)
        if (problem) {
          await rm(archiveDir, { recursive: true, force: true })
          core.warning(
            `Pack cache: refused ${matchedKey}, packing without it: ${tree.archive}: ${problem}`
          )
          core.setOutput('cache-hit', 'false')
          return { key, exactHit: false, restored: [], refused: `${tree.archive}: ${problem}` }
        }
      }
      saveState({ cacheMatchedKey: matchedKey })
      for (const tree of found) {
        await unpack(path.join(archiveDir, tree.archive), tree, env)
        restored.push(`${tree.archive} -> ${path.join(tree.dir, tree.member)}`)
      }
    }
    await rm(archiveDir, { recursive: true, force: true })
    const exactHit = matchedKey === key
    const took = seconds(Date.now() - started)
    if (matchedKey === undefined) core.info(`Pack cache: miss for ${key}`)
    else
      core.info(
        `Pack cache: ${exactHit ? 'exact hit' : `partial hit on ${matchedKey} for`} ${key}, unpacked ${restored.join(', ') || 'nothing'} (in ${took})`
      )
    core.setOutput('cache-hit', String(exactHit))
    return { key, matchedKey, exactHit, restored }
  } catch (err) {
    core.warning(`Pack cache: restore failed, packing without it: ${(err as Error).message}`)
    core.setOutput('cache-hit', 'false')
    return { exactHit: false, restored: [] }
  }
}

/** Why root must not unpack this archive into its tree, or undefined. */
async function refusal(archive: string, tree: CacheTree): Promise<string | undefined> {
  // The project decides what its images/ is: a link there would take root's tar elsewhere.
  const link = await linkOnTheWay(tree.dir, tree.member)
  if (link)
    return `${link} is a symbolic link or not a directory; the cache is never restored through one`
  return cacheArchiveProblem(archive, tree.member)
}

/** The first step of `dir/member` that exists and is a symbolic link or no directory, or undefined. */
async function linkOnTheWay(dir: string, member: string): Promise<string | undefined> {
  const steps = member === '.' ? [] : member.split('/')
  for (let i = 0; i <= steps.length; i++) {
    const step = path.join(dir, ...steps.slice(0, i))
    const st = await lstat(step).catch(() => undefined)
    if (!st) return undefined // made by the restore, as a directory
    if (st.isSymbolicLink() || !st.isDirectory()) return step
  }
  return undefined
}

async function unpack(archive: string, tree: CacheTree, env: NodeJS.ProcessEnv): Promise<void> {
  // Parents are ours (a root-owned ~/.cache would lock the runner user out); the tree is root's.
  await mkdir(path.dirname(tree.dir), { recursive: true })
  await runOk('sudo', ['mkdir', '-p', tree.dir], {
    what: `make ${tree.dir} for the restored cache`,
    timeoutMs: 60_000,
    env
  })
  await runOk('sudo', tarExtractArgs(archive, tree), {
    what: `unpack the cached ${tree.archive} as root`,
    timeoutMs: TAR_TIMEOUT,
    env
  })
}

/** A real directory at `dir/member`, reached through no symbolic link. */
async function isPlainDir(dir: string, member: string): Promise<boolean> {
  const steps = member === '.' ? [] : member.split('/')
  for (let i = 0; i <= steps.length; i++) {
    const st = await lstat(path.join(dir, ...steps.slice(0, i))).catch(() => undefined)
    if (!st || st.isSymbolicLink() || !st.isDirectory()) return false
  }
  return true
}

export interface SaveOptions {
  env?: NodeJS.ProcessEnv
  /** The project directory; default: from the action's inputs, as main resolved it. */
  projectDir?: string
  cacheHome?: string
  archiveDir?: string
}

/** For the post step: saves after a successful pack that had no exact hit. Never throws. */
export async function savePackCache(state: PostState, opts: SaveOptions = {}): Promise<void> {
  const archiveDir = opts.archiveDir ?? cacheArchiveDir()
  try {
    const { cacheKey: key, cacheBase: base } = state
    if (!key || !base) return
    if (!state.packSucceeded) {
      core.info('Pack cache: not saved, the pack did not succeed')
      return
    }
    if (state.cacheMatchedKey === key) {
      core.info(`Pack cache: not saved, ${key} was an exact hit`)
      return
    }
    if (!cache.isFeatureAvailable()) {
      core.info('Pack cache: not saved, no cache service here')
      return
    }
    const env = opts.env ?? process.env
    // The places are the ones this code knows, from the inputs; the state only names the base,
    // which picks at most the ubuntu:NN.NN image directory.
    const projectDir = opts.projectDir ?? getInputs().projectPath
    const trees = cacheTrees(projectDir, base, opts.cacheHome ?? destructiveCacheHome())
    const started = Date.now()
    await rm(archiveDir, { recursive: true, force: true })
    await mkdir(archiveDir, { recursive: true })
    const archived: string[] = []
    for (const tree of trees) {
      if (!(await isPlainDir(tree.dir, tree.member))) continue
      await runOk('sudo', tarCreateArgs(path.join(archiveDir, tree.archive), tree), {
        what: `archive ${path.join(tree.dir, tree.member)} as root`,
        timeoutMs: TAR_TIMEOUT,
        env
      })
      archived.push(tree.archive)
    }
    if (archived.length === 0) {
      core.info('Pack cache: nothing to save')
      return
    }
    // @actions/cache reports most failures itself and answers -1.
    const id = await cache.saveCache([archiveDir], key)
    const took = seconds(Date.now() - started)
    if (id === -1) core.info(`Pack cache: ${key} was not saved (see the cache's message above)`)
    else core.info(`Pack cache: saved ${archived.join(', ')} as ${key} in ${took}`)
  } catch (err) {
    const e = err as Error
    if (e.name === 'ReserveCacheError') {
      core.info(`Pack cache: not saved, another job is saving the same key (${e.message})`)
    } else {
      core.warning(`Pack cache: save failed, the next run will start cold: ${e.message}`)
    }
  } finally {
    // Root-owned archives in our own directory: we may remove them.
    await rm(archiveDir, { recursive: true, force: true }).catch(() => {})
  }
}
