#!/usr/bin/env node
// Times `flask-rock expand` as a user runs it, side by side with `node -e 0` and `python3 -c 0`:
// on the flask-sync example, and on the same project whose tree holds 100,000 files (rockcraft
// lists only the top level, so neither should cost more). Prints figures; asserts nothing.
//   node bench/expand.mjs [--runs N]
// Uses dist/cli.js (npm run bundle); without it, bundles src/cli/cli.ts to a temp dir first.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const ROOT = resolve(import.meta.dirname, '..')
const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } })
const RUNS = Number(values.runs)
const FILES = 100_000

let cli = join(ROOT, 'dist/cli.js')
let built
if (!existsSync(cli)) {
  built = mkdtempSync(join(tmpdir(), 'flask-rock-bench-'))
  execFileSync(
    join(ROOT, 'node_modules/.bin/ncc'),
    ['build', 'src/cli/cli.ts', '-o', built, '-q'],
    {
      cwd: ROOT
    }
  )
  cli = join(built, 'index.js')
}

function exampleCopy(dir) {
  mkdirSync(dir, { recursive: true })
  for (const f of ['app.py', 'requirements.txt', 'rockcraft.yaml']) {
    cpSync(join(ROOT, 'examples/flask-sync', f), join(dir, f))
  }
}

const small = mkdtempSync(join(tmpdir(), 'flask-rock-bench-small-'))
exampleCopy(small)
// The big tree is kept between runs (bench/.tree is git-ignored): making it takes a while.
const big = join(ROOT, 'bench/.tree/flask-100k')
if (!existsSync(join(big, 'static/d99/f999.txt'))) {
  exampleCopy(big)
  for (let d = 0; d < FILES / 1000; d++) {
    const sub = join(big, 'static', `d${d}`)
    mkdirSync(sub, { recursive: true })
    for (let f = 0; f < 1000; f++) writeFileSync(join(sub, `f${f}.txt`), '')
  }
}

function time(cmd, args) {
  const started = process.hrtime.bigint()
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`)
  return { ms, out: r.stdout.toString() }
}

const cases = {
  'node -e 0': [process.execPath, ['-e', '0']],
  'python3 -I -c 0': ['python3', ['-I', '-c', '0']],
  'flask-rock expand (example)': [process.execPath, [cli, 'expand', small]],
  'flask-rock expand (100k-file tree)': [process.execPath, [cli, 'expand', big]]
}
const samples = Object.fromEntries(Object.keys(cases).map(k => [k, []]))
// Interleaved so load on the machine hits every case alike.
for (let i = 0; i < RUNS; i++) {
  for (const [name, [cmd, args]] of Object.entries(cases)) samples[name].push(time(cmd, args).ms)
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const min = xs => Math.min(...xs)
const base = median(samples['node -e 0'])
console.log(
  `runs per case: ${RUNS}; python3 on PATH: ${execFileSync('sh', ['-c', 'command -v python3']).toString().trim()}`
)
console.log('case'.padEnd(38), 'median ms'.padStart(10), 'min ms'.padStart(8), 'x node'.padStart(8))
for (const [name, xs] of Object.entries(samples)) {
  console.log(
    name.padEnd(38),
    median(xs).toFixed(1).padStart(10),
    min(xs).toFixed(1).padStart(8),
    (median(xs) / base).toFixed(2).padStart(8)
  )
}
const grow =
  median(samples['flask-rock expand (100k-file tree)']) /
  median(samples['flask-rock expand (example)'])
console.log(`100k-file tree / example: ${grow.toFixed(2)}x`)

rmSync(small, { recursive: true, force: true })
if (built) rmSync(built, { recursive: true, force: true })
