// The smoke test's logic without a Docker daemon: pure helpers, and smokeTest() with the docker and
// skopeo command lines recorded (exec.ts mocked) while real HTTP servers on loopback stand for the
// container's published ports. Runs everywhere, also where the real smoke tests are skipped.
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { RunOptions, RunResult } from '../../src/process/exec.js'
import { TarReader } from '../../src/rock/tar.js'
import { tempDir } from '../support/temp.js'
import { recordedResult } from '../support/recorded-run.js'
import { recordingLog } from './support/log.js'

interface Call {
  command: string
  args: string[]
}
const calls: Call[] = []
// Per test: how the recorded commands answer.
let answer: (call: Call) => Partial<RunResult>

// The abort signal each recorded command was given (the load beside the rock's read has one).
const signals: (AbortSignal | undefined)[] = []

// What a command given a stream on stdin (`docker load`) read of it, whole or cut off.
const streamed: Promise<Buffer>[] = []

function fakeRun(command: string, args: readonly string[], opts: RunOptions): Promise<RunResult> {
  const call = { command, args: [...args] }
  calls.push(call)
  signals.push(opts.signal)
  const result = recordedResult(command, args, answer(call))
  const input = opts.input
  if (isLoadedImageQuery(args) && result.stdout === '') return loadedAnswer(result)
  if (!(input instanceof Readable)) return Promise.resolve(result)
  // Like a real `docker load`: it answers once its stdin ends, or when it is stopped.
  const chunks: Buffer[] = []
  const read = new Promise<Buffer>(resolve => {
    input.on('data', (c: Buffer) => chunks.push(c))
    input.on('end', () => resolve(Buffer.concat(chunks)))
    opts.signal?.addEventListener('abort', () => resolve(Buffer.concat(chunks)))
  })
  streamed.push(read)
  return read.then(() =>
    opts.signal?.aborted ? { ...result, code: null, signal: 'SIGTERM' as const } : result
  )
}

/** `docker image inspect --format '{{.Id}} {{json .RootFS.Layers}}'`: after a load, which image. */
function isLoadedImageQuery(args: readonly string[]): boolean {
  return args.includes('inspect') && args.includes('{{.Id}} {{json .RootFS.Layers}}')
}

/**
 * What a daemon would say of the image the last `docker load` made: its ID the config's digest
 * (the config entry's name), its layers the sha256 of each layer tar it was given.
 */
