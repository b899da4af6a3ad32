// The release workflow's own shell steps, taken from .github/workflows/release.yml and run with
// bash against a real git repository with a bare "origin": the version check and the major tag move.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { parse } from 'yaml'
import { run, runOk } from '../../src/process/exec.js'

interface Step {
  name?: string
  run?: string
}

let steps: Step[]
let root: string

beforeAll(async () => {
  const workflow = parse(await readFile('.github/workflows/release.yml', 'utf8')) as {
    jobs: { 'major-tag': { steps: Step[] } }
  }
  steps = workflow.jobs['major-tag'].steps
  root = await mkdtemp(path.join(os.tmpdir(), 'release-test-'))
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

function script(namePrefix: string): string {
  const step = steps.find(s => s.name?.startsWith(namePrefix))
  if (!step?.run) throw new Error(`release.yml has no step named '${namePrefix}...'`)
  return step.run
}

const T = { timeoutMs: 30_000 }

async function git(cwd: string, ...args: string[]): Promise<string> {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com'
  }
  return (await runOk('git', args, { what: `git ${args[0]}`, cwd, env, ...T })).stdout.trim()
}

/** Runs a step the way the runner does: bash -e -o pipefail, with the job's env. */
async function runStep(body: string, cwd: string, env: Record<string, string>) {
  // Beside the clones in the test's root, never in the step's cwd (a clone, or the root itself).
  const githubEnv = path.join(root, `github-env-${Date.now()}`)
  await writeFile(githubEnv, '')
  const result = await run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', body], {
    what: 'release step',
    cwd,
    env: { ...process.env, GITHUB_ENV: githubEnv, ...env },
    ...T
  })
  return { ...result, githubEnv: await readFile(githubEnv, 'utf8') }
}

/** A clone of a bare origin with commits c1..c3 and release tags on them. */
async function repo(name: string): Promise<{ clone: string; origin: string; c: string[] }> {
  const origin = path.join(root, `${name}.git`)
  const clone = path.join(root, name)
  await git(root, 'init', '-q', '--bare', origin)
  await git(root, 'clone', '-q', origin, clone)
  const c: string[] = []
  for (const n of [1, 2, 3]) {
    await git(clone, 'commit', '-q', '--allow-empty', '-m', `c${n}`)
    c.push(await git(clone, 'rev-parse', 'HEAD'))
  }
  await git(clone, 'tag', '-a', 'v1.1.0', c[0], '-m', 'v1.1.0')
  await git(clone, 'tag', '-a', 'v1.2.0', c[1], '-m', 'v1.2.0')
  await git(clone, 'tag', '-a', 'v1.1.5', c[2], '-m', 'v1.1.5') // a later patch of an older minor
  await git(clone, 'tag', 'v1', c[0])
  await git(clone, 'push', '-q', 'origin', '--tags', 'HEAD')
  return { clone, origin, c }
}

describe('release workflow: version check', () => {
  it.each(['v1.2.3', 'v10.0.0'])('accepts %s and derives the major tag', async version => {
    const r = await runStep(script('Check the version'), root, { VERSION: version })
    expect(r.code).toBe(0)
    expect(r.githubEnv).toBe(`MAJOR=${version.split('.')[0]}\n`)
  })
  it.each(['v1.2', '1.2.3', 'v1.2.3-rc.1', 'v1.2.3; rm -rf /'])('refuses %s', async version => {
    const r = await runStep(script('Check the version'), root, { VERSION: version })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('is not a release version vMAJOR.MINOR.PATCH')
    expect(r.githubEnv).toBe('')
  })
})

describe('release workflow: moving the major tag', () => {
  it('moves v1 to the newest release and pushes it to origin', async () => {
    const { clone, origin, c } = await repo('newest')
    const r = await runStep(script('Move'), clone, {
      VERSION: 'v1.2.0',
      MAJOR: 'v1',
      TAG_TOKEN: 'MAJOR_TAG_TOKEN'
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      `::notice::v1 now points to v1.2.0 (${c[1]}), pushed with MAJOR_TAG_TOKEN`
    )
    expect(await git(origin, 'rev-parse', 'refs/tags/v1^{commit}')).toBe(c[1])
    // Idempotent: the second event of the same release changes nothing.
    const again = await runStep(script('Move'), clone, {
      VERSION: 'v1.2.0',
      MAJOR: 'v1',
      TAG_TOKEN: 'MAJOR_TAG_TOKEN'
    })
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('v1 already points to v1.2.0')
  })

  it('leaves v1 alone for a patch of an older minor', async () => {
    const { clone, origin, c } = await repo('older')
    const r = await runStep(script('Move'), clone, {
      VERSION: 'v1.1.5',
      MAJOR: 'v1',
      TAG_TOKEN: 'MAJOR_TAG_TOKEN'
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('::notice::v1 stays at v1.2.0, which is newer than v1.1.5')
    expect(await git(origin, 'rev-parse', 'refs/tags/v1^{commit}')).toBe(c[0])
  })

  it('without a token that may move it (GITHUB_TOKEN may not), says why and leaves v1 alone', async () => {
    const { clone, origin, c } = await repo('no-token')
    const r = await runStep(script('Move'), clone, {
      VERSION: 'v1.2.0',
      MAJOR: 'v1',
      TAG_TOKEN: ''
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      "::warning::v1 not moved to v1.2.0: GITHUB_TOKEN cannot move a tag over changes to .github/workflows/ (no workflows permission). Set vars.RELEASE_APP_CLIENT_ID and secrets.RELEASE_APP_PRIVATE_KEY (a GitHub App with contents and workflows write), or secrets.MAJOR_TAG_TOKEN (a fine-grained token with contents and workflows write): see the README's Releasing\n"
    )
    expect(await git(origin, 'rev-parse', 'refs/tags/v1^{commit}')).toBe(c[0])
  })
})

describe('release workflow: the token', () => {
  it('makes a GitHub App token with contents and workflows write, and checks out with it', async () => {
    const workflow = parse(await readFile('.github/workflows/release.yml', 'utf8')) as {
      jobs: { 'major-tag': { steps: Record<string, unknown>[] } }
    }
    const all = workflow.jobs['major-tag'].steps
    const app = all.find(s => s.id === 'app-token')
    expect(app).toEqual({
      id: 'app-token',
      if: "vars.RELEASE_APP_CLIENT_ID != ''",
      uses: 'actions/create-github-app-token@v3',
      with: {
        'client-id': '${{ vars.RELEASE_APP_CLIENT_ID }}',
        'private-key': '${{ secrets.RELEASE_APP_PRIVATE_KEY }}',
        'permission-contents': 'write',
        'permission-workflows': 'write'
      }
    })
    const checkout = all.find(s => String(s.uses).startsWith('actions/checkout@'))
    expect((checkout?.with as Record<string, string>).token).toBe(
      '${{ steps.app-token.outputs.token || secrets.MAJOR_TAG_TOKEN || github.token }}'
    )
    expect(all.indexOf(app!)).toBeLessThan(all.indexOf(checkout!))
  })
})
