// Smoke test: load the rock into Docker, run it in the chosen worker mode, and prove it serves:
// the app answers, gunicorn uses the expected worker, and the statsd exporter counts the answers.
import { randomBytes } from 'node:crypto'
import * as http from 'node:http'
import * as os from 'node:os'
import * as path from 'node:path'
import * as core from '@actions/core'
import { parse as parseYaml } from 'yaml'
import type { WorkerChoice } from './context.js'
import {
  containerLogEntries,
  containerLogs,
  inspectContainer,
  loadRock,
  readImageDir,
  removeContainer,
  runDetached,
  type ContainerState,
  type LogEntry
} from './docker.js'
import { privateDir, removePrivateFile, writePrivateFile } from './private-file.js'
import { RUN_ID, RUN_LABEL, saveState, type PostState } from './state.js'
import { infoUntrusted } from './untrusted.js'

export type Worker = 'sync' | 'gevent'

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
const LOG_TAIL_LINES = 100
const ENV_FILE = 'smoke.env'
const ENV_DIR_PREFIX = 'flask-rock-smoke-'
const PEBBLE_LAYERS = '/var/lib/pebble/default/layers'

/** The smoke test failed: the message is one line saying why (details were logged before). */
export class SmokeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SmokeError'
  }
}

export interface SmokeOptions {
  /** Path of the .rock (an OCI archive). */
  rock: string
  /** Image reference to load it as; ':latest' is added when it has no tag. */
  image: string
  worker: WorkerChoice
  /**
   * The worker the expansion chose (gevent when the project depends on gevent). Left out (for
   * input `rock` without a project), it is read from the rock's Pebble layers.
   */
  projectWorker?: Worker
  /** URL path to probe, starting with '/'. */
  path: string
  /** Expected status; undefined: any status below 500. */
  expectStatus?: number
  timeoutSec: number
  /** smoke-env: handed to the container through a file only the runner user can read. */
  env: Record<string, string>
  /** Docker daemon address (unix:///path); undefined: the default socket. */
  dockerHost?: string
  /** Where the env file goes (RUNNER_TEMP on a runner); default the OS temp dir. */
  tempDir?: string
}

export interface SmokeMetrics {
  /** flask_requests */
  requests: number
  /** flask_response_code by status */
  responseCodes: Record<string, number>
}

export interface SmokeResult {
  image: string
  worker: Worker
  /** The probe's good answer. */
  status: number
  /** From `docker run` to the first good answer. */
  readyMs: number
  /** Duration of the good request. */
  latencyMs: number
  /** From the first good answer to the verdict (worker proven, metrics counted). */
  verdictMs: number
  /** Answers the probe got (all statuses); the metrics counted at least these. */
  answers: number
  metrics: SmokeMetrics
}

export interface WorkerPlan {
  worker: Worker
  /** Appended to the rock's entrypoint (Pebble): replaces the flask service's default args. */
  args: string[]
}

/** The worker the rock's flask service runs with, and whether `--args flask <worker>` can change it. */
export interface RockWorker {
  worker: Worker
  /** The command has Pebble default arguments: `-k [ <worker> ]`. */
  switchable: boolean
}

/** What to run for a worker choice; throws SmokeError when the choice cannot work. */
export function workerPlan(choice: WorkerChoice, rock: RockWorker): WorkerPlan {
  if (choice === 'auto' || choice === rock.worker) return { worker: rock.worker, args: [] }
  if (choice === 'gevent') {
    throw new SmokeError(
      "worker 'gevent' needs gevent in the project's requirements (requirements.txt or pyproject.toml); add it or use worker 'sync' or 'auto'"
    )
  }
  if (!rock.switchable) {
    throw new SmokeError(
      `worker '${choice}' cannot be forced: the rock's flask service command sets its worker without Pebble default arguments ('-k [ ${rock.worker} ]'); use worker 'auto'`
    )
  }
  return { worker: 'sync', args: ['--args', 'flask', 'sync'] }
}

interface LayerService {
  override?: string
  command?: string
}

/**
 * The flask service's worker from the rock's Pebble layers (file name -> YAML), applied in name
 * order like Pebble. A command without `-k` runs gunicorn's default, sync.
 */