async function loadedAnswer(result: RunResult): Promise<RunResult> {
  const last = streamed[streamed.length - 1]
  if (!last) return { ...result, code: 1, stderr: 'Error: No such image' }
  const { data } = await archiveOf(await last)
  const manifest = data.get('manifest.json')
  if (!manifest) return { ...result, code: 1, stderr: 'Error: No such image' }
  const [{ Config, Layers }] = JSON.parse(manifest.toString()) as {
    Config: string
    Layers: string[]
  }[]
  const sha = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`
  const id = `sha256:${Config.replace(/\.blob$/, '')}`
  const layers = Layers.map(name => sha(data.get(name)!))
  return { ...result, stdout: `${id} ${JSON.stringify(layers)}\n` }
}

/** The entries of a tar (what `docker load` was given): names, and the text of manifest.json. */
async function archiveOf(tar: Buffer): Promise<{ names: string[]; data: Map<string, Buffer> }> {
  const names: string[] = []
  const data = new Map<string, Buffer>()
  const reader = new TarReader(header => {
    names.push(header.path)
    const chunks: Buffer[] = []
    return {
      data: c => void chunks.push(Buffer.from(c)),
      end: () => void data.set(header.path, Buffer.concat(chunks))
    }
  })
  await reader.write(tar)
  await reader.end()
  return { names, data }
}

class FakeCommandError extends Error {}

jest.unstable_mockModule('../../src/process/exec.js', () => ({
  run: fakeRun,
  runOk: async (command: string, args: readonly string[], opts: RunOptions) => {
    const r = await fakeRun(command, args, opts)
    if (r.code !== 0)
      throw new FakeCommandError(`${opts.what}: ${command} exited with code ${r.code}`)
    return r
  },
  tailLines: (text: string) => text.trim(),
  onPath: () => Promise.resolve(undefined),
  CommandError: FakeCommandError
}))

const { parseLogEntries } = await import('../../src/smoke/docker.js')
const { BootWatch, freshEntries } = await import('../../src/smoke/boot-watch.js')
const { describeState, envFileText } = await import('../../src/smoke/start.js')
const { smokeTest } = await import('../../src/smoke/run.js')
const { parseMetrics } = await import('../../src/smoke/metrics.js')
const probesModule = await import('../../src/smoke/probes.js')
const { statusOk } = probesModule
const imageModule = await import('../../src/smoke/image.js')
const { taggedImage } = imageModule
const { workerFromLog, workerOfLayers, workerPlan } = await import('../../src/smoke/worker.js')
const { SmokeError } = await import('../../src/smoke/error.js')
const { DAEMON_UID, rockImage } = await import('../../src/smoke/ownership.js')
const { tinyRock } = await import('./support/tiny-rock.js')

describe('workerPlan', () => {
  const gevent = { worker: 'gevent', switchable: true } as const
  const sync = { worker: 'sync', switchable: true } as const
  it('keeps what the expansion chose for auto and for the same choice', () => {
    expect(workerPlan('auto', gevent)).toEqual({ worker: 'gevent', args: [] })
    expect(workerPlan('auto', sync)).toEqual({ worker: 'sync', args: [] })
    expect(workerPlan('gevent', gevent)).toEqual({ worker: 'gevent', args: [] })
    expect(workerPlan('sync', sync)).toEqual({ worker: 'sync', args: [] })
  })
  it('forces sync on a gevent project through Pebble --args', () => {
    expect(workerPlan('sync', gevent)).toEqual({
      worker: 'sync',
      args: ['--args', 'flask', 'sync']
    })
  })
  it('refuses gevent on a project without gevent', () => {
    expect(() => workerPlan('gevent', sync)).toThrow(SmokeError)
  })
  it('refuses to force a worker a custom command fixes', () => {
    expect(() => workerPlan('sync', { worker: 'gevent', switchable: false })).toThrow(
      /cannot be forced/
    )
    expect(workerPlan('auto', { worker: 'gevent', switchable: false })).toEqual({
      worker: 'gevent',
      args: []
    })
  })
})

describe('workerOfLayers', () => {
  const layer = (command: string, name = '001-rockcraft-app.yaml') => ({
    name,
    text: `services:\n  flask:\n    override: replace\n    command: ${JSON.stringify(command)}\n`
  })
  it('reads the bracketed default worker of the expansion', () => {
    const cmd = "/bin/python3 -m gunicorn -c /flask/gunicorn.conf.py 'app:app' -k [ gevent ]"
    expect(workerOfLayers([layer(cmd)])).toEqual({ worker: 'gevent', switchable: true })
  })
  it("reads a fixed worker and gunicorn's default from custom commands", () => {
    expect(workerOfLayers([layer('gunicorn app:app -k gevent')])).toEqual({
      worker: 'gevent',
      switchable: false
    })
    expect(workerOfLayers([layer('gunicorn app:app')])).toEqual({
      worker: 'sync',
      switchable: false
    })
  })
  it('applies layers in name order', () => {
    const later = layer('gunicorn app:app -k [ sync ]', '002-user.yaml')
    expect(workerOfLayers([later, layer('gunicorn app:app -k [ gevent ]')]).worker).toBe('sync')
  })
  it('refuses rocks without a flask service or with an unknown worker', () => {
    expect(() => workerOfLayers([])).toThrow(/no Pebble service 'flask'/)
    expect(() => workerOfLayers([layer('gunicorn app:app -k [ eventlet ]')])).toThrow(
      /worker 'eventlet'/
    )
  })
})

describe('helpers', () => {
  it('tags an image reference that has no tag', () => {
    expect(taggedImage('flask-sync')).toBe('flask-sync:latest')
    expect(taggedImage('localhost:5000/team/app')).toBe('localhost:5000/team/app:latest')
    expect(taggedImage('localhost:5000/team/app:1.2')).toBe('localhost:5000/team/app:1.2')
    expect(() => taggedImage(`app@sha256:${'a'.repeat(64)}`)).toThrow(SmokeError)
  })
  it('checks statuses', () => {
    expect(statusOk(404, undefined)).toBe(true)
    expect(statusOk(500, undefined)).toBe(false)
    expect(statusOk(200, 204)).toBe(false)
    expect(statusOk(503, 503)).toBe(true)
  })
  it('reads the two flask metrics from Prometheus text', () => {
    const text = [
      '# HELP flask_requests Metric autogenerated by statsd_exporter.',
      '# TYPE flask_requests counter',
      'flask_requests 12',
      'flask_response_code{status="200"} 11',
      'flask_response_code{status="404"} 1',
      'flask_request_duration{quantile="0.5"} 0.002',
      'gunicorn_workers 1'
    ].join('\n')
    expect(parseMetrics(text)).toEqual({ requests: 12, responseCodes: { '200': 11, '404': 1 } })
    expect(parseMetrics('')).toEqual({ requests: 0, responseCodes: {} })
  })
  it('writes env-file lines literally and refuses values spanning lines', () => {
    expect(envFileText({ A: 'x y="z"', B: '' })).toBe('A=x y="z"\nB=\n')
    expect(() => envFileText({ A: 'one\ntwo' })).toThrow(/value of A spans lines/)
  })
  it('finds the worker gunicorn reports', () => {
    expect(workerFromLog('... [INFO] Using worker: gevent\n')).toBe('gevent')
    expect(workerFromLog('[INFO] Listening at: http://0.0.0.0:8000')).toBeUndefined()
  })
  it('describes a container state', () => {
    expect(
      describeState({
        status: 'exited',
        running: false,
        exitCode: 137,
        oomKilled: true,
        error: '',
        ports: {}
      })
    ).toBe('status exited, exit code 137, OOM-killed')
    expect(describeState(undefined)).toBe('the container is gone')
  })
})

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago): a probe is refused. */
async function refusedPort(): Promise<string> {
  const closed = http.createServer()
  await new Promise<void>(r => closed.listen(0, '127.0.0.1', r))
  const port = String((closed.address() as AddressInfo).port)
  await new Promise<void>(r => closed.close(() => r()))
  return port
}

// Recorded with `docker logs --timestamps` from the trouble app failing on import (TROUBLE_IMPORT=1)
// in the test rock: gunicorn 20.1 under the Pebble stand-in, two failed boots.
const BOOT_FAILURE_LOG = readFileSync(
  path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'boot-failure.log'),
  'utf8'
)

describe('reading the container log', () => {
  it('parses docker logs --timestamps into fixed-width times that sort as text', () => {
    const entries = parseLogEntries(
      '2026-11-25T01:55:08.5Z first\n2026-11-25T01:55:08.123456789Z second line\nno time\n'
    )
    expect(entries).toEqual([
      { time: '2026-11-25T01:55:08.500000000Z', text: 'first' },
      { time: '2026-11-25T01:55:08.123456789Z', text: 'second line' },
      { time: '2026-11-25T01:55:08.123456789Z', text: 'no time' }
    ])
    expect(entries[1].time < entries[0].time).toBe(true)
  })

  it('reads each entry once across --since reads, also entries sharing the boundary time', () => {
    const t1 = '2026-11-25T01:55:08.000000001Z'
    const t2 = '2026-11-25T01:55:08.000000002Z'
    const first = freshEntries(
      [
        { time: t1, text: 'a' },
        { time: t2, text: 'b' }
      ],
      { readAtSince: 0 }
    )
    expect(first.fresh.map(e => e.text)).toEqual(['a', 'b'])
    expect(first.cursor).toEqual({ since: t2, readAtSince: 1 })
    // Docker returns the entries at `since` again, plus one more at that time and a later one.
    const second = freshEntries(
      [
        { time: t2, text: 'b' },
        { time: t2, text: 'c' },
        { time: t1.replace('01Z', '03Z'), text: 'd' }
      ],
      first.cursor
    )
    expect(second.fresh.map(e => e.text)).toEqual(['c', 'd'])
    // Nothing new: the cursor stays.
    const third = freshEntries([], second.cursor)
    expect(third).toEqual({ fresh: [], cursor: second.cursor })
  })
})

describe('BootWatch', () => {
  const lines = parseLogEntries(BOOT_FAILURE_LOG).map(e => e.text)
  const firstStop = lines.findIndex(l => l.includes('Service "flask" stopped unexpectedly'))

  it('counts the failed boots of a recorded import failure and names the exception', () => {
    const watch = new BootWatch()
    for (const line of lines.slice(0, firstStop + 1)) watch.add(line)
    expect(watch.failures).toBe(1)
    expect(watch.reason).toBe(
      'ModuleNotFoundError: No module named \'flask_rock_missing_dependency\' (Pebble: Service "flask" stopped unexpectedly with code 3)'
    )
    for (const line of lines.slice(firstStop + 1)) watch.add(line)
    expect(watch.failures).toBe(2)
  })

  it('sees no failure in a boot that is still going on or went well', () => {
    const watch = new BootWatch()
    const booting = lines.findIndex(l => l.includes('Booting worker'))
    for (const line of lines.slice(0, booting + 1)) watch.add(line)
    expect(watch.failures).toBe(0)
  })

  it("counts gunicorn's halts alone when the log has no Pebble notices (once per boot)", () => {
    const watch = new BootWatch()
    for (const line of lines.filter(l => !/^\S+ Service "/.test(l))) watch.add(line)
    expect(watch.failures).toBe(2)
    expect(watch.reason).toMatch(/^ModuleNotFoundError: /)
  })

  it("keeps a traceback whole across other services' output and Pebble notices", () => {
    const watch = new BootWatch()
    const at = '2026-11-25T01:55:08.501Z'
    for (const line of [
      `${at} [flask] Traceback (most recent call last):`,
      `${at} [flask]   File "/flask/app/app.py", line 3, in <module>`,
      `${at} [statsd-exporter] listening`,
      `${at} Service "other" starting: /bin/true`,
      `${at} [flask]     import db`,
      `${at} [flask] ConnectionRefusedError: [Errno 111] Connection refused`,
      `${at} [flask] [2026-11-25 01:55:08 +0000] [12] [INFO] Worker exiting (pid: 12)`,
      `${at} Service "flask" stopped unexpectedly with code 3`,
      `${at} Service "other" stopped unexpectedly with code 1`
    ])
      watch.add(line)
    expect(watch.failures).toBe(1)
    expect(watch.reason).toBe(
      'ConnectionRefusedError: [Errno 111] Connection refused (Pebble: Service "flask" stopped unexpectedly with code 3)'
    )
  })

  it('falls back to gunicorn errors, then to how the service stopped', () => {
    const at = '2026-11-25T01:55:08.501Z'
    const config = new BootWatch()
    config.add(`${at} [flask] Error: 'no/such/gunicorn.conf.py' doesn't exist`)
    config.add(`${at} Service "flask" stopped unexpectedly with code 1`)
    expect(config.reason).toBe(
      "Error: 'no/such/gunicorn.conf.py' doesn't exist (Pebble: Service \"flask\" stopped unexpectedly with code 1)"
    )
    const halted = new BootWatch()
    halted.add(`${at} [flask] [2026-11-25 01:55:08 +0000] [11] [INFO] Reason: App failed to load.`)
    expect(halted.reason).toBe('gunicorn: App failed to load.')
    const killed = new BootWatch()
    killed.add(`${at} Service "flask" stopped unexpectedly with code -1`)
    expect(killed.reason).toBe('Pebble: Service "flask" stopped unexpectedly with code -1')
    expect(killed.failures).toBe(1)
  })
})

