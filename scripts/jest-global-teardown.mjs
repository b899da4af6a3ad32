// Fails the run when a test left a temp dir, container or image behind (scripts/test-leaks.mjs),
// then stops the test Docker daemon when this test run started it (__tests__/smoke/support/
// dockerd.ts writes started-by), unless FLASK_ROCK_KEEP_TEST_DOCKERD=1 asks to keep it for the
// next run. A daemon named by FLASK_ROCK_TEST_DOCKER_HOST, or already running before the run, is
// never stopped.
import { readFile, rm } from 'node:fs/promises'
import * as path from 'node:path'
import { stopDaemon, TEST_DOCKERD_ROOT } from './test-dockerd.mjs'
import { leftBehind } from './test-leaks.mjs'

/** Stops the daemon under `root` if run `runId` started it; returns what it did, in words. */
export async function stopStartedDaemon(root, runId, env) {
  if (!runId || env.FLASK_ROCK_TEST_DOCKER_HOST) return 'not ours'
  const startedBy = await readFile(path.join(root, 'started-by'), 'utf8').catch(() => '')
  if (startedBy.trim() !== runId) return 'not ours'
  if (env.FLASK_ROCK_KEEP_TEST_DOCKERD === '1') return 'kept'
  await rm(path.join(root, 'started-by'), { force: true })
  return stopDaemon(root)
}

export default async function globalTeardown() {
  const before = globalThis.flaskRockTestSnapshot
  // Counted before the daemon stops: a stopped daemon's containers would not be seen.
  const { left, appeared } = before
    ? await leftBehind(before, process.env)
    : { left: [], appeared: [] }
  const did = await stopStartedDaemon(
    TEST_DOCKERD_ROOT,
    process.env.FLASK_ROCK_TEST_RUN_ID,
    process.env
  )
  if (did === 'stopped')
    process.stdout.write(
      'Stopped the test Docker daemon this run started (FLASK_ROCK_KEEP_TEST_DOCKERD=1 keeps it).\n'
    )
  if (appeared.length > 0) {
    process.stdout.write(
      `Appeared during the run (this run's or another process's; this run's own temp dir was ${before.runTemp}):\n` +
        // A busy machine makes dozens: the first ten say enough.
        appeared
          .slice(0, 10)
          .map(l => `  ${l}\n`)
          .join('') +
        (appeared.length > 10 ? `  and ${appeared.length - 10} more\n` : '')
    )
  }
  if (left.length > 0) {
    // A plain message and a failed run, not a stack trace of this script.
    process.stderr.write(
      `The tests left ${left.length} thing(s) behind (each test must remove what it makes):\n` +
        left.map(l => `  ${l}\n`).join('')
    )
    process.exitCode = 1
  }
}
