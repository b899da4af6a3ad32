// What publishRock refuses or skips before it runs anything (no skopeo, no registry needed), and
// the post step's removal of a leftover auth file. The pushes themselves are in the registry suite.
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { authFileContent, registryHost } from '../../src/registry/auth-file.js'
import { isForkPullRequest } from '../../src/registry/credentials.js'
import {
  cleanupPublish,
  publishRock,
  PublishError,
  type PublishOptions
} from '../../src/registry/index.js'

const root = await mkdtemp(path.join(os.tmpdir(), 'publish-refusals-'))
afterAll(() => rm(root, { recursive: true, force: true }))

let work: string
let rock: string
let log: string
beforeEach(async () => {
  work = await mkdtemp(path.join(root, 'case-'))
  rock = path.join(work, 'app_1.0_amd64.rock')
  await writeFile(rock, 'an OCI archive')
  log = ''
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    log += String(chunk)
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
})

/** publishRock with a PATH that holds no skopeo: anything past the checks fails differently. */
function publish(opts: Partial<PublishOptions>): ReturnType<typeof publishRock> {
  return publishRock({
    rock,
    refs: ['ghcr.io/org/app:1.0'],
    username: 'octo',
    password: 'pw',
    tempDir: work,
    env: { PATH: path.join(work, 'no-bin') },
    ...opts
  })
}

/** The PublishError publishRock refuses with, and that it left nothing behind. */
async function refusal(opts: Partial<PublishOptions>): Promise<string> {
  const err = await publish(opts).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(PublishError)
  expect((err as Error).name).toBe('PublishError')
  expect((await readdir(work)).sort()).toEqual(['app_1.0_amd64.rock'])
  return (err as Error).message
}

describe('publishRock skips', () => {
  it('with no references, silently', async () => {
    expect(await publish({ refs: [] })).toEqual({
      digest: '',
      images: [],
      skipped: 'no image references to push'
    })
    expect(log).toBe('')
  })

  it.each([
    ['no credentials', '', ''],
    ['only a username (the password secret withheld)', 'octo', ''],
    ['only a password', '', 'pw']
  ])(
    "a fork's pull request opted in with push-from-forks but with %s, with a notice",
    async (_what, username, password) => {
      const why =
        'this is a pull request from a fork and no registry credentials were given (GitHub withholds secrets from forks)'
      expect(
        await publish({ username, password, event: { isFork: true }, pushFromForks: true })
      ).toEqual({
        digest: '',
        images: [],
        skipped: why
      })
      expect(log).toBe(`::notice::Not publishing the rock: ${why}\n`)
    }
  )

  it.each([
    ['credentials (a read-only GITHUB_TOKEN)', 'octo', 'ghs_token'],
    ['no credentials', '', '']
  ])("a fork's pull request with %s, unless push-from-forks, with a notice", async (_w, u, p) => {
    const why =
      'this is a pull request from a fork, which does not push (set push-from-forks: true to push anyway)'
    expect(await publish({ username: u, password: p, event: { isFork: true } })).toEqual({
      digest: '',
      images: [],
      skipped: why
    })
    expect(log).toBe(`::notice::Not publishing the rock: ${why}\n`)
  })
})

describe('publishRock refuses before running anything', () => {
  it('a digest reference, naming it', async () => {
    const ref = `ghcr.io/org/app@sha256:${'a'.repeat(64)}`
    expect(await refusal({ refs: ['ghcr.io/org/app:1.0', ref] })).toBe(
      `Cannot push to '${ref}': a push reference names a tag, not a digest`
    )
  })

  it.each([
    ['octo', ''],
    ['', 'pw']
  ])('a username %j without a password %j, or the reverse, outside a fork', async (u, p) => {
    for (const event of [undefined, { isFork: false }]) {
      expect(await refusal({ username: u, password: p, event })).toBe(
        "Inputs 'registry-username' and 'registry-password' go together: give both or neither"
      )
    }
  })

  it("a username holding ':'", async () => {
    expect(await refusal({ username: 'oc:to' })).toBe(
      "Input 'registry-username' cannot contain ':'"
    )
  })

  it('one user and password for references on several registries, unless registry names theirs', async () => {
    expect(await refusal({ refs: ['ghcr.io/org/app:1', 'quay.io/org/app:1'] })).toBe(
      "Cannot publish: the references name 2 registries (ghcr.io, quay.io) and one user and password would be offered to each: name the one they are for in 'registry', and log in to the others before this step (docker/login-action)"
    )
    expect(await refusal({ refs: ['ghcr.io/org/app:1'], registry: 'quay.io' })).toBe(
      'Cannot publish: the credentials are for quay.io, but no reference names it (ghcr.io)'
    )
  })

  it('the password to a registry without TLS verification that is not this machine, unless named twice', async () => {
    const refs = ['10.0.0.5:5000/app:1']
    expect(await refusal({ refs, insecureRegistries: ['10.0.0.5:5000'] })).toBe(
      "Cannot push: the registry password would go to 10.0.0.5:5000 without TLS verification (it is in 'insecure-registries' and is not this machine): anyone on the network path could read it. Name 10.0.0.5:5000 in 'insecure-registry-password' too to send it anyway, or use TLS"
    )
    // Named twice, or on loopback: past this check (to skopeo, which is not on PATH here).
    for (const over of [
      { refs, insecureRegistries: ['10.0.0.5:5000'], insecurePassword: ['10.0.0.5:5000'] },
      { refs: ['localhost:5000/app:1'], insecureRegistries: ['localhost:5000'] },
      { refs: ['127.0.0.1:5000/app:1'], insecureRegistries: ['127.0.0.1:5000'] },
      { refs: ['[::1]:5000/app:1'], insecureRegistries: ['[::1]:5000'] }
    ]) {
      await expect(publish(over)).rejects.toThrow(/cannot run skopeo: skopeo is not installed/)
    }
  })

  it("a rock path holding ':'", async () => {
    const colon = path.join(work, 'app_1:0.rock')
    expect(await refusal({ rock: colon })).toBe(
      `Cannot publish '${colon}': skopeo cannot read a path holding ':'`
    )
  })

  it('a rock that is missing or a directory, with or without credentials', async () => {
    const missing = path.join(work, 'absent.rock')
    expect(await refusal({ rock: missing })).toBe(
      `Cannot publish: the rock '${missing}' does not exist or is not a file`
    )
    expect(await refusal({ rock: missing, username: '', password: '' })).toBe(
      `Cannot publish: the rock '${missing}' does not exist or is not a file`
    )
    const dir = path.join(work, 'dir.rock')
    await mkdir(dir)
    const err = await publish({ rock: dir }).catch((e: Error) => e)
    expect((err as Error).message).toBe(
      `Cannot publish: the rock '${dir}' does not exist or is not a file`
    )
  })
})

