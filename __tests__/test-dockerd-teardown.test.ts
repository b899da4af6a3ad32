// The global teardown stops the test Docker daemon only when this test run started it, and never
// one that was given or asked to be kept. The daemon here is a stand-in (a `sleep` process with a
// pidfile, where dockerd writes its own): the decision and the signal are what is tested.
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const started: number[] = []
const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
  for (const pid of started.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already stopped
    }
  }
})

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A stand-in daemon under a fresh root, recorded as started by run `startedBy`. */
function standInDaemon(startedBy: string): { root: string; pid: number } {
  const root = mkdtempSync(join(tmpdir(), 'teardown-test-'))
  roots.push(root)
  // Started through a shell that exits at once, so that (like dockerd) it is not our child.
  const pid = Number(
    spawnSync('sh', ['-c', 'sleep 300 >/dev/null 2>&1 & echo $!'], { encoding: 'utf8' }).stdout
  )
  started.push(pid)
  writeFileSync(join(root, 'docker.pid'), String(pid))
  writeFileSync(join(root, 'started-by'), startedBy)
  return { root, pid }
}

function teardown(root: string, runId: string, env: Record<string, string>): string {
  const script = `const m = await import(${JSON.stringify(join(process.cwd(), 'scripts/jest-global-teardown.mjs'))})
process.stdout.write(await m.stopStartedDaemon(${JSON.stringify(root)}, ${JSON.stringify(runId)}, ${JSON.stringify(env)}))`
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 30_000
  })
  expect(r.stderr).toBe('')
  return r.stdout
}

describe('the test Docker daemon after a test run', () => {
  it('is stopped when this run started it', () => {
    const { root, pid } = standInDaemon('run-1')
    expect(teardown(root, 'run-1', {})).toBe('stopped')
    expect(alive(pid)).toBe(false)
  })

  it.each([
    ['another run started it', 'run-2', {}, 'not ours'],
    ['it was given', 'run-1', { FLASK_ROCK_TEST_DOCKER_HOST: 'unix:///x.sock' }, 'not ours'],
    ['the person asked to keep it', 'run-1', { FLASK_ROCK_KEEP_TEST_DOCKERD: '1' }, 'kept']
  ])('keeps running when %s', (_why, runId, env, did) => {
    const { root, pid } = standInDaemon('run-1')
    expect(teardown(root, runId, env)).toBe(did)
    expect(alive(pid)).toBe(true)
  })

  it('keeps running when it was running before the run (no started-by)', () => {
    const { root, pid } = standInDaemon('')
    expect(teardown(root, 'run-1', {})).toBe('not ours')
    expect(alive(pid)).toBe(true)
  })

  it('is not claimed by a jest run started inside this one (each run names itself afresh)', () => {
    const script = `process.env.FLASK_ROCK_TEST_RUN_ID = 'outer-run'
const m = await import(${JSON.stringify(join(process.cwd(), 'scripts/jest-global-setup.mjs'))})
await m.default()
// The setup's own temp dir for the run, not wanted here.
const { rm } = await import('node:fs/promises')
await rm(globalThis.flaskRockTestSnapshot.runTemp, { recursive: true })
process.stdout.write(process.env.FLASK_ROCK_TEST_RUN_ID)`
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
      // No daemon to take a snapshot of.
      env: { ...process.env, FLASK_ROCK_TEST_DOCKER_HOST: 'unix:///nonexistent/docker.sock' }
    })
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatch(/^\d+-\d+$/)
    const { root, pid } = standInDaemon('outer-run')
    expect(teardown(root, r.stdout, {})).toBe('not ours')
    expect(alive(pid)).toBe(true)
  })
})