export function workerOfLayers(layers: { name: string; text: string }[]): RockWorker {
  let command: string | undefined
  for (const layer of [...layers].sort((a, b) => a.name.localeCompare(b.name))) {
    if (!/\.ya?ml$/.test(layer.name)) continue
    let doc: { services?: Record<string, LayerService> } | null
    try {
      doc = parseYaml(layer.text) as typeof doc
    } catch {
      throw new SmokeError(`the rock's Pebble layer ${layer.name} is not valid YAML`)
    }
    const flask = doc?.services?.flask
    if (flask?.command !== undefined || flask?.override === 'replace') command = flask.command
  }
  if (command === undefined) {
    throw new SmokeError("the rock has no Pebble service 'flask': is it a flask-framework rock?")
  }
  return workerOfCommand(command)
}

/** The worker of a flask service command. A command without `-k` runs gunicorn's default, sync. */
export function workerOfCommand(command: string): RockWorker {
  const bracketed = /(?:^|\s)(?:-k|--worker-class)\s+\[\s*(\S+)\s*\]/.exec(command)
  const plain = /(?:^|\s)(?:-k|--worker-class)[\s=]+(\S+)/.exec(command)
  const worker = (bracketed?.[1] ?? plain?.[1] ?? 'sync').replace(/^['"]|['"]$/g, '')
  if (worker !== 'sync' && worker !== 'gevent') {
    throw new SmokeError(
      `the rock's flask service uses gunicorn worker '${worker}'; the smoke test knows sync and gevent`
    )
  }
  return { worker, switchable: bracketed !== null }
}

/** Adds ':latest' to a reference without tag or digest (docker-daemon: needs a tag). */
export function taggedImage(image: string): string {
  if (image.includes('@')) {
    throw new SmokeError(`image '${image}' has a digest; the smoke test needs a name:tag`)
  }
  const lastPart = image.slice(image.lastIndexOf('/') + 1)
  return lastPart.includes(':') ? image : `${image}:latest`
}

/** Status check: the expected one, or any status below 500. */
export function statusOk(status: number, expect: number | undefined): boolean {
  return expect === undefined ? status < 500 : status === expect
}

/** flask_requests and flask_response_code{status=...} from Prometheus text (others ignored). */
export function parseMetrics(text: string): SmokeMetrics {
  const metrics: SmokeMetrics = { requests: 0, responseCodes: {} }
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(line)
    if (!m) continue
    const value = Number(m[3])
    if (!Number.isFinite(value)) continue
    if (m[1] === 'flask_requests' && !m[2]) metrics.requests = value
    if (m[1] === 'flask_response_code') {
      const status = /status="([^"]*)"/.exec(m[2] ?? '')?.[1]
      if (status) metrics.responseCodes[status] = value
    }
  }
  return metrics
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

/** The worker class gunicorn reported ("Using worker: gevent"), or undefined. */
export function workerFromLog(log: string): string | undefined {
  return /Using worker: (\S+)/.exec(log)?.[1]
}

/** Where the next `docker logs --since` read starts, and how many entries at that time were read. */
export interface LogCursor {
  since?: string
  readAtSince: number
}

/**
 * The entries of a `docker logs --since cursor.since` read that were not read before: Docker keeps
 * entries taken exactly at `since`, so the first `readAtSince` of those are skipped.
 */
export function freshEntries(
  entries: LogEntry[],
  cursor: LogCursor
): { fresh: LogEntry[]; cursor: LogCursor } {
  let skip = cursor.readAtSince
  const fresh = entries.filter(e => !(e.time === cursor.since && skip-- > 0))
  if (entries.length === 0) return { fresh, cursor }
  const since = entries[entries.length - 1].time
  return { fresh, cursor: { since, readAtSince: entries.filter(e => e.time === since).length } }
}

// Pebble prefixes the output of a service with a timestamp and the service's name, and its own
// notices with only the timestamp (internals/servicelog/formatter.go, internals/logger/logger.go).
const PEBBLE_LINE = /^\d{4}-\d\d-\d\dT[\d:.]+Z (?:\[([^\]]+)\] )?(.*)$/
const FLASK_STOPPED = /^Service "flask" stopped unexpectedly with code (-?\d+)/
// gunicorn's arbiter halts with one of these when a worker cannot boot (gunicorn 20-23).
const GUNICORN_HALT = /\bReason: (Worker failed to boot\.|App failed to load\.)\s*$/
// gunicorn's own one-line errors: a bad config ("Error: ..."), an app object it cannot find.
const GUNICORN_ERROR = /^(?:Error: .+|Failed to find .+)$/

