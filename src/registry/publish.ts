// Publish: copy the packed rock (an OCI archive) to one or more registries with skopeo and report
// the manifest digest the registry serves. A reference without tag (ghcr.io/org/app) is pushed by
// digest only: no tag is made or moved, as a per-architecture job of a multi-arch release wants.
//
// Contract: call publishRock only after the smoke test passed (or was turned off by the user); it
// pushes whatever rock it is given. Credentials reach skopeo only through a private auth file
// (0700 dir, 0600 file) that is removed before publishRock returns, and by cleanupPublish in the
// post step if the main step never got there; it holds their one registry host, and only calls to
// that host get it. The password never goes on a command line, into a child's environment or
// into the log.
import { readFile, rm, stat } from 'node:fs/promises'
import * as path from 'node:path'
import * as core from '../action/runner-io.js'
import { childEnv } from '../process/exec.js'
import { infoUntrusted } from '../process/untrusted.js'
import { publishDir, writeAuthFile } from './auth-file.js'
import { pushSkip } from './credentials.js'
import { DIGEST, sha256 } from './digest.js'
import { PublishError } from './error.js'
import { credentialHost, parseRef } from './image-ref.js'
import { runRetrying, type Session } from './retry.js'
import { atLeast, PRESERVE_DIGESTS_SINCE, skopeoCommand, skopeoVersion } from './skopeo.js'
import { tlsPolicy, type InsecureOptions } from './tls.js'

/** Where and as whom a rock goes: what the registry check before the pack and the push share. */
export interface PushTarget extends InsecureOptions {
  /** Image references to push to: tags (ghcr.io/org/app:1.2.0) or repositories (by digest). */
  refs: string[]
  /** Both empty: no credentials of ours; skopeo falls back to ambient ones (docker login). */
  username: string
  password: string
  /** The registry host the credentials are for; default: the one host of `refs` (see credentialHost). */
  registry?: string
  /** Parent of our private temporary dir; default RUNNER_TEMP, else the system temp dir. */
  tempDir?: string
  /** Environment for skopeo (PATH, HOME for ambient credentials, SSL_CERT_FILE...). */
  env?: NodeJS.ProcessEnv
  /** The run is a pull request from a fork: secrets are withheld there. */
  event?: { isFork: boolean }
  /** Push from a fork's pull request all the same (input push-from-forks); default false. */
  pushFromForks?: boolean
}

export interface PublishOptions extends PushTarget {
  /** Path of the .rock (OCI archive) to push. */
  rock: string
  /**
   * The manifest digest the rock's own read reported (what was smoke-tested and is in the SBOM):
   * skopeo must push exactly it, or the push fails saying which differs.
   */
  digest?: string
  /** Per skopeo call; default 15 minutes. */
  timeoutMs?: number
  /** Tries per reference when the registry fails transiently (5xx, reset); default 3. */
  attempts?: number
  /** Wait before the first retry, doubled each time; default 5 s. */
  retryDelayMs?: number
}

export interface PublishResult {
  /** sha256:... of the manifest, as the registry serves it; '' when skipped. */
  digest: string
  /** The references pushed, in the order given, a repository as repository@digest; [] when skipped. */
  images: string[]
  /** Why nothing was pushed, when nothing was. */
  skipped?: string
}

const DEFAULT_TIMEOUT_MS = 15 * 60_000
const DEFAULT_ATTEMPTS = 3
const DEFAULT_RETRY_DELAY_MS = 5000

/**
 * Pushes the rock to every reference and returns the digest the registry serves.
 * Skips (with a notice, `skipped` set) a fork's pull request that has no credentials.
 * Throws PublishError for a missing rock, a refused login, a push that keeps failing or times
 * out, or a registry that serves another digest than skopeo wrote.
 */
