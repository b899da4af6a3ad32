// The smoke test through the action's real code, against a real Docker daemon, real skopeo and
// rocks laid out as rockcraft lays them out, with real gunicorn, Flask and gevent, and the real
// Pebble and statsd_exporter from ../shared/runtime/ (FLASK_ROCK_TEST_PEBBLE picks the Pebble
// release; the stand-ins in standins/ only where that folder is missing: the run says which).
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  cleanupSmoke,
  SmokeError,
  smokeTest,
  startSmoke,
  type SmokeOptions
} from '../../src/smoke/index.js'
import { actionLog } from '../../src/smoke/action-log.js'
import { containerLogs, inspectContainer } from '../../src/smoke/docker.js'
import { run } from '../../src/process/exec.js'
import { captureLog } from './support/log.js'
import { lastSavedState, smokeSkipReason, testImage } from './support/harness.js'
import { smokeSuite } from './support/suite.js'

const skip = await smokeSkipReason()
const describeSmoke = skip ? describe.skip : describe

describeSmoke('smoke test against a real Docker daemon', () => {
  const suite = smokeSuite('flask-rock-smoke-test-', rocks => ({
    rock: rocks.sync,
    image: testImage('flask-sync'),
    timeoutSec: 60
  }))
  /** The options for the trouble app, whose environment picks its trouble. */
  const troubleOptions = (patch: Partial<SmokeOptions>): SmokeOptions =>
    suite.options({ rock: suite.rocks.trouble, image: testImage('flask-trouble'), ...patch })

  afterEach(async () => {
    // After every case: no env file left either.
    const envFiles = (await fs.readdir(suite.work)).filter(f => f.startsWith('flask-rock-smoke-'))
    expect(envFiles).toEqual([])
  })

  it('passes the sync example with worker sync and counts the probe in the metrics', async () => {
    const result = await smokeTest(suite.options({}))
    expect(result.worker).toBe('sync')
    expect(result.image).toBe(testImage('flask-sync'))
    expect(result.status).toBe(200)
    expect(result.metrics.requests).toBeGreaterThanOrEqual(result.answers)
    expect(result.metrics.responseCodes['200']).toBeGreaterThanOrEqual(1)
    expect(result.readyMs).toBeGreaterThan(0)
    expect(JSON.parse(JSON.stringify(result))).toEqual(result) // smoke-result is JSON
  }, 120_000)

  it('passes the gevent example with worker gevent, asking every probe: 5 slow /io requests at once take about one', async () => {
    const result = await smokeTest(
      suite.options({
        rock: suite.rocks.gevent,
        image: testImage('flask-gevent'),
        projectWorker: 'gevent',
        probes: [
          { method: 'GET', path: '/' },
          { method: 'GET', path: '/io', expect: 200 },
          { method: 'HEAD', path: '/' }
        ],
        concurrency: { requests: 5, path: '/io' }
      })
    )
    expect(result.worker).toBe('gevent')
    expect(result.probes.map(p => [p.method, p.path, p.status])).toEqual([
      ['GET', '/', 200],
      ['GET', '/io', 200],
      ['HEAD', '/', 200]
    ])
    // The metrics counted every probe's answers, not only the first.
    expect(result.answers).toBeGreaterThanOrEqual(3)
    expect(result.metrics.requests).toBeGreaterThanOrEqual(result.answers)
    console.log(`gevent, 5 x GET /io at once: ${JSON.stringify(result.concurrency)}`)
    expect(result.concurrency).toMatchObject({ path: '/io', requests: 5, errors: 0 })
    expect(result.concurrency!.p50Ms).toBeGreaterThanOrEqual(2000)
    expect(result.concurrency!.wallMs).toBeLessThan(4000)
    // The app runs as _daemon_, and docker stop ends it cleanly within the grace period.
    expect(result.appUid).toBe(584792)
    expect(result.stop.exitCode).toBe(0)
    expect(result.stop.ms).toBeLessThan(10_000)
  }, 150_000)

  it('runs a gevent project forced to sync with --args flask sync: the same requests take five times as long', async () => {
    const result = await smokeTest(
      suite.options({
        rock: suite.rocks.gevent,
        image: testImage('flask-gevent'),
        projectWorker: 'gevent',
        worker: 'sync',
        concurrency: { requests: 5, path: '/io' }
      })
    )
    expect(result.worker).toBe('sync')
    console.log(`forced sync, 5 x GET /io at once: ${JSON.stringify(result.concurrency)}`)
    expect(result.concurrency).toMatchObject({ path: '/io', requests: 5, errors: 0 })
    expect(result.concurrency!.wallMs).toBeGreaterThanOrEqual(9000)
  }, 150_000)

  it('refuses worker gevent for a project without gevent before anything runs', async () => {
    // A rock path that does not exist: any attempt to load it would fail differently.
    const attempt = smokeTest(
      suite.options({ rock: path.join(suite.work, 'absent.rock'), worker: 'gevent' })
    )
    await expect(attempt).rejects.toThrow(SmokeError)
    await expect(attempt).rejects.toThrow(
      /worker 'gevent' needs gevent in the project's requirements/
    )
  })

  it('reads the worker from the rock when no project is given (input rock)', async () => {
    const result = await smokeTest(
      suite.options({
        rock: suite.rocks.gevent,
        image: testImage('flask-gevent'),
        projectWorker: undefined,
        worker: 'sync'
      })
    )
    expect(result.worker).toBe('sync')
    const refused = smokeTest(suite.options({ projectWorker: undefined, worker: 'gevent' }))
    await expect(refused).rejects.toThrow(/worker 'gevent' needs gevent/)
  }, 120_000)

  it('hands smoke-env over through a private file, not argv, and removes it', async () => {
    const secret = 's3cret value=with equals'
    const smoke = await startSmoke(
      troubleOptions({
        probes: [{ method: 'GET', path: '/env', expect: 200 }],
        env: { SMOKE_SECRET: secret }
      })
    )
    try {
      const saved = await lastSavedState(suite.stateFile)
      expect(saved.containerName).toBe(smoke.name)
      const mode = (await fs.stat(saved.envFile!)).mode & 0o777
      expect(mode).toBe(0o600)
      expect((await fs.stat(path.dirname(saved.envFile!))).mode & 0o777).toBe(0o700)
      const result = await smoke.verify()
      expect(result.status).toBe(200)
    } finally {
      await smoke.close()
    }
  }, 120_000)

  it('fails an app that fails on import as soon as it cannot boot, with its traceback in the log', async () => {
    const log = captureLog()
    try {
      const attempt = smokeTest(
        troubleOptions({
          // The default: the verdict must come from the log, not from the clock.
          timeoutSec: 120,
          env: { TROUBLE_IMPORT: '1' }
        })
      )
      await expect(attempt).rejects.toThrow(SmokeError)
      await expect(attempt).rejects.toThrow(
        /^the app failed to boot: ModuleNotFoundError: No module named 'flask_rock_missing_dependency' \(Pebble: Service "flask" stopped unexpectedly with code 3\)$/
      )
    } finally {
      log.restore()
    }
    const text = log.text()
    expect(text).toMatch(
      /Smoke test failed: the app failed to boot: ModuleNotFoundError: No module named 'flask_rock_missing_dependency' \(Pebble: Service "flask" stopped unexpectedly with code 3\)\n/
    )
    expect(text).not.toMatch(/did not answer/)
    expect(text).toMatch(/::group::Smoke test container flask-rock-smoke-\w+: log tail and state/)
    // The traceback and gunicorn's and Pebble's account of the failed boots, in the log group.
    expect(text).toMatch(/\[flask\] Traceback \(most recent call last\)/)
    expect(text).toMatch(/\[flask\] .*Reason: Worker failed to boot\./)
    expect(text).toMatch(/Service "flask" stopped unexpectedly with code 3/)
    expect(text).toMatch(
      /Service "flask" on-failure action is "restart", waiting ~500ms before restart \(backoff 1\)/
    )
    expect(text).toMatch(/Container state: status running, not OOM-killed/)
  }, 150_000)

  it('passes an app that takes 3 s to import (a slow start is no boot failure)', async () => {
    const result = await smokeTest(
      troubleOptions({
        env: { TROUBLE_SLOW_IMPORT: '3' }
      })
    )
    expect(result.status).toBe(200)
    // The switch took effect: the first answer came after the sleep at import.
    expect(result.readyMs).toBeGreaterThan(3000)
  }, 120_000)

  it('passes an app whose first boot fails and whose restart succeeds', async () => {
    const smoke = await startSmoke(
      troubleOptions({
        // Slow boots: the failed one is in the log well before the restart can answer.
        env: { TROUBLE_FAIL_ONCE: '1', TROUBLE_SLOW_IMPORT: '2' }
      })
    )
    try {
      const result = await smoke.verify()
      expect(result.status).toBe(200)
      // It did fail once, and Pebble restarted it.
      const log = await containerLogs(smoke.name, suite.rocks.host)
      expect(log).toMatch(/ConnectionRefusedError: the database is not up yet/)
      expect(log.match(/Service "flask" stopped unexpectedly/g)).toHaveLength(1)
    } finally {
      await smoke.close()
    }
  }, 120_000)

  it('fails an app whose / raises within seconds, with the status, the exception and its log', async () => {
    const log = captureLog()
    const started = Date.now()
    try {
      const attempt = smokeTest(
        troubleOptions({
          env: { TROUBLE_INDEX_RAISES: '1' },
          // The default: the verdict must come from the app's error, not from the clock.
          timeoutSec: 120
        })
      )
      await expect(attempt).rejects.toThrow(
        /^\/ answered 500: the app raised ZeroDivisionError: integer division or modulo by zero$/
      )
    } finally {
      log.restore()
    }
    // Boot (2-3 s) and one or two tries, not smoke-timeout's 120 s.
    expect((Date.now() - started) / 1000).toBeLessThan(30)
    const text = log.text()
    expect(text).toMatch(
      /\nSmoke test failed: \/ answered 500: the app raised ZeroDivisionError: integer division or modulo by zero\n::group::Smoke test container flask-rock-smoke-\w+: log tail and state\n/
    )
    // The app's last log lines: Flask's account of the request and the traceback, then the state.
    expect(text).toMatch(
      /\[flask\] .*Exception on \/ \[GET\]\n.*\[flask\] Traceback \(most recent call last\):\n/
    )
    expect(text).toMatch(/\[flask\] ZeroDivisionError: integer division or modulo by zero\n/)
    expect(text).toMatch(/Container state: status running, not OOM-killed\n::endgroup::\n/)
    expect(text).not.toMatch(/did not answer/)
  }, 120_000)

  it('fails an app giving the same 500 without a traceback after 3 s of it', async () => {
    const log = captureLog()
    const started = Date.now()
    try {
      const attempt = smokeTest(
        troubleOptions({
          probes: [{ method: 'GET', path: '/down' }],
          timeoutSec: 120
        })
      )
      await expect(attempt).rejects.toThrow(
        /^\/down answered 500 with the same body for 3 s \(a server error is retried only while it changes, unless it is 502 or 503\): "down for maintenance"$/
      )
    } finally {
      log.restore()
    }
    expect((Date.now() - started) / 1000).toBeLessThan(30)
    expect(log.text()).toMatch(
      /\nSmoke test failed: \/down answered 500 with the same body for 3 s /
    )
  }, 120_000)

  it('retries a steady 503 (a starting server) until smoke-timeout', async () => {
    const started = Date.now()
    const log = captureLog()
    try {
      await expect(
        smokeTest(
          troubleOptions({
            probes: [{ method: 'GET', path: '/starting' }],
            timeoutSec: 8
          })
        )
      ).rejects.toThrow(
        /^\/starting did not answer with a status below 500 within 8 s \(last try: HTTP 503\)$/
      )
    } finally {
      log.restore()
    }
    expect((Date.now() - started) / 1000).toBeGreaterThanOrEqual(8)
  }, 120_000)

  it('fails at the timeout when the port never opens', async () => {
    const started = Date.now()
    const attempt = smokeTest(
      troubleOptions({
        timeoutSec: 6,
        // gunicorn takes GUNICORN_CMD_ARGS over its config file: it listens elsewhere.
        env: { GUNICORN_CMD_ARGS: '--bind 127.0.0.1:8001' }
      })
    )
    const log = captureLog()
    try {
      await expect(attempt).rejects.toThrow(
        // A busy machine may spend the whole time in one try that never gets an answer.
        /^\/ did not answer with a status below 500 within 6 s \(last try: (ECONNRESET|socket hang up|ECONNREFUSED|no answer yet)/
      )
    } finally {
      log.restore()
    }
    expect((Date.now() - started) / 1000).toBeGreaterThanOrEqual(6)
  }, 120_000)

  it('fails as soon as the container stops, without waiting for the timeout', async () => {
    const smoke = await startSmoke(
      troubleOptions({
        timeoutSec: 120,
        // The app boots but never answers on the published port, so only the stop can end it.
        env: { GUNICORN_CMD_ARGS: '--bind 127.0.0.1:8001' }
      })
    )
    const log = captureLog()
    try {
      const verdict = smoke.verify()
      await run('docker', ['-H', suite.rocks.host, 'kill', smoke.name], {
        what: 'kill the smoke container',
        timeoutMs: 30_000
      })
      await expect(verdict).rejects.toThrow(
        /^the container stopped before \/ answered \(status exited, exit code 137, not OOM-killed\)$/
      )
    } finally {
      log.restore()
      await smoke.close()
    }
  }, 150_000)

  it('fails when the metrics never count the probe', async () => {
    const log = captureLog()
    try {
      const attempt = smokeTest(
        troubleOptions({
          timeoutSec: 20, // room for a slow boot on a busy machine
          // gunicorn sends its statsd lines where no exporter listens.
          env: { GUNICORN_CMD_ARGS: '--statsd-host localhost:9999' }
        })
      )
      await expect(attempt).rejects.toThrow(
        /metrics endpoint \(:9102\/metrics\) never counted the probes' 1 answer\(s\) with status 200/
      )
    } finally {
      log.restore()
    }
  }, 120_000)

  it('runs two smoke tests at once without collisions', async () => {
    const [a, b] = await Promise.all([startSmoke(suite.options({})), startSmoke(suite.options({}))])
    try {
      expect(a.name).not.toBe(b.name)
      expect(a.appUrl).not.toBe(b.appUrl)
      expect(a.metricsUrl).not.toBe(b.metricsUrl)
      const [ra, rb] = await Promise.all([a.verify(), b.verify()])
      expect(ra.status).toBe(200)
      expect(rb.status).toBe(200)
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  }, 120_000)

  it('lets the post step remove what a killed main step left', async () => {
    const smoke = await startSmoke(suite.options({}))
    // Main "dies" here: only the saved state is left.
    const saved = await lastSavedState(suite.stateFile)
    expect(saved.containerName).toBe(smoke.name)
    expect((await inspectContainer(smoke.name, suite.rocks.host))?.running).toBe(true)
    await cleanupSmoke(saved, actionLog, { dockerHost: suite.rocks.host })
    expect(await inspectContainer(smoke.name, suite.rocks.host)).toBeUndefined()
    await expect(fs.access(saved.envFile!)).rejects.toThrow()
    // Running it again (main's own cleanup, a second post) is harmless.
    await cleanupSmoke(saved, actionLog, { dockerHost: suite.rocks.host })
  }, 120_000)
})
