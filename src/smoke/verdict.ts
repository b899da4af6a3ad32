// The smoke test's verdict once the app answered: the worker gunicorn uses, the metrics that
// counted the probes' answers, the app's uid, the extra services, the concurrency proof and a
// clean `docker stop`.
import { tailLines } from '../process/exec.js'
import { extraServicesOfPlan, serviceStates, servicesText, type ServiceState } from './deployer.js'
import {
  containerLogs,
  containerProcesses,
  execInContainer,
  inspectContainer,
  stopContainer
} from './docker.js'
import { SmokeError } from './error.js'
import { parseMetrics, type SmokeMetrics } from './metrics.js'
import { oneLine, PEBBLE_CALL_MS } from './migration.js'
import { DAEMON_UID } from './ownership.js'
import { concurrentGets, request, type ConcurrencyResult } from './probes.js'
import { errorText, sleep } from './ready.js'
import type { RunningSmoke } from './run.js'
import { METRICS_PORT } from './start.js'
import { workerFromLog } from './worker.js'

// Short sleeps between tries: the verdict should follow the first good answer within ~0.5 s.
const METRICS_EVERY_MS = 50
// Enough time for the log and the metrics to catch up after a good answer even when the probe
// used up nearly all of smoke-timeout.
const CATCH_UP_MS = 10_000
// Docker's own default grace period for `docker stop`.
const STOP_GRACE_SEC = 10
// The whole exposition is read; the exporter's is tens of KiB.
const METRICS_KEEP_BYTES = 4 * 1024 * 1024

/**
 * The *-worker and *-scheduler services' states, their names from Pebble's plan (YAML: exact,
 * whatever characters they hold) and their states from `pebble services` (all of them: no name
 * goes on a command line). Require mode fails on one not active, or on states it cannot read.
 */
export async function extraServices(run: RunningSmoke): Promise<ServiceState[]> {
  const require = run.opts.services === 'require'
  const pebble = async (args: string[], what: string): Promise<string | undefined> => {
    const r = await execInContainer(
      run.name,
      [run.setup.pebble, ...args],
      what,
      { timeoutMs: PEBBLE_CALL_MS },
      run.opts.dockerHost
    )
    if (r.code === 0 && !r.timedOut) return r.stdout
    const why = `${what} failed: ${oneLine(tailLines(r.stderr || r.stdout, 1)) || `exit code ${r.code}`}`
    if (require) throw new SmokeError(why)
    run.log.warning(`${why}; the extra services are not reported`)
    return undefined
  }
  const plan = await pebble(['plan'], "read Pebble's plan (pebble plan)")
  const names = plan === undefined ? [] : extraServicesOfPlan(plan)
  if (names.length === 0) return []
  const table = await pebble(['services'], "read the services' states (pebble services)")
  if (table === undefined) return []
  const states = serviceStates(table, names)
  run.log.info(`Extra services (as paas-charm starts them): ${servicesText(states)}`)
  const down = states.filter(s => s.current !== 'active')
  if (run.opts.services === 'require' && down.length > 0) {
    throw new SmokeError(
      `smoke-services is require, and ${down.map(s => `${s.name} is ${s.current}`).join(', ')} (not active)`
    )
  }
  return states
}

function catchUpDeadline(run: RunningSmoke): number {
  return Math.max(run.deadline, Date.now() + CATCH_UP_MS)
}

export async function proveWorker(run: RunningSmoke): Promise<void> {
  const until = catchUpDeadline(run)
  for (;;) {
    const seen = workerFromLog(await containerLogs(run.name, run.opts.dockerHost))
    if (seen !== undefined) {
      if (seen !== run.plan.worker) {
        throw new SmokeError(`gunicorn uses worker '${seen}', expected '${run.plan.worker}'`)
      }
      return
    }
    if (Date.now() >= until || run.settled) {
      throw new SmokeError(
        `the container log never said which worker gunicorn uses ('Using worker: ...')`
      )
    }
    await sleep(METRICS_EVERY_MS)
  }
}

export async function awaitMetrics(run: RunningSmoke): Promise<SmokeMetrics> {
  const until = catchUpDeadline(run)
  let last: string
  for (;;) {
    try {
      const answer = await request(
        run.metricsUrl,
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
          metrics.requests >= run.answers &&
          Object.entries(run.byStatus).every(([s, n]) => (metrics.responseCodes[s] ?? 0) >= n)
        if (counted) return metrics
        last = `flask_requests ${metrics.requests}, flask_response_code ${JSON.stringify(metrics.responseCodes)}`
      }
    } catch (err) {
      last = errorText(err)
    }
    if (Date.now() >= until || run.settled) {
      throw new SmokeError(
        `the metrics endpoint (:${METRICS_PORT}/metrics) never counted the probes' ${run.answers} answer(s) with status ${Object.keys(run.byStatus).join(', ')} (last: ${last})`
      )
    }
    await sleep(METRICS_EVERY_MS)
  }
}

/** The uid of the app's processes as `docker top` sees them: root fails the smoke test. */
export async function readAppUid(run: RunningSmoke): Promise<number> {
  const processes = await containerProcesses(run.name, run.opts.dockerHost)
  const app = processes.filter(p => /gunicorn/.test(p.command))
  const uids = [...new Set((app.length ? app : processes).map(p => p.uid))]
  if (uids.includes(0)) {
    throw new SmokeError(
      `the app runs as root (uid 0), not as _daemon_ (${DAEMON_UID}) as a flask-framework rock does`
    )
  }
  return uids[0] ?? -1
}

export async function concurrencyProof(run: RunningSmoke): Promise<ConcurrencyResult> {
  const plan = run.opts.concurrency!
  const probePath = plan.path ?? run.opts.probes[0].path
  const result = await concurrentGets(
    run.baseUrl,
    probePath,
    plan.requests,
    Math.max(run.deadline - Date.now(), 60_000)
  )
  if (result.errors > 0) {
    throw new SmokeError(
      `${result.errors} of ${plan.requests} concurrent GET ${probePath} failed or answered 500 or above (worker ${run.plan.worker})`
    )
  }
  return result
}

/** `docker stop`: Pebble must stop gunicorn and exit 0 within the grace period. */
export async function gracefulStop(run: RunningSmoke): Promise<{ ms: number; exitCode: number }> {
  const started = performance.now()
  await stopContainer(run.name, STOP_GRACE_SEC, run.opts.dockerHost)
  const ms = Math.round(performance.now() - started)
  const state = await inspectContainer(run.name, run.opts.dockerHost)
  const exitCode = state?.exitCode ?? -1
  if (exitCode !== 0) {
    throw new SmokeError(
      `docker stop did not end the container cleanly: exit code ${exitCode} after ${(ms / 1000).toFixed(1)} s (grace period ${STOP_GRACE_SEC} s)`
    )
  }
  return { ms, exitCode }
}
