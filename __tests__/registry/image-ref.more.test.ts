// Image references beyond parsing: which refs may be merged into one index, which registry host
// the credentials are for, what a host is, and when a password may go over plain HTTP. The whole
// answer is asserted: these are the messages the user reads.
import { describe, expect, it } from '@jest/globals'
import {
  credentialHost,
  hostOf,
  insecurePasswordProblem,
  isLoopback,
  mergeProblem,
  parseRef
} from '../../src/registry/image-ref.js'

const d1 = `sha256:${'1'.repeat(64)}`
const d2 = `sha256:${'2'.repeat(64)}`
const ONE_REPO =
  'An image index refers to its images by digest, so the images and every tag of the index must be in one repository'

describe('parseRef, the corners', () => {
  it('reads a digest after a tag on a host with a port', () => {
    expect(parseRef(`localhost:5000/org/app:1.0@${d1}`)).toEqual({
      registry: 'localhost:5000',
      repository: 'localhost:5000/org/app',
      path: 'org/app',
      tag: '1.0',
      digest: d1
    })
  })

  it('takes a first part without a dot or port as a Docker Hub path, and keeps deep paths', () => {
    expect(parseRef('org/team/app')).toEqual({
      registry: 'docker.io',
      repository: 'org/team/app',
      path: 'org/team/app'
    })
    expect(parseRef('localhost/app')).toEqual({
      registry: 'localhost',
      repository: 'localhost/app',
      path: 'app'
    })
    expect(parseRef('docker.io/app:2')).toEqual({
      registry: 'docker.io',
      repository: 'docker.io/app',
      path: 'library/app',
      tag: '2'
    })
    expect(parseRef('ghcr.io/app')).toEqual({
      registry: 'ghcr.io',
      repository: 'ghcr.io/app',
      path: 'app'
    })
  })

  it('reads a bare name, also one with a dot or named like a host, as a Docker Hub library image', () => {
    expect(parseRef('app')).toEqual({
      registry: 'docker.io',
      repository: 'app',
      path: 'library/app'
    })
    expect(parseRef('my.app:1')).toEqual({
      registry: 'docker.io',
      repository: 'my.app',
      path: 'library/my.app',
      tag: '1'
    })
    expect(parseRef('localhostx')).toEqual({
      registry: 'docker.io',
      repository: 'localhostx',
      path: 'library/localhostx'
    })
  })

  it('leaves out an empty tag or digest', () => {
    expect(parseRef('ghcr.io/org/app:@')).toEqual({
      registry: 'ghcr.io',
      repository: 'ghcr.io/org/app',
      path: 'org/app'
    })
  })
})

describe('mergeProblem', () => {
  it('accepts images and tags of one repository, however spelled', () => {
    expect(
      mergeProblem(['app:amd64', `docker.io/library/app@${d1}`], ['index.docker.io/library/app:1'])
    ).toBeUndefined()
    expect(
      mergeProblem([`ghcr.io/o/a@${d1}`, `ghcr.io/o/a@${d2}`, 'ghcr.io/o/a:x'], ['ghcr.io/o/a:1'])
    ).toBeUndefined()
  })

  it('needs images, and somewhere to push the index', () => {
    expect(mergeProblem([], ['ghcr.io/o/a:1'])).toBe('no images to merge')
    expect(mergeProblem(['ghcr.io/o/a:amd64'], [])).toBe(
      "nothing to push the index to: give the tags in 'push' (e.g. ghcr.io/o/a:1.0)"
    )
  })

  it('refuses a source or a target in another repository, naming it and why', () => {
    expect(mergeProblem(['ghcr.io/o/a:1', 'ghcr.io/o/b:2'], ['ghcr.io/o/a:3'])).toBe(
      `'ghcr.io/o/b:2' cannot be part of this merge: it names repository ghcr.io/o/b, not ghcr.io/o/a. ${ONE_REPO}`
    )
    expect(mergeProblem(['ghcr.io/o/a:1'], ['ghcr.io/o/a:2', 'quay.io/o/a:2'])).toBe(
      `'quay.io/o/a:2' cannot be part of this merge: it is on registry quay.io, not ghcr.io. ${ONE_REPO}`
    )
  })

  it('refuses an image listed twice, by digest or by tag (no tag is latest)', () => {
    expect(mergeProblem([`ghcr.io/o/a@${d1}`, `ghcr.io/o/a:x@${d1}`], ['ghcr.io/o/a:1'])).toBe(
      `'ghcr.io/o/a:x@${d1}' names an image listed before it in 'manifest'`
    )
    expect(mergeProblem(['ghcr.io/o/a:x', 'ghcr.io/o/a:x'], ['ghcr.io/o/a:1'])).toBe(
      "'ghcr.io/o/a:x' names an image listed before it in 'manifest'"
    )
    expect(mergeProblem(['ghcr.io/o/a', 'ghcr.io/o/a:latest'], ['ghcr.io/o/a:1'])).toBe(
      "'ghcr.io/o/a:latest' names an image listed before it in 'manifest'"
    )
    expect(mergeProblem(['ghcr.io/o/a:x', 'ghcr.io/o/a:y'], ['ghcr.io/o/a:1'])).toBeUndefined()
    // One tag, two digests: two images.
    expect(
      mergeProblem([`ghcr.io/o/a:x@${d1}`, `ghcr.io/o/a:x@${d2}`], ['ghcr.io/o/a:1'])
    ).toBeUndefined()
  })

  it('needs a tag on every target', () => {
    expect(mergeProblem(['ghcr.io/o/a:1'], ['ghcr.io/o/a:2', `ghcr.io/o/a@${d1}`])).toBe(
      `'ghcr.io/o/a@${d1}' names no tag: the index needs one (e.g. ghcr.io/o/a@${d1}:1.0)`
    )
  })
})

