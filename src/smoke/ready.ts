// The smoke test's probes: the first probe until the app answers it well, with the container's
// state and log watched alongside for a boot that cannot succeed; then every other probe once.
import { BootWatch, freshEntries, servingException, type LogCursor } from './boot-watch.js'
import { containerLogEntries, inspectContainer } from './docker.js'
import { SmokeError } from './error.js'
import {
  BodyError,
  bodyExcerpt,
  bodyProblem,
  expectedText,
  probeText,
  request,
  statusOk,
  type Answer,
  type Probe,
  type ProbeResult
} from './probes.js'
import type { RunningSmoke } from './run.js'
import { describeState } from './start.js'

// Short sleeps between tries: the verdict should follow the first good answer within ~0.5 s.
const PROBE_EVERY_MS = 100
/** A try the deadline leaves less time than this says nothing of the app when it times out. */
const CUT_SHORT_MS = 250
// The container's state and new log lines are read this often while the probe waits (two docker
// calls a second: cheap, and a boot failure is seen within about a second).
const STATE_EVERY_MS = 1000
// A first failed boot may be a race (a database or other service not up yet) that Pebble's
// restart 0.5 s later gets past; a second one before the app ever answered is the app itself.
// Waiting for it costs about a second and a half, against the smoke-timeout (2 minutes) it saves.
const BOOT_FAILURES_TO_FAIL = 2
// A server error the app keeps giving is its verdict, not a boot: the same status and body for this
// long, or a traceback in the log, ends the probe. 502 and 503 are what a proxy or a starting
// server answers: those are retried until smoke-timeout.
const SAME_ERROR_MS = 3000
const STARTING_STATUSES = new Set([502, 503])
// Log lines read for the app's exception after a server error (a deep traceback fits).
const EXCEPTION_TAIL_LINES = 400

/** A probe whose answer's body did not end: its one line, with what the body began with. */
function endlessBody(probe: Probe, err: BodyError): SmokeError {
  return new SmokeError(
    `probe '${probeText(probe)}' ${err.message}; it began ${bodyExcerpt(err.body)}`
  )
}

export const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

export function errorText(err: unknown): string {
  const e = err as NodeJS.ErrnoException
  return e.code ? `${e.code}` : e.message || String(err)
}

function count(run: RunningSmoke, status: number): void {
  run.answers++
  run.byStatus[status] = (run.byStatus[status] ?? 0) + 1
}

/**
 * Probes until a good answer, while the container is watched alongside: a probe request can
 * hang (gunicorn's listening socket takes connections while its worker boots), so the watch
 * must not wait for it.
 */
export async function firstGoodAnswer(run: RunningSmoke, probe: Probe): Promise<Answer> {
  const done = new AbortController()
  try {
    return await Promise.race([
      probeApp(run, probe, done.signal),
      watchBoot(run, probe, done.signal)
    ])
  } finally {
    done.abort()
  }
}

async function probeApp(run: RunningSmoke, probe: Probe, signal: AbortSignal): Promise<Answer> {
  let last = 'no answer yet'
  // The last server error (status and body) and since when the app has given it unchanged.
  let lastError = ''
  let lastErrorSince = 0
  while (!signal.aborted) {
    const left = run.deadline - Date.now()
    if (left <= 0) {
      throw new SmokeError(
        `${probe.method === 'GET' ? '' : `${probe.method} `}${probe.path} did not answer with ${expectedText(probe.expect)} within ${run.opts.timeoutSec} s (last try: ${last})`
      )
    }
    let answer: Answer
    try {
      answer = await request(run.baseUrl + probe.path, probe.method, left, signal)
    } catch (err) {
      if (err instanceof BodyError) {
        // smoke-timeout ran out while the body of a status this probe retries came (the request
        // had only what was left of it): that status is the last try, and the time-out says so.
        if (Date.now() >= run.deadline && !statusOk(err.status, probe.expect)) {
          last = `HTTP ${err.status}`
          continue
        }
        // The app answered, but with a body without end: asking again cannot end otherwise.
        throw endlessBody(probe, err)
      }
      // Timed out in the few ms the deadline left it ("no answer within 1 ms"): the try before
      // it says why the app did not answer.
      if (left >= CUT_SHORT_MS || last === 'no answer yet' || Date.now() < run.deadline) {
        last = errorText(err)
      }
      await sleep(PROBE_EVERY_MS)
      continue
    }
    count(run, answer.status)
    if (statusOk(answer.status, probe.expect)) {
      // The app is up and answered as asked: a body without the text is its verdict, not a boot.
      const problem = bodyProblem(probe, answer)
      if (problem) throw new SmokeError(problem)
      return answer
    }
    last = `HTTP ${answer.status}`
    if (answer.status >= 500 && !STARTING_STATUSES.has(answer.status)) {
      const same = `${answer.status} ${answer.body}`
      if (same !== lastError) [lastError, lastErrorSince] = [same, Date.now()]
      await failOnServerError(run, probe, answer, Date.now() - lastErrorSince)
    }
    await sleep(PROBE_EVERY_MS)
  }
  throw new Error('probe stopped') // the race is decided already: nobody sees this
}

