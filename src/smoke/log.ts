// The smoke test's one way to speak: the action logs through core.info, `flask-rock smoke`
// through plain stdout. The smoke code itself imports neither, so the CLI loads no @actions/*.
import { printable } from '../process/untrusted.js'

export interface SmokeLog {
  /**
   * A line or more of text, any of which may be the app's own words (its log, a migration's
   * output, an exception quoted in a failure): each log makes it safe for where it goes, the
   * action's fenced from workflow commands, a terminal's stripped of control characters.
   */
  info(text: string): void
  warning(line: string): void
  /** A titled block that may be folded (a log group on a runner). */
  group(title: string, body: () => Promise<void>): Promise<void>
  /** Hides a secret wherever the log would show it (the runner's masking); absent: nothing to do. */
  mask?(secret: string): void
}

/** Plain lines on stdout, warnings on stderr: for a terminal (`flask-rock smoke`). */
export const consoleLog: SmokeLog = {
  info: text => void process.stdout.write(`${printable(text)}\n`),
  warning: line => void process.stderr.write(`warning: ${printable(line)}\n`),
  group: async (title, body) => {
    process.stdout.write(`--- ${printable(title)}\n`)
    try {
      await body()
    } finally {
      process.stdout.write(`---\n`)
    }
  }
}
