// Bounded retries for the snap errors that are known to pass on their own. A try that ran out of
// time is not one of them: a hung snapd (runner-images#13852) hangs again, so it ends the install
// at once, and every try together stays within the policy's deadline.
import * as core from '../action/runner-io.js'
import { CommandError, runOk, type RunOptions, type RunResult } from '../process/exec.js'

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number
  /** Wait before the second try; doubled before each further one. */
  firstDelayMs: number
  /** How to wait; tests pass one that does not. */
  sleep?: (ms: number) => Promise<void>
  /** Date.now() by which every try, waits included, must be over; each try gets what is left. */
  deadline?: number
  /** What a failure message adds: the snapd state (snap changes) after a time-out. */
  explainTimeout?: () => Promise<string>
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, firstDelayMs: 10_000 }

// snapd while the runner image is still settling, and network hiccups while downloading snaps.
const TRANSIENT = [
  /auto-refresh/i,
  /change in progress/i,
  /too early for operation/i,
  /not yet seeded/i,
  /timeout|timed out/i,
  /temporary failure/i,
  /connection (reset|refused)/i,
  /unexpected EOF/i,
  /TLS handshake/i
]

export function isTransient(output: string): boolean {
  return TRANSIENT.some(re => re.test(output))
}

const realSleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

/** runOk, tried again with backoff while the failure looks transient, within the deadline. */
export async function runWithRetry(
  command: string,
  args: readonly string[],
  opts: RunOptions,
  policy: RetryPolicy = DEFAULT_RETRY
): Promise<RunResult> {
  const sleep = policy.sleep ?? realSleep
  const left = (): number => (policy.deadline ?? Infinity) - Date.now()
  let delay = policy.firstDelayMs
  for (let attempt = 1; ; attempt++) {
    const timeoutMs = Math.min(opts.timeoutMs, left())
    if (timeoutMs <= 0) {
      throw new CommandError(`${opts.what}: no time left of the install's time limit`)
    }
    try {
      return await runOk(command, args, { ...opts, timeoutMs })
    } catch (err) {
      const result = err instanceof CommandError ? err.result : undefined
      if (result?.timedOut) {
        const state = (await policy.explainTimeout?.()) ?? ''
        throw new CommandError(
          `${(err as Error).message} (a time-out is not retried: a hung snapd hangs again)${state ? `\n${state}` : ''}`,
          result
        )
      }
      const output = result ? `${result.stderr}\n${result.stdout}` : ''
      const transient = result !== undefined && isTransient(output)
      if (!transient) throw err
      if (attempt >= policy.attempts || left() < delay + 1000) {
        throw new CommandError(
          `${(err as Error).message}\n(gave up after ${attempt} tries of a transient-looking failure)`,
          result
        )
      }
      core.warning(
        `${opts.what}: try ${attempt} of ${policy.attempts} failed with a transient error; trying again in ${Math.round(delay / 1000)} s`
      )
      await sleep(delay)
      delay *= 2
    }
  }
}
