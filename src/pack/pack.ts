// Runs `rockcraft pack` in the chosen mode and finds the rock it wrote.
import { readdir, stat } from 'node:fs/promises'
import { homedir, userInfo } from 'node:os'
import * as path from 'node:path'
import * as core from '../action/runner-io.js'
import { InputError, type Verbosity } from '../action/context.js'
import type { CheckResult } from '../core/index.js'
import { runOk } from '../process/exec.js'
import type { PackMode } from './mode.js'
import { seconds } from '../action/report.js'
import { timedGroup } from './group.js'
import { infoUntrusted } from '../process/untrusted.js'

/** What packing needs to know of the checked project: main's CheckResult fits. */
export type CheckedProject = Pick<
  CheckResult,
  'dir' | 'name' | 'version' | 'base' | 'buildBase' | 'dependencyFiles' | 'expanded'
>

/** A `platforms:` entry of the expanded project: its name names the rock file. */
export interface RockPlatform {
  name: string
  buildOn: string[]
  buildFor: string[]
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
  const list = (v: unknown, fallback: string): string[] =>
    Array.isArray(v) ? v.map(String) : [fallback]
  const platforms = Object.entries(
    (expanded?.platforms ?? {}) as Record<
      string,
      { 'build-on'?: unknown; 'build-for'?: unknown } | null
    >
  ).map(([platform, p]) => ({
    name: platform,
    buildOn: list(p?.['build-on'], platform),
    buildFor: list(p?.['build-for'], platform)
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

/** Where destructive builds keep pip, stage-package, chisel and Go downloads. */
export function destructiveCacheHome(): string {
  return path.join(homedir(), '.cache', 'flask-rock')
}

const ROCK_ARCH: Record<string, string> = {
  x64: 'amd64',
  arm64: 'arm64',
  ppc64: 'ppc64el',
  s390x: 's390x'
}

/** This machine's architecture as rockcraft names it. */
export function hostArch(): string {
  return ROCK_ARCH[process.arch] ?? process.arch
}

/** What one pack builds: the platforms rockcraft will write, and the one to smoke-test. */
export interface PlatformPlan {
  /** `--platform` for rockcraft, when one must be picked. */
  select?: string
  /** The platforms this pack writes a rock for. */
  packed: RockPlatform[]
  /** The rock to smoke-test (and report as `rock`): built for this machine when one is. */
  smoke: RockPlatform
}

/**
 * Which platforms a pack on this machine builds. rockcraft builds those whose build-on holds
 * the host's architecture; in destructive mode it refuses more than one (MultipleBuildsError),
 * so one is picked: `requested`, else the one built for this machine, else the first.
 * Throws InputError before anything is installed when none builds here or `requested` is no
 * platform of the project that does.
 */
export function planPlatforms(
  platforms: RockPlatform[],
  mode: PackMode,
  requested: string,
  host = hostArch()
): PlatformPlan {
  const names = (ps: RockPlatform[]): string => ps.map(p => p.name).join(', ')
  const onHost = platforms.filter(p => p.buildOn.includes(host))
  if (requested !== '') {
    const chosen = platforms.find(p => p.name === requested)
    if (!chosen) {
      throw new InputError(
        `Input 'platform': the project has no platform '${requested}' (it has ${names(platforms)})`
      )
    }
    if (!onHost.includes(chosen)) {
      throw new InputError(
        `Input 'platform': '${requested}' builds on ${chosen.buildOn.join(', ')}, not on this ${host} runner`
      )
    }
    return { select: requested, packed: [chosen], smoke: chosen }
  }
  if (onHost.length === 0) {
    throw new InputError(
      `no platform of the project builds on this ${host} runner (${platforms.map(p => `${p.name} builds on ${p.buildOn.join(', ')}`).join('; ')})`
    )
  }
  const runnable = onHost.find(p => p.buildFor.includes(host)) ?? onHost[0]
  if (mode === 'destructive' && onHost.length > 1) {
    return { select: runnable.name, packed: [runnable], smoke: runnable }
  }
  return { packed: onHost, smoke: runnable }
}

export interface PackOptions {
  projectDir: string
  name: string
  version: string
  mode: PackMode
  verbosity: Verbosity
  env?: NodeJS.ProcessEnv
  /** The runner user (in the lxd group) for managed builds; default the current user. */
  user?: string
  /** XDG_CACHE_HOME for destructive builds; default destructiveCacheHome(). */
  cacheHome?: string
  /** `--platform`, when one of several must be picked (see planPlatforms). */
  select?: string
  timeoutMs?: number
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
  const platform = opts.select ? ['--platform', opts.select] : []
  if (opts.mode === 'destructive') {
    // Build packages and stage-packages need root; point its caches at one place we can save:
    // pip, rockcraft, chisel and Go's build cache follow XDG_CACHE_HOME, Go's modules GOMODCACHE
    // (else root's ~/go).
    const cacheHome = opts.cacheHome ?? destructiveCacheHome()
    return [
      'env',
      `XDG_CACHE_HOME=${cacheHome}`,
      `GOMODCACHE=${path.join(cacheHome, 'go-mod')}`,
      ...vars,
      'rockcraft',
      'pack',
      '--destructive-mode',
      ...platform,
      '--verbosity',
      opts.verbosity
    ]
  }
  // A fresh login as the runner user picks up the lxd group added in this job.
  const user = opts.user ?? userInfo().username
  return [
    '--user',
    user,
    'env',
    ...vars,
    'rockcraft',
    'pack',
    ...platform,
    '--verbosity',
    opts.verbosity
  ]
}

/** A rock this pack wrote, with the platform it was built for. */
export interface PackedRock {
  platform: string
  buildFor: string[]
  rock: string
}

export async function packRock(
  opts: PackOptions & { packed: RockPlatform[] }
): Promise<{ rocks: PackedRock[]; durationMs: number }> {
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
  const rocks = await findRocks(opts, opts.packed, started)
  for (const r of rocks)
    infoUntrusted(`Packed ${r.rock} in ${seconds(durationMs)} (${opts.mode} mode)`)
  return { rocks, durationMs }
}

/**
 * The rocks this pack wrote, one per packed platform: <name>_<version>_<platform>.rock (the
 * platform's key, whatever it builds for), each newer than the pack's start.
 */
export async function findRocks(
  opts: Pick<PackOptions, 'projectDir' | 'name' | 'version'>,
  packed: RockPlatform[],
  since: number
): Promise<PackedRock[]> {
  const fileOf = (p: RockPlatform): string => `${opts.name}_${opts.version}_${p.name}.rock`
  const rocks: PackedRock[] = []
  const missing: string[] = []
  for (const platform of packed) {
    const file = path.join(opts.projectDir, fileOf(platform))
    // Whole-second file systems round down: allow a little slack.
    const fresh = await stat(file).then(
      st => st.mtimeMs >= since - 2000,
      () => false
    )
    if (fresh) rocks.push({ platform: platform.name, buildFor: platform.buildFor, rock: file })
    else missing.push(fileOf(platform))
  }
  if (missing.length === 0) return rocks
  const present = (await readdir(opts.projectDir).catch(() => [] as string[])).filter(f =>
    f.endsWith('.rock')
  )
  throw new Error(
    `rockcraft pack finished but wrote no ${missing.join(', ')} in ${opts.projectDir}` +
      (present.length > 0 ? ` (older or other .rock files there: ${present.join(', ')})` : '')
  )
}
