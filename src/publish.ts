// Publish: copy the packed rock (an OCI archive) to one or more registries with skopeo and report
// the manifest digest the registry serves. A reference without tag (ghcr.io/org/app) is pushed by
// digest only: no tag is made or moved, as a per-architecture job of a multi-arch release wants.
//
// Contract: call publishRock only after the smoke test passed (or was turned off by the user); it
// pushes whatever rock it is given. Credentials reach skopeo only through a private auth file
// (0700 dir, 0600 file) that is removed before publishRock returns, and by cleanupPublish in the
// post step if the main step never got there. The password never goes on a command line, into a
// child's environment or into the log.
import { createHash } from 'node:crypto'
import { readFile, rm, stat } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import * as core from './runner-io.js'
import { childEnv, run, tailLines, type RunResult } from './exec.js'
import { parseRef } from './image-ref.js'
import { privateDir, removePrivateFile, writePrivateFile } from './private-file.js'
import { skopeoCommand } from './skopeo.js'
import { saveState, type PostState } from './state.js'
import { infoUntrusted } from './untrusted.js'

export interface PublishOptions {
  /** Path of the .rock (OCI archive) to push. */
  rock: string
  /** Image references to push to: tags (ghcr.io/org/app:1.2.0) or repositories (by digest). */
  refs: string[]
  /** Both empty: no credentials of ours; skopeo falls back to ambient ones (docker login). */
  username: string
  password: string
  /** Parent of our private temporary dir; default RUNNER_TEMP, else the system temp dir. */
  tempDir?: string
  /** Environment for skopeo (PATH, HOME for ambient credentials, SSL_CERT_FILE...). */
  env?: NodeJS.ProcessEnv
  /** The run is a pull request from a fork: secrets are withheld there. */
  event?: { isFork: boolean }
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

/** A publish failure a user can act on: one clear message, no stack trace needed. */
export class PublishError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PublishError'
  }
}

const DEFAULT_TIMEOUT_MS = 15 * 60_000
const DEFAULT_ATTEMPTS = 3
const DEFAULT_RETRY_DELAY_MS = 5000
// Our private dirs are named so; cleanup removes a dir only when it carries this prefix.
const DIR_PREFIX = 'flask-rock-publish-'
const DIGEST = /^sha256:[a-f0-9]{64}$/

/** The registry host of an image reference, as containers' auth files key it. */
export function registryHost(ref: string): string {
  return parseRef(ref).registry
}

/** containers-auth.json for the given hosts, all with the same user and password. */
export function authFileContent(
  hosts: readonly string[],
  username: string,
  password: string
): string {
  const auth = Buffer.from(`${username}:${password}`, 'utf8').toString('base64')
  const auths: Record<string, { auth: string }> = {}
  for (const host of hosts) auths[host] = { auth }
  return JSON.stringify({ auths }) + '\n'
}

export type PushFailure = 'auth' | 'transient' | 'other'

/** Sorts a failed skopeo call by its message: only transient registry trouble is worth a retry. */
export function classifyFailure(stderr: string): PushFailure {
  // Auth first: a 401 page may mention other words below.
  if (
    /unauthorized|authentication required|access denied|denied:|requested access to the resource is denied|invalid username\/password|\b401\b|\b403\b|forbidden/i.test(
      stderr
    )
  ) {
    return 'auth'
  }
  if (
    /\b5\d\d (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)|status ?(?:code)?:? 5\d\d|connection reset|connection refused|broken pipe|i\/o timeout|TLS handshake timeout|timeout awaiting response headers|unexpected EOF|: EOF\b|\b429\b|too many requests/i.test(
      stderr
    )
  ) {
    return 'transient'
  }
  return 'other'
}

/** skopeo's own message, without the logrus decoration: `time=... level=fatal msg="..."`. */
export function skopeoMessage(stderr: string): string {
  const lines = tailLines(stderr, 50).split('\n')
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /level=(?:fatal|error) msg="((?:[^"\\]|\\.)*)"/.exec(lines[i])
    if (m) return m[1].replace(/\\(.)/g, '$1')
  }
  return lines[lines.length - 1] ?? ''
}

