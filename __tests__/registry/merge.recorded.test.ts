// mergeImages with buildah's and skopeo's command lines recorded (exec.ts mocked) against a small
// registry model in memory: what is asked of the tools, in which order, and every refusal, whole.
// The real tools against a real registry are in merge.registry.test.ts; this runs everywhere and
// fast, so that a changed argument or message fails a test.
import { createHash } from 'node:crypto'
import { readdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { RunOptions, RunResult } from '../../src/process/exec.js'
import { recordedResult } from '../support/recorded-run.js'
import { tempDir } from '../support/temp.js'

const sha = (s: string): string => `sha256:${createHash('sha256').update(s).digest('hex')}`
const LIST = 'localhost/flask-rock-merge'

interface Model {
  /** What the registry serves, by reference. */
  served: Map<string, string>
  /** Platform of each image digest, as buildah reads it from the image's config. */
  platforms: Map<string, { os?: string; architecture?: string; variant?: string }>
  annotationFlag: boolean
  /** What buildah's index holds (digests added), and what it drops. */
  added: string[]
  dropFromIndex?: string
  /** Overrides for what a push writes to its digest file, and what the registry then serves. */
  pushDigest?: (ref: string, index: string) => string
  serveAfterPush?: (ref: string, index: string) => string
  /** buildah's inspect shows no manifests at all; its push writes no digest file. */
  emptyIndex?: boolean
  noDigestFile?: boolean
  /** skopeo's stderr for a reference the registry lacks. */
  missing?: string
}
let model: Model
const calls: string[][] = []
let tempRoot = ''

function answer(command: string, args: string[]): Partial<RunResult> {
  const target = args[args.length - 1]
  if (command === 'buildah' && args.includes('--help')) {
    return {
      stdout: model.annotationFlag ? '  --annotation stringArray   set an annotation\n' : ''
    }
  }
  if (command === 'skopeo') {
    const ref = target.replace(/^docker:\/\//, '')
    const raw = model.served.get(ref)
    if (raw === undefined) {
      return {
        code: 1,
        stderr:
          model.missing ??
          `time="x" level=fatal msg="Error parsing image name \\"docker://${ref}\\": reading manifest in ${ref}: manifest unknown"\n`
      }
    }
    return { stdout: raw }
  }
  const verb = args[args.indexOf('manifest') + 1]
  const index = (): string =>
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: model.added
        .filter(d => d !== model.dropFromIndex)
        .map(digest => ({ digest, platform: model.platforms.get(digest) }))
    })
  if (verb === 'add') model.added.push(target.split('@')[1])
  if (verb === 'inspect') return { stdout: model.emptyIndex ? '{}' : index() }
  if (verb === 'push') {
    const ref = target.replace(/^docker:\/\//, '')
    const raw = index()
    const file = args[args.indexOf('--digestfile') + 1]
    if (!model.noDigestFile)
      writeFileSync(file, `${model.pushDigest ? model.pushDigest(ref, raw) : sha(raw)}\n`)
    model.served.set(ref, model.serveAfterPush ? model.serveAfterPush(ref, raw) : raw)
  }
  return {}
}

/** Each call's label, timeout, environment and streaming, as exec.run got them. */
const options: RunOptions[] = []

function fakeRun(command: string, args: readonly string[], opts: RunOptions): Promise<RunResult> {
  calls.push([command, ...args])
  options.push(opts)
  return Promise.resolve(recordedResult(command, args, answer(command, [...args])))
}

jest.unstable_mockModule('../../src/process/exec.js', () => ({
  run: fakeRun,
  runOk: fakeRun,
  tailLines: (text: string, n = 50) => text.trim().split('\n').slice(-n).join('\n'),
  onPath: () => Promise.resolve(undefined),
  CommandError: class extends Error {}
}))

const { buildahMessage, indexAnnotations, mergeImages } =
  await import('../../src/registry/merge.js')

const image = (arch: string): string =>
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { digest: sha(arch) },
    layers: []
  })
const AMD = image('amd64')
const ARM = image('arm64')

