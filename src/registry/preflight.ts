// Proving the registry before the slow steps: with `push`, right after the project check, log in
// to the registry host with the given credentials (skopeo login, as docker/login-action does in
// its first second) and read each reference (skopeo inspect), so a wrong password, a plain-HTTP
// registry without `insecure-registries` or a reference the registry refuses fails in about a
// second, with the registry's words and a hint, instead of after pack and smoke.
//
// A reference not there yet (a first push, a new tag) is fine; so is a registry that lets this
// login push but not read (GitHub Packages for a package not made yet): only what would certainly
// fail the push fails here. Credentials go to skopeo as publish gives them: the password on
// stdin, into an auth file in our private dir, removed before this returns.
import { rm } from 'node:fs/promises'
import * as path from 'node:path'
import * as core from '../action/runner-io.js'
import { saveState } from '../action/state.js'
import { childEnv, run, type RunResult } from '../process/exec.js'
import { infoUntrusted } from '../process/untrusted.js'
import { publishDir } from './auth-file.js'
import { pushSkip } from './credentials.js'
import { PublishError } from './error.js'
import { credentialHost, parseRef } from './image-ref.js'
import { skopeoCommand, skopeoMessage } from './skopeo.js'
import type { PushTarget } from './publish.js'

export interface ProveOptions extends PushTarget {
  /** Per skopeo call; default 60 s. */
  timeoutMs?: number
}

export interface ProveResult {
  /** The references read, each with what the registry said: 'present' or 'not there yet'. */
  checked: { ref: string; state: 'present' | 'not there yet' | 'not readable' }[]
  /** Why nothing was proven: the publish step will skip for the same reason. */
  skipped?: string
}

const DEFAULT_TIMEOUT_MS = 60_000

type Verdict =
  { ok: true; state: ProveResult['checked'][number]['state'] } | { ok: false; hint: string }

/**
 * What a failed skopeo login or inspect means for the push to come: fine (the reference is
 * new, or unreadable to a login that was just proven), or a failure with a hint.
 */
export function judge(
  message: string,
  ctx: { host: string; ownLogin: boolean; loggedIn: boolean }
): Verdict {
  const { host } = ctx
  if (/server gave HTTP response to HTTPS client/i.test(message)) {
    return {
      ok: false,
      hint: `${host} answers in plain HTTP: name it in 'insecure-registries' (insecure-registries: ${host}) if that registry is meant to run without TLS`
    }
  }
  if (
    /x509:|certificate (?:signed by unknown|is not valid|has expired)|tls: failed to verify/i.test(
      message
    )
  ) {
    return {
      ok: false,
      hint: `the TLS certificate of ${host} is not trusted on this runner: install its CA (or point SSL_CERT_FILE at it), or name ${host} in 'insecure-registries' for a test registry`
    }
  }
  if (/must be lowercase|invalid reference format/i.test(message)) {
    return {
      ok: false,
      hint: 'image repositories are lower case: write the reference in lower case (ghcr.io/myorg/my-app)'
    }
  }
  if (/no such host|server misbehaving/i.test(message)) {
    return { ok: false, hint: `the host ${host} does not resolve: check the reference's registry` }
  }
  if (/connection refused/i.test(message)) {
    return {
      ok: false,
      hint: `nothing answers at ${host}: check the reference's registry and port`
    }
  }
  if (/manifest unknown|name unknown|not found|\b404\b/i.test(message)) {
    return { ok: true, state: 'not there yet' }
  }
  const unauthorized =
    /invalid username\/password|unauthorized|authentication required|incorrect username or password|\b401\b/i.test(
      message
    )
  const denied = /denied|forbidden|\b403\b/i.test(message)
  // A proven login that may not read: GitHub Packages before a package's first push.
  if ((unauthorized || denied) && ctx.loggedIn) return { ok: true, state: 'not readable' }
  if (unauthorized) {
    return {
      ok: false,
      hint: ctx.ownLogin
        ? `${host} refused registry-username and registry-password: check the secret you pass as registry-password (for ghcr.io: the job's GITHUB_TOKEN with permissions packages: write, or a token with write:packages)`
        : `no login for ${host}: give registry-username and registry-password for it (and 'registry: ${host}' when push names several registries), or log in before this step (docker/login-action)`
    }
  }
  // Refused reads without a login, 5xx, time-outs: the push itself will tell, with its retries.
  return { ok: true, state: 'not readable' }
}

/**
 * Logs in and reads every reference; throws PublishError when the push would certainly fail.
 * Skips (and says why) where the publish step will skip: a fork's pull request.
 */
