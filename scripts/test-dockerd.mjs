// The test Docker daemon's plumbing shared by the tests (__tests__/smoke/support/dockerd.ts) and
// the global setup and teardown: which daemon answers, and how a daemon the tests started (under
// its root, on its own bridge) is stopped and its bridge and firewall rules removed.
import { execFile } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import * as path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

export const TEST_DOCKERD_ROOT = '/tmp/flask-rock-tests'
export const TEST_DOCKER_HOST = `unix://${path.join(TEST_DOCKERD_ROOT, 'docker.sock')}`
const MACHINE_DOCKER_HOST = 'unix:///var/run/docker.sock'

/** Runs a command (argument array, timeout); resolves with its exit code and output. */
export function command(file, args, timeoutMs = 30_000) {
  return new Promise(resolve => {
    execFile(file, args, { timeout: timeoutMs, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr })
    )
  })
}

export async function answers(host) {
  const r = await command(
    'docker',
    ['-H', host, 'version', '--format', '{{.Server.Version}}'],
    10_000
  )
  return r.code === 0
}

/**
 * The daemon that answers, in the order the tests look: FLASK_ROCK_TEST_DOCKER_HOST (taken as
 * is), the tests' own daemon, the machine's (DOCKER_HOST, /var/run/docker.sock); else undefined.
 */
export async function answeringDaemon(env) {
  if (env.FLASK_ROCK_TEST_DOCKER_HOST) return env.FLASK_ROCK_TEST_DOCKER_HOST
  for (const host of [TEST_DOCKER_HOST, env.DOCKER_HOST, MACHINE_DOCKER_HOST]) {
    if (host && (await answers(host))) return host
  }
  return undefined
}

const alive = pid => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Removes the bridge and firewall rules a started daemon recorded under `root` (network.json). */
export async function removeBridge(root) {
  const record = await readFile(path.join(root, 'network.json'), 'utf8').catch(() => '')
  if (!record) return
  const { bridge, rules } = JSON.parse(record)
  for (const rule of rules) await command('iptables', ['-w', '-D', ...rule])
  await command('ip', ['link', 'delete', bridge])
  await rm(path.join(root, 'network.json'), { force: true })
}

/** Unmounts what is mounted under `root` (dockerd mounts its data root onto itself), deepest first. */
async function unmountUnder(root) {
  const mounts = (await readFile('/proc/self/mounts', 'utf8').catch(() => ''))
    .split('\n')
    .map(line => line.split(' ')[1])
    .filter(point => point === root || point?.startsWith(`${root}/`))
  for (const point of mounts.reverse()) await command('umount', ['--lazy', point])
}

/**
 * Stops the daemon whose pidfile is under `root`, then unmounts what it left mounted there and
 * removes its bridge and rules.
 */
export async function stopDaemon(root) {
  const pid = Number(await readFile(path.join(root, 'docker.pid'), 'utf8').catch(() => ''))
  let did = 'gone'
  if (pid > 0 && alive(pid)) {
    process.kill(pid, 'SIGTERM')
    // dockerd stops its containers first: give it time, then insist.
    for (let i = 0; i < 200 && alive(pid); i++) await sleep(100)
    if (alive(pid)) process.kill(pid, 'SIGKILL')
    did = 'stopped'
  }
  await unmountUnder(root)
  await removeBridge(root)
  return did
}
