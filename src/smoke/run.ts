// The smoke test's run: load the rock into Docker, start it in the chosen worker mode, and prove
// it serves: the probes answer, gunicorn uses the expected worker, the statsd exporter counts the
// answers, the app runs as _daemon_, and `docker stop` ends it cleanly.
import { randomBytes } from 'node:crypto'
import * as os from 'node:os'
import * as path from 'node:path'
import type { MigrateChoice, ServicesChoice, WorkerChoice } from '../action/context.js'
import { tailLines } from '../process/exec.js'
import { interrupted, removeOnInterrupt } from '../process/interrupt.js'
import { privateDir, removePrivateFile, writePrivateFile } from '../process/private-file.js'
import { BootWatch, freshEntries, logText, servingException, type LogCursor } from './boot-watch.js'
import {
  deployerEnv,
  DEPLOYER_SECRETS,
  extraServicesOfPlan,
  serviceStates,
  servicesText,
  smokeEnvironment,
  type ServiceState
} from './deployer.js'
import {
  containerLogEntries,
  containerLogs,
  execInContainer,
  containerProcesses,
  containerdStore,
  inspectContainer,
  loadedImage,
  loadRock,
  removeContainer,
  removeImage,
  runDetached,
  stopContainer,
  type ContainerState
} from './docker.js'
import { SmokeError } from './error.js'
import { isRunImage, runImage, taggedImage } from './image.js'
import type { SmokeLog } from './log.js'
import { parseMetrics, type SmokeMetrics } from './metrics.js'
import { ArchiveLoad, loadSettled } from './archive-load.js'
import { LAYOUT_ROOTS, layoutOf, migrationCommand, type RockLayout } from './layout.js'
import { RockError, type BlobCopy } from '../rock/index.js'
import { DAEMON_UID, foreignOwners, rockImage, type RockImage } from './ownership.js'
import {
  BodyError,
  bodyExcerpt,
  bodyProblem,
  concurrentGets,
  expectedText,
  probeText,
  request,
  statusOk,
  type Answer,
  type ConcurrencyPlan,
  type ConcurrencyResult,
  type Probe,
  type ProbeResult
} from './probes.js'
import {
  workerFromLog,
  workerOfLayers,
  workerPlan,
  type Worker,
  type WorkerPlan
} from './worker.js'

export const APP_PORT = 8000
export const METRICS_PORT = 9102
/** Every smoke container carries this label (cleanup, and tests checking for leftovers). */
export const SMOKE_LABEL = 'flask-rock-action.smoke'

// Short sleeps between tries: the verdict should follow the first good answer within ~0.5 s.
const PROBE_EVERY_MS = 100
const METRICS_EVERY_MS = 50
// The container's state and new log lines are read this often while the probe waits (two docker
// calls a second: cheap, and a boot failure is seen within about a second).
const STATE_EVERY_MS = 1000
// A first failed boot may be a race (a database or other service not up yet) that Pebble's
// restart 0.5 s later gets past; a second one before the app ever answered is the app itself.
// Waiting for it costs about a second and a half, against the smoke-timeout (2 minutes) it saves.
const BOOT_FAILURES_TO_FAIL = 2
// Enough time for the log and the metrics to catch up after a good answer even when the probe
// used up nearly all of smoke-timeout.
const CATCH_UP_MS = 10_000
// Docker's own default grace period for `docker stop`.
const STOP_GRACE_SEC = 10
const LOG_TAIL_LINES = 100
// A server error the app keeps giving is its verdict, not a boot: the same status and body for this
// long, or a traceback in the log, ends the probe. 502 and 503 are what a proxy or a starting
// server answers: those are retried until smoke-timeout.
const SAME_ERROR_MS = 3000
const STARTING_STATUSES = new Set([502, 503])
// Log lines read for the app's exception after a server error (a deep traceback fits).
const EXCEPTION_TAIL_LINES = 400
const METRICS_KEEP_BYTES = 4 * 1024 * 1024
const ENV_FILE = 'smoke.env'
const ENV_DIR_PREFIX = 'flask-rock-smoke-'
// The migration's output kept (its tail, per stream) and shown in its log group.
const MIGRATION_KEEP_BYTES = 256 * 1024
const MIGRATION_LOG_LINES = 200
// Lines of the migration's output quoted in the verdict when it fails.
const MIGRATION_QUOTE_LINES = 3
// `pebble replan`, `pebble plan`, `pebble services`: each answers within a second or two.
const PEBBLE_CALL_MS = 60_000

/** What a smoke test leaves until it is cleaned up: the post step's state. */
export interface SmokeLeftovers {
  containerName?: string
  envFile?: string
  /** An image this run loaded under a reference of its own (runImage). */
  smokeImage?: string
}

