// Python's own name resolution in the boot prediction, against the boot oracle: each fixture
// (written for this suite in the shapes of real public Flask projects: a package beside a module
// of its name, a library named like a project file, a dotted settings string, a settings dict
// keyed by an environment variable) is checked, then laid out as the expanded install-app part
// ships it and booted by Debian's real gunicorn (GET /). The check's verdict must be the oracle's,
// and where the rock would not boot the check must name the error gunicorn died with.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { checkProject } from '../../src/core/check.js'
import { checkReport, type CheckReport } from '../../src/core/check-report.js'
import { bootRock, layOutFlaskApp, type Boot } from './boot-oracle.js'
import { cleanup, project } from './helpers.js'

afterAll(cleanup)

const PYTHON = '/usr/bin/python3'

function yamlText(name: string, prime: string[] = []): string {
  const parts =
    prime.length === 0
      ? ''
      : `parts:\n  flask-framework/install-app:\n    prime:\n${prime.map(p => `      - flask/app/${p}\n`).join('')}`
  return `name: ${name}\nbase: ubuntu@24.04\nversion: "0.1"\nsummary: A Flask app\ndescription: It serves.\nplatforms:\n  amd64:\nextensions: [flask-framework]\n${parts}`
}

interface Verdicts {
  report: CheckReport
  boot: Boot
}

/** The check's report, and the oracle's boot of what the rock ships (env: the service's). */
async function both(dir: string, env: Record<string, string> = {}): Promise<Verdicts> {
  const result = await checkProject(dir, { python: PYTHON })
  const report = checkReport(result)
  const part = (result.expanded?.parts as Record<string, Record<string, unknown>> | undefined)?.[
    'flask-framework/install-app'
  ]
  if (!part) throw new Error(`no expansion: ${JSON.stringify(report.problems)}`)
  const rock = mkdtempSync(path.join(tmpdir(), 'flask-rock-oracle-rock-'))
  try {
    layOutFlaskApp(dir, part, rock)
    mkdirSync(path.join(rock, 'flask/app'), { recursive: true })
    return { report, boot: await bootRock(rock, report.wsgi ?? 'app:app', env) }
  } finally {
    rmSync(rock, { recursive: true, force: true })
  }
}

/** Agreement, counted for the closing note: fixture name -> [check says boots, oracle serves]. */
const tally: [string, boolean, boolean][] = []
function agree(name: string, { report, boot }: Verdicts): void {
  const bootProblems = report.problems.filter(p => p.kind === 'boot')
  tally.push([name, bootProblems.length === 0, boot.serves])
  expect([name, bootProblems.length === 0]).toEqual([name, boot.serves])
}
afterAll(() => {
  const agreed = tally.filter(([, a, b]) => a === b).length
  process.stdout.write(
    `boot-resolution: ${agreed}/${tally.length} fixtures agree with the oracle\n`
  )
})

const ROUTE = '\n\n@app.route("/")\ndef index():\n    return "ok"\n'

// Flask-AppBuilder's and course projects' shape: app.py (what rockcraft finds) beside the app/
// package holding the factory, whose create_app loads a config.py by name.
const SHADOWED = {
  'requirements.txt': 'flask\n',
  'app.py': 'from app import create_app\n\napp = create_app()\n',
  'app/__init__.py':
    'from flask import Flask\n\n\ndef create_app():\n    app = Flask(__name__)\n    app.config.from_object("config.Config")\n    from . import views\n\n    views.register(app)\n    return app\n',
  'app/views.py':
    'def register(app):\n    @app.route("/")\n    def index():\n        return "ok"\n',
  'config.py': 'class Config:\n    SECRET_KEY = "x"\n'
}

describe('a regular package wins over a module of its name, as in Python', () => {
  it('app.py beside app/: rockcraft serves app:app, Python imports the package, which has no app', async () => {
    const dir = project({ ...SHADOWED, 'rockcraft.yaml': yamlText('shadowed') })
    const v = await both(dir)
    agree('package shadows app.py', v)
    expect(v.boot.log).toContain("Failed to find attribute 'app' in 'app'.")
    expect(v.report.wsgi).toBe('app:app')
    expect(v.report.problems).toEqual([
      {
        kind: 'boot',
        message:
          "rockcraft's discovery picks app.py, but Python imports the package app/ (a regular package wins over a module of the same name), which never defines app: gunicorn would stop with \"Failed to find attribute 'app' in 'app'.\" Define app in app/__init__.py, or give app.py a name the package does not shadow and serve it with services.flask.command",
        file: 'app/__init__.py',
        line: 1,
        column: null
      }
    ])
    // the walk follows the package Python imports, not app.py: its factory's imports run only
    // when something calls it, which nothing at boot does
    expect(v.report.boot?.modules.map(m => [m.file, m.atBoot])).toEqual([
      ['app/__init__.py', true],
      ['app/views.py', false]
    ])
  }, 60_000)

  it('the package defining app itself: it boots, and its own imports are the ones followed', async () => {
    const dir = project({
      ...SHADOWED,
      'app/__init__.py': `from flask import Flask\n\nfrom settings import DEBUG\n\napp = Flask(__name__)\napp.debug = DEBUG${ROUTE}`,
      'settings.py': 'DEBUG = False\n',
      'rockcraft.yaml': yamlText('shadowed-ok')
    })
    const v = await both(dir)
    agree('package defines app', v)
    expect(v.boot.log).toContain("No module named 'settings'")
    expect(v.report.problems.map(p => [p.file, p.message.split(':')[0]])).toEqual([
      ['app/__init__.py', 'settings is imported at boot, but the rock will not contain settings.py']
    ])
  }, 60_000)

  it('a namespace package (no __init__.py) loses to app.py: app.py is served and boots', async () => {
    const dir = project({
      'requirements.txt': 'flask\n',
      'app.py': `from flask import Flask\n\napp = Flask(__name__)${ROUTE}`,
      'app/static.txt': 'data\n',
      'rockcraft.yaml': yamlText('namespace')
    })
    const v = await both(dir)
    agree('namespace package loses to app.py', v)
    expect(v.report.problems).toEqual([])
  }, 60_000)
})

