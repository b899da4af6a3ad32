#!/usr/bin/env node
// `flask-rock smoke` against its floor, side by side in one run on the test Docker daemon (run as
// root, like the smoke tests), on the rig's gevent rock with the real Pebble and statsd_exporter:
// - floor: skopeo load + `docker run` to the first HTTP answer + `docker stop` (cleanup untimed);
// - smoke: the whole smoke test as `flask-rock smoke` runs it (its own image reference, the rock
//   read once for the owner check, that read streaming its blobs into `docker load`, every check,
//   stop, container and image removed), on a fresh copy of the rock each time (the read is shared
//   per file and process); its phases are read off the times of its own log lines;
// - the action's smoke step: the same, but the image stays for the job's later steps (the post
//   step removes it), so the step does not wait for the image's removal;
// - the rock's read alone, and the SBOM built from that read (goal: under 1 s beyond the read).
// Before each timed part the disk is synced and left idle for a moment: the previous part's
// deletions (freeing blocks costs ~1.5 s per 250 MB here) must not land in the next one's time.
// Goal: smoke within 1.2x of the floor.   node bench/smoke-floor.mjs [runs]   (default 3)
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { transpileTree } from '../scripts/transpile.mjs'

const runs = Number(process.argv[2] ?? 3)
const tree = transpileTree()
const work = mkdtempSync(join(tmpdir(), 'flask-rock-bench-floor-'))

// Writes of the previous part reach the disk, and its freed blocks are let go, before timing on.
async function settle() {
  execFileSync('sync')
  await sleep(1500)
}

const median = v => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]

