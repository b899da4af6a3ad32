// ESM + ts-jest: tests import src with .js suffixes; the mapper strips them for ts files.
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Jest's own cache stays where Jest puts it by default (<temp>/jest_<uid>), also for a jest run
// started by a test, whose temp dir is the outer run's own (scripts/test-leaks.mjs).
const systemTemp = process.env.FLASK_ROCK_TEST_SYSTEM_TMPDIR || tmpdir()

export default {
  cacheDirectory: join(systemTemp, `jest_${(process.getuid?.() ?? 0).toString(36)}`),
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  reporters: ['default', '<rootDir>/scripts/jest-count-reporter.cjs'],
  globalSetup: '<rootDir>/scripts/jest-global-setup.mjs',
  globalTeardown: '<rootDir>/scripts/jest-global-teardown.mjs',
  testTimeout: 30000
}
