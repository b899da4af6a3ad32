// The bundled action as a runner starts it: `node dist/index.js` with INPUT_ variables, in
// check-only mode, its outputs read from the GITHUB_OUTPUT file. (CI checks that dist/ is fresh.)
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tempDir } from './support/temp.js'

function runAction(
  inputs: Record<string, string>,
  entry = 'dist/index.js'
): {
  status: number | null
  stdout: string
  outputs: string
  summary: string
} {
  const work = tempDir('action-entry-')
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_STATE: 'state' }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_TEMP: work
  }
  for (const [name, file] of Object.entries(files)) {
    writeFileSync(join(work, file), '')
    env[name] = join(work, file)
  }
  env.GITHUB_WORKSPACE = process.cwd()
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawnSync(process.execPath, [entry], {
    env,
    encoding: 'utf8',
    timeout: 30_000
  })
  return {
    status: child.status,
    stdout: child.stdout,
    outputs: readFileSync(join(work, 'output'), 'utf8'),
    summary: readFileSync(join(work, 'summary'), 'utf8')
  }
}

describe('dist/index.js', () => {
  it('checks the sync example and writes its outputs and summary', () => {
    const r = runAction({ 'project-path': 'examples/flask-sync', 'check-only': 'true' })
    expect(r.status).toBe(0)
    expect(r.outputs).toMatch(/^wsgi<<ghadelimiter_[^\n]+\napp:app\n/m)
    expect(r.outputs).toMatch(/^worker<<ghadelimiter_[^\n]+\nsync\n/m)
    expect(r.outputs).toMatch(/^expanded<<ghadelimiter_[^\n]+\n.*expanded-rockcraft\.yaml\n/m)
    expect(r.summary).toContain('<td>check</td><td>✅ passed</td>')
  })

  it('checks without any of its chunks: check-only loads no pack, smoke, publish or cache code', () => {
    // The entry alone, beside the package.json that makes it a module: a chunk import would fail.
    const alone = tempDir('entry-alone-')
    copyFileSync('dist/index.js', join(alone, 'index.js'))
    writeFileSync(join(alone, 'package.json'), '{"type": "module"}')
    const r = runAction(
      { 'project-path': 'examples/flask-gevent', 'check-only': 'true' },
      join(alone, 'index.js')
    )
    expect(r.status).toBe(0)
    expect(r.outputs).toMatch(/^worker<<ghadelimiter_[^\n]+\ngevent\n/m)
    // undici (@actions/core's entry loads it for OIDC) costs as much as node's start-up.
    expect(readFileSync('dist/index.js', 'utf8')).not.toMatch(/class ProxyAgent\b/)
  })

  it('fails in one line, without a stack trace, for a project path that does not exist', () => {
    const r = runAction({ 'project-path': 'no/such/dir', 'check-only': 'true' })
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(/^::error::.*no\/such\/dir/m)
    expect(r.stdout).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/)
  })
})

describe('dist/index.js run by hand (no runner files, no post step)', () => {
  const byHand = (env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, ['dist/index.js'], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        'INPUT_PROJECT-PATH': 'examples/flask-sync',
        'INPUT_CHECK-ONLY': 'true',
        ...env
      },
      encoding: 'utf8',
      timeout: 30_000
    })

  it('prints its outputs as plain lines, no workflow commands for state or outputs, and leaves nothing behind', () => {
    const tmp = tempDir('by-hand-')
    const r = byHand({ TMPDIR: tmp })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).not.toMatch(/::(set-output|save-state)/)
    const outputs = r.stdout.split('\n').filter(l => l.startsWith('Output '))
    expect(outputs).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Output expanded: ${tmp}/flask-rock-\\w+/expanded-rockcraft\\.yaml \\(removed as this run ends; \`npx flask-rock expand DIR\` prints the expansion\\)$`
        )
      ),
      'Output wsgi: app:app',
      'Output worker: sync'
    ])
    expect(readdirSync(tmp)).toEqual([])
  })

  it('names the expansion in one line, where a terminal would get it whole (nothing folds a group there)', () => {
    const tmp = tempDir('by-hand-')
    const r = byHand({ TMPDIR: tmp })
    expect(r.status).toBe(0)
    const expansion = spawnSync(
      process.execPath,
      ['dist/cli.js', 'expand', 'examples/flask-sync'],
      {
        encoding: 'utf8',
        timeout: 30_000
      }
    )
    expect(expansion.status).toBe(0)
    const lines = expansion.stdout.trimEnd().split('\n')
    expect(lines.length).toBeGreaterThan(50)
    expect(r.stdout.split('\n').filter(l => l.startsWith('Expanded project'))).toEqual([
      `Expanded project: ${lines.length} lines, not printed here (\`npx flask-rock expand examples/flask-sync\` prints them)`
    ])
    // Not one line of it: the services block the expansion holds is not in the run's output.
    expect(r.stdout).not.toContain('services:')
    expect(r.stdout).not.toMatch(/^---/m)
  })

  it.each([
    [
      { GITHUB_STATE: '/nonexistent/state' },
      "::error::Cannot record the post step's state in GITHUB_STATE (/nonexistent/state): Missing file at path: /nonexistent/state"
    ],
    [
      { RUNNER_TEMP: '/nonexistent/temp' },
      // No runner reads a run by hand's output: its error is a plain line.
      'error: Cannot make a temporary directory in /nonexistent/temp (RUNNER_TEMP): ENOENT'
    ]
  ])('fails in one line, without a trace, for %j', (env, error) => {
    const r = byHand(env)
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('')
    expect(r.stdout.split('\n').filter(l => /^(::)?error/.test(l) || /^\s+at /.test(l))).toEqual([
      error
    ])
    expect(r.stdout).not.toContain('::debug::')
  })
})
