// A smoke suite's set-up and teardown as jest hooks: kept apart from harness.ts, which the
// benchmark loads outside jest (where @jest/globals cannot be imported).
import { afterAll, afterEach, beforeAll, expect } from '@jest/globals'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { SmokeOptions } from '../../../src/smoke/index.js'
import {
  leftovers,
  setUpRocks,
  smokeOptions,
  tearDownRocks,
  useStateFile,
  type TestRocks
} from './harness.js'

/** What a smoke suite's beforeAll made (smokeSuite): read it in the cases, not before. */
export interface SmokeSuite {
  rocks: TestRocks
  /** The suite's work dir: the state file, the env files (tempDir), a case's own rocks. */
  work: string
  stateFile: string
  options: (patch: Partial<SmokeOptions>) => SmokeOptions
}

/**
 * A suite on the test rocks, called inside its describe: before the first case, the rocks, a
 * work dir `<temp dir>/<prefix>XXXXXX` with the post step's state file, and the options the cases
 * patch (`base`'s rock, image and timeout on the test daemon); after each case, no container the
 * state file names is left; after the last, the images, the work dir and the rocks are removed.
 */
export function smokeSuite(
  prefix: string,
  base: (rocks: TestRocks) => Pick<SmokeOptions, 'rock' | 'image' | 'timeoutSec'>
): SmokeSuite {
  const suite = {} as SmokeSuite
  beforeAll(async () => {
    suite.rocks = await setUpRocks()
    suite.work = await fs.mkdtemp(path.join(os.tmpdir(), prefix))
    suite.stateFile = await useStateFile(suite.work)
    suite.options = smokeOptions({
      ...base(suite.rocks),
      dockerHost: suite.rocks.host,
      tempDir: suite.work
    })
  }, 600_000)
  afterEach(async () => {
    expect(await leftovers(suite.rocks.host, suite.stateFile)).toEqual([])
  })
  afterAll(() => tearDownRocks(suite.rocks, suite.work))
  return suite
}
