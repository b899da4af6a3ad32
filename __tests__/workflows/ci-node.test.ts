// ci.yml tests under the Node setup-node installed: sudo's secure_path would otherwise put the
// runner image's Node first. The step's own script runs here under bash with a stand-in sudo that
// resets PATH as sudo's secure_path does, and stand-in node and npm that say which Node they are.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { parse } from 'yaml'
import { run } from '../../src/process/exec.js'

interface Step {
  name?: string
  run?: string
}

let root: string
let body: string

beforeAll(async () => {
  const ci = parse(await readFile('.github/workflows/ci.yml', 'utf8')) as {
    jobs: { test: { steps: Step[] } }
  }
  const step = ci.jobs.test.steps.find(s => s.name?.startsWith('Test as root'))
  if (!step?.run) throw new Error("ci.yml has no step named 'Test as root...'")
  body = step.run
  root = await mkdtemp(path.join(os.tmpdir(), 'ci-node-'))
  // Two Node installs: the image's (on sudo's secure_path) and setup-node's (on the job's PATH).
  for (const [dir, version] of [
    ['image/bin', 'v22.21.1'],
    ['setup-node/bin', 'v24.11.0']
  ]) {
    await mkdir(path.join(root, dir), { recursive: true })
    const node = `#!/bin/sh\n# Stand-in node ${version}\necho ${version}\n`
    const npm = `#!/bin/sh\n# Stand-in npm: which Node runs the tests, and with what\necho "npm $* under $(node --version) with FLASK_ROCK_TEST_DOCKER_HOST=$FLASK_ROCK_TEST_DOCKER_HOST FLASK_ROCK_RUNTIME_DIR=$FLASK_ROCK_RUNTIME_DIR"\n`
    await writeFile(path.join(root, dir, 'node'), node)
    await writeFile(path.join(root, dir, 'npm'), npm)
    await chmod(path.join(root, dir, 'node'), 0o755)
    await chmod(path.join(root, dir, 'npm'), 0o755)
  }
  // sudo as Ubuntu configures it: PATH becomes secure_path and the environment is reset; only
  // `env NAME=VALUE ... command` inside sudo sets them again.
  const secure = `${path.join(root, 'image/bin')}:/usr/bin:/bin`
  await mkdir(path.join(root, 'sudo-bin'))
  await writeFile(
    path.join(root, 'sudo-bin', 'sudo'),
    [
      '#!/bin/sh',
      '# Stand-in sudo with secure_path: --preserve-env=PATH is overridden by it, as in sudo',
      'while [ "${1#--preserve-env}" != "$1" ]; do shift; done',
      `exec /usr/bin/env -i PATH='${secure}' "$@"`,
      ''
    ].join('\n')
  )
  await chmod(path.join(root, 'sudo-bin', 'sudo'), 0o755)
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

/** The job's PATH once setup-node ran: the sudo stand-in, setup-node's Node, then the image's. */
const setupNodePath = (): string =>
  [path.join(root, 'sudo-bin'), path.join(root, 'setup-node/bin'), '/usr/bin', '/bin'].join(':')

describe('ci.yml: the tests run under setup-node', () => {
  it("prints setup-node's Node and runs npm test under it, with the test settings", async () => {
    const r = await run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', body], {
      what: 'ci test step',
      timeoutMs: 30_000,
      env: {
        PATH: setupNodePath(),
        FLASK_ROCK_TEST_DOCKER_HOST: 'unix:///var/run/docker.sock',
        FLASK_ROCK_REQUIRE_REAL_PARTS: '1',
        FLASK_ROCK_RUNTIME_DIR: '/tmp/runtime'
      }
    })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      'v24.11.0\nnpm test under v24.11.0 with FLASK_ROCK_TEST_DOCKER_HOST=unix:///var/run/docker.sock FLASK_ROCK_RUNTIME_DIR=/tmp/runtime\n'
    )
  })

  it("the old form, sudo --preserve-env=PATH, runs the image's Node", async () => {
    const r = await run('bash', ['-c', 'sudo --preserve-env=PATH node --version'], {
      what: 'old form',
      timeoutMs: 30_000,
      env: {
        PATH: setupNodePath()
      }
    })
    expect(r.stdout).toBe('v22.21.1\n')
  })
})
