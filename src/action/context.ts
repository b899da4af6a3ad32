// Every input of action.yml, read and validated once, before anything is installed or run.
import * as path from 'node:path'
import * as core from './runner-io.js'
import {
  credentialHost,
  hostOf,
  insecurePasswordProblem,
  mergeProblem
} from '../registry/image-ref.js'
import { parseConcurrency, parseProbes, type ConcurrencyPlan, type Probe } from '../smoke/probes.js'
import { SmokeError } from '../smoke/error.js'
import { refuseEmptyDeployerValues } from '../smoke/deployer.js'

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
  /** Sets ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS for the check and the pack (26.04's extension). */
  experimentalExtensions: boolean
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
  /** The registry host the user and password are for; '' when push names one host only. */
  registry: string
  /** The Docker daemon of the smoke test (docker -H, skopeo --dest-daemon-host); '' for Docker's default. */
  dockerHost: string
  /** Registry hosts with TLS verification off (plain HTTP), as hostOf writes them. */
  insecureRegistries: string[]
  /** Of those, the ones not on loopback that may get the registry password all the same. */
  insecurePassword: string[]
  /** Push from a fork's pull request too (push-from-forks); by default such a run skips the push. */
  pushFromForks: boolean
  /** An image reference to compare the rock with (src/diff); '' for none. */
  compareTo: string
  /** Input reuse-rock (src/reuse): restore the rock of unchanged content instead of packing. */
  reuseRock: boolean
  /** Input reuse-rock-max-age: a reusable rock older than this is packed afresh. */
  reuseRockMaxAgeMs: number
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
  'experimental-extensions': 'false',
  'smoke-test': 'true',
  worker: 'auto',
  'smoke-path': '/',
  'smoke-timeout': '120',
  'smoke-migrate': 'false',
  'smoke-services': 'report',
  'push-from-forks': 'false',
  'reuse-rock': 'false',
  'reuse-rock-max-age': '7d'
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

/**
 * The reference with its repository in lower case, as registries require and as
 * docker/metadata-action writes `ghcr.io/${{ github.repository }}` for an owner or name with
 * capitals; the host and the tag keep theirs. A first part with capitals and no '.' or ':port' is
 * left alone: Docker reads it as a host, and parseImageRef says so.
 */
