// Every input of action.yml, read and validated once, before anything is installed or run.
import * as path from 'node:path'
import * as core from './runner-io.js'
import { mergeProblem } from './image-ref.js'
import { parseConcurrency, parseProbes, type ConcurrencyPlan, type Probe } from './smoke/probes.js'
import { SmokeError } from './smoke/error.js'

export type BuildMode = 'auto' | 'lxd' | 'destructive'
export type Verbosity = 'quiet' | 'brief' | 'verbose' | 'debug' | 'trace'
export type WorkerChoice = 'auto' | 'sync' | 'gevent'
/** smoke-migrate: run paas-charm's migration script when the rock has one, require one, or not. */
export type MigrateChoice = 'auto' | 'true' | 'false'
/** smoke-services: the rock's *-worker/*-scheduler services reported, or required active. */
export type ServicesChoice = 'report' | 'require'

export interface Inputs {
  projectPath: string
  checkOnly: boolean
  init: boolean
  rockcraftChannel: string
  rockcraftRevision: string
  buildMode: BuildMode
  verbosity: Verbosity
  cache: boolean
  /** Keeps this workflow's pack cache entries apart from others' (part of the key). */
  cacheScope: string
  /** A platform key of rockcraft.yaml to pack and smoke-test; empty: see planPlatforms. */
  platform: string
  rock: string
  smokeTest: boolean
  worker: WorkerChoice
  image: string
  smokePath: string
  /** undefined: any status below 500 */
  smokeExpectStatus: number | undefined
  smokeTimeoutSec: number
  smokeEnv: Record<string, string>
  /** smoke-probes, else the one probe of smoke-path and smoke-expect-status. */
  smokeProbes: Probe[]
  smokeConcurrency: ConcurrencyPlan | undefined
  smokeMigrate: MigrateChoice
  smokeServices: ServicesChoice
  push: string[]
  /** Images to merge into one index pushed to `push`; [] outside the merge mode. */
  manifest: string[]
  registryUsername: string
  registryPassword: string
}

/** A user mistake in an input: reported as one clear line, never a stack trace. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

type Reader = (name: string) => string

// The runner applies action.yml defaults; a local run or a test may leave them unset.
const DEFAULTS: Record<string, string> = {
  'project-path': '.',
  'check-only': 'false',
  init: 'false',
  'rockcraft-channel': 'latest/stable',
  'build-mode': 'auto',
  verbosity: 'brief',
  cache: 'true',
  'smoke-test': 'true',
  worker: 'auto',
  'smoke-path': '/',
  'smoke-timeout': '120',
  'smoke-migrate': 'false',
  'smoke-services': 'report'
}

// Snap channels: [<track>/]<risk>[/<branch>].
const CHANNEL =
  /^(?:[a-z0-9][a-z0-9._-]{0,63}\/)?(?:stable|candidate|beta|edge)(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,63})?$/
// A Docker/OCI image reference: [registry[:port]/]path[:tag][@digest], lower-case path.
const IMAGE_REF =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?(?::[0-9]{1,5})?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/
// eslint-disable-next-line no-control-regex
const SPACE_OR_CONTROL = /[\s\x00-\x1f\x7f]/
const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(`Input '${name}' must be one of ${allowed.join(', ')}; got '${value}'`)
}

function bool(name: string, value: string): boolean {
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE)$/.test(value)) return false
  throw new InputError(`Input '${name}' must be true or false; got '${value}'`)
}

function integer(name: string, value: string, min: number, max: number): number {
  if (!/^[0-9]{1,9}$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(
      `Input '${name}' must be a whole number from ${min} to ${max}; got '${value}'`
    )
  }
  return Number(value)
}

export function parseImageRef(name: string, value: string): string {
  if (value.length > 255 || !IMAGE_REF.test(value)) {
    throw new InputError(`Input '${name}' is not a valid image reference: '${value}'`)
  }
  // Docker and skopeo read a first part with capitals as a registry host ('Org/app' is host Org),
  // which is never what was meant when it has no '.' or ':port'.
  const first = value.split('/')[0]
  if (value.includes('/') && !/[.:]/.test(first) && first !== first.toLowerCase()) {
    throw new InputError(
      `Input '${name}' is not a valid image reference: '${value}': Docker would read '${first}' as a registry host; repository names are lower case ('${first.toLowerCase()}/...'), a registry host has a '.' or a ':port'`
    )
  }
  return value
}

/** KEY=VALUE lines; blank lines and # comments skipped; spaces around the = dropped, quotes kept. */
export function parseEnvLines(name: string, text: string): Record<string, string> {
  const env: Record<string, string> = {}
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const eq = line.indexOf('=')
    const key = eq > 0 ? line.slice(0, eq).trim() : ''
    if (!ENV_KEY.test(key)) {
      // Never echo the line: it may hold a secret.
      throw new InputError(
        `Input '${name}' line ${i + 1} is not KEY=VALUE with a valid variable name`
      )
    }
    if (raw.includes('\0')) throw new InputError(`Input '${name}' line ${i + 1} holds a NUL byte`)
    if (line.includes('\r')) {
      throw new InputError(
        `Input '${name}' line ${i + 1} holds a carriage return inside its value (Docker's env file cannot carry one)`
      )
    }
    env[key] = line.slice(eq + 1).trimStart()
  })
  return env
}

