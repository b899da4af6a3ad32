// The probes against a hostile app: Debian's gunicorn and Flask on loopback serve an answer that
// never ends, one that drips, and one whose body lacks what the probe asks for (`~TEXT`). A probe
// keeps at most 64 KiB of a body, reads at most 32 MiB, and has one deadline for the whole answer.
// smokeTest() runs with docker's command lines recorded (exec.ts mocked, tar real), the app's
// published port being gunicorn's.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { RunOptions, RunResult } from '../../src/process/exec.js'
import { describeWith } from '../support/real-parts.js'
import { recordedResult } from '../support/recorded-run.js'
import { recordingLog } from './support/log.js'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const STREAMING_APP = path.join(HERE, 'fixtures', 'streaming-app')

interface Call {
  command: string
  args: string[]
}
const calls: Call[] = []
let answer: (call: Call) => Partial<RunResult> = () => ({})

function fakeRun(command: string, args: readonly string[], _opts: RunOptions): Promise<RunResult> {
  calls.push({ command, args: [...args] })
  if (command === 'tar') execFileSync('tar', args, { stdio: 'ignore' })
  return Promise.resolve(recordedResult(command, args, answer({ command, args: [...args] })))
}

jest.unstable_mockModule('../../src/process/exec.js', () => ({
  run: fakeRun,
  runOk: async (command: string, args: readonly string[], opts: RunOptions) => {
    const r = await fakeRun(command, args, opts)
    if (r.code !== 0) throw new Error(`${opts.what}: ${command} exited with code ${r.code}`)
    return r
  },
  tailLines: (text: string) => text.trim(),
  onPath: () => Promise.resolve(undefined),
  CommandError: Error
}))

const { smokeTest } = await import('../../src/smoke/run.js')
const { parseProbe, parseProbes, probeText, request, bodyExcerpt, BodyError } =
  await import('../../src/smoke/probes.js')
const { SmokeError } = await import('../../src/smoke/error.js')
const { tinyRock } = await import('./support/tiny-rock.js')
const { readRock } = await import('../../src/rock/index.js')

describe('probe lines with a body check (~TEXT)', () => {
  it('reads the text to the end of the line and prints it back', () => {
    expect(parseProbes('GET /health =200 ~healthy\n/ ~Hello, World!\nPOST /x =201\n')).toEqual([
      { method: 'GET', path: '/health', expect: 200, contains: 'healthy' },
      { method: 'GET', path: '/', expect: undefined, contains: 'Hello, World!' },
      { method: 'POST', path: '/x', expect: 201 }
    ])
    expect(probeText(parseProbe('/ ~Hello, World!'))).toBe('GET / ~Hello, World!')
    expect(probeText(parseProbe('GET /health =200 ~ok'))).toBe('GET /health =200 ~ok')
  })
  it('refuses a text a body check cannot use, naming the line', () => {
    expect(() => parseProbe('HEAD / ~ok')).toThrow(
      'probe "HEAD / ~ok": a HEAD answer has no body to look for ~TEXT in'
    )
    expect(() => parseProbe(`GET / ~${'a'.repeat(1025)}`)).toThrow(
      /: the ~TEXT is longer than 1024 characters or has control characters$/
    )
    expect(() => parseProbe('GET / ~a\u0007b')).toThrow(SmokeError)
    expect(() => parseProbe('GET / ~')).toThrow(
      `probe "GET / ~" is not '[METHOD] PATH [=STATUS] [~TEXT]' (e.g. 'GET /health =200 ~ok')`
    )
  })
  it('shows a body as one bounded, printable, quoted excerpt', () => {
    expect(bodyExcerpt('a\r\n::error::x\x1b[31m  b\u2028c')).toBe('"a ::error::x [31m b c"')
    expect(bodyExcerpt('é'.repeat(300))).toBe(`"${'é'.repeat(200)}..."`)
  })
})

const withGunicorn = await describeWith('probes against a streaming app (Debian gunicorn)', {
  tools: ['/usr/bin/python3'],
  pythonModules: ['flask', 'gunicorn']
})

