// The README's multi-architecture release recipe is the one e2e.yml runs for real: every step of
// the recipe's jobs appears, in order and unchanged, in e2e.yml's release-rock and release-merge
// (which may add steps and inputs of their own: a checkout for `uses: ./`, the example project, a
// final check), and actionlint passes on the recipe as a user would paste it.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { expectActionlintCatches, readmeRecipe, type Step } from '../support/recipe.js'

interface Job {
  'runs-on': string
  needs?: string
  if?: string
  permissions?: Record<string, string>
  strategy?: { matrix: Record<string, unknown> }
  steps: Step[]
}

const recipeText = readmeRecipe('### Multi-architecture release')
const recipe = parse(recipeText) as { jobs: Record<string, Job> }
const e2e = parse(readFileSync('.github/workflows/e2e.yml', 'utf8')) as {
  jobs: Record<string, Job>
}

/** The recipe's step as e2e runs it: this repository's action is `./` there. */
function asInE2e(step: Step): Step {
  return step.uses === 'org/flask-rock-action@v1' ? { ...step, uses: './' } : step
}

/** The e2e steps matching the recipe's, in order; a missing or changed step fails. */
function matchSteps(recipeSteps: Step[], e2eSteps: Step[]): void {
  let from = 0
  for (const want of recipeSteps.map(asInE2e)) {
    const at = e2eSteps.findIndex(
      (s, i) => i >= from && s.uses === want.uses && s.run === want.run && s.id === want.id
    )
    expect([want.name ?? want.uses ?? want.id, at >= 0]).toEqual([
      want.name ?? want.uses ?? want.id,
      true
    ])
    const got = e2eSteps[at]
    // Same condition, env and inputs; e2e may add inputs (project-path).
    expect({ if: got.if, env: got.env }).toEqual({ if: want.if, env: want.env })
    expect(got.with ?? {}).toMatchObject(want.with ?? {})
    from = at + 1
  }
}

describe('the README multi-architecture release recipe', () => {
  it('is found: a matrix over both GitHub architectures, then a merge job', () => {
    expect(Object.keys(recipe.jobs)).toEqual(['rock', 'merge'])
    expect(recipe.jobs.rock.strategy?.matrix.runner).toEqual(['ubuntu-24.04', 'ubuntu-24.04-arm'])
    expect(recipe.jobs.merge.needs).toBe('rock')
  })

  it.each([
    ['rock', 'release-rock'],
    ['merge', 'release-merge']
  ])('job %s runs in e2e.yml as %s, step for step', (name, e2eName) => {
    const want = recipe.jobs[name]
    const got = e2e.jobs[e2eName]
    expect(got).toBeDefined()
    expect({
      'runs-on': got['runs-on'],
      if: got.if,
      permissions: got.permissions,
      matrix: got.strategy?.matrix
    }).toEqual({
      'runs-on': want['runs-on'],
      if: want.if,
      permissions: want.permissions,
      matrix: want.strategy?.matrix
    })
    expect(got.needs).toBe(want.needs && `release-${want.needs}`)
    matchSteps(want.steps, got.steps)
  })

  it('feeds provenance the outputs it needs, after a docker login the attest step can read', () => {
    const steps = recipe.jobs.merge.steps
    const attest = steps.find(s => s.uses?.startsWith('actions/attest@'))
    const login = steps.find(s => s.uses?.startsWith('docker/login-action@'))
    expect(attest).toEqual({
      uses: 'actions/attest@v4',
      with: {
        'subject-name': '${{ steps.index.outputs.name }}',
        'subject-digest': '${{ steps.index.outputs.digest }}',
        'push-to-registry': true,
        'create-storage-record': false
      }
    })
    expect(login?.with).toEqual({
      registry: 'ghcr.io',
      username: '${{ github.actor }}',
      password: '${{ secrets.GITHUB_TOKEN }}'
    })
    expect(steps.indexOf(login!)).toBeLessThan(steps.indexOf(attest!))
    expect(recipe.jobs.merge.permissions).toMatchObject({
      'id-token': 'write',
      attestations: 'write',
      packages: 'write'
    })
  })

  it('leaves the push to the action in a fork, and keeps the merge job out of it', () => {
    const rock = recipe.jobs.rock.steps.find(s => s.id === 'rock')
    expect(rock?.with?.push).toBe('${{ env.IMAGE }}')
    expect(rock?.with?.['push-from-forks']).toBeUndefined()
    expect(recipe.jobs.merge.if).toBe(
      "github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository"
    )
  })

  it('passes actionlint as pasted, and actionlint does find a mistake in it', async () => {
    await expectActionlintCatches(recipeText, 'release.yml', '${{ steps.index.outputs.digest }}')
  }, 200_000) // actionlint (WebAssembly) takes 5-20 s a run on a busy machine
})