try {
  const { runOk } = await import(join(tree, 'src/process/exec.js'))
  const { request } = await import(join(tree, 'src/smoke/probes.js'))
  const { smokeTest, runImage } = await import(join(tree, 'src/smoke/index.js'))
  const { readRock } = await import(join(tree, 'src/rock/index.js'))
  const { buildSbom, TOOL } = await import(join(tree, 'src/sbom/index.js'))
  const { ensureTestDockerd } = await import(join(tree, '__tests__/smoke/support/dockerd.js'))
  const { buildTestRock, pickRuntime } = await import(join(tree, '__tests__/smoke/support/rock.js'))
  const { EXAMPLES } = await import(join(tree, '__tests__/smoke/support/harness.js'))
  const host = await ensureTestDockerd()
  const runtime = await pickRuntime()
  const rock = await buildTestRock({ app: join(EXAMPLES, 'flask-gevent') }, work)
  const docker = (args, what, timeoutMs = 120_000) =>
    runOk('docker', ['-H', host, ...args], { what, timeoutMs })
  const quiet = { info: () => {}, warning: () => {}, group: async (_t, body) => body() }

  async function floor(i) {
    const image = `flask-rock-floor:run-${process.pid}-${i}`
    const name = `flask-rock-floor-${process.pid}-${i}`
    await settle()
    const started = performance.now()
    await runOk(
      'skopeo',
      [
        '--insecure-policy',
        'copy',
        '--dest-daemon-host',
        host,
        `oci-archive:${rock.file}`,
        `docker-daemon:${image}`
      ],
      { what: 'load', timeoutMs: 600_000 }
    )
    const loaded = performance.now()
    await docker(['run', '-d', '--name', name, '--publish', '127.0.0.1::8000', image], 'run')
    const port = (await docker(['port', name, '8000/tcp'], 'port')).stdout.trim().split(':').pop()
    for (;;) {
      try {
        await request(`http://127.0.0.1:${port}/`, 'GET', 2000)
        break
      } catch {
        await sleep(50)
      }
    }
    const answered = performance.now()
    await docker(['stop', name], 'stop')
    const total = performance.now() - started
    await docker(['rm', '--force', name], 'rm')
    await docker(['image', 'rm', image], 'rmi')
    return {
      total,
      load: loaded - started,
      answer: answered - loaded,
      stop: started + total - answered
    }
  }

  async function smoke(i, removeRunImage) {
    const copy = join(work, `run-${i}-${removeRunImage}.rock`)
    copyFileSync(rock.file, copy)
    const image = runImage('flask-gevent', '0.1')
    await settle()
    const started = performance.now()
    const at = {}
    const log = {
      ...quiet,
      info: line => {
        if (line.startsWith('Environment as paas-charm')) at.loaded ??= performance.now()
        if (line.startsWith('Smoke test passed')) at.passed = performance.now()
      }
    }
    const result = await smokeTest({
      rock: copy,
      image,
      removeRunImage,
      worker: 'auto',
      probes: [{ method: 'GET', path: '/' }],
      timeoutSec: 120,
      env: {},
      dockerHost: host,
      log
    })
    const total = performance.now() - started
    rmSync(copy)
    if (!removeRunImage) await docker(['image', 'rm', image], 'rmi')
    return {
      total,
      load: at.loaded - started,
      ready: result.readyMs,
      verdict: result.verdictMs,
      stop: result.stop.ms,
      cleanup: started + total - at.passed
    }
  }

  const floors = []
  const smokes = []
  const steps = []
  const reads = []
  const sboms = []
  for (let i = 0; i < runs; i++) {
    // Alternating, so that a busy moment of the machine lands on both.
    floors.push(await floor(i))
    steps.push(await smoke(i, false))
    smokes.push(await smoke(i, true))
    const t0 = performance.now()
    const contents = await readRock(rock.file)
    const t1 = performance.now()
    const sbom = buildSbom({
      contents,
      project: { name: rock.name, version: rock.version },
      tool: TOOL
    })
    const t2 = performance.now()
    reads.push(t1 - t0)
    sboms.push({ ms: t2 - t1, summary: sbom.summary, bytes: sbom.json.length })
  }
  const ms = v => `${Math.round(v)}`.padStart(6)
  const fig = v => `${ms(median(v))} /${ms(Math.min(...v))} /${ms(Math.max(...v))}`
  console.log(`smoke test vs its floor: ${runtime.label}; rock ${rock.file}`)
  console.log(`${runs} run(s), times in ms (median / min / max)`)
  console.log(`floor (load + run to first answer + stop) ${fig(floors.map(f => f.total))}`)
  console.log(`  skopeo load                             ${fig(floors.map(f => f.load))}`)
  console.log(`  docker run -> first answer              ${fig(floors.map(f => f.answer))}`)
  console.log(`  docker stop                             ${fig(floors.map(f => f.stop))}`)
  console.log(`flask-rock smoke (whole, with cleanup)    ${fig(smokes.map(s => s.total))}`)
  console.log(`  load (the rock read alongside)          ${fig(smokes.map(s => s.load))}`)
  console.log(`  docker run -> good answer               ${fig(smokes.map(s => s.ready))}`)
  console.log(`  good answer -> verdict                  ${fig(smokes.map(s => s.verdict))}`)
  console.log(`  docker stop                             ${fig(smokes.map(s => s.stop))}`)
  console.log(`  container and image removal            ${fig(smokes.map(s => s.cleanup))}`)
  console.log(`action's smoke step (image kept)          ${fig(steps.map(s => s.total))}`)
  console.log(`  container removal                       ${fig(steps.map(s => s.cleanup))}`)
  const ratio = median(smokes.map(s => s.total)) / median(floors.map(f => f.total))
  const stepRatio = median(steps.map(s => s.total)) / median(floors.map(f => f.total))
  console.log(
    `ratio smoke / floor (medians): ${ratio.toFixed(2)}x (goal <= 1.2x): ${ratio <= 1.2 ? 'met' : 'MISSED'}`
  )
  console.log(`ratio action's smoke step / floor (medians): ${stepRatio.toFixed(2)}x`)
  console.log(`read of the rock alone                    ${fig(reads)}`)
  console.log(
    `SBOM from that read                       ${fig(sboms.map(s => s.ms))} (goal < 1000 ms beyond the read): ${median(sboms.map(s => s.ms)) < 1000 ? 'met' : 'MISSED'}`
  )
  const s = sboms[0].summary
  console.log(
    `SBOM of the rig rock: ${s.counts.python} Python, ${s.counts.ubuntu} Ubuntu (${s.ubuntuSource}), ${s.counts.go} Go programs; ` +
      `Flask ${s.versions.flask}, gunicorn ${s.versions.gunicorn}, Python ${s.versions.python}, Pebble ${s.versions.pebble ?? 'unknown'}, statsd_exporter ${s.versions.statsdExporter ?? 'unknown'}; ${Math.round(sboms[0].bytes / 1024)} KiB`
  )
} finally {
  rmSync(work, { recursive: true, force: true })
  rmSync(tree, { recursive: true, force: true })
}