export async function publishRock(opts: PublishOptions): Promise<PublishResult> {
  const { rock, refs, username, password } = opts
  const env = childEnv(opts.env ?? process.env)
  const isFork = opts.event?.isFork ?? false

  if (refs.length === 0) return { digest: '', images: [], skipped: 'no image references to push' }
  const withDigest = refs.find(ref => ref.includes('@'))
  if (withDigest) {
    throw new PublishError(
      `Cannot push to '${withDigest}': a push reference names a tag, not a digest`
    )
  }
  const skip = pushSkip(username, password, isFork, opts.pushFromForks ?? false)
  if (skip) {
    core.notice(`Not publishing the rock: ${skip}`)
    return { digest: '', images: [], skipped: skip }
  }
  const credentials = credentialHost(refs, opts.registry)
  if ('problem' in credentials && username !== '') {
    throw new PublishError(`Cannot publish: ${credentials.problem}`)
  }
  const host = 'host' in credentials ? credentials.host : ''
  const tlsOff = tlsPolicy(refs, username === '' ? undefined : host, opts)
  const noTls = (ref: string, flag: string): string[] => (tlsOff(ref) ? [`${flag}=false`] : [])
  // skopeo's oci-archive:PATH[:NAME] would read a ':' in the path as the start of an image name.
  if (rock.includes(':')) {
    throw new PublishError(`Cannot publish '${rock}': skopeo cannot read a path holding ':'`)
  }
  try {
    if (!(await stat(rock)).isFile()) throw new Error('not a file')
  } catch {
    throw new PublishError(`Cannot publish: the rock '${rock}' does not exist or is not a file`)
  }

  const skopeo = await skopeoCommand(env)
  // --preserve-digests (skopeo 1.6.0 on): fail rather than convert the manifest, so the digest is
  // the rock's own. An older skopeo (ubuntu-22.04's 1.4.1) has no such flag; the read-back below
  // still proves what the registry serves. A skopeo that names no version gets the flag.
  const version = await skopeoVersion(skopeo, env)
  const preserveDigests =
    !version.parts || atLeast(version, PRESERVE_DIGESTS_SINCE) ? ['--preserve-digests'] : []
  if (preserveDigests.length === 0) {
    core.info(
      `${skopeo} ${version.text} has no --preserve-digests (from 1.6.0): the digest is the one the registry serves`
    )
  }
  const dir = await publishDir(opts.tempDir ?? env.RUNNER_TEMP)
  try {
    const authFile = await writeAuthFile(dir, host, username, password)
    // Our credentials go to their own registry only; any other uses the runner's own login.
    const authFor = (ref: string, flag: string): string[] =>
      authFile && parseRef(ref).registry === host ? [flag, authFile] : []

    const session: Session = {
      command: skopeo,
      env,
      isFork,
      attempts: Math.max(1, opts.attempts ?? DEFAULT_ATTEMPTS),
      timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retryDelayMs: opts.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS
    }
    // The rock's own manifest digest, as skopeo reads it: it names the rock in a repository pushed
    // to without a tag, and it must be the read's (opts.digest) before anything is pushed.
    const rockDigest =
      opts.digest || refs.some(ref => parseRef(ref).tag === undefined)
        ? sha256(
            (
              await runRetrying(session, `Reading the manifest of ${path.basename(rock)}`, [
                'inspect',
                '--raw',
                `oci-archive:${rock}`
              ])
            ).stdout
          )
        : ''
    if (opts.digest && rockDigest !== opts.digest) {
      throw new PublishError(
        `Not publishing: skopeo reads ${rockDigest} from the rock, but its read (smoke-tested, in the SBOM) is ${opts.digest}`
      )
    }
    // A registry our credentials are not for is the runner's own login's business.
    const otherHost: Session = {
      ...session,
      authHint: `: registry-username and registry-password are for ${host || 'no registry'}, so this one gets the runner's own login (docker/login-action before this step)`
    }
    let digest = ''
    const images: string[] = []
    for (const [i, given] of refs.entries()) {
      const ref = parseRef(given).tag === undefined ? `${given}@${rockDigest}` : given
      const own = authFile === undefined || parseRef(ref).registry === host
      const digestFile = path.join(dir, `digest-${i}`)
      infoUntrusted(`Pushing ${path.basename(rock)} to ${ref}`)
      await runRetrying(
        own ? session : otherHost,
        `Push to ${ref}`,
        [
          '--insecure-policy', // the source is the rock this job just built and tested
          'copy',
          ...preserveDigests,
          '--digestfile',
          digestFile,
          ...authFor(ref, '--dest-authfile'),
          ...noTls(ref, '--dest-tls-verify'),
          `oci-archive:${rock}`,
          `docker://${ref}`
        ],
        { stream: true } // its progress lines belong in the log
      )
      const pushed = await readDigest(digestFile, ref)
      if (opts.digest && pushed !== opts.digest) {
        throw new PublishError(
          `Pushed ${ref} as ${pushed}, but the rock's read (smoke-tested, in the SBOM) is ${opts.digest}: skopeo read another image from the rock`
        )
      }
      const manifest = await runRetrying(
        own ? session : otherHost,
        `Reading back the manifest of ${ref}`,
        [
          'inspect',
          '--raw',
          ...authFor(ref, '--authfile'),
          ...noTls(ref, '--tls-verify'),
          `docker://${ref}`
        ],
        { stream: false } // the manifest itself is no log material
      )
      // The digest is over the exact bytes the registry serves.
      const served = sha256(manifest.stdout)
      if (served !== pushed) {
        throw new PublishError(
          `Pushed ${ref} as ${pushed} but the registry serves ${served}: the image may have been overwritten meanwhile`
        )
      }
      digest = served
      images.push(ref)
      core.info(ref.includes('@') ? `Pushed ${ref} (by digest, no tag)` : `Pushed ${ref}@${digest}`)
    }
    return { digest, images }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function readDigest(file: string, ref: string): Promise<string> {
  const digest = (await readFile(file, 'utf8').catch(() => '')).trim()
  if (!DIGEST.test(digest)) {
    throw new PublishError(`Push to ${ref} reported success but skopeo wrote no digest`)
  }
  return digest
}