export async function proveRegistry(opts: ProveOptions): Promise<ProveResult> {
  const { refs, username, password } = opts
  if (refs.length === 0) return { checked: [], skipped: 'no push references' }
  const isFork = opts.event?.isFork ?? false
  const skipped = pushSkip(username, password, isFork, opts.pushFromForks ?? false)
  if (skipped) {
    core.info(`Not checking the registry before the pack: ${skipped}`)
    return { checked: [], skipped }
  }
  const credentials = credentialHost(refs, opts.registry)
  if ('problem' in credentials && username !== '') {
    throw new PublishError(`Cannot publish: ${credentials.problem}`)
  }
  const own = 'host' in credentials && username !== '' ? credentials.host : undefined
  const env = childEnv(opts.env ?? process.env)
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const insecure = (host: string): boolean => (opts.insecureRegistries ?? []).includes(host)
  const tls = (host: string): string[] => (insecure(host) ? ['--tls-verify=false'] : [])
  const skopeo = await skopeoCommand(env)
  const fail = (what: string, result: RunResult, hint: string): never => {
    const said = result.timedOut
      ? `no answer within ${Math.round(timeoutMs / 1000)} s`
      : skopeoMessage(result.stderr || result.stdout)
    throw new PublishError(
      `Registry check before the pack: ${what} failed: ${hint}. The registry said: ${said}`
    )
  }

  const dir = await publishDir(opts.tempDir ?? env.RUNNER_TEMP)
  try {
    let authFile: string | undefined
    if (own) {
      authFile = path.join(dir, 'auth.json')
      // Recorded before skopeo writes it, so a cancelled run's post step still removes it.
      saveState({ authFile })
      const login = await run(
        skopeo,
        [
          'login',
          '--authfile',
          authFile,
          '--username',
          username,
          '--password-stdin',
          ...tls(own),
          own
        ],
        { what: `log in to ${own}`, timeoutMs, env, input: password }
      )
      if (login.code !== 0 || login.timedOut) {
        const message = skopeoMessage(login.stderr || login.stdout)
        const verdict = login.timedOut
          ? { ok: false as const, hint: `${own} did not answer` }
          : judge(message, { host: own, ownLogin: true, loggedIn: false })
        // A login the registry did not refuse outright (a 5xx) is left to the push's retries.
        if (!verdict.ok) fail(`logging in to ${own} as ${username}`, login, verdict.hint)
        authFile = undefined
      } else {
        infoUntrusted(`Logged in to ${own} as ${username}`)
      }
    }
    const checked: ProveResult['checked'] = []
    for (const ref of new Set(refs)) {
      const host = parseRef(ref).registry
      const mine = authFile !== undefined && host === own
      const read = await run(
        skopeo,
        [
          'inspect',
          '--raw',
          ...(mine ? ['--authfile', authFile ?? ''] : []),
          ...tls(host),
          `docker://${ref}`
        ],
        { what: `read ${ref}`, timeoutMs, env }
      )
      let state: ProveResult['checked'][number]['state'] = 'present'
      if (read.code !== 0 || read.timedOut) {
        const message = skopeoMessage(read.stderr || read.stdout)
        const ctx = { host, ownLogin: host === own, loggedIn: mine }
        let verdict: Verdict = read.timedOut
          ? { ok: true, state: 'not readable' }
          : judge(message, ctx)
        // A registry may refuse a login the read of a repository not made yet (Docker Hub answers
        // 401): with any login for the host on the runner, the push decides.
        if (!verdict.ok && !mine && host !== own && (await runnerHasLogin(skopeo, host, env))) {
          verdict = judge(message, { ...ctx, loggedIn: true })
        }
        if (!verdict.ok) fail(`reading ${ref}`, read, verdict.hint)
        else state = verdict.state
      }
      checked.push({ ref, state })
    }
    infoUntrusted(
      `Registry check before the pack: ${checked.map(c => `${c.ref} (${c.state})`).join(', ')}`
    )
    return { checked }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * Whether the runner holds a login for `host` (docker login, podman login, docker/login-action):
 * `skopeo login --get-login` reads the same files the push will. A skopeo that cannot say counts
 * as logged in: the push will tell.
 */
async function runnerHasLogin(
  skopeo: string,
  host: string,
  env: NodeJS.ProcessEnv
): Promise<boolean> {
  const r = await run(skopeo, ['login', '--get-login', host], {
    what: `ask for a login to ${host}`,
    timeoutMs: 30_000,
    env
  }).catch(() => undefined)
  if (!r || r.timedOut) return true
  return r.code === 0 || !/not logged in/i.test(r.stderr)
}
