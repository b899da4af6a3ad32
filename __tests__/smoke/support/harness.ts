// Shared set-up for the smoke test files: the real Docker daemon, the test rocks, a capture
// of the action log, and the state file the post step would read.
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { containersWithLabel } from '../../../src/smoke/docker.js'
import { run } from '../../../src/process/exec.js'
import { SMOKE_LABEL } from '../../../src/smoke/index.js'
import { saveState, type PostState } from '../../../src/action/state.js'
import { actionLog } from '../../../src/smoke/action-log.js'
import type { SmokeOptions } from '../../../src/smoke/index.js'
import { ensureTestDockerd } from './dockerd.js'
import { buildTestRock, REPO, type Runtime } from './rock.js'

export const EXAMPLES = path.join(REPO, 'examples')
export const TROUBLE_APP = path.join(REPO, '__tests__', 'smoke', 'fixtures', 'trouble-app')

/** Undefined when the smoke tests can run; otherwise why not (printed, then they are skipped). */
export async function smokeSkipReason(): Promise<string | undefined> {
  // Loaded here only: it needs jest, and the benchmark loads this file outside jest.
  const { skipReason } = await import('../../support/real-parts.js')
  // Root: dockerd, and the test rock's files owned by _daemon_.
  return skipReason('the Docker smoke tests', {
    root: true,
    tools: ['dockerd', 'docker', 'skopeo', 'mmdebstrap', 'tar', 'gzip']
  })
}

export interface TestRocks {
  host: string
  dir: string
  sync: string
  gevent: string
  trouble: string
  /** Which Pebble and statsd_exporter the rocks carry (printed by setUpRocks). */
  runtime: Runtime
}

/**
 * Starts (or reuses) the test daemon and builds the three test rocks with the Pebble that
 * FLASK_ROCK_TEST_PEBBLE names (default: real v1.32.1 where ../shared/runtime/ exists).
 */
export async function setUpRocks(): Promise<TestRocks> {
  const host = await ensureTestDockerd()
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-rocks-'))
  // One at a time: they share the cached root filesystem and the two cores.
  const sync = await buildTestRock({ app: path.join(EXAMPLES, 'flask-sync') }, dir)
  const gevent = await buildTestRock({ app: path.join(EXAMPLES, 'flask-gevent') }, dir)
  const trouble = await buildTestRock({ app: TROUBLE_APP }, dir)
  console.log(`smoke test rocks run ${sync.runtime.label}`)
  return {
    host,
    dir,
    sync: sync.file,
    gevent: gevent.file,
    trouble: trouble.file,
    runtime: sync.runtime
  }
}

/**
 * The smoke options a smoke test file starts from: the action's log and state, worker auto on a
 * sync project, the probe GET /, no environment; then the file's `base` (its rock, image, daemon,
 * temp dir, timeout), then what a case changes.
 */
export function smokeOptions(
  base: Pick<SmokeOptions, 'rock' | 'image' | 'timeoutSec' | 'dockerHost' | 'tempDir'> &
    Partial<SmokeOptions>
): (patch: Partial<SmokeOptions>) => SmokeOptions {
  return patch => ({
    worker: 'auto',
    projectWorker: 'sync',
    probes: [{ method: 'GET', path: '/' }],
    env: {},
    log: actionLog,
    remember: saveState,
    ...base,
    ...patch
  })
}

/** After a smoke test file that used setUpRocks: its state file unset, its images, work dir and rocks removed. */
export async function tearDownRocks(
  rocks: TestRocks | undefined,
  work: string | undefined
): Promise<void> {
  delete process.env.GITHUB_STATE
  if (rocks) await removeTestImages(rocks.host, ['flask-sync', 'flask-gevent', 'flask-trouble'])
  if (work) await fs.rm(work, { recursive: true, force: true })
  if (rocks) await fs.rm(rocks.dir, { recursive: true, force: true })
}

/**
 * Our containers still present (running or not): must be none after every case. Another run of
 * these tests may share the daemon, so only the containers our state file names count.
 */
export async function leftovers(host: string, stateFile: string): Promise<string[]> {
  const ours = new Set(
    (await fs.readFile(stateFile, 'utf8'))
      .split('\n')
      .filter(l => l.startsWith('{'))
      .map(l => (JSON.parse(l) as PostState).containerName)
  )
  return (await containersWithLabel(SMOKE_LABEL, host)).filter(name => ours.has(name))
}

// A tag of this run's own, so that another run sharing the daemon cannot swap our images; it
// carries the test run's name, by which the global teardown knows them as this run's.
const RUN_TAG = `0.1-test-${process.env.FLASK_ROCK_TEST_RUN_ID ?? ''}-${process.pid}-${Date.now().toString(36)}`

/** This run's image reference for a test rock: `flask-sync` -> `flask-sync:0.1-test-...`. */
export function testImage(name: string): string {
  return `${name}:${RUN_TAG}`
}

/** Removes the images testImage() named (those never loaded are fine). */
export async function removeTestImages(host: string, names: string[]): Promise<void> {
  await run('docker', ['-H', host, 'image', 'rm', '--force', ...names.map(testImage)], {
    what: 'remove the test images',
    timeoutMs: 60_000
  })
}

/** A fresh GITHUB_STATE file, so saveState writes where a post step would read. */
export async function useStateFile(dir: string): Promise<string> {
  const file = path.join(dir, 'github-state')
  await fs.writeFile(file, '')
  process.env.GITHUB_STATE = file
  return file
}

/** The last state main saved, as the post step would get it. */
export async function lastSavedState(file: string): Promise<PostState> {
  const lines = (await fs.readFile(file, 'utf8')).split('\n').filter(l => l.startsWith('{'))
  return lines.length ? (JSON.parse(lines[lines.length - 1]) as PostState) : {}
}
