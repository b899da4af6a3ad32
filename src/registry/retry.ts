// Running a registry tool (skopeo, buildah) with retries: only transient registry trouble (5xx,
// resets, timeouts on the wire, 429) is worth another try; a refused login or a bad reference is
// reported at once, with a hint.
import * as path from 'node:path'
import * as core from '../action/runner-io.js'
import { run, type RunResult } from '../process/exec.js'
import { PublishError } from './error.js'
import { skopeoMessage } from './skopeo.js'

export type PushFailure = 'auth' | 'transient' | 'other'

/** Sorts a failed skopeo call by its message: only transient registry trouble is worth a retry. */
export function classifyFailure(stderr: string): PushFailure {
  // Auth first: a 401 page may mention other words below.
  if (
    /unauthorized|authentication required|access denied|denied:|requested access to the resource is denied|invalid username\/password|\b401\b|\b403\b|forbidden/i.test(
      stderr
    )
  ) {
    return 'auth'
  }
  if (
    /\b5\d\d (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)|status ?(?:code)?:? 5\d\d|connection reset|connection refused|broken pipe|i\/o timeout|TLS handshake timeout|timeout awaiting response headers|unexpected EOF|: EOF\b|\b429\b|too many requests/i.test(
      stderr
    )
  ) {
    return 'transient'
  }
  return 'other'
}

/** How to run one registry tool (skopeo, buildah) with retries. */
export interface Session {
  command: string
  /** Picks the tool's own message out of its stderr; default skopeoMessage. */
  message?: (stderr: string) => string
  /** What to check when the registry refuses; default: the credentials and the right to push. */
  authHint?: string
  env: NodeJS.ProcessEnv
  isFork: boolean
  attempts: number
  timeoutMs: number
  retryDelayMs: number
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

/** Runs the tool, again after a pause when the registry failed transiently, up to the attempts. */
export async function runRetrying(
  session: Session,
  label: string,
  args: string[],
  { stream }: { stream: boolean } = { stream: false }
): Promise<RunResult> {
  const { attempts, timeoutMs } = session
  for (let attempt = 1; ; attempt++) {
    const result = await run(session.command, args, {
      what: label,
      timeoutMs,
      env: session.env,
      stream
    })
    if (result.code === 0 && !result.timedOut) return result
    const failure = describeFailure(result, label, timeoutMs, session)
    if (failure.kind !== 'transient' || attempt >= attempts) throw new PublishError(failure.message)
    const delay = session.retryDelayMs * 2 ** (attempt - 1)
    core.warning(
      `${failure.message}; retrying in ${Math.round(delay / 1000)} s (attempt ${attempt + 1} of ${attempts})`
    )
    await sleep(delay)
  }
}

function describeFailure(
  result: RunResult,
  label: string,
  timeoutMs: number,
  { isFork, message, authHint }: Session
): { kind: PushFailure | 'timeout'; message: string } {
  if (result.timedOut) {
    return {
      kind: 'timeout',
      message: `${label} did not finish within ${Math.round(timeoutMs / 1000)} s`
    }
  }
  const detail = (message ?? skopeoMessage)(result.stderr || result.stdout)
  const kind = classifyFailure(detail)
  if (kind === 'auth') {
    const hint = isFork
      ? ' (a pull request from a fork gets a read-only GITHUB_TOKEN)'
      : (authHint ??
        ': check registry-username and registry-password, and that the user may push there')
    const tool = path.basename(result.command)
    return { kind, message: `${label} was refused by the registry${hint}. ${tool} said: ${detail}` }
  }
  return { kind, message: `${label} failed: ${detail}` }
}
