// Which file an import finds, the boot walk against Python's own import system: every project
// layout where a module, a regular package and a namespace package of one name sit side by
// side (at the top and inside a package), the walk asked what `import <name>` loads, and
// Debian's Python asked the same with importlib.util.find_spec (the project first on sys.path,
// as gunicorn has /flask/app). Every layout must resolve to the same file.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { analyzeProject } from '../../src/core/entrypoint.js'

const PYTHON = '/usr/bin/python3'
const made: string[] = []
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

// One name in one directory: any of the three forms, together or alone; every combination at
// the top and inside a regular package pkg (64 layouts, 128 names: the whole space).
const FORMS = [0, 1, 2, 3, 4, 5, 6, 7].map(bits => ({
  module: (bits & 1) !== 0,
  regular: (bits & 2) !== 0,
  namespace: (bits & 4) !== 0
}))
const LAYOUTS = FORMS.flatMap(top => FORMS.map(inner => ({ top, inner })))

interface Forms {
  module: boolean
  regular: boolean
  namespace: boolean
}

function write(root: string, dir: string, f: Forms): void {
  const at = (rel: string, text: string): void => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
    writeFileSync(path.join(root, rel), text)
  }
  if (f.module) at(`${dir}m.py`, 'app = 1\n')
  // a regular package and a namespace package cannot both be the directory m/: the namespace
  // form is a directory holding no __init__.py, so it only exists without the regular form
  if (f.regular) at(`${dir}m/__init__.py`, 'app = 2\n')
  else if (f.namespace) at(`${dir}m/data.txt`, 'x\n')
}

const FIND = `
import importlib.util, json, os, sys
root = sys.argv[1]
sys.path.insert(0, root)
out = []
for name in sys.argv[2:]:
    try:
        spec = importlib.util.find_spec(name)
    except ModuleNotFoundError:
        spec = None
    if spec is None:
        out.append(None)
    elif spec.origin and os.path.isfile(spec.origin):
        out.append(os.path.relpath(spec.origin, root))
    else:
        out.append(os.path.relpath(list(spec.submodule_search_locations)[0], root))
json.dump(out, sys.stdout)
`

describe('the walk resolves a name to the file Python imports', () => {
  it('for every layout of a module, a regular and a namespace package of one name', async () => {
    let compared = 0
    const mismatches: unknown[] = []
    for (const s of LAYOUTS) {
      const root = mkdtempSync(path.join(tmpdir(), 'flask-rock-resolution-'))
      made.push(root)
      write(root, '', s.top)
      mkdirSync(path.join(root, 'pkg'), { recursive: true })
      writeFileSync(path.join(root, 'pkg/__init__.py'), '')
      write(root, 'pkg/', s.inner)
      // the app module imports both names, so the walk resolves each
      writeFileSync(path.join(root, 'app.py'), 'import m\nimport pkg.m\n\napp = 1\n')
      const python = JSON.parse(
        execFileSync(PYTHON, ['-I', '-c', FIND, root, 'm', 'pkg.m']).toString()
      ) as (string | null)[]
      const analysis = await analyzeProject(
        root,
        { candidates: null, wsgi: 'app:app', install: { organize: { '.': 'flask/app' } } },
        PYTHON
      )
      const files = new Map((analysis.boot?.modules ?? []).map(m => [m.module, m.file]))
      const ours = ['m', 'pkg.m'].map(n => files.get(n) ?? null)
      compared += 2
      if (JSON.stringify(ours) !== JSON.stringify(python)) mismatches.push({ s, ours, python })
      rmSync(root, { recursive: true, force: true })
    }
    process.stdout.write(
      `resolution: ${compared - mismatches.length}/${compared} names agree with find_spec\n`
    )
    expect(mismatches).toEqual([])
    expect(compared).toBe(128)
  }, 120_000)
})