/** Whether this run is a pull request from a fork, from the runner's event payload. */
export function isForkPullRequest(eventName: string, payload: unknown): boolean {
  if (!['pull_request', 'pull_request_review', 'pull_request_review_comment'].includes(eventName)) {
    return false
  }
  const pr = (payload as { pull_request?: Record<string, unknown> } | undefined)?.pull_request
  const head = (pr?.head as { repo?: { full_name?: string } | null } | undefined)?.repo
  const base = (pr?.base as { repo?: { full_name?: string } | null } | undefined)?.repo
  // A deleted fork leaves head.repo null: still not the base repository.
  if (!head?.full_name || !base?.full_name) return true
  return head.full_name !== base.full_name
}

/** Reads GITHUB_EVENT_NAME and GITHUB_EVENT_PATH; not a fork when they are missing or unreadable. */
export async function githubEvent(
  env: NodeJS.ProcessEnv = process.env
): Promise<{ isFork: boolean }> {
  const name = env.GITHUB_EVENT_NAME ?? ''
  const file = env.GITHUB_EVENT_PATH ?? ''
  if (name === '' || file === '') return { isFork: false }
  try {
    return { isFork: isForkPullRequest(name, JSON.parse(await readFile(file, 'utf8'))) }
  } catch {
    return { isFork: false }
  }
}

/**
 * Why nothing is pushed: a fork's pull request without credentials (GitHub withholds secrets
 * there). Throws for half the credentials, or a user name the auth file cannot carry.
 */
export function credentialsSkip(
  username: string,
  password: string,
  isFork: boolean
): string | undefined {
  if (username === '' || password === '') {
    if (isFork) {
      return 'this is a pull request from a fork and no registry credentials were given (GitHub withholds secrets from forks)'
    }
    if (username !== '' || password !== '') {
      throw new PublishError(
        `Inputs 'registry-username' and 'registry-password' go together: give both or neither`
      )
    }
  }
  if (username.includes(':')) {
    throw new PublishError(`Input 'registry-username' cannot contain ':'`)
  }
  return undefined
}

/** Our private dir for one publish or merge: the caller removes it (the post step too, when it holds an auth file). */
export function publishDir(parent: string | undefined): Promise<string> {
  return privateDir(parent ?? os.tmpdir(), DIR_PREFIX)
}

/**
 * Writes the registry auth file for these references into our private dir, or returns
 * undefined without credentials (the tools then use the runner's own: docker or podman login).
 */
export async function writeAuthFile(
  dir: string,
  refs: readonly string[],
  username: string,
  password: string
): Promise<string | undefined> {
  if (username === '') {
    core.info('No registry credentials given: using any from docker login or podman login')
    return undefined
  }
  const authFile = path.join(dir, 'auth.json')
  // Recorded before it is written, so a cancelled run's post step still removes it.
  saveState({ authFile })
  const hosts = [...new Set(refs.map(registryHost))]
  await writePrivateFile(authFile, authFileContent(hosts, username, password))
  return authFile
}

