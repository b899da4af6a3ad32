// What paas-charm does with a rock before and around its app, tested on the real Pebble (the one
// FLASK_ROCK_TEST_PEBBLE names: v1.32.1 by default, 1.19.2 for the old one) in a real Docker
// daemon: the deployer's environment (FLASK_SECRET_KEY...), the migration run as _daemon_ from the
// app directory before the app starts, the *-worker services' states, and V2 (26.04) rocks laid
// out under /app. One test app (fixtures/deployer-app) whose misbehaviours smoke-env switches on.
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, afterEach, beforeAll, expect, it } from '@jest/globals'
import { smokeTest, type SmokeOptions } from '../../src/smoke/index.js'
import { describeWith } from '../support/real-parts.js'
import { captureLog } from './support/log.js'
import { commandsSeen } from '../support/runner-commands.js'
import * as core from '../../src/action/runner-io.js'
import { ensureTestDockerd } from './support/dockerd.js'
import {
  leftovers,
  removeTestImages,
  smokeOptions,
  testImage,
  useStateFile
} from './support/harness.js'
import { buildTestRock, runtimeDir, type TestRock } from './support/rock.js'

const DEPLOYER_APP = path.join(
  path.dirname(new URL(import.meta.url).pathname),
  'fixtures',
  'deployer-app'
)

const describeReal = await describeWith("the deployer's smoke tests", {
  root: true,
  // The real Pebble only: the stand-in knows neither --hold nor `pebble plan`.
  tools: ['dockerd', 'docker', 'skopeo', 'mmdebstrap', path.join(runtimeDir(), 'pebble-1.19.2')]
})

// paas-charm starts the rock's *-worker services with the app's environment.
const WORKER = {
  'mail-worker': {
    override: 'replace' as const,
    startup: 'enabled' as const,
    command: '/bin/python3 {app}/app/worker.py',
    user: '_daemon_'
  }
}

