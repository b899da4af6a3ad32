#!/usr/bin/env node
// `flask-rock diff OLD NEW` of two rig rocks that differ as a dependency bump does (one distribution
// moves version, one comes in with its code, app.py changes), against reading the larger of the two
// alone, side by side in one run (run as root, like the rig tests). Each case is a fresh process:
// - diff: the CLI as users run it (`flask-rock diff OLD NEW`, text to /dev/null);
// - read: a process that imports src/rock and reads the larger rock once (no SBOM, no output).
// Wall time and the process's own CPU time (user + system, from process.cpuUsage at exit): the
// machine is shared, so wall time alone says as much about the neighbours as about the diff.
// Prints figures; asserts nothing. Goal (issue 26): diff wall <= 1.3x the read's.
//   node bench/diff.mjs [runs]   (default 7)
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { cp, appendFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { transpileTree, REPO } from '../scripts/transpile.mjs'

const runs = Number(process.argv[2] ?? 7)
const tree = transpileTree()
// src/cli/cli.ts reads its version from ../../package.json.
symlinkSync(join(REPO, 'package.json'), join(tree, 'package.json'))
const work = mkdtempSync(join(tmpdir(), 'flask-rock-bench-diff-'))

const median = v => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]
const SITE = 'lib/python3.11/site-packages'
const metadata = (name, version) =>
  `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: test\n\nlong description\n`

try {
  const { buildTestRock } = await import(join(tree, '__tests__/smoke/support/rock.js'))
  const { EXAMPLES } = await import(join(tree, '__tests__/smoke/support/harness.js'))
  // As __tests__/diff/rig-diff.test.ts builds them.
  const oldApp = join(work, 'old-app')
  const newApp = join(work, 'new-app')
  await cp(join(EXAMPLES, 'flask-gevent'), oldApp, { recursive: true })
  await cp(join(EXAMPLES, 'flask-gevent'), newApp, { recursive: true })
  await appendFile(join(newApp, 'app.py'), '\n\n# requests 2.32 now\n')
  const oldRock = await buildTestRock(
    {
      app: oldApp,
      out: join(work, 'old.rock'),
      files: { [`${SITE}/requests-2.31.0.dist-info/METADATA`]: metadata('requests', '2.31.0') }
    },
    work
  )
  const newRock = await buildTestRock(
    {
      app: newApp,
      out: join(work, 'new.rock'),
      files: {
        [`${SITE}/requests-2.32.3.dist-info/METADATA`]: metadata('requests', '2.32.3'),
        [`${SITE}/urllib3-2.2.1.dist-info/METADATA`]: metadata('urllib3', '2.2.1'),
        [`${SITE}/urllib3/__init__.py`]: '# urllib3\n'.repeat(3000)
      }
    },
    work
  )
  const larger =
    statSync(newRock.file).size >= statSync(oldRock.file).size ? newRock.file : oldRock.file

  // Each child reports its own CPU time (ms) on fd 3 as it exits.
  const preload = join(work, 'cpu.mjs')
  writeFileSync(
    preload,
    `import { writeSync } from 'node:fs'\nprocess.on('exit', () => { const u = process.cpuUsage(); try { writeSync(3, String((u.user + u.system) / 1000)) } catch {} })\n`
  )
  const reader = join(work, 'read.mjs')
  writeFileSync(
    reader,
    `import { readRock } from ${JSON.stringify(join(tree, 'src/rock/index.js'))}\nawait readRock(process.argv[2])\n`
  )
  const cli = join(tree, 'src/cli/cli.js')

  function time(args) {
    const started = process.hrtime.bigint()
    const r = spawnSync(process.execPath, ['--import', preload, ...args], {
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024
    })
    const wall = Number(process.hrtime.bigint() - started) / 1e6
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stdout}${r.stderr}`)
    return { wall, cpu: Number(r.output[3].toString()), out: r.stdout.toString() }
  }

  const diffs = []
  const reads = []
  let text = ''
  for (let i = 0; i < runs; i++) {
    // Alternating, so that a busy moment of the machine lands on both.
    const d = time([cli, 'diff', oldRock.file, newRock.file])
    text = d.out
    diffs.push(d)
    reads.push(time([reader, larger]))
  }
  const ms = v => `${Math.round(v)}`.padStart(6)
  const fig = v => `${ms(median(v))} /${ms(Math.min(...v))} /${ms(Math.max(...v))}`
  const size = f => `${(statSync(f).size / 1e6).toFixed(1)} MB`
  console.log(
    `flask-rock diff of two rig rocks (${size(oldRock.file)}, ${size(newRock.file)}); ${runs} run(s); load average ${loadavg()
      .map(x => x.toFixed(1))
      .join(' ')}`
  )
  console.log('times in ms (median / min / max)')
  console.log(`diff OLD NEW (CLI)        wall ${fig(diffs.map(d => d.wall))}`)
  console.log(`                          cpu  ${fig(diffs.map(d => d.cpu))}`)
  console.log(`read of the larger alone  wall ${fig(reads.map(d => d.wall))}`)
  console.log(`                          cpu  ${fig(reads.map(d => d.cpu))}`)
  const wall = median(diffs.map(d => d.wall)) / median(reads.map(d => d.wall))
  const cpu = median(diffs.map(d => d.cpu)) / median(reads.map(d => d.cpu))
  console.log(
    `ratio diff / read (medians): wall ${wall.toFixed(2)}x (goal <= 1.3x): ${wall <= 1.3 ? 'met' : 'MISSED'}; cpu ${cpu.toFixed(2)}x`
  )
  console.log(`the diff's first lines:\n${text.split('\n').slice(0, 6).join('\n')}`)
} finally {
  rmSync(work, { recursive: true, force: true })
  rmSync(tree, { recursive: true, force: true })
}
