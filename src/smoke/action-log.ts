// The smoke test's log on a runner: @actions/core's lines and log groups.
import * as core from '../action/runner-io.js'
import type { SmokeLog } from './log.js'

export const actionLog: SmokeLog = {
  info: line => core.info(line),
  warning: line => core.warning(line),
  mask: secret => core.setSecret(secret),
  group: async (title, body) => {
    core.startGroup(title)
    try {
      await body()
    } finally {
      core.endGroup()
    }
  }
}
