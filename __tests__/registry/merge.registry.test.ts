// mergeImages against a real registry on loopback (docker-registry, htpasswd, TLS), with real
// buildah and skopeo behind recording wrappers: an amd64 rock and an arm64 OCI image made here
// (it need not run here), pushed by digest with publishRock, then merged into one index.
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
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import {
  indexAnnotations,
  mergeImages,
  publishRock,
  PublishError
} from '../../src/registry/index.js'
import { buildRock, startRegistry, type Registry, type SkopeoRecorder } from './registry.js'
import { startCase } from './suite.js'
import { skipReason } from '../support/real-parts.js'

const USER = 'indexer'
const PASSWORD = 'pw-merge-Hq3!unlikely-elsewhere'
const PASSWORD_B64 = Buffer.from(`${USER}:${PASSWORD}`).toString('base64')
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

const skip = await skipReason('the real-registry merge tests', {
  tools: ['/usr/bin/docker-registry', 'htpasswd', 'openssl', 'skopeo', 'umoci', 'buildah']
})
const describe = skip ? (describeJest.skip as typeof describeJest) : describeJest

let root: string
let registry: Registry
let repo: string
// Single-platform images in `repo`, pushed by digest: repo@sha256:...
const pushed: Record<'amd64' | 'arm64' | 'amd64b', { ref: string; digest: string }> = {
  amd64: { ref: '', digest: '' },
  arm64: { ref: '', digest: '' },
  amd64b: { ref: '', digest: '' }
}

let work: string
let tools: SkopeoRecorder
let tempDir: string
let log: string
const savedState = process.env.GITHUB_STATE

function toolEnv(dir: string, binDir?: string): NodeJS.ProcessEnv {
  return {
    PATH: binDir ? `${binDir}:${process.env.PATH}` : process.env.PATH,
    HOME: path.join(dir, 'home'),
    XDG_RUNTIME_DIR: path.join(dir, 'run'),
    SSL_CERT_FILE: registry.caFile,
    'INPUT_REGISTRY-PASSWORD': PASSWORD
  }
}

beforeAll(async () => {
  if (skip) return
  root = await mkdtemp(path.join(os.tmpdir(), 'merge-test-'))
  registry = await startRegistry(path.join(root, 'registry'), USER, PASSWORD)
  repo = `${registry.host}/merge/app`
  process.env.GITHUB_STATE = path.join(root, 'state')
  await writeFile(process.env.GITHUB_STATE, '')
  // The pushes' progress lines are no test output.
  const quiet = [process.stdout, process.stderr].map(s =>
    jest.spyOn(s, 'write').mockImplementation(() => true)
  )
  const arches = { amd64: 'amd64', arm64: 'arm64', amd64b: 'amd64' } as const
  for (const [key, arch] of Object.entries(arches) as [keyof typeof pushed, string][]) {
    // amd64b: another amd64 image (other content, other digest), for the duplicate platform.
    const rock = await buildRock(path.join(root, key), arch)
    const result = await publishRock({
      rock,
      refs: [repo],
      username: USER,
      password: PASSWORD,
      tempDir: root,
      env: toolEnv(root)
    })
    pushed[key] = { ref: result.images[0], digest: result.digest }
  }
  for (const spy of quiet) spy.mockRestore()
  process.env.GITHUB_STATE = savedState
}, 120_000)

afterAll(async () => {
  if (skip) return
  await registry?.stop()
  await rm(root, { recursive: true, force: true })
})

beforeEach(async () => {
  if (skip) return
  log = ''
  ;({
    work,
    recorder: tools,
    tempDir
  } = await startCase(root, text => (log += text), ['skopeo', 'buildah']))
})

afterEach(() => {
  jest.restoreAllMocks()
  process.env.GITHUB_STATE = savedState
})

const merge = (sources: string[], refs: string[], password = PASSWORD) =>
  mergeImages({
    sources,
    refs,
    username: USER,
    password,
    annotations: indexAnnotations(
      {
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'org/app',
        GITHUB_SHA: 'f'.repeat(40)
      },
      new Date('2026-11-25T12:00:00Z')
    ),
    tempDir,
    env: toolEnv(work, tools.binDir),
    retryDelayMs: 10
  })

/** Nothing was pushed: no buildah push ran, the repository's tags are what they were. */
async function expectNothingPushed(tagsBefore: string[]): Promise<void> {
  const calls = await tools.calls()
  expect(calls.filter(c => c.tool === 'buildah' && c.argv.includes('push'))).toEqual([])
  expect(await registry.tags('merge/app')).toEqual(tagsBefore)
  expect(await readdir(tempDir)).toEqual([])
}