/**
 * Reads the container log, line by line, for the flask service failing to boot: Pebble saying it
 * stopped, or gunicorn halting because a worker could not boot (either one counts each failure,
 * whichever Pebble or gunicorn version wrote the log), and what the app said about why.
 */
export class BootWatch {
  private pebbleStops = 0
  private gunicornHalts = 0
  private lastCode: number | undefined
  private inTraceback = false
  private lastException: string | undefined
  private lastError: string | undefined
  private lastHalt: string | undefined

  add(line: string): void {
    const pebble = PEBBLE_LINE.exec(line)
    if (pebble && pebble[1] === undefined) {
      const stopped = FLASK_STOPPED.exec(pebble[2])
      if (stopped) {
        this.pebbleStops++
        this.lastCode = Number(stopped[1])
      }
      return
    }
    if (pebble && pebble[1] !== 'flask') return // another service's output
    // Lines without Pebble's prefix are taken as the app's too (a Pebble that copies output as is).
    const text = pebble ? pebble[2] : line
    if (this.inTraceback) {
      // Frames are indented; the first line that is not ends the traceback: the exception.
      if (/^\s/.test(text)) return
      this.inTraceback = false
      if (/^[A-Za-z_][\w.]*(?::|$)/.test(text)) this.lastException = text.trim()
    }
    if (text.startsWith('Traceback (most recent call last):')) {
      this.inTraceback = true
      return
    }
    const halt = GUNICORN_HALT.exec(text)
    if (halt) {
      this.gunicornHalts++
      this.lastHalt = halt[1]
    } else if (GUNICORN_ERROR.test(text.trim())) {
      this.lastError = text.trim()
    }
  }

  /** Failed boots so far. */
  get failures(): number {
    return Math.max(this.pebbleStops, this.gunicornHalts)
  }

  /** Why, in one line: the Python exception, else gunicorn's error, else how it stopped. */
  get reason(): string {
    if (this.lastException) return this.lastException
    if (this.lastError) return this.lastError
    if (this.lastHalt) return `gunicorn: ${this.lastHalt}`
    if (this.lastCode !== undefined) return `the flask service stopped with code ${this.lastCode}`
    return 'the flask service stopped'
  }
}

export function describeState(state: ContainerState | undefined): string {
  if (!state) return 'the container is gone'
  const parts = [`status ${state.status}`]
  if (!state.running) parts.push(`exit code ${state.exitCode}`)
  parts.push(state.oomKilled ? 'OOM-killed' : 'not OOM-killed')
  if (state.error) parts.push(`error: ${state.error}`)
  return parts.join(', ')
}

interface Answer {
  status: number
  ms: number
}

/** One GET without keep-alive, so no socket outlives the probe. */
function httpGet(
  url: string,
  timeoutMs: number,
  signal?: AbortSignal
): Promise<Answer & { body: string }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs, signal }, res => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          ms: performance.now() - started,
          body: Buffer.concat(chunks).toString('utf8')
        })
      )
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    req.on('error', reject)
  })
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

function errorText(err: unknown): string {
  const e = err as NodeJS.ErrnoException
  return e.code ? `${e.code}` : e.message || String(err)
}

/** The failure's one line, then the container's log tail and state in a log group. */
async function explainFailure(name: string, reason: string, host?: string): Promise<void> {
  core.info(`Smoke test failed: ${reason}`)
  core.startGroup(`Smoke test container ${name}: log tail and state`)
  try {
    const log = await containerLogs(name, host, LOG_TAIL_LINES).catch(
      (e: Error) => `(cannot read the log: ${e.message.split('\n')[0]})`
    )
    core.info(log.trimEnd())
    const state = await inspectContainer(name, host).catch(() => undefined)
    core.info(`Container state: ${describeState(state)}`)
  } finally {
    core.endGroup()
  }
}

async function removeSmoke(name: string, envDir: string, host?: string): Promise<void> {
  await cleanupSmoke({ containerName: name, envFile: path.join(envDir, ENV_FILE) }, host)
  try {
    saveState({ containerName: undefined, envFile: undefined })
  } catch {
    // Only means the post step will try the same (harmless) cleanup again.
  }
}

/** A running smoke container: verify() it, then close() it (always). */
export class SmokeRun {
  readonly appUrl: string
  readonly metricsUrl: string
  private answers = 0
  private readonly byStatus: Record<string, number> = {}

