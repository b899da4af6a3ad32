// Stops the test Docker daemon when this test run started it (__tests__/smoke/support/dockerd.ts
// writes started-by), unless FLASK_ROCK_KEEP_TEST_DOCKERD=1 asks to keep it for the next run. A
// daemon named by FLASK_ROCK_TEST_DOCKER_HOST, or already running before the run, is never stopped.
import { readFile, rm } from 'node:fs/promises'
import * as path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

export const TEST_DOCKERD_ROOT = '/tmp/flask-rock-tests'

const alive = pid => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Stops the daemon under `root` if run `runId` started it; returns what it did, in words. */
export async function stopStartedDaemon(root, runId, env) {
  if (!runId || env.FLASK_ROCK_TEST_DOCKER_HOST) return 'not ours'
  const startedBy = await readFile(path.join(root, 'started-by'), 'utf8').catch(() => '')
  if (startedBy.trim() !== runId) return 'not ours'
  if (env.FLASK_ROCK_KEEP_TEST_DOCKERD === '1') return 'kept'
  await rm(path.join(root, 'started-by'), { force: true })
  const pid = Number(await readFile(path.join(root, 'docker.pid'), 'utf8').catch(() => ''))
  if (!(pid > 0) || !alive(pid)) return 'gone'
  process.kill(pid, 'SIGTERM')
  // dockerd stops its containers first: give it time, then insist.
  for (let i = 0; i < 200 && alive(pid); i++) await sleep(100)
  if (alive(pid)) process.kill(pid, 'SIGKILL')
  return 'stopped'
}

export default async function globalTeardown() {
  const did = await stopStartedDaemon(
    TEST_DOCKERD_ROOT,
    process.env.FLASK_ROCK_TEST_RUN_ID,
    process.env
  )
  if (did === 'stopped')
    process.stdout.write(
      'Stopped the test Docker daemon this run started (FLASK_ROCK_KEEP_TEST_DOCKERD=1 keeps it).\n'
    )
}
