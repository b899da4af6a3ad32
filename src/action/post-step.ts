// The post step: runs after the job's other steps, also when main failed or was cancelled.
// It removes what main may have left behind and saves the pack cache after a successful pack.
// Only what this run made is removed, whatever the state says (owned.ts).
import { rm } from 'node:fs/promises'
import * as core from './runner-io.js'
import { ownedContainer, ownedPath } from './owned.js'
import { loadState } from './state.js'

/** The post step; a run by hand (no post step) calls it at its end with its own state. */
export async function post(state = loadState()): Promise<void> {
  if (!state.isPost) return
  // Each of these never throws: one failing cleanup must not stop the others. Each stage's code
  // loads only when main left it something to do: after a check-only run, none does.
  if (state.containerName || state.envFile || state.smokeImage) {
    // The daemon main used: the input as main read it (never the state, which anything could write).
    const dockerHost = core.getInput('docker-host') || process.env.DOCKER_HOST || undefined
    const [{ cleanupSmoke }, { actionLog }] = await Promise.all([
      import('../smoke/index.js'),
      import('../smoke/action-log.js')
    ])
    await cleanupSmoke(
      {
        containerName: await ownedContainer(state.containerName, state.runId, dockerHost),
        envFile: await ownedPath(state.envFile, 'the smoke test env file'),
        // cleanupSmoke removes only an image of this action's run-tag shape (NAME:VERSION-smoke-<hex>).
        smokeImage: state.smokeImage
      },
      actionLog,
      { dockerHost }
    )
  }
  if (state.authFile) {
    const { cleanupPublish } = await import('../registry/index.js')
    await cleanupPublish({ authFile: await ownedPath(state.authFile, 'the registry auth file') })
  }
  if (state.cacheKey) await (await import('../pack/index.js')).savePackCache(state)
  const tempDir = await ownedPath(state.tempDir, 'the temporary directory')
  if (tempDir) {
    await rm(tempDir, { recursive: true, force: true }).catch((err: Error) =>
      core.warning(`Could not remove ${tempDir}: ${err.message}`)
    )
  }
}