  constructor(
    readonly name: string,
    readonly image: string,
    readonly plan: WorkerPlan,
    private readonly startedAt: number,
    ports: Record<string, number>,
    private readonly opts: SmokeOptions,
    private readonly envDir: string
  ) {
    this.appUrl = `http://127.0.0.1:${ports[`${APP_PORT}/tcp`]}${opts.path}`
    this.metricsUrl = `http://127.0.0.1:${ports[`${METRICS_PORT}/tcp`]}/metrics`
  }

  private get deadline(): number {
    return this.startedAt + this.opts.timeoutSec * 1000
  }

  /** Probes, proves the worker and the metrics; throws SmokeError after logging the details. */
  async verify(): Promise<SmokeResult> {
    try {
      return await this.check()
    } catch (err) {
      const reason = err instanceof SmokeError ? err.message : errorText(err).split('\n')[0]
      await explainFailure(this.name, reason, this.opts.dockerHost)
      throw err instanceof SmokeError ? err : new SmokeError(reason)
    }
  }

  private async check(): Promise<SmokeResult> {
    const good = await this.probe()
    const readyMs = Date.now() - this.startedAt
    const readyAt = performance.now()
    await this.proveWorker()
    const metrics = await this.awaitMetrics(good.status)
    const result: SmokeResult = {
      image: this.image,
      worker: this.plan.worker,
      status: good.status,
      readyMs,
      latencyMs: Math.round(good.ms),
      verdictMs: Math.round(performance.now() - readyAt),
      answers: this.answers,
      metrics
    }
    core.info(
      `Smoke test passed: ${this.opts.path} answered ${good.status} in ${result.latencyMs} ms, ready ${readyMs} ms after start; ` +
        `worker ${result.worker}; flask_requests ${metrics.requests}, flask_response_code ${JSON.stringify(metrics.responseCodes)}`
    )
    return result
  }

  /**
   * Probes until a good answer, while the container is watched alongside: a probe request can
   * hang (gunicorn's listening socket takes connections while its worker boots), so the watch
   * must not wait for it.
   */
  private async probe(): Promise<Answer> {
    const done = new AbortController()
    try {
      return await Promise.race([this.probeApp(done.signal), this.watchBoot(done.signal)])
    } finally {
      done.abort()
    }
  }

  private async probeApp(signal: AbortSignal): Promise<Answer> {
    const expected =
      this.opts.expectStatus === undefined
        ? 'a status below 500'
        : `status ${this.opts.expectStatus}`
    let last = 'no answer yet'
    while (!signal.aborted) {
      const left = this.deadline - Date.now()
      if (left <= 0) {
        throw new SmokeError(
          `${this.opts.path} did not answer with ${expected} within ${this.opts.timeoutSec} s (last try: ${last})`
        )
      }
      try {
        const answer = await httpGet(this.appUrl, left, signal)
        this.answers++
        this.byStatus[answer.status] = (this.byStatus[answer.status] ?? 0) + 1
        if (statusOk(answer.status, this.opts.expectStatus)) return answer
        last = `HTTP ${answer.status}`
      } catch (err) {
        last = errorText(err)
      }
      await sleep(PROBE_EVERY_MS)
    }
    throw new Error('probe stopped') // the race is decided already: nobody sees this
  }

