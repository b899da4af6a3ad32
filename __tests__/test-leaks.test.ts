// The global teardown fails a run that left something behind: an entry in the run's own temp dir,
// a container or an image with the run's name that appeared on the daemon. What was there before
// the setup is not counted; a project temp dir that appeared in the system temp dir meanwhile, or
// a test container without the run's name on a shared daemon, is named without failing the run
// (another process may have made it). Each case runs the real setup and teardown scripts in a child
// Node process, with its own temp dir standing in for the system one.
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeWith } from './support/real-parts.js'
import { ensureTestDockerd } from './smoke/support/dockerd.js'
import { runOk } from '../src/process/exec.js'

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
        `Appeared during the run (this run's or another process's; this run's own temp dir was ${runTemp}):\n` +
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
  it('fails a run that left a container or image carrying its name, names other new ones, not those from before', async () => {
    const host = await ensureTestDockerd()
    const temp = systemTemp()
    const id = `${process.pid}-${Date.now().toString(36)}`
    let untagged = ''
    const docker = (args: string[]): Promise<string> =>
      runOk('docker', ['-H', host, ...args], { what: 'docker', timeoutMs: 60_000 }).then(
        r => r.stdout
      )
    const names = {
      before: `flask-rock-leaks-before-${id}`,
      image: `flask-rock-leaks:${id}`,
      // What the "tests" make: with the run's name (the setup sets it), a test name without
      // it (as another run's would be), and a name no test uses.
      left: `flask-rock-leaks-left-${id}-$FLASK_ROCK_TEST_RUN_ID`,
      unnamed: `flask-rock-leaks-unnamed-${id}`,
      other: `someone-elses-${id}`
    }
    mkdirSync(join(temp, 'image'))
    await runOk('tar', ['-cf', join(temp, 'image.tar'), '-C', temp, 'image'], {
      what: 'make a tiny image',
      timeoutMs: 30_000
    })
    // A second image for the same tag: the first one's tag moves to it, the first is left untagged.
    writeFileSync(join(temp, 'image', 'second'), '2')
    await runOk('tar', ['-cf', join(temp, 'second.tar'), '-C', temp, 'image'], {
      what: 'make a second tiny image',
      timeoutMs: 30_000
    })
    try {
      await docker(['import', join(temp, 'image.tar'), `${names.image}-before`])
      await docker(['create', '--name', names.before, `${names.image}-before`, '/image'])
      const dockerIn = (args: string): string => `docker -H ${host} ${args} >/dev/null`
      const r = setUpAndTearDown(
        temp,
        [
          dockerIn(`import ${join(temp, 'image.tar')} ${names.image}-$FLASK_ROCK_TEST_RUN_ID`),
          dockerIn(`create --name ${names.left} ${names.image}-before /image`),
          dockerIn(`create --name ${names.unnamed} ${names.image}-before /image`),
          dockerIn(`create --name ${names.other} ${names.image}-before /image`),
          `docker -H ${host} import ${join(temp, 'image.tar')} ${names.image}-twice > ${join(temp, 'untagged-id')}`,
          dockerIn(`import ${join(temp, 'second.tar')} ${names.image}-twice`)
        ].join(' && '),
        host
      )
      const runId = new RegExp(`container flask-rock-leaks-left-${id}-(\\S+)`).exec(r.stderr)?.[1]
      expect(runId).toMatch(/^\d+-\d+$/)
      expect({ code: r.code, stderr: r.stderr }).toEqual({
        code: 1,
        stderr:
          'The tests left 2 thing(s) behind (each test must remove what it makes):\n' +
          `  container flask-rock-leaks-left-${id}-${runId}\n` +
          `  image ${names.image}-${runId}\n`
      })
      // Others' runs may add their own lines here: the daemon is shared.
      expect(r.stdout).toContain(`\n  container ${names.unnamed}\n`)
      untagged = readFileSync(join(temp, 'untagged-id'), 'utf8').trim()
      expect(r.stdout).toContain(`\n  untagged image ${untagged}\n`)
      expect(r.stdout).not.toContain(names.other)
      expect(r.stdout).not.toContain(names.before)
    } finally {
      const ours = (await docker(['ps', '--all', '--format', '{{.Names}}']))
        .split('\n')
        .filter(name => name.includes(id))
      if (ours.length > 0) await docker(['rm', '--force', ...ours])
      const images = (await docker(['images', '--format', '{{.Repository}}:{{.Tag}}']))
        .split('\n')
        .filter(ref => ref.includes(id))
      if (images.length > 0) await docker(['rmi', ...images])
      if (untagged) await docker(['rmi', untagged])
    }
  })
})
