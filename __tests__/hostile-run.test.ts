// The final check of the hardening: the bundled main and post steps, run as a runner runs them,
// on a project whose text tries every workflow command and Markdown escape, then a post step
// whose state was rewritten to name foreign paths and a foreign container. The runner's reading
// of the log is modelled in support/runner-commands.ts (its rules: `::cmd::` at a line's start
// after spaces, the legacy `##[cmd]` anywhere, nothing but the token while stop-commands is on).
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { inspectContainer } from '../src/smoke/docker.js'
import { run, runOk } from '../src/process/exec.js'
import { missingParts } from './support/real-parts.js'
import { commandsSeen } from './support/runner-commands.js'
import { tempDir } from './support/temp.js'

const HOSTILE = [
  '::set-output name=digest::sha256:forged',
  '  ::add-mask::app',
  '::save-state name=flask-rock::{"isPost":true,"tempDir":"/"}',
  '::stop-commands::guessed',
  'text ##[set-output name=images;]forged',
  '::error file=app.py::forged annotation',
  '````',
  '</details>',
  '',
  '# Forged heading [link](https://evil.example)'
]

function hostileProject(): string {
  const dir = tempDir('hostile-run-')
  cpSync(resolve('examples/flask-sync'), dir, { recursive: true })
  const yaml = readFileSync(join(dir, 'rockcraft.yaml'), 'utf8').replace(
    /description: \|\n( {2}.*\n)+/,
    `description: |\n${HOSTILE.map(l => (l === '' ? '' : `  ${l}`)).join('\n')}\n`
  )
  writeFileSync(join(dir, 'rockcraft.yaml'), yaml)
  return dir
}

const cleanups: (() => Promise<unknown>)[] = []
afterAll(async () => {
  for (const c of cleanups) await c()
}, 60_000)

describe('main and post on hostile project text with a tampered state', () => {
  it('leave no forged output, remove no foreign path, touch no foreign container', async () => {
    const work = tempDir('hostile-runner-')
    const runnerTemp = join(work, 'temp')
    mkdirSync(runnerTemp)
    const files = {
      GITHUB_OUTPUT: join(work, 'output'),
      GITHUB_STATE: join(work, 'state'),
      GITHUB_STEP_SUMMARY: join(work, 'summary')
    }
    for (const f of Object.values(files)) writeFileSync(f, '')
    const project = hostileProject()
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: process.cwd(),
      RUNNER_TEMP: runnerTemp,
      ...files,
      'INPUT_PROJECT-PATH': project,
      'INPUT_CHECK-ONLY': 'true'
    }
    const main = spawnSync(process.execPath, ['dist/index.js'], {
      env,
      encoding: 'utf8',
      timeout: 60_000
    })
    expect(main.status).toBe(0)
    // Every hostile line reached the log, and the runner would act on none of them.
    for (const line of HOSTILE.filter(l => l !== '')) expect(main.stdout).toContain(`  ${line}\n`)
    expect(commandsSeen(main.stdout).map(c => c.split(' ')[0])).toEqual(['group', 'endgroup'])

    const outputs = readFileSync(files.GITHUB_OUTPUT, 'utf8')
    const names = [...outputs.matchAll(/^(.+?)<<ghadelimiter_/gm)].map(m => m[1])
    expect(names).toEqual(['expanded', 'wsgi', 'worker'])
    const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
    expect(summary.match(/<h2>/g)).toHaveLength(1)
    // The description's backticks cannot close the expansion's fence: it is longer.
    expect(summary).toContain('\n\n`````yaml\n')
    expect(summary.endsWith('\n`````\n\n</details>\n')).toBe(true)

    // A later step rewrites the state: foreign paths, and a foreign container if Docker is here.
    const state = JSON.parse(
      /^flask-rock<<(\S+)\n(.*)\n\1$/m.exec(readFileSync(files.GITHUB_STATE, 'utf8'))![2]
    )
    expect(state).toMatchObject({ isPost: true, runId: expect.stringMatching(/^[0-9a-f]{16}$/) })
    const victim = tempDir('hostile-victim-')
    writeFileSync(join(victim, 'precious'), 'keep')
    mkdirSync(join(victim, 'flask-rock-smoke-x'))
    writeFileSync(join(victim, 'flask-rock-smoke-x', 'smoke.env'), 'keep')
    symlinkSync(victim, join(runnerTemp, 'flask-rock-link'))
    const tampered = {
      ...state,
      tempDir: victim,
      envFile: join(runnerTemp, 'flask-rock-link', 'flask-rock-smoke-x', 'smoke.env'),
      authFile: join(victim, 'precious'),
      containerName: undefined as string | undefined,
      // a pack that never ran: the post step loads the cache code (a chunk of dist/) to say no
      cacheKey: 'flask-rock-pack-forged',
      cacheBase: 'ubuntu@24.04',
      packSucceeded: true
    }
    const host = process.env.FLASK_ROCK_TEST_DOCKER_HOST
    const docker = host !== undefined && (await missingParts({ tools: ['docker'] })) === undefined
    const foreign = `production-db-${process.pid}-${Date.now()}`
    if (docker) {
      const image = join(work, 'image')
      mkdirSync(image)
      writeFileSync(join(image, 'file'), 'x')
      await runOk('tar', ['-cf', join(work, 'image.tar'), '-C', image, 'file'], {
        what: 'tar',
        timeoutMs: 30_000
      })
      const tag = `flask-rock-hostile-test:${process.pid}`
      const d = (args: string[]) =>
        runOk('docker', ['-H', host, ...args], { what: 'docker', timeoutMs: 60_000 })
      await d(['import', join(work, 'image.tar'), tag])
      // Even a container labelled as a smoke container of another run is foreign.
      await d([
        'create',
        '--name',
        foreign,
        '--label',
        'flask-rock-action.smoke=true',
        tag,
        '/file'
      ])
      cleanups.push(() =>
        run('docker', ['-H', host, 'rm', '-f', foreign], { what: 'rm', timeoutMs: 60_000 })
      )
      cleanups.push(() =>
        run('docker', ['-H', host, 'rmi', tag], { what: 'rmi', timeoutMs: 60_000 })
      )
      tampered.containerName = foreign
    }
    const post = spawnSync(process.execPath, ['dist/post.js'], {
      env: {
        ...env,
        ...(docker ? { DOCKER_HOST: host } : {}),
        'STATE_flask-rock': JSON.stringify(tampered)
      },
      encoding: 'utf8',
      timeout: 60_000
    })
    expect(post.status).toBe(0)
    expect(post.stdout).toContain('Pack cache: not saved, no cache service here\n')
    expect(existsSync(join(victim, 'precious'))).toBe(true)
    expect(existsSync(join(victim, 'flask-rock-smoke-x', 'smoke.env'))).toBe(true)
    if (docker) expect(await inspectContainer(foreign, host)).toBeDefined()
    expect(commandsSeen(post.stdout).map(c => c.split(' ')[0])).toEqual(
      docker ? ['warning', 'warning', 'warning', 'warning'] : ['warning', 'warning', 'warning']
    )
  }, 180_000)
})
