// Merge: single-platform images already in a registry (the per-architecture jobs' pushes by
// digest) become one OCI image index, pushed to every tag asked for. buildah builds and pushes
// the index in a storage of its own inside our private dir; it reads each image's manifest and
// config, never a layer, and pushes the index alone (--all=false): the images are there already.
//
// Why buildah, not podman (both on GitHub's Ubuntu runners and in Debian): the same library and
// flags underneath, but podman's `manifest push` pushes the images too unless told otherwise, and
// rootless podman leaves a pause process behind; buildah runs rootless with nothing left over.
// Neither annotates the index itself before buildah 1.35 / podman 5 (`manifest create --annotation`):
// those annotations are set only where this buildah offers it.
//
// Everything that can be judged is judged before the first push: the references (one
// repository, tags to push to), the credentials, that each image exists and is a single image
// (not an index itself), and that no two share a platform. Only then is anything pushed.
import { readFile, rm } from 'node:fs/promises'
import * as path from 'node:path'
import * as core from '../action/runner-io.js'
import { run, type RunResult } from '../process/exec.js'
import { publishDir, writeAuthFile } from './auth-file.js'
import { pushSkip } from './credentials.js'
import { sha256 } from './digest.js'
import { PublishError } from './error.js'
import { credentialHost, mergeProblem, parseRef } from './image-ref.js'
import type { PublishResult, PushTarget } from './publish.js'
import { runRetrying, type Session } from './retry.js'
import { skopeoCommand, skopeoMessage } from './skopeo.js'
import { tlsPolicy } from './tls.js'

/**
 * The merge pushes to a PushTarget as the publish does, with these differences: `refs` are tags
 * (the index needs one), a `registry` given must be the merge's own, and `env` is for buildah too.
 */
export interface MergeOptions extends PushTarget {
  /** Single-platform images, by digest or tag, all in the repository of `refs`. */
  sources: string[]
  /** Index annotations, set where buildah can (1.35 or later); see indexAnnotations. */
  annotations?: Record<string, string>
  /** Per tool call; default 5 minutes (manifests only: seconds are normal). */
  timeoutMs?: number
  attempts?: number
  retryDelayMs?: number
}

export interface MergeEntry {
  /** The reference given, and the image it named, pinned by digest. */
  source: string
  digest: string
  /** os/architecture[/variant], from the image's config. */
  platform: string
}

export interface MergeResult extends PublishResult {
  /** The repository, without tag or digest (a provenance subject's name). */
  name: string
  entries: MergeEntry[]
  /** Annotations the index carries ({} when this buildah cannot set them). */
  annotations: Record<string, string>
}

const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
])
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
// The name of the index in our private storage; it never leaves it under this name.
const LIST = 'localhost/flask-rock-merge'

/** org.opencontainers.image.{source,revision,created} of this run, from the runner's variables. */
export function indexAnnotations(
  env: NodeJS.ProcessEnv,
  now: Date = new Date()
): Record<string, string> {
  const annotations: Record<string, string> = {}
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY) {
    annotations['org.opencontainers.image.source'] =
      `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`
  }
  if (env.GITHUB_SHA) annotations['org.opencontainers.image.revision'] = env.GITHUB_SHA
  annotations['org.opencontainers.image.created'] = now.toISOString()
  return annotations
}

/**
 * buildah's own message: its last `Error: ...` (which may run over several lines), else the
 * last logrus error line. It also logs harmless errors (a docker:// name looked up in local
 * storage) before a success or the real failure, so the last one is the one that counts.
 */
export function buildahMessage(stderr: string): string {
  const lines = stderr.split('\n')
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].startsWith('Error: ')) {
      return lines
        .slice(i)
        .map(l => l.trim())
        .filter(l => l !== '')
        .join(' ')
        .slice('Error: '.length)
    }
  }
  return skopeoMessage(stderr)
}

/** "linux/arm64/v8" from a descriptor's platform; '' when it names no os or architecture. */
function platformOf(
  platform: { os?: string; architecture?: string; variant?: string } | undefined
) {
  if (!platform?.os || !platform.architecture) return ''
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/')
}

