#!/usr/bin/env node
// Benchmark of the smoke test against the real test Docker daemon (run as root, like the smoke
// tests): for each example rock, N runs of the action's smokeTest(); prints the time from
// `docker run` to the first good answer, from that answer to the verdict (goal: < 0.5 s) and the
// whole smoke test's wall time (load + run + verdict + cleanup).
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
  const { setUpRocks } = await import(join(tree, '__tests__/smoke/support/harness.js'))
  // Where saveState writes (as on a runner).
  process.env.GITHUB_STATE = join(tree, 'github-state')
  writeFileSync(process.env.GITHUB_STATE, '')
  const rocks = await setUpRocks()
  const cases = [
    {
      label: 'sync example',
      rock: rocks.sync,
      image: 'flask-sync:0.1',
      projectWorker: 'sync',
      worker: 'auto'
    },
    {
      label: 'gevent example',
      rock: rocks.gevent,
      image: 'flask-gevent:0.1',
      projectWorker: 'gevent',
      worker: 'auto'
    },
    {
      label: 'gevent forced sync',
      rock: rocks.gevent,
      image: 'flask-gevent:0.1',
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
  rmSync(rocks.dir, { recursive: true, force: true })
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
} finally {
  rmSync(tree, { recursive: true, force: true })
}