// Flask-SocketIO and webauthn demos: a package whose module imports an installed library by its
// absolute name, beside a project module of the same name. Debian's PyYAML and PyJWT are the
// installed libraries here (the oracle's /usr/bin/python3 has them).
describe('an absolute import of a name a requirement installs is that library', () => {
  const demo = (requirement: string, lib: string, use: string): Record<string, string> => ({
    'requirements.txt': `flask\n${requirement}\n`,
    'app.py': 'from demo.server import app\n',
    'demo/__init__.py': '',
    'demo/server.py': `from flask import Flask\n\nfrom ${lib} import ${use}\n\napp = Flask(__name__)\n\n\n@app.route("/")\ndef index():\n    return str(${use} is not None)\n`,
    [`demo/${lib}.py`]: '"""The demo\'s own helpers, named like the library."""\n',
    'rockcraft.yaml': yamlText('demo', ['app.py', 'demo'])
  })

  for (const [requirement, lib, use] of [
    ['PyYAML==6.0.1', 'yaml', 'safe_load'],
    ['pyjwt>=2', 'jwt', 'encode']
  ]) {
    it(`${requirement}: from ${lib} import ${use} beside demo/${lib}.py boots, no problem, no hint`, async () => {
      const v = await both(project(demo(requirement, lib, use)))
      agree(`third-party ${lib} beside demo/${lib}.py`, v)
      expect(v.report.problems).toEqual([])
      expect(v.report.warnings).toEqual([])
      expect(JSON.stringify(v.report)).not.toContain('from . import')
      expect(v.report.boot?.imports.filter(i => i.module === lib)).toEqual([
        {
          from: 'demo.server',
          module: lib,
          line: 3,
          atBoot: true,
          status: 'third-party',
          via: null
        }
      ])
    }, 60_000)
  }

  it('without the requirement the same import is the sibling mistake, and its hint is right', async () => {
    const files = demo('', 'helpers', 'helper')
    files['demo/helpers.py'] = 'helper = 1\n'
    const v = await both(project(files))
    agree('sibling helpers without a requirement', v)
    expect(v.boot.log).toContain("No module named 'helpers'")
    expect(v.report.problems.map(p => p.message)).toEqual([
      expect.stringContaining('Import it relative to its package (from . import helpers)')
    ])
  }, 60_000)
})

