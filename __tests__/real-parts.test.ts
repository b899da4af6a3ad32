// The skip-or-require rule for tests that need real parts.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { missingParts, skipReason } from './support/real-parts.js'

afterEach(() => {
  delete process.env.FLASK_ROCK_REQUIRE_REAL_PARTS
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

  it('says why it skips, in one line', async () => {
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