/** What the merge logged (runner-io writes to stdout). */
let logged: string[] = []
beforeEach(() => {
  logged = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    logged.push(String(chunk).replace(/\n$/, ''))
    return true
  })
  options.length = 0
  calls.length = 0
  model = {
    served: new Map([
      ['ghcr.io/o/app:amd64', AMD],
      ['ghcr.io/o/app:arm64', ARM],
      [`ghcr.io/o/app@${sha(ARM)}`, ARM]
    ]),
    platforms: new Map([
      [sha(AMD), { os: 'linux', architecture: 'amd64' }],
      [sha(ARM), { os: 'linux', architecture: 'arm64', variant: 'v8' }]
    ]),
    annotationFlag: true,
    added: []
  }
  tempRoot = tempDir('flask-rock-merge-recorded-')
})

const base = {
  sources: ['ghcr.io/o/app:amd64', `ghcr.io/o/app@${sha(ARM)}`],
  refs: ['ghcr.io/o/app:1.0', 'ghcr.io/o/app:latest'],
  username: '',
  password: '',
  retryDelayMs: 1,
  attempts: 1
}
const ENV = { PATH: process.env.PATH, HOME: '/nonexistent' }
const merge = (opts: Partial<Parameters<typeof mergeImages>[0]> = {}) =>
  mergeImages({ ...base, tempDir: tempRoot, env: ENV, ...opts })

/** The recorded command lines, our private dir written as DIR. */
function recorded(): string[] {
  const root = calls.find(c => c.includes('--root'))
  const dir = root ? path.dirname(root[root.indexOf('--root') + 1]) : '\0'
  return calls.map(c => c.join(' ').split(dir).join('DIR'))
}

