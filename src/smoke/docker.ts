// The Docker edge of the smoke test: every docker and skopeo call, with a timeout and a clear
// failure message. `host` is a DOCKER_HOST-style address (unix:///path/docker.sock); undefined
// means the default socket, as on a GitHub runner.
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { run, runOk, tailLines, type RunResult } from '../process/exec.js'
import { removeOnInterrupt } from '../process/interrupt.js'
import {
  explainDaemonRefusal,
  refuseSkopeoTooOldForDaemon,
  skopeoCommand
} from '../registry/skopeo.js'

function dockerArgs(host: string | undefined, args: readonly string[]): string[] {
  return host ? ['-H', host, ...args] : [...args]
}

async function docker(
  host: string | undefined,
  args: readonly string[],
  what: string,
  timeoutMs = 60_000
): Promise<RunResult> {
  return runOk('docker', dockerArgs(host, args), { what, timeoutMs })
}

/** How long loading a rock into Docker may take, by skopeo or by `docker load`. */
export const LOAD_TIMEOUT_MS = 10 * 60_000

/** Copies an OCI archive (.rock) into the daemon as `ref` (which must carry a tag). */
export async function loadRock(rock: string, ref: string, host?: string): Promise<void> {
  const skopeo = await skopeoCommand()
  const args = ['--insecure-policy', 'copy']
  // skopeo ignores DOCKER_HOST, which docker itself reads: both must talk to one daemon.
  const daemon = host || process.env.DOCKER_HOST
  if (daemon) args.push('--dest-daemon-host', daemon)
  await refuseSkopeoTooOldForDaemon(skopeo, daemon)
  // skopeo reads `oci-archive:PATH[:REF]` up to the first ':', so a path with one (a rock of
  // version `2:1.0`) goes through a link whose path has none.
  const linkDir = rock.includes(':')
    ? await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-load-'))
    : undefined
  const forget = linkDir ? removeOnInterrupt(linkDir) : () => {}
  try {
    let source = path.resolve(rock)
    if (linkDir) {
      source = path.join(linkDir, 'rock.rock')
      await fs.symlink(path.resolve(rock), source)
    }
    args.push(`oci-archive:${source}`, `docker-daemon:${ref}`)
    await runOk(skopeo, args, {
      what: `load ${rock} into Docker as ${ref}`,
      timeoutMs: LOAD_TIMEOUT_MS
    }).catch(async (err: unknown) => {
      throw await explainDaemonRefusal(skopeo, daemon, err)
    })
  } finally {
    if (linkDir) await fs.rm(linkDir, { recursive: true, force: true })
    forget()
  }
}

/** What Docker holds under `ref`: its image ID and its layers (diff_ids), as `docker image inspect` says. */
export async function loadedImage(
  ref: string,
  host?: string
): Promise<{ id: string; layers: string[] }> {
  const r = await docker(
    host,
    ['image', 'inspect', '--format', '{{.Id}} {{json .RootFS.Layers}}', ref],
    `inspect image ${ref}`,
    30_000
  )
  const [id, ...rest] = r.stdout.trim().split(' ')
  const layers: unknown = JSON.parse(rest.join(' ') || 'null')
  return { id, layers: Array.isArray(layers) ? layers.map(String) : [] }
}

/** Whether the daemon keeps images in containerd's store, where an image ID is its manifest's digest. */
export async function containerdStore(host?: string): Promise<boolean> {
  const r = await docker(
    host,
    ['info', '--format', '{{json .DriverStatus}}'],
    'ask Docker for its storage'
  )
  return r.stdout.includes('io.containerd.snapshotter')
}

/** Removes an image reference (the image goes when no other reference holds it); gone is fine. */
export async function removeImage(ref: string, host?: string): Promise<void> {
  const r = await run('docker', dockerArgs(host, ['image', 'rm', ref]), {
    what: `remove image ${ref}`,
    timeoutMs: 60_000
  })
  if (r.code !== 0 && !/no such image/i.test(r.stderr)) {
    throw new Error(
      `remove image ${ref}: docker exited with code ${r.code}: ${tailLines(r.stderr, 3)}`
    )
  }
}

