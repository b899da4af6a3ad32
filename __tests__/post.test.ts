// The post step with real cleanup code: whatever main left behind is removed, and a tampered
// state makes it remove nothing that this run did not make: no path outside our own temporary
// directories under RUNNER_TEMP, no container without this run's label (a real Docker daemon).
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals'
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inspectContainer } from '../src/smoke/docker.js'
import { run, runOk } from '../src/process/exec.js'
import { post } from '../src/action/post-step.js'
import { SMOKE_LABEL } from '../src/smoke/index.js'
import { RUN_LABEL } from '../src/action/state.js'
import { ensureTestDockerd } from './smoke/support/dockerd.js'
import { describeWith } from './support/real-parts.js'
import { tempDir } from './support/temp.js'

const STATE = 'STATE_flask-rock'
let saved: NodeJS.ProcessEnv
let log: string[]
let runnerTemp: string

beforeEach(() => {
  saved = { ...process.env }
  runnerTemp = tempDir('post-runner-temp-')
  process.env.RUNNER_TEMP = runnerTemp
  log = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    log.push(String(chunk))
    return true
  })
})

afterEach(() => {
  process.env = saved
  jest.restoreAllMocks()
})

const warnings = (): string[] => log.filter(l => l.startsWith('::warning::'))

/** A directory with a file in it, outside RUNNER_TEMP: it must survive the post step. */
function victim(): string {
  const dir = tempDir('post-victim-')
  writeFileSync(join(dir, 'precious'), 'keep')
  return dir
}

describe('post', () => {
  it('removes the smoke env file, the registry auth file and the run temp dir', async () => {
    const tempDir = join(runnerTemp, 'flask-rock-run')
    // Beside the run temp dir, not in it: removing the temp dir must not hide a missed cleanup.
    const envDir = join(runnerTemp, 'flask-rock-smoke-x')
    const authDir = join(runnerTemp, 'flask-rock-publish-y')
    for (const d of [tempDir, envDir, authDir]) mkdirSync(d, { recursive: true })
    writeFileSync(join(envDir, 'smoke.env'), 'SECRET=1\n', { mode: 0o600 })
    writeFileSync(join(authDir, 'auth.json'), '{"auths":{}}', { mode: 0o600 })
    writeFileSync(join(runnerTemp, 'keep-me'), 'not ours')
    process.env[STATE] = JSON.stringify({
      isPost: true,
      envFile: join(envDir, 'smoke.env'),
      authFile: join(authDir, 'auth.json'),
      tempDir
    })
    await post()
    expect(existsSync(tempDir)).toBe(false)
    expect(existsSync(envDir)).toBe(false)
    expect(existsSync(authDir)).toBe(false)
    expect(existsSync(join(runnerTemp, 'keep-me'))).toBe(true)
    expect(log).toEqual([])
  })

  it('does nothing when main never ran', async () => {
    await post()
    expect(log).toEqual([])
  })

  it('removes no path a tampered state names outside our own temporary directories', async () => {
    const outside = victim()
    const traversal = victim()
    const linked = victim()
    mkdirSync(join(linked, 'flask-rock-smoke-y'))
    writeFileSync(join(linked, 'flask-rock-smoke-y', 'smoke.env'), 'keep')
    symlinkSync(linked, join(runnerTemp, 'flask-rock-link'))
    const authVictim = victim()
    mkdirSync(join(authVictim, 'flask-rock-publish-z'))
    writeFileSync(join(authVictim, 'flask-rock-publish-z', 'auth.json'), 'keep')
    const otherTool = join(runnerTemp, 'other-tool')
    mkdirSync(otherTool)
    writeFileSync(join(otherTool, 'precious'), 'keep')
    const states = [
      { tempDir: outside },
      { tempDir: runnerTemp },
      { tempDir: otherTool },
      { tempDir: join(runnerTemp, 'flask-rock-x', '..', '..', traversal.split('/').pop()!) },
      { tempDir: 'flask-rock-relative' },
      { envFile: join(runnerTemp, 'flask-rock-link', 'flask-rock-smoke-y', 'smoke.env') },
      { authFile: join(authVictim, 'flask-rock-publish-z', 'auth.json') }
    ]
    for (const state of states) {
      process.env[STATE] = JSON.stringify({ isPost: true, ...state })
      await post()
    }
    for (const dir of [outside, traversal, linked, authVictim, otherTool])
      expect(existsSync(join(dir, 'precious'))).toBe(true)
    expect(existsSync(join(linked, 'flask-rock-smoke-y', 'smoke.env'))).toBe(true)
    expect(existsSync(join(authVictim, 'flask-rock-publish-z', 'auth.json'))).toBe(true)
    expect(existsSync(runnerTemp)).toBe(true)
    expect(warnings()).toEqual([
      `::warning::Post step: left the temporary directory ${outside} alone: it is not a temporary path of this action\n`,
      `::warning::Post step: left the temporary directory ${runnerTemp} alone: it is not a temporary path of this action\n`,
      `::warning::Post step: left the temporary directory ${otherTool} alone: it is not a temporary path of this action\n`,
      `::warning::Post step: left the temporary directory ${states[3].tempDir} alone: it is not a temporary path of this action\n`,
      `::warning::Post step: left the temporary directory flask-rock-relative alone: it is not a temporary path of this action\n`,
      `::warning::Post step: left the smoke test env file ${states[5].envFile} alone: it is not a temporary path of this action\n`,
      `::warning::Post step: left the registry auth file ${states[6].authFile} alone: it is not a temporary path of this action\n`
    ])
  })
})