describe('smokeTest with recorded docker and skopeo command lines', () => {
  // Stand-ins for the container's published ports: the app and the exporter, counting answers.
  let appCount = 0
  const app = http.createServer((_req, res) => {
    appCount++
    res.writeHead(200).end('ok')
  })
  const metrics = http.createServer((_req, res) => {
    const n = appCount
    res.writeHead(200).end(`flask_requests ${n}\nflask_response_code{status="200"} ${n}\n`)
  })
  let ports: Record<string, { HostIp: string; HostPort: string }[]>
  let tmp: string
  let rock: string
  const secret = 'hunter2 with spaces'

  beforeAll(async () => {
    await new Promise<void>(r => app.listen(0, '127.0.0.1', r))
    await new Promise<void>(r => metrics.listen(0, '127.0.0.1', r))
    const port = (s: http.Server): string => String((s.address() as AddressInfo).port)
    ports = {
      '8000/tcp': [{ HostIp: '127.0.0.1', HostPort: port(app) }],
      '9102/tcp': [{ HostIp: '127.0.0.1', HostPort: port(metrics) }]
    }
    tmp = tempDir('flask-rock-smoke-logic-')
    rock = await tinyRock(tempDir('flask-rock-tiny-rock-'))
    process.env.GITHUB_STATE = path.join(tmp, 'state')
    await fs.writeFile(process.env.GITHUB_STATE, '')
  })
  afterAll(async () => {
    delete process.env.GITHUB_STATE
    app.close()
    metrics.close()
    await fs.rm(tmp, { recursive: true, force: true })
  })

  let envFileSeen: { mode: number; text: string } | undefined
  beforeEach(() => {
    calls.length = 0
    masked.length = 0
    appCount = 0
    envFileSeen = undefined
    answer = ({ command, args }) => {
      const sub = args[args[0] === '-H' ? 2 : 0]
      if (command !== 'docker') return {}
      if (sub === 'run') {
        const file = args[args.indexOf('--env-file') + 1]
        // What docker run would read: the file must exist, private, while it runs.
        envFileSeen = { mode: statSync(file).mode & 0o777, text: readFileSync(file, 'utf8') }
        return {}
      }
      if (sub === 'container')
        return {
          stdout: JSON.stringify([
            {
              State: { Status: 'running', Running: true, ExitCode: 0, OOMKilled: false, Error: '' },
              NetworkSettings: { Ports: ports }
            }
          ])
        }
      if (sub === 'logs') return { stdout: '[INFO] Using worker: sync\n' }
      if (sub === 'top')
        return { stdout: `PID UID CMD\n14 ${DAEMON_UID} /usr/bin/python3 -m gunicorn\n` }
      return {}
    }
  })

  const logged: string[] = []
  const masked: string[] = []
  const opts = (): Parameters<typeof smokeTest>[0] => ({
    rock,
    image: 'app:0.1',
    worker: 'auto',
    projectWorker: 'sync',
    probes: [{ method: 'GET', path: '/' }],
    timeoutSec: 5,
    env: { API_TOKEN: secret },
    dockerHost: 'unix:///tmp/test.sock',
    tempDir: tmp,
    log: recordingLog(logged, masked)
  })

  it('passes, keeps the secret out of every argv, and removes container and env file', async () => {
    const result = await smokeTest(opts())
    expect(result).toMatchObject({ image: 'app:0.1', worker: 'sync', status: 200, answers: 1 })
    expect(result.metrics).toEqual({ requests: 1, responseCodes: { '200': 1 } })

    // The rock's owners are read in-process (src/rock), and the read feeds `docker load`: the
    // first program run, the only load (no skopeo).
    expect(calls[0]).toEqual({ command: 'docker', args: ['-H', 'unix:///tmp/test.sock', 'load'] })
    expect(calls.filter(c => c.command === 'skopeo')).toEqual([])
    // A docker-archive: the rock's blobs (its layer as a tar), then manifest.json naming the image.
    const { readRock } = await import('../../src/rock/index.js')
    const { blobs } = await readRock(rock)
    const archive = await archiveOf(await streamed[0])
    expect(archive.names[archive.names.length - 1]).toBe('manifest.json')
    expect(JSON.parse(archive.data.get('manifest.json')!.toString())).toEqual([
      { Config: `${blobs.config}.blob`, RepoTags: ['app:0.1'], Layers: [`${blobs.layers[0]}.tar`] }
    ])
    // tinyRock leaves its OCI layout beside the archive.
    const layerOf = (hex: string): Promise<Buffer> =>
      fs.readFile(path.join(path.dirname(rock), 'layout', 'blobs', 'sha256', hex))
    expect(archive.data.get(`${blobs.layers[0]}.tar`)).toEqual(await layerOf(blobs.layers[0]))
    expect(archive.data.get(`${blobs.config}.blob`)).toEqual(await layerOf(blobs.config))
    const runCall = calls.find(c => c.args[2] === 'run')!
    const name = runCall.args[runCall.args.indexOf('--name') + 1]
    expect(runCall.args).toEqual(
      expect.arrayContaining(['--publish', '127.0.0.1::8000', '127.0.0.1::9102'])
    )
    // --verbose (every Pebble version) rather than PEBBLE_VERBOSE (v1.20 on); auto: no --args.
    expect(runCall.args).not.toContain('PEBBLE_VERBOSE=1')
    expect(runCall.args.slice(-2)).toEqual(['app:0.1', '--verbose'])
    expect(result.appUid).toBe(DAEMON_UID)
    expect(result.stop.exitCode).toBe(0)
    expect(calls.map(c => c.args[2]).filter(sub => sub === 'stop' || sub === 'top')).toEqual([
      'top',
      'stop'
    ])
    // The deployer's environment (paas-charm's, no config or relations), then smoke-env.
    expect(envFileSeen?.mode).toBe(0o600)
    const key = /^FLASK_SECRET_KEY=([A-Za-z0-9_-]{86})$/m.exec(envFileSeen!.text)?.[1]
    expect(envFileSeen!.text).toBe(
      'FLASK_METRICS_PORT=9102\nFLASK_METRICS_PATH=/metrics\nFLASK_BASE_URL=http://localhost:8000\n' +
        `FLASK_SECRET_KEY=${key}\nAPI_TOKEN=${secret}\n`
    )
    expect(masked).toEqual([key])
    for (const c of calls) {
      expect(c.args.join(' ')).not.toContain('hunter2')
      expect(c.args.join(' ')).not.toContain(key)
    }
    expect(result.environment).toEqual({
      deployer: ['FLASK_METRICS_PORT', 'FLASK_METRICS_PATH', 'FLASK_BASE_URL', 'FLASK_SECRET_KEY'],
      smokeEnv: ['API_TOKEN']
    })
    expect(result.layout).toBe('v1')
    expect(result.services).toEqual([])
    expect(result.migration).toBeUndefined()

    const last = calls[calls.length - 1]
    expect(last.args).toEqual(['-H', 'unix:///tmp/test.sock', 'rm', '--force', '--volumes', name])
    expect((await fs.readdir(tmp)).filter(f => f.startsWith('flask-rock-smoke-'))).toEqual([])
  })

  it('appends --args flask sync when a gevent project is forced to sync', async () => {
    await smokeTest({ ...opts(), projectWorker: 'gevent', worker: 'sync' })
    const runCall = calls.find(c => c.args[2] === 'run')!
    // --verbose before --args: after it, Pebble would take it as one of gunicorn's arguments.
    expect(runCall.args.slice(-5)).toEqual(['app:0.1', '--verbose', '--args', 'flask', 'sync'])
  })

  it('fails when the log proves another worker', async () => {
    await expect(smokeTest({ ...opts(), projectWorker: 'gevent' })).rejects.toThrow(
      "gunicorn uses worker 'sync', expected 'gevent'"
    )
    expect(calls[calls.length - 1].args).toContain('rm')
  })

  it('fails on the second failed boot in the log, long before the timeout, reading the log by increments', async () => {
    // Nothing listens on the app's port: every probe is refused.
    const closedPort = await refusedPort()
    const entries = BOOT_FAILURE_LOG.split('\n').filter(l => l !== '')
    const firstStop = entries.findIndex(l => l.includes('Service "flask" stopped unexpectedly'))
    let logReads = 0
    const base = answer
    answer = call => {
      const sub = call.args[2]
      if (sub === 'container') {
        const r = base(call)
        return {
          stdout: r.stdout!.replace(
            `"HostPort":"${ports['8000/tcp'][0].HostPort}"`,
            `"HostPort":"${closedPort}"`
          )
        }
      }
      if (sub !== 'logs') return base(call)
      // As Docker does: the first read has the log so far (one failed boot), later reads with
      // --since have the entries at or after that time.
      logReads++
      const since = call.args.includes('--since')
        ? call.args[call.args.indexOf('--since') + 1]
        : undefined
      const shown = since
        ? entries.filter(l => parseLogEntries(l)[0].time >= since)
        : entries.slice(0, firstStop + 1)
      return { stdout: shown.map(l => `${l}\n`).join('') }
    }
    const attempt = smokeTest({ ...opts(), timeoutSec: 120 })
    await expect(attempt).rejects.toThrow(
      /^the app failed to boot: ModuleNotFoundError: No module named 'flask_rock_missing_dependency' \(Pebble: Service "flask" stopped unexpectedly with code 3\)$/
    )
    const logCalls = calls.filter(c => c.args[2] === 'logs' && c.args.includes('--timestamps'))
    expect(logCalls.length).toBeGreaterThanOrEqual(2)
    expect(logCalls[0].args).not.toContain('--since')
    expect(logCalls[1].args).toContain('--since')
    expect(logReads).toBeGreaterThanOrEqual(2)
    expect(calls[calls.length - 1].args).toContain('rm')
  }, 30_000)

  it('names the failed boot when the container stops after one (no restart follows)', async () => {
    const closedPort = await refusedPort()
    const entries = BOOT_FAILURE_LOG.split('\n').filter(l => l !== '')
    const firstStop = entries.findIndex(l => l.includes('Service "flask" stopped unexpectedly'))
    const base = answer
    answer = call => {
      const sub = call.args[2]
      if (sub === 'logs') {
        // The log so far (one failed boot), as Docker gives it with and without --since.
        const at = call.args.indexOf('--since')
        const shown = entries
          .slice(0, firstStop + 1)
          .filter(l => at < 0 || parseLogEntries(l)[0].time >= call.args[at + 1])
        return { stdout: shown.join('\n') }
      }
      if (sub !== 'container') return base(call)
      // Running when started, exited (as Pebble with on-failure: shutdown) when checked.
      const running = !calls.some(c => c.args[2] === 'logs')
      return {
        stdout: JSON.stringify([
          {
            State: {
              Status: running ? 'running' : 'exited',
              Running: running,
              ExitCode: running ? 0 : 10,
              OOMKilled: false,
              Error: ''
            },
            NetworkSettings: {
              Ports: { ...ports, '8000/tcp': [{ HostIp: '127.0.0.1', HostPort: closedPort }] }
            }
          }
        ])
      }
    }
    await expect(smokeTest({ ...opts(), timeoutSec: 120 })).rejects.toThrow(
      'the app failed to boot: ModuleNotFoundError: No module named \'flask_rock_missing_dependency\' (Pebble: Service "flask" stopped unexpectedly with code 3); the container stopped before / answered (status exited, exit code 10, not OOM-killed)'
    )
  }, 30_000)

  it.each([
    [
      'another ID (config)',
      (layers: string) => `sha256:${'e'.repeat(64)} ${layers}`,
      /^Docker loaded another image than the rock's read: its ID sha256:eeeeeeeeeeee is not the config digest the read checked, sha256:[0-9a-f]{12}; not testing an image other than the one checked and described by the SBOM$/
    ],
    [
      'other layers',
      () => `sha256:${'e'.repeat(64)} ["sha256:${'f'.repeat(64)}"]`,
      /^Docker loaded another image than the rock's read: its layers \(1: ffffffffffff\) are not the ones the read checked \(1: [0-9a-f]{12}\); not testing/
    ]
  ])(
    'refuses to test an image Docker loaded with %s than the read, and removes it',
    async (_, said, says) => {
      const base = answer
      let layers = '[]'
      answer = call => {
        if (call.args.includes('{{.Id}} {{json .RootFS.Layers}}')) return { stdout: said(layers) }
        return base(call)
      }
      // The read's own layers, so that only the ID differs in the first case.
      const read = await rockImage(rock)
      layers = JSON.stringify(read.diffIds)
      await expect(smokeTest(opts())).rejects.toThrow(says)
      const rm = calls.find(c => c.args.includes('rm') && c.args.includes('image'))
      expect(rm?.args.slice(2)).toEqual(['image', 'rm', 'app:0.1'])
      // Nothing ran: no container was started from it.
      expect(calls.some(c => c.args[2] === 'run')).toBe(false)
    }
  )

  it('cleans up when docker run fails, and reports the failure', async () => {
    const base = answer
    answer = call => (call.args[2] === 'run' ? { code: 125, stderr: 'port is taken' } : base(call))
    await expect(smokeTest(opts())).rejects.toThrow(/start the smoke test container/)
    expect(calls[calls.length - 1].args.slice(2, 5)).toEqual(['rm', '--force', '--volumes'])
    expect((await fs.readdir(tmp)).filter(f => f.startsWith('flask-rock-smoke-'))).toEqual([])
  })
})