describe('mergeImages into a real registry', () => {
  it('pushes one OCI index of an amd64 and an arm64 image to every tag, digest as served', async () => {
    // An arm64 image named by a tag, the amd64 one by digest: both are pinned by digest.
    const arm = await publishRock({
      rock: await buildRock(path.join(work, 'arm-again'), 'arm64'),
      refs: [`${repo}:arm64-build`],
      username: USER,
      password: PASSWORD,
      tempDir,
      env: toolEnv(work)
    })
    const tags = [`${repo}:1.2.3`, `${repo}:1.2`, `${repo}:latest`]
    const result = await merge([pushed.amd64.ref, `${repo}:arm64-build`], tags)

    expect(result.images).toEqual(tags)
    expect(result.name).toBe(repo)
    expect(result.digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    expect(result.entries).toEqual([
      { source: pushed.amd64.ref, digest: pushed.amd64.digest, platform: 'linux/amd64' },
      { source: `${repo}:arm64-build`, digest: arm.digest, platform: 'linux/arm64' }
    ])
    for (const tag of ['1.2.3', '1.2', 'latest']) {
      const served = await registry.manifest('merge/app', tag)
      expect(served.status).toBe(200)
      expect(served.digest).toBe(result.digest) // Docker-Content-Digest
      expect(served.mediaType).toBe(OCI_INDEX)
      const index = JSON.parse(served.body) as {
        mediaType: string
        manifests: { mediaType: string; digest: string; platform: unknown }[]
        annotations?: Record<string, string>
      }
      expect(index.mediaType).toBe(OCI_INDEX)
      expect(index.manifests.map(m => [m.mediaType, m.digest, m.platform])).toEqual([
        [OCI_MANIFEST, pushed.amd64.digest, { architecture: 'amd64', os: 'linux' }],
        [OCI_MANIFEST, arm.digest, { architecture: 'arm64', os: 'linux' }]
      ])
      // What the result says the index carries is what the registry serves.
      expect(index.annotations ?? {}).toEqual(result.annotations)
    }
    expect(await registry.tags('merge/app')).toEqual(['1.2', '1.2.3', 'arm64-build', 'latest'])
    if (Object.keys(result.annotations).length === 0) {
      expect(log).toContain('This buildah cannot annotate an image index (buildah 1.35 or later')
    } else {
      expect(result.annotations).toEqual({
        'org.opencontainers.image.source': 'https://github.com/org/app',
        'org.opencontainers.image.revision': 'f'.repeat(40),
        'org.opencontainers.image.created': '2026-11-25T12:00:00.000Z'
      })
    }

    // Only the index was pushed (--all=false), and buildah read images by digest only.
    const calls = await tools.calls()
    const pushes = calls.filter(c => c.tool === 'buildah' && c.argv.includes('push'))
    expect(pushes.map(c => c.argv.slice(c.argv.indexOf('push')))).toEqual(
      tags.map(tag => [
        'push',
        '--all=false',
        '--format',
        'oci',
        '--digestfile',
        expect.any(String),
        '--authfile',
        expect.any(String),
        'localhost/flask-rock-merge',
        `docker://${tag}`
      ])
    )
    const adds = calls.filter(c => c.tool === 'buildah' && c.argv.includes('add'))
    expect(adds.map(c => c.argv[c.argv.length - 1])).toEqual([
      `docker://${repo}@${pushed.amd64.digest}`,
      `docker://${repo}@${arm.digest}`
    ])
    // Credentials only in a private auth file, which is gone; the buildah storage too.
    for (const c of calls.filter(c => c.argv.includes('--authfile'))) {
      expect(c.authModes).toEqual(['600 700'])
      expect(existsSync(c.argv[c.argv.indexOf('--authfile') + 1])).toBe(false)
    }
    const raw = await tools.raw()
    expect(raw).toContain(`env SSL_CERT_FILE=${registry.caFile}`)
    for (const secret of [PASSWORD, PASSWORD_B64]) {
      expect(raw).not.toContain(secret)
      expect(log).not.toContain(secret)
    }
    expect(await readdir(tempDir)).toEqual([])
    expect(log).toContain(`Pushed the index of 2 images to ${repo}:latest@${result.digest}`)
  })

  it('refuses two images of one platform before pushing anything', async () => {
    const before = await registry.tags('merge/app')
    const attempt = merge([pushed.amd64.ref, pushed.amd64b.ref], [`${repo}:dup`])
    await expect(attempt).rejects.toThrow(
      new PublishError(
        `Cannot merge: ${pushed.amd64.ref} and ${pushed.amd64b.ref} are both linux/amd64; an index holds one image per platform`
      )
    )
    await expectNothingPushed(before)
  })

  it('refuses a reference the registry does not have before pushing anything', async () => {
    const before = await registry.tags('merge/app')
    const missing = `${repo}@sha256:${'0'.repeat(64)}`
    const attempt = merge([pushed.amd64.ref, missing], [`${repo}:missing`])
    await expect(attempt).rejects.toThrow(PublishError)
    await expect(attempt).rejects.toThrow(
      new RegExp(
        `^Cannot merge: ${missing.replace(/[.]/g, '\\.')} does not exist in the registry \\(.*manifest unknown`
      )
    )
    await expectNothingPushed(before)
  })

  it('refuses a wrong password before pushing anything, without retrying', async () => {
    const before = await registry.tags('merge/app')
    const attempt = merge([pushed.amd64.ref, pushed.arm64.ref], [`${repo}:denied`], 'wrong')
    await expect(attempt).rejects.toThrow(
      new RegExp(
        `^Reading the manifest of ${pushed.amd64.ref.replace(/[.]/g, '\\.')} was refused by the registry: check registry-username and registry-password.*authentication required`
      )
    )
    // Each image read once, side by side: a refusal is not retried.
    expect((await tools.calls()).filter(c => c.tool === 'skopeo')).toHaveLength(2)
    await expectNothingPushed(before)
  })

  it('refuses a reference that is itself an index before pushing anything', async () => {
    await merge([pushed.amd64.ref, pushed.arm64.ref], [`${repo}:an-index`])
    await tools.clear() // count only the second merge's calls
    const before = await registry.tags('merge/app')
    const attempt = merge([`${repo}:an-index`, pushed.amd64b.ref], [`${repo}:nested`])
    await expect(attempt).rejects.toThrow(
      new PublishError(
        `Cannot merge: ${repo}:an-index is an image index itself (2 images), not a single-platform image. Give each platform's image (the per-architecture jobs' 'images' output, repository@sha256:...)`
      )
    )
    await expectNothingPushed(before)
  })

  it('refuses mixed registries without running anything', async () => {
    const attempt = merge(
      [pushed.amd64.ref, `quay.io/merge/app@${pushed.arm64.digest}`],
      [`${repo}:mixed`]
    )
    await expect(attempt).rejects.toThrow(
      /^Cannot merge: 'quay\.io\/merge\/app@sha256:[a-f0-9]{64}' cannot be part of this merge: it is on registry quay\.io, not 127\.0\.0\.1:\d+\./
    )
    expect(await tools.raw()).toBe('')
    expect(await readdir(tempDir)).toEqual([])
    expect(await readFile(process.env.GITHUB_STATE!, 'utf8')).toBe('')
  })
})

describe('mergeImages on a registry over plain HTTP', () => {
  it('reads and pushes with TLS verification off for skopeo and buildah alike, saying so', async () => {
    const plain = await startRegistry(path.join(work, 'plain'), USER, PASSWORD, {
      plainHttp: true
    })
    try {
      const plainRepo = `${plain.host}/merge/app`
      const insecure = { insecureRegistries: [plain.host] }
      const sources: string[] = []
      for (const arch of ['amd64', 'arm64']) {
        const result = await publishRock({
          rock: await buildRock(path.join(work, `plain-${arch}`), arch),
          refs: [plainRepo],
          username: USER,
          password: PASSWORD,
          tempDir,
          env: toolEnv(work),
          ...insecure
        })
        sources.push(result.images[0])
      }
      await tools.clear()
      log = ''
      const merged = await mergeImages({
        sources,
        refs: [`${plainRepo}:1.0`],
        username: USER,
        password: PASSWORD,
        tempDir,
        env: toolEnv(work, tools.binDir),
        ...insecure
      })
      expect(merged.entries.map(e => e.platform)).toEqual(['linux/amd64', 'linux/arm64'])
      expect((await plain.manifest('merge/app', '1.0')).digest).toBe(merged.digest)
      expect(log).toContain(
        `::warning::TLS verification is off for ${plain.host} (insecure-registries): what is pushed and the registry password can be read and changed on the network path\n`
      )
      // Every call that talks to the registry says so; the local ones (create, inspect) need not.
      const remote = (await tools.calls()).filter(c => c.argv.some(a => a.startsWith('docker://')))
      expect(remote.map(c => `${c.tool} ${c.argv.includes('--tls-verify=false')}`)).toEqual([
        'skopeo true',
        'skopeo true',
        'buildah true',
        'buildah true',
        'buildah true',
        'skopeo true'
      ])
    } finally {
      await plain.stop()
    }
  }, 120_000)
})
