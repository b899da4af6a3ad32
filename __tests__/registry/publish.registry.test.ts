// publishRock against a real registry on loopback (docker-registry, htpasswd bcrypt, TLS with a
// self-signed certificate that skopeo trusts through SSL_CERT_FILE), pushing a real OCI archive
// through a recording skopeo wrapper.
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
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import * as https from 'node:https'
import * as net from 'node:net'
import * as path from 'node:path'
import { cleanupPublish, publishRock, PublishError } from '../../src/registry/index.js'
import { startRegistry, type Registry, type SkopeoRecorder } from './registry.js'
import { registryWithRock, startCase } from './suite.js'
import { skipReason } from '../support/real-parts.js'

const USER = 'rockpusher'
// Distinctive so that any leak is found by a plain substring search.
const PASSWORD = 'pw-Zq7!x9-unlikely-anywhere-else'
const PASSWORD_B64 = Buffer.from(`${USER}:${PASSWORD}`).toString('base64')

let root: string
let registry: Registry
let rock: string

const skip = await skipReason('the real-registry publish tests', {
  tools: ['/usr/bin/docker-registry', 'htpasswd', 'openssl', 'skopeo', 'umoci']
})
const describe = skip ? (describeJest.skip as typeof describeJest) : describeJest

registryWithRock(skip, 'publish-test-', USER, PASSWORD, made => ({ root, registry, rock } = made))

// Per test: a fresh wrapper record, temp dir, state file and captured log.
let work: string
let skopeo: SkopeoRecorder
let tempDir: string
let stateFile: string
let log: string
const savedState = process.env.GITHUB_STATE

beforeEach(async () => {
  if (skip) return
  log = ''
  ;({ work, recorder: skopeo, tempDir, stateFile } = await startCase(root, text => (log += text)))
})

afterEach(() => {
  jest.restoreAllMocks()
  process.env.GITHUB_STATE = savedState
})

/** Environment for skopeo: the wrapper first, our CA trusted, a HOME with no credentials. */
function skopeoEnv(home = path.join(work, 'home')): NodeJS.ProcessEnv {
  return {
    PATH: `${skopeo.binDir}:${process.env.PATH}`,
    HOME: home,
    XDG_RUNTIME_DIR: path.join(work, 'run'),
    SSL_CERT_FILE: registry.caFile,
    // As the runner hands inputs to the action: publishRock must not pass them on to skopeo.
    'INPUT_REGISTRY-PASSWORD': PASSWORD,
    INPUT_REGISTRY_PASSWORD: PASSWORD
  }
}

/** The auth file path main would leave to the post step, from the runner's state file. */
async function recordedAuthFile(): Promise<string | undefined> {
  const m = /"authFile":"([^"]+)"/.exec(await readFile(stateFile, 'utf8'))
  return m?.[1]
}

async function expectNoSecretsAnywhere(): Promise<void> {
  const raw = await skopeo.raw()
  expect(raw).toContain('=== call') // the wrapper did record the calls checked below
  expect(raw).toContain(`env SSL_CERT_FILE=${registry.caFile}`) // the env was recorded too
  for (const secret of [PASSWORD, PASSWORD_B64]) {
    expect(raw).not.toContain(secret)
    expect(log).not.toContain(secret)
  }
}

