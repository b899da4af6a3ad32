// skopeo moves rocks (OCI archives) into Docker and registries. rockcraft ships its own as
// rockcraft.skopeo; use that when present so the rock is read by the skopeo that wrote it.
// Its version decides which flags it takes and which Docker daemons it can talk to.
import { CommandError, onPath, run, tailLines } from '../process/exec.js'

export async function skopeoCommand(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return (await onPath('rockcraft.skopeo', env)) ? 'rockcraft.skopeo' : 'skopeo'
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

/** A skopeo release, as `skopeo --version` names it; undefined parts when it names none. */
export interface SkopeoVersion {
  /** "1.4.1", or what the tool printed when it names no version. */
  text: string
  /** [major, minor, patch]; undefined when the output names no version. */
  parts?: [number, number, number]
}

/** `skopeo version 1.4.1 commit: ...` -> 1.4.1; anything else names no version. */
export function parseSkopeoVersion(output: string): SkopeoVersion {
  const m = /\bversion v?([0-9]{1,4})\.([0-9]{1,4})\.([0-9]{1,4})\b/.exec(output)
  if (!m) return { text: output.trim().split('\n')[0].slice(0, 80) || 'no version' }
  const parts: [number, number, number] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return { text: parts.join('.'), parts }
}

/** Whether the version is at least `min`; an unknown version is not. */
export function atLeast(version: SkopeoVersion, min: readonly [number, number, number]): boolean {
  if (!version.parts) return false
  for (let i = 0; i < 3; i++) {
    if (version.parts[i] !== min[i]) return version.parts[i] > min[i]
  }
  return true
}

/** `copy --preserve-digests` came with skopeo 1.6.0 (ubuntu-22.04 ships 1.4.1). */
export const PRESERVE_DIGESTS_SINCE = [1, 6, 0] as const
/**
 * Upstream skopeo spoke Docker API 1.22 to a daemon before 1.14.2 (containers/image#2260); Docker
 * 25 and later refuse below 1.24. Distributions patch it: Ubuntu 24.04's 1.13.3 speaks 1.41
 * (skopeo#2802). So only releases below 1.13 (ubuntu-22.04's 1.4.1, the 1.9 rockcraft shipped
 * until rockcraft#490) are refused before the load; any other refusal is the daemon's, named.
 */
export const SPEAKS_API_1_22_BELOW = [1, 13, 0] as const

// Read once per command and PATH: every publish, merge and load of a run asks the same tool.
const versions = new Map<string, Promise<SkopeoVersion>>()

/** What `<command> --version` says, read once; a tool that will not say has no known version. */
export function skopeoVersion(
  command: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<SkopeoVersion> {
  const key = `${command}\0${env.PATH ?? ''}`
  let version = versions.get(key)
  if (!version) {
    version = run(command, ['--version'], {
      what: `ask ${command} its version`,
      timeoutMs: 30_000,
      env
    })
      .then(r => (r.code === 0 ? parseSkopeoVersion(r.stdout) : { text: 'no version' }))
      .catch(() => ({ text: 'no version' }))
    versions.set(key, version)
  }
  return version
}

/** Compares two Docker API versions ("1.22" < "1.24" < "1.100"). */
function apiBelow(a: string, b: string): boolean {
  const [am, an] = a.split('.').map(Number)
  const [bm, bn] = b.split('.').map(Number)
  return am !== bm ? am < bm : an < bn
}

/**
 * Why this skopeo cannot load into a daemon whose oldest API is `daemonMinApi`, or undefined:
 * a skopeo below 1.13 speaks API 1.22, which Docker 25 and later refuse.
 */
export function daemonApiProblem(
  command: string,
  version: SkopeoVersion,
  daemonMinApi: string,
  daemonVersion: string
): string | undefined {
  if (!version.parts || atLeast(version, SPEAKS_API_1_22_BELOW)) return undefined
  if (!/^[0-9]+\.[0-9]+$/.test(daemonMinApi) || !apiBelow('1.22', daemonMinApi)) return undefined
  return tooOldMessage(command, version.text, '1.22', daemonVersion, daemonMinApi)
}

/** The daemon's own refusal of an old client, when skopeo's message is one. */
export function daemonRefusal(message: string): { client: string; min: string } | undefined {
  const m =
    /client version ([0-9]+\.[0-9]+) is too old\. Minimum supported API version is ([0-9]+\.[0-9]+)/.exec(
      message
    )
  return m ? { client: m[1], min: m[2] } : undefined
}

export function tooOldMessage(
  command: string,
  skopeo: string,
  clientApi: string,
  daemonVersion: string,
  daemonMinApi: string
): string {
  return `${command} ${skopeo} speaks Docker API ${clientApi}, and this Docker daemon (${daemonVersion}) accepts ${daemonMinApi} and later: it cannot load the rock. Use a newer skopeo: the rockcraft snap's rockcraft.skopeo (install rockcraft, or let the action pack the rock), or run on ubuntu-24.04, whose skopeo speaks a newer API`
}

/** The daemon's version and the oldest API it accepts; undefined when docker will not say. */
async function daemonApi(
  host: string | undefined
): Promise<{ version: string; minApi: string } | undefined> {
  const r = await run(
    'docker',
    [
      ...(host ? ['-H', host] : []),
      'version',
      '--format',
      '{{.Server.Version}} {{.Server.MinAPIVersion}}'
    ],
    { what: 'ask the Docker daemon its API versions', timeoutMs: 30_000 }
  ).catch(() => undefined)
  const m = r?.code === 0 ? /^(\S+) ([0-9]+\.[0-9]+)\s*$/.exec(r.stdout.trim()) : null
  return m ? { version: `Docker ${m[1]}`, minApi: m[2] } : undefined
}

/**
 * Refuses, before a load into Docker, a skopeo that speaks an API the daemon refuses; the
 * message names both versions and the fix.
 */
export async function refuseSkopeoTooOldForDaemon(
  command: string,
  host: string | undefined
): Promise<void> {
  const version = await skopeoVersion(command)
  if (!version.parts || atLeast(version, SPEAKS_API_1_22_BELOW)) return
  const daemon = await daemonApi(host)
  const problem = daemon && daemonApiProblem(command, version, daemon.minApi, daemon.version)
  if (problem) throw new CommandError(problem)
}

/** A failed load whose cause is the daemon refusing skopeo's API: the same clear message. */
export async function explainDaemonRefusal(
  command: string,
  host: string | undefined,
  err: unknown
): Promise<unknown> {
  if (!(err instanceof CommandError)) return err
  const refusal = daemonRefusal(`${err.message}\n${err.result?.stderr ?? ''}`)
  if (!refusal) return err
  const [version, daemon] = await Promise.all([skopeoVersion(command), daemonApi(host)])
  return new CommandError(
    tooOldMessage(
      command,
      version.text,
      refusal.client,
      daemon?.version ?? 'the Docker daemon',
      refusal.min
    ),
    err.result
  )
}