describe('publishRock past the checks', () => {
  const savedState = process.env.GITHUB_STATE
  afterEach(() => {
    process.env.GITHUB_STATE = savedState
  })

  it.each([
    ['with credentials: the auth file is recorded for the post step, then removed', 'octo', 'pw'],
    ['without credentials: skopeo is left to the ambient ones', '', '']
  ])('%s; a missing skopeo is one clear error', async (_what, username, password) => {
    const stateFile = path.join(root, `state-${path.basename(work)}`)
    await writeFile(stateFile, '')
    process.env.GITHUB_STATE = stateFile
    const err = await publish({ username, password }).catch((e: Error) => e)
    expect((err as Error).message).toBe(
      'Push to ghcr.io/org/app:1.0: cannot run skopeo: skopeo is not installed or not on PATH'
    )
    const state = (await readFile(stateFile, 'utf8')).match(/"authFile":"([^"]+)"/)?.[1]
    if (username) {
      expect(path.dirname(path.dirname(state!))).toBe(work)
      expect(path.basename(state!)).toBe('auth.json')
      expect(path.basename(path.dirname(state!))).toMatch(/^flask-rock-publish-/)
      expect(log).toBe('Pushing app_1.0_amd64.rock to ghcr.io/org/app:1.0\n')
    } else {
      expect(state).toBeUndefined()
      expect(log).toBe(
        'No registry credentials given: using any from docker login or podman login\n' +
          'Pushing app_1.0_amd64.rock to ghcr.io/org/app:1.0\n'
      )
    }
    expect((await readdir(work)).sort()).toEqual(['app_1.0_amd64.rock'])
  })
})

describe('cleanupPublish (post step)', () => {
  it('removes a leftover auth file with our private dir around it', async () => {
    const dir = await mkdtemp(path.join(work, 'flask-rock-publish-'))
    await writeFile(path.join(dir, 'auth.json'), '{"auths":{}}', { mode: 0o600 })
    await cleanupPublish({ authFile: path.join(dir, 'auth.json') })
    expect(existsSync(dir)).toBe(false)
    expect(existsSync(rock)).toBe(true)
  })

  it('removes only the file in a directory that is not ours, and nothing without a state', async () => {
    const authFile = path.join(work, 'auth.json')
    await writeFile(authFile, '{}')
    await cleanupPublish({})
    expect(existsSync(authFile)).toBe(true)
    await cleanupPublish({ authFile })
    expect((await readdir(work)).sort()).toEqual(['app_1.0_amd64.rock'])
    expect(log).toBe('')
  })
})

describe('what publishRock hands skopeo, read without a registry', () => {
  it('the auth file: one entry for its one host, base64 of user:password, a final newline', () => {
    const auth = Buffer.from('octo:p:w', 'utf8').toString('base64')
    expect(authFileContent('127.0.0.1:5000', 'octo', 'p:w')).toBe(
      `{"auths":{"127.0.0.1:5000":{"auth":"${auth}"}}}\n`
    )
  })

  it('a reference without a slash is on Docker Hub, whatever its tag', () => {
    expect(['app:1.0', 'app', 'app:v1.2-rc.3'].map(registryHost)).toEqual([
      'docker.io',
      'docker.io',
      'docker.io'
    ])
  })

  it('an event payload without the pull request parts reads as a fork (secrets withheld)', () => {
    for (const payload of [
      undefined,
      {},
      { pull_request: {} },
      { pull_request: { head: { repo: { full_name: 'org/app' } } } },
      { pull_request: { head: { repo: { full_name: 'org/app' } }, base: {} } },
      { pull_request: { head: {}, base: { repo: { full_name: 'org/app' } } } }
    ]) {
      expect(isForkPullRequest('pull_request_review_comment', payload)).toBe(true)
    }
  })
})