export function lowerCaseRepository(ref: string): string {
  const at = ref.indexOf('@')
  const named = at >= 0 ? ref.slice(0, at) : ref
  const colon = named.lastIndexOf(':')
  const end = colon > named.lastIndexOf('/') ? colon : named.length
  const slash = named.indexOf('/')
  const first = slash < 0 ? '' : named.slice(0, slash)
  const hasHost = /[.:]/.test(first) || first === 'localhost'
  if (slash >= 0 && !hasHost && first !== first.toLowerCase()) return ref
  const start = hasHost ? slash + 1 : 0
  return ref.slice(0, start) + ref.slice(start, end).toLowerCase() + ref.slice(end)
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

/**
 * An image reference input with its repository lower-cased (with a notice saying so), as
 * `ghcr.io/${{ github.repository }}` needs for an owner or name with capitals.
 */
function lowerCasedRef(name: string, ref: string, doing: string): string {
  const lower = lowerCaseRepository(ref)
  if (lower === ref) return parseImageRef(name, ref)
  try {
    parseImageRef(name, lower)
  } catch (err) {
    parseImageRef(name, ref) // refused in the user's own words (capitals never make it valid)
    throw err
  }
  core.notice(
    `Input '${name}': ${doing} ${lower}, not ${ref}: registries take repository names in lower case only`
  )
  return lower
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
// Long words count anywhere in the name; short ones only as a whole word between '_', '-' or '.'
// (PWD in DB_PWD, SK in STRIPE_SK, not in TASK_QUEUE or SKU; PASS in SMTP_PASS, not in BYPASS).
const SECRET_NAME =
  /SECRET|TOKEN|PASSW(OR)?D|PASSPHRASE|KEY|CREDENTIAL|PRIVATE|AUTH|COOKIE|SESSION|DSN|JWT|BEARER|SIGNING|SIGNATURE|HMAC|SALT/i
const SECRET_WORD = /^(PASS|PWD|PW|SK|PEM|OTP|TOTP|PIN|CERT)$/i
const secretName = (key: string): boolean =>
  SECRET_NAME.test(key) || key.split(/[_.-]/).some(word => SECRET_WORD.test(word))
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:[^/@\s]+@/i
const NOT_SECRET = /^(true|false|yes|no|on|off|[0-9]{1,5})$/i

function maskSecretLooking(env: Record<string, string>): void {
  for (const [key, value] of Object.entries(env)) {
    if (value === '' || NOT_SECRET.test(value)) continue
    if (secretName(key) || URL_WITH_PASSWORD.test(value)) core.setSecret(value)
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
  const push = refList(get('push')).map(ref => {
    // docker/build-push-action's `push: true` would otherwise be an image named true on Docker Hub.
    if (/^(true|false|yes|no|on|off)$/i.test(ref)) {
      throw new InputError(
        `Input 'push' takes image references, not '${ref}': name where to push (push: ghcr.io/org/app:1.0, one per line or comma-separated), or leave it out to push nothing`
      )
    }
    return lowerCasedRef('push', ref, 'pushing to')
  })
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
  const registry = get('registry')
  const hosts = (name: string, text: string): string[] =>
    refList(text).map(given => {
      const host = hostOf(given)
      if (host === undefined) {
        throw new InputError(
          `Input '${name}' names registry hosts (registry.example.com:5000, 10.0.0.5:5000, localhost:5000); got '${given}'`
        )
      }
      return host
    })
  const insecureRegistries = hosts('insecure-registries', read('insecure-registries'))
  const insecurePassword = hosts('insecure-registry-password', read('insecure-registry-password'))
  const notInsecure = insecurePassword.find(host => !insecureRegistries.includes(host))
  if (notInsecure) {
    throw new InputError(
      `Input 'insecure-registry-password' names ${notInsecure}, which is not in 'insecure-registries': the password goes over TLS there anyway`
    )
  }
  if (push.length > 0 && (password !== '' || registry !== '')) {
    const credentials = credentialHost([...manifest, ...push], registry)
    if ('problem' in credentials) {
      throw new InputError(
        `Inputs 'registry', 'push' and 'registry-password': ${credentials.problem}`
      )
    }
    const problem =
      password !== '' &&
      insecurePasswordProblem(credentials.host, insecureRegistries, insecurePassword)
    if (problem) throw new InputError(`Input 'registry-password': ${problem}`)
  }

  const smokeEnv = parseEnvLines('smoke-env', read('smoke-env'))
  maskSecretLooking(smokeEnv)
  smokeInput('smoke-env', () => refuseEmptyDeployerValues(smokeEnv))

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

  // DOCKER_HOST's own syntax: unix://, tcp://, ssh://, fd:// or npipe:// and an address.
  const dockerHost = get('docker-host') || (process.env.DOCKER_HOST ?? '').trim()
  if (dockerHost !== '' && !/^(unix|tcp|ssh|fd|npipe):\/\/[^\s]+$/.test(dockerHost)) {
    throw new InputError(
      `Input 'docker-host' (default: DOCKER_HOST) must be a Docker daemon address such as unix:///var/run/docker.sock or tcp://127.0.0.1:2375; got '${dockerHost}'`
    )
  }

  // Input compare-to (src/diff): a reference the rock is compared with after its smoke test.
  const compareTo =
    get('compare-to') === '' ? '' : lowerCasedRef('compare-to', get('compare-to'), 'comparing with')
  // Inputs reuse-rock and reuse-rock-max-age (src/reuse): "12h" or "7d", up to 90 days.
  const reuseRock = bool('reuse-rock', get('reuse-rock'))
  const maxAge = /^([0-9]{1,4})([hd])$/.exec(get('reuse-rock-max-age'))
  const reuseRockMaxAgeMs = maxAge
    ? Number(maxAge[1]) * (maxAge[2] === 'h' ? 3_600_000 : 86_400_000)
    : NaN
  if (!(reuseRockMaxAgeMs > 0 && reuseRockMaxAgeMs <= 90 * 86_400_000)) {
    throw new InputError(
      `Input 'reuse-rock-max-age' must be hours or days up to 90 days (12h, 7d); got '${get('reuse-rock-max-age')}'`
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
    experimentalExtensions: bool('experimental-extensions', get('experimental-extensions')),
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
    registryPassword: password,
    registry,
    dockerHost,
    insecureRegistries,
    insecurePassword,
    pushFromForks: bool('push-from-forks', get('push-from-forks')),
    compareTo,
    reuseRock,
    reuseRockMaxAgeMs
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
