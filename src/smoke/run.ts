// The smoke test's run: load the rock into Docker, start it in the chosen worker mode, and prove
// it serves: the probes answer, gunicorn uses the expected worker, the statsd exporter counts the
// answers, the app runs as _daemon_, and `docker stop` ends it cleanly. Each phase has its file:
// load.ts, start.ts, migration.ts, ready.ts (the probes), verdict.ts, cleanup.ts; this one runs them.
import type { MigrateChoice, ServicesChoice, WorkerChoice } from '../action/context.js'
import { interrupted } from '../process/interrupt.js'
import { cleanupSmoke, removeSmoke } from './cleanup.js'
import type { ServiceState } from './deployer.js'
import type { RockLayout } from './layout.js'
import { SmokeError } from './error.js'
import type { SmokeLog } from './log.js'
import type { SmokeMetrics } from './metrics.js'
import { migrate, startServices } from './migration.js'
import {
  probeText,
  type ConcurrencyPlan,
  type ConcurrencyResult,
  type Probe,
  type ProbeResult
} from './probes.js'
import { errorText, firstGoodAnswer, probeOnce } from './ready.js'
import { APP_PORT, explainFailure, METRICS_PORT, startContainer, type SmokeSetup } from './start.js'
import {
  awaitMetrics,
  concurrencyProof,
  extraServices,
  gracefulStop,
  proveWorker,
  readAppUid
} from './verdict.js'
import type { Worker, WorkerPlan } from './worker.js'

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

/** What a running smoke test's phases read, and the answers they count. */
export interface RunningSmoke {
  readonly name: string
  readonly plan: WorkerPlan
  readonly baseUrl: string
  readonly metricsUrl: string
  readonly opts: SmokeOptions
  readonly setup: SmokeSetup
  readonly log: SmokeLog
  /** When smoke-timeout runs out (ms since the epoch). */
  readonly deadline: number
  /** Answers the probes got, all and by status: the metrics must count at least these. */
  answers: number
  readonly byStatus: Record<string, number>
  /** The verdict is in: loops still waiting (the other of two side-by-side waits) give up. */
  settled: boolean
}

/** A running smoke container: verify() it, then close() it (always). */
export class SmokeRun {
  readonly baseUrl: string
  readonly metricsUrl: string
  private readonly log: SmokeLog
  /** The state its phases share. */
  private readonly run: RunningSmoke

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
    this.run = {
      name,
      plan,
      baseUrl: this.baseUrl,
      metricsUrl: this.metricsUrl,
      opts,
      setup,
      log: this.log,
      deadline: startedAt + opts.timeoutSec * 1000,
      answers: 0,
      byStatus: {},
      settled: false
    }
  }

  /** The first probe's URL. */
  get appUrl(): string {
    return this.baseUrl + this.opts.probes[0].path
  }

  /** Probes, proves the worker and the metrics; throws SmokeError after logging the details. */
  async verify(): Promise<SmokeResult> {
    try {
      return await this.check()
    } catch (err) {
      this.run.settled = true
      // Stopped by Ctrl-C or a kill (a run by hand): no verdict to explain, no log tail to read.
      if (interrupted()) throw err
      const reason = err instanceof SmokeError ? err.message : errorText(err).split('\n')[0]
      await explainFailure(this.name, reason, this.log, this.opts.dockerHost)
      throw err instanceof SmokeError ? err : new SmokeError(reason)
    }
  }

  private async check(): Promise<SmokeResult> {
    const [first, ...others] = this.opts.probes
    const migration = this.setup.migration && (await migrate(this.run, this.setup.migration))
    // With a migration, the services start when it is done: ready counts from then.
    const servicesFrom = migration ? await startServices(this.run) : this.startedAt
    const good = await firstGoodAnswer(this.run, first)
    const readyMs = Date.now() - servicesFrom
    const readyAt = performance.now()
    const probes: ProbeResult[] = [{ ...first, status: good.status, ms: Math.round(good.ms) }]
    for (const probe of others) probes.push(await probeOnce(this.run, probe))
    // Both wait on the same app (its log, its metrics): side by side, the verdict comes sooner.
    // The extra services' states and the app's uid are read meanwhile (docker exec and docker top).
    const [, metrics, services, appUid] = await Promise.all([
      proveWorker(this.run),
      awaitMetrics(this.run),
      extraServices(this.run),
      readAppUid(this.run)
    ])
    const verdictMs = Math.round(performance.now() - readyAt)
    const concurrency = this.opts.concurrency && (await concurrencyProof(this.run))
    const stop = await gracefulStop(this.run)
    const result: SmokeResult = {
      image: this.image,
      worker: this.plan.worker,
      status: good.status,
      readyMs,
      latencyMs: Math.round(good.ms),
      verdictMs,
      answers: this.run.answers,
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

  /** Removes the container and the env file; never throws (a warning says what was left). */
  close(): Promise<void> {
    return removeSmoke(this.name, this.envDir, this.opts)
  }
}

/**
 * Loads the rock and starts its container. The caller must close() the returned run.
 * Throws SmokeError for a choice or rock that cannot work (before anything runs) and
 * CommandError when loading or starting fails (nothing is left behind then).
 */
export async function startSmoke(opts: SmokeOptions): Promise<SmokeRun> {
  const started = await startContainer(opts)
  return new SmokeRun(
    started.name,
    started.image,
    started.plan,
    started.startedAt,
    started.ports,
    opts,
    started.envDir,
    started.setup
  )
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
