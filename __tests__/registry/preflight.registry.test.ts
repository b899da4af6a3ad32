// proveRegistry against real registries on loopback (docker-registry with htpasswd, one behind
// TLS, one in plain HTTP) through a recording skopeo wrapper: each mistake a user makes with a
// registry fails in about a second with the registry's words and a hint, before any pack.
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe as describeJest,
  expect,
  it,
  jest
} from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { proveRegistry, publishRock, PublishError } from '../../src/registry/index.js'
import { judge } from '../../src/registry/preflight.js'
import { buildRock, startRegistry, type Registry, type SkopeoRecorder } from './registry.js'
import { startCase } from './suite.js'
import { skipReason } from '../support/real-parts.js'

const USER = 'rockpusher'
const PASSWORD = 'pw-preflight-Kq3!unlikely-elsewhere'

const skip = await skipReason('the real-registry preflight tests', {
  tools: ['/usr/bin/docker-registry', 'htpasswd', 'openssl', 'skopeo', 'umoci']
})
const describe = skip ? (describeJest.skip as typeof describeJest) : describeJest

let root: string
let tls: Registry
let plain: Registry
let rock: string

beforeAll(async () => {
  if (skip) return
  root = await mkdtemp(path.join(os.tmpdir(), 'preflight-test-'))
  ;[tls, plain] = await Promise.all([
    startRegistry(path.join(root, 'tls'), USER, PASSWORD),
    startRegistry(path.join(root, 'plain'), USER, PASSWORD, { plainHttp: true })
  ])
  rock = await buildRock(path.join(root, 'rock'))
}, 60_000)

afterAll(async () => {
  if (skip) return
  await Promise.all([tls?.stop(), plain?.stop()])
  await rm(root, { recursive: true, force: true })
})

let work: string
let tempDir: string
let skopeo: SkopeoRecorder
let log: string
const savedState = process.env.GITHUB_STATE

beforeEach(async () => {
  if (skip) return
  log = ''
  ;({ work, recorder: skopeo, tempDir } = await startCase(root, text => (log += text)))
})

afterEach(() => {
  jest.restoreAllMocks()
  process.env.GITHUB_STATE = savedState
})

/** skopeo's environment: the wrapper first, the TLS registry's CA trusted, no login of its own. */
function env(): NodeJS.ProcessEnv {
  return {
    PATH: `${skopeo.binDir}:${process.env.PATH}`,
    HOME: path.join(work, 'home'),
    XDG_RUNTIME_DIR: path.join(work, 'run'),
    SSL_CERT_FILE: tls.caFile
  }
}

/** Runs proveRegistry, timing it; the rejection (or undefined) and the milliseconds taken. */
async function timed(
  opts: Partial<Parameters<typeof proveRegistry>[0]> & { refs: string[] }
): Promise<{ error?: Error; ms: number; result?: Awaited<ReturnType<typeof proveRegistry>> }> {
  const started = Date.now()
  try {
    const result = await proveRegistry({
      username: USER,
      password: PASSWORD,
      tempDir,
      env: env(),
      ...opts
    })
    return { result, ms: Date.now() - started }
  } catch (err) {
    return { error: err as Error, ms: Date.now() - started }
  }
}

async function expectNothingLeft(): Promise<void> {
  expect(await readdir(tempDir)).toEqual([]) // the private dir and its auth file are gone
  const raw = await skopeo.raw()
  expect(raw).toContain('=== call skopeo')
  expect(raw).not.toContain(PASSWORD) // the password went on stdin, never argv or env
  expect(log).not.toContain(PASSWORD)
}

