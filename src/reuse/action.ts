// Input reuse-rock in the pipeline: before the pack, the rock of this very content (restored from
// the Actions cache) or why there is none, and output rock-reused; after a passing smoke test (or
// right after the pack, with smoke-test: false), the packed rock saved.
import type { Inputs } from '../action/context.js'
import type { RunReport } from '../action/report.js'
import * as core from '../action/runner-io.js'
import { infoUntrusted } from '../process/untrusted.js'
import {
  packedByText,
  projectDigest,
  restoreRock,
  reuseKey,
  rockcraftRevision,
  saveRock
} from './index.js'

export interface Reuse {
  /** The restored rock, when one was reused. */
  rock?: string
  /** The pack step's line in the summary for a reused rock: which run packed it and when. */
  detail?: string
  /** Saves the rock packed in this run, once it passed its smoke test (if it is tested). */
  save?: (rock: string) => Promise<void>
}

export async function reuseRock(
  inputs: Pick<
    Inputs,
    | 'projectPath'
    | 'rockcraftRevision'
    | 'rockcraftChannel'
    | 'platform'
    | 'cacheScope'
    | 'reuseRockMaxAgeMs'
  >,
  report: RunReport,
  tempDir: string
): Promise<Reuse> {
  const reuse = await lookUp(inputs, report, tempDir)
  core.setOutput('rock-reused', reuse.rock ? 'true' : 'false')
  return reuse
}

async function lookUp(
  inputs: Parameters<typeof reuseRock>[0],
  report: RunReport,
  tempDir: string
): Promise<Reuse> {
  const revision = await rockcraftRevision(inputs.rockcraftRevision, inputs.rockcraftChannel)
  if (revision === undefined) {
    core.info(
      `Reuse: off for this run: the rockcraft revision of ${inputs.rockcraftChannel} cannot be known here (pin rockcraft-revision)`
    )
    return {}
  }
  const { hostArch } = await import('../pack/pack.js')
  let key: string
  try {
    key = reuseKey({
      content: await projectDigest(inputs.projectPath),
      expansion: report.expandedYaml ?? '',
      rockcraftRevision: revision,
      arch: hostArch(),
      platform: inputs.platform,
      scope: inputs.cacheScope
    })
  } catch (err) {
    core.info(`Reuse: off for this run: ${(err as Error).message.split('\n')[0]}`)
    return {}
  }
  const outcome = await restoreRock({
    key,
    projectDir: inputs.projectPath,
    tempDir,
    maxAgeMs: inputs.reuseRockMaxAgeMs
  })
  if (outcome.hit) {
    const detail = `reused ${outcome.rock}: packed by ${packedByText(outcome.by, outcome.ageMs)} (the same content, expansion, rockcraft ${revision} and architecture)`
    infoUntrusted(`Reuse: ${detail}; cache key ${outcome.key}`)
    core.setOutput('rock', outcome.rock)
    return { rock: outcome.rock, detail }
  }
  infoUntrusted(`Reuse: packing: ${outcome.why}`)
  if (outcome.key === undefined) return {}
  return {
    save: async rock => {
      await saveRock(key, rock, tempDir)
    }
  }
}
