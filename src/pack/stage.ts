// The pack stage of the action, in order: choose the build mode, restore the cache, install,
// cross-check the expansion, pack. main.ts calls this after getInputs() has validated the inputs.
import * as core from '@actions/core'
import type { Inputs } from '../context.js'
import { restorePackCache, type RestoreResult } from './cache.js'
import { saveState } from '../state.js'
import { crossCheckExpansion } from './crosscheck.js'
import { installRockcraft, type InstallReport } from './install.js'
import { chooseBuildMode, detectRunner, type PackMode } from './mode.js'
import { packProject, packRock, type CheckedProject } from './pack.js'
import type { RetryPolicy } from './retry.js'

export type PackInputs = Pick<
  Inputs,
  'rockcraftChannel' | 'rockcraftRevision' | 'buildMode' | 'verbosity' | 'cache'
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
  rock: string
  /** How long `rockcraft pack` took. */
  durationMs: number
  mode: PackMode
  modeReason: string
  install: InstallReport
  cache: RestoreResult
  /** rockcraft's expansion when the cross-check could run, else undefined. */
  expansion?: Record<string, unknown>
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

  const cache = await restorePackCache({
    enabled: inputs.cache,
    mode,
    project,
    channel: inputs.rockcraftChannel,
    revision: inputs.rockcraftRevision,
    env,
    cacheHome: opts.cacheHome
  })

  const install = await installRockcraft({
    channel: inputs.rockcraftChannel,
    revision: inputs.rockcraftRevision,
    lxd: mode === 'lxd',
    env,
    retry: opts.retry,
    user: opts.user,
    rootOwnedByRoot: opts.rootOwnedByRoot
  })

  let expansion: Record<string, unknown> | undefined
  let differences: string[] = []
  try {
    ;({ expansion, differences } = await crossCheckExpansion(project.expanded, project.dir, env))
  } catch (err) {
    // The pack below will meet the same problem and report it in full.
    core.warning(`Could not cross-check the expansion: ${(err as Error).message}`)
  }

  const packed = await packRock({
    projectDir: project.dir,
    name: project.name,
    version: project.version,
    platforms: project.platforms,
    mode,
    verbosity: inputs.verbosity,
    env,
    user: opts.user,
    cacheHome: opts.cacheHome
  })
  saveState({ packSucceeded: true })
  core.setOutput('rock', packed.rock)
  return {
    rock: packed.rock,
    durationMs: packed.durationMs,
    mode,
    modeReason: reason,
    install,
    cache,
    expansion,
    differences
  }
}