describe('credentialHost', () => {
  it('is the one host every reference names', () => {
    expect(credentialHost(['ghcr.io/o/a:1', 'ghcr.io/o/b:2'])).toEqual({ host: 'ghcr.io' })
    expect(credentialHost(['app:1', 'index.docker.io/o/a'])).toEqual({ host: 'docker.io' })
    expect(credentialHost([])).toEqual({ host: '' })
  })

  it('refuses to guess among several hosts', () => {
    expect(credentialHost(['ghcr.io/o/a', 'quay.io/o/a', 'ghcr.io/o/b'])).toEqual({
      problem:
        "the references name 2 registries (ghcr.io, quay.io) and one user and password would be offered to each: name the one they are for in 'registry', and log in to the others before this step (docker/login-action)"
    })
  })

  it('takes the host given, Docker Hub however spelled, when a reference names it', () => {
    expect(credentialHost(['ghcr.io/o/a', 'quay.io/o/a'], 'quay.io')).toEqual({ host: 'quay.io' })
    expect(credentialHost(['app:1', 'ghcr.io/o/a'], 'registry-1.docker.io')).toEqual({
      host: 'docker.io'
    })
  })

  it('refuses a given host that is no host, or that no reference names', () => {
    expect(credentialHost(['ghcr.io/o/a'], 'https://ghcr.io')).toEqual({
      problem:
        "'https://ghcr.io' is not a registry host (ghcr.io, docker.io, registry.example.com:5000)"
    })
    expect(credentialHost(['ghcr.io/o/a', 'quay.io/o/a'], 'docker.io')).toEqual({
      problem: 'the credentials are for docker.io, but no reference names it (ghcr.io, quay.io)'
    })
  })
})

describe('hostOf', () => {
  it.each([
    ['localhost', 'localhost'],
    ['localhost:5', 'localhost:5'],
    ['localhost:65535', 'localhost:65535'],
    ['ghcr.io', 'ghcr.io'],
    ['my-Registry.example9.com', 'my-Registry.example9.com'],
    ['a.b', 'a.b'],
    ['registry.example.com:5', 'registry.example.com:5'],
    ['registry.example.com:65535', 'registry.example.com:65535'],
    ['myhost:5', 'myhost:5'],
    ['my-host9:65535', 'my-host9:65535'],
    ['[::1]', '[::1]'],
    ['[fe80::A:1]:5', '[fe80::A:1]:5'],
    ['[::ffff:127.0.0.1]:65535', '[::ffff:127.0.0.1]:65535'],
    ['127.0.0.1:5000', '127.0.0.1:5000'],
    ['docker.io', 'docker.io'],
    ['index.docker.io', 'docker.io'],
    ['registry-1.docker.io', 'docker.io']
  ])('%s is host %s', (given, host) => {
    expect(hostOf(given)).toBe(host)
  })

  it.each([
    'myhost',
    '',
    'localhost:',
    'localhost:123456',
    'localhost:ab',
    'localhostx',
    'ghcr.io:',
    'ghcr.io:123456',
    'ghcr.',
    '.io',
    'gh_cr.io',
    'ghcr.io/org',
    'https://ghcr.io',
    ' ghcr.io',
    'ghcr.io ',
    'myhost:',
    'myhost:123456',
    'my_host:5000',
    '[::1]:',
    '[::1]:123456',
    '[]',
    '[zz::1]',
    '::1'
  ])('%j is no host', given => {
    expect(hostOf(given)).toBeUndefined()
  })
})

describe('isLoopback', () => {
  it.each([
    'localhost',
    'localhost:5',
    'localhost:65535',
    '[::1]',
    '[::1]:5000',
    '127.0.0.1',
    '127.255.0.1:5000',
    '127.1.22.255'
  ])('%s is this machine', host => {
    expect(isLoopback(host)).toBe(true)
  })

  it.each([
    'localhost:123456',
    'localhost.example.com',
    'xlocalhost',
    '[::2]',
    '[::1]x',
    '127.0.0',
    '127.0.0.1.5',
    '127.0.0.1000',
    '127.0.0.x',
    '127.0..1',
    '1270.0.0.1',
    'x127.0.0.1',
    '10.0.0.1',
    'ghcr.io'
  ])('%s is not this machine', host => {
    expect(isLoopback(host)).toBe(false)
  })
})

describe('insecurePasswordProblem', () => {
  it('lets a password go to a verified host, to this machine, or where the user named it twice', () => {
    expect(insecurePasswordProblem('reg.lan:5000', [], [])).toBeUndefined()
    expect(insecurePasswordProblem('reg.lan:5000', ['other:5000'], [])).toBeUndefined()
    expect(insecurePasswordProblem('localhost:5000', ['localhost:5000'], [])).toBeUndefined()
    expect(
      insecurePasswordProblem('reg.lan:5000', ['reg.lan:5000'], ['reg.lan:5000'])
    ).toBeUndefined()
  })

  it('refuses a password to an unverified host elsewhere, saying how to send it anyway', () => {
    expect(insecurePasswordProblem('reg.lan:5000', ['reg.lan:5000'], ['other:5000'])).toBe(
      "the registry password would go to reg.lan:5000 without TLS verification (it is in 'insecure-registries' and is not this machine): anyone on the network path could read it. Name reg.lan:5000 in 'insecure-registry-password' too to send it anyway, or use TLS"
    )
  })
})