/** Whether the daemon has an image under this reference. */
export async function imageExists(ref: string, host?: string): Promise<boolean> {
  const r = await run(
    'docker',
    dockerArgs(host, ['image', 'inspect', '--format', '{{.Id}}', ref]),
    {
      what: `inspect image ${ref}`,
      timeoutMs: 30_000
    }
  )
  return r.code === 0
}

/** docker stop with a grace period; resolves when the container has stopped. */
export async function stopContainer(name: string, graceSec: number, host?: string): Promise<void> {
  await docker(
    host,
    ['stop', '--time', String(graceSec), name],
    `stop container ${name}`,
    (graceSec + 30) * 1000
  )
}

/** uid and command line of each process in the container (`docker top`), as the host sees them. */
export async function containerProcesses(
  name: string,
  host?: string
): Promise<{ uid: number; command: string }[]> {
  const r = await docker(
    host,
    ['top', name, '-eo', 'pid,uid,args'],
    `list the processes of ${name}`,
    30_000
  )
  return r.stdout
    .split('\n')
    .slice(1)
    .map(line => /^\s*\d+\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(m => ({ uid: Number(m[1]), command: m[2] }))
}

export interface RunSpec {
  image: string
  name: string
  labels: Record<string, string>
  /** Secrets go through this file only, never argv. */
  envFile: string
  /** Non-secret variables set on the command line. */
  env: Record<string, string>
  /** Container ports to publish on ephemeral ports of 127.0.0.1. */
  publish: number[]
  /** Appended to the image's entrypoint. */
  args: string[]
}

/** docker run -d; resolves once the container exists (and was started). */
export async function runDetached(spec: RunSpec, host?: string): Promise<void> {
  const args = ['run', '--detach', '--name', spec.name, '--env-file', spec.envFile]
  for (const [k, v] of Object.entries(spec.labels)) args.push('--label', `${k}=${v}`)
  for (const [k, v] of Object.entries(spec.env)) args.push('--env', `${k}=${v}`)
  for (const port of spec.publish) args.push('--publish', `127.0.0.1::${port}`)
  args.push(spec.image, ...spec.args)
  await docker(host, args, `start the smoke test container from ${spec.image}`)
}

export interface ContainerState {
  status: string
  running: boolean
  exitCode: number
  oomKilled: boolean
  error: string
  /** container port ("8000/tcp") -> host port on 127.0.0.1 */
  ports: Record<string, number>
  labels?: Record<string, string>
  /** The program the container runs (its entrypoint's first word): the rock's Pebble. */
  path?: string
}

interface InspectJson {
  Path?: string
  State: { Status: string; Running: boolean; ExitCode: number; OOMKilled: boolean; Error: string }
  Config?: { Labels?: Record<string, string> | null }
  NetworkSettings: { Ports: Record<string, { HostIp: string; HostPort: string }[] | null> | null }
}

/** The container's state, or undefined when it does not exist. */
export async function inspectContainer(
  name: string,
  host?: string
): Promise<ContainerState | undefined> {
  const r = await run('docker', dockerArgs(host, ['container', 'inspect', name]), {
    what: `inspect container ${name}`,
    timeoutMs: 30_000
  })
  if (r.code !== 0) {
    if (/no such (container|object)/i.test(r.stderr)) return undefined
    throw new Error(
      `inspect container ${name}: docker exited with code ${r.code}: ${tailLines(r.stderr, 3)}`
    )
  }
  const [info] = JSON.parse(r.stdout) as InspectJson[]
  const ports: Record<string, number> = {}
  for (const [port, bindings] of Object.entries(info.NetworkSettings.Ports ?? {})) {
    const bound = (bindings ?? []).find(b => b.HostIp === '127.0.0.1') ?? bindings?.[0]
    if (bound) ports[port] = Number(bound.HostPort)
  }
  return {
    status: info.State.Status,
    running: info.State.Running,
    exitCode: info.State.ExitCode,
    oomKilled: info.State.OOMKilled,
    error: info.State.Error,
    ports,
    labels: info.Config?.Labels ?? {},
    path: info.Path
  }
}

/** The container's output (stdout and stderr), the last `tail` lines of each. */
export async function containerLogs(name: string, host?: string, tail?: number): Promise<string> {
  const args = ['logs', ...(tail ? ['--tail', String(tail)] : []), name]
  const r = await docker(host, args, `read the log of container ${name}`, 30_000)
  return r.stdout + r.stderr
}

/** A line of a container's log and the time Docker took it (RFC 3339, always 9 fraction digits). */
export interface LogEntry {
  time: string
  text: string
}

const DOCKER_TIME = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z$/

/**
 * Entries of `docker logs --timestamps` output (one stream), in order. Times are made fixed-width
 * (`...:05.5Z` -> `...:05.500000000Z`) so that they sort as text; a line without a time (not
 * expected from Docker) keeps the time of the line before it.
 */
export function parseLogEntries(text: string): LogEntry[] {
  const entries: LogEntry[] = []
  let time = ''
  for (const line of text.split('\n')) {
    if (line === '') continue
    const space = line.indexOf(' ')
    const m = DOCKER_TIME.exec(space < 0 ? line : line.slice(0, space))
    if (!m) {
      entries.push({ time, text: line })
      continue
    }
    time = `${m[1]}.${(m[2] ?? '').padEnd(9, '0')}Z`
    entries.push({ time, text: space < 0 ? '' : line.slice(space + 1) })
  }
  return entries
}

/**
 * The container's log entries taken at or after `since` (a LogEntry time; all when undefined),
 * stdout and stderr merged in time order.
 */
export async function containerLogEntries(
  name: string,
  host?: string,
  since?: string,
  tail?: number
): Promise<LogEntry[]> {
  const args = [
    'logs',
    '--timestamps',
    ...(since ? ['--since', since] : []),
    ...(tail ? ['--tail', String(tail)] : []),
    name
  ]
  const r = await docker(host, args, `read the log of container ${name}`, 30_000)
  // A stable sort keeps each stream's own order among entries with the same time.
  return [...parseLogEntries(r.stdout), ...parseLogEntries(r.stderr)].sort((a, b) =>
    a.time < b.time ? -1 : a.time > b.time ? 1 : 0
  )
}

export interface ExecSpec {
  /** user[:group] inside the container; default the image's user. */
  user?: string
  workdir?: string
  timeoutMs: number
  /** Output kept per stream, its tail. */
  keepBytes?: number
}

/**
 * `docker exec` of an argument array (no shell), stdin closed (no -i: a read gets end of file),
 * the container's own environment; resolves with the result whatever the exit code. A timeout
 * stops the docker client only: the process inside goes with the container.
 */
export async function execInContainer(
  name: string,
  command: readonly string[],
  what: string,
  spec: ExecSpec,
  host?: string
): Promise<RunResult> {
  const args = ['exec']
  if (spec.user) args.push('--user', spec.user)
  if (spec.workdir) args.push('--workdir', spec.workdir)
  args.push(name, ...command)
  return run('docker', dockerArgs(host, args), {
    what,
    timeoutMs: spec.timeoutMs,
    keepBytes: spec.keepBytes
  })
}

/** Removes the container and its anonymous volumes; a container already gone is fine. */
export async function removeContainer(name: string, host?: string): Promise<void> {
  const r = await run('docker', dockerArgs(host, ['rm', '--force', '--volumes', name]), {
    what: `remove container ${name}`,
    timeoutMs: 60_000
  })
  if (r.code !== 0 && !/no such container/i.test(r.stderr)) {
    throw new Error(
      `remove container ${name}: docker exited with code ${r.code}: ${tailLines(r.stderr, 3)}`
    )
  }
}

/** Names of the containers carrying a label (running or not). */
export async function containersWithLabel(label: string, host?: string): Promise<string[]> {
  const r = await docker(
    host,
    ['ps', '--all', '--filter', `label=${label}`, '--format', '{{.Names}}'],
    'list containers'
  )
  return r.stdout.split('\n').filter(s => s !== '')
}
