// The smoke test's log on a runner: @actions/core's lines and log groups. Every line of info may
// be the app's (its log, a migration's output, a failure quoting it): fenced from workflow
// commands, both `::cmd` and `##[cmd]`. Warnings and group titles are workflow commands of their
// own, whose data the runner reads escaped, never as a second command.
import * as core from '../action/runner-io.js'
import { writeUntrusted } from '../process/untrusted.js'
import type { SmokeLog } from './log.js'

export const actionLog: SmokeLog = {
  info: text => writeUntrusted(text, core.info),
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