describe('probe lines (smoke-probes, --probe)', () => {
  const { parseProbes, parseProbe, parseConcurrency, percentile } = probesModule
  it('reads [METHOD] PATH [=STATUS] lines, skipping blanks and comments', () => {
    expect(
      parseProbes('/\n# health first\nGET /health =200\r\nHEAD /static/x.css\n\nPOST /form =405\n')
    ).toEqual([
      { method: 'GET', path: '/', expect: undefined },
      { method: 'GET', path: '/health', expect: 200 },
      { method: 'HEAD', path: '/static/x.css', expect: undefined },
      { method: 'POST', path: '/form', expect: 405 }
    ])
  })
  it('refuses lines that do not parse, naming the line', () => {
    expect(() => parseProbe('health')).toThrow(
      `probe "health" is not '[METHOD] PATH [=STATUS] [~TEXT]' (e.g. 'GET /health =200 ~ok')`
    )
    expect(() => parseProbe('FETCH /')).toThrow(
      'probe "FETCH /": method must be one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'
    )
    expect(() => parseProbe('GET / =700')).toThrow(
      'probe "GET / =700": the status must be between 100 and 599'
    )
    expect(() => parseProbe('GET /a b')).toThrow(SmokeError)
    expect(() => parseProbe('get /')).toThrow(SmokeError)
  })
  it('reads the concurrency proof: N or N PATH, 0 for none', () => {
    expect(parseConcurrency('0')).toBeUndefined()
    expect(parseConcurrency('5')).toEqual({ requests: 5, path: undefined })
    expect(parseConcurrency(' 20 /io ')).toEqual({ requests: 20, path: '/io' })
    expect(() => parseConcurrency('5 io')).toThrow(
      `concurrency "5 io" is not 'N' or 'N PATH' with N from 0 to 1000`
    )
    expect(() => parseConcurrency('1001')).toThrow(SmokeError)
  })
  it('takes percentiles by nearest rank', () => {
    expect(percentile([30, 10, 20, 40], 50)).toBe(20)
    expect(percentile([30, 10, 20, 40], 95)).toBe(40)
    expect(percentile([], 50)).toBe(0)
  })
})

