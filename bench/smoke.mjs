#!/usr/bin/env node
// Benchmark of the smoke test against the real test Docker daemon (run as root, like the smoke
// tests): for each example rock, N runs of the action's smokeTest(); prints the time from
// `docker run` to the first good answer, from that answer to the verdict (goal: < 0.5 s) and the
// whole smoke test's wall time (load + run + verdict + cleanup); then, for the trouble rock with an
// app that fails on import (smoke-timeout 120 s), the time from `docker run` to the failure verdict.
//   node bench/smoke.mjs [runs]        (default 3 runs per rock)
// It compiles src/ and the test support with tsc into a temporary tree first.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { performance } from 'node:perf_hooks'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = resolve(fileURLToPath(import.meta.url), '..', '..')
const runs = Number(process.argv[2] ?? 3)
const tree = mkdtempSync(join(tmpdir(), 'flask-rock-bench-'))

function median(values) {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

try {
  execFileSync(
    join(repo, 'node_modules/.bin/tsc'),
    ['-p', repo, '--noEmit', 'false', '--outDir', tree],
    {
      stdio: 'inherit'
    }
  )
  // The compiled test support finds the stand-ins, examples and packages next to it.
  for (const p of [
    'node_modules',
    'examples',
    '__tests__/smoke/standins',
    '__tests__/smoke/fixtures'
  ]) {
    symlinkSync(join(repo, p), join(tree, p))
  }
  const { smokeTest } = await import(join(tree, 'src/smoke.js'))
  const { setUpRocks, testImage, removeTestImages } = await import(
    join(tree, '__tests__/smoke/support/harness.js')
  )
  // Where saveState writes (as on a runner).
  process.env.GITHUB_STATE = join(tree, 'github-state')
  writeFileSync(process.env.GITHUB_STATE, '')
  const rocks = await setUpRocks()
  const cases = [
    {
      label: 'sync example',
      rock: rocks.sync,
      image: testImage('flask-sync'),
      projectWorker: 'sync',
      worker: 'auto'
    },
    {
      label: 'gevent example',
      rock: rocks.gevent,
      image: testImage('flask-gevent'),
      projectWorker: 'gevent',
      worker: 'auto'
    },
    {
      label: 'gevent forced sync',
      rock: rocks.gevent,
      image: testImage('flask-gevent'),
      projectWorker: 'gevent',
      worker: 'sync'
    }
  ]
  const rows = []
  for (const c of cases) {
    const ready = []
    const verdict = []
    const wall = []
    for (let i = 0; i < runs; i++) {
      // The action log would drown the figures.
      const write = process.stdout.write.bind(process.stdout)
      process.stdout.write = () => true
      const started = performance.now()
      let result
      try {
        result = await smokeTest({
          rock: c.rock,
          image: c.image,
          worker: c.worker,
          projectWorker: c.projectWorker,
          path: '/',
          timeoutSec: 120,
          env: {},
          dockerHost: rocks.host
        })
      } finally {
        process.stdout.write = write
      }
      wall.push(performance.now() - started)
      ready.push(result.readyMs)
      verdict.push(result.verdictMs)
    }
    rows.push({ c, ready, verdict, wall })
  }
  // An app that fails on import: the verdict should come from the log, long before the timeout.
  const bootFailure = []
  for (let i = 0; i < runs; i++) {
    const chunks = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = chunk => {
      chunks.push({ at: performance.now(), text: String(chunk) })
      return true
    }
    let message
    try {
      await smokeTest({
        rock: rocks.trouble,
        image: testImage('flask-trouble'),
        worker: 'auto',
        projectWorker: 'sync',
        path: '/',
        timeoutSec: 120,
        env: { TROUBLE_IMPORT: '1' },
        dockerHost: rocks.host
      })
    } catch (err) {
      message = err.message
    } finally {
      process.stdout.write = write
    }
    const started = chunks.find(c => c.text.startsWith('Starting '))
    const failed = chunks.find(c => c.text.startsWith('Smoke test failed: '))
    if (!message?.startsWith('the app failed to boot: ') || !started || !failed) {
      throw new Error(`import failure case: unexpected outcome: ${message ?? 'it passed'}`)
    }
    bootFailure.push({ ms: failed.at - started.at, message })
  }
  rmSync(rocks.dir, { recursive: true, force: true })
  await removeTestImages(rocks.host, ['flask-sync', 'flask-gevent', 'flask-trouble'])
  const ms = v => `${Math.round(v)}`.padStart(6)
  console.log(`smoke test benchmark, ${runs} run(s) per case, times in ms (median / min / max)`)
  console.log(
    'case                  docker run -> first good answer   answer -> verdict        whole smoke test'
  )
  for (const { c, ready, verdict, wall } of rows) {
    const fig = v => `${ms(median(v))} /${ms(Math.min(...v))} /${ms(Math.max(...v))}`
    console.log(
      `${c.label.padEnd(22)}${fig(ready).padEnd(34)}${fig(verdict).padEnd(25)}${fig(wall)}`
    )
  }
  const worstVerdict = Math.max(...rows.flatMap(r => r.verdict))
  console.log(
    `verdict after first good answer: worst ${worstVerdict} ms (goal < 500 ms): ${worstVerdict < 500 ? 'met' : 'MISSED'}`
  )
  const failMs = bootFailure.map(b => b.ms)
  console.log(
    `app failing on import, smoke-timeout 120 s: docker run -> failure verdict ${Math.round(median(failMs))} ms median, ` +
      `${Math.round(Math.min(...failMs))}-${Math.round(Math.max(...failMs))} ms range (${bootFailure[0].message})`
  )
} finally {
  rmSync(tree, { recursive: true, force: true })
}