// smoke-env values masked in the log: those of variables named like a secret, and URLs carrying a
// password. Flags and numbers are left alone (masking "true" would hide every "true" in the log).
const SECRET_NAME = /SECRET|TOKEN|PASSW(OR)?D|PASS$|KEY|CREDENTIAL|PRIVATE|AUTH|COOKIE|SESSION|DSN/i
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:[^/@\s]+@/i
const NOT_SECRET = /^(true|false|yes|no|on|off|[0-9]{1,5})$/i

function maskSecretLooking(env: Record<string, string>): void {
  for (const [key, value] of Object.entries(env)) {
    if (value === '' || NOT_SECRET.test(value)) continue
    if (SECRET_NAME.test(key) || URL_WITH_PASSWORD.test(value)) core.setSecret(value)
  }
}

/** References one per line or comma-separated, as docker/metadata-action writes its `tags`. */
function refList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(s => s !== '')
}

export function parseInputs(read: Reader, workspace = process.cwd()): Inputs {
  const get = (name: string): string => {
    const v = read(name).trim()
    return v === '' ? (DEFAULTS[name] ?? '') : v
  }

  const channel = get('rockcraft-channel')
  if (!CHANNEL.test(channel)) {
    throw new InputError(
      `Input 'rockcraft-channel' is not a snap channel ([<track>/]<risk>[/<branch>], e.g. latest/stable): '${channel}'`
    )
  }
  const revision = get('rockcraft-revision')
  if (revision !== '' && !/^[1-9][0-9]{0,8}$/.test(revision)) {
    throw new InputError(
      `Input 'rockcraft-revision' must be a snap revision number; got '${revision}'`
    )
  }

  const smokePath = get('smoke-path')
  if (!smokePath.startsWith('/') || smokePath.length > 2048 || SPACE_OR_CONTROL.test(smokePath)) {
    throw new InputError(`Input 'smoke-path' must be a URL path starting with '/' without spaces`)
  }
  const expect = get('smoke-expect-status')

  const smokeProbes = smokeInput('smoke-probes', () => parseProbes(read('smoke-probes')))
  if (smokeProbes.length === 0) {
    smokeProbes.push({
      method: 'GET',
      path: smokePath,
      expect: expect === '' ? undefined : integer('smoke-expect-status', expect, 100, 599)
    })
  }
  const smokeConcurrency = smokeInput('smoke-concurrency', () =>
    parseConcurrency(get('smoke-concurrency') || '0')
  )

  const image = get('image')
  if (image.includes('@')) {
    throw new InputError(
      `Input 'image' names a digest ('${image}'): the rock is loaded into Docker under a tag, e.g. ghcr.io/org/app:test`
    )
  }
  const push = refList(get('push')).map(ref => parseImageRef('push', ref))
  const digestPush = push.find(ref => ref.includes('@'))
  if (digestPush) {
    const repository = digestPush.slice(0, digestPush.indexOf('@'))
    throw new InputError(
      `Input 'push' names a digest ('${digestPush}'), which cannot be pushed to: give a tag (${repository}:1.0), or the repository alone (${repository}) to push by digest`
    )
  }
  const manifest = refList(read('manifest')).map(ref => parseImageRef('manifest', ref))
  if (manifest.length > 0) {
    const problem = mergeProblem(manifest, push)
    if (problem) throw new InputError(`Inputs 'manifest' and 'push': ${problem}`)
    const set = (name: string): boolean =>
      name === 'rock' ? get(name) !== '' : bool(name, get(name))
    const other = ['rock', 'check-only', 'init'].find(set)
    if (other) {
      throw new InputError(
        `Input '${other}' cannot be combined with 'manifest': with 'manifest' the action only merges images already pushed`
      )
    }
  }

  const password = read('registry-password')
  if (password !== '') core.setSecret(password)
  const username = get('registry-username')
  // The auth file joins user and password with ':' (RFC 7617): a user name cannot hold one.
  if (username.includes(':')) throw new InputError(`Input 'registry-username' cannot contain ':'`)
  // A lone username is no mistake in a fork's pull request, where secrets are withheld:
  // publishing decides, knowing the event.

  const smokeEnv = parseEnvLines('smoke-env', read('smoke-env'))
  maskSecretLooking(smokeEnv)

  const cacheScope = get('cache-scope')
  if (cacheScope !== '' && !/^[A-Za-z0-9._-]{1,64}$/.test(cacheScope)) {
    throw new InputError(
      `Input 'cache-scope' must be up to 64 letters, digits, '.', '_' or '-'; got '${cacheScope}'`
    )
  }
  const platform = get('platform')
  if (platform !== '' && !/^[A-Za-z0-9][A-Za-z0-9._:+-]{0,99}$/.test(platform)) {
    throw new InputError(
      `Input 'platform' must be a platform name from rockcraft.yaml; got '${platform}'`
    )
  }

  const rock = get('rock')
  return {
    projectPath: path.resolve(workspace, get('project-path')),
    checkOnly: bool('check-only', get('check-only')),
    init: bool('init', get('init')),
    rockcraftChannel: channel,
    rockcraftRevision: revision,
    buildMode: oneOf('build-mode', get('build-mode'), ['auto', 'lxd', 'destructive'] as const),
    verbosity: oneOf('verbosity', get('verbosity'), [
      'quiet',
      'brief',
      'verbose',
      'debug',
      'trace'
    ] as const),
    cache: bool('cache', get('cache')),
    cacheScope,
    platform,
    rock: rock === '' ? '' : path.resolve(workspace, rock),
    smokeTest: bool('smoke-test', get('smoke-test')),
    worker: oneOf('worker', get('worker'), ['auto', 'sync', 'gevent'] as const),
    image: image === '' ? '' : parseImageRef('image', image),
    smokePath,
    smokeExpectStatus: expect === '' ? undefined : integer('smoke-expect-status', expect, 100, 599),
    smokeTimeoutSec: integer('smoke-timeout', get('smoke-timeout'), 1, 3600),
    smokeEnv,
    smokeProbes,
    smokeConcurrency,
    smokeMigrate: oneOf('smoke-migrate', get('smoke-migrate'), ['auto', 'true', 'false'] as const),
    smokeServices: oneOf('smoke-services', get('smoke-services'), ['report', 'require'] as const),
    push,
    manifest,
    registryUsername: username,
    registryPassword: password
  }
}

/** A smoke test input parsed by the smoke code: its complaint becomes the input's. */
function smokeInput<T>(name: string, parse: () => T): T {
  try {
    return parse()
  } catch (err) {
    if (err instanceof SmokeError) throw new InputError(`Input '${name}': ${err.message}`)
    throw err
  }
}

/** The inputs of this run, from the runner's INPUT_ variables. */
export function getInputs(): Inputs {
  return parseInputs(name => core.getInput(name), process.env.GITHUB_WORKSPACE || process.cwd())
}
