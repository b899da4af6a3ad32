// src/process/exec.ts with real child processes: what a child gets in its environment, and what the
// runner would read from a streamed child's output.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { run } from '../src/process/exec.js'

const RUNNER_SECRETS = {
  ACTIONS_RUNTIME_TOKEN: 'runtime-token',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/x',
  ACTIONS_CACHE_URL: 'https://cache.example/',
  ACTIONS_RESULTS_URL: 'https://results.example/',
  GITHUB_TOKEN: 'ghs_token',
  GH_TOKEN: 'gh-token',
  'INPUT_REGISTRY-PASSWORD': 'pw',
  'STATE_flask-rock': '{"tempDir":"/x"}'
}

describe('a child process', () => {
  it("gets none of the runner's inputs, state or credentials, and keeps the rest", async () => {
    const env = { PATH: process.env.PATH, HOME: '/home/x', LANG: 'C.UTF-8', ...RUNNER_SECRETS }
    const r = await run('env', [], { what: 'print env', timeoutMs: 10_000, env })
    const names = r.stdout
      .split('\n')
      .filter(l => l !== '')
      .map(l => l.slice(0, l.indexOf('=')))
      .sort()
    expect(names).toEqual(['HOME', 'LANG', 'PATH'])
  })

  it('is stopped by its abort signal (work no longer wanted), not left to its timeout', async () => {
    const stop = new AbortController()
    const started = Date.now()
    const running = run('sleep', ['30'], { what: 'sleep', timeoutMs: 60_000, signal: stop.signal })
    setTimeout(() => stop.abort(), 100)
    const r = await running
    expect({ code: r.code, signal: r.signal, timedOut: r.timedOut }).toEqual({
      code: null,
      signal: 'SIGTERM',
      timedOut: false
    })
    expect(Date.now() - started).toBeLessThan(5000)
  })
})

describe('a streamed child on a runner', () => {
  let written: string[]
  let saved: string | undefined
  beforeEach(() => {
    saved = process.env.GITHUB_ACTIONS
    written = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      written.push(String(chunk))
      return true
    })
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
  })
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_ACTIONS
    else process.env.GITHUB_ACTIONS = saved
    jest.restoreAllMocks()
  })

  // The child ends without a newline: the fence's end must still start a line of its own.
  const hostile = ['-e', "process.stdout.write('::set-output name=digest::x\\nok ##[add-mask]y')"]

  it('is fenced from workflow commands by a fresh token, ending on a line of its own', async () => {
    process.env.GITHUB_ACTIONS = 'true'
    await run(process.execPath, hostile, { what: 'hostile', timeoutMs: 10_000, stream: true })
    const lines = written.join('').split('\n')
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[0])?.[1]
    expect(token).toBeDefined()
    expect(lines).toEqual([
      `::stop-commands::${token}`,
      '::set-output name=digest::x',
      'ok ##[add-mask]y',
      `::${token}::`,
      ''
    ])
  })

  it("fences the child's stderr too: written to stdout, inside the fence, never to stderr", async () => {
    process.env.GITHUB_ACTIONS = 'true'
    const errWrites: string[] = []
    jest.spyOn(process.stderr, 'write').mockImplementation(chunk => {
      errWrites.push(String(chunk))
      return true
    })
    const both = [
      '-e',
      "process.stdout.write('out line\\n'); setTimeout(() => process.stderr.write('::error::from stderr\\n'), 50)"
    ]
    const r = await run(process.execPath, both, { what: 'both', timeoutMs: 10_000, stream: true })
    expect(r.stderr).toBe('::error::from stderr\n')
    expect(errWrites).toEqual([])
    const lines = written.join('').split('\n')
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[0])?.[1]
    expect(lines).toEqual([
      `::stop-commands::${token}`,
      'out line',
      '::error::from stderr',
      `::${token}::`,
      ''
    ])
  })

  it('overlapping streamed children share one fence', async () => {
    process.env.GITHUB_ACTIONS = 'true'
    const opts = { what: 'hostile', timeoutMs: 10_000, stream: true }
    await Promise.all([run(process.execPath, hostile, opts), run(process.execPath, hostile, opts)])
    const text = written.join('')
    expect(text.match(/::stop-commands::/g)).toHaveLength(1)
    const token = /::stop-commands::([0-9a-f]{32})/.exec(text)![1]
    expect(text.endsWith(`\n::${token}::\n`)).toBe(true)
  })

  it('is printed as it is off a runner', async () => {
    delete process.env.GITHUB_ACTIONS
    await run(process.execPath, hostile, { what: 'hostile', timeoutMs: 10_000, stream: true })
    expect(written.join('')).toBe('::set-output name=digest::x\nok ##[add-mask]y')
  })
})
