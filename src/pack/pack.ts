// Runs `rockcraft pack` in the chosen mode and finds the rock it wrote.
import { readdir, stat } from 'node:fs/promises'
import { homedir, userInfo } from 'node:os'
import * as path from 'node:path'
import * as core from '@actions/core'
import { InputError, type Verbosity } from '../context.js'
import type { CheckResult } from '../core/index.js'
import { runOk } from '../exec.js'
import type { PackMode } from './mode.js'
import { seconds } from '../report.js'
import { timedGroup } from './group.js'

/** What packing needs to know of the checked project: main's CheckResult fits. */
export type CheckedProject = Pick<
  CheckResult,
  'dir' | 'name' | 'version' | 'base' | 'buildBase' | 'dependencyFiles' | 'expanded'
>

/** A `platforms:` entry of the expanded project: its name names the rock file. */
export interface RockPlatform {
  name: string
  buildOn: string[]
}

export interface PackProject {
  dir: string
  name: string
  version: string
  base: string
  buildBase?: string
  platforms: RockPlatform[]
  dependencyFiles: string[]
  expanded: Record<string, unknown>
}

/**
 * The facts packing needs, from the project check. Throws InputError when the check found no
 * expansion (a refused project) or the fields the rock's file name needs are missing.
 */
export function packProject(checked: CheckedProject): PackProject {
  const { name, version, base, expanded } = checked
  // The core expands `platforms` with build-on and build-for filled in for every entry.
  const platforms = Object.entries(
    (expanded?.platforms ?? {}) as Record<string, { 'build-on'?: unknown } | null>
  ).map(([platform, p]) => ({
    name: platform,
    buildOn: Array.isArray(p?.['build-on']) ? p['build-on'].map(String) : [platform]
  }))
  const missing = [
    !expanded && 'an expansion (the project check refused it)',
    !name && 'name',
    !version && 'version',
    !base && 'base',
    expanded && platforms.length === 0 && 'platforms'
  ].filter(Boolean)
  if (missing.length > 0) {
    throw new InputError(`cannot pack ${checked.dir}: it lacks ${missing.join(', ')}`)
  }
  return {
    dir: checked.dir,
    name: name!,
    version: version!,
    base: base!,
    buildBase: checked.buildBase,
    platforms,
    dependencyFiles: checked.dependencyFiles,
    expanded: expanded!
  }
}

/** Where destructive builds keep pip, stage-package, chisel and base-image downloads. */
export function destructiveCacheHome(): string {
  return path.join(homedir(), '.cache', 'flask-rock')
}

export interface PackOptions {
  projectDir: string
  name: string
  version: string
  platforms: RockPlatform[]
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

/**
 * The rock this pack wrote: <name>_<version>_<platform>.rock, newer than the pack's start.
 * rockcraft packs the platforms that build on this machine's architecture: those come first.
 */
export async function findRock(
  opts: Pick<PackOptions, 'projectDir' | 'name' | 'version' | 'platforms'>,
  since: number
): Promise<string> {
  const host = ROCK_ARCH[process.arch] ?? process.arch
  const onHost = (p: RockPlatform): number => Number(p.buildOn.includes(host))
  const order = [...opts.platforms].sort((a, b) => onHost(b) - onHost(a))
  const fileOf = (p: RockPlatform): string => `${opts.name}_${opts.version}_${p.name}.rock`
  for (const platform of order) {
    const file = path.join(opts.projectDir, fileOf(platform))
    try {
      // Whole-second file systems round down: allow a little slack.
      if ((await stat(file)).mtimeMs >= since - 2000) return file
    } catch {
      // not written for this platform
    }
  }
  const expected = order.map(fileOf).join(' or ')
  const present = (await readdir(opts.projectDir).catch(() => [] as string[])).filter(f =>
    f.endsWith('.rock')
  )
  throw new Error(
    `rockcraft pack finished but wrote no ${expected} in ${opts.projectDir}` +
      (present.length > 0 ? ` (older or other .rock files there: ${present.join(', ')})` : '')
  )
}
