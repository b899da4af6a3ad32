// The global setup under Stryker (stryker.config.mjs): Stryker's test processes run jest's global
// setup but not its teardown, so the run temp dirs scripts/jest-global-setup.mjs makes (and what a
// mutant's failing test left in them) stayed in the system temp dir, one per test process. Here
// each process's temp dir is inside Stryker's sandbox, which Stryker removes at its end.
import { mkdirSync } from 'node:fs'
import * as path from 'node:path'

export default async function strykerGlobalSetup() {
  process.env.FLASK_ROCK_TEST_RUN_ID = `${process.pid}-${Date.now()}`
  const runTemp = path.join(
    import.meta.dirname,
    '..',
    '.tmp',
    `tests-${process.env.FLASK_ROCK_TEST_RUN_ID}`
  )
  mkdirSync(runTemp, { recursive: true, mode: 0o1777 })
  process.env.TMPDIR = runTemp
}
