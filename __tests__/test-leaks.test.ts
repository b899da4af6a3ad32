// The global teardown fails a run that left something behind: an entry in the run's own temp dir,
// a container or an image with the tests' names or label that appeared on the daemon. What was
// there before the setup is not counted; a project temp dir that appeared in the system temp dir
// meanwhile is named, without failing the run (another process may have made it). Each case runs the real setup and teardown scripts in a child
// Node process, with its own temp dir standing in for the system one.
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeWith } from './support/real-parts.js'
import { ensureTestDockerd } from './smoke/support/dockerd.js'
import { run, runOk } from '../src/process/exec.js'

const scripts = join(process.cwd(), 'scripts')
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A fresh directory standing in for the system temp dir. */
function systemTemp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'flask-rock-leaks-'))
  dirs.push(dir)
  return dir
}

/**
 * Runs the global setup, then `during` (a shell command: what the "tests" do, in the run's temp
 * dir $TMPDIR), then the global teardown; returns the teardown's exit code and stderr.
 */
function setUpAndTearDown(
  temp: string,
  during: string,
  dockerHost = 'unix:///nonexistent/docker.sock'
): { code: number | null; stdout: string; stderr: string } {
  const script = `const setup = await import(${JSON.stringify(join(scripts, 'jest-global-setup.mjs'))})
const teardown = await import(${JSON.stringify(join(scripts, 'jest-global-teardown.mjs'))})
const { execFileSync } = await import('node:child_process')
await setup.default()
execFileSync('sh', ['-c', ${JSON.stringify(during)}], { stdio: 'inherit' })
await teardown.default()`
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, TMPDIR: temp, FLASK_ROCK_TEST_DOCKER_HOST: dockerHost }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('the global teardown and temp dirs', () => {
  it('passes a run that leaves nothing, and removes the run temp dir', () => {
    const temp = systemTemp()
    mkdirSync(join(temp, 'flask-rock-before-abc123'))
    expect(setUpAndTearDown(temp, 'mkdir "$TMPDIR/made" && rmdir "$TMPDIR/made"')).toEqual({
      code: 0,
      stdout: '',
      stderr: ''
    })
    expect(readdirSync(temp)).toEqual(['flask-rock-before-abc123'])
  })

  it('fails a run that left entries in its temp dir, and names project temp dirs that appeared', () => {
    const temp = systemTemp()
    mkdirSync(join(temp, 'main-test-before'))
    const r = setUpAndTearDown(
      temp,
      `mkdir "$TMPDIR/action-entry-x1" && touch "$TMPDIR/left.rock" &&
       mkdir "${temp}/github-env-y2" "${temp}/someone-elses-z3"`
    )
    const runTemp = /this run's own temp dir was (\S+)\)/.exec(r.stdout)?.[1] ?? ''
    expect(runTemp.startsWith(`${temp}/flask-rock-test-run-`)).toBe(true)
    expect(r).toEqual({
      code: 1,
      stdout:
        `Appeared in the system temp dir during the run (this run's or another process's; this run's own temp dir was ${runTemp}):\n` +
        `  ${temp}/github-env-y2\n`,
      stderr:
        'The tests left 2 thing(s) behind (each test must remove what it makes):\n' +
        '  temp dir entry action-entry-x1\n' +
        '  temp dir entry left.rock\n'
    })
    // The run temp dir is gone all the same; the rest is left for the person to see.
    expect(readdirSync(temp).sort()).toEqual([
      'github-env-y2',
      'main-test-before',
      'someone-elses-z3'
    ])
  })
})

;(
  await describeWith('the global teardown on Docker', { root: true, tools: ['docker', 'dockerd'] })
)('the global teardown and Docker', () => {
  it('fails a run that left a container or image of the tests, not one from before', async () => {
    const host = await ensureTestDockerd()
    const temp = systemTemp()
    const id = `${process.pid}-${Date.now().toString(36)}`
    const docker = (args: string[]): Promise<unknown> =>
      runOk('docker', ['-H', host, ...args], { what: 'docker', timeoutMs: 60_000 })
    const names = {
      before: `flask-rock-leaks-before-${id}`,
      image: `flask-rock-leaks:${id}`,
      other: `someone-elses-${id}`,
      left: `flask-rock-leaks-left-${id}`
    }
    mkdirSync(join(temp, 'image'))
    await runOk('tar', ['-cf', join(temp, 'image.tar'), '-C', temp, 'image'], {
      what: 'make a tiny image',
      timeoutMs: 30_000
    })
    try {
      await docker(['import', join(temp, 'image.tar'), `${names.image}-before`])
      await docker(['create', '--name', names.before, `${names.image}-before`, '/image'])
      const dockerIn = (args: string): string => `docker -H ${host} ${args} >/dev/null`
      const r = setUpAndTearDown(
        temp,
        [
          dockerIn(`import ${join(temp, 'image.tar')} ${names.image}`),
          dockerIn(`create --name ${names.left} ${names.image} /image`),
          dockerIn(`create --name ${names.other} ${names.image} /image`)
        ].join(' && '),
        host
      )
      expect(r).toEqual({
        code: 1,
        stdout: '',
        stderr:
          'The tests left 2 thing(s) behind (each test must remove what it makes):\n' +
          `  container ${names.left}\n` +
          `  image ${names.image}\n`
      })
    } finally {
      for (const name of [names.before, names.left, names.other]) {
        await run('docker', ['-H', host, 'rm', '--force', name], {
          what: 'clean up',
          timeoutMs: 60_000
        })
      }
      await run('docker', ['-H', host, 'rmi', names.image, `${names.image}-before`], {
        what: 'clean up',
        timeoutMs: 60_000
      })
    }
  })
})