describe('mergeImages with recorded buildah and skopeo', () => {
  it('reads each image, builds the index in its own storage and pushes it alone to each tag', async () => {
    const annotations = { 'org.opencontainers.image.revision': 'abc' }
    const result = await merge({ annotations })
    const index = model.served.get('ghcr.io/o/app:1.0') ?? ''
    expect(result).toEqual({
      digest: sha(index),
      images: ['ghcr.io/o/app:1.0', 'ghcr.io/o/app:latest'],
      name: 'ghcr.io/o/app',
      entries: [
        { source: 'ghcr.io/o/app:amd64', digest: sha(AMD), platform: 'linux/amd64' },
        { source: `ghcr.io/o/app@${sha(ARM)}`, digest: sha(ARM), platform: 'linux/arm64/v8' }
      ],
      annotations
    })
    const storage = '--root DIR/storage --runroot DIR/run --storage-driver vfs'
    expect(recorded()).toEqual([
      'buildah manifest create --help',
      'skopeo inspect --raw docker://ghcr.io/o/app:amd64',
      `skopeo inspect --raw docker://ghcr.io/o/app@${sha(ARM)}`,
      `buildah ${storage} manifest create --annotation org.opencontainers.image.revision=abc ${LIST}`,
      `buildah ${storage} manifest add ${LIST} docker://ghcr.io/o/app@${sha(AMD)}`,
      `buildah ${storage} manifest add ${LIST} docker://ghcr.io/o/app@${sha(ARM)}`,
      `buildah ${storage} manifest inspect ${LIST}`,
      `buildah ${storage} manifest push --all=false --format oci --digestfile DIR/index-digest-0 ${LIST} docker://ghcr.io/o/app:1.0`,
      'skopeo inspect --raw docker://ghcr.io/o/app:1.0',
      `buildah ${storage} manifest push --all=false --format oci --digestfile DIR/index-digest-1 ${LIST} docker://ghcr.io/o/app:latest`,
      'skopeo inspect --raw docker://ghcr.io/o/app:latest'
    ])
    expect(options.map(o => `${o.what} ${o.timeoutMs}${o.stream ? ' streamed' : ''}`)).toEqual([
      'ask buildah what it supports 300000',
      'Reading the manifest of ghcr.io/o/app:amd64 300000',
      `Reading the manifest of ghcr.io/o/app@${sha(ARM)} 300000`,
      'Creating the image index 300000',
      'Adding ghcr.io/o/app:amd64 to the index 300000',
      `Adding ghcr.io/o/app@${sha(ARM)} to the index 300000`,
      'Reading the index 300000',
      'Push of the index to ghcr.io/o/app:1.0 300000 streamed',
      'Reading back the index of ghcr.io/o/app:1.0 300000',
      'Push of the index to ghcr.io/o/app:latest 300000 streamed',
      'Reading back the index of ghcr.io/o/app:latest 300000'
    ])
    expect(options.every(o => o.env === ENV)).toBe(true)
    expect(logged).toEqual([
      'No registry credentials given: using any from docker login or podman login',
      `linux/amd64: ghcr.io/o/app:amd64 (${sha(AMD)})`,
      `linux/arm64/v8: ghcr.io/o/app@${sha(ARM)}`,
      `Pushed the index of 2 images to ghcr.io/o/app:1.0@${sha(index)}`,
      `Pushed the index of 2 images to ghcr.io/o/app:latest@${sha(index)}`
    ])
    // Our private dir was under tempDir, and is gone.
    expect(calls[3][calls[3].indexOf('--root') + 1]).toMatch(
      new RegExp(`^${tempRoot}/[^/]+/storage$`)
    )
    expect(readdirSync(tempRoot)).toEqual([])
  })

  it('says so when buildah cannot annotate, and only when annotations were asked for', async () => {
    model.annotationFlag = false
    await merge({ refs: ['ghcr.io/o/app:1.0'], annotations: { a: 'b' } })
    expect(logged.filter(l => l.includes('annotate'))).toEqual([
      'This buildah cannot annotate an image index (buildah 1.35 or later can): the index carries no org.opencontainers.image annotations'
    ])
    logged = []
    model.added = []
    await merge({ refs: ['ghcr.io/o/app:1.0'] })
    expect(logged.filter(l => l.includes('annotate'))).toEqual([])
    logged = []
    model.added = []
    model.annotationFlag = true
    await merge({ refs: ['ghcr.io/o/app:1.0'], annotations: { a: 'b' } })
    expect(logged.filter(l => l.includes('annotate'))).toEqual([])
  })

  it('takes its timeout from the options', async () => {
    await merge({ refs: ['ghcr.io/o/app:1.0'], timeoutMs: 1234 })
    expect([...new Set(options.map(o => o.timeoutMs))]).toEqual([1234])
  })

  it('says which images are missing however the registry words it, and passes other failures on', async () => {
    model.missing =
      'time="x" level=fatal msg="reading manifest: name unknown: repository name not known"'
    await expect(merge({ sources: ['ghcr.io/o/app:gone'] })).rejects.toThrow(
      /^Cannot merge: ghcr.io\/o\/app:gone does not exist in the registry \(.*name unknown: repository name not known\)$/
    )
    model.missing = 'time="x" level=fatal msg="Not Found"'
    await expect(merge({ sources: ['ghcr.io/o/app:gone'] })).rejects.toThrow(
      /^Cannot merge: ghcr.io\/o\/app:gone does not exist in the registry/
    )
    model.missing = 'time="x" level=fatal msg="something else broke"'
    await expect(merge({ sources: ['ghcr.io/o/app:gone'] })).rejects.toThrow(/something else broke/)
    await expect(merge({ sources: ['ghcr.io/o/app:gone'] })).rejects.not.toThrow(/does not exist/)
  })

  it('sets no annotations where buildah cannot, and passes credentials and TLS to every call', async () => {
    model.annotationFlag = false
    const result = await merge({
      annotations: { a: 'b' },
      username: 'u',
      password: 'p',
      refs: ['ghcr.io/o/app:1.0'],
      insecureRegistries: ['ghcr.io'],
      insecurePassword: ['ghcr.io']
    })
    expect(result.annotations).toEqual({})
    const auth = '--authfile DIR/auth.json --tls-verify=false'
    const storage = '--root DIR/storage --runroot DIR/run --storage-driver vfs'
    expect(recorded()).toEqual([
      'buildah manifest create --help',
      `skopeo inspect --raw ${auth} docker://ghcr.io/o/app:amd64`,
      `skopeo inspect --raw ${auth} docker://ghcr.io/o/app@${sha(ARM)}`,
      `buildah ${storage} manifest create ${LIST}`,
      `buildah ${storage} manifest add ${auth} ${LIST} docker://ghcr.io/o/app@${sha(AMD)}`,
      `buildah ${storage} manifest add ${auth} ${LIST} docker://ghcr.io/o/app@${sha(ARM)}`,
      `buildah ${storage} manifest inspect ${LIST}`,
      `buildah ${storage} manifest push --all=false --format oci --digestfile DIR/index-digest-0 ${auth} ${LIST} docker://ghcr.io/o/app:1.0`,
      `skopeo inspect --raw ${auth} docker://ghcr.io/o/app:1.0`
    ])
  })

  it.each([
    [
      'a fork run opted in (push-from-forks) without credentials',
      { username: '', password: '', pushFromForks: true },
      'this is a pull request from a fork and no registry credentials were given (GitHub withholds secrets from forks)'
    ],
    [
      'a fork run with credentials (a read-only GITHUB_TOKEN), not opted in',
      { username: 'octo', password: 'ghs_read_only' },
      'this is a pull request from a fork, which does not push (set push-from-forks: true to push anyway)'
    ]
  ])('skips, asking nothing: %s', async (_what, opts, why) => {
    expect(await merge({ event: { isFork: true }, ...opts })).toEqual({
      digest: '',
      images: [],
      skipped: why,
      name: 'ghcr.io/o/app',
      entries: [],
      annotations: {}
    })
    expect(calls).toEqual([])
    expect(logged).toEqual([`::notice::Not merging the images: ${why}`])
  })

  it.each([
    [{ sources: [] }, 'Cannot merge: no images to merge'],
    [
      { registry: 'quay.io' },
      'Cannot merge: the credentials are for quay.io, but no reference names it (ghcr.io)'
    ]
  ])('refuses before asking any tool: %j', async (opts, message) => {
    await expect(merge(opts)).rejects.toThrow(message)
    expect(calls).toEqual([])
  })

  it('says plainly that a source is not in the registry, and pushes nothing', async () => {
    await expect(merge({ sources: ['ghcr.io/o/app:amd64', 'ghcr.io/o/app:gone'] })).rejects.toThrow(
      'Cannot merge: ghcr.io/o/app:gone does not exist in the registry (Error parsing image name "docker://ghcr.io/o/app:gone": reading manifest in ghcr.io/o/app:gone: manifest unknown)'
    )
    expect(recorded().filter(c => c.includes('push'))).toEqual([])
  })

  it('refuses an OCI index given as a source, by its media type alone', async () => {
    model.served.set(
      'ghcr.io/o/app:oci',
      JSON.stringify({ mediaType: 'application/vnd.oci.image.index.v1+json' })
    )
    await expect(merge({ sources: ['ghcr.io/o/app:oci'] })).rejects.toThrow(
      'Cannot merge: ghcr.io/o/app:oci is an image index itself (0 images)'
    )
  })

  it('refuses a push that left no digest file', async () => {
    model.noDigestFile = true
    await expect(merge()).rejects.toThrow(
      /^Pushed the index to ghcr.io\/o\/app:1.0 as \(no digest\) but the registry serves sha256:/
    )
  })

  it('refuses a source that is an index itself, or not JSON, or one image named twice', async () => {
    model.served.set('ghcr.io/o/app:multi', JSON.stringify({ manifests: [{}, {}] }))
    await expect(merge({ sources: ['ghcr.io/o/app:multi'] })).rejects.toThrow(
      "Cannot merge: ghcr.io/o/app:multi is an image index itself (2 images), not a single-platform image. Give each platform's image (the per-architecture jobs' 'images' output, repository@sha256:...)"
    )
    model.served.set(
      'ghcr.io/o/app:list',
      JSON.stringify({ mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json' })
    )
    await expect(merge({ sources: ['ghcr.io/o/app:list'] })).rejects.toThrow(
      'Cannot merge: ghcr.io/o/app:list is an image index itself (0 images)'
    )
    model.served.set('ghcr.io/o/app:html', '<html>')
    await expect(merge({ sources: ['ghcr.io/o/app:html'] })).rejects.toThrow(
      'The registry served no JSON manifest for ghcr.io/o/app:html'
    )
    await expect(
      merge({ sources: ['ghcr.io/o/app:arm64', `ghcr.io/o/app@${sha(ARM)}`] })
    ).rejects.toThrow(
      `Cannot merge: ghcr.io/o/app:arm64 and ghcr.io/o/app@${sha(ARM)} are one image (${sha(ARM)})`
    )
    expect(
      recorded().filter(c => c.includes('manifest create LIST') || c.includes('push'))
    ).toEqual([])
  })

  it('refuses two images of one platform, and an image without os and architecture', async () => {
    const other = image('amd64-again')
    model.served.set('ghcr.io/o/app:amd64b', other)
    model.platforms.set(sha(other), { os: 'linux', architecture: 'amd64' })
    await expect(
      merge({ sources: ['ghcr.io/o/app:amd64', 'ghcr.io/o/app:amd64b'] })
    ).rejects.toThrow(
      'Cannot merge: ghcr.io/o/app:amd64 and ghcr.io/o/app:amd64b are both linux/amd64; an index holds one image per platform'
    )
    model.added = []
    model.platforms.set(sha(other), { architecture: 'amd64' })
    await expect(merge({ sources: ['ghcr.io/o/app:amd64b'] })).rejects.toThrow(
      'Cannot merge: ghcr.io/o/app:amd64b names no os and architecture in its config'
    )
    model.added = []
    model.platforms.set(sha(other), { os: 'linux' })
    await expect(merge({ sources: ['ghcr.io/o/app:amd64b'] })).rejects.toThrow(
      'Cannot merge: ghcr.io/o/app:amd64b names no os and architecture in its config'
    )
    model.added = []
    model.emptyIndex = true
    await expect(merge({ sources: ['ghcr.io/o/app:amd64'] })).rejects.toThrow(
      `buildah left ghcr.io/o/app:amd64 (${sha(AMD)}) out of the index`
    )
    model.emptyIndex = false
    model.added = []
    model.dropFromIndex = sha(AMD)
    await expect(merge({ sources: ['ghcr.io/o/app:amd64'] })).rejects.toThrow(
      `buildah left ghcr.io/o/app:amd64 (${sha(AMD)}) out of the index`
    )
    expect(recorded().filter(c => c.includes(' push '))).toEqual([])
  })

  it('refuses an index the registry serves other than pushed', async () => {
    model.serveAfterPush = (ref, raw) => (ref.endsWith(':latest') ? raw.replace('{', '{ ') : raw)
    const pushed = merge()
    await expect(pushed).rejects.toThrow(
      /^Pushed the index to ghcr.io\/o\/app:latest as sha256:[0-9a-f]{64} but the registry serves sha256:[0-9a-f]{64}: the tag may have been moved meanwhile$/
    )
  })

  it('refuses an index pushed with no digest, one served as another type, or differing between tags', async () => {
    model.pushDigest = () => ''
    await expect(merge()).rejects.toThrow(
      /^Pushed the index to ghcr.io\/o\/app:1.0 as \(no digest\) but the registry serves sha256:/
    )
    model = { ...model, added: [], pushDigest: undefined }
    const docker = (raw: string): string =>
      raw.replace(
        'application/vnd.oci.image.index.v1+json',
        'application/vnd.docker.distribution.manifest.list.v2+json'
      )
    model.serveAfterPush = (_ref, raw) => docker(raw)
    model.pushDigest = (_ref, raw) => sha(docker(raw))
    await expect(merge()).rejects.toThrow(
      'The registry serves ghcr.io/o/app:1.0 as application/vnd.docker.distribution.manifest.list.v2+json, not as an OCI image index'
    )
    model = { ...model, added: [], pushDigest: undefined }
    const second = (ref: string, raw: string): string =>
      ref.endsWith(':latest') ? raw.replace('{', '{ ') : raw
    model.serveAfterPush = second
    model.pushDigest = (ref, raw) => sha(second(ref, raw))
    await expect(merge()).rejects.toThrow(
      /^The index pushed to ghcr.io\/o\/app:latest is sha256:[0-9a-f]{64}, not sha256:[0-9a-f]{64} as before$/
    )
  })
})

describe("buildah's message and the index annotations, the corners", () => {
  it('takes an Error: on the first line, its continuation lines trimmed', () => {
    expect(buildahMessage('Error: pushing failed:\n   manifest invalid  \n\n')).toBe(
      'pushing failed: manifest invalid'
    )
  })

  it('sets no revision or source a run does not know, not even as undefined', () => {
    expect(
      indexAnnotations({ GITHUB_SERVER_URL: 'https://github.com' }, new Date(0))
    ).toStrictEqual({
      'org.opencontainers.image.created': '1970-01-01T00:00:00.000Z'
    })
  })
})
