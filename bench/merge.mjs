#!/usr/bin/env node
// Benchmark of the merge mode against the real test registry (Debian's docker-registry, TLS,
// htpasswd): two single-platform images (amd64, arm64) with a layer of LAYER_MB each are pushed
// by digest, then merged N times with the action's mergeImages() (real buildah and skopeo).
// A counting HTTPS relay in front of the registry sees every request of the merge: it prints the
// bytes the registry sent, split into manifests, config blobs and layer blobs (the goal: no layer
// bytes at all), and the wall time of each merge.
//   node bench/merge.mjs [runs] [layer MB]        (default 5 runs, 32 MB layers)
// It compiles src/ and the test support with tsc into a temporary tree first.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import * as https from 'node:https'
import { tmpdir } from 'node:os'
import { performance } from 'node:perf_hooks'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = resolve(fileURLToPath(import.meta.url), '..', '..')
const runs = Number(process.argv[2] ?? 5)
const layerMb = Number(process.argv[3] ?? 32)
const tree = mkdtempSync(join(tmpdir(), 'flask-rock-bench-'))
const USER = 'bench'
const PASSWORD = 'bench-password'

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const kb = bytes => `${(bytes / 1024).toFixed(1)} KiB`

/** An HTTPS relay to the registry that counts the body bytes of every answer, by request. */
async function countingRelay(registry) {
  const port = Number(registry.host.split(':')[1])
  const seen = []
  const server = https.createServer({ key: registry.key, cert: registry.ca }, (req, res) => {
    const upstream = https.request(
      {
        host: '127.0.0.1',
        port,
        path: req.url,
        method: req.method,
        headers: req.headers,
        ca: registry.ca
      },
      up => {
        const record = { method: req.method, url: req.url, status: up.statusCode, bytes: 0 }
        seen.push(record)
        res.writeHead(up.statusCode ?? 502, up.headers)
        up.on('data', chunk => (record.bytes += chunk.length))
        up.pipe(res)
      }
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  await new Promise(r => server.listen(0, '127.0.0.1', r))
  return {
    host: `127.0.0.1:${server.address().port}`,
    seen,
    close: () => {
      server.closeAllConnections()
      return new Promise(r => server.close(r))
    }
  }
}

let registry
let relay
try {
  execFileSync(
    join(repo, 'node_modules/.bin/tsc'),
    ['-p', repo, '--noEmit', 'false', '--outDir', tree],
    {
      stdio: 'inherit'
    }
  )
  symlinkSync(join(repo, 'node_modules'), join(tree, 'node_modules'))
  const { startRegistry, buildRock } = await import(join(tree, '__tests__/registry/registry.js'))
  const { publishRock } = await import(join(tree, 'src/registry/index.js'))
  const { mergeImages } = await import(join(tree, 'src/registry/index.js'))
  process.env.GITHUB_STATE = join(tree, 'github-state')
  writeFileSync(process.env.GITHUB_STATE, '')

  registry = await startRegistry(join(tree, 'registry'), USER, PASSWORD)
  relay = await countingRelay(registry)
  const env = { ...process.env, SSL_CERT_FILE: registry.caFile }
  const work = join(tree, 'work')
  mkdirSync(work)
  // The merge reads through the relay; the pushes go to the registry directly.
  const sources = []
  const layers = new Set()
  for (const arch of ['amd64', 'arm64']) {
    const rock = await buildRock(join(tree, arch), arch, layerMb << 20)
    const pushed = await publishRock({
      rock,
      refs: [`${registry.host}/bench/app`],
      username: USER,
      password: PASSWORD,
      tempDir: work,
      env
    })
    sources.push(`${relay.host}/bench/app@${pushed.digest}`)
    const manifest = JSON.parse((await registry.manifest('bench/app', pushed.digest)).body)
    for (const layer of manifest.layers) layers.add(layer.digest)
  }

  const times = []
  let counted
  for (let i = 0; i < runs; i++) {
    relay.seen.length = 0
    const started = performance.now()
    const result = await mergeImages({
      sources,
      refs: [`${relay.host}/bench/app:run-${i}`],
      username: USER,
      password: PASSWORD,
      tempDir: work,
      env
    })
    times.push(performance.now() - started)
    if (i === 0) counted = [...relay.seen]
    if (result.entries.length !== 2) throw new Error('the merge did not index both images')
  }

  const answers = counted.filter(r => r.method === 'GET' || r.method === 'HEAD')
  const kind = r =>
    /\/manifests\//.test(r.url)
      ? 'manifest'
      : /\/blobs\//.test(r.url)
        ? layers.has(r.url.split('/blobs/')[1])
          ? 'layer blob'
          : 'config blob'
        : 'other'
  const totals = {}
  for (const r of answers) {
    const k = kind(r)
    totals[k] ??= { requests: 0, bytes: 0 }
    totals[k].requests++
    totals[k].bytes += r.bytes
  }
  const pulled = answers.reduce((n, r) => n + r.bytes, 0)
  console.log(
    `\nMerge of two single-platform images (layers of ${layerMb} MiB each, ${2 * layerMb} MiB in all), ${runs} runs:`
  )
  console.log(
    `  wall time: median ${(median(times) / 1000).toFixed(2)} s, min ${(Math.min(...times) / 1000).toFixed(2)} s, max ${(Math.max(...times) / 1000).toFixed(2)} s`
  )
  console.log(`  bytes the registry sent during one merge (GET/HEAD answers): ${kb(pulled)}`)
  for (const [k, t] of Object.entries(totals))
    console.log(`    ${k}: ${t.requests} requests, ${kb(t.bytes)}`)
  const layerBytes = totals['layer blob']?.bytes ?? 0
  console.log(`  layer bytes pulled: ${layerBytes} (goal: 0)`)
  if (layerBytes > 0) process.exitCode = 1
} finally {
  await relay?.close()
  await registry?.stop()
  rmSync(tree, { recursive: true, force: true })
}
