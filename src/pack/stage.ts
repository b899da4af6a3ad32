// The pack stage of the action, in order: choose the build mode and the platforms, install,
// restore the cache, cross-check the expansion, pack. main.ts calls this after getInputs() has
// validated the inputs.
import * as core from '../action/runner-io.js'
import type { Inputs } from '../action/context.js'
import { withRockcraftRevision } from '../core/index.js'
import { prepareCacheHome, restorePackCache, type RestoreResult } from './cache.js'
import { saveState } from '../action/state.js'
import { crossCheckExpansion } from './crosscheck.js'
import { installRockcraft, type InstallReport } from './install.js'
import { chooseBuildMode, detectRunner, type PackMode } from './mode.js'
import {
  destructiveCacheHome,
  hostArch,
  packProject,
  packRock,
  planPlatforms,
  type CheckedProject,
  type PackedRock
} from './pack.js'
import type { RetryPolicy } from './retry.js'

export type PackInputs = Pick<
  Inputs,
  | 'rockcraftChannel'
  | 'rockcraftRevision'
  | 'buildMode'
  | 'verbosity'
  | 'cache'
  | 'cacheScope'
  | 'platform'
>

export interface PackStageOptions {
  env?: NodeJS.ProcessEnv
  retry?: RetryPolicy
  user?: string
  /** For tests: another os-release file, a / owned as given, another cache home. */
  osRelease?: string
  rootOwnedByRoot?: () => Promise<boolean>
  cacheHome?: string
}

export interface PackStageResult {
  /** The rock to smoke-test: built for this machine when one is. */
  rock: string
  /** Every rock the pack wrote, with its platform. */
  rocks: PackedRock[]
  /** How long `rockcraft pack` took. */
  durationMs: number
  mode: PackMode
  modeReason: string
  install: InstallReport
  cache: RestoreResult
  /** What the rest of the run uses: rockcraft's expansion when the cross-check could run, else
   * ours naming the installed revision. */
  expansion: Record<string, unknown>
  /** Key paths where ours differed from rockcraft's. */
  differences: string[]
}

/**
 * Packs the project the check read and expanded (main's CheckResult): rockcraft.yaml is not
 * read again here. Sets the outputs rock and cache-hit and records packSucceeded for the post
 * step. Throws InputError for a project without an expansion, name, version or platforms, or a
 * build mode this runner cannot do (before installing anything), CommandError for a failed
 * install or pack, Error when no rock appears.
 */
export async function packStage(
  inputs: PackInputs,
  checked: CheckedProject,
  opts: PackStageOptions = {}
): Promise<PackStageResult> {
  const env = opts.env ?? process.env
  const project = packProject(checked)
  const runner = await detectRunner(env, opts.osRelease)
  const { mode, reason } = chooseBuildMode(inputs.buildMode, project, runner)
  core.info(`Build mode: ${mode} (${reason})`)
  const plan = planPlatforms(project.platforms, mode, inputs.platform)
  core.info(
    `Platforms: ${plan.packed.map(p => p.name).join(', ')}${plan.select ? ` (--platform ${plan.select})` : ''}; smoke-testing ${plan.smoke.name}`
  )
  if (!plan.smoke.buildFor.includes(hostArch())) {
    core.warning(
      `No platform packed here is built for this ${hostArch()} runner: the smoke test runs ${plan.smoke.name}, built for ${plan.smoke.buildFor.join(', ')}, which needs emulation`
    )
  }

  const install = await installRockcraft({
    channel: inputs.rockcraftChannel,
    revision: inputs.rockcraftRevision,
    lxd: mode === 'lxd',
    env,
    retry: opts.retry,
    user: opts.user,
    rootOwnedByRoot: opts.rootOwnedByRoot
  })
  // The installed rockcraft names its revision in the config-files source: so do we from here on.
  const ours = withRockcraftRevision(project.expanded, install.rockcraftRevision)

  const cacheHome = opts.cacheHome ?? destructiveCacheHome()
  const cache = await restorePackCache({
    enabled: inputs.cache,
    mode,
    project: { ...project, expanded: ours },
    revision: install.rockcraftRevision,
    scope: inputs.cacheScope,
    env,
    cacheHome
  })

  let expansion = ours
  let differences: string[] = []
  try {
    ;({ expansion, differences } = await crossCheckExpansion(ours, project.dir, env))
  } catch (err) {
    // The pack below will meet the same problem and report it in full.
    core.warning(`Could not cross-check the expansion: ${(err as Error).message}`)
  }

  if (mode === 'destructive') await prepareCacheHome(cacheHome, env)
  const packed = await packRock({
    projectDir: project.dir,
    name: project.name,
    version: project.version,
    packed: plan.packed,
    select: plan.select,
    mode,
    verbosity: inputs.verbosity,
    env,
    user: opts.user,
    cacheHome
  })
  saveState({ packSucceeded: true })
  const rock = packed.rocks.find(r => r.platform === plan.smoke.name)?.rock ?? packed.rocks[0].rock
  core.setOutput('rock', rock)
  const rocks = packed.rocks.map(r => ({
    platform: r.platform,
    'build-for': r.buildFor,
    rock: r.rock
  }))
  core.setOutput('rocks', JSON.stringify(rocks))
  return {
    rock,
    rocks: packed.rocks,
    durationMs: packed.durationMs,
    mode,
    modeReason: reason,
    install,
    cache,
    expansion,
    differences
  }
}
