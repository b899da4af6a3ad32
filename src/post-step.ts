// The post step: runs after the job's other steps, also when main failed or was cancelled.
// It removes what main may have left behind and saves the pack cache after a successful pack.
// Only what this run made is removed, whatever the state says (owned.ts).
import { rm } from 'node:fs/promises'
import * as core from '@actions/core'
import { ownedContainer, ownedPath } from './owned.js'
import { savePackCache } from './pack/index.js'
import { cleanupPublish } from './publish.js'
import { cleanupSmoke } from './smoke/index.js'
import { actionLog } from './smoke/action-log.js'
import { loadState } from './state.js'

/** The post step; a run by hand (no post step) calls it at its end with its own state. */
export async function post(state = loadState()): Promise<void> {
  if (!state.isPost) return
  // Each of these never throws: one failing cleanup must not stop the others.
  await cleanupSmoke(
    {
      containerName: await ownedContainer(state.containerName, state.runId),
      envFile: await ownedPath(state.envFile, 'the smoke test env file'),
      // cleanupSmoke removes only an image of this action's run-tag shape (NAME:VERSION-smoke-<hex>).
      smokeImage: state.smokeImage
    },
    actionLog
  )
  await cleanupPublish({ authFile: await ownedPath(state.authFile, 'the registry auth file') })
  await savePackCache(state)
  const tempDir = await ownedPath(state.tempDir, 'the temporary directory')
  if (tempDir) {
    await rm(tempDir, { recursive: true, force: true }).catch((err: Error) =>
      core.warning(`Could not remove ${tempDir}: ${err.message}`)
    )
  }
}