withGunicorn('probes against a streaming app (Debian gunicorn on loopback)', () => {
  let gunicorn: ChildProcess
  let base = ''
  let port = ''
  let appPorts: Record<string, { HostIp: string; HostPort: string }[]>
  let counted = 0
  const metrics = http.createServer((_req, res) => {
    res
      .writeHead(200)
      .end(`flask_requests ${counted}\nflask_response_code{status="200"} ${counted}\n`)
  })
  let dir = ''
  let rock = ''
  let loadedImage = ''
  const logged: string[] = []

  beforeAll(async () => {
    gunicorn = spawn(
      '/usr/bin/python3',
      [
        '-m',
        'gunicorn',
        '--bind',
        '127.0.0.1:0',
        '--worker-class',
        'gthread',
        '--threads',
        '8',
        '--chdir',
        STREAMING_APP,
        'app:app'
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] }
    )
    port = await new Promise<string>((resolve, reject) => {
      let text = ''
      gunicorn.stderr!.on('data', (c: Buffer) => {
        text += c.toString()
        const m = /Listening at: http:\/\/127\.0\.0\.1:(\d+)/.exec(text)
        if (m) resolve(m[1])
      })
      gunicorn.on('exit', code => reject(new Error(`gunicorn exited ${code}: ${text}`)))
    })
    gunicorn.stderr!.resume()
    base = `http://127.0.0.1:${port}`
    await new Promise<void>(r => metrics.listen(0, '127.0.0.1', r))
    appPorts = {
      '8000/tcp': [{ HostIp: '127.0.0.1', HostPort: port }],
      '9102/tcp': [
        { HostIp: '127.0.0.1', HostPort: String((metrics.address() as AddressInfo).port) }
      ]
    }
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-probe-bounds-'))
    rock = await tinyRock(dir)
    // What the daemon says of the image a load made: the rock's own (the smoke test compares).
    const read = await readRock(rock)
    loadedImage = `sha256:${read.blobs.config} ${JSON.stringify(read.diffIds)}\n`
  }, 30_000)
  afterAll(async () => {
    const exited = new Promise(r => gunicorn.once('exit', r))
    gunicorn.kill('SIGTERM')
    await exited
    metrics.closeAllConnections()
    metrics.close()
    await fs.rm(dir, { recursive: true, force: true })
  })
  beforeEach(() => {
    calls.length = 0
    logged.length = 0
    counted = 0
    answer = ({ command, args }) => {
      if (command !== 'docker') return {}
      const sub = args[0]
      if (sub === 'container')
        return {
          stdout: JSON.stringify([
            {
              State: { Status: 'running', Running: true, ExitCode: 0, OOMKilled: false, Error: '' },
              NetworkSettings: { Ports: appPorts }
            }
          ])
        }
      if (sub === 'image' && args.includes('{{.Id}} {{json .RootFS.Layers}}'))
        return { stdout: loadedImage }
      if (sub === 'logs') return { stdout: '[INFO] Using worker: sync\n' }
      if (sub === 'top') return { stdout: 'PID UID CMD\n14 584792 /usr/bin/python3 -m gunicorn\n' }
      return {}
    }
  })
  const opts = (probes: string): Parameters<typeof smokeTest>[0] => ({
    rock,
    image: 'app:0.1',
    worker: 'auto',
    projectWorker: 'sync',
    probes: parseProbes(probes),
    timeoutSec: 20,
    env: {},
    tempDir: dir,
    log: recordingLog(logged)
  })

  it('an answer that never ends: 64 KiB kept, read on to 32 MiB, then the request ends; memory stays bounded', async () => {
    const rssBefore = process.memoryUsage().rss
    const err = await request(`${base}/stream`, 'GET', 60_000).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BodyError)
    const bodyError = err as InstanceType<typeof BodyError>
    expect(bodyError.message).toMatch(
      /^answered 200 but its body goes on beyond 32 MiB \((\d+) bytes read\)$/
    )
    const read = Number(/\((\d+) bytes/.exec(bodyError.message)![1])
    expect(read).toBeGreaterThan(32 * 1024 * 1024)
    expect(read).toBeLessThan(34 * 1024 * 1024)
    expect(bodyError.body).toBe('x'.repeat(64 * 1024))
    // Without the read limit, only the deadline ends it: gigabytes pass, memory stays put.
    const drained = await request(`${base}/stream`, 'GET', 4000, undefined, {
      readLimit: Number.MAX_SAFE_INTEGER
    }).catch((e: Error) => e.message)
    const passed = Number(/\((\d+) bytes read\)$/.exec(String(drained))![1])
    const grew = process.memoryUsage().rss - rssBefore
    console.log(
      `probe of an endless body: ${Math.round(passed / 2 ** 20)} MiB read in 4 s, rss grew ${Math.round(grew / 2 ** 20)} MiB`
    )
    expect(drained).toMatch(
      /^answered 200 but its body did not end within 4000 ms \(\d+ bytes read\)$/
    )
    // Kept whole, the body would have grown memory by all of it.
    expect(passed).toBeGreaterThan(64 * 2 ** 20)
    expect(grew).toBeLessThan(Math.min(passed / 2, 128 * 2 ** 20))
  }, 30_000)

  it('one deadline for the whole answer: a body that drips a line every 50 ms ends at it', async () => {
    const started = Date.now()
    const err = (await request(`${base}/drip`, 'GET', 700).catch((e: unknown) => e)) as Error
    const took = Date.now() - started
    expect(err.message).toMatch(
      /^answered 200 but its body did not end within 700 ms \(\d+ bytes read\)$/
    )
    expect((err as InstanceType<typeof BodyError>).body).toMatch(/^(tick\n)+$/)
    expect(took).toBeGreaterThanOrEqual(690)
    expect(took).toBeLessThan(3000)
  })

  it('smokeTest fails at once on the endless body with one clear line, and cleans up', async () => {
    const started = Date.now()
    await expect(smokeTest(opts('GET /stream =200'))).rejects.toThrow(
      new RegExp(
        `^probe 'GET /stream =200' answered 200 but its body goes on beyond 32 MiB \\(\\d+ bytes read\\); it began "${'x'.repeat(200)}\\.\\.\\."$`
      )
    )
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(logged.find(l => l.startsWith('Smoke test failed: '))).toMatch(
      /^Smoke test failed: probe 'GET \/stream =200' answered 200 but its body goes on beyond 32 MiB/
    )
    expect(calls[calls.length - 1].args.slice(0, 3)).toEqual(['rm', '--force', '--volumes'])
  }, 30_000)

  it('smokeTest: smoke-timeout running out while a failing status drips its body is a time-out, naming that status', async () => {
    // The first probe is retried while the status is bad; its last request has only what is
    // left of smoke-timeout, so its body is cut by that, not because it has no end.
    await expect(smokeTest({ ...opts('GET /failing-drip'), timeoutSec: 2 })).rejects.toThrow(
      new SmokeError(
        '/failing-drip did not answer with a status below 500 within 2 s (last try: HTTP 500)'
      )
    )
  }, 30_000)

  it('smokeTest fails a body without the text, quoting the text and a sanitized excerpt of the body', async () => {
    await expect(
      smokeTest(opts('GET / =200 ~streaming-app: ok\nGET /health =200 ~healthy'))
    ).rejects.toThrow(
      new SmokeError(
        `probe 'GET /health =200 ~healthy' answered 200 without "healthy" in its body: "status: degraded [31m::error::forged line two"`
      )
    )
  }, 30_000)

  it('smokeTest fails the first probe without the text at once (the app is up: asking again cannot help)', async () => {
    const started = Date.now()
    await expect(smokeTest(opts('GET / ~healthy'))).rejects.toThrow(
      new SmokeError(
        `probe 'GET / ~healthy' answered 200 without "healthy" in its body: "flask-rock streaming-app: ok"`
      )
    )
    expect(Date.now() - started).toBeLessThan(5_000)
  }, 30_000)

  it('smokeTest passes when every body holds its text, and reports the probes with it', async () => {
    counted = 2
    const result = await smokeTest(opts('GET / =200 ~streaming-app: ok\nGET /health ~degraded'))
    expect(result.probes.map(p => `${probeText(p)}: ${p.status}`)).toEqual([
      'GET / =200 ~streaming-app: ok: 200',
      'GET /health ~degraded: 200'
    ])
  }, 30_000)
})