/**
 * Merges the sources into one OCI image index and pushes it to every reference in `refs`.
 * Throws PublishError for bad references, refused credentials, a missing image, an image that
 * is an index itself, two images of one platform (all before anything is pushed), a push that
 * keeps failing, or a registry that serves another index than the one pushed.
 */
export async function mergeImages(opts: MergeOptions): Promise<MergeResult> {
  const { sources, refs, username, password } = opts
  const env = opts.env ?? process.env
  const problem = mergeProblem(sources, refs)
  if (problem) throw new PublishError(`Cannot merge: ${problem}`)
  const name = parseRef(sources[0]).repository
  // One repository, so one host: the credentials' own, or the merge is refused.
  const credentials = credentialHost(sources, opts.registry)
  if ('problem' in credentials) throw new PublishError(`Cannot merge: ${credentials.problem}`)
  const skip = pushSkip(
    username,
    password,
    opts.event?.isFork ?? false,
    opts.pushFromForks ?? false
  )
  if (skip) {
    core.notice(`Not merging the images: ${skip}`)
    return { digest: '', images: [], skipped: skip, name, entries: [], annotations: {} }
  }

  const common = {
    env,
    isFork: opts.event?.isFork ?? false,
    attempts: Math.max(1, opts.attempts ?? 3),
    timeoutMs: opts.timeoutMs ?? 5 * 60_000,
    retryDelayMs: opts.retryDelayMs ?? 5000
  }
  const skopeo: Session = { ...common, command: await skopeoCommand(env) }
  const buildah: Session = { ...common, command: 'buildah', message: buildahMessage }
  const dir = await publishDir(opts.tempDir ?? env.RUNNER_TEMP)
  try {
    const authFile = await writeAuthFile(dir, credentials.host, username, password)
    // One repository, so one host: TLS verified for every call, or for none.
    const tls = tlsPolicy(sources, authFile ? credentials.host : undefined, opts)(sources[0])
      ? ['--tls-verify=false']
      : []
    const auth = [...(authFile ? ['--authfile', authFile] : []), ...tls]

    // 1. Each source: its manifest as the registry serves it, pinned by digest. The reads (and
    // asking buildah what it supports) run side by side; failures are reported in input order.
    const reads = await Promise.allSettled([
      run('buildah', ['manifest', 'create', '--help'], {
        what: 'ask buildah what it supports',
        timeoutMs: common.timeoutMs,
        env
      }),
      ...sources.map(source =>
        runRetrying(skopeo, `Reading the manifest of ${source}`, [
          'inspect',
          '--raw',
          ...auth,
          `docker://${source}`
        ]).catch(err => {
          throw missingImage(err, source)
        })
      )
    ])
    const failed = reads.find(r => r.status === 'rejected')
    if (failed) throw failed.reason
    const [help, ...manifests] = reads.map(r => (r as PromiseFulfilledResult<RunResult>).value)
    const pinned: { source: string; digest: string }[] = []
    for (const [i, source] of sources.entries()) {
      const raw = manifests[i].stdout
      let manifest: { mediaType?: string; manifests?: unknown[] }
      try {
        manifest = JSON.parse(raw) as typeof manifest
      } catch {
        throw new PublishError(`The registry served no JSON manifest for ${source}`)
      }
      if (INDEX_TYPES.has(manifest.mediaType ?? '') || Array.isArray(manifest.manifests)) {
        throw new PublishError(
          `Cannot merge: ${source} is an image index itself (${manifest.manifests?.length ?? 0} images), not a single-platform image. Give each platform's image (the per-architecture jobs' 'images' output, repository@sha256:...)`
        )
      }
      const digest = sha256(raw)
      const twin = pinned.find(p => p.digest === digest)
      if (twin) {
        throw new PublishError(
          `Cannot merge: ${twin.source} and ${source} are one image (${digest})`
        )
      }
      pinned.push({ source, digest })
    }

    // 2. The index, in a storage of our own (removed with our dir): nothing of the runner's.
    const storage = [
      '--root',
      path.join(dir, 'storage'),
      '--runroot',
      path.join(dir, 'run'),
      '--storage-driver',
      'vfs'
    ]
    const annotations = help.stdout.includes('--annotation') ? (opts.annotations ?? {}) : {}
    if (Object.keys(opts.annotations ?? {}).length > 0 && Object.keys(annotations).length === 0) {
      core.info(
        'This buildah cannot annotate an image index (buildah 1.35 or later can): the index carries no org.opencontainers.image annotations'
      )
    }
    await runRetrying(buildah, 'Creating the image index', [
      ...storage,
      'manifest',
      'create',
      ...Object.entries(annotations).flatMap(([k, v]) => ['--annotation', `${k}=${v}`]),
      LIST
    ])
    for (const { source, digest } of pinned) {
      await runRetrying(buildah, `Adding ${source} to the index`, [
        ...storage,
        'manifest',
        'add',
        ...auth,
        LIST,
        `docker://${name}@${digest}`
      ])
    }
    const built = JSON.parse(
      (await runRetrying(buildah, 'Reading the index', [...storage, 'manifest', 'inspect', LIST]))
        .stdout
    ) as { manifests?: { digest?: string; platform?: Parameters<typeof platformOf>[0] }[] }

    // 3. One image per platform, each read from the image's own config by buildah.
    const entries: MergeEntry[] = pinned.map(({ source, digest }) => {
      const entry = built.manifests?.find(m => m.digest === digest)
      const platform = platformOf(entry?.platform)
      if (!entry) throw new PublishError(`buildah left ${source} (${digest}) out of the index`)
      if (platform === '') {
        throw new PublishError(`Cannot merge: ${source} names no os and architecture in its config`)
      }
      return { source, digest, platform }
    })
    for (const [i, entry] of entries.entries()) {
      const twin = entries.slice(0, i).find(e => e.platform === entry.platform)
      if (twin) {
        throw new PublishError(
          `Cannot merge: ${twin.source} and ${entry.source} are both ${entry.platform}; an index holds one image per platform`
        )
      }
    }
    for (const e of entries) {
      core.info(`${e.platform}: ${e.source}${e.source.includes('@') ? '' : ` (${e.digest})`}`)
    }

    // 4. Push the index alone to each tag, and read back what the registry serves.
    let digest = ''
    for (const [i, ref] of refs.entries()) {
      const digestFile = path.join(dir, `index-digest-${i}`)
      await runRetrying(
        buildah,
        `Push of the index to ${ref}`,
        [
          ...storage,
          'manifest',
          'push',
          '--all=false',
          '--format',
          'oci',
          '--digestfile',
          digestFile,
          ...auth,
          LIST,
          `docker://${ref}`
        ],
        { stream: true }
      )
      const pushed = (await readFile(digestFile, 'utf8').catch(() => '')).trim()
      const raw = (
        await runRetrying(skopeo, `Reading back the index of ${ref}`, [
          'inspect',
          '--raw',
          ...auth,
          `docker://${ref}`
        ])
      ).stdout
      const served = sha256(raw)
      const mediaType = (JSON.parse(raw) as { mediaType?: string }).mediaType
      if (served !== pushed) {
        throw new PublishError(
          `Pushed the index to ${ref} as ${pushed || '(no digest)'} but the registry serves ${served}: the tag may have been moved meanwhile`
        )
      }
      if (mediaType !== OCI_INDEX) {
        throw new PublishError(
          `The registry serves ${ref} as ${mediaType}, not as an OCI image index`
        )
      }
      if (digest !== '' && served !== digest) {
        throw new PublishError(`The index pushed to ${ref} is ${served}, not ${digest} as before`)
      }
      digest = served
      core.info(`Pushed the index of ${entries.length} images to ${ref}@${digest}`)
    }
    return { digest, images: [...refs], name, entries, annotations }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** A source the registry does not have is the user's mistake: say so plainly. */
function missingImage(err: unknown, source: string): unknown {
  if (err instanceof PublishError && /manifest unknown|name unknown|not found/i.test(err.message)) {
    return new PublishError(
      `Cannot merge: ${source} does not exist in the registry (${err.message.replace(/^.*?failed: /, '')})`
    )
  }
  return err
}
