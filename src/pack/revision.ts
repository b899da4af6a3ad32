// The expansion as the rockcraft on this machine prints it: the config-files part's source is
// inside the snap at its revision (/snap/rockcraft/<revision>/...), never at `current`.
import * as core from '../action/runner-io.js'
import { CONFIG_FILES_SOURCE, withRockcraftRevision } from '../core/index.js'
import { snapRevision } from './install.js'

/**
 * With rockcraft installed: the expansion naming its revision. Without: the expansion as is,
 * naming `current`, and a log line saying so.
 */
export async function expansionForInstalledRockcraft(
  expanded: Record<string, unknown>,
  env: NodeJS.ProcessEnv = process.env
): Promise<Record<string, unknown>> {
  const revision = await snapRevision('rockcraft', env)
  if (revision) return withRockcraftRevision(expanded, revision)
  core.info(
    `The config-files part's source ${CONFIG_FILES_SOURCE} is the rockcraft snap's current revision: rockcraft is not installed here, and once installed it prints its revision number in place of "current"`
  )
  return expanded
}