describe('publishRock to a real registry', () => {
  it('pushes with our credentials and reports the digest the registry serves', async () => {
    const refs = [`${registry.host}/flask/app:1.2.0`, `${registry.host}/flask/app:latest`]
    const result = await publishRock({
      rock,
      refs,
      username: USER,
      password: PASSWORD,
      tempDir,
      env: skopeoEnv(),
      retryDelayMs: 10
    })

    expect(result.skipped).toBeUndefined()
    expect(result.images).toEqual(refs)
    expect(result.digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    // Read back without skopeo: the registry's own Docker-Content-Digest header.
    expect(await registry.manifestDigest('flask/app', '1.2.0')).toBe(result.digest)
    expect(await registry.manifestDigest('flask/app', 'latest')).toBe(result.digest)

    const calls = await skopeo.calls()
    const copies = calls.filter(c => c.argv.includes('copy'))
    expect(copies).toHaveLength(2)
    for (const copy of copies) {
      const authFile = copy.argv[copy.argv.indexOf('--dest-authfile') + 1]
      expect(copy.argv).toContain('--dest-authfile')
      // While in use: file 0600 in a 0700 dir.
      expect(copy.authModes).toEqual(['600 700'])
      expect(authFile).toBe(await recordedAuthFile())
      expect(existsSync(authFile)).toBe(false) // removed afterwards
    }
    expect(calls.filter(c => c.argv.includes('inspect'))).toHaveLength(2)
    expect(await readdir(tempDir)).toEqual([])
    await expectNoSecretsAnywhere()
    expect(log).toContain(`Pushed ${refs[0]}@${result.digest}`)
    // skopeo's progress is in the log as it happens; the manifests it reads back are not
    expect(log).toContain('Writing manifest to image destination')
    expect(log).not.toContain('schemaVersion')
  })

  it("pushes only the image the rock's read saw: the read's digest is skopeo's, before and after the push", async () => {
    const { readRock } = await import('../../src/rock/index.js')
    const read = await readRock(rock)
    const ref = `${registry.host}/flask/sameimage:1.0`
    const result = await publishRock({
      rock,
      digest: read.digest,
      refs: [ref],
      username: USER,
      password: PASSWORD,
      tempDir,
      env: skopeoEnv(),
      retryDelayMs: 10
    })
    expect(result.digest).toBe(read.digest)
    expect(await registry.manifestDigest('flask/sameimage', '1.0')).toBe(read.digest)
    // A read that saw another image: refused before anything is pushed.
    const other = `sha256:${'d'.repeat(64)}`
    const ref2 = `${registry.host}/flask/sameimage:2.0`
    await expect(
      publishRock({
        rock,
        digest: other,
        refs: [ref2],
        username: USER,
        password: PASSWORD,
        tempDir,
        env: skopeoEnv(),
        retryDelayMs: 10
      })
    ).rejects.toThrow(
      new PublishError(
        `Not publishing: skopeo reads ${read.digest} from the rock, but its read (smoke-tested, in the SBOM) is ${other}`
      )
    )
    expect(await registry.manifestDigest('flask/sameimage', '2.0')).toBeUndefined()
  })

  it('pushes to a repository without tag by digest only: no tag made, images name the digest', async () => {
    const repo = `${registry.host}/flask/bydigest`
    const result = await publishRock({
      rock,
      refs: [repo, `${repo}:2.0`],
      username: USER,
      password: PASSWORD,
      tempDir,
      env: skopeoEnv(),
      retryDelayMs: 10
    })
    expect(result.digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(result.images).toEqual([`${repo}@${result.digest}`, `${repo}:2.0`])
    // The registry holds the manifest under its digest, and only the tag that was asked for.
    const served = await registry.manifest('flask/bydigest', result.digest)
    expect(served.status).toBe(200)
    expect(served.digest).toBe(result.digest)
    expect(await registry.tags('flask/bydigest')).toEqual(['2.0'])
    expect(log).toContain(`Pushed ${repo}@${result.digest} (by digest, no tag)`)
    expect(log).not.toContain('schemaVersion') // the rock's own manifest, read for its digest
    const copies = (await skopeo.calls()).filter(c => c.argv.includes('copy'))
    expect(copies.map(c => c.argv[c.argv.length - 1])).toEqual([
      `docker://${repo}@${result.digest}`,
      `docker://${repo}:2.0`
    ])
    expect(await readdir(tempDir)).toEqual([])
    await expectNoSecretsAnywhere()
  })

  it('pushes by digest alone without making any tag, not even latest', async () => {
    const repo = `${registry.host}/flask/digestonly`
    const result = await publishRock({
      rock,
      refs: [repo],
      username: USER,
      password: PASSWORD,
      tempDir,
      env: skopeoEnv()
    })
    expect(result.images).toEqual([`${repo}@${result.digest}`])
    expect((await registry.manifest('flask/digestonly', result.digest)).digest).toBe(result.digest)
    expect(await registry.tags('flask/digestonly')).toEqual([])
  })

  it('refuses a wrong password with a clear error, without retrying, and removes the auth file', async () => {
    const ref = `${registry.host}/flask/denied:1`
    const attempt = publishRock({
      rock,
      refs: [ref],
      username: USER,
      password: `${PASSWORD}-wrong`,
      tempDir,
      env: skopeoEnv(),
      retryDelayMs: 10
    })
    await expect(attempt).rejects.toThrow(PublishError)
    await expect(attempt).rejects.toThrow(
      new RegExp(`^Push to ${ref.replace(/[.]/g, '\\.')} was refused by the registry: check`)
    )
    await expect(attempt).rejects.toThrow(/authentication required/)

    const copies = (await skopeo.calls()).filter(c => c.argv.includes('copy'))
    expect(copies).toHaveLength(1) // auth errors are not retried
    const authFile = await recordedAuthFile()
    expect(authFile).toBeDefined()
    expect(existsSync(authFile!)).toBe(false)
    expect(await readdir(tempDir)).toEqual([])
    expect(await registry.manifestDigest('flask/denied', '1')).toBeUndefined()
    expect(log).not.toContain('Pushed ')
    const raw = await skopeo.raw()
    expect(raw).not.toContain(`${PASSWORD}-wrong`)
    expect(log).not.toContain(`${PASSWORD}-wrong`)
  })

  it('uses ambient credentials from docker login when none are given', async () => {
    const home = path.join(work, 'home')
    await mkdir(path.join(home, '.docker'), { recursive: true })
    await writeFile(
      path.join(home, '.docker', 'config.json'),
      JSON.stringify({ auths: { [registry.host]: { auth: PASSWORD_B64 } } })
    )
    const ref = `${registry.host}/flask/ambient:1`
    const result = await publishRock({
      rock,
      refs: [ref],
      username: '',
      password: '',
      tempDir,
      env: skopeoEnv(home)
    })
    expect(await registry.manifestDigest('flask/ambient', '1')).toBe(result.digest)
    const calls = await skopeo.calls()
    expect(calls.some(c => c.argv.includes('--dest-authfile'))).toBe(false)
    expect(await recordedAuthFile()).toBeUndefined()
    expect(log).toContain('No registry credentials given')
  })

  it('offers the credentials to their own registry only: another one in push gets the runner login', async () => {
    // Registry B: answers 401 to everything, asking for Basic auth, and keeps what it was offered.
    const offered: string[] = []
    const b = https.createServer({ key: registry.key, cert: registry.ca }, (req, res) => {
      offered.push(req.headers.authorization ?? '(none)')
      res
        .writeHead(401, { 'www-authenticate': 'Basic realm="b"', 'content-type': 'text/plain' })
        .end('unauthorized: authentication required\n')
    })
    await new Promise<void>(r => b.listen(0, '127.0.0.1', r))
    const bHost = `127.0.0.1:${(b.address() as net.AddressInfo).port}`
    const home = path.join(work, 'home')
    await mkdir(path.join(home, '.docker'), { recursive: true })
    const ambient = Buffer.from('b-user:b-ambient-pw').toString('base64')
    await writeFile(
      path.join(home, '.docker', 'config.json'),
      JSON.stringify({ auths: { [bHost]: { auth: ambient } } })
    )
    try {
      const publishing = publishRock({
        rock,
        refs: [`${registry.host}/flask/two:1`, `${bHost}/flask/two:1`],
        username: USER,
        password: PASSWORD,
        registry: registry.host,
        tempDir,
        env: skopeoEnv(home),
        attempts: 1
      })
      await expect(publishing).rejects.toThrow(
        new RegExp(
          `^Push to ${bHost}/flask/two:1 was refused by the registry: registry-username and registry-password are for ${registry.host}, so this one gets the runner's own login \\(docker/login-action before this step\\)\\. skopeo said: `
        )
      )
      expect(await registry.manifestDigest('flask/two', '1')).toMatch(/^sha256:/)
      expect(offered.length).toBeGreaterThan(0)
      expect(offered).toContain(`Basic ${ambient}`)
      expect(offered.join('\n')).not.toContain(PASSWORD_B64)
      const toB = (await skopeo.calls()).filter(c => c.argv.some(a => a.includes(bHost)))
      expect(toB.length).toBeGreaterThan(0)
      for (const call of toB) expect(call.argv.join(' ')).not.toMatch(/authfile/)
    } finally {
      await new Promise(r => b.close(r))
    }
  })

  it('fails clearly without credentials when the registry wants some', async () => {
    const ref = `${registry.host}/flask/anon:1`
    await expect(
      publishRock({ rock, refs: [ref], username: '', password: '', tempDir, env: skopeoEnv() })
    ).rejects.toThrow(/was refused by the registry/)
  })

  it('retries a push after a transient connection reset and then succeeds', async () => {
    // A TCP relay in front of the registry that resets the first connection it gets.
    const [regHost, regPort] = registry.host.split(':')
    let connections = 0
    const sockets = new Set<net.Socket>()
    const relay = net.createServer(client => {
      connections++
      sockets.add(client)
      if (connections === 1) {
        client.resetAndDestroy()
        return
      }
      const upstream = net.connect(Number(regPort), regHost)
      sockets.add(upstream)
      client.pipe(upstream).pipe(client)
      const end = () => {
        client.destroy()
        upstream.destroy()
      }
      client.on('error', end)
      upstream.on('error', end)
    })
    await new Promise<void>(r => relay.listen(0, '127.0.0.1', r))
    const relayHost = `127.0.0.1:${(relay.address() as net.AddressInfo).port}`
    try {
      const result = await publishRock({
        rock,
        refs: [`${relayHost}/flask/flaky:1`],
        username: USER,
        password: PASSWORD,
        tempDir,
        env: skopeoEnv(),
        retryDelayMs: 10
      })
      expect(await registry.manifestDigest('flask/flaky', '1')).toBe(result.digest)
      const copies = (await skopeo.calls()).filter(c => c.argv.includes('copy'))
      expect(copies).toHaveLength(2)
      expect(log).toMatch(/connection reset by peer; retrying in 0 s \(attempt 2 of 3\)\n/)
      expect(await readdir(tempDir)).toEqual([])
      await expectNoSecretsAnywhere()
    } finally {
      for (const s of sockets) s.destroy()
      await new Promise(r => relay.close(r))
    }
  })

  // An HTTPS relay in front of the registry (same certificate) that answers 503 to the first
  // request matching `fail`, and passes everything else through.
  async function relayFailingOnce(fail: (req: { method?: string; url?: string }) => boolean) {
    const [, regPort] = registry.host.split(':')
    const failed: string[] = []
    const server = https.createServer({ key: registry.key, cert: registry.ca }, (req, res) => {
      if (failed.length === 0 && fail(req)) {
        failed.push(`${req.method} ${req.url}`)
        res.writeHead(503, { 'content-type': 'text/plain' }).end('try again later\n')
        return
      }
      const upstream = https.request(
        {
          host: '127.0.0.1',
          port: Number(regPort),
          path: req.url,
          method: req.method,
          headers: req.headers,
          ca: registry.ca
        },
        up => {
          res.writeHead(up.statusCode ?? 502, up.headers)
          up.pipe(res)
        }
      )
      upstream.on('error', () => res.destroy())
      req.pipe(upstream)
    })
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
    return {
      host: `127.0.0.1:${(server.address() as net.AddressInfo).port}`,
      failed,
      close: () => {
        server.closeAllConnections()
        return new Promise(r => server.close(r))
      }
    }
  }

  it.each([
    [
      'the manifest upload',
      (r: { method?: string; url?: string }) =>
        r.method === 'PUT' && /\/manifests\//.test(r.url ?? ''),
      2,
      'upload5xx'
    ],
    [
      'the manifest read-back',
      (r: { method?: string; url?: string }) =>
        r.method === 'GET' && /\/manifests\//.test(r.url ?? ''),
      1,
      'read5xx'
    ]
  ])('retries after a 503 on %s and then succeeds', async (_what, fail, copies, name) => {
    const relay = await relayFailingOnce(fail)
    try {
      const result = await publishRock({
        rock,
        refs: [`${relay.host}/flask/${name}:1`],
        username: USER,
        password: PASSWORD,
        tempDir,
        env: skopeoEnv(),
        retryDelayMs: 10
      })
      expect(relay.failed).toHaveLength(1)
      expect(await registry.manifestDigest(`flask/${name}`, '1')).toBe(result.digest)
      const calls = await skopeo.calls()
      expect(calls.filter(c => c.argv.includes('copy'))).toHaveLength(copies)
      expect(calls.filter(c => c.argv.includes('inspect'))).toHaveLength(3 - copies)
      expect(log).toMatch(/503 Service Unavailable; retrying in/)
      await expectNoSecretsAnywhere()
    } finally {
      await relay.close()
    }
  })

  it('gives up after the bounded number of attempts when the registry stays unreachable', async () => {
    // A port nobody listens on: connection refused every time.
    const closed = net.createServer()
    await new Promise<void>(r => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as net.AddressInfo).port
    await new Promise(r => closed.close(r))
    await expect(
      publishRock({
        rock,
        refs: [`127.0.0.1:${port}/flask/down:1`],
        username: USER,
        password: PASSWORD,
        tempDir,
        env: skopeoEnv(),
        attempts: 3,
        retryDelayMs: 600
      })
    ).rejects.toThrow(/^Push to 127\.0\.0\.1:\d+\/flask\/down:1 failed: .*connection refused/)
    expect((await skopeo.calls()).filter(c => c.argv.includes('copy'))).toHaveLength(3)
    // The pause doubles: 0.6 s, then 1.2 s (rounded to whole seconds in the log).
    expect(log.match(/retrying in .*/g)).toEqual([
      'retrying in 1 s (attempt 2 of 3)',
      'retrying in 1 s (attempt 3 of 3)'
    ])
    expect(await readdir(tempDir)).toEqual([])
  })

  it('kills a push that outlives its timeout and says so', async () => {
    // A relay that accepts and never answers: skopeo waits until our timeout ends it.
    const sockets = new Set<net.Socket>()
    const silent = net.createServer(s => void sockets.add(s))
    await new Promise<void>(r => silent.listen(0, '127.0.0.1', r))
    const port = (silent.address() as net.AddressInfo).port
    try {
      await expect(
        publishRock({
          rock,
          refs: [`127.0.0.1:${port}/flask/slow:1`],
          username: USER,
          password: PASSWORD,
          tempDir,
          env: skopeoEnv(),
          timeoutMs: 1500,
          retryDelayMs: 10
        })
      ).rejects.toThrow(/^Push to 127\.0\.0\.1:\d+\/flask\/slow:1 did not finish within 2 s$/)
      expect((await skopeo.calls()).filter(c => c.argv.includes('copy'))).toHaveLength(1)
      expect(await readdir(tempDir)).toEqual([])
    } finally {
      for (const s of sockets) s.destroy()
      await new Promise(r => silent.close(r))
    }
  })
})

describe('publishRock to a registry over plain HTTP', () => {
  let plain: Registry
  beforeAll(async () => {
    if (skip) return
    plain = await startRegistry(path.join(root, 'plain-registry'), USER, PASSWORD, {
      plainHttp: true
    })
  }, 60_000)
  afterAll(async () => {
    await plain?.stop()
  })

  it('is refused by skopeo unless the host is named in insecure-registries (never the default)', async () => {
    await expect(
      publishRock({
        rock,
        refs: [`${plain.host}/flask/http:1`],
        username: USER,
        password: PASSWORD,
        tempDir,
        env: skopeoEnv(),
        attempts: 1
      })
    ).rejects.toThrow(/server gave HTTP response to HTTPS client/)
    const calls = await skopeo.calls()
    expect(calls.some(c => c.argv.some(a => a.includes('tls-verify')))).toBe(false)
  })

  it('pushes with TLS verification off for that host alone, saying so in the log', async () => {
    const refs = [`${plain.host}/flask/http:1`, `${registry.host}/flask/http:1`]
    const result = await publishRock({
      rock,
      refs,
      username: USER,
      password: PASSWORD,
      registry: plain.host,
      insecureRegistries: [plain.host],
      tempDir,
      env: skopeoEnv(),
      attempts: 1
    }).catch((err: Error) => err)
    // The TLS registry gets no credentials of ours (they are plain's): refused there, pushed here.
    expect(result).toBeInstanceOf(PublishError)
    expect((result as Error).message).toMatch(
      new RegExp(`^Push to ${registry.host}/flask/http:1 was refused by the registry`)
    )
    expect(await plain.manifestDigest('flask/http', '1')).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(log).toContain(
      `::warning::TLS verification is off for ${plain.host} (insecure-registries): what is pushed and the registry password can be read and changed on the network path\n`
    )
    const calls = (await skopeo.calls()).filter(c => c.argv.some(a => a.startsWith('docker://')))
    for (const call of calls) {
      const toPlain = call.argv.some(a => a.includes(plain.host))
      const flags = call.argv.filter(a => a.includes('tls-verify'))
      expect(flags).toEqual(
        toPlain
          ? [call.argv.includes('copy') ? '--dest-tls-verify=false' : '--tls-verify=false']
          : []
      )
    }
    await expectNoSecretsAnywhere()
  })
})

describe('publishRock against a registry that serves another manifest', () => {
  it('reports the mismatch as an error, not a success', async () => {
    // Stand-in: a skopeo that pushes for real, then writes a digest other than the pushed one,
    // as if the tag had been moved between our push and our read-back.
    const liar = path.join(work, 'liar')
    await mkdir(liar)
    await writeFile(
      path.join(liar, 'skopeo'),
      `#!/bin/sh
prev=""; digestfile=""
for a in "$@"; do [ "$prev" = --digestfile ] && digestfile="$a"; prev="$a"; done
/usr/bin/skopeo "$@" || exit $?
[ -n "$digestfile" ] && printf 'sha256:%064d' 0 > "$digestfile"
exit 0
`,
      { mode: 0o755 }
    )
    const ref = `${registry.host}/flask/moved:1`
    const env = { ...skopeoEnv(), PATH: `${liar}:${process.env.PATH}` }
    await expect(
      publishRock({ rock, refs: [ref], username: USER, password: PASSWORD, tempDir, env })
    ).rejects.toThrow(
      /^Pushed .*flask\/moved:1 as sha256:0{64} but the registry serves sha256:[a-f0-9]{64}/
    )
    expect(log).not.toContain('Pushed 127.0.0.1')
    expect(await readdir(tempDir)).toEqual([])
  })
})

describe('publishRock when skopeo reports success but its digest file is wrong', () => {
  // Stand-in: a skopeo that pushes for real, then rewrites its digest file with `rewrite` (sh).
  async function skopeoRewritingDigest(rewrite: string): Promise<NodeJS.ProcessEnv> {
    const bin = path.join(work, 'rewriter')
    await mkdir(bin)
    await writeFile(
      path.join(bin, 'skopeo'),
      `#!/bin/sh
prev=""; digestfile=""
for a in "$@"; do [ "$prev" = --digestfile ] && digestfile="$a"; prev="$a"; done
/usr/bin/skopeo "$@" || exit $?
if [ -n "$digestfile" ]; then d=$(cat "$digestfile"); ${rewrite}; fi
exit 0
`,
      { mode: 0o755 }
    )
    return { ...skopeoEnv(), PATH: `${bin}:${process.env.PATH}` }
  }

  it.each([
    ['no digest file', 'rm -f "$digestfile"'],
    ['an empty one', ': > "$digestfile"'],
    ['text before the digest', 'printf "x%s" "$d" > "$digestfile"'],
    ['text after the digest', 'printf "%s x" "$d" > "$digestfile"'],
    ['a short digest', 'printf "%s" "$d" | cut -c1-70 > "$digestfile"']
  ])('%s: an error, not a success', async (_what, rewrite) => {
    const ref = `${registry.host}/flask/nodigest:1`
    await expect(
      publishRock({
        rock,
        refs: [ref],
        username: USER,
        password: PASSWORD,
        tempDir,
        env: await skopeoRewritingDigest(rewrite)
      })
    ).rejects.toThrow(
      new PublishError(`Push to ${ref} reported success but skopeo wrote no digest`)
    )
    expect(log).not.toContain(`Pushed ${ref}`)
    expect(await readdir(tempDir)).toEqual([])
  })

  it('a digest followed by a newline is the digest', async () => {
    const ref = `${registry.host}/flask/newline:1`
    const result = await publishRock({
      rock,
      refs: [ref],
      username: USER,
      password: PASSWORD,
      tempDir,
      env: await skopeoRewritingDigest('printf "%s\\n" "$d" > "$digestfile"')
    })
    expect(result.digest).toBe(await registry.manifestDigest('flask/newline', '1'))
  })
})

describe('publishRock without pushing', () => {
  it("skips a fork's pull request without credentials, with a notice", async () => {
    const result = await publishRock({
      rock,
      refs: ['ghcr.io/org/app:1'],
      username: '',
      password: '',
      tempDir,
      env: skopeoEnv(),
      event: { isFork: true }
    })
    expect(result).toEqual({
      digest: '',
      images: [],
      skipped: expect.stringContaining('pull request from a fork')
    })
    expect(log).toMatch(/::notice::Not publishing the rock: this is a pull request from a fork/)
    expect(await skopeo.raw()).toBe('')
  })

  it('rejects a missing rock before running anything', async () => {
    await expect(
      publishRock({
        rock: path.join(work, 'absent.rock'),
        refs: [`${registry.host}/flask/app:x`],
        username: USER,
        password: PASSWORD,
        tempDir,
        env: skopeoEnv()
      })
    ).rejects.toThrow(/^Cannot publish: the rock '.*absent\.rock' does not exist or is not a file$/)
    expect(await skopeo.raw()).toBe('')
    expect(await readdir(tempDir)).toEqual([])
    await expect(
      publishRock({
        rock: path.join(work, 'a:b.rock'),
        refs: [`${registry.host}/flask/app:x`],
        username: USER,
        password: PASSWORD,
        tempDir,
        env: skopeoEnv()
      })
    ).rejects.toThrow(/skopeo cannot read a path holding ':'/)
  })

  it('rejects a digest reference and a lone username', async () => {
    const base = { rock, tempDir, env: skopeoEnv() }
    await expect(
      publishRock({
        ...base,
        refs: [`ghcr.io/org/app@sha256:${'a'.repeat(64)}`],
        username: USER,
        password: PASSWORD
      })
    ).rejects.toThrow(/names a tag, not a digest/)
    await expect(
      publishRock({ ...base, refs: ['ghcr.io/org/app:1'], username: USER, password: '' })
    ).rejects.toThrow(/go together/)
    expect(await skopeo.raw()).toBe('')
  })
})

describe('cleanupPublish', () => {
  it('removes a leftover auth file and our private dir around it', async () => {
    const dir = await mkdtemp(path.join(tempDir, 'flask-rock-publish-'))
    const authFile = path.join(dir, 'auth.json')
    await writeFile(authFile, '{"auths":{}}', { mode: 0o600 })
    await cleanupPublish({ authFile })
    expect(existsSync(authFile)).toBe(false)
    expect(existsSync(dir)).toBe(false)
  })

  it('removes only the file when the dir is not ours', async () => {
    const authFile = path.join(tempDir, 'auth.json')
    await writeFile(authFile, '{}')
    await cleanupPublish({ authFile })
    expect(existsSync(authFile)).toBe(false)
    expect(existsSync(tempDir)).toBe(true)
  })

  it('never throws: an impossible path becomes a warning', async () => {
    const notADir = path.join(tempDir, 'file')
    await writeFile(notADir, 'x')
    await expect(cleanupPublish({ authFile: path.join(notADir, 'auth.json') })).resolves.toBe(
      undefined
    )
    expect(log).toMatch(/::warning::Could not remove the registry auth file .*auth\.json: ENOTDIR/)
    await expect(cleanupPublish({})).resolves.toBe(undefined)
  })
})