describe('image references', () => {
  const { dockerTag, runImage, isRunImage } = imageModule
  it('maps versions rockcraft takes but Docker refuses as tags', () => {
    expect(dockerTag('1.0+git')).toBe('1.0-git')
    expect(dockerTag('1.0~rc1')).toBe('1.0-rc1')
    expect(dockerTag('2:1.0')).toBe('2-1.0')
    expect(dockerTag('.hidden')).toBe('v.hidden')
    expect(dockerTag('x'.repeat(200))).toHaveLength(128)
    for (const v of ['1.0+git', '1.0~rc1', '2:1.0', '.hidden', 'ok_1.2-3']) {
      expect(dockerTag(v)).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/)
    }
  })
  it('makes a reference unique to the run, and knows it again', () => {
    const a = runImage('flask-app', '2:1.0')
    expect(a).toMatch(/^flask-app:2-1\.0-smoke-[0-9a-f]{12}$/)
    expect(runImage('flask-app', '2:1.0')).not.toBe(a)
    expect(isRunImage(a)).toBe(true)
    expect(isRunImage('flask-app:2-1.0')).toBe(false)
    expect(isRunImage('postgres:16')).toBe(false)
    expect(runImage('x', 'y'.repeat(200)).split(':')[1]).toHaveLength(128)
  })
})

