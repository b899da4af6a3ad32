// The skip-or-require rule for tests that need real parts.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { missingParts, skipReason } from './support/real-parts.js'

let cleanups: (() => void)[] = []
const onEnd = (f: () => void): void => void cleanups.push(f)

afterEach(() => {
  delete process.env.FLASK_ROCK_REQUIRE_REAL_PARTS
  for (const f of cleanups) f()
  cleanups = []
  jest.restoreAllMocks()
})

describe('real parts', () => {
  it('names the first missing tool, absolute path or command', async () => {
    expect(await missingParts({ tools: ['node', 'no-such-tool-4f2a'] })).toBe(
      'no-such-tool-4f2a is not installed'
    )
    expect(await missingParts({ tools: ['/no/such/registry'] })).toBe(
      '/no/such/registry is not installed'
    )
    expect(await missingParts({ tools: [process.execPath, 'node'] })).toBeUndefined()
  })

  it("names a module Debian's python3 cannot import", async () => {
    expect(await missingParts({ pythonModules: ['no_such_module_4f2a'] })).toBe(
      '/usr/bin/python3 cannot import no_such_module_4f2a'
    )
  })

  it('says why it skips, in one line (outside a jest run with our reporter)', async () => {
    const skips = process.env.FLASK_ROCK_TEST_SKIPS_FILE
    delete process.env.FLASK_ROCK_TEST_SKIPS_FILE
    onEnd(() => (process.env.FLASK_ROCK_TEST_SKIPS_FILE = skips))
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    expect(await skipReason('the X tests', { tools: ['no-such-tool-4f2a'] })).toBe(
      'no-such-tool-4f2a is not installed'
    )
    expect(warn).toHaveBeenCalledWith(
      'SKIPPED the X tests: no-such-tool-4f2a is not installed. sudo .ci/run installs every part and runs them all.'
    )
  })

  it('fails instead of skipping under FLASK_ROCK_REQUIRE_REAL_PARTS=1', async () => {
    process.env.FLASK_ROCK_REQUIRE_REAL_PARTS = '1'
    await expect(skipReason('the X tests', { tools: ['no-such-tool-4f2a'] })).rejects.toThrow(
      'the X tests cannot run: no-such-tool-4f2a is not installed (FLASK_ROCK_REQUIRE_REAL_PARTS=1)'
    )
  })
})

describe('a jest run', () => {
  it('ends with the SKIPPED line of a file whose tests were all skipped, then the counts', () => {
    const env = { ...process.env }
    delete env.FLASK_ROCK_REQUIRE_REAL_PARTS
    const r = spawnSync(
      process.execPath,
      ['node_modules/.bin/jest', '--testMatch', '**/support/fixtures/all-skipped.fixture.ts'],
      { env, encoding: 'utf8', timeout: 120_000 }
    )
    expect(r.status).toBe(0)
    expect(r.stdout.split('\n').slice(-3)).toEqual([
      'SKIPPED the fixture tests: no-such-tool-4f2a is not installed. sudo .ci/run installs every part and runs them all.',
      'tests: 0 passed, 0 failed, 1 skipped',
      ''
    ])
  }, 120_000)
})
