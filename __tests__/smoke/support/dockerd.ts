// The Docker daemon the tests use. A daemon that already answers is used as it is (one named by
// FLASK_ROCK_TEST_DOCKER_HOST, the one a run before started and kept, or the machine's own through
// DOCKER_HOST or /var/run/docker.sock): the tests label the containers they make and remove them
// by label. Only where none answers do the tests start Debian's dockerd, on its own socket and data
// root and with a bridge of its own on an address range no route on the machine uses: a second
// daemon on docker0's 172.17.0.0/16 would hand out the same container addresses as the first, and
// the two would get each other's traffic. The run that started it stops it at its end
// (scripts/jest-global-teardown.mjs, which also removes the bridge and its firewall rules) unless
// FLASK_ROCK_KEEP_TEST_DOCKERD=1 keeps it for the next.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import * as fs from 'node:fs/promises'
import { openSync, closeSync } from 'node:fs'
import * as path from 'node:path'
import { runOk } from '../../../src/process/exec.js'
import {
  answeringDaemon,
  answers,
  removeBridge,
  stopDaemon,
  TEST_DOCKER_HOST,
  TEST_DOCKERD_ROOT
} from '../../../scripts/test-dockerd.mjs'

export { stopDaemon, TEST_DOCKERD_ROOT }
export const DOCKER_HOST = TEST_DOCKER_HOST
/** The bridge the tests' own daemon attaches its containers to (Linux allows 15 characters). */
export const TEST_BRIDGE = 'flaskrock0'

/**
 * The daemon the tests use: FLASK_ROCK_TEST_DOCKER_HOST when set; else the tests' own daemon when
 * it answers; else the machine's daemon (DOCKER_HOST, /var/run/docker.sock) when it answers; else
 * the tests' own, started now on its own bridge. Returns its DOCKER_HOST.
 */
export async function ensureTestDockerd(): Promise<string> {
  const answering = await answeringDaemon(process.env)
  if (answering) return answering
  await startDockerd(TEST_DOCKERD_ROOT, TEST_BRIDGE)
  // Tells the global teardown that this run started it.
  await fs.writeFile(
    path.join(TEST_DOCKERD_ROOT, 'started-by'),
    process.env.FLASK_ROCK_TEST_RUN_ID ?? ''
  )
  return DOCKER_HOST
}

interface Route {
  base: number
  bits: number
}

const ipv4 = (text: string): number =>
  text.split('.').reduce((n, octet) => n * 256 + Number(octet), 0)

/** The IPv4 routes and addresses of this machine, as base and prefix length. */
async function usedRanges(): Promise<Route[]> {
  const [routes, addresses] = await Promise.all([
    runOk('ip', ['-4', 'route', 'show', 'table', 'all'], {
      what: 'list the routes',
      timeoutMs: 10_000
    }),
    runOk('ip', ['-4', '-o', 'addr', 'show'], { what: 'list the addresses', timeoutMs: 10_000 })
  ])
  const found: Route[] = []
  const cidrs = [
    ...routes.stdout.split('\n').map(line => line.split(/\s+/).find(w => /^\d/.test(w))),
    ...addresses.stdout.split('\n').map(line => /\binet (\S+)/.exec(line)?.[1])
  ]
  for (const cidr of cidrs) {
    const m = /^(\d+\.\d+\.\d+\.\d+)(?:\/(\d+))?$/.exec(cidr ?? '')
    if (m) found.push({ base: ipv4(m[1]), bits: m[2] === undefined ? 32 : Number(m[2]) })
  }
  return found
}

const overlaps = (a: Route, b: Route): boolean => {
  const bits = Math.min(a.bits, b.bits)
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0
  return (a.base & mask) >>> 0 === (b.base & mask) >>> 0
}

/**
 * A /24 that no route or address on the machine overlaps, from 10.213.0.0/16 (a corner of 10/8
 * that Docker's default pools, 172.17-31/16 and 192.168/16, and most LANs leave alone).
 */
export async function freeSubnet(): Promise<string> {
  const used = await usedRanges()
  for (let third = 0; third < 256; third++) {
    const candidate = { base: ipv4(`10.213.${third}.0`), bits: 24 }
    if (!used.some(route => overlaps(route, candidate))) return `10.213.${third}.0/24`
  }
  throw new Error('no free /24 in 10.213.0.0/16 for the test Docker daemon bridge')
}