const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))

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
  const skip = credentialsSkip(username, password, isFork)
  if (skip) {
    core.notice(`Not publishing the rock: ${skip}`)
    return { digest: '', images: [], skipped: skip }
  }
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
  const dir = await publishDir(opts.tempDir ?? env.RUNNER_TEMP)
  try {
    const authFile = await writeAuthFile(dir, refs, username, password)

    const session: Session = {
      command: skopeo,
      env,
      isFork,
      attempts: Math.max(1, opts.attempts ?? DEFAULT_ATTEMPTS),
      timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retryDelayMs: opts.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS
    }
    // The rock's own manifest digest names it in a repository pushed to without a tag.
    const rockDigest = refs.some(ref => parseRef(ref).tag === undefined)
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
    let digest = ''
    const images: string[] = []
    for (const [i, given] of refs.entries()) {
      const ref = parseRef(given).tag === undefined ? `${given}@${rockDigest}` : given
      const digestFile = path.join(dir, `digest-${i}`)
      infoUntrusted(`Pushing ${path.basename(rock)} to ${ref}`)
      // --preserve-digests: fail rather than convert the manifest, so the digest is the rock's own.
      await runRetrying(
        session,
        `Push to ${ref}`,
        [
          '--insecure-policy', // the source is the rock this job just built and tested
          'copy',
          '--preserve-digests',
          '--digestfile',
          digestFile,
          ...(authFile ? ['--dest-authfile', authFile] : []),
          `oci-archive:${rock}`,
          `docker://${ref}`
        ],
        { stream: true } // its progress lines belong in the log
      )
      const pushed = await readDigest(digestFile, ref)
      const manifest = await runRetrying(
        session,
        `Reading back the manifest of ${ref}`,
        ['inspect', '--raw', ...(authFile ? ['--authfile', authFile] : []), `docker://${ref}`],
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

/** sha256:<hex> of a manifest as the registry serves it (JSON, so UTF-8). */
export function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`
}

/** How to run one registry tool (skopeo, buildah) with retries. */
export interface Session {
  command: string
  /** Picks the tool's own message out of its stderr; default skopeoMessage. */
  message?: (stderr: string) => string
  env: NodeJS.ProcessEnv
  isFork: boolean
  attempts: number
  timeoutMs: number
  retryDelayMs: number
}

/** Runs the tool, again after a pause when the registry failed transiently, up to the attempts. */
export async function runRetrying(
  session: Session,
  label: string,
  args: string[],
  { stream }: { stream: boolean } = { stream: false }
): Promise<RunResult> {
  const { attempts, timeoutMs } = session
  for (let attempt = 1; ; attempt++) {
    const result = await run(session.command, args, {
      what: label,
      timeoutMs,
      env: session.env,
      stream
    })
    if (result.code === 0 && !result.timedOut) return result
    const failure = describeFailure(result, label, timeoutMs, session)
    if (failure.kind !== 'transient' || attempt >= attempts) throw new PublishError(failure.message)
    const delay = session.retryDelayMs * 2 ** (attempt - 1)
    core.warning(
      `${failure.message}; retrying in ${Math.round(delay / 1000)} s (attempt ${attempt + 1} of ${attempts})`
    )
    await sleep(delay)
  }
}

function describeFailure(
  result: RunResult,
  label: string,
  timeoutMs: number,
  { isFork, message }: Session
): { kind: PushFailure | 'timeout'; message: string } {
  if (result.timedOut) {
    return {
      kind: 'timeout',
      message: `${label} did not finish within ${Math.round(timeoutMs / 1000)} s`
    }
  }
  const detail = (message ?? skopeoMessage)(result.stderr || result.stdout)
  const kind = classifyFailure(detail)
  if (kind === 'auth') {
    const hint = isFork
      ? ' (a pull request from a fork gets a read-only GITHUB_TOKEN)'
      : ': check registry-username and registry-password, and that the user may push there'
    const tool = path.basename(result.command)
    return { kind, message: `${label} was refused by the registry${hint}. ${tool} said: ${detail}` }
  }
  return { kind, message: `${label} failed: ${detail}` }
}

async function readDigest(file: string, ref: string): Promise<string> {
  const digest = (await readFile(file, 'utf8').catch(() => '')).trim()
  if (!DIGEST.test(digest)) {
    throw new PublishError(`Push to ${ref} reported success but skopeo wrote no digest`)
  }
  return digest
}

/** Post step: removes an auth file (and our private dir around it) left by a cancelled run. */
export async function cleanupPublish(state: PostState): Promise<void> {
  if (state.authFile)
    await removePrivateFile(state.authFile, DIR_PREFIX, 'the registry auth file', core.warning)
}
