// The python3 boot walk, each rule it follows on a small real project through checkProject (the real
// python3, no bundle): fast enough to run once per hand mutation of the embedded script
// (scripts/mutate-bridge.mjs, `npm run test:bridge-mutation`). What the user is told is asserted
// whole: the boot errors and warnings, and the import graph's statuses.
import { afterAll, describe, expect, it } from '@jest/globals'
import { checkProject } from '../../src/core/check.js'
import { cleanup, FLASK_YAML, project } from './helpers.js'

afterAll(cleanup)

const APP = 'from flask import Flask\napp = Flask(__name__)\n'

async function boot(files: Record<string, string>): Promise<{
  problems: string[]
  warnings: string[]
  imports: string[]
  missing: string[]
}> {
  const dir = project({ 'requirements.txt': 'flask\n', ...files }, FLASK_YAML)
  const result = await checkProject(dir, { python: '/usr/bin/python3' })
  const b = result.boot
  if (!b) throw new Error(`no boot prediction: ${JSON.stringify(result.problems)}`)
  const strip = (m: string): string => m.split(dir + '/').join('')
  return {
    problems: b.problems.map(p => strip(`${p.file}:${p.line ?? ''}: ${p.message}`)),
    warnings: b.warnings.map(p => strip(`${p.file}:${p.line ?? ''}: ${p.message}`)),
    imports: b.graph.imports.map(
      i => `${i.from} -> ${i.to} @${i.line} ${i.status}${i.boot ? ' boot' : ''}`
    ),
    missing: b.graph.missing.map(
      m =>
        `${m.file}:${m.line} ${m.module} ${m.status}${m.boot ? ' boot' : ''}${m.guarded ? ' guarded' : ''}${m.ignored ? ' ignored' : ''}`
    )
  }
}

const NOT_SHIPPED = (file: string, line: number, module: string, rel: string): string =>
  `${file}:${line}: ${module} is imported at boot, but the rock will not contain ${rel}: gunicorn would stop with ModuleNotFoundError: No module named '${module}'. Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app.py, flask/app/${rel}]}}`

describe('the boot walk, rule by rule', () => {
  it('the standard library is no project module, even dotted; third-party packages are not followed', async () => {
    expect(await boot({ 'app.py': `import os\nimport json.decoder\n${APP}` })).toEqual({
      problems: [],
      warnings: [],
      imports: [
        'app -> os @1 stdlib boot',
        'app -> json.decoder @2 stdlib boot',
        'app -> flask @3 third-party boot'
      ],
      missing: []
    })
  })

  it('an import under try/except ImportError is guarded: recorded, not a boot error', async () => {
    expect(
      await boot({
        'app.py': `${APP}try:\n    import local_settings\nexcept ImportError:\n    local_settings = None\n`,
        'local_settings.py': ''
      })
    ).toEqual({
      problems: [],
      warnings: [],
      imports: ['app -> flask @1 third-party boot', 'app -> local_settings @4 missing boot'],
      missing: ['app.py:4 local_settings missing boot guarded']
    })
  })

  it('relative imports resolve against the package, one level per dot', async () => {
    expect(
      await boot({
        'app/__init__.py': `${APP}from . import views\n`,
        'app/views.py': 'from .models import User\nfrom .sub import deep\n',
        'app/models.py': 'User = 1\n',
        'app/sub/__init__.py': '',
        'app/sub/deep.py': 'from .. import models\nfrom ..sub import other\n',
        'app/sub/other.py': ''
      })
    ).toEqual({
      problems: [],
      warnings: [],
      imports: [
        'app -> flask @1 third-party boot',
        'app -> app @3 project boot',
        'app -> app.views @3 project boot',
        'app.views -> app.models @1 project boot',
        'app.views -> app.sub @2 project boot',
        'app.views -> app.sub.deep @2 project boot',
        'app.sub.deep -> app @1 project boot',
        'app.sub.deep -> app.models @1 project boot',
        'app.sub.deep -> app.sub @2 project boot',
        'app.sub.deep -> app.sub.other @2 project boot'
      ],
      missing: []
    })
  })

  it('a relative import above the top-level package fails at boot', async () => {
    expect(await boot({ 'app/__init__.py': `${APP}from .. import outside\n` })).toEqual({
      problems: [
        'app/__init__.py:3: app/__init__.py:3: relative import beyond the top-level package: Python would fail on it at boot'
      ],
      warnings: [],
      imports: ['app -> flask @1 third-party boot'],
      missing: []
    })
  })

  it('if TYPE_CHECKING: only its else branch runs', async () => {
    expect(
      await boot({
        'app.py': `from typing import TYPE_CHECKING\n${APP}if TYPE_CHECKING:\n    import typing_helpers\nelse:\n    import runtime_helpers\n`,
        'typing_helpers.py': '',
        'runtime_helpers.py': ''
      })
    ).toEqual({
      problems: [NOT_SHIPPED('app.py', 7, 'runtime_helpers', 'runtime_helpers.py')],
      warnings: [],
      imports: [
        'app -> typing @1 stdlib boot',
        'app -> flask @2 third-party boot',
        'app -> runtime_helpers @7 missing boot'
      ],
      missing: ['app.py:7 runtime_helpers missing boot']
    })
  })

  it('an import in a view runs at request time: a warning', async () => {
    expect(
      await boot({
        'app.py': `${APP}@app.route("/")\ndef index():\n    import view_helpers\n    return "hi"\n`,
        'view_helpers.py': ''
      })
    ).toEqual({
      problems: [],
      warnings: [
        'app.py:5: view_helpers is imported when a request runs this code, but the rock will not contain view_helpers.py: that request would fail with ModuleNotFoundError'
      ],
      imports: ['app -> flask @1 third-party boot', 'app -> view_helpers @5 missing'],
      missing: ['app.py:5 view_helpers missing']
    })
  })

  it("an import in the factory's body runs at boot (gunicorn calls the factory)", async () => {
    expect(
      await boot({
        'app.py':
          'from flask import Flask\n\ndef create_app():\n    import config\n    return Flask(__name__)\n',
        'config.py': ''
      })
    ).toEqual({
      problems: [NOT_SHIPPED('app.py', 4, 'config', 'config.py')],
      warnings: [],
      imports: ['app -> flask @1 third-party boot', 'app -> config @4 missing boot'],
      missing: ['app.py:4 config missing boot']
    })
  })

  it('the ignore-boot marker, also on the last line, turns the error into a warning', async () => {
    expect(
      await boot({ 'app.py': `${APP}import config  # flask-rock: ignore-boot`, 'config.py': '' })
    ).toEqual({
      problems: [],
      warnings: [
        'app.py:3: config is imported at boot, which the rock will not contain (config.py); not an error because the line is marked "flask-rock: ignore-boot"'
      ],
      imports: ['app -> flask @1 third-party boot', 'app -> config @3 missing boot'],
      missing: ['app.py:3 config missing boot ignored']
    })
  })

  it('a module next to the importer, imported as top-level, is named as such', async () => {
    expect(await boot({ 'app/__init__.py': `${APP}import views\n`, 'app/views.py': '' })).toEqual({
      problems: [
        "app/__init__.py:3: views is imported at boot as a top-level module, but it is app/views.py, next to the importing file: gunicorn runs from /flask/app, where only the project's top level is importable by that name. Import it relative to its package (from . import views)"
      ],
      warnings: [],
      imports: ['app -> flask @1 third-party boot', 'app -> views @3 sibling boot'],
      missing: ['app/__init__.py:3 views sibling boot']
    })
  })
})