/**
 * The firewall rules that keep the bridge's traffic on the bridge: containers on it talk to each
 * other, and nothing crosses to or from another bridge (another daemon's containers). With
 * --iptables=false the daemon adds no rules of its own, so it never rewrites another daemon's
 * chains either; its published ports go through docker-proxy on 127.0.0.1.
 */
export function bridgeRules(bridge: string): string[][] {
  return [
    ['FORWARD', '-i', bridge, '-o', bridge, '-j', 'ACCEPT'],
    ['FORWARD', '-i', bridge, '!', '-o', bridge, '-j', 'DROP'],
    ['FORWARD', '-o', bridge, '!', '-i', bridge, '-j', 'DROP']
  ]
}

/**
 * Starts dockerd under `root` (its socket root/docker.sock) with containers on a new bridge
 * `bridge` on a free /24, isolated by bridgeRules(). Returns its DOCKER_HOST and the subnet.
 */
export async function startDockerd(
  root: string,
  bridge: string
): Promise<{ host: string; subnet: string }> {
  const host = `unix://${path.join(root, 'docker.sock')}`
  await fs.mkdir(root, { recursive: true })
  // What a daemon that died under this root without its teardown left (a killed test run).
  await removeBridge(root)
  const subnet = await freeSubnet()
  const gateway = subnet.replace(/\.0\/24$/, '.1/24')
  const rules = bridgeRules(bridge)
  // Recorded first, so that whatever part of it exists is removed even if the start fails.
  await fs.writeFile(path.join(root, 'network.json'), JSON.stringify({ bridge, rules }))
  const ip = (args: string[]): Promise<unknown> =>
    runOk('ip', args, { what: `set up the bridge ${bridge}`, timeoutMs: 30_000 })
  try {
    await ip(['link', 'add', 'name', bridge, 'type', 'bridge'])
    await ip(['address', 'add', gateway, 'dev', bridge])
    await ip(['link', 'set', bridge, 'up'])
    // Inserted last first: at the top of FORWARD, in the order bridgeRules lists them.
    for (const rule of [...rules].reverse()) {
      const [chain, ...spec] = rule
      await runOk('iptables', ['-w', '-I', chain, '1', ...spec], {
        what: `isolate the bridge ${bridge}`,
        timeoutMs: 30_000
      })
    }
  } catch (err) {
    await removeBridge(root)
    throw err
  }
  const logFile = path.join(root, 'dockerd.log')
  const log = openSync(logFile, 'a')
  const env = { ...process.env }
  // Its temporary files go under its data root, not into a test run's temp dir.
  delete env.TMPDIR
  const child = spawn(
    'dockerd',
    [
      '--data-root',
      path.join(root, 'data'),
      '--exec-root',
      path.join(root, 'exec'),
      '-H',
      host,
      '--pidfile',
      path.join(root, 'docker.pid'),
      '--bridge',
      bridge,
      '--iptables=false',
      '--ip-masq=false'
    ],
    { detached: true, stdio: ['ignore', log, log], env }
  )
  child.unref()
  closeSync(log)
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (await answers(host)) return { host, subnet }
    if (child.exitCode !== null) break
    await new Promise(r => setTimeout(r, 250))
  }
  if (child.exitCode === null) {
    const exited = new Promise(resolve => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
  }
  await stopDaemon(root)
  const tail = await fs.readFile(logFile, 'utf8').catch(() => '')
  throw new Error(
    `the test Docker daemon did not start:\n${tail.split('\n').slice(-10).join('\n')}`
  )
}

/**
 * A second daemon beside the one the tests use, for a test that needs two, or needs one that is
 * not the machine's default: started like the tests' own, under a short root of its own (the
 * containerd sockets under it must fit in a socket address, 108 bytes). `stop` removes it all.
 */
export async function startExtraDockerd(): Promise<{ host: string; stop: () => Promise<void> }> {
  const id = randomBytes(3).toString('hex')
  const root = `/tmp/flask-rock-dockerd-${id}`
  const stop = async (): Promise<void> => {
    await stopDaemon(root)
    await fs.rm(root, { recursive: true, force: true })
  }
  try {
    return { host: (await startDockerd(root, `frtest-${id}`)).host, stop }
  } catch (err) {
    await stop()
    throw err
  }
}
