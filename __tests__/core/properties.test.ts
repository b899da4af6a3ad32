// Random text fed to every parser through checkProject: it answers (problems or an expansion)
// or throws ProjectError, never anything else, and gives the same answer twice.
import { afterAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import fc from 'fast-check'
import { checkProject, ProjectError } from '../../src/core/check.js'
import { cleanup, FLASK_YAML, project } from './helpers.js'

afterAll(cleanup)

// Debian's python3 starts fast; the parsers under test are ours either way.
const PYTHON = '/usr/bin/python3'

const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.stringMatching(/^[a-z_:&*!|>'"%@`\-[\]{},#\n\t =.()]{0,200}$/),
  fc.uint8Array({ maxLength: 200 }).map(b => Buffer.from(b).toString('latin1'))
)

async function settle(dir: string): Promise<unknown> {
  try {
    const r = await checkProject(dir, { env: {}, python: PYTHON })
    return { ...r, dir: undefined }
  } catch (err) {
    expect(err).toBeInstanceOf(ProjectError)
    return { error: (err as Error).message }
  }
}

describe.each([
  ['rockcraft.yaml', {}],
  ['requirements.txt', { 'app.py': 'app = 1' }],
  ['pyproject.toml', { 'app.py': 'app = 1' }],
  ['app.py', { 'requirements.txt': 'flask' }]
] as [string, Record<string, string>][])('random %s', (file, others) => {
  it('never throws anything but ProjectError; same answer twice', async () => {
    const dir = project(others, FLASK_YAML)
    await fc.assert(
      fc.asyncProperty(text, async content => {
        writeFileSync(path.join(dir, file), content)
        const first = await settle(dir)
        expect(await settle(dir)).toEqual(first)
      }),
      { numRuns: 40 }
    )
  }, 120_000)
})