describe('proveRegistry before the pack', () => {
  it('fails on a wrong password in about a second, with the registry words and which input', async () => {
    const { error, ms } = await timed({ refs: [`${tls.host}/flask/app:1.0`], password: 'wrong' })
    expect(error).toBeInstanceOf(PublishError)
    expect(error?.message).toBe(
      `Registry check before the pack: logging in to ${tls.host} as ${USER} failed: ${tls.host} refused registry-username and registry-password: check the secret you pass as registry-password (for ghcr.io: the job's GITHUB_TOKEN with permissions packages: write, or a token with write:packages). The registry said: logging into "${tls.host}": invalid username/password`
    )
    expect(ms).toBeLessThan(3000)
    // One call: the login; no read, no push.
    expect((await skopeo.calls()).map(c => c.argv[0])).toEqual(['login'])
    await expectNothingLeft()
  })

  it('fails on a plain-HTTP registry not named in insecure-registries, naming the input', async () => {
    const { error, ms } = await timed({ refs: [`${plain.host}/flask/app:1.0`] })
    expect(error?.message).toBe(
      `Registry check before the pack: logging in to ${plain.host} as ${USER} failed: ${plain.host} answers in plain HTTP: name it in 'insecure-registries' (insecure-registries: ${plain.host}) if that registry is meant to run without TLS. The registry said: authenticating creds for "${plain.host}": pinging container registry ${plain.host}: Get "https://${plain.host}/v2/": http: server gave HTTP response to HTTPS client`
    )
    expect(ms).toBeLessThan(3000)
    await expectNothingLeft()
  })

  it('passes a plain-HTTP registry named in insecure-registries, and says what it read', async () => {
    const { error, result } = await timed({
      refs: [`${plain.host}/flask/app:1.0`],
      insecureRegistries: [plain.host]
    })
    expect(error).toBeUndefined()
    expect(result).toEqual({
      checked: [{ ref: `${plain.host}/flask/app:1.0`, state: 'not there yet' }]
    })
    const calls = await skopeo.calls()
    const auth = (argv: string[]): string[] =>
      argv.map(a => (a.startsWith(tempDir) ? '<auth file>' : a))
    expect(calls.map(c => auth(c.argv))).toEqual([
      [
        'login',
        '--authfile',
        '<auth file>',
        '--username',
        USER,
        '--password-stdin',
        '--tls-verify=false',
        plain.host
      ],
      [
        'inspect',
        '--raw',
        '--authfile',
        '<auth file>',
        '--tls-verify=false',
        `docker://${plain.host}/flask/app:1.0`
      ]
    ])
    expect(log).toContain(`Logged in to ${plain.host} as ${USER}`)
    expect(log).toContain(
      `Registry check before the pack: ${plain.host}/flask/app:1.0 (not there yet)`
    )
    await expectNothingLeft()
  })

  it('fails on capitals in a repository with the registry words and the lower-case hint', async () => {
    const { error, ms } = await timed({ refs: [`${tls.host}/MyOrg/My-App:edge`] })
    expect(error?.message).toBe(
      `Registry check before the pack: reading ${tls.host}/MyOrg/My-App:edge failed: image repositories are lower case: write the reference in lower case (ghcr.io/myorg/my-app). The registry said: Error parsing image name "docker://${tls.host}/MyOrg/My-App:edge": invalid reference format: repository name must be lowercase`
    )
    expect(ms).toBeLessThan(3000)
    await expectNothingLeft()
  })

  it('fails without any login for the host, pointing at the inputs and docker/login-action', async () => {
    const { error } = await timed({
      refs: [`${tls.host}/flask/app:1.0`],
      username: '',
      password: ''
    })
    expect(error?.message).toBe(
      `Registry check before the pack: reading ${tls.host}/flask/app:1.0 failed: no login for ${tls.host}: give registry-username and registry-password for it (and 'registry: ${tls.host}' when push names several registries), or log in before this step (docker/login-action). The registry said: Error parsing image name "docker://${tls.host}/flask/app:1.0": reading manifest 1.0 in ${tls.host}/flask/app: unauthorized: authentication required`
    )
  })

  it("uses the runner's own login (docker/login-action) and leaves a read it refuses to the push", async () => {
    const home = path.join(work, 'home')
    await mkdir(path.join(home, '.docker'), { recursive: true })
    const config = (password: string): string =>
      JSON.stringify({
        auths: { [tls.host]: { auth: Buffer.from(`${USER}:${password}`).toString('base64') } }
      })
    await writeFile(path.join(home, '.docker', 'config.json'), config(PASSWORD))
    const ref = `${tls.host}/flask/app:1.0`
    const right = await timed({ refs: [ref], username: '', password: '' })
    expect(right.result).toEqual({ checked: [{ ref, state: 'not there yet' }] })
    // A login the registry refuses a read to (Docker Hub does, for a repository not made yet).
    await writeFile(path.join(home, '.docker', 'config.json'), config('not-the-password'))
    const refused = await timed({ refs: [ref], username: '', password: '' })
    expect(refused.result).toEqual({ checked: [{ ref, state: 'not readable' }] })
    expect((await skopeo.calls()).map(c => c.argv.slice(0, 2).join(' '))).toEqual([
      'inspect --raw',
      'inspect --raw',
      `login --get-login`
    ])
  })

  it('reads a tag that is there as present, and a repository pushed by digest', async () => {
    await publishRock({
      rock,
      refs: [`${tls.host}/flask/present:1.0`],
      username: USER,
      password: PASSWORD,
      tempDir,
      env: env()
    })
    const { result } = await timed({
      refs: [
        `${tls.host}/flask/present:1.0`,
        `${tls.host}/flask/present:2.0`,
        `${tls.host}/flask/new`
      ]
    })
    expect(result?.checked).toEqual([
      { ref: `${tls.host}/flask/present:1.0`, state: 'present' },
      { ref: `${tls.host}/flask/present:2.0`, state: 'not there yet' },
      { ref: `${tls.host}/flask/new`, state: 'not there yet' }
    ])
    await expectNothingLeft()
  })

  it('skips a fork pull request unless push-from-forks, calling no skopeo', async () => {
    const { result } = await timed({ refs: [`${tls.host}/flask/app:1.0`], event: { isFork: true } })
    expect(result).toEqual({
      checked: [],
      skipped:
        'this is a pull request from a fork, which does not push (set push-from-forks: true to push anyway)'
    })
    expect(existsSync(path.join(work, 'tool-calls'))).toBe(true)
    expect(await readdir(path.join(work, 'tool-calls'))).toEqual([])
    const optedIn = await timed({
      refs: [`${tls.host}/flask/app:1.0`],
      event: { isFork: true },
      pushFromForks: true
    })
    expect(optedIn.result?.checked).toEqual([
      { ref: `${tls.host}/flask/app:1.0`, state: 'not there yet' }
    ])
  })
})