describe('what the smoke test reads and leaves (recorded docker, the rock read in-process)', () => {
  let dir: string
  const logged: string[] = []
  const log = {
    info: (line: string) => void logged.push(line),
    warning: (line: string) => void logged.push(`warning: ${line}`),
    group: async (title: string, body: () => Promise<void>) => {
      logged.push(`[${title}]`)
      await body()
    }
  }
  beforeAll(async () => {
    dir = tempDir('flask-rock-smoke-reads-')
  })
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true })
  })
  beforeEach(() => {
    calls.length = 0
    logged.length = 0
    signals.length = 0
    streamed.length = 0
    answer = () => ({})
  })
  // Each refused rock's load began with the read (its first blob) and was stopped before the
  // archive named an image (manifest.json): Docker tagged nothing.
  const stoppedUntagged = async (loads: number): Promise<void> => {
    expect(calls).toEqual(Array(loads).fill({ command: 'docker', args: ['load'] }))
    expect(signals.map(s => s?.aborted)).toEqual(Array(loads).fill(true))
    for (const got of streamed) expect((await got).includes('manifest.json')).toBe(false)
  }
  const opts = (rock: string): Parameters<typeof smokeTest>[0] => ({
    rock,
    image: 'app:0.1',
    worker: 'auto',
    projectWorker: 'sync',
    probes: [{ method: 'GET', path: '/' }],
    timeoutSec: 5,
    env: {},
    log
  })

  it('reads file owners from the layer tar headers and refuses a rock whose /flask is not _daemon_’s, tagging nothing', async () => {
    const rootOwned = await tinyRock(await fs.mkdtemp(path.join(dir, 'root-')), 0)
    await expect(smokeTest(opts(rootOwned))).rejects.toThrow(
      'files in the rock are not owned by _daemon_ (584792), as rockcraft makes them: /flask (uid 0), /flask/app (uid 0), /flask/app/app.py (uid 0)'
    )
    // Read in-process (src/rock), nothing unpacked to disk; the user's image name never given.
    await stoppedUntagged(1)
  })

  it('loads the rock while reading it, and stops that load when the rock is refused: no image to clean up', async () => {
    const rootOwned = await tinyRock(await fs.mkdtemp(path.join(dir, 'overlap-')), 0)
    const image = imageModule.runImage('app', '0.1')
    const remembered: unknown[] = []
    await expect(
      smokeTest({ ...opts(rootOwned), image, remember: left => void remembered.push(left) })
    ).rejects.toThrow(/^files in the rock are not owned by _daemon_ \(584792\)/)
    await stoppedUntagged(1)
    expect(remembered).toEqual([])
  })

  it('loads with skopeo when the load alongside the read fails, and says why', async () => {
    const rock = await tinyRock(await fs.mkdtemp(path.join(dir, 'fallback-')))
    answer = ({ command, args }) =>
      command === 'docker' && args[0] === 'load'
        ? { code: 1, stderr: 'Error response from daemon: no space left on device\n' }
        : {}
    // The recorded docker answers nothing else: the run fails after the load, which is all this asks.
    await expect(smokeTest(opts(rock))).rejects.toThrow()
    expect(calls.slice(0, 2)).toEqual([
      { command: 'docker', args: ['load'] },
      {
        command: 'skopeo',
        args: ['--insecure-policy', 'copy', `oci-archive:${rock}`, 'docker-daemon:app:0.1']
      }
    ])
    expect(logged).toContain(
      'The load alongside the read did not complete (docker load failed (exit code 1): Error response from daemon: no space left on device): loading with skopeo'
    )
  })

  it('checks a V2 (26.04) rock’s owners under /app and /var/lib/gunicorn, and looks for its migration in /app', async () => {
    const v2 = ['app/app.py', 'var/lib/gunicorn/gunicorn.conf.py', 'flask/stray.txt']
    const rootOwned = await tinyRock(await fs.mkdtemp(path.join(dir, 'v2-root-')), 0, 'amd64', v2)
    // /flask is no part of a V2 rock's layout: its owner is not checked.
    await expect(smokeTest(opts(rootOwned))).rejects.toThrow(
      'files in the rock are not owned by _daemon_ (584792), as rockcraft makes them: /app (uid 0), /app/app.py (uid 0), /var/lib/gunicorn (uid 0), /var/lib/gunicorn/gunicorn.conf.py (uid 0)'
    )
    const owned = await tinyRock(await fs.mkdtemp(path.join(dir, 'v2-')), DAEMON_UID, 'amd64', [
      ...v2,
      'flask/app/migrate.py'
    ])
    await expect(smokeTest({ ...opts(owned), migrate: 'true' })).rejects.toThrow(
      'a migration was asked for (smoke-migrate true, --migrate), but the rock has no migrate, migrate.sh, migrate.py or manage.py in /app'
    )
    // Both refused from the in-process read: their loads stopped before naming an image.
    await stoppedUntagged(2)
  })

  it('refuses a rock for another architecture, tagging nothing, and a file that is no OCI archive, running nothing', async () => {
    const arm = await tinyRock(await fs.mkdtemp(path.join(dir, 'arm-')), DAEMON_UID, 'arm64')
    await expect(smokeTest(opts(arm))).rejects.toThrow(
      `${arm} is built for arm64; this machine runs amd64`
    )
    await stoppedUntagged(1)
    calls.length = 0
    const notRock = path.join(dir, 'not-a-rock.rock')
    await fs.writeFile(notRock, 'just text\n')
    await expect(smokeTest(opts(notRock))).rejects.toThrow(
      new SmokeError(`cannot read ${notRock}: not an OCI archive (a tar)`)
    )
    // No blob came by: `docker load` never started.
    expect(calls).toEqual([])
  })

  it('removes an image only when the run made its reference (the post step’s cleanup)', async () => {
    const { cleanupSmoke } = await import('../../src/smoke/cleanup.js')
    const own = imageModule.runImage('app', '1.0')
    await cleanupSmoke({ smokeImage: 'app:1.0' }, log)
    await cleanupSmoke({ smokeImage: 'production-db:latest' }, log)
    expect(calls).toEqual([])
    await cleanupSmoke({ smokeImage: own }, log, { dockerHost: 'unix:///x.sock' })
    expect(calls).toEqual([
      { command: 'docker', args: ['-H', 'unix:///x.sock', 'image', 'rm', own] }
    ])
  })

  it('fences the container log tail on a runner: its lines never act as workflow commands', async () => {
    const rock = await tinyRock(await fs.mkdtemp(path.join(dir, 'fence-')))
    const forged = '::set-output name=digest::sha256:forged'
    answer = ({ args }) => {
      const sub = args[0]
      if (sub === 'container')
        return {
          stdout: JSON.stringify([
            {
              State: { Status: 'exited', Running: false, ExitCode: 1, OOMKilled: false, Error: '' },
              NetworkSettings: { Ports: {} }
            }
          ])
        }
      if (sub === 'logs') return { stdout: `2026-11-25T01:55:08.000000001Z ${forged}\n` }
      return {}
    }
    const was = process.env.GITHUB_ACTIONS
    process.env.GITHUB_ACTIONS = 'true'
    const { actionLog } = await import('../../src/smoke/action-log.js')
    const { captureLog } = await import('./support/log.js')
    const { commandsSeen } = await import('../support/runner-commands.js')
    const captured = captureLog()
    try {
      await expect(smokeTest({ ...opts(rock), log: actionLog })).rejects.toThrow(
        `the rock's entrypoint (Pebble) exited at once with code 1: ${forged}`
      )
    } finally {
      captured.restore()
      if (was === undefined) delete process.env.GITHUB_ACTIONS
      else process.env.GITHUB_ACTIONS = was
    }
    // The failure's line quotes the log (fenced), and so does the log tail: the runner acts on
    // the deployer secret's mask and the log group alone.
    const lines = captured.text().split('\n')
    expect(commandsSeen(captured.text()).map(c => c.split(' ')[0])).toEqual([
      'add-mask',
      'group',
      'endgroup'
    ])
    const failed = lines.indexOf(
      `Smoke test failed: the rock's entrypoint (Pebble) exited at once with code 1: ${forged}`
    )
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[failed - 1])?.[1]
    expect(token).toBeDefined()
    expect(lines[failed + 1]).toBe(`::${token}::`)
    const at = lines.indexOf(forged)
    const tailToken = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[at - 1])?.[1]
    expect(tailToken).toBeDefined()
    expect(lines[at + 1]).toBe(`::${tailToken}::`)
  })
})
