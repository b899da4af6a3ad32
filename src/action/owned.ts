// The post step reads its state from the runner, where anything could have rewritten it: a
// state naming `containerName: production-db` or `tempDir: /home/runner/work` must not make it
// remove them. It removes only what this run made: paths under the runner's temp dir inside a
// directory named with our prefix, and containers carrying this run's label.
import { realpath } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import * as core from './runner-io.js'
import { inspectContainer } from '../smoke/docker.js'
import { RUN_LABEL } from './state.js'

/** Every directory this action makes in the temp dir is named with it. */
export const TEMP_PREFIX = 'flask-rock-'
// A Docker container name (never an option to docker: no leading '-').
const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/

/** The runner's temp dir, where main made its files (the system one when run by hand). */
export function tempRoot(): string {
  return process.env.RUNNER_TEMP || os.tmpdir()
}

/**
 * `file` with its directories resolved (symbolic links followed), when it lies inside a
 * TEMP_PREFIX directory right under `root`; otherwise undefined, with a warning naming `what`.
 * A path whose directory is gone is undefined too: there is nothing to remove.
 */
export async function ownedPath(
  file: string | undefined,
  what: string,
  root = tempRoot()
): Promise<string | undefined> {
  if (!file) return undefined
  if (path.isAbsolute(file)) {
    const [realRoot, parent] = await Promise.all([
      realpath(root).catch(() => undefined),
      realpath(path.dirname(file)).catch(() => undefined)
    ])
    if (realRoot === undefined || parent === undefined) return undefined
    const real = path.join(parent, path.basename(file))
    const inside = path.relative(realRoot, real)
    const first = inside.split(path.sep)[0]
    if (!inside.startsWith('..') && !path.isAbsolute(inside) && first.startsWith(TEMP_PREFIX))
      return real
  }
  core.warning(`Post step: left ${what} ${file} alone: it is not a temporary path of this action`)
  return undefined
}

/**
 * `name` when it is a container that carries this run's label (`runId`); otherwise
 * undefined, with a warning unless the container is already gone.
 */
export async function ownedContainer(
  name: string | undefined,
  runId: string | undefined,
  dockerHost?: string
): Promise<string | undefined> {
  if (!name) return undefined
  if (runId && CONTAINER_NAME.test(name)) {
    try {
      const state = await inspectContainer(name, dockerHost)
      if (state === undefined) return undefined
      if (state.labels?.[RUN_LABEL] === runId) return name
    } catch (err) {
      core.warning(`Post step: cannot inspect container ${name}: ${(err as Error).message}`)
      return undefined
    }
  }
  core.warning(`Post step: left container ${name} alone: it does not carry this run's label`)
  return undefined
}
