// Mutation testing (`npm run test:mutation`): does some test fail when the code is changed? Too
// slow for CI (minutes per file on two cores); run it by hand, one file while working:
//   npm run test:mutation -- --mutate src/core/expand.ts
// The report is in reports/mutation/ (HTML) and on the terminal. To score a file by its own unit
// suites only (much faster), name them: MUTATION_TESTS=context,inputs npm run test:mutation -- ...
// runs __tests__/**/context.test.ts and __tests__/**/inputs.test.ts, and only those (even a suite
// left out below runs when named). Each file's own suites:
//   src/smoke/boot-watch.ts     smoke-logic,boot-watch.unit
//   src/smoke/worker.ts         smoke-logic,worker.unit
//   src/registry/image-ref.ts   image-ref,image-ref.more
//   src/registry/merge.ts       merge.unit,merge.recorded
//   src/smoke/probes.ts         probes.unit
//   src/rock/tar.ts             tar.unit
//   src/rock/limits.ts          limits.unit
//   src/rock/read.ts            read,read.unit,shared-layers (read.unit's 100000-entry case
//                               costs ~5 s a mutant under load: it covers the read's start)
//   src/rock/error.ts           read.unit
//   src/rock/go-version-scan.ts go-version-scan
//   src/rock/layers.ts          layers.unit
//   src/sbom/parse.ts           parse.unit
//   src/sbom/go-version.ts      go-version,go-version.unit
//   src/sbom/serial.ts          attest
//   src/sbom/pack-record.ts     pack-record.unit
//   src/sbom/build.ts           build.unit,components.unit (components.unit scores lines 1-319,
//                               the components; build.unit buildSbom, 320 on, bounds included)
//   src/sbom/cli.ts             cli.unit (cli.test runs the bundle: 70 s before its first case)
//   src/sbom/index.ts           cli.unit
//   src/pack/cache.ts:36-199    cache-key,cache-paths.unit (the key and paths; the rest is the
//                               restore and save, scored by the suites that run root's tar)
// Use --concurrency 1 on a shared machine. The python3 script (src/core/bridge/) is strings
// to Stryker: `npm run test:bridge-mutation` mutates it by hand (scripts/mutate-bridge.mjs).
const only = process.env.MUTATION_TESTS?.split(',').filter(Boolean) ?? []
// The sandbox is a copy under .stryker-tmp/: ../shared beside it is not the real parts' folder,
// and the suites that use the real Pebble and statsd_exporter would skip (their mutants unscored).
process.env.FLASK_ROCK_RUNTIME_DIR ||= `${import.meta.dirname}/../shared/runtime/linux-amd64`

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  // Jest here runs ESM through Node's VM modules, as `npm test` does.
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    configFile: 'jest.config.js',
    config: {
      // Left out: suites that drive a real Docker daemon, registry, rockcraft stand-in or pack
      // (minutes each, and their code is not mutated here), the main step's suite (it loads every
      // edge: near a minute per mutant on a busy machine), suites that run the bundle in dist/
      // (mutants live in src/), and the random property runs. The score is what the unit tests
      // of these files catch.
      testPathIgnorePatterns:
        only.length > 0
          ? ['/node_modules/']
          : [
              '/node_modules/',
              // The smoke and pack folders' unit suites run; the rest drive Docker or a pack.
              '<rootDir>/__tests__/smoke/(?!.*\\.unit\\.test\\.ts$)',
              '<rootDir>/__tests__/rockcraft/',
              '<rootDir>/__tests__/registry/publish\\.registry\\.test\\.ts$',
              '<rootDir>/__tests__/registry/release-workflow\\.test\\.ts$',
              '<rootDir>/__tests__/pack/(?!.*\\.unit\\.test\\.ts$)',
              '<rootDir>/__tests__/registry/merge\\.registry\\.test\\.ts$',
              '<rootDir>/__tests__/core/cli\\.test\\.ts$',
              '<rootDir>/__tests__/core/properties\\.test\\.ts$',
              '<rootDir>/__tests__/action-(entry|contract)\\.test\\.ts$',
              '<rootDir>/__tests__/real-parts\\.test\\.ts$',
              '<rootDir>/__tests__/main\\.test\\.ts$'
            ],
      ...(only.length > 0 && { testMatch: only.map(name => `**/__tests__/**/${name}.test.ts`) }),
      // The sandbox has no node_modules of its own (ours is a symlink, which Stryker does not
      // link again): src/action/runner-io.ts's relative imports of @actions/core's files go to ours.
      moduleNameMapper: {
        '^(?:\\.\\./)+node_modules/(.*)\\.js$': `${import.meta.dirname}/node_modules/$1`,
        '^(\\.{1,2}/.*)\\.js$': '$1'
      },
      reporters: ['default'],
      // Stryker runs jest's global setup but not its teardown: test temp dirs go in the sandbox.
      globalSetup: '<rootDir>/scripts/stryker-global-setup.mjs',
      globalTeardown: null
    }
  },
  mutate: [
    'src/core/**/*.ts',
    'src/action/context.ts',
    'src/action/summary.ts',
    'src/smoke/**/*.ts',
    'src/registry/publish.ts',
    'src/registry/merge.ts',
    'src/registry/image-ref.ts',
    'src/pack/cache.ts'
  ],
  coverageAnalysis: 'perTest',
  // Two cores, shared: one or two test processes.
  concurrency: 2,
  timeoutMS: 20000,
  ignorePatterns: ['reports', 'coverage', '.tmp', 'bench/.tree'],
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true
}
