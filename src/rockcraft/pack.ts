// Runs `rockcraft pack` in the chosen mode and finds the rock it wrote.
import { readFile, readdir, stat } from 'node:fs/promises'
import { homedir, userInfo } from 'node:os'
import * as path from 'node:path'
import * as core from '@actions/core'
import { parse } from 'yaml'
import { InputError, type Verbosity } from '../context.js'
import { runOk } from '../exec.js'
import type { PackMode } from './mode.js'
import { seconds, timedGroup } from './group.js'

export interface PackProject {
  name: string
  version: string
  base: string
  buildBase?: string
  /** The keys of `platforms:`, e.g. ["amd64"]. */
  platforms: string[]
}

/** The fields of rockcraft.yaml that decide how and what rockcraft packs. */
export async function readPackProject(projectDir: string): Promise<PackProject> {
  const file = path.join(projectDir, 'rockcraft.yaml')
  let doc: unknown
  try {
    doc = parse(await readFile(file, 'utf8'))
  } catch (err) {
    throw new InputError(`cannot read ${file}: ${(err as Error).message.split('\n')[0]}`)
  }
  const y = (doc ?? {}) as Record<string, unknown>
  const str = (k: string): string | undefined =>
    typeof y[k] === 'string' || typeof y[k] === 'number' ? String(y[k]) : undefined
  const name = str('name')
  const version = str('version')
  const base = str('base')
  const platforms =
    y.platforms && typeof y.platforms === 'object' ? Object.keys(y.platforms as object) : []
  const missing = [
    !name && 'name',
    !version && 'version',
    !base && 'base',
    platforms.length === 0 && 'platforms'
  ].filter(Boolean)
  if (missing.length > 0) {
    throw new InputError(`${file} lacks ${missing.join(', ')}`)
  }
  return { name: name!, version: version!, base: base!, buildBase: str('build-base'), platforms }
}

/** Where destructive builds keep pip, stage-package, chisel and base-image downloads. */
export function destructiveCacheHome(): string {
  return path.join(homedir(), '.cache', 'flask-rock')
}

export interface PackOptions {
  projectDir: string
  name: string
  version: string
  platforms: string[]
  mode: PackMode
  verbosity: Verbosity
  env?: NodeJS.ProcessEnv
  /** The runner user (in the lxd group) for managed builds; default the current user. */
  user?: string
  /** XDG_CACHE_HOME for destructive builds; default destructiveCacheHome(). */
  cacheHome?: string
  timeoutMs?: number
}

const ROCK_ARCH: Record<string, string> = {
  x64: 'amd64',
  arm64: 'arm64',
  ppc64: 'ppc64el',
  s390x: 's390x'
}

/** The argv that packs: always through sudo, which gives the lxd group or root as each mode needs. */
export function packCommand(opts: PackOptions): string[] {
  const env = opts.env ?? process.env
  const vars: string[] = []
  // rockcraft forwards this one into its instance; the other host variables stay out.
  const experimental = env.ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS
  if (experimental !== undefined && experimental !== '') {
    vars.push(`ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=${experimental}`)
  }
  if (opts.mode === 'destructive') {
    // Build packages and stage-packages need root; point its caches at one place we can save.
    const cacheHome = opts.cacheHome ?? destructiveCacheHome()
    return [
      'env',
      `XDG_CACHE_HOME=${cacheHome}`,
      ...vars,
      'rockcraft',
      'pack',
      '--destructive-mode',
      '--verbosity',
      opts.verbosity
    ]
  }
  // A fresh login as the runner user picks up the lxd group added in this job.
  const user = opts.user ?? userInfo().username
  return ['--user', user, 'env', ...vars, 'rockcraft', 'pack', '--verbosity', opts.verbosity]
}

export async function packRock(opts: PackOptions): Promise<{ rock: string; durationMs: number }> {
  const env = opts.env ?? process.env
  const args = packCommand(opts)
  const started = Date.now()
  const { durationMs } = await timedGroup(`Pack the rock (${opts.mode} mode)`, async () => {
    core.info(`sudo ${args.join(' ')}`)
    await runOk('sudo', args, {
      what: `pack the rock in ${opts.mode} mode`,
      timeoutMs: opts.timeoutMs ?? 120 * 60_000,
      cwd: opts.projectDir,
      env,
      stream: true
    })
  })
  const rock = await findRock(opts, started)
  core.info(`Packed ${rock} in ${seconds(durationMs)} (${opts.mode} mode)`)
  return { rock, durationMs }
}

/** The rock this pack wrote: <name>_<version>_<platform>.rock, newer than the pack's start. */
export async function findRock(
  opts: Pick<PackOptions, 'projectDir' | 'name' | 'version' | 'platforms'>,
  since: number
): Promise<string> {
  const host = ROCK_ARCH[process.arch] ?? process.arch
  const order = [...opts.platforms].sort((a, b) => Number(b === host) - Number(a === host))
  for (const platform of order) {
    const file = path.join(opts.projectDir, `${opts.name}_${opts.version}_${platform}.rock`)
    try {
      // Whole-second file systems round down: allow a little slack.
      if ((await stat(file)).mtimeMs >= since - 2000) return file
    } catch {
      // not written for this platform
    }
  }
  const expected = opts.platforms.map(p => `${opts.name}_${opts.version}_${p}.rock`).join(' or ')
  const present = (await readdir(opts.projectDir).catch(() => [] as string[])).filter(f =>
    f.endsWith('.rock')
  )
  throw new Error(
    `rockcraft pack finished but wrote no ${expected} in ${opts.projectDir}` +
      (present.length > 0 ? ` (older or other .rock files there: ${present.join(', ')})` : '')
  )
}