export interface SmokeOptions {
  /** Path of the .rock (an OCI archive). */
  rock: string
  /**
   * Image reference to load it as; ':latest' is added when it has no tag. Left out: one of the
   * run's own, named after the rock's own name and version (NAME:VERSION-smoke-<12 hex>).
   */
  image?: string
  worker: WorkerChoice
  /**
   * The worker the expansion chose (gevent when the project depends on gevent). Left out (for
   * input `rock` without a project), it is read from the rock's Pebble layers.
   */
  projectWorker?: Worker
  /** At least one; the first is tried until it answers well, the others once after it. */
  probes: Probe[]
  concurrency?: ConcurrencyPlan
  timeoutSec: number
  /** smoke-env: handed to the container through a file only the runner user can read. */
  env: Record<string, string>
  /** Docker daemon address (unix:///path); undefined: the default socket. */
  dockerHost?: string
  /** Where the env file goes (RUNNER_TEMP on a runner); default the OS temp dir. */
  tempDir?: string
  log: SmokeLog
  /** More labels for the container (the action's names its run, for the post step). */
  labels?: Record<string, string>
  /** Records what a killed run would leave (the action: the post step's state). */
  remember?: (leftovers: SmokeLeftovers) => void
  /** Remove the image afterwards when the run loaded it under its own reference (the CLI). */
  removeRunImage?: boolean
  /**
   * Run the migration script paas-charm would run, before the app starts: auto (when the rock has
   * one), true (it must have one), false (default).
   */
  migrate?: MigrateChoice
  /** The rock's *-worker and *-scheduler services: report their state (default) or require them active. */
  services?: ServicesChoice
}

/** The migration as it ran: paas-charm's command, in the app directory, as _daemon_. */
export interface MigrationResult {
  command: string[]
  workdir: string
  ms: number
  exitCode: number
}

export interface SmokeResult {
  image: string
  worker: Worker
  /** The first probe's good answer. */
  status: number
  /** From `docker run` (after a migration: from `pebble replan`) to the first good answer. */
  readyMs: number
  /** Duration of the good request. */
  latencyMs: number
  /** From the first good answer to the verdict (every probe, worker proven, metrics counted). */
  verdictMs: number
  /** Answers the probes got (all statuses); the metrics counted at least these. */
  answers: number
  metrics: SmokeMetrics
  probes: ProbeResult[]
  /** The uid the app's processes run as (584792: _daemon_). */
  appUid: number
  concurrency?: ConcurrencyResult
  /** `docker stop`: how long it took and the container's exit code. */
  stop: { ms: number; exitCode: number }
  /** The rock's layout: v1 (/flask/app) or v2 (/app, rockcraft's 26.04 extension). */
  layout: RockLayout['name']
  /** Names of the container's variables: the deployer's defaults left, and smoke-env's. */
  environment: { deployer: string[]; smokeEnv: string[] }
  /** Present when a migration ran (it passed: a failed one fails the smoke test). */
  migration?: MigrationResult
  /** The rock's *-worker and *-scheduler services, as Pebble saw them once the app answered. */
  services: ServiceState[]
}

export function describeState(state: ContainerState | undefined): string {
  if (!state) return 'the container is gone'
  const parts = [`status ${state.status}`]
  if (!state.running) parts.push(`exit code ${state.exitCode}`)
  parts.push(state.oomKilled ? 'OOM-killed' : 'not OOM-killed')
  if (state.error) parts.push(`error: ${state.error}`)
  return parts.join(', ')
}

/** Docker env-file text. Values are taken literally (no quotes, no expansion). */
export function envFileText(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([k, v]) => {
      if (/[\r\n\0]/.test(v)) throw new SmokeError(`smoke-env: the value of ${k} spans lines`)
      return `${k}=${v}\n`
    })
    .join('')
}