describeJest('judge: what a refused login or read means for the push to come', () => {
  const ctx = { host: 'ghcr.io', ownLogin: true, loggedIn: true }
  it.each([
    // skopeo's words as ghcr.io, Docker Hub and docker-registry say them.
    ['reading manifest 1.0 in ghcr.io/org/new: manifest unknown', ctx, 'not there yet'],
    [
      'reading manifest latest in ghcr.io/org/new: name unknown: repository name not known to registry',
      ctx,
      'not there yet'
    ],
    ['reading manifest 1.0 in ghcr.io/org/app: denied: denied', ctx, 'not readable'],
    [
      'reading manifest 1 in docker.io/me/new: requested access to the resource is denied',
      { ...ctx, ownLogin: false, loggedIn: false },
      'not readable'
    ],
    [
      'pinging container registry ghcr.io: received unexpected HTTP status: 503 Service Unavailable',
      ctx,
      'not readable'
    ]
  ])('%s: fine (%j), the push decides', (message, c, state) => {
    expect(judge(message, c)).toEqual({ ok: true, state })
  })
  it.each([
    [
      'pinging container registry ghcr.io: Get "https://ghcr.io/v2/": x509: certificate signed by unknown authority',
      'the TLS certificate of ghcr.io is not trusted on this runner'
    ],
    [
      'pinging container registry ghcr.io: Get "https://ghcr.io/v2/": dial tcp: lookup ghcr.io: no such host',
      'the host ghcr.io does not resolve'
    ],
    [
      'pinging container registry ghcr.io: Get "https://ghcr.io/v2/": dial tcp 127.0.0.1:443: connect: connection refused',
      'nothing answers at ghcr.io'
    ],
    [
      'logging into "ghcr.io": invalid username/password',
      'ghcr.io refused registry-username and registry-password'
    ]
  ])('%s: fails, saying %s', (message, hint) => {
    const verdict = judge(message, { ...ctx, loggedIn: false })
    expect(verdict.ok).toBe(false)
    expect(verdict.ok ? '' : verdict.hint).toMatch(
      new RegExp(`^${hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
    )
  })
})