  /** Throws SmokeError once the log proves the app cannot boot or the container stops. */
  private async watchBoot(signal: AbortSignal): Promise<never> {
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
      if (boots.failures >= BOOT_FAILURES_TO_FAIL) {
        throw new SmokeError(`the app failed to boot: ${boots.reason}`)
      }
      if (!state?.running) {
        // No restart comes after this: one failed boot in the log is the reason.
        const why = boots.failures > 0 ? `the app failed to boot: ${boots.reason}; ` : ''
        throw new SmokeError(
          `${why}the container stopped before ${this.opts.path} answered (${describeState(state)})`
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
      if (Date.now() >= until) {
        throw new SmokeError(
          `the container log never said which worker gunicorn uses ('Using worker: ...')`
        )
      }
      await sleep(METRICS_EVERY_MS)
    }
  }

  private async awaitMetrics(status: number): Promise<SmokeMetrics> {
    const until = this.catchUpDeadline()
    let last: string
    for (;;) {
      try {
        const answer = await httpGet(this.metricsUrl, Math.max(until - Date.now(), 1000))
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
      if (Date.now() >= until) {
        throw new SmokeError(
          `the metrics endpoint (:${METRICS_PORT}/metrics) never counted the probe's ${this.answers} answer(s) with status ${status} (last: ${last})`
        )
      }
      await sleep(METRICS_EVERY_MS)
    }
  }

  /** Removes the container and the env file; never throws (a warning says what was left). */
  close(): Promise<void> {
    return removeSmoke(this.name, this.envDir, this.opts.dockerHost)
  }
}

async function writeEnvFile(text: string, tempDir: string): Promise<string> {
  const dir = await privateDir(tempDir, ENV_DIR_PREFIX)
  await writePrivateFile(path.join(dir, ENV_FILE), text)
  return dir
}

/**
 * Loads the rock and starts its container. The caller must close() the returned run.
 * Throws SmokeError for a worker choice that cannot work (before anything runs) and
 * CommandError when loading or starting fails (nothing is left behind then).
 */
export async function startSmoke(opts: SmokeOptions): Promise<SmokeRun> {
  // Bad choices and values fail before anything runs.
  const known =
    opts.projectWorker && workerPlan(opts.worker, { worker: opts.projectWorker, switchable: true })
  const image = taggedImage(opts.image)
  const envText = envFileText(opts.env)
  infoUntrusted(`Loading ${opts.rock} into Docker as ${image}`)
  await loadRock(opts.rock, image, opts.dockerHost)
  const plan =
    known ||
    workerPlan(
      opts.worker,
      workerOfLayers(
        await readImageDir(image, PEBBLE_LAYERS, { [SMOKE_LABEL]: 'true' }, opts.dockerHost)
      )
    )

  const name = `flask-rock-smoke-${randomBytes(6).toString('hex')}`
  const envDir = await writeEnvFile(envText, opts.tempDir ?? os.tmpdir())
  const envFile = path.join(envDir, ENV_FILE)
  let started = false
  try {
    // Recorded before the container exists, so that a killed main step leaves nothing behind.
    saveState({ containerName: name, envFile })
    const startedAt = Date.now()
    infoUntrusted(
      `Starting ${name} from ${image} (worker ${plan.worker}${plan.args.length ? `: ${plan.args.join(' ')}` : ''})`
    )
    await runDetached(
      {
        image,
        name,
        labels: { [SMOKE_LABEL]: 'true', [RUN_LABEL]: RUN_ID },
        envFile,
        // Pebble copies service output to the container log only when verbose.
        env: { PEBBLE_VERBOSE: '1' },
        publish: [APP_PORT, METRICS_PORT],
        args: plan.args
      },
      opts.dockerHost
    )
    const state = await inspectContainer(name, opts.dockerHost)
    const ports = state?.ports ?? {}
    if (!ports[`${APP_PORT}/tcp`] || !ports[`${METRICS_PORT}/tcp`]) {
      throw new SmokeError(
        `the container's ports ${APP_PORT} and ${METRICS_PORT} were not published (${describeState(state)})`
      )
    }
    started = true
    return new SmokeRun(name, image, plan, startedAt, ports, opts, envDir)
  } catch (err) {
    // docker run can fail after creating the container (a port, a bad entrypoint).
    if (await inspectContainer(name, opts.dockerHost).catch(() => undefined)) {
      await explainFailure(name, (err as Error).message.split('\n')[0], opts.dockerHost)
    }
    throw err
  } finally {
    if (!started) await removeSmoke(name, envDir, opts.dockerHost)
  }
}

/** The whole smoke test; the container and env file are removed whatever happens. */
export async function smokeTest(opts: SmokeOptions): Promise<SmokeResult> {
  const smoke = await startSmoke(opts)
  try {
    return await smoke.verify()
  } finally {
    await smoke.close()
  }
}

/**
 * Removes what a smoke test left (post step, or after main was cancelled). Never throws:
 * anything it cannot remove is reported as a warning.
 */
export async function cleanupSmoke(
  state: Pick<PostState, 'containerName' | 'envFile'>,
  dockerHost?: string
): Promise<void> {
  if (state.containerName) {
    try {
      await removeContainer(state.containerName, dockerHost)
    } catch (err) {
      core.warning(
        `Could not remove smoke test container ${state.containerName}: ${(err as Error).message}`
      )
    }
  }
  if (state.envFile) {
    await removePrivateFile(state.envFile, ENV_DIR_PREFIX, 'the smoke test env file')
  }
}
