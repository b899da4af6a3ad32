// The smoke test's cleanup: the container, the env file with the project's secrets, and an image
// the run named for itself; after the run, in the post step, or after an interrupt.
import * as path from 'node:path'
import { removePrivateFile } from '../process/private-file.js'
import { loadSettled } from './archive-load.js'
import { removeContainer, removeImage } from './docker.js'
import { isRunImage } from './image.js'
import type { SmokeLog } from './log.js'
import type { SmokeLeftovers, SmokeOptions } from './run.js'

export const ENV_FILE = 'smoke.env'
export const ENV_DIR_PREFIX = 'flask-rock-smoke-'

/**
 * Removes what a smoke test left (post step, or after main was cancelled). Never throws:
 * anything it cannot remove is reported as a warning. An image goes only when a run made its
 * reference for itself (runImage): never one the user named.
 */
export async function cleanupSmoke(
  state: SmokeLeftovers,
  log: SmokeLog,
  where: { dockerHost?: string } = {}
): Promise<void> {
  const host = where.dockerHost
  if (state.containerName) {
    try {
      await removeContainer(state.containerName, host)
    } catch (err) {
      log.warning(
        `Could not remove smoke test container ${state.containerName}: ${(err as Error).message}`
      )
    }
  }
  if (state.envFile) {
    await removePrivateFile(state.envFile, ENV_DIR_PREFIX, 'the smoke test env file', line =>
      log.warning(line)
    )
  }
  if (state.smokeImage && isRunImage(state.smokeImage)) {
    try {
      // A load cut short by Ctrl-C after its archive went whole may tag the image only now.
      await loadSettled(state.smokeImage, host)
      await removeImage(state.smokeImage, host)
    } catch (err) {
      log.warning(`Could not remove image ${state.smokeImage}: ${(err as Error).message}`)
    }
  }
}

export async function removeSmoke(name: string, envDir: string, opts: SmokeOptions): Promise<void> {
  await cleanupSmoke({ containerName: name, envFile: path.join(envDir, ENV_FILE) }, opts.log, {
    dockerHost: opts.dockerHost
  })
  try {
    opts.remember?.({ containerName: undefined, envFile: undefined })
  } catch {
    // Only means the post step will try the same (harmless) cleanup again.
  }
}
