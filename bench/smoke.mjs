#!/usr/bin/env node
// Benchmark of the smoke test against the real test Docker daemon (run as root, like the smoke
// tests), with the rocks carrying the real Pebble (FLASK_ROCK_TEST_PEBBLE picks the release; the
// run prints which) and the real statsd_exporter. Prints:
// - per example rock, N runs: `docker run` -> first good answer, answer -> verdict (every probe,
//   worker proven, metrics counted; goal < 500 ms) and the whole smoke test (load, run, checks,
//   graceful stop, cleanup);
// - the failure verdict for each way of dying, smoke-timeout 120 s: after `docker run`, and after
//   the second failed start in the container's own log (goal < 10 s);
// - sync vs gevent under the concurrency probe (5 x GET /io, a 2 s gevent.sleep each).
//   node bench/smoke.mjs [runs]        (default 3 runs per rock)
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { rmSync, writeFileSync } from 'node:fs'
import { transpileTree } from '../scripts/transpile.mjs'

const runs = Number(process.argv[2] ?? 3)
const tree = transpileTree()

function median(values) {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** Runs fn with the log collected (the action log would drown the figures). */
async function quietly(fn) {
  const lines = []
  const log = {
    info: line => void lines.push({ at: performance.now(), line }),
    warning: line => void lines.push({ at: performance.now(), line }),
    group: async (title, body) => body()
  }
  try {
    return { value: await fn(log), lines }
  } catch (err) {
    return { error: err, lines }
  }
}

try {
  const { smokeTest, startSmoke } = await import(join(tree, 'src/smoke/index.js'))
  const { containerLogEntries } = await import(join(tree, 'src/smoke/docker.js'))
  const { setUpRocks, testImage, removeTestImages, TROUBLE_APP } = await import(
    join(tree, '__tests__/smoke/support/harness.js')
  )
  const { buildTestRock } = await import(join(tree, '__tests__/smoke/support/rock.js'))
  const rocks = await setUpRocks()
  const brokenDir = await buildTestRock(
    { app: TROUBLE_APP, pebbleDirMode: 0o755, out: join(rocks.dir, 'pebble-dir-0755.rock') },
    rocks.dir
  )
  const base = {
    worker: 'auto',
    probes: [{ method: 'GET', path: '/' }],
    timeoutSec: 120,
    env: {},
    dockerHost: rocks.host
  }
  const cases = [
    {
      label: 'sync example',
      rock: rocks.sync,
      image: testImage('flask-sync'),
      projectWorker: 'sync'
    },
    {
      label: 'gevent example',
      rock: rocks.gevent,
      image: testImage('flask-gevent'),
      projectWorker: 'gevent'
    }
  ]
  const rows = []
  for (const c of cases) {
    const ready = []
    const verdict = []
    const stop = []
    const wall = []
    for (let i = 0; i < runs; i++) {
      const started = performance.now()
      const { value, error } = await quietly(log => smokeTest({ ...base, ...c, log }))
      if (error) throw new Error(`${c.label}: ${error.message}`)
      wall.push(performance.now() - started)
      ready.push(value.readyMs)
      verdict.push(value.verdictMs)
      stop.push(value.stop.ms)
    }
    rows.push({ c, ready, verdict, stop, wall })
  }

  // Ways of dying: the verdict should come from the log, long before smoke-timeout.
  const dying = [
    { label: 'import error', rock: rocks.trouble, env: { TROUBLE_IMPORT: '1' } },
    {
      label: 'bad gunicorn argument',
      rock: rocks.trouble,
      env: { GUNICORN_CMD_ARGS: '--bogus-flag' }
    },
    { label: 'Pebble exits at once', rock: brokenDir.file, env: {} }
  ]
  const failures = []
  for (const d of dying) {
    const afterRun = []
    const afterSecond = []
    let message
    for (let i = 0; i < runs; i++) {
      let stops = []
      const { error, lines } = await quietly(async log => {
        const smoke = await startSmoke({
          ...base,
          rock: d.rock,
          image: testImage('flask-trouble'),
          projectWorker: 'sync',
          env: d.env,
          log
        })
        try {
          await smoke.verify()
        } finally {
          stops = (await containerLogEntries(smoke.name, rocks.host).catch(() => [])).filter(e =>
            /Service "flask" stopped unexpectedly/.test(e.text)
          )
          await smoke.close()
        }
      })
      const startedAt = lines.find(l => l.line.startsWith('Starting '))?.at
      const failedAt = lines.find(l => l.line.startsWith('Smoke test failed: '))?.at
      if (!error) throw new Error(`${d.label}: the smoke test passed`)
      message = error.message
      const verdictWall = Date.now() - (performance.now() - (failedAt ?? performance.now()))
      if (startedAt !== undefined && failedAt !== undefined) afterRun.push(failedAt - startedAt)
      if (stops.length >= 2) {
        afterSecond.push(verdictWall - Date.parse(stops[1].time.replace(/(\.\d{3})\d*Z$/, '$1Z')))
      }
    }
    failures.push({ d, afterRun, afterSecond, message })
  }

  // Sync vs gevent under the concurrency probe.
  const concurrency = []
  for (const [label, worker] of [
    ['gevent', 'auto'],
    ['sync (forced)', 'sync']
  ]) {
    const { value, error } = await quietly(log =>
      smokeTest({
        ...base,
        rock: rocks.gevent,
        image: testImage('flask-gevent'),
        projectWorker: 'gevent',
        worker,
        concurrency: { requests: 5, path: '/io' },
        log
      })
    )
    if (error) throw new Error(`concurrency ${label}: ${error.message}`)
    concurrency.push({ label, ...value.concurrency })
  }

  await removeTestImages(rocks.host, ['flask-sync', 'flask-gevent', 'flask-trouble'])
  rmSync(rocks.dir, { recursive: true, force: true })

  const ms = v => `${Math.round(v)}`.padStart(6)
  const fig = v =>
    v.length ? `${ms(median(v))} /${ms(Math.min(...v))} /${ms(Math.max(...v))}` : '     -'
  console.log(`smoke test benchmark: ${rocks.runtime.label}`)
  console.log(`${runs} run(s) per case, times in ms (median / min / max)`)
  console.log(
    'case                  docker run -> good answer   answer -> verdict       docker stop             whole smoke test'
  )
  for (const { c, ready, verdict, stop, wall } of rows) {
    console.log(
      `${c.label.padEnd(22)}${fig(ready).padEnd(28)}${fig(verdict).padEnd(24)}${fig(stop).padEnd(24)}${fig(wall)}`
    )
  }
  const worstVerdict = Math.max(...rows.flatMap(r => r.verdict))
  console.log(
    `verdict after the first good answer: worst ${worstVerdict} ms (goal < 500 ms): ${worstVerdict < 500 ? 'met' : 'MISSED'}`
  )
  console.log(
    '\nfailure verdict, smoke-timeout 120 s     after docker run          after the 2nd failed start (goal < 10 s)'
  )
  for (const f of failures) {
    console.log(`${f.d.label.padEnd(40)}${fig(f.afterRun).padEnd(26)}${fig(f.afterSecond)}`)
    console.log(`  ${f.message}`)
  }
  console.log(
    '\nconcurrency probe, 5 x GET /io (2 s each)   p50    p95   errors   all answered after'
  )
  for (const c of concurrency) {
    console.log(
      `${c.label.padEnd(42)}${ms(c.p50Ms)} ${ms(c.p95Ms)}   ${String(c.errors).padStart(6)}   ${ms(c.wallMs)}`
    )
  }
  writeFileSync(join(tree, 'done'), '')
} finally {
  rmSync(tree, { recursive: true, force: true })
}
