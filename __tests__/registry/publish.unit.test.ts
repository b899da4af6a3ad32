// The pure parts of publishing: auth file content, registry hosts, failure sorting, fork events.
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { authFileContent, registryHost, writeAuthFile } from '../../src/registry/auth-file.js'
import { githubEvent, isForkPullRequest } from '../../src/registry/credentials.js'
import { credentialHost } from '../../src/registry/image-ref.js'
import { classifyFailure } from '../../src/registry/retry.js'
import { skopeoMessage } from '../../src/registry/skopeo.js'

describe('registryHost', () => {
  it.each([
    ['ghcr.io/org/app:1.2.0', 'ghcr.io'],
    ['127.0.0.1:5000/app:1', '127.0.0.1:5000'],
    ['localhost/app', 'localhost'],
    ['org/app:1', 'docker.io'],
    ['app', 'docker.io'],
    ['index.docker.io/org/app:1', 'docker.io'],
    ['registry-1.docker.io/org/app', 'docker.io'],
    ['quay.io/org/sub/app:tag', 'quay.io']
  ])('%s -> %s', (ref, host) => {
    expect(registryHost(ref)).toBe(host)
  })
})

describe('authFileContent', () => {
  it('writes containers-auth.json with base64(user:password) for its one host', () => {
    const parsed = JSON.parse(authFileContent('ghcr.io', 'me', 'p:ä ss'))
    const auth = Buffer.from('me:p:ä ss', 'utf8').toString('base64')
    expect(parsed).toEqual({ auths: { 'ghcr.io': { auth } } })
  })
})

describe('credentialHost: the one registry the user and password go to', () => {
  it.each<[string[], string, { host: string } | { problem: string }]>([
    [['ghcr.io/org/app:1', 'ghcr.io/org/app:latest'], '', { host: 'ghcr.io' }],
    [['org/app:1', 'index.docker.io/org/app:2'], '', { host: 'docker.io' }],
    [['ghcr.io/org/app:1', 'org/app:1'], 'ghcr.io', { host: 'ghcr.io' }],
    [['ghcr.io/org/app:1', 'org/app:1'], 'registry-1.docker.io', { host: 'docker.io' }],
    [['localhost:5000/app:1', 'quay.io/org/app'], 'localhost:5000', { host: 'localhost:5000' }],
    [
      ['ghcr.io/org/app:1', 'org/app:1', 'quay.io/org/app:1'],
      '',
      {
        problem:
          "the references name 3 registries (ghcr.io, docker.io, quay.io) and one user and password would be offered to each: name the one they are for in 'registry', and log in to the others before this step (docker/login-action)"
      }
    ],
    [
      ['ghcr.io/org/app:1'],
      'quay.io',
      { problem: 'the credentials are for quay.io, but no reference names it (ghcr.io)' }
    ],
    [
      ['ghcr.io/org/app:1'],
      'ghcr',
      { problem: "'ghcr' is not a registry host (ghcr.io, docker.io, registry.example.com:5000)" }
    ],
    [
      ['ghcr.io/org/app:1'],
      'https://ghcr.io',
      {
        problem:
          "'https://ghcr.io' is not a registry host (ghcr.io, docker.io, registry.example.com:5000)"
      }
    ]
  ])('%j with registry %j', (refs, given, expected) => {
    expect(credentialHost(refs, given)).toEqual(expected)
  })
})

describe('classifyFailure', () => {
  // skopeo's messages as seen against docker-registry, ghcr.io and Docker Hub.
  it.each([
    [
      'checking whether a blob sha256:59f5 exists in 127.0.0.1:15999/app: unauthorized: authentication required',
      'auth'
    ],
    [
      'writing manifest: uploading manifest 1 to ghcr.io/org/app: denied: permission_denied: write_package',
      'auth'
    ],
    ['requested access to the resource is denied', 'auth'],
    ['reading manifest 1 in 127.0.0.1/app: StatusCode: 403, <html>403 Forbidden</html>', 'auth'],
    [
      'pinging container registry ghcr.io: received unexpected HTTP status: 503 Service Unavailable',
      'transient'
    ],
    [
      'writing blob: uploading layer chunked: received unexpected HTTP status: 502 Bad Gateway',
      'transient'
    ],
    [
      'Patch "https://ghcr.io/v2/org/app/blobs/uploads/x": read tcp 10.1.0.4:443: read: connection reset by peer',
      'transient'
    ],
    ['dial tcp 127.0.0.1:15998: connect: connection refused', 'transient'],
    ['pinging container registry ghcr.io: StatusCode: 502, <html>bad gateway</html>', 'transient'],
    ['unknown: StatusCode: 500', 'transient'],
    ['Get "https://ghcr.io/v2/": net/http: TLS handshake timeout', 'transient'],
    ['Put "https://ghcr.io/v2/x": EOF', 'transient'],
    ['toomanyrequests: too many requests', 'transient'],
    ['x509: certificate signed by unknown authority', 'other'],
    ['blob size 512 bytes does not match the manifest', 'other'],
    ['received unexpected HTTP status: 504 Gateway Timeout', 'transient'],
    ['Error during unpack: no space left on device', 'other'],
    ['manifest invalid: manifest invalid', 'other'],
    // each transient pattern alone, no other one in the text
    ['uploading layer: 502 Bad Gateway', 'transient'],
    ['uploading layer: 504 Gateway Timeout', 'transient'],
    ['uploading layer: 504 Gateway Time-out', 'transient'],
    ['received unexpected HTTP status: 500', 'transient'],
    ['StatusCode 502', 'transient'],
    ['status code: 503', 'transient'],
    ['write: broken pipe', 'transient'],
    ['read tcp: i/o timeout', 'transient'],
    ['net/http: timeout awaiting response headers', 'transient'],
    ['reading blob: unexpected EOF', 'transient'],
    ['HTTP 429', 'transient'],
    // not a 5xx: a number that only looks like one
    ['uploading layer: 5022 bytes; manifest unknown', 'other']
  ])('%s -> %s', (message, kind) => {
    expect(classifyFailure(message)).toBe(kind)
  })
})

