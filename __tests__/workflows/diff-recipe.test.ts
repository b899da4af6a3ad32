// The README's pull request diff recipe is examples/workflows/pr-diff.yml, byte for byte; it gives
// compare-to with the workflow's read token, keeps the token's permissions to reading, uploads
// output diff only when there is one, and actionlint passes on it (and does find a mistake in it).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { expectActionlintCatches, readmeRecipe, type Step } from '../support/recipe.js'

const FILE = 'examples/workflows/pr-diff.yml'
const workflow = readFileSync(FILE, 'utf8')
const recipeText = readmeRecipe('### Pull requests: what changes in the rock')
const recipe = parse(workflow) as {
  on: string
  permissions: Record<string, string>
  jobs: { rock: { steps: Step[] } }
}
const steps = recipe.jobs.rock.steps

describe('the README pull request diff recipe', () => {
  it('is the workflow file, unchanged', () => {
    expect(recipeText).toBe(workflow)
  })

  it('compares with the edge image using a read-only token, and uploads the diff when there is one', () => {
    expect(recipe.on).toBe('pull_request')
    expect(recipe.permissions).toEqual({ contents: 'read', packages: 'read' })
    expect(steps.find(s => s.id === 'rock')?.with).toEqual({
      'compare-to': 'ghcr.io/${{ github.repository }}:edge',
      'registry-username': '${{ github.actor }}',
      'registry-password': '${{ secrets.GITHUB_TOKEN }}'
    })
    expect(steps.find(s => s.uses?.startsWith('actions/upload-artifact@'))).toEqual({
      if: "steps.rock.outputs.diff != ''",
      uses: 'actions/upload-artifact@v6',
      with: { name: 'rock-diff', path: '${{ steps.rock.outputs.diff }}' }
    })
  })

  it('passes actionlint as pasted, and actionlint does find a mistake in it', async () => {
    await expectActionlintCatches(workflow, 'pr.yml', '${{ steps.rock.outputs.diff }}')
  }, 200_000) // actionlint (WebAssembly) takes 5-20 s a run on a busy machine
})
