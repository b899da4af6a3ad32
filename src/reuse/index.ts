// Input reuse-rock: an unchanged project is not packed twice. The key is what decides the rock:
// the project's content (the files the pack reads, not .git nor the pack's own leftovers), the
// expansion, the rockcraft revision, the architecture (and platform) and the cache scope. A rock
// that passed its smoke test is saved in the Actions cache under that key with who packed it and
// when; a later run with the same key restores it instead of packing, and still smoke-tests it.
// One older than reuse-rock-max-age is packed afresh (base security updates and unpinned
// requirements land only when packed).
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as cache from '@actions/cache'
import * as core from '../action/runner-io.js'
import { run } from '../process/exec.js'

/** Entries of a project hashed at most: more is no Flask project but a tree left in the way. */
const ENTRIES_MAX = 100_000
/** What the pack leaves in the project (destructive mode), and this action's own files. */
const PACK_LEFTOVERS = new Set(['parts', 'stage', 'prime'])
const OWN_FILES = /\.(rock|cdx\.json)$/
const META = 'reuse.json'
const ROCK_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,200}\.rock$/

export class ReuseError extends Error {}

/**
 * The sha256 of the files the pack reads: every path under `dir` (sorted), its kind, its
 * executable bit, and its bytes (a link: its target); no `.git` anywhere, no parts/, stage/ or
 * prime/ at the top, no .rock or .cdx.json at the top.
 */
