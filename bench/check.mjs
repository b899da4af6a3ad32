#!/usr/bin/env node
// Times `flask-rock check` (with its boot prediction) and the check-only action as users run them,
// side by side with `node -e 0`, in one run, interleaved. Prints figures; asserts nothing.
// Goals (issue 8): check on the examples within 2.5x `node -e 0`; on a project of 2,000 Python
// modules in 200 packages within 1.2x of the examples; the bundled check-only action within 3x.
// The post step runs after every check-only job too: shown, no goal.
//   node bench/check.mjs [--runs N]
// Bundles src/cli/cli.ts and src/action/index.ts to a temp dir first (dist/ may be stale). python3 is the one
// on PATH, resolved to its interpreter (a pyenv shim is a bash script that costs more than the check).
import { execFileSync, spawnSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  cpSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const ROOT = resolve(import.meta.dirname, '..')
const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } })
const RUNS = Number(values.runs)

const work = mkdtempSync(join(tmpdir(), 'flask-rock-bench-check-'))
for (const [entry, out] of [
  ['src/cli/cli.ts', 'cli'],
  ['src/action/index.ts', 'action'],
  ['src/action/post.ts', 'post']
]) {
  execFileSync(
    join(ROOT, 'node_modules/.bin/ncc'),
    ['build', entry, '-o', join(work, out), '--target', 'es2022', '-q'],
    { cwd: ROOT }
  )
}
const cli = join(work, 'cli/index.js')

const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'])
  .toString()
  .trim()
const pybin = join(work, 'bin')
mkdirSync(pybin)
symlinkSync(python, join(pybin, 'python3'))
const env = { ...process.env, PATH: `${pybin}:${process.env.PATH}` }

const YAML = `name: big-app
base: ubuntu@24.04
version: "1.0"
summary: A big Flask app
description: Two thousand modules.
platforms:
  amd64:
extensions: [flask-framework]
`

/** 2,000 modules in 200 packages under app/; `imported` packages are imported at boot. */
function bigProject(dir, imported) {
  mkdirSync(join(dir, 'app'), { recursive: true })
  writeFileSync(join(dir, 'rockcraft.yaml'), YAML)
  writeFileSync(join(dir, 'requirements.txt'), 'flask\n')
  const pkgs = Array.from({ length: imported }, (_, p) => `p${p}`)
  writeFileSync(
    join(dir, 'app/__init__.py'),
    `import os\nfrom flask import Flask\n\napp = Flask(__name__)\n${pkgs.length ? `from app import ${pkgs.join(', ')}\n` : ''}`
  )
  for (let p = 0; p < 200; p++) {
    const pkg = join(dir, 'app', `p${p}`)
    mkdirSync(pkg)
    const mods = Array.from({ length: 10 }, (_, m) => `m${m}`)
    writeFileSync(join(pkg, '__init__.py'), `from . import ${mods.join(', ')}\n`)
    for (const m of mods) {
      writeFileSync(
        join(pkg, `${m}.py`),
        `import json\nfrom flask import Blueprint\n\nbp = Blueprint("${m}", __name__)\n\n\n@bp.route("/${p}/${m}")\ndef view():\n    from app.p${p} import m0\n    return json.dumps({"ok": True})\n`
      )
    }
  }
}

const sync = join(work, 'flask-sync')
cpSync(join(ROOT, 'examples/flask-sync'), sync, { recursive: true })
const gevent = join(work, 'flask-gevent')
cpSync(join(ROOT, 'examples/flask-gevent'), gevent, { recursive: true })
const bigAll = join(work, 'big-all')
bigProject(bigAll, 200)
const bigFew = join(work, 'big-few')
bigProject(bigFew, 2)

const state = join(work, 'state')
writeFileSync(state, '')
writeFileSync(join(work, 'output'), '')
const actionEnv = {
  ...env,
  'INPUT_PROJECT-PATH': sync,
  'INPUT_CHECK-ONLY': 'true',
  GITHUB_STATE: state,
  GITHUB_OUTPUT: join(work, 'output'),
  RUNNER_TEMP: work
}

/** The post step's environment after one check-only run: the state main saved, as STATE_ variables. */
function postEnv() {
  const r = spawnSync(process.execPath, [join(work, 'action/index.js')], { env: actionEnv })
  if (r.status !== 0) throw new Error(`action check-only failed: ${r.stdout}${r.stderr}`)
  const postEnv = { ...actionEnv }
  const saved = readFileSync(state, 'utf8')
  for (const m of saved.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    postEnv[`STATE_${m[1]}`] = m[3]
  if (!postEnv['STATE_flask-rock']?.includes('"isPost":true'))
    throw new Error(`no state saved: ${saved}`)
  return postEnv
}

function time(args, runEnv = env) {
  const started = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: runEnv })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  // check exits 1 on a project with problems: the big projects have none.
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stdout}${r.stderr}`)
  return ms
}

// python3 as this machine's PATH has it: a pyenv shim here, which the check resolves itself.
const pathPython = execFileSync('sh', ['-c', 'command -v python3']).toString().trim()
const cases = {
  'node -e 0': [['-e', '0']],
  'check flask-sync': [[cli, 'check', sync]],
  [`check flask-sync, python3 ${pathPython}`]: [[cli, 'check', sync], process.env],
  'check flask-gevent': [[cli, 'check', gevent]],
  'check 2,000 modules, all at boot': [[cli, 'check', bigAll]],
  'check 2,000 modules, 22 at boot': [[cli, 'check', bigFew]],
  'action check-only (bundled)': [[join(work, 'action/index.js')], actionEnv],
  'its post step (bundled)': [[join(work, 'post/index.js')], postEnv()]
}
const samples = Object.fromEntries(Object.keys(cases).map(k => [k, []]))
for (let i = 0; i < RUNS; i++) {
  for (const [name, [args, runEnv]] of Object.entries(cases)) samples[name].push(time(args, runEnv))
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const base = median(samples['node -e 0'])
const examples = (median(samples['check flask-sync']) + median(samples['check flask-gevent'])) / 2
console.log(
  `runs per case: ${RUNS}; python3: ${python}; load average: ${(await import('node:os'))
    .loadavg()
    .map(x => x.toFixed(1))
    .join(' ')}`
)
console.log(
  'case'.padEnd(36),
  'median ms'.padStart(10),
  'min ms'.padStart(8),
  'x node'.padStart(8),
  'x examples'.padStart(11)
)
for (const [name, xs] of Object.entries(samples)) {
  console.log(
    name.padEnd(36),
    median(xs).toFixed(1).padStart(10),
    Math.min(...xs)
      .toFixed(1)
      .padStart(8),
    (median(xs) / base).toFixed(2).padStart(8),
    (median(xs) / examples).toFixed(2).padStart(11)
  )
}
console.log(
  'goals: examples <= 2.5x node; 2,000 modules <= 1.2x examples; action check-only <= 3x node'
)
rmSync(work, { recursive: true, force: true })
