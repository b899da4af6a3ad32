// A `${{ }}` expression inside `run:` is pasted into the shell script before bash reads it: an output
// carrying `$(id)` (a project name, a version) would run. Every workflow and every README example
// passes expressions through `env:` instead; this test reads them all.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

/** Every `run:` value anywhere in a parsed workflow (jobs, steps, composite actions alike). */
function runScripts(node: unknown, where: string): { where: string; run: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => runScripts(item, `${where}[${i}]`))
  if (node === null || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'run' && typeof value === 'string'
      ? [{ where: `${where}.run`, run: value }]
      : runScripts(value, `${where}.${key}`)
  )
}

const WORKFLOWS = '.github/workflows'
const workflows = readdirSync(WORKFLOWS)
  .filter(f => /\.ya?ml$/.test(f))
  .map(f => ({ name: join(WORKFLOWS, f), doc: parse(readFileSync(join(WORKFLOWS, f), 'utf8')) }))
const readmeExamples = [...readFileSync('README.md', 'utf8').matchAll(/```yaml\n([^]*?)```/g)].map(
  (m, i) => ({ name: `README.md yaml example ${i + 1}`, doc: parse(m[1]) })
)

describe('run: steps take expressions through env:', () => {
  it('finds the workflows and README examples it checks, and their run: steps', () => {
    expect(workflows.map(w => w.name)).toContain('.github/workflows/ci.yml')
    expect(readmeExamples.length).toBeGreaterThanOrEqual(3)
    expect(workflows.flatMap(w => runScripts(w.doc, w.name)).length).toBeGreaterThan(5)
  })

  it.each([...workflows, ...readmeExamples].map(d => [d.name, d.doc]))(
    '%s has no ${{ }} in any run:',
    (name, doc) => {
      const offending = runScripts(doc, String(name)).filter(r => r.run.includes('${{'))
      expect(offending).toEqual([])
    }
  )

  it('the README release example echoes its outputs through env:', () => {
    const scripts = readmeExamples.flatMap(e => runScripts(e.doc, e.name))
    expect(scripts.some(s => s.run.includes('$DIGEST'))).toBe(true)
  })
})
