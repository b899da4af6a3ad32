// The pack cache: pip, stage-package, chisel and base-image downloads plus the parts' work,
// restored in main before packing and saved by the post step after a successful pack.
//
// Where the files reach the build: only destructive builds read them. rockcraft builds there
// in the project directory (parts/, stage/, prime/, so a warm pack is incremental) and keeps
// its downloads under XDG_CACHE_HOME, which packCommand points at destructiveCacheHome().
// A managed (LXD) build mounts nothing but the project into its instance and keeps its caches
// inside that instance, so restored files would never reach it: caching is skipped there.
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import * as cache from '@actions/cache'
import * as core from '@actions/core'
import { runOk } from '../exec.js'
import { seconds } from '../report.js'
import { destructiveCacheHome, type PackProject } from './pack.js'
import type { PackMode } from './mode.js'
import { normalizeBase } from './mode.js'
import { saveState, type PostState } from '../state.js'

const KEY_VERSION = 'flask-rock-pack-v1'

/** What decides the pack cache's key. */
export interface CacheKeyInput {
  runnerOs: string
  arch: string
  mode: PackMode
  base: string
  buildBase?: string
  channel: string
  revision: string
  /** The project's path inside the workspace: the parts' work belongs to one project. */
  projectId: string
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
 * key: runner OS, arch, mode, base/build-base, rockcraft channel or revision, project, hash of
 * the dependencies. restoreKeys: the same project's older caches, newest first (by prefix).
 */
export function packCacheKey(input: CacheKeyInput): { key: string; restoreKeys: string[] } {
  const rockcraft = input.revision ? `rev${input.revision}` : input.channel
  const prefix = [
    KEY_VERSION,
    input.runnerOs,
    input.arch,
    input.mode,
    normalizeBase(input.base),
    normalizeBase(input.buildBase ?? input.base),
    rockcraft,
    sha(input.projectId).slice(0, 12)
  ]
    .map(safe)
    .join('-')
  const deps = sha(canonicalJson(input.dependencies))
  const key = `${prefix}-${deps}`
  return { key, restoreKeys: [`${prefix}-`] }
}

// Parts' fields that the extension fills from the project's top-level file names: they move
// app files around and download nothing.
const APP_FILE_FIELDS: Record<string, string[]> = {
  'flask-framework/install-app': ['organize', 'stage', 'prime']
}

/**
 * What decides what a pack downloads and builds, by file: the bytes of each dependency file the
 * project check found (requirements.txt, pyproject.toml), and for rockcraft.yaml the expanded
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

/** What to cache for a mode; empty when restored files could not reach that build. */
export function packCachePaths(
  mode: PackMode,
  projectDir: string,
  cacheHome = destructiveCacheHome()
): string[] {
  if (mode !== 'destructive') return []
  return [cacheHome, ...['parts', 'stage', 'prime'].map(d => path.join(projectDir, d))]
}

export interface RestoreOptions {
  enabled: boolean
  mode: PackMode
  project: Pick<PackProject, 'dir' | 'base' | 'buildBase' | 'dependencyFiles' | 'expanded'>
  channel: string
  revision: string
  workspace?: string
  env?: NodeJS.ProcessEnv
  cacheHome?: string
}

export interface RestoreResult {
  /** Why nothing was restored or will be saved, when so. */
  skipped?: string
  key?: string
  matchedKey?: string
  exactHit: boolean
  paths: string[]
}

/** Restores the pack cache and records in the post state what to save. Never throws. */
export async function restorePackCache(opts: RestoreOptions): Promise<RestoreResult> {
  const skip = (why: string): RestoreResult => {
    core.info(`Pack cache: ${why}`)
    core.setOutput('cache-hit', 'false')
    return { skipped: why, exactHit: false, paths: [] }
  }
  if (!opts.enabled) return skip('off (input cache is false)')
  const { project } = opts
  const paths = packCachePaths(opts.mode, project.dir, opts.cacheHome)
  if (paths.length === 0) {
    return skip(
      `not used in ${opts.mode} mode: a managed build keeps its downloads inside its LXD instance, where restored files cannot reach (build-mode auto picks destructive on a runner of the build base's release)`
    )
  }
  const env = opts.env ?? process.env
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
      channel: opts.channel,
      revision: opts.revision,
      projectId:
        path.relative(opts.workspace ?? env.GITHUB_WORKSPACE ?? process.cwd(), project.dir) || '.',
      dependencies: await cacheDependencies(project)
    })
    saveState({ cacheKey: key, cachePaths: paths })
    const started = Date.now()
    const matchedKey = await cache.restoreCache(paths, key, restoreKeys)
    const exactHit = matchedKey === key
    const took = seconds(Date.now() - started)
    if (matchedKey === undefined) core.info(`Pack cache: miss for ${key}`)
    else
      core.info(
        `Pack cache: ${exactHit ? 'exact hit' : `partial hit on ${matchedKey} for`} ${key} (restored in ${took})`
      )
    if (matchedKey !== undefined) saveState({ cacheMatchedKey: matchedKey })
    core.setOutput('cache-hit', String(exactHit))
    return { key, matchedKey, exactHit, paths }
  } catch (err) {
    core.warning(`Pack cache: restore failed, packing without it: ${(err as Error).message}`)
    core.setOutput('cache-hit', 'false')
    return { exactHit: false, paths }
  }
}

export interface SaveOptions {
  env?: NodeJS.ProcessEnv
  /** The ids the cache's tar runs as; root-owned build files are handed to them. */
  uid?: number
  gid?: number
}

/** For the post step: saves after a successful pack that had no exact hit. Never throws. */
export async function savePackCache(state: PostState, opts: SaveOptions = {}): Promise<void> {
  try {
    const { cacheKey: key, cachePaths } = state
    if (!key || !cachePaths || cachePaths.length === 0) return
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
    const paths = cachePaths.filter(p => existsSync(p))
    if (paths.length === 0) {
      core.info('Pack cache: nothing to save')
      return
    }
    const uid = opts.uid ?? process.getuid?.() ?? 0
    const gid = opts.gid ?? process.getgid?.() ?? 0
    if (uid !== 0) {
      // The destructive build ran as root; the cache's tar runs as us and must read it all.
      await runOk('sudo', ['chown', '-R', `${uid}:${gid}`, ...paths], {
        what: 'hand the build files to the runner user for the cache',
        timeoutMs: 10 * 60_000,
        env: opts.env ?? process.env
      })
    }
    const started = Date.now()
    // @actions/cache reports most failures itself and answers -1.
    const id = await cache.saveCache(paths, key)
    const took = seconds(Date.now() - started)
    if (id === -1) core.info(`Pack cache: ${key} was not saved (see the cache's message above)`)
    else core.info(`Pack cache: saved ${key} in ${took}`)
  } catch (err) {
    const e = err as Error
    if (e.name === 'ReserveCacheError') {
      core.info(`Pack cache: not saved, another job is saving the same key (${e.message})`)
    } else {
      core.warning(`Pack cache: save failed, the next run will start cold: ${e.message}`)
    }
  }
}
