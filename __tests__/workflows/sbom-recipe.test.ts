// The README's SBOM release recipe is examples/workflows/release-sbom.yml, byte for byte; it scans
// the rock's SBOM before anything is pushed (failing on high findings), pushes the scanned rock,
// logs in where actions/attest reads logins, then attests; actionlint passes on it (and does find
// a mistake in it).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { expectActionlintCatches, readmeRecipe, type Step } from '../support/recipe.js'

const FILE = 'examples/workflows/release-sbom.yml'
const workflow = readFileSync(FILE, 'utf8')
const recipeText = readmeRecipe('### Release with an SBOM')
const recipe = parse(workflow) as {
  permissions: Record<string, string>
  jobs: { release: { steps: Step[] } }
}
const steps = recipe.jobs.release.steps
const uses = (prefix: string): Step | undefined => steps.find(s => s.uses?.startsWith(prefix))

describe('the README SBOM release recipe', () => {
  it('is the workflow file, unchanged', () => {
    expect(recipeText).toBe(workflow)
  })

  it('scans the SBOM before the push, pushes the scanned rock, logs in, then attests the SBOM', () => {
    const pack = steps.find(s => s.id === 'rock')
    const scan = uses('anchore/scan-action@')
    const push = steps.find(s => s.id === 'push')
    const login = uses('docker/login-action@')
    const attest = uses('actions/attest@')
    // The first call pushes nothing; the second pushes the rock the first packed and the scan read.
    expect(pack).toEqual({ id: 'rock', uses: 'org/flask-rock-action@v1' })
    expect(scan?.with).toEqual({
      sbom: '${{ steps.rock.outputs.sbom }}',
      'fail-build': true,
      'severity-cutoff': 'high'
    })
    expect(push).toEqual({
      id: 'push',
      uses: 'org/flask-rock-action@v1',
      with: {
        rock: '${{ steps.rock.outputs.rock }}',
        push: 'ghcr.io/${{ github.repository }}:${{ github.ref_name }}',
        'registry-username': '${{ github.actor }}',
        'registry-password': '${{ secrets.GITHUB_TOKEN }}'
      }
    })
    expect(login).toEqual({
      if: "steps.push.outputs.digest != ''",
      uses: 'docker/login-action@v4',
      with: {
        registry: 'ghcr.io',
        username: '${{ github.actor }}',
        password: '${{ secrets.GITHUB_TOKEN }}'
      }
    })
    expect(attest).toEqual({
      if: "steps.push.outputs.digest != ''",
      uses: 'actions/attest@v4',
      with: {
        'subject-name': '${{ steps.push.outputs.name }}',
        'subject-digest': '${{ steps.push.outputs.digest }}',
        'sbom-path': '${{ steps.rock.outputs.sbom }}',
        'push-to-registry': true
      }
    })
    const order = [pack, scan, push, login, attest].map(s => steps.indexOf(s!))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(uses('actions/attest-sbom@')).toBeUndefined() // deprecated: actions/attest wraps it
    expect(recipe.permissions).toMatchObject({
      'id-token': 'write',
      attestations: 'write',
      packages: 'write'
    })
  })

  it('passes actionlint as pasted, and actionlint does find a mistake in it', async () => {
    await expectActionlintCatches(workflow, 'release.yml', '${{ steps.rock.outputs.sbom }}')
  }, 200_000) // actionlint (WebAssembly) takes 5-20 s a run on a busy machine
})
