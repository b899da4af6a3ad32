// The post step: runs after the job's other steps, also when main failed or was cancelled.
// It removes what main may have left behind and saves the pack cache after a successful pack.
import { rm } from 'node:fs/promises'
import * as core from '@actions/core'
import { savePackCache } from './cache.js'
import { cleanupPublish } from './publish.js'
import { cleanupSmoke } from './smoke/index.js'
import { actionLog } from './smoke/action-log.js'
import { loadState } from './state.js'

export async function post(): Promise<void> {
  const state = loadState()
  if (!state.isPost) return
  // Each of these never throws: one failing cleanup must not stop the others.
  await cleanupSmoke(state, actionLog)
  await cleanupPublish(state)
  await savePackCache(state)
  if (state.tempDir) {
    await rm(state.tempDir, { recursive: true, force: true }).catch((err: Error) =>
      core.warning(`Could not remove ${state.tempDir}: ${err.message}`)
    )
  }
}
