// The smoke test's one way to speak: the action logs through core.info, `flask-rock smoke`
// through plain stdout. The smoke code itself imports neither, so the CLI loads no @actions/*.
import { writeUntrusted } from '../process/untrusted.js'

export interface SmokeLog {
  info(line: string): void
  warning(line: string): void
  /** A titled block that may be folded (a log group on a runner). */
  group(title: string, body: () => Promise<void>): Promise<void>
  /** Hides a secret wherever the log would show it (the runner's masking); absent: nothing to do. */
  mask?(secret: string): void
}

/** Text the container wrote (the app's own words): never read as a workflow command. */
export function logUntrusted(log: SmokeLog, text: string): void {
  writeUntrusted(text, line => log.info(line))
}

/** Plain lines on stdout, warnings on stderr: for a terminal (`flask-rock smoke`). */
export const consoleLog: SmokeLog = {
  info: line => void process.stdout.write(`${line}\n`),
  warning: line => void process.stderr.write(`warning: ${line}\n`),
  group: async (title, body) => {
    process.stdout.write(`--- ${title}\n`)
    try {
      await body()
    } finally {
      process.stdout.write(`---\n`)
    }
  }
}