describeReal('the smoke test runs the rock as paas-charm would', () => {
  let host: string
  let work: string
  let stateFile: string
  let v1: TestRock
  let v2: TestRock
  let options: (patch: Partial<SmokeOptions>) => SmokeOptions

  beforeAll(async () => {
    host = await ensureTestDockerd()
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-deployer-'))
    stateFile = await useStateFile(work)
    v1 = await buildTestRock(
      { app: DEPLOYER_APP, services: WORKER, out: path.join(work, 'v1.rock') },
      work
    )
    v2 = await buildTestRock(
      { app: DEPLOYER_APP, services: WORKER, layout: 'v2', out: path.join(work, 'v2.rock') },
      work
    )
    console.log(`deployer rocks run ${v1.runtime.label}`)
    options = smokeOptions({
      rock: v1.file,
      image: testImage('deployer-v1'),
      timeoutSec: 60,
      probes: [{ method: 'GET', path: '/', expect: 200 }],
      migrate: 'auto',
      dockerHost: host,
      tempDir: work
    })
  }, 600_000)

  afterEach(async () => {
    expect(await leftovers(host, stateFile)).toEqual([])
    expect((await fs.readdir(work)).filter(f => f.startsWith('flask-rock-smoke-'))).toEqual([])
  })

  afterAll(async () => {
    delete process.env.GITHUB_STATE
    if (host) await removeTestImages(host, ['deployer-v1', 'deployer-v2'])
    if (work) await fs.rm(work, { recursive: true, force: true })
  })

  /** Runs a smoke test with the action's log captured; the log text comes back with the outcome. */
  async function logged<T>(
    attempt: () => Promise<T>
  ): Promise<{ log: string; result?: T; error?: Error; ms: number }> {
    const log = captureLog()
    const started = Date.now()
    try {
      return { result: await attempt(), log: log.text(), ms: Date.now() - started }
    } catch (err) {
      return { error: err as Error, log: log.text(), ms: Date.now() - started }
    } finally {
      log.restore()
    }
  }

  it('runs the migration of a V2 rock in /app as _daemon_ with the deployer environment, before the app starts, and reports the worker', async () => {
    const run = await logged(() =>
      smokeTest(options({ rock: v2.file, image: testImage('deployer-v2') }))
    )
    expect(run.error).toBeUndefined()
    const result = run.result!
    // / answers 200 only once the migration made the table: it ran before the first probe.
    expect(result.status).toBe(200)
    expect(result.layout).toBe('v2')
    expect(result.migration).toEqual({
      command: ['python3', 'migrate.py'],
      workdir: '/app',
      ms: expect.any(Number),
      exitCode: 0
    })
    expect(result.services).toEqual([
      { name: 'mail-worker', startup: 'enabled', current: 'active' }
    ])
    expect(result.environment).toEqual({
      deployer: ['FLASK_METRICS_PORT', 'FLASK_METRICS_PATH', 'FLASK_BASE_URL', 'FLASK_SECRET_KEY'],
      smokeEnv: []
    })
    expect(run.log).toContain('migrate: uid=584792 cwd=/app secret=set\n')
    expect(run.log).toContain(
      'Environment as paas-charm gives the app without configuration or relations: FLASK_METRICS_PORT, FLASK_METRICS_PATH, FLASK_BASE_URL, FLASK_SECRET_KEY (random, masked)\n'
    )
    expect(run.log).toContain('Extra services (as paas-charm starts them): mail-worker active\n')
    console.log(
      `V2 rock: migration ${result.migration!.ms} ms, ready ${result.readyMs} ms after replan, whole run ${run.ms} ms`
    )
  }, 180_000)

  it("runs a V1 rock's migration in /flask/app; smoke-env overrides a deployer variable and is named in the log", async () => {
    const run = await logged(() =>
      smokeTest(options({ migrate: 'true', env: { FLASK_BASE_URL: 'https://shop.example' } }))
    )
    expect(run.error).toBeUndefined()
    expect(run.result!.layout).toBe('v1')
    expect(run.result!.migration).toMatchObject({ workdir: '/flask/app', exitCode: 0 })
    expect(run.result!.environment).toEqual({
      deployer: ['FLASK_METRICS_PORT', 'FLASK_METRICS_PATH', 'FLASK_SECRET_KEY'],
      smokeEnv: ['FLASK_BASE_URL']
    })
    expect(run.log).toContain('migrate: uid=584792 cwd=/flask/app secret=set\n')
    expect(run.log).toContain('; from smoke-env: FLASK_BASE_URL\n')
    console.log(
      `V1 rock: migration ${run.result!.migration!.ms} ms, ready ${run.result!.readyMs} ms`
    )
  }, 180_000)

  it('fails on a failing migration, quoting its last lines, before the app ever starts', async () => {
    const run = await logged(() => smokeTest(options({ env: { MIGRATE_MODE: 'fail' } })))
    expect(run.error?.message).toMatch(
      /^the migration \(python3 migrate\.py, in \/flask\/app as _daemon_\) failed with exit code 1: File "\/flask\/app\/migrate\.py", line \d+, in <module> \| raise RuntimeError\("relation \\"orders\\" already exists"\) \| RuntimeError: relation "orders" already exists$/
    )
    // Its output in its own group, then the container's state; gunicorn never started.
    expect(run.log).toContain('migrate: applying 0002_orders\n')
    expect(run.log).not.toMatch(/Using worker/)
  }, 180_000)

  it("needs the deployer's FLASK_SECRET_KEY: the app that reads it passes; an empty one is refused", async () => {
    const health = [{ method: 'GET' as const, path: '/health', expect: 200 }]
    const passed = await smokeTest(options({ migrate: 'false', probes: health }))
    expect(passed.status).toBe(200)
    expect(passed.migration).toBeUndefined()
    const run = await logged(() =>
      smokeTest(options({ migrate: 'false', probes: health, env: { FLASK_SECRET_KEY: '' } }))
    )
    // An empty FLASK_SECRET_KEY (a missing secret in smoke-env) is refused by name, not passed on.
    expect(run.error?.message).toBe(
      'FLASK_SECRET_KEY is empty, which the deployer never sets it to: a missing secret gives an empty value (forks, new repositories). Leave FLASK_SECRET_KEY out (the smoke test sets a random key), or give it a value'
    )
  }, 180_000)

  it('reports a worker that dies, and fails on it with smoke-services require', async () => {
    const reported = await smokeTest(options({ env: { WORKER_MODE: 'die' } }))
    expect(reported.services).toHaveLength(1)
    expect(reported.services[0].name).toBe('mail-worker')
    expect(reported.services[0].current).not.toBe('active')
    console.log(`a dying worker, as Pebble reports it: ${JSON.stringify(reported.services)}`)
    await expect(
      smokeTest(options({ env: { WORKER_MODE: 'die' }, services: 'require' }))
    ).rejects.toThrow(
      `smoke-services is require, and mail-worker is ${reported.services[0].current} (not active)`
    )
  }, 240_000)

  it('bounds a hanging migration by smoke-timeout, leaving nothing behind', async () => {
    const run = await logged(() =>
      smokeTest(options({ env: { MIGRATE_MODE: 'hang' }, timeoutSec: 6 }))
    )
    expect(run.error?.message).toBe(
      'the migration (python3 migrate.py) did not finish within the smoke timeout (6 s)'
    )
    // 6 s, the docker client's stop and the cleanup: well under the time a hang would take.
    expect(run.ms).toBeLessThan(30_000)
    console.log(`hanging migration: verdict and cleanup ${run.ms} ms after the start`)
  }, 120_000)

  it('keeps a migration that writes workflow commands and megabytes, and reads stdin, fenced and bounded', async () => {
    const was = process.env.GITHUB_ACTIONS
    process.env.GITHUB_ACTIONS = 'true'
    let run
    try {
      run = await logged(() =>
        smokeTest(options({ env: { MIGRATE_MODE: 'commands,chatty,stdin' } }))
      )
    } finally {
      if (was === undefined) delete process.env.GITHUB_ACTIONS
      else process.env.GITHUB_ACTIONS = was
    }
    expect(run.error).toBeUndefined()
    const lines = run.log.split('\n')
    const error = lines.indexOf('::error::from the migration')
    expect(error).toBeGreaterThan(0)
    // The nearest fence before the command line is open until after it.
    const open = lines
      .slice(0, error)
      .reverse()
      .find(l => l.startsWith('::stop-commands::'))
    expect(open).toMatch(/^::stop-commands::[0-9a-f]{32}$/)
    const token = open!.slice('::stop-commands::'.length)
    expect(lines.indexOf(`::${token}::`)).toBeGreaterThan(lines.indexOf('::stop-commands::guessed'))
    // stdin is closed: the read ends at once with nothing.
    expect(run.log).toContain('migrate: stdin gave 0 bytes\n')
    // 8 MiB printed: the log group shows the last 200 lines of it.
    const xs = lines.filter(l => /^x{1023}$/.test(l)).length
    expect(xs).toBeLessThanOrEqual(200)
    expect(run.log.length).toBeLessThan(1024 * 1024)
  }, 180_000)

  it("never lets a failing migration's legacy workflow command act: the log fenced, the failure an escaped ::error", async () => {
    const forged = `##[set-output name=digest]sha256:${'f'.repeat(64)}`
    const was = process.env.GITHUB_ACTIONS
    process.env.GITHUB_ACTIONS = 'true'
    let run
    try {
      // As main does with a failed step: its message is the run's failure annotation.
      run = await logged(() =>
        smokeTest(options({ env: { MIGRATE_MODE: 'forge' } })).catch((err: Error) => {
          core.setFailed(err.message)
          throw err
        })
      )
    } finally {
      if (was === undefined) delete process.env.GITHUB_ACTIONS
      else process.env.GITHUB_ACTIONS = was
      process.exitCode = undefined
    }
    expect(run.error?.message).toBe(
      `the migration (python3 migrate.py, in /flask/app as _daemon_) failed with exit code 1: migrate: ok ${forged}`
    )
    // The runner acts on the groups, the secret's mask and the failure, and on nothing forged.
    expect(commandsSeen(run.log).map(c => c.split(' ')[0])).toEqual([
      'add-mask',
      'group',
      'endgroup',
      'group',
      'endgroup',
      'error'
    ])
    const tokens = new Map<string, string>()
    const normal = run.log
      .replace(/\b[0-9a-f]{32}\b/g, t => {
        if (!tokens.has(t)) tokens.set(t, `T${tokens.size + 1}`)
        return tokens.get(t)!
      })
      .replace(/[0-9]+\.[0-9] s\b/g, 'N s')
      .split('\n')
    const from = normal.indexOf(
      '::group::Migration: python3 migrate.py (in /flask/app as _daemon_)'
    )
    const failure = `the migration (python3 migrate.py, in /flask/app as _daemon_) failed with exit code 1: migrate: ok ${forged}`
    expect(normal.slice(from, from + 13)).toEqual([
      '::group::Migration: python3 migrate.py (in /flask/app as _daemon_)',
      'stdout (last lines, as the migration wrote them):',
      'migrate: uid=584792 cwd=/flask/app secret=set',
      'stderr (last lines, as the migration wrote them):',
      '::stop-commands::T1',
      `migrate: ok ${forged}`,
      '::T1::',
      'Exit code 1 after N s',
      '::endgroup::',
      '::stop-commands::T2',
      `Smoke test failed: ${failure}`,
      '::T2::',
      expect.stringMatching(
        /^::group::Smoke test container flask-rock-smoke-[0-9a-f]+: log tail and state$/
      )
    ])
    // The container's log tail, then its state; the failure last, escaped. The tail is fenced when
    // it could hold a command: with Pebble v1.32.1 it carries the services' output (PEBBLE_VERBOSE),
    // with v1.19.2 only Pebble's own lines, which need no fence.
    const tail = normal.slice(from + 13, normal.length - 4)
    if (tail[0] === '::stop-commands::T3') expect(tail[tail.length - 1]).toBe('::T3::')
    else expect(tail.join('\n')).not.toMatch(/::|##\[/)
    expect(normal.slice(-4)).toEqual([
      'Container state: status running, not OOM-killed',
      '::endgroup::',
      `::error::${failure}`,
      ''
    ])
  }, 180_000)
})
