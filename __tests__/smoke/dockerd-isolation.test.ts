// The tests' own Docker daemon never shares a network with another daemon on the machine. Beside
// the daemon the tests use (the machine's, or their own), a second one is started here the way the
// tests start theirs (startDockerd: its own socket, data root and bridge): the two hand out
// addresses from disjoint subnets, and a container on one cannot reach a container on the other,
// while two containers on the same daemon still reach each other. The containers run the
// machine's own Python (/usr mounted read-only) as a web server and as a client.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { randomBytes } from 'node:crypto'
import { run, runOk } from '../../src/process/exec.js'
import { describeWith } from '../support/real-parts.js'
import { ensureTestDockerd, startExtraDockerd } from './support/dockerd.js'

const id = randomBytes(3).toString('hex')
const IMAGE = `flask-rock-isolation:${id}`
const containers: Array<{ host: string; name: string }> = []

const docker = async (host: string, args: string[]): Promise<string> =>
  (
    await runOk('docker', ['-H', host, ...args], {
      what: `docker ${args[0]}`,
      timeoutMs: 60_000
    })
  ).stdout.trim()

/** An empty image whose /bin, /lib and /lib64 lead into /usr, which each container mounts. */
async function imageTar(dir: string): Promise<string> {
  const stage = path.join(dir, 'stage')
  await fs.mkdir(path.join(stage, 'usr'), { recursive: true })
  for (const link of ['bin', 'lib', 'lib64'])
    await fs.symlink(`usr/${link}`, path.join(stage, link))
  const tar = path.join(dir, 'image.tar')
  await runOk('tar', ['-cf', tar, '-C', stage, '.'], { what: 'make the image', timeoutMs: 30_000 })
  return tar
}

/** Runs the machine's Python in a container named `name` on `host` (removed after the file). */
function python(host: string, name: string, args: string[], detach = false): Promise<string> {
  containers.push({ host, name })
  const run = ['run', ...(detach ? ['--detach'] : []), '--name', name, '--volume', '/usr:/usr:ro']
  return docker(host, [...run, IMAGE, '/usr/bin/python3', ...args])
}

/** Starts a web server in a container; returns its address. */
async function server(host: string, name: string): Promise<string> {
  await python(host, name, ['-m', 'http.server', '8080'], true)
  return docker(host, ['inspect', '--format', '{{.NetworkSettings.IPAddress}}', name])
}

/** What a client container on `host` gets from http://address:8080/: a status, or "unreachable". */
function fetchFrom(host: string, address: string): Promise<string> {
  // Tries for up to 5 s (the server may still be starting); unreachable is what stays.
  const client = `import time, urllib.request
for _ in range(10):
    try:
        print(urllib.request.urlopen("http://${address}:8080/", timeout=0.5).status)
        break
    except OSError:
        time.sleep(0.05)
else:
    print("unreachable")`
  const name = `flask-rock-isolation-client-${randomBytes(3).toString('hex')}`
  return python(host, name, ['-c', client])
}

const subnetOf = (host: string): Promise<string> =>
  docker(host, ['network', 'inspect', 'bridge', '--format', '{{(index .IPAM.Config 0).Subnet}}'])

;(
  await describeWith('the Docker isolation test', {
    root: true,
    tools: ['dockerd', 'docker', 'ip', 'iptables', '/usr/bin/python3']
  })
)('the test Docker daemon beside another daemon', () => {
  let dir: string
  let first: string
  let second: string
  let stopSecond: (() => Promise<void>) | undefined

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-isolation-'))
    first = await ensureTestDockerd()
    const extra = await startExtraDockerd()
    ;[second, stopSecond] = [extra.host, extra.stop]
    const tar = await imageTar(dir)
    await docker(first, ['import', tar, IMAGE])
    await docker(second, ['import', tar, IMAGE])
  }, 120_000)

  afterAll(async () => {
    for (const { host, name } of containers.splice(0)) {
      await run('docker', ['-H', host, 'rm', '--force', name], {
        what: 'clean up',
        timeoutMs: 60_000
      })
    }
    if (first)
      await run('docker', ['-H', first, 'rmi', IMAGE], { what: 'clean up', timeoutMs: 60_000 })
    await stopSecond?.()
    if (dir) await fs.rm(dir, { recursive: true, force: true })
  }, 120_000)

  it('gives the two daemons disjoint subnets, and each container an address in its own', async () => {
    const [mine, other] = [await subnetOf(first), await subnetOf(second)]
    expect(other).toMatch(/^10\.213\.\d+\.0\/24$/)
    expect(mine).not.toBe(other)
    const [a, b] = [
      await server(first, `flask-rock-isolation-a-${id}`),
      await server(second, `flask-rock-isolation-b-${id}`)
    ]
    const prefix = (subnet: string): string =>
      subnet
        .split('/')[0]
        .split('.')
        .slice(0, Number(subnet.split('/')[1]) / 8)
        .join('.')
    expect(a.startsWith(`${prefix(mine)}.`)).toBe(true)
    expect(b.startsWith(`${prefix(other)}.`)).toBe(true)
  }, 60_000)

  it('lets containers on one daemon reach each other and not the other daemon', async () => {
    const a = await docker(first, [
      'inspect',
      '--format',
      '{{.NetworkSettings.IPAddress}}',
      `flask-rock-isolation-a-${id}`
    ])
    const b = await docker(second, [
      'inspect',
      '--format',
      '{{.NetworkSettings.IPAddress}}',
      `flask-rock-isolation-b-${id}`
    ])
    expect({
      'first to first': await fetchFrom(first, a),
      'second to second': await fetchFrom(second, b),
      'first to second': await fetchFrom(first, b),
      'second to first': await fetchFrom(second, a)
    }).toEqual({
      'first to first': '200',
      'second to second': '200',
      'first to second': 'unreachable',
      'second to first': 'unreachable'
    })
  }, 120_000)
})