const dockerNeeds = process.env.FLASK_ROCK_TEST_DOCKER_HOST
  ? { tools: ['docker'] }
  : { root: true, tools: ['docker', 'dockerd'] }

;(await describeWith('the post step container tests', dockerNeeds))(
  'post with a real Docker daemon',
  () => {
    const tag = `flask-rock-post-test:${process.pid}-${Date.now()}`
    const suffix = `${process.pid}${Date.now().toString(16)}`
    const names = {
      foreign: `production-db-${suffix}`,
      otherRun: `flask-rock-smoke-other-${suffix}`,
      ours: `flask-rock-smoke-ours-${suffix}`
    }
    const runId = 'a1b2c3d4e5f60718'
    let host: string

    beforeAll(async () => {
      host = await ensureTestDockerd()
      // The smallest image that `docker create` accepts: one file, imported from a tar.
      const dir = tempDir('post-image-')
      writeFileSync(join(dir, 'file'), 'x')
      await runOk('tar', ['-cf', join(dir, 'image.tar'), '-C', dir, 'file'], {
        what: 'make a tiny image',
        timeoutMs: 30_000
      })
      const docker = (args: string[]): Promise<unknown> =>
        runOk('docker', ['-H', host, ...args], { what: 'set up containers', timeoutMs: 60_000 })
      await docker(['import', join(dir, 'image.tar'), tag])
      await docker(['create', '--name', names.foreign, tag, '/file'])
      await docker([
        'create',
        '--name',
        names.otherRun,
        '--label',
        `${SMOKE_LABEL}=true`,
        '--label',
        `${RUN_LABEL}=0000000000000000`,
        tag,
        '/file'
      ])
      await docker([
        'create',
        '--name',
        names.ours,
        '--label',
        `${SMOKE_LABEL}=true`,
        '--label',
        `${RUN_LABEL}=${runId}`,
        tag,
        '/file'
      ])
    }, 120_000)

    afterAll(async () => {
      for (const name of Object.values(names))
        await run('docker', ['-H', host, 'rm', '--force', name], {
          what: 'clean up',
          timeoutMs: 60_000
        })
      await run('docker', ['-H', host, 'rmi', tag], { what: 'clean up', timeoutMs: 60_000 })
    }, 120_000)

    it("removes only a container that carries this run's label", async () => {
      process.env.DOCKER_HOST = host
      for (const containerName of [names.foreign, names.otherRun, '--all', names.ours]) {
        process.env[STATE] = JSON.stringify({ isPost: true, runId, containerName })
        await post()
      }
      // A state without the run id cannot claim a container either.
      process.env[STATE] = JSON.stringify({ isPost: true, containerName: names.otherRun })
      await post()
      expect(await inspectContainer(names.foreign, host)).toBeDefined()
      expect(await inspectContainer(names.otherRun, host)).toBeDefined()
      expect(await inspectContainer(names.ours, host)).toBeUndefined()
      const alone = (name: string): string =>
        `::warning::Post step: left container ${name} alone: it does not carry this run's label\n`
      expect(warnings()).toEqual([
        alone(names.foreign),
        alone(names.otherRun),
        alone('--all'),
        alone(names.otherRun)
      ])
    }, 120_000)
  }
)
