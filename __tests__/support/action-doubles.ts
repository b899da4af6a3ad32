// The action's main step with its edges doubled, for the suites that run it whole (main.test.ts,
// diff/pipeline.test.ts): the pack stage, the smoke test and the registry are jest doubles, the
// revision lookup, the smoke test's image names and probe text real. Call the doubling functions
// before importing src/action/main.js (jest's module mocks apply to imports made after them).
import { jest } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expansionForInstalledRockcraft } from '../../src/pack/revision.js'

type Double = jest.Mock<(...args: unknown[]) => Promise<unknown>>

export class SmokeError extends Error {
  name = 'SmokeError'
}
export class PublishError extends Error {
  name = 'PublishError'
}

/** A passed smoke test as smokeTest returns it: the fields every report reads, one probe. */
export const SMOKE_PASSED = {
  image: 'flask-gevent:0.1',
  worker: 'gevent',
  status: 200,
  readyMs: 2400,
  latencyMs: 3,
  metrics: { requests: 2, responseCodes: { '200': 2 } },
  probes: [{ method: 'GET', path: '/', status: 200, ms: 3 }],
  appUid: 584792,
  stop: { ms: 1210, exitCode: 0 },
  services: [] as { name: string; startup: string; current: string }[]
}

/**
 * The pack door (packStage doubled, the revision lookup real: no snapd here, `current`) and the
 * smoke door (smokeTest doubled; the worker read from the expansion's `-k [ gevent ]`).
 */
export async function doublePackAndSmoke(): Promise<{ packStage: Double; smokeTest: Double }> {
  const packStage: Double = jest.fn()
  const smokeTest: Double = jest.fn()
  jest.unstable_mockModule('../../src/pack/index.js', () => ({
    expansionForInstalledRockcraft,
    packStage,
    savePackCache: async () => undefined
  }))
  const { runImage } = await import('../../src/smoke/image.js')
  const { probeText } = await import('../../src/smoke/probes.js')
  jest.unstable_mockModule('../../src/smoke/index.js', () => ({
    smokeTest,
    runImage,
    probeText,
    cleanupSmoke: async () => undefined,
    SmokeError,
    workerOfCommand: (command: string) => ({
      worker: /-k \[ gevent \]/.test(command) ? 'gevent' : 'sync',
      switchable: true
    }),
    workerPlan: (choice: string, { worker: projectWorker }: { worker: string }) => {
      if (choice === 'gevent' && projectWorker !== 'gevent')
        throw new SmokeError('worker gevent needs gevent')
      return { worker: choice === 'auto' ? projectWorker : choice, args: [] }
    }
  }))
  return { packStage, smokeTest }
}

/** The registry door: the push, the merge and the check before the pack doubled; no fork. */
export function doubleRegistry(): {
  publishRock: Double
  mergeImages: Double
  proveRegistry: Double
} {
  const publishRock: Double = jest.fn()
  const mergeImages: Double = jest.fn()
  const proveRegistry: Double = jest.fn()
  jest.unstable_mockModule('../../src/registry/index.js', () => ({
    publishRock,
    mergeImages,
    indexAnnotations: () => ({ 'org.opencontainers.image.revision': 'abc' }),
    cleanupPublish: async () => undefined,
    PublishError,
    githubEvent: async () => ({ isFork: false }),
    proveRegistry
  }))
  return { publishRock, mergeImages, proveRegistry }
}

/**
 * The runner's files for a step, empty, in `work` (outputs, state; RUNNER_TEMP too) and `summary`
 * (the job summary: @actions/core keeps the first path it sees, so one a suite), and the
 * variables that name them.
 */
export function runnerFiles(work: string, summary: string, workspace: string): void {
  for (const f of ['output', 'state']) writeFileSync(join(work, f), '')
  writeFileSync(summary, '')
  Object.assign(process.env, {
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_STATE: join(work, 'state'),
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: work
  })
}