// Flask-User's starter app: settings named by a dotted string, the local one git-ignored.
describe('a dotted string is resolved to its submodule or attribute', () => {
  const settings = (call: string, extra: Record<string, string> = {}): Record<string, string> => ({
    'requirements.txt': 'flask\n',
    'app/__init__.py': `from flask import Flask\n\napp = Flask(__name__)\n${call}${ROUTE}`,
    'app/settings.py': 'class Config:\n    DEBUG = False\n',
    'app/local_settings_example.py': 'SECRET_KEY = "change me"\n',
    'rockcraft.yaml': yamlText('strings'),
    ...extra
  })

  it("from_object('app.local_settings') where app/ ships but local_settings.py does not exist", async () => {
    const v = await both(project(settings('app.config.from_object("app.local_settings")\n')))
    agree('missing dotted submodule', v)
    expect(v.boot.log).toContain("import_string() failed for 'app.local_settings'")
    expect(v.boot.log).toContain(
      "ImportError: partially initialized module 'app' has no attribute 'local_settings' (most likely due to a circular import)"
    )
    expect(v.report.problems).toEqual([
      {
        kind: 'boot',
        message:
          "app.config.from_object('app.local_settings') imports app.local_settings at boot, which app does not define and the project has no module app.local_settings: gunicorn would stop with werkzeug.utils.ImportStringError: import_string() failed for 'app.local_settings' (ImportError: partially initialized module 'app' has no attribute 'local_settings' (most likely due to a circular import))",
        file: 'app/__init__.py',
        line: 4,
        column: 1
      }
    ])
  }, 60_000)

  it("from_object('app.settings.Config') and ('app.settings.Missing'): each part checked", async () => {
    const good = await both(project(settings('app.config.from_object("app.settings.Config")\n')))
    agree('dotted attribute that exists', good)
    expect(good.report.problems).toEqual([])
    const bad = await both(project(settings('app.config.from_object("app.settings.Missing")\n')))
    agree('dotted attribute that does not', bad)
    expect(bad.boot.log).toContain("ImportError: module 'app.settings' has no attribute 'Missing'")
    expect(bad.report.problems.map(p => p.message.split('gunicorn would stop with ')[1])).toEqual([
      "werkzeug.utils.ImportStringError: import_string() failed for 'app.settings.Missing' (ImportError: module 'app.settings' has no attribute 'Missing')"
    ])
  }, 60_000)

  it("import_string('app.backends.redis:Cache') where app/backends/ has no redis module", async () => {
    const v = await both(
      project(
        settings(
          'from werkzeug.utils import import_string\n\ncache = import_string("app.backends.redis:Cache")\n',
          {
            'app/backends/__init__.py': ''
          }
        )
      )
    )
    agree('missing module under a shipped package', v)
    expect(v.boot.log).toContain("No module named 'app.backends.redis'")
    expect(v.report.problems.map(p => p.message.split('gunicorn would stop with ')[1])).toEqual([
      "werkzeug.utils.ImportStringError: import_string() failed for 'app.backends.redis.Cache' (ModuleNotFoundError: No module named 'app.backends.redis')"
    ])
  }, 60_000)
})

// flask-restx and Miguel Grinberg-style boilerplate: the configuration named by a dict keyed by
// FLASK_CONFIG, each entry a dotted string to a module of its own.
describe('a settings dict keyed by an environment variable', () => {
  const CONFIG_BY_NAME = {
    'requirements.txt': 'flask\n',
    'app/__init__.py': `import os\n\nfrom flask import Flask\n\nconfig_by_name = {\n    "development": "config_dev.DevConfig",\n    "production": "config_prod.ProdConfig",\n    "default": "config_dev.DevConfig",\n}\n\napp = Flask(__name__)\napp.config.from_object(config_by_name[os.getenv("FLASK_CONFIG", "default")])${ROUTE}`,
    'config_dev.py': 'class DevConfig:\n    DEBUG = True\n',
    'config_prod.py': 'class ProdConfig:\n    DEBUG = False\n'
  }
  const CALL = `app.config.from_object(config_by_name[os.getenv('FLASK_CONFIG', 'default')])`

  it('names the default entry as the problem and every other candidate as a warning', async () => {
    const dir = project({ ...CONFIG_BY_NAME, 'rockcraft.yaml': yamlText('config-by-name') })
    const unset = await both(dir)
    agree('config_by_name, FLASK_CONFIG unset', unset)
    expect(unset.boot.log).toContain("No module named 'config_dev'")
    expect(unset.report.problems).toEqual([
      {
        kind: 'boot',
        message: `${CALL} imports config_dev (its 'default' entry, chosen while FLASK_CONFIG is unset) at boot, but the rock will not contain config_dev.py: gunicorn would stop with werkzeug.utils.ImportStringError: import_string() failed for 'config_dev.DevConfig' (ModuleNotFoundError: No module named 'config_dev'). Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app, flask/app/config_dev.py]}}`,
        file: 'app/__init__.py',
        line: 12,
        column: 1
      }
    ])
    expect(unset.report.warnings).toEqual([
      {
        message: `${CALL} imports config_prod when FLASK_CONFIG=production at boot, but the rock will not contain config_prod.py: set so, gunicorn would stop with werkzeug.utils.ImportStringError: import_string() failed for 'config_prod.ProdConfig' (ModuleNotFoundError: No module named 'config_prod')`,
        file: 'app/__init__.py',
        line: 12,
        column: 1
      }
    ])
    // the warning is the oracle's verdict with the variable set
    const production = await both(dir, { FLASK_CONFIG: 'production' })
    expect(production.boot.serves).toBe(false)
    expect(production.boot.log).toContain("No module named 'config_prod'")
    tally.push([
      'config_by_name, FLASK_CONFIG=production (a warning)',
      false,
      production.boot.serves
    ])
  }, 60_000)

  it('shipping both boots either way; the check says nothing', async () => {
    const dir = project({
      ...CONFIG_BY_NAME,
      'rockcraft.yaml': yamlText('config-by-name', ['app', 'config_dev.py', 'config_prod.py'])
    })
    const v = await both(dir)
    agree('config_by_name shipped, unset', v)
    expect(v.report.warnings).toEqual([])
    const production = await both(dir, { FLASK_CONFIG: 'production' })
    agree('config_by_name shipped, FLASK_CONFIG=production', production)
  }, 60_000)
})
