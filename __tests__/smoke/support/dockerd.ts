// A real Docker daemon (Debian's docker.io) on its own socket for the smoke tests. The first test
// file that needs it starts it; later files reuse it. The run that started it stops it at its end
// (scripts/jest-global-teardown.mjs) unless FLASK_ROCK_KEEP_TEST_DOCKERD=1 keeps it for the next.
import { spawn } from 'node:child_process'
import * as fs from 'node:fs/promises'
import { openSync } from 'node:fs'
import * as path from 'node:path'
import { run } from '../../../src/process/exec.js'

const ROOT = '/tmp/flask-rock-tests'
export const DOCKER_SOCKET = path.join(ROOT, 'docker.sock')
export const DOCKER_HOST = `unix://${DOCKER_SOCKET}`
const PIDFILE = path.join(ROOT, 'docker.pid')

async function answers(): Promise<boolean> {
  const r = await run('docker', ['-H', DOCKER_HOST, 'version', '--format', '{{.Server.Version}}'], {
    what: 'ask the test Docker daemon its version',
    timeoutMs: 10_000
  }).catch(() => undefined)
  return r?.code === 0
}

/**
 * Starts the test daemon unless it already answers; returns its DOCKER_HOST. A machine that
 * already runs Docker (a GitHub runner) names its daemon in FLASK_ROCK_TEST_DOCKER_HOST instead:
 * a second daemon there would fight the first over the docker0 bridge and its firewall rules.
 */
export async function ensureTestDockerd(): Promise<string> {
  const given = process.env.FLASK_ROCK_TEST_DOCKER_HOST
  if (given) return given
  if (await answers()) return DOCKER_HOST
  await fs.mkdir(ROOT, { recursive: true })
  const log = openSync(path.join(ROOT, 'dockerd.log'), 'a')
  const child = spawn(
    'dockerd',
    [
      '--data-root',
      path.join(ROOT, 'data'),
      '--exec-root',
      path.join(ROOT, 'exec'),
      '-H',
      DOCKER_HOST,
      '--pidfile',
      PIDFILE
    ],
    { detached: true, stdio: ['ignore', log, log] }
  )
  child.unref()
  // Tells the global teardown that this run started it.
  await fs.writeFile(path.join(ROOT, 'started-by'), process.env.FLASK_ROCK_TEST_RUN_ID ?? '')
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (await answers()) return DOCKER_HOST
    if (child.exitCode !== null) break
    await new Promise(r => setTimeout(r, 250))
  }
  const tail = await fs.readFile(path.join(ROOT, 'dockerd.log'), 'utf8').catch(() => '')
  throw new Error(
    `the test Docker daemon did not start:\n${tail.split('\n').slice(-10).join('\n')}`
  )
}

export async function stopTestDockerd(): Promise<void> {
  const pid = Number(await fs.readFile(PIDFILE, 'utf8').catch(() => ''))
  if (pid > 0) process.kill(pid, 'SIGTERM')
}
