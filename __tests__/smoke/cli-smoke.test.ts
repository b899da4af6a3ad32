// `flask-rock smoke` spawned the way a user runs it (the CLI bundled by ncc), against the real
// Docker daemon and test rocks with the real Pebble: exit 0 pass, 1 fail, 2 usage, nothing left.
import { execFileSync, spawnSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { containersWithLabel, imageExists } from '../../src/smoke/docker.js'
import { SMOKE_LABEL } from '../../src/smoke/index.js'
import { EXAMPLES, smokeSkipReason, TROUBLE_APP } from './support/harness.js'
import { ensureTestDockerd } from './support/dockerd.js'
import { buildTestRock, REPO } from './support/rock.js'

let cliDir = ''
let cli = ''
let work = ''

beforeAll(() => {
  cliDir = mkdtempSync(path.join(os.tmpdir(), 'flask-rock-cli-smoke-'))
  work = mkdtempSync(path.join(os.tmpdir(), 'flask-rock-cli-smoke-work-'))
  execFileSync(
    path.join(REPO, 'node_modules/.bin/ncc'),
    ['build', path.join(REPO, 'src/cli/cli.ts'), '-o', cliDir, '--target', 'es2022', '-q'],
    { cwd: REPO, stdio: 'pipe' }
  )
  cli = path.join(cliDir, 'index.js')
}, 180_000)

afterAll(() => {
  rmSync(cliDir, { recursive: true, force: true })
  rmSync(work, { recursive: true, force: true })
})

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function flaskRock(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [cli, 'smoke', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
    timeout: 300_000
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('flask-rock smoke: usage errors (exit 2, one line, nothing run)', () => {
  it('prints its help', () => {
    const r = flaskRock(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Usage: flask-rock smoke ROCK /)
  })

  it.each([
    [[], 'flask-rock smoke: expected one ROCK, got 0'],
    [['a.rock', 'b.rock'], 'flask-rock smoke: expected one ROCK, got 2'],
    [
      ['x.rock', '--worker', 'eventlet'],
      "flask-rock smoke: --worker must be auto, sync or gevent, not 'eventlet'"
    ],
    [
      ['x.rock', '--probe', 'health'],
      `flask-rock smoke: probe "health" is not '[METHOD] PATH [=STATUS] [~TEXT]' (e.g. 'GET /health =200 ~ok')`
    ],
    [
      ['x.rock', '--timeout', '0'],
      'flask-rock smoke: --timeout must be a number of seconds from 1 to 9999'
    ],
    [['x.rock', '--format', 'xml'], "flask-rock smoke: --format must be text or json, not 'xml'"],
    [
      ['x.rock', '--services', 'strict'],
      "flask-rock smoke: --services must be report or require, not 'strict'"
    ],
    [['x.rock', '--bogus'], "flask-rock smoke: unknown option '--bogus'"],
    [
      ['x.rock', '--concurrency', '5 io'],
      `flask-rock smoke: --concurrency "5 io" is not 'N' or 'N PATH' with N from 0 to 1000`
    ],
    [
      ['x.rock', '--probe', 'HEAD / ~ok'],
      'flask-rock smoke: probe "HEAD / ~ok": a HEAD answer has no body to look for ~TEXT in'
    ],
    [['/no/such.rock'], 'flask-rock smoke: /no/such.rock: no such file']
  ])('%j', (args, message) => {
    const r = flaskRock(args as string[])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`${message}\nTry 'flask-rock smoke --help'.\n`)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses an env file line without echoing its value (it may be a secret)', () => {
    const file = path.join(work, 'bad.env')
    writeFileSync(file, 'GOOD=1\nAPI TOKEN=hunter2-secret\n')
    writeFileSync(path.join(work, 'x.rock'), '')
    const r = flaskRock([path.join(work, 'x.rock'), '--env-file', file])
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')[0]).toBe(`flask-rock smoke: ${file}:2: not a KEY=VALUE line`)
    expect(r.stderr + r.stdout).not.toContain('hunter2')
  })

  it('fails (exit 1) on a file that is no rock, before Docker is asked anything', () => {
    const file = path.join(work, 'notes.rock')
    writeFileSync(file, 'not an archive\n')
    const r = flaskRock([file, '--docker-host', 'unix:///nonexistent/docker.sock'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`flask-rock smoke: cannot read ${file}: not an OCI archive (a tar)\n`)
  })
})

const skip = await smokeSkipReason()
;(skip ? describe.skip : describe)('flask-rock smoke against a real Docker daemon', () => {
  let host = ''
  let sync = ''
  let trouble = ''
  beforeAll(async () => {
    host = await ensureTestDockerd()
    sync = (await buildTestRock({ app: path.join(EXAMPLES, 'flask-sync') }, work)).file
    const built = await buildTestRock({ app: TROUBLE_APP }, work)
    trouble = built.file
    console.log(`flask-rock smoke test rocks run ${built.runtime.label}`)
  }, 600_000)

  it('passes the sync example (exit 0, JSON result) and removes its container and image', async () => {
    const r = flaskRock([sync, '--format', 'json', '--probe', 'GET / =200', '--probe', 'HEAD /'], {
      DOCKER_HOST: host
    })
    expect(r.stderr).toContain('Smoke test passed: / answered 200')
    expect(r.code).toBe(0)
    const result = JSON.parse(r.stdout) as {
      verdict: string
      image: string
      worker: string
      appUid: number
      probes: unknown[]
    }
    expect(result).toMatchObject({ verdict: 'pass', worker: 'sync', appUid: 584792 })
    expect(result.probes).toHaveLength(2)
    expect(result.image).toMatch(/^flask-sync:0\.1-smoke-[0-9a-f]{12}$/)
    expect(await imageExists(result.image, host)).toBe(false)
  }, 300_000)

  it('--migrate fails (exit 1) on a rock without a migration script, before Docker is asked anything', () => {
    const r = flaskRock([sync, '--migrate', '--docker-host', 'unix:///nonexistent/docker.sock'])
    expect(r.code).toBe(1)
    expect(r.stderr.trim()).toBe(
      'flask-rock smoke: a migration was asked for (smoke-migrate true, --migrate), but the rock has no migrate, migrate.sh, migrate.py or manage.py in /flask/app'
    )
  })

  it('fails an app that cannot boot (exit 1), naming why, with secrets from the env file kept out of argv and output', async () => {
    const envFile = path.join(work, 'trouble.env')
    await fs.writeFile(
      envFile,
      '# the app fails on import\nTROUBLE_IMPORT=1\nAPI_TOKEN=hunter2-secret\n',
      { mode: 0o600 }
    )
    const before = await containersWithLabel(SMOKE_LABEL, host)
    const r = flaskRock([trouble, '--env-file', envFile, '--docker-host', host, '--timeout', '120'])
    expect(r.code).toBe(1)
    expect(r.stderr.trim().split('\n').pop()).toBe(
      `flask-rock smoke: the app failed to boot: ModuleNotFoundError: No module named 'flask_rock_missing_dependency' (Pebble: Service "flask" stopped unexpectedly with code 3)`
    )
    // The log tail, plain (no workflow commands off a runner), with Pebble's and the app's lines.
    expect(r.stdout).toMatch(
      /^--- Smoke test container flask-rock-smoke-[0-9a-f]+: log tail and state$/m
    )
    expect(r.stdout).toMatch(/\[flask\] ModuleNotFoundError/)
    expect(r.stdout).not.toMatch(/::group::|::stop-commands::/)
    expect(r.stdout + r.stderr).not.toContain('hunter2')
    const after = await containersWithLabel(SMOKE_LABEL, host)
    expect(after.filter(n => !before.includes(n))).toEqual([])
  }, 300_000)
})
