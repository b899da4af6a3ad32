// Exact text: the example project expanded and printed as `rockcraft expand-extensions` prints it
// (craft-application's dump_yaml over the Project model), checked two ways: against the literal
// text, and against the real PyYAML dumping the same data with craft's settings.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { copyFileSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { checkProject, renderExpansion } from '../../src/core/check.js'
import { cleanup, project, pyyamlDump } from './helpers.js'
import { itWith, PYYAML } from '../support/real-parts.js'

afterAll(cleanup)

const ROOT = path.resolve(import.meta.dirname ?? '.', '../..')

/** A clean copy of an example (no build leftovers such as parts/ or *.rock). */
function example(name: string): string {
  const dir = project({})
  for (const f of ['app.py', 'requirements.txt', 'rockcraft.yaml']) {
    copyFileSync(path.join(ROOT, 'examples', name, f), path.join(dir, f))
  }
  return dir
}

const itPyYaml = await itWith('the PyYAML comparison of the examples', PYYAML)

describe('expand-extensions text', () => {
  for (const name of ['flask-sync', 'flask-gevent']) {
    it(`${name}: the literal text`, async () => {
      const r = await checkProject(example(name), { env: {} })
      expect(r.problems).toEqual([])
      const text = renderExpansion(r.expanded!, 'yaml')
      expect(text).toBe(
        readFileSync(path.join(ROOT, '__tests__/core/fixtures', `${name}.expanded.yaml`), 'utf8')
      )
    })

    itPyYaml(`${name}: what PyYAML prints for the same data`, async () => {
      const r = await checkProject(example(name), { env: {} })
      const [pyyaml] = pyyamlDump([r.expanded])
      expect(renderExpansion(r.expanded!, 'yaml')).toBe(pyyaml)
      // The printed text reads back to the same project.
      const back = execFileSync(
        '/usr/bin/python3',
        ['-c', 'import json,sys,yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'],
        {
          input: pyyaml
        }
      ).toString('utf8')
      expect(JSON.parse(back)).toEqual(r.expanded)
    })
  }

  it('json is the same data', async () => {
    const r = await checkProject(example('flask-sync'), { env: {} })
    expect(JSON.parse(renderExpansion(r.expanded!, 'json'))).toEqual(r.expanded)
  })
})