/**
 * A server error is the app's own when its log shows the exception it raised, or when the same
 * answer has come for SAME_ERROR_MS: the probe fails at once, saying which.
 */
async function failOnServerError(
  run: RunningSmoke,
  probe: Probe,
  answer: Answer,
  sameForMs: number
): Promise<void> {
  const what = `${probe.method === 'GET' ? '' : `${probe.method} `}${probe.path} answered ${answer.status}`
  const entries = await containerLogEntries(
    run.name,
    run.opts.dockerHost,
    undefined,
    EXCEPTION_TAIL_LINES
  ).catch(() => [])
  const exception = servingException(entries.map(e => e.text))
  if (exception !== undefined) throw new SmokeError(`${what}: the app raised ${exception}`)
  if (sameForMs >= SAME_ERROR_MS) {
    const body = answer.body === '' ? 'an empty body' : bodyExcerpt(answer.body)
    throw new SmokeError(
      `${what} with the same body for ${Math.round(sameForMs / 1000)} s (a server error is retried only while it changes, unless it is 502 or 503): ${body}`
    )
  }
}

/** Once the app answers, every other probe is asked once. */
export async function probeOnce(run: RunningSmoke, probe: Probe): Promise<ProbeResult> {
  let answer: Answer
  try {
    answer = await request(
      run.baseUrl + probe.path,
      probe.method,
      Math.max(run.deadline - Date.now(), 5000)
    )
  } catch (err) {
    if (err instanceof BodyError) throw endlessBody(probe, err)
    throw new SmokeError(`probe '${probeText(probe)}' got no answer: ${errorText(err)}`)
  }
  count(run, answer.status)
  if (!statusOk(answer.status, probe.expect)) {
    throw new SmokeError(
      `probe '${probeText(probe)}' answered ${answer.status}, expected ${expectedText(probe.expect)}`
    )
  }
  const problem = bodyProblem(probe, answer)
  if (problem) throw new SmokeError(problem)
  return { ...probe, status: answer.status, ms: Math.round(answer.ms) }
}

/** Throws SmokeError once the log proves the app cannot boot or the container stops. */
async function watchBoot(run: RunningSmoke, probe: Probe, signal: AbortSignal): Promise<never> {
  const boots = new BootWatch()
  let cursor: LogCursor = { readAtSince: 0 }
  for (;;) {
    await sleep(STATE_EVERY_MS)
    if (signal.aborted) throw new Error('watch stopped') // as above: nobody sees this
    const [state, entries] = await Promise.all([
      inspectContainer(run.name, run.opts.dockerHost),
      containerLogEntries(run.name, run.opts.dockerHost, cursor.since)
    ])
    const read = freshEntries(entries, cursor)
    cursor = read.cursor
    for (const entry of read.fresh) boots.add(entry.text)
    if (signal.aborted) throw new Error('watch stopped')
    if (boots.final) throw new SmokeError(`the app could not start: ${boots.reason}`)
    if (boots.failures >= BOOT_FAILURES_TO_FAIL) {
      throw new SmokeError(`the app failed to boot: ${boots.reason}`)
    }
    if (!state?.running) {
      // No restart comes after this: one failed boot in the log is the reason.
      const why = boots.failures > 0 ? `the app failed to boot: ${boots.reason}; ` : ''
      const last = boots.lastBareLine ? `: ${boots.lastBareLine}` : ''
      throw new SmokeError(
        `${why}the container stopped before ${probe.path} answered (${describeState(state)})${last}`
      )
    }
  }
}