/** A probe whose answer's body did not end: its one line, with what the body began with. */
function endlessBody(probe: Probe, err: BodyError): SmokeError {
  return new SmokeError(
    `probe '${probeText(probe)}' ${err.message}; it began ${bodyExcerpt(err.body)}`
  )
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

function errorText(err: unknown): string {
  const e = err as NodeJS.ErrnoException
  return e.code ? `${e.code}` : e.message || String(err)
}

/** The failure's one line, then the container's log tail (both streams, by time) and state. */
async function explainFailure(
  name: string,
  reason: string,
  log: SmokeLog,
  host?: string
): Promise<void> {
  // The reason may quote the app (its exception, its body): the log fences what it prints.
  log.info(`Smoke test failed: ${reason}`)
  await log.group(`Smoke test container ${name}: log tail and state`, async () => {
    const entries = await containerLogEntries(name, host, undefined, LOG_TAIL_LINES).catch(
      (e: Error) => `(cannot read the log: ${e.message.split('\n')[0]})`
    )
    // The container's words are the app's: the log keeps them from the runner and the terminal.
    if (typeof entries === 'string') log.info(entries)
    else log.info(logText(entries.slice(-LOG_TAIL_LINES)))
    const state = await inspectContainer(name, host).catch(() => undefined)
    log.info(`Container state: ${describeState(state)}`)
  })
}

/** A running smoke container: verify() it, then close() it (always). */
export class SmokeRun {
  readonly baseUrl: string
  readonly metricsUrl: string
  private answers = 0
  /** The verdict is in: loops still waiting (the other of two side-by-side waits) give up. */
  private settled = false
  private readonly byStatus: Record<string, number> = {}
  private readonly log: SmokeLog

  constructor(
    readonly name: string,
    readonly image: string,
    readonly plan: WorkerPlan,
    private readonly startedAt: number,
    ports: Record<string, number>,
    private readonly opts: SmokeOptions,
    private readonly envDir: string,
    private readonly setup: SmokeSetup
  ) {
    this.baseUrl = `http://127.0.0.1:${ports[`${APP_PORT}/tcp`]}`
    this.metricsUrl = `http://127.0.0.1:${ports[`${METRICS_PORT}/tcp`]}/metrics`
    this.log = opts.log
  }

  /** The first probe's URL. */
  get appUrl(): string {
    return this.baseUrl + this.opts.probes[0].path
  }

  private get deadline(): number {
    return this.startedAt + this.opts.timeoutSec * 1000
  }

  /** Probes, proves the worker and the metrics; throws SmokeError after logging the details. */
  async verify(): Promise<SmokeResult> {
    try {
      return await this.check()
    } catch (err) {
      this.settled = true
      // Stopped by Ctrl-C or a kill (a run by hand): no verdict to explain, no log tail to read.
      if (interrupted()) throw err
      const reason = err instanceof SmokeError ? err.message : errorText(err).split('\n')[0]
      await explainFailure(this.name, reason, this.log, this.opts.dockerHost)
      throw err instanceof SmokeError ? err : new SmokeError(reason)
    }
  }

  private async check(): Promise<SmokeResult> {
    const [first, ...others] = this.opts.probes
    const migration = this.setup.migration && (await this.migrate(this.setup.migration))
    // With a migration, the services start when it is done: ready counts from then.
    const servicesFrom = migration ? await this.startServices() : this.startedAt
    const good = await this.probe(first)
    const readyMs = Date.now() - servicesFrom
    const readyAt = performance.now()
    const probes: ProbeResult[] = [{ ...first, status: good.status, ms: Math.round(good.ms) }]
    for (const probe of others) probes.push(await this.probeOnce(probe))
    // Both wait on the same app (its log, its metrics): side by side, the verdict comes sooner.
    // The extra services' states and the app's uid are read meanwhile (docker exec and docker top).
    const [, metrics, services, appUid] = await Promise.all([
      this.proveWorker(),
      this.awaitMetrics(),
      this.extraServices(),
      this.appUid()
    ])
    const verdictMs = Math.round(performance.now() - readyAt)
    const concurrency = this.opts.concurrency && (await this.concurrencyProof())
    const stop = await this.gracefulStop()
    const result: SmokeResult = {
      image: this.image,
      worker: this.plan.worker,
      status: good.status,
      readyMs,
      latencyMs: Math.round(good.ms),
      verdictMs,
      answers: this.answers,
      metrics,
      probes,
      appUid,
      ...(concurrency ? { concurrency } : {}),
      stop,
      layout: this.setup.layout.name,
      environment: this.setup.environment,
      ...(migration ? { migration } : {}),
      services
    }
    for (const p of probes) this.log.info(`Probe ${probeText(p)}: ${p.status} in ${p.ms} ms`)
    if (concurrency) {
      this.log.info(
        `Concurrency: ${concurrency.requests} GET ${concurrency.path} at once: p50 ${concurrency.p50Ms} ms, p95 ${concurrency.p95Ms} ms, ${concurrency.errors} errors, all in ${concurrency.wallMs} ms`
      )
    }
    this.log.info(
      `Smoke test passed: ${first.path} answered ${good.status} in ${result.latencyMs} ms, ready ${readyMs} ms after start; ` +
        `worker ${result.worker}; flask_requests ${metrics.requests}, flask_response_code ${JSON.stringify(metrics.responseCodes)}; ` +
        `app uid ${appUid}; docker stop took ${stop.ms} ms (exit code ${stop.exitCode})`
    )
    return result
  }

  /**
   * Runs the migration as paas-charm does before it starts the app: in the container, from the
   * app directory, as _daemon_, with the app's environment (the container's), no stdin; bounded by
   * smoke-timeout. Its output is the project's: fenced in its log group.
   */
  private async migrate(command: string[]): Promise<MigrationResult> {
    const workdir = this.setup.layout.appDir
    const shown = command.join(' ')
    const left = this.deadline - Date.now()
    if (left <= 0)
      throw new SmokeError(`no time left for the migration within ${this.opts.timeoutSec} s`)
    let result!: Awaited<ReturnType<typeof execInContainer>>
    await this.log.group(`Migration: ${shown} (in ${workdir} as _daemon_)`, async () => {
      result = await execInContainer(
        this.name,
        command,
        `run the migration ${shown}`,
        { user: '_daemon_', workdir, timeoutMs: left, keepBytes: MIGRATION_KEEP_BYTES },
        this.opts.dockerHost
      )
      for (const [stream, text] of [
        ['stdout', result.stdout],
        ['stderr', result.stderr]
      ] as const) {
        const lines = tailLines(text, MIGRATION_LOG_LINES)
        if (lines === '') continue
        this.log.info(`${stream} (last lines, as the migration wrote them):`)
        this.log.info(lines)
      }
      this.log.info(
        result.timedOut
          ? `Stopped after ${(result.durationMs / 1000).toFixed(1)} s: smoke-timeout`
          : `Exit code ${result.code} after ${(result.durationMs / 1000).toFixed(1)} s`
      )
    })
    if (result.timedOut) {
      throw new SmokeError(
        `the migration (${shown}) did not finish within the smoke timeout (${this.opts.timeoutSec} s)`
      )
    }
    if (result.code !== 0) {
      const quoted = oneLine(tailLines(result.stderr || result.stdout, MIGRATION_QUOTE_LINES))
      throw new SmokeError(
        `the migration (${shown}, in ${workdir} as _daemon_) failed with exit code ${result.code}${quoted ? `: ${quoted}` : ' and printed nothing'}`
      )
    }
    this.log.info(`Migration ${shown} passed in ${result.durationMs} ms`)
    return { command, workdir, ms: result.durationMs, exitCode: 0 }
  }

  /**
   * After the migration, Pebble (held until then) starts the default services, as the charm's
   * replan does. Whether they stay up is for the probe and the boot watch to tell: replan's own
   * failure (a worker that exits at once) is logged, not a verdict.
   */
  private async startServices(): Promise<number> {
    const at = Date.now()
    const result = await execInContainer(
      this.name,
      [this.setup.pebble, 'replan'],
      'start the services (pebble replan)',
      { timeoutMs: PEBBLE_CALL_MS },
      this.opts.dockerHost
    )
    if (result.code !== 0 || result.timedOut) {
      this.log.info('pebble replan did not start every service:')
      this.log.info(tailLines(result.stderr || result.stdout, 20) || '(no output)')
    }
    return at
  }

  /**
   * The *-worker and *-scheduler services' states, their names from Pebble's plan (YAML: exact,
   * whatever characters they hold) and their states from `pebble services` (all of them: no name
   * goes on a command line). Require mode fails on one not active, or on states it cannot read.
   */
  private async extraServices(): Promise<ServiceState[]> {
    const require = this.opts.services === 'require'
    const pebble = async (args: string[], what: string): Promise<string | undefined> => {
      const r = await execInContainer(
        this.name,
        [this.setup.pebble, ...args],
        what,
        { timeoutMs: PEBBLE_CALL_MS },
        this.opts.dockerHost
      )
      if (r.code === 0 && !r.timedOut) return r.stdout
      const why = `${what} failed: ${oneLine(tailLines(r.stderr || r.stdout, 1)) || `exit code ${r.code}`}`
      if (require) throw new SmokeError(why)
      this.log.warning(`${why}; the extra services are not reported`)
      return undefined
    }
    const plan = await pebble(['plan'], "read Pebble's plan (pebble plan)")
    const names = plan === undefined ? [] : extraServicesOfPlan(plan)
    if (names.length === 0) return []
    const table = await pebble(['services'], "read the services' states (pebble services)")
    if (table === undefined) return []
    const states = serviceStates(table, names)
    this.log.info(`Extra services (as paas-charm starts them): ${servicesText(states)}`)
    const down = states.filter(s => s.current !== 'active')
    if (this.opts.services === 'require' && down.length > 0) {
      throw new SmokeError(
        `smoke-services is require, and ${down.map(s => `${s.name} is ${s.current}`).join(', ')} (not active)`
      )
    }
    return states
  }

  private count(status: number): void {
    this.answers++
    this.byStatus[status] = (this.byStatus[status] ?? 0) + 1
  }

  /**
   * Probes until a good answer, while the container is watched alongside: a probe request can
   * hang (gunicorn's listening socket takes connections while its worker boots), so the watch
   * must not wait for it.
   */
  private async probe(probe: Probe): Promise<Answer> {
    const done = new AbortController()
    try {
      return await Promise.race([
        this.probeApp(probe, done.signal),
        this.watchBoot(probe, done.signal)
      ])
    } finally {
      done.abort()
    }
  }

  private async probeApp(probe: Probe, signal: AbortSignal): Promise<Answer> {
    let last = 'no answer yet'
    // The last server error (status and body) and since when the app has given it unchanged.
    let lastError = ''
    let lastErrorSince = 0
    while (!signal.aborted) {
      const left = this.deadline - Date.now()
      if (left <= 0) {
        throw new SmokeError(
          `${probe.method === 'GET' ? '' : `${probe.method} `}${probe.path} did not answer with ${expectedText(probe.expect)} within ${this.opts.timeoutSec} s (last try: ${last})`
        )
      }
      let answer: Answer
      try {
        answer = await request(this.baseUrl + probe.path, probe.method, left, signal)
      } catch (err) {
        if (err instanceof BodyError) {
          // smoke-timeout ran out while the body of a status this probe retries came (the request
          // had only what was left of it): that status is the last try, and the time-out says so.
          if (Date.now() >= this.deadline && !statusOk(err.status, probe.expect)) {
            last = `HTTP ${err.status}`
            continue
          }
          // The app answered, but with a body without end: asking again cannot end otherwise.
          throw endlessBody(probe, err)
        }
        last = errorText(err)
        await sleep(PROBE_EVERY_MS)
        continue
      }
      this.count(answer.status)
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
        await this.failOnServerError(probe, answer, Date.now() - lastErrorSince)
      }
      await sleep(PROBE_EVERY_MS)
    }
    throw new Error('probe stopped') // the race is decided already: nobody sees this
  }

  /**
   * A server error is the app's own when its log shows the exception it raised, or when the same
   * answer has come for SAME_ERROR_MS: the probe fails at once, saying which.
   */
  private async failOnServerError(probe: Probe, answer: Answer, sameForMs: number): Promise<void> {
    const what = `${probe.method === 'GET' ? '' : `${probe.method} `}${probe.path} answered ${answer.status}`
    const entries = await containerLogEntries(
      this.name,
      this.opts.dockerHost,
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
  private async probeOnce(probe: Probe): Promise<ProbeResult> {
    let answer: Answer
    try {
      answer = await request(
        this.baseUrl + probe.path,
        probe.method,
        Math.max(this.deadline - Date.now(), 5000)
      )
    } catch (err) {
      if (err instanceof BodyError) throw endlessBody(probe, err)
      throw new SmokeError(`probe '${probeText(probe)}' got no answer: ${errorText(err)}`)
    }
    this.count(answer.status)
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
  private async watchBoot(probe: Probe, signal: AbortSignal): Promise<never> {
    const boots = new BootWatch()
    let cursor: LogCursor = { readAtSince: 0 }
    for (;;) {
      await sleep(STATE_EVERY_MS)
      if (signal.aborted) throw new Error('watch stopped') // as above: nobody sees this
      const [state, entries] = await Promise.all([
        inspectContainer(this.name, this.opts.dockerHost),
        containerLogEntries(this.name, this.opts.dockerHost, cursor.since)
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

  private catchUpDeadline(): number {
    return Math.max(this.deadline, Date.now() + CATCH_UP_MS)
  }

  private async proveWorker(): Promise<void> {
    const until = this.catchUpDeadline()
    for (;;) {
      const seen = workerFromLog(await containerLogs(this.name, this.opts.dockerHost))
      if (seen !== undefined) {
        if (seen !== this.plan.worker) {
          throw new SmokeError(`gunicorn uses worker '${seen}', expected '${this.plan.worker}'`)
        }
        return
      }
      if (Date.now() >= until || this.settled) {
        throw new SmokeError(
          `the container log never said which worker gunicorn uses ('Using worker: ...')`
        )
      }
      await sleep(METRICS_EVERY_MS)
    }
  }

  private async awaitMetrics(): Promise<SmokeMetrics> {
    const until = this.catchUpDeadline()
    let last: string
    for (;;) {
      try {
        const answer = await request(
          this.metricsUrl,
          'GET',
          Math.max(until - Date.now(), 1000),
          undefined,
          // The whole exposition is needed; the exporter's is tens of KiB.
          { keepBytes: METRICS_KEEP_BYTES }
        )
        if (answer.status !== 200) {
          last = `HTTP ${answer.status}`
        } else {
          const metrics = parseMetrics(answer.body)
          const counted =
            metrics.requests >= this.answers &&
            Object.entries(this.byStatus).every(([s, n]) => (metrics.responseCodes[s] ?? 0) >= n)
          if (counted) return metrics
          last = `flask_requests ${metrics.requests}, flask_response_code ${JSON.stringify(metrics.responseCodes)}`
        }
      } catch (err) {
        last = errorText(err)
      }
      if (Date.now() >= until || this.settled) {
        throw new SmokeError(
          `the metrics endpoint (:${METRICS_PORT}/metrics) never counted the probes' ${this.answers} answer(s) with status ${Object.keys(this.byStatus).join(', ')} (last: ${last})`
        )
      }
      await sleep(METRICS_EVERY_MS)
    }
  }

  /** The uid of the app's processes as `docker top` sees them: root fails the smoke test. */
  private async appUid(): Promise<number> {
    const processes = await containerProcesses(this.name, this.opts.dockerHost)
    const app = processes.filter(p => /gunicorn/.test(p.command))
    const uids = [...new Set((app.length ? app : processes).map(p => p.uid))]
    if (uids.includes(0)) {
      throw new SmokeError(
        `the app runs as root (uid 0), not as _daemon_ (${DAEMON_UID}) as a flask-framework rock does`
      )
    }
    return uids[0] ?? -1
  }

  private async concurrencyProof(): Promise<ConcurrencyResult> {
    const plan = this.opts.concurrency!
    const probePath = plan.path ?? this.opts.probes[0].path
    const result = await concurrentGets(
      this.baseUrl,
      probePath,
      plan.requests,
      Math.max(this.deadline - Date.now(), 60_000)
    )
    if (result.errors > 0) {
      throw new SmokeError(
        `${result.errors} of ${plan.requests} concurrent GET ${probePath} failed or answered 500 or above (worker ${this.plan.worker})`
      )
    }
    return result
  }

  /** `docker stop`: Pebble must stop gunicorn and exit 0 within the grace period. */
  private async gracefulStop(): Promise<{ ms: number; exitCode: number }> {
    const started = performance.now()
    await stopContainer(this.name, STOP_GRACE_SEC, this.opts.dockerHost)
    const ms = Math.round(performance.now() - started)
    const state = await inspectContainer(this.name, this.opts.dockerHost)
    const exitCode = state?.exitCode ?? -1
    if (exitCode !== 0) {
      throw new SmokeError(
        `docker stop did not end the container cleanly: exit code ${exitCode} after ${(ms / 1000).toFixed(1)} s (grace period ${STOP_GRACE_SEC} s)`
      )
    }
    return { ms, exitCode }
  }

  /** Removes the container and the env file; never throws (a warning says what was left). */
  close(): Promise<void> {
    return removeSmoke(this.name, this.envDir, this.opts)
  }
}

async function removeSmoke(name: string, envDir: string, opts: SmokeOptions): Promise<void> {
  await cleanupSmoke({ containerName: name, envFile: path.join(envDir, ENV_FILE) }, opts.log, {
    dockerHost: opts.dockerHost
  })
  try {
    opts.remember?.({ containerName: undefined, envFile: undefined })
  } catch {
    // Only means the post step will try the same (harmless) cleanup again.
  }
}

async function writeEnvFile(text: string, tempDir: string): Promise<string> {
  const dir = await privateDir(tempDir, ENV_DIR_PREFIX)
  // Its secrets go on an interrupt even before the run records it (remember): the handler's list.
  removeOnInterrupt(dir)
  await writePrivateFile(path.join(dir, ENV_FILE), text)
  return dir
}

const DOCKER_ARCH: Record<string, string> = {
  x64: 'amd64',
  arm64: 'arm64',
  ppc64: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64'
}

/** A rock's own name and version, as rockcraft records them in it (not its file name). */
export interface RockIdentity {
  /** From its Pebble layer, `/var/lib/pebble/default/layers/001-<name>.yaml`; 'rock' without one. */
  name: string
  /** Its label org.opencontainers.image.version (rockcraft's `version`). */
  version?: string
}

// rockcraft's project names: lower-case letters, digits and single hyphens, at most 40 characters.
const ROCK_NAME = /^[a-z0-9](?:-?[a-z0-9])*$/
const PEBBLE_LAYER_FILE = /^\d{3}-(.+)\.yaml$/

/** The name and version a rock carries; anything else in its (untrusted) files is ignored. */
export function rockIdentity(layerFiles: string[], labels: Record<string, unknown>): RockIdentity {
  const name = layerFiles
    .map(f => PEBBLE_LAYER_FILE.exec(path.posix.basename(f))?.[1])
    .find((n): n is string => n !== undefined && n.length <= 40 && ROCK_NAME.test(n))
  const version = labels['org.opencontainers.image.version']
  return {
    name: name ?? 'rock',
    ...(typeof version === 'string' && version.trim() !== '' ? { version } : {})
  }
}

/** What the smoke test plans from the rock and the options before anything runs. */
interface SmokeSetup {
  layout: RockLayout
  /** paas-charm's migration command, when one is to run. */
  migration?: string[]
  environment: SmokeResult['environment']
  /** The rock's Pebble inside the container (its entrypoint). */
  pebble: string
}

/** A single line of the project's words, for a verdict. */
function oneLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map(l => l.trim())
      .filter(l => l !== '')
      .join(' | ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x1f\x7f]/g, ' ')
  )
}

/** The migration to run for smoke-migrate, or undefined; throws when `true` finds none. */
export function planMigration(
  choice: MigrateChoice,
  layout: RockLayout,
  paths: ReadonlySet<string> | Map<string, unknown>
): string[] | undefined {
  if (choice === 'false') return undefined
  const command = migrationCommand(layout, paths)
  if (!command && choice === 'true') {
    throw new SmokeError(
      `a migration was asked for (smoke-migrate true, --migrate), but the rock has no migrate, migrate.sh, migrate.py or manage.py in ${layout.appDir}`
    )
  }
  return command
}

/** The rock as read, with the layout it follows and the paths under that layout. */
type CheckedRock = RockImage & { layout: RockLayout; paths: Map<string, number> }

/**
 * Reads the rock itself: an OCI archive for this machine's architecture, its files owned right
 * where its layout says; returns the layout and the paths under it.
 */
async function checkRockFile(rock: string, copy?: BlobCopy): Promise<CheckedRock> {
  let image: Awaited<ReturnType<typeof rockImage>>
  try {
    image = await rockImage(rock, LAYOUT_ROOTS, copy)
  } catch (err) {
    // The reader's one line ("cannot read <rock>: <why>"); anything else is a bug, not the rock.
    if (err instanceof RockError) throw new SmokeError(err.message)
    throw err
  }
  const here = DOCKER_ARCH[process.arch] ?? process.arch
  if (image.architecture && image.architecture !== here) {
    throw new SmokeError(`${rock} is built for ${image.architecture}; this machine runs ${here}`)
  }
  const layout = layoutOf(image.owners)
  const under = (p: string): boolean =>
    layout.ownedRoots.some(r => p === r || p.startsWith(`${r}/`))
  const foreign = foreignOwners(new Map([...image.owners].filter(([p]) => under(p))))
  if (foreign.length > 0) {
    throw new SmokeError(
      `files in the rock are not owned by _daemon_ (${DAEMON_UID}), as rockcraft makes them: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''}`
    )
  }
  return { ...image, layout, paths: image.owners }
}

/** The log line naming the container's variables (never their values). */
function environmentText(environment: SmokeResult['environment']): string {
  const deployer = environment.deployer.map(k =>
    DEPLOYER_SECRETS.includes(k) ? `${k} (random, masked)` : k
  )
  const parts = [
    `Environment as paas-charm gives the app without configuration or relations: ${deployer.join(', ') || 'none left'}`
  ]
  if (environment.smokeEnv.length > 0)
    parts.push(`from smoke-env: ${environment.smokeEnv.join(', ')}`)
  return parts.join('; ')
}

/**
 * Reads the rock (architecture, owners) and loads it into Docker in the same pass: the read hands
 * its blobs to `docker load` as they stream by (ArchiveLoad), and the image is named only once
 * the read and the plan passed, so a refused rock never takes a tag (not the user's, not the
 * run's). Unnamed (flask-rock smoke), the image is named after the rock's own name and version,
 * which only the read knows. Whatever the streamed load cannot take, skopeo loads afterwards.
 */
async function checkAndLoad<T>(
  opts: SmokeOptions,
  named: string | undefined,
  plan: (read: CheckedRock) => T
): Promise<{ read: CheckedRock; planned: T; image: string }> {
  const load = new ArchiveLoad(opts.rock, opts.dockerHost)
  let read: CheckedRock
  let planned: T
  try {
    read = await checkRockFile(opts.rock, load)
    planned = plan(read)
  } catch (err) {
    await load.abort()
    throw err
  }
  const identity = rockIdentity(
    read.pebbleLayers.map(l => l.name),
    read.labels
  )
  const image = named ?? runImage(identity.name, identity.version)
  // Remembered before it is tagged: whatever a killed run leaves is removed by the cleanup.
  if (isRunImage(image)) opts.remember?.({ smokeImage: image })
  opts.log.info(`Loading ${opts.rock} into Docker as ${image}`)
  const streamed = await load.finish(image, read.blobs)
  if (!streamed.loaded) {
    opts.log.info(
      `The load alongside the read did not complete (${streamed.why}): loading with skopeo`
    )
    await loadRock(opts.rock, image, opts.dockerHost)
  }
  await sameImage(image, read, opts.dockerHost)
  return { read, planned, image }
}

/**
 * The image Docker loaded is the image the read checked (and the SBOM describes): its layers are
 * the config's diff_ids and its ID the config's digest (the manifest's in containerd's store,
 * where the layers alone are compared). Otherwise it is removed and the step fails saying which.
 */
async function sameImage(image: string, read: CheckedRock, host?: string): Promise<void> {
  const loaded = await loadedImage(image, host)
  const config = `sha256:${read.blobs.config}`
  let differs: string | undefined
  if (JSON.stringify(loaded.layers) !== JSON.stringify(read.diffIds)) {
    differs = `its layers (${loaded.layers.length}: ${loaded.layers.map(l => l.slice(7, 19)).join(', ')}) are not the ones the read checked (${read.diffIds.length}: ${read.diffIds.map(l => l.slice(7, 19)).join(', ')})`
  } else if (loaded.id !== config && !(await containerdStore(host))) {
    differs = `its ID ${loaded.id.slice(0, 19)} is not the config digest the read checked, ${config.slice(0, 19)}`
  }
  if (!differs) return
  await removeImage(image, host).catch(() => undefined)
  throw new SmokeError(
    `Docker loaded another image than the rock's read: ${differs}; not testing an image other than the one checked and described by the SBOM`
  )
}

/**
 * Loads the rock and starts its container. The caller must close() the returned run.
 * Throws SmokeError for a choice or rock that cannot work (before anything runs) and
 * CommandError when loading or starting fails (nothing is left behind then).
 */
export async function startSmoke(opts: SmokeOptions): Promise<SmokeRun> {
  const log = opts.log
  // Bad choices and values fail before anything runs.
  const known =
    opts.projectWorker && workerPlan(opts.worker, { worker: opts.projectWorker, switchable: true })
  const named = opts.image === undefined ? undefined : taggedImage(opts.image)
  const deployer = deployerEnv({ app: APP_PORT, metrics: METRICS_PORT })
  const { env, fromDeployer, fromSmokeEnv } = smokeEnvironment(opts.env, deployer)
  for (const k of DEPLOYER_SECRETS) if (fromDeployer.includes(k)) log.mask?.(env[k])
  const envText = envFileText(env)
  if (opts.probes.length === 0) throw new SmokeError('no probe to ask the app')
  // The migration is planned from the read, before the load is awaited: a rock that cannot
  // give the migration asked for is refused like a rock that cannot be read.
  const {
    read,
    planned: migration,
    image
  } = await checkAndLoad(opts, named, r =>
    planMigration(opts.migrate ?? 'false', r.layout, r.paths)
  )
  const setup = {
    layout: read.layout,
    migration,
    environment: { deployer: fromDeployer, smokeEnv: fromSmokeEnv }
  }
  log.info(environmentText(setup.environment))
  if (opts.migrate && opts.migrate !== 'false' && !setup.migration) {
    log.info(
      `No migration script in ${setup.layout.appDir} (migrate, migrate.sh, migrate.py, manage.py): nothing to run, as the charm would run none`
    )
  }
  const plan =
    known ||
    workerPlan(
      opts.worker,
      workerOfLayers(
        // The rock's own Pebble layers (from the read), not a container's copy of them.
        read.pebbleLayers
      )
    )

  const name = `flask-rock-smoke-${randomBytes(6).toString('hex')}`
  const envDir = await writeEnvFile(envText, opts.tempDir ?? os.tmpdir())
  const envFile = path.join(envDir, ENV_FILE)
  let started = false
  try {
    // Recorded before the container exists, so that a killed main step leaves nothing behind.
    opts.remember?.({ containerName: name, envFile })
    const startedAt = Date.now()
    // --verbose copies service output to the container log on every Pebble version (PEBBLE_VERBOSE
    // only from v1.20); it must come before --args, which takes every word after it.
    // --hold: with a migration to run first, Pebble starts no service until replan, as under the charm.
    const args = ['--verbose', ...(setup.migration ? ['--hold'] : []), ...plan.args]
    log.info(
      `Starting ${name} from ${image} (worker ${plan.worker}: pebble enter ${args.join(' ')})`
    )
    await runDetached(
      {
        image,
        name,
        labels: { ...opts.labels, [SMOKE_LABEL]: 'true' },
        envFile,
        env: {},
        publish: [APP_PORT, METRICS_PORT],
        args
      },
      opts.dockerHost
    )
    const state = await inspectContainer(name, opts.dockerHost)
    if (state && !state.running) {
      // Pebble itself gave up (a directory it cannot write, a bad layer): its own words say why.
      const entries = await containerLogEntries(name, opts.dockerHost).catch(() => [])
      const words = entries.map(e => e.text.trim()).filter(t => t !== '')
      throw new SmokeError(
        `the rock's entrypoint (Pebble) exited at once with code ${state.exitCode}: ${words[words.length - 1] ?? 'it wrote nothing'}`
      )
    }
    const ports = state?.ports ?? {}
    if (!ports[`${APP_PORT}/tcp`] || !ports[`${METRICS_PORT}/tcp`]) {
      throw new SmokeError(
        `the container's ports ${APP_PORT} and ${METRICS_PORT} were not published (${describeState(state)})`
      )
    }
    started = true
    return new SmokeRun(name, image, plan, startedAt, ports, opts, envDir, {
      ...setup,
      pebble: state?.path || '/usr/bin/pebble'
    })
  } catch (err) {
    // docker run can fail after creating the container (a port, a bad entrypoint).
    if (await inspectContainer(name, opts.dockerHost).catch(() => undefined)) {
      await explainFailure(name, (err as Error).message.split('\n')[0], log, opts.dockerHost)
    }
    throw err
  } finally {
    if (!started) await removeSmoke(name, envDir, opts)
  }
}

/** The whole smoke test; the container and env file are removed whatever happens. */
export async function smokeTest(opts: SmokeOptions): Promise<SmokeResult> {
  let loaded: string | undefined
  const remember = (left: SmokeLeftovers): void => {
    if ('smokeImage' in left) loaded = left.smokeImage
    opts.remember?.(left)
  }
  try {
    const smoke = await startSmoke({ ...opts, remember })
    try {
      return await smoke.verify()
    } finally {
      await smoke.close()
    }
  } finally {
    if (opts.removeRunImage && loaded) {
      await cleanupSmoke({ smokeImage: loaded }, opts.log, { dockerHost: opts.dockerHost })
    }
  }
}

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