export async function projectDigest(dir: string): Promise<string> {
  const records: string[] = []
  const walk = async (rel: string): Promise<void> => {
    const entries = await fs.readdir(path.join(dir, rel), { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      const p = rel === '' ? e.name : `${rel}/${e.name}`
      if (e.name === '.git') continue
      if (rel === '' && (PACK_LEFTOVERS.has(e.name) || (e.isFile() && OWN_FILES.test(e.name)))) {
        continue
      }
      if (records.length >= ENTRIES_MAX) {
        throw new ReuseError(`the project has more than ${ENTRIES_MAX} files`)
      }
      const full = path.join(dir, p)
      if (e.isSymbolicLink()) records.push(`l\0${p}\0${await fs.readlink(full)}`)
      else if (e.isDirectory()) {
        records.push(`d\0${p}`)
        await walk(p)
      } else if (e.isFile()) {
        const { mode } = await fs.stat(full)
        const hash = createHash('sha256')
        for await (const chunk of createReadStream(full)) hash.update(chunk as Buffer)
        records.push(`f\0${p}\0${mode & 0o111 ? 'x' : '-'}\0${hash.digest('hex')}`)
      } else records.push(`o\0${p}`)
    }
  }
  await walk('')
  return createHash('sha256').update(records.join('\n')).digest('hex')
}

export interface ReuseKeyParts {
  /** projectDigest() of the project. */
  content: string
  /** The expansion as rendered (rockcraft expand-extensions' YAML). */
  expansion: string
  rockcraftRevision: string
  arch: string
  /** The platform input ('' for rockcraft.yaml's own plan). */
  platform: string
  /** The cache-scope input. */
  scope: string
}

/** The key's prefix; a save adds the run, so that a fresh pack of an aged rock gets its own entry. */
export function reuseKey(parts: ReuseKeyParts): string {
  const hash = createHash('sha256')
    .update(
      JSON.stringify([
        parts.content,
        parts.expansion,
        parts.rockcraftRevision,
        parts.arch,
        parts.platform,
        parts.scope
      ])
    )
    .digest('hex')
    .slice(0, 40)
  return `flask-rock-reuse-v1-${parts.arch}-${hash}`
}

/**
 * The rockcraft revision the pack would use: rockcraft-revision when pinned, else the installed
 * snap's, else the channel's as the store says (`snap info`); undefined when none can be known.
 */
export async function rockcraftRevision(
  pinned: string,
  channel: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string | undefined> {
  if (pinned !== '') return pinned
  const { snapRevision } = await import('../pack/install.js')
  const installed = await snapRevision('rockcraft', env)
  if (installed) return installed
  const info = await run('snap', ['info', '--unicode=never', 'rockcraft'], {
    what: 'ask the snap store for rockcraft',
    timeoutMs: 30_000,
    env
  }).catch(() => undefined)
  if (!info || info.code !== 0) return undefined
  const wanted = channel.includes('/') ? channel : `latest/${channel}`
  // A channel shown as ^ (↑) follows the one above it.
  let above: string | undefined
  for (const line of info.stdout.split('\n')) {
    const m = /^\s*([^\s:]+):\s+(?:\S+\s+\S+\s+\(([0-9]{1,9})\)|(\^|↑)\s*$)/.exec(line)
    if (!m) continue
    const revision = m[2] ?? above
    if (m[1] === wanted) return revision
    above = revision
  }
  return undefined
}

/** Who packed a reusable rock, and when. */
export interface PackedBy {
  rock: string
  packedAt: string
  runId: string
  runUrl?: string
  sha?: string
}

export type ReuseOutcome =
  | { hit: true; rock: string; by: PackedBy; ageMs: number; key: string }
  | { hit: false; key?: string; why: string }

export interface ReuseOptions {
  key: string
  /** Where a restored rock goes (the project dir, where the pack would write it). */
  projectDir: string
  tempDir: string
  maxAgeMs: number
  now?: number
}

function packedBy(value: unknown): PackedBy | undefined {
  const v = value as Partial<PackedBy> | null
  if (typeof v !== 'object' || v === null) return undefined
  if (typeof v.rock !== 'string' || !ROCK_NAME.test(v.rock)) return undefined
  if (typeof v.packedAt !== 'string' || Number.isNaN(Date.parse(v.packedAt))) return undefined
  if (typeof v.runId !== 'string' || !/^[0-9]{1,20}(-[0-9]{1,5})?$/.test(v.runId)) return undefined
  const runUrl =
    typeof v.runUrl === 'string' && /^https:\/\/[^\s"<>]{1,300}$/.test(v.runUrl)
      ? v.runUrl
      : undefined
  const sha = typeof v.sha === 'string' && /^[0-9a-f]{40}$/.test(v.sha) ? v.sha : undefined
  return {
    rock: v.rock,
    packedAt: v.packedAt,
    runId: v.runId,
    ...(runUrl ? { runUrl } : {}),
    ...(sha ? { sha } : {})
  }
}

/** "run 123 (https://...) on 2026-12-06T03:00:00Z, 2.5 h ago" */
export function packedByText(by: PackedBy, ageMs: number): string {
  const age =
    ageMs < 3_600_000 ? `${Math.round(ageMs / 60_000)} min` : `${(ageMs / 3_600_000).toFixed(1)} h`
  return `run ${by.runId}${by.runUrl ? ` (${by.runUrl})` : ''}${by.sha ? ` at commit ${by.sha.slice(0, 12)}` : ''} on ${by.packedAt}, ${age} ago`
}

const cacheDir = (tempDir: string): string => path.join(tempDir, 'reuse')

/** Restores the newest rock saved under `key`, when young enough. Never throws. */
export async function restoreRock(opts: ReuseOptions): Promise<ReuseOutcome> {
  const dir = cacheDir(opts.tempDir)
  try {
    if (!cache.isFeatureAvailable()) {
      return { hit: false, why: 'no cache service here (a fork, GHES or a local run)' }
    }
    await fs.rm(dir, { recursive: true, force: true })
    const matched = await cache.restoreCache([dir], `${opts.key}-none`, [`${opts.key}-`])
    if (matched === undefined)
      return { hit: false, key: opts.key, why: 'no rock packed from this content yet' }
    const by = packedBy(
      JSON.parse(await fs.readFile(path.join(dir, META), 'utf8').catch(() => 'null'))
    )
    if (!by)
      return {
        hit: false,
        key: opts.key,
        why: `the cache entry ${matched} says nothing readable of its rock`
      }
    const ageMs = (opts.now ?? Date.now()) - Date.parse(by.packedAt)
    if (ageMs > opts.maxAgeMs) {
      return {
        hit: false,
        key: opts.key,
        why: `the rock packed by ${packedByText(by, ageMs)} is older than reuse-rock-max-age`
      }
    }
    const from = path.join(dir, by.rock)
    const st = await fs.lstat(from).catch(() => undefined)
    if (!st?.isFile())
      return { hit: false, key: opts.key, why: `the cache entry ${matched} holds no rock` }
    const rock = path.join(opts.projectDir, by.rock)
    await fs.rm(rock, { force: true })
    await fs.copyFile(from, rock)
    return { hit: true, rock, by, ageMs, key: matched }
  } catch (err) {
    return {
      hit: false,
      key: opts.key,
      why: `the cache could not be read: ${(err as Error).message.split('\n')[0]}`
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined)
  }
}

/** Saves a rock that passed its smoke test under `key` and this run. Never throws: a warning. */
export async function saveRock(
  key: string,
  rock: string,
  tempDir: string,
  env: NodeJS.ProcessEnv = process.env,
  now = Date.now()
): Promise<string | undefined> {
  const dir = cacheDir(tempDir)
  const runId = `${env.GITHUB_RUN_ID ?? '0'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`
  const name = path.basename(rock)
  try {
    if (!ROCK_NAME.test(name)) throw new ReuseError(`the rock's name ${name} is not one to keep`)
    await fs.rm(dir, { recursive: true, force: true })
    await fs.mkdir(dir, { recursive: true })
    await fs.copyFile(rock, path.join(dir, name))
    const by: PackedBy = {
      rock: name,
      packedAt: new Date(now).toISOString(),
      runId,
      ...(env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? {
            runUrl: `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
          }
        : {}),
      ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {})
    }
    await fs.writeFile(path.join(dir, META), JSON.stringify(by) + '\n')
    const saved = `${key}-${runId}`
    await cache.saveCache([dir], saved)
    core.info(`Reuse: saved the rock as ${saved}`)
    return saved
  } catch (err) {
    core.warning(
      `Reuse: could not save the rock for reuse: ${(err as Error).message.split('\n')[0]}`
    )
    return undefined
  } finally {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined)
  }
}