describe('skopeoMessage', () => {
  it('takes the msg of the last fatal line, unquoted', () => {
    const stderr = [
      'Getting image source signatures',
      'time="2026-11-25T01:14:13Z" level=fatal msg="pinging container registry 127.0.0.1:1: Get \\"https://127.0.0.1:1/v2/\\": dial tcp: connection refused"',
      ''
    ].join('\n')
    expect(skopeoMessage(stderr)).toBe(
      'pinging container registry 127.0.0.1:1: Get "https://127.0.0.1:1/v2/": dial tcp: connection refused'
    )
  })
  it('finds a fatal line that is the first and only one', () => {
    expect(skopeoMessage('time="x" level=error msg="only \\"this\\""')).toBe('only "this"')
  })
  it('falls back to the last line', () => {
    expect(skopeoMessage('a\nError: something odd\n\n')).toBe('Error: something odd')
  })
})

describe('fork detection', () => {
  const pr = (head: string | null, base = 'org/app') => ({
    pull_request: {
      head: { repo: head ? { full_name: head } : null },
      base: { repo: { full_name: base } }
    }
  })
  it('is a fork when the head repository differs from the base one', () => {
    expect(isForkPullRequest('pull_request', pr('someone/app'))).toBe(true)
    expect(isForkPullRequest('pull_request_review', pr('someone/app'))).toBe(true)
    expect(isForkPullRequest('pull_request', pr(null))).toBe(true) // deleted fork
    // pull_request_target runs with the base repository's secrets: a push there would publish
    // what the fork wrote, so it is a fork's pull request too (push-from-forks opts in).
    expect(isForkPullRequest('pull_request_target', pr('someone/app'))).toBe(true)
  })
  it('is not a fork for a branch of the same repository or for other events', () => {
    expect(isForkPullRequest('pull_request', pr('org/app'))).toBe(false)
    expect(isForkPullRequest('push', pr('someone/app'))).toBe(false)
    expect(isForkPullRequest('pull_request_target', pr('org/app'))).toBe(false)
  })
  it('reads the runner event file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'event-'))
    const file = path.join(dir, 'event.json')
    await writeFile(file, JSON.stringify(pr('someone/app')))
    expect(
      await githubEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file })
    ).toEqual({ isFork: true })
    expect(await githubEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file })).toEqual({
      isFork: false
    })
    expect(
      await githubEvent({
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path.join(dir, 'none')
      })
    ).toEqual({
      isFork: false
    })
    await rm(dir, { recursive: true, force: true })
  })
  it('is not a fork without the event name or the event file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'event-'))
    const file = path.join(dir, 'event.json')
    await writeFile(file, JSON.stringify(pr('someone/app')))
    expect(await githubEvent({ GITHUB_EVENT_PATH: file })).toEqual({ isFork: false })
    expect(await githubEvent({ GITHUB_EVENT_NAME: '', GITHUB_EVENT_PATH: file })).toEqual({
      isFork: false
    })
    expect(await githubEvent({ GITHUB_EVENT_NAME: 'pull_request' })).toEqual({ isFork: false })
    await rm(dir, { recursive: true, force: true })
  })
})

describe('writeAuthFile', () => {
  it('writes one entry, for its host only, private, and records it for the post step', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'auth-'))
    const state = path.join(dir, 'state')
    await writeFile(state, '')
    const saved = process.env.GITHUB_STATE
    process.env.GITHUB_STATE = state
    try {
      const file = await writeAuthFile(dir, 'ghcr.io', 'me', 'pw')
      expect(file).toBe(path.join(dir, 'auth.json'))
      const auth = Buffer.from('me:pw').toString('base64')
      expect(JSON.parse(await readFile(file as string, 'utf8'))).toEqual({
        auths: { 'ghcr.io': { auth } }
      })
      expect((await stat(file as string)).mode & 0o777).toBe(0o600)
      expect(await readFile(state, 'utf8')).toContain(`"authFile":${JSON.stringify(file)}`)
    } finally {
      process.env.GITHUB_STATE = saved
      await rm(dir, { recursive: true, force: true })
    }
  })

  it("writes nothing without a user name: the runner's own login is used", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'auth-'))
    expect(await writeAuthFile(dir, 'ghcr.io', '', '')).toBeUndefined()
    expect(await readdir(dir)).toEqual([])
    await rm(dir, { recursive: true, force: true })
  })
})
