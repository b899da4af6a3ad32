// Names this test run, so that what it starts (the test Docker daemon) can be told from what
// another run or a person started: workers inherit the variable. Always a fresh name: a jest run
// started from inside a test inherits the outer run's name and, keeping it, would stop the outer
// run's daemon at its own teardown. Then gives the run its own temp dir and takes the snapshot the
// teardown compares with (scripts/test-leaks.mjs).
import { snapshotBeforeRun } from './test-leaks.mjs'

export default async function globalSetup() {
  process.env.FLASK_ROCK_TEST_RUN_ID = `${process.pid}-${Date.now()}`
  // Read by the global teardown, which runs in this process.
  globalThis.flaskRockTestSnapshot = await snapshotBeforeRun(process.env)
}
