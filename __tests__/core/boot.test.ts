// The boot prediction on everyday Flask layouts, run the way users run it: the flask-rock CLI and
// the action, each bundled by ncc from today's source and spawned by node on real projects on
// disk, with the real python3. What a user sees (stderr lines, exit status, JSON, the summary) is
// asserted whole.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import {
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
  readdirSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { cleanup, project } from './helpers.js'

const ROOT = path.resolve(import.meta.dirname ?? '.', '../..')
let built = ''

function bundle(entry: string, out: string): void {
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/ncc'),
    ['build', path.join(ROOT, entry), '-o', out, '--target', 'es2022', '-q'],
    { cwd: ROOT, stdio: 'pipe' }
  )
}

beforeAll(() => {
  built = mkdtempSync(path.join(tmpdir(), 'flask-rock-boot-'))
  bundle('src/cli/cli.ts', path.join(built, 'cli'))
  bundle('src/action/index.ts', path.join(built, 'action'))
}, 600_000)

afterAll(() => {
  cleanup()
  rmSync(built, { recursive: true, force: true })
})

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function flaskRock(args: string[], timeout = 60_000): Run {
  const r = spawnSync(process.execPath, [path.join(built, 'cli/index.js'), ...args], {
    encoding: 'utf8',
    timeout,
    maxBuffer: 256 << 20, // the JSON of a 10,000-module graph is several MB
    env: { ...process.env, ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '' }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function yamlText(extra = '', name = 'microblog', base = 'base: ubuntu@24.04'): string {
  return `name: ${name}
${base}
version: "0.1"
summary: A Flask app
description: It serves.
platforms:
  amd64:
extensions: [flask-framework]
${extra}`
}

const REQ = 'flask\nflask-sqlalchemy\n'

// Miguel Grinberg's Flask Mega-Tutorial layout: app/ package, config.py at the top level.
const MICROBLOG = {
  'rockcraft.yaml': yamlText(),
  'requirements.txt': REQ,
  'microblog.py': 'from app import app, db\n',
  'config.py': 'import os\n\nclass Config:\n    SECRET_KEY = os.environ.get("SECRET_KEY", "dev")\n',
  'app/__init__.py':
    'from flask import Flask\nfrom config import Config\nfrom flask_sqlalchemy import SQLAlchemy\n\napp = Flask(__name__)\napp.config.from_object(Config)\ndb = SQLAlchemy(app)\n\nfrom app import routes, models\n',
  'app/routes.py':
    'from flask import render_template\nfrom app import app\n\n@app.route("/")\ndef index():\n    from reports import summary\n    return render_template("index.html", s=summary())\n',
  'app/models.py': 'from app import db\n\nclass User(db.Model):\n    pass\n',
  'reports.py': 'def summary():\n    return ""\n',
  'app/templates/index.html': '<p>{{ s }}</p>\n'
}

// The Flask tutorial (flask.palletsprojects.com/tutorial): an installable flaskr package.
const FLASKR = {
  'pyproject.toml': '[project]\nname = "flaskr"\nversion = "1.0.0"\ndependencies = ["flask"]\n',
  'flaskr/__init__.py':
    'import os\n\nfrom flask import Flask\n\n\ndef create_app(test_config=None):\n    app = Flask(__name__, instance_relative_config=True)\n    from . import db\n    db.init_app(app)\n    from . import auth\n    app.register_blueprint(auth.bp)\n    return app\n',
  'flaskr/db.py':
    'import sqlite3\n\nimport click\nfrom flask import current_app, g\n\ndef init_app(app):\n    pass\n',
  'flaskr/auth.py':
    'import functools\n\nfrom flask import Blueprint\n\nfrom flaskr.db import init_app\n\nbp = Blueprint("auth", __name__, url_prefix="/auth")\n',
  'flaskr/templates/base.html': '',
  'tests/test_db.py': 'from flaskr.db import init_app\n'
}

describe('the rock would not boot: found in the check, with the YAML that fixes it', () => {
  it('microblog: app/__init__.py imports the top-level config.py, which the rock lacks', () => {
    const dir = project(MICROBLOG)
    const r = flaskRock(['check', dir])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      `- ${dir}/app/__init__.py:2: the rock would not boot: config is imported at boot, but the rock will not contain config.py: gunicorn would stop with ModuleNotFoundError: No module named 'config'.\n` +
        `fix: Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app, flask/app/config.py]}} (flask-rock check --fix writes it)\n` +
        `warning: ${dir}/app/routes.py:6: reports is imported when a request runs this code, but the rock will not contain reports.py: that request would fail with ModuleNotFoundError\n`
    )
  })

  it('microblog with the suggested prime list: passes, and says what ships', () => {
    const dir = project({
      ...MICROBLOG,
      'rockcraft.yaml': yamlText(
        'parts:\n  flask-framework/install-app:\n    prime: [flask/app/app, flask/app/config.py, flask/app/reports.py]\n'
      )
    })
    const r = flaskRock(['check', dir])
    expect(r).toEqual({
      code: 0,
      stdout: 'wsgi: app:app\nworker: sync\nships: app/ config.py reports.py\n',
      stderr: ''
    })
  })

  it("expand stays rockcraft's: prints the expansion, exit 0, the boot problem as a warning", () => {
    const dir = project(MICROBLOG)
    const r = flaskRock(['expand', dir])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^name: microblog\n/)
    expect(r.stdout).toContain("gunicorn.conf.py 'app:app' -k")
    expect(r.stderr.split('\n')[0]).toBe(
      `warning: ${dir}/app/__init__.py:2: the rock would not boot: config is imported at boot, but the rock will not contain config.py: gunicorn would stop with ModuleNotFoundError: No module named 'config'.`
    )
  })

  it('a factory importing top-level modules in its body: errors at boot, a view inside it only warns', () => {
    const dir = project({
      'rockcraft.yaml': yamlText('', 'shop'),
      'requirements.txt': 'flask\n',
      'app/__init__.py':
        'from flask import Flask\n\ndef create_app():\n    app = Flask(__name__)\n    from config import Config\n    from extensions import db\n    @app.route("/")\n    def index():\n        import models\n        return "ok"\n    return app\n',
      'config.py': 'class Config: pass\n',
      'extensions.py': 'db = None\n',
      'models.py': '',
      'static/style.css': ''
    })
    const r = flaskRock(['check', dir])
    expect(r.code).toBe(1)
    const fix =
      'Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app, flask/app/static, flask/app/config.py, flask/app/extensions.py]}}'
    expect(r.stderr).toBe(
      `- ${dir}/app/__init__.py:5: the rock would not boot: config is imported at boot, but the rock will not contain config.py: gunicorn would stop with ModuleNotFoundError: No module named 'config'.\n` +
        `- ${dir}/app/__init__.py:6: the rock would not boot: extensions is imported at boot, but the rock will not contain extensions.py: gunicorn would stop with ModuleNotFoundError: No module named 'extensions'.\n` +
        // the prime list once, after the problems it fixes, with the option that writes it
        `fix: ${fix} (flask-rock check --fix writes it)\n` +
        `warning: ${dir}/app/__init__.py:9: models is imported when a request runs this code, but the rock will not contain models.py: that request would fail with ModuleNotFoundError\n`
    )
  })

  it('guarded imports (try/except ImportError, TYPE_CHECKING) are not problems', () => {
    const dir = project({
      'rockcraft.yaml': yamlText(),
      'requirements.txt': 'flask\n',
      'app.py':
        'from typing import TYPE_CHECKING\nfrom flask import Flask\ntry:\n    import local_settings\nexcept ImportError:\n    local_settings = None\ntry:\n    from devtools import debug\nexcept (ModuleNotFoundError, AttributeError):\n    pass\nif TYPE_CHECKING:\n    import typing_helpers\napp = Flask(__name__)\n',
      'local_settings.py': 'DEBUG = True\n',
      'devtools.py': '',
      'typing_helpers.py': ''
    })
    expect(flaskRock(['check', dir])).toEqual({
      code: 0,
      stdout: 'wsgi: app:app\nworker: sync\nships: app.py\n',
      stderr: ''
    })
  })

  it("include mode: the user's prime list, kept and extended", () => {
    const dir = project({
      'rockcraft.yaml': yamlText(
        'parts:\n  flask-framework/install-app:\n    prime:\n      - flask/app/app.py\n      - flask/app/config.py\n'
      ),
      'requirements.txt': 'flask\n',
      'app.py':
        'from flask import Flask\nimport config\nfrom models import User\napp = Flask(__name__)\n',
      'config.py': '',
      'models/__init__.py': 'class User: pass\n'
    })
    const r = flaskRock(['check', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `- ${dir}/app.py:3: the rock would not boot: models is imported at boot, but the rock will not contain models/__init__.py: gunicorn would stop with ModuleNotFoundError: No module named 'models'.\n` +
        `fix: Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app.py, flask/app/config.py, flask/app/models]}} (flask-rock check --fix writes it)\n`
    )
  })

  it('a change --fix cannot write (stage drops the module): the fix line does not offer --fix', () => {
    const dir = project({
      'rockcraft.yaml': yamlText(
        'parts:\n  flask-framework/install-app:\n    prime: [flask/app/app.py, flask/app/config.py]\n    stage: [-flask/app/config.py]\n'
      ),
      'requirements.txt': 'flask\n',
      'app.py': 'from flask import Flask\nimport config\napp = Flask(__name__)\n',
      'config.py': ''
    })
    expect(flaskRock(['check', dir])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `- ${dir}/app.py:2: the rock would not boot: config is imported at boot, but the rock will not contain config.py: gunicorn would stop with ModuleNotFoundError: No module named 'config'.\n` +
        'fix: Make parts.flask-framework/install-app in rockcraft.yaml ship flask/app/config.py: its prime or stage drops it\n'
    })
  })

  it('exclude mode: names the exclusion to remove', () => {
    const dir = project({
      'rockcraft.yaml': yamlText(
        'parts:\n  flask-framework/install-app:\n    prime:\n      - -flask/app/config.py\n'
      ),
      'requirements.txt': 'flask\n',
      'app.py': 'from flask import Flask\nimport config\napp = Flask(__name__)\n',
      'config.py': ''
    })
    const r = flaskRock(['check', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `- ${dir}/app.py:2: the rock would not boot: config is imported at boot, but the rock will not contain config.py: gunicorn would stop with ModuleNotFoundError: No module named 'config'.\n` +
        `fix: Set parts.flask-framework/install-app.prime in rockcraft.yaml to [flask/app/app.py, flask/app/config.py] (removing "-flask/app/config.py" would leave it empty, which ships only the default list) (flask-rock check --fix writes it)\n`
    )
    // With another exclusion beside it, removing it keeps exclude mode.
    writeFileSync(
      path.join(dir, 'rockcraft.yaml'),
      yamlText(
        'parts:\n  flask-framework/install-app:\n    prime:\n      - -flask/app/config.py\n      - -flask/app/README.md\n'
      )
    )
    expect(flaskRock(['check', dir]).stderr).toBe(
      `- ${dir}/app.py:2: the rock would not boot: config is imported at boot, but the rock will not contain config.py: gunicorn would stop with ModuleNotFoundError: No module named 'config'.\n` +
        `fix: Remove "-flask/app/config.py" from parts.flask-framework/install-app.prime in rockcraft.yaml (flask-rock check --fix writes it)\n`
    )
    // Excluding something else instead: exclude mode ships the rest, config.py with it.
    writeFileSync(
      path.join(dir, 'rockcraft.yaml'),
      yamlText('parts:\n  flask-framework/install-app:\n    prime: [-flask/app/README.md]\n')
    )
    expect(flaskRock(['check', dir])).toEqual({
      code: 0,
      stdout:
        'wsgi: app:app\nworker: sync\nships: app.py config.py requirements.txt rockcraft.yaml\n',
      stderr: ''
    })
  })

  it('the Flask tutorial: where rockcraft looked and where the app is, with the fix', () => {
    const dir = project({ ...FLASKR, 'rockcraft.yaml': yamlText('', 'tutorial') })
    const r = flaskRock(['check', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      '- Missing WSGI entrypoint in default search locations\n' +
        'hint: rockcraft looks for a module-level app or application (or def create_app / make_app) only in app.py, main.py, app/__init__.py, app/app.py, app/main.py, src/__init__.py, src/app.py, src/main.py, tutorial/__init__.py, tutorial/app.py, tutorial/main.py\n' +
        `hint: ${dir}/flaskr/__init__.py:6: a Flask app is here (flaskr:create_app()), where rockcraft does not look: add app.py at the project's top level with "from flaskr import create_app" and "app = create_app()", and ship flaskr in the rock: add flask/app/flaskr to the install-app prime list (flask-rock check then names the whole list)\n`
    )
  })

  it('wsgi.py and src/<package> layouts: the app is named with the fix', () => {
    const wsgi = project({
      'rockcraft.yaml': yamlText('', 'shop'),
      'requirements.txt': 'flask\n',
      'wsgi.py': 'from flask import Flask\n\napplication = Flask(__name__)\n'
    })
    expect(flaskRock(['check', wsgi]).stderr.split('\n').slice(2)).toEqual([
      `hint: ${wsgi}/wsgi.py:3: a Flask app is here (wsgi:application), where rockcraft does not look: add app.py at the project's top level with "from wsgi import application as app", and ship wsgi.py in the rock: add flask/app/wsgi.py to the install-app prime list (flask-rock check then names the whole list)`,
      ''
    ])
    const src = project({
      'rockcraft.yaml': yamlText('', 'shop'),
      'requirements.txt': 'flask\n',
      'src/webshop/__init__.py': 'from flask import Flask\n\napp = Flask(__name__)\n'
    })
    expect(flaskRock(['check', src]).stderr.split('\n').slice(2)).toEqual([
      `hint: ${src}/src/webshop/__init__.py:3: a Flask app is here (src.webshop:app), where rockcraft does not look: add app.py at the project's top level with "from src.webshop import app"`,
      ''
    ])
  })

  it('the rock-named package: found by discovery, shipped only when no default entry exists', () => {
    // No default entry (app, static, ...) at the top level: exclude mode ships everything.
    const ok = project({ ...FLASKR, 'rockcraft.yaml': yamlText('', 'flaskr') })
    expect(flaskRock(['check', ok])).toEqual({
      code: 0,
      stdout:
        'wsgi: flaskr:create_app()\nworker: sync\nships: flaskr/ pyproject.toml rockcraft.yaml tests/\n' +
        // the dependencies part's pip install . (setuptools, flat layout) puts flaskr into the venv too
        'installed: flaskr/ (pip install . into the venv, setuptools (legacy: pyproject.toml has no build-backend))\n',
      stderr: ''
    })
    // A top-level static/ makes the default list [static]: flaskr/ is left out of the rock.
    const bad = project({
      ...FLASKR,
      'static/logo.svg': '',
      'rockcraft.yaml': yamlText('', 'flaskr')
    })
    const r = flaskRock(['check', bad])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      // static/ is a second top-level package to setuptools' flat-layout discovery
      `- ${bad}/pyproject.toml: the pack would fail: pip install . (in flask-framework/dependencies) would stop: setuptools: Multiple top-level packages discovered in a flat-layout: ['flaskr', 'static']. To avoid accidental inclusion of unwanted files or directories, setuptools will not proceed with this build. Name what to install (in pyproject.toml, [tool.setuptools] packages = [...] or py-modules = [...]; packages = [] when /flask/app is enough), or use a src-layout\n` +
        `- ${bad}/rockcraft.yaml: the rock would not boot: gunicorn imports the WSGI module flaskr (flaskr/__init__.py), but the rock will not contain flaskr/__init__.py: gunicorn would stop with ModuleNotFoundError: No module named 'flaskr'.\n` +
        `fix: Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/static, flask/app/flaskr]}} (flask-rock check --fix writes it)\n`
    )
  })

  it('a module next to the importer, imported as top-level: says to import it relatively', () => {
    const dir = project({
      'rockcraft.yaml': yamlText(),
      'requirements.txt': 'flask\n',
      'app/__init__.py': 'from flask import Flask\nimport views\napp = Flask(__name__)\n',
      'app/views.py': ''
    })
    const r = flaskRock(['check', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `- ${dir}/app/__init__.py:2: the rock would not boot: views is imported at boot as a top-level module, but it is app/views.py, next to the importing file: gunicorn runs from /flask/app, where only the project's top level is importable by that name. Import it relative to its package (from . import views)\n`
    )
  })

  it('services.flask.command naming a module the rock lacks', () => {
    const dir = project({
      'rockcraft.yaml': yamlText(
        "services:\n  flask:\n    command: /bin/python3 -m gunicorn -c /flask/gunicorn.conf.py 'wsgi:app' -k [ sync ]\n"
      ),
      'requirements.txt': 'flask\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
      'wsgi.py': 'from app import app\n'
    })
    const r = flaskRock(['check', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `- ${dir}/rockcraft.yaml: the rock would not boot: gunicorn imports the WSGI module wsgi (wsgi.py), but the rock will not contain wsgi.py: gunicorn would stop with ModuleNotFoundError: No module named 'wsgi'.\n` +
        `fix: Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app.py, flask/app/wsgi.py]}} (flask-rock check --fix writes it)\n`
    )
  })

  it('the escape hatch: "# flask-rock: ignore-boot" on the import line makes it a warning', () => {
    const dir = project({
      ...MICROBLOG,
      'app/__init__.py': MICROBLOG['app/__init__.py'].replace(
        'from config import Config\n',
        'from config import Config  # flask-rock: ignore-boot (mounted at run time)\n'
      )
    })
    const r = flaskRock(['check', dir])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('wsgi: app:app\nworker: sync\nships: app/\n')
    expect(r.stderr.split('\n')[0]).toBe(
      `warning: ${dir}/app/__init__.py:2: config is imported at boot, which the rock will not contain (config.py); not an error because the line is marked "flask-rock: ignore-boot"`
    )
  })
})

describe('one pass, calls at import time, Flask idioms, what gunicorn serves', () => {
  it('a module imported from several places is one problem naming every importing line', () => {
    const dir = project({
      'rockcraft.yaml': yamlText(),
      'requirements.txt': 'flask\n',
      'app/__init__.py':
        'from flask import Flask\nimport config\napp = Flask(__name__)\nfrom app import views, models\n',
      'app/views.py': 'from config import PAGE_SIZE\n',
      'app/models.py': 'import config\n\ndef query():\n    import config\n',
      'config.py': 'PAGE_SIZE = 20\n'
    })
    const r = flaskRock(['check', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `- ${dir}/app/__init__.py:2: the rock would not boot: config is imported at boot (also at app/views.py:1, app/models.py:1), but the rock will not contain config.py: gunicorn would stop with ModuleNotFoundError: No module named 'config'.\n` +
        `fix: Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app, flask/app/config.py]}} (flask-rock check --fix writes it)\n`
    )
  })

  it('a file from_pyfile reads is run at boot: its own imports are boot imports', () => {
    const dir = project({
      'rockcraft.yaml': yamlText(
        'parts:\n  flask-framework/install-app:\n    prime: [flask/app/app, flask/app/settings.py]\n'
      ),
      'requirements.txt': 'flask\n',
      'app/__init__.py':
        'from flask import Flask\n\napp = Flask(__name__)\napp.config.from_pyfile("../settings.py")\napp.config.from_pyfile("defaults.py")\napp.config.from_pyfile("local.cfg")\n',
      'app/defaults.py': 'import logging\nfrom app import constants\n',
      'app/constants.py': '',
      'settings.py': 'from secrets_local import KEY\n',
      'secrets_local.py': 'KEY = "k"\n'
    })
    const r = flaskRock(['check', '--format', 'json', dir])
    const report = JSON.parse(r.stdout)
    expect(report.problems).toEqual([
      {
        kind: 'boot',
        message:
          "secrets_local is imported at boot, but the rock will not contain secrets_local.py: gunicorn would stop with ModuleNotFoundError: No module named 'secrets_local'. Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app, flask/app/settings.py, flask/app/secrets_local.py]}}",
        file: 'settings.py',
        line: 1,
        column: 1
      },
      {
        kind: 'boot',
        message:
          "app.config.from_pyfile('local.cfg') reads /flask/app/app/local.cfg at boot, a file the project does not have: gunicorn would stop with FileNotFoundError: [Errno 2] Unable to load configuration file (No such file or directory): '/flask/app/app/local.cfg'",
        file: 'app/__init__.py',
        line: 6,
        column: 1
      }
    ])
    expect(
      report.boot.modules.map((m: { module: string; file: string }) => [m.module, m.file])
    ).toEqual([
      ['<app/defaults.py>', 'app/defaults.py'],
      ['<settings.py>', 'settings.py'],
      ['app', 'app/__init__.py'],
      ['app.constants', 'app/constants.py'],
      ['secrets_local', 'secrets_local.py']
    ])
  })

  it('computed strings stay unsure: a warning naming the call, never an error', () => {
    const dir = project({
      'rockcraft.yaml': yamlText(),
      'requirements.txt': 'flask\n',
      'app.py':
        'import os\nfrom flask import Flask\napp = Flask(__name__)\napp.config.from_object(os.environ.get("APP_SETTINGS", "config.Dev"))\napp.config.from_object(f"settings.{os.environ[\'ENV\']}")\nclass Config:\n    DEBUG = False\napp.config.from_object(Config)\n'
    })
    const r = flaskRock(['check', dir])
    expect(r).toEqual({
      code: 0,
      stdout: 'wsgi: app:app\nworker: sync\nships: app.py\n',
      stderr:
        `warning: ${dir}/app.py:4: app.config.from_object(os.environ.get('APP_SETTINGS', 'config.Dev')) runs at boot with a string built at run time: this check cannot tell which module it imports; make sure the rock has it\n` +
        `warning: ${dir}/app.py:5: app.config.from_object(f"settings.{os.environ['ENV']}") runs at boot with a string built at run time: this check cannot tell which module it imports; make sure the rock has it\n`
    })
  })

  it('calls at import time: a helper called at module level runs its imports at boot, through the calls it makes', () => {
    const dir = project({
      'rockcraft.yaml': yamlText(),
      'requirements.txt': 'flask\n',
      'app.py':
        'from flask import Flask\nfrom setup_helpers import register\n\n\ndef configure(app):\n    import settings\n    register(app)\n\n\napp = Flask(__name__)\nconfigure(app)\n\n\ndef later():\n    import reports\n\n\nif __name__ == "__main__":\n    import devtools\n    later()\n',
      'setup_helpers.py': 'def register(app):\n    from plugins import load\n    load(app)\n',
      'plugins.py': 'def load(app):\n    pass\n',
      'settings.py': '',
      'reports.py': '',
      'devtools.py': ''
    })
    // the __main__ block never runs under gunicorn: neither its import nor its call counts
    const r = flaskRock(['check', '--format', 'json', dir])
    const report = JSON.parse(r.stdout)
    expect(
      report.problems.map((p: { file: string; line: number; message: string }) => [
        p.file,
        p.line,
        p.message.split(', but')[0]
      ])
    ).toEqual([
      ['app.py', 2, 'setup_helpers is imported at boot'],
      [
        'app.py',
        6,
        'settings is imported at boot, in code that configure() at app.py:11 runs at import time'
      ],
      [
        'setup_helpers.py',
        2,
        'plugins is imported at boot, in code that configure() at app.py:11 runs at import time'
      ]
    ])
    expect(report.warnings.map((w: { file: string; line: number }) => [w.file, w.line])).toEqual([
      ['app.py', 15]
    ])
  })

  it('an app that is a string, or None, is not what gunicorn can serve', () => {
    const str = project({
      'rockcraft.yaml': yamlText(),
      'requirements.txt': 'flask\n',
      'app.py': 'app = "app:create_app"\n'
    })
    expect(flaskRock(['check', str]).stderr).toBe(
      `- ${str}/app.py:1: the rock would not boot: gunicorn serves a str literal, not a WSGI callable: it would stop with "Application object must be callable."\n`
    )
    const none = project({
      'rockcraft.yaml': yamlText(),
      'requirements.txt': 'flask\n',
      'app.py':
        'from flask import Flask\napp = None\n\ndef create():\n    global app\n    app = Flask(__name__)\n'
    })
    expect(flaskRock(['check', none]).stderr).toBe(
      `- ${none}/app.py:2: the rock would not boot: gunicorn serves an app that is None: it would stop with "Failed to find application object: 'app'"\n`
    )
  })

  it('check --fix on the commented rockcraft.yaml init writes: the prime list in place of the commented section, every other line kept', () => {
    const dir = project({
      'requirements.txt': 'flask\n',
      'app.py': 'from bookshelf import create_app\n\napp = create_app()\n',
      'bookshelf/__init__.py':
        'from flask import Flask\n\n\ndef create_app():\n    app = Flask(__name__)\n    from extensions import db\n    return app\n',
      'extensions.py': 'db = None\n',
      'static/style.css': ''
    })
    expect(flaskRock(['init', dir, '--name', 'bookshelf']).code).toBe(0)
    const before = readFileSync(path.join(dir, 'rockcraft.yaml'), 'utf8')
    expect(before).toContain('# parts: # uncomment this line to add or change any part\n')
    const r = flaskRock(['check', '--fix', dir])
    expect(r).toEqual({
      code: 0,
      stdout:
        `fixed ${dir}/rockcraft.yaml: wrote parts.flask-framework/install-app.prime: flask/app/app.py, flask/app/static, flask/app/bookshelf, flask/app/extensions.py (what ships today and what the rock lacks)\n` +
        'wsgi: app:app\nworker: sync\nships: app.py bookshelf/ extensions.py static/\n',
      stderr: ''
    })
    // The template's commented parts line and install-app section become the real ones: one
    // `parts:` in the file, the other commented parts kept below it.
    const commented = before.slice(
      before.indexOf('# parts: #'),
      before.indexOf('# Ubuntu packages needed')
    )
    expect(readFileSync(path.join(dir, 'rockcraft.yaml'), 'utf8')).toBe(
      before.replace(
        commented,
        'parts:\n\n  flask-framework/install-app:\n    prime:\n      - flask/app/app.py\n      - flask/app/static\n      - flask/app/bookshelf\n      - flask/app/extensions.py\n\n'
      )
    )
    expect(readFileSync(path.join(dir, 'rockcraft.yaml'), 'utf8').match(/parts:/g)).toHaveLength(1)
    // nothing left to fix: --fix changes nothing and says nothing
    expect(flaskRock(['check', '--fix', dir])).toEqual({
      code: 0,
      stdout: 'wsgi: app:app\nworker: sync\nships: app.py bookshelf/ extensions.py static/\n',
      stderr: ''
    })
  })
  it('check --fix --format json: stdout holds the JSON of the check after the fix, the change goes to stderr', () => {
    const dir = project({
      'rockcraft.yaml': yamlText(),
      'requirements.txt': 'flask\n',
      'app.py': 'from flask import Flask\nimport config\napp = Flask(__name__)\n',
      'config.py': ''
    })
    const r = flaskRock(['check', '--fix', '--format', 'json', dir])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe(
      `fixed ${dir}/rockcraft.yaml: wrote parts.flask-framework/install-app.prime: flask/app/app.py, flask/app/config.py (what ships today and what the rock lacks)\n`
    )
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: true,
      problems: [],
      ships: ['app.py', 'config.py'],
      boot: { fix: null }
    })
  })
})

describe('check --fix, its edge cases', () => {
  it('removing the last exclusion writes the include list, so the module ships', () => {
    const dir = project({
      'rockcraft.yaml': yamlText(
        'parts:\n  flask-framework/install-app:\n    prime:\n      - -flask/app/config.py\n'
      ),
      'requirements.txt': 'flask\n',
      'app.py': 'from flask import Flask\nimport config\napp = Flask(__name__)\n',
      'config.py': ''
    })
    const r = flaskRock(['check', '--fix', dir])
    expect(r).toEqual({
      code: 0,
      stdout:
        `fixed ${dir}/rockcraft.yaml: replaced -flask/app/config.py in parts.flask-framework/install-app.prime by what ships: flask/app/app.py, flask/app/config.py (an empty prime list would ship the default list)\n` +
        'wsgi: app:app\nworker: sync\nships: app.py config.py\n',
      stderr: ''
    })
    expect(readFileSync(path.join(dir, 'rockcraft.yaml'), 'utf8')).toBe(
      yamlText(
        'parts:\n  flask-framework/install-app:\n    prime:\n      - flask/app/app.py\n      - flask/app/config.py\n'
      )
    )
  })

  // A real full disk: a 64 KiB tmpfs (root only).
  ;(process.getuid?.() === 0 ? it : it.skip)(
    'a full disk: one line, exit 1, rockcraft.yaml whole, no temporary file left',
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'flask-rock-full-'))
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir])
      try {
        const yaml = yamlText()
        writeFileSync(path.join(dir, 'rockcraft.yaml'), yaml)
        writeFileSync(path.join(dir, 'requirements.txt'), 'flask\n')
        writeFileSync(
          path.join(dir, 'app.py'),
          'from flask import Flask\nimport config\napp = Flask(__name__)\n'
        )
        writeFileSync(path.join(dir, 'config.py'), '')
        try {
          writeFileSync(path.join(dir, 'filler'), Buffer.alloc(128 * 1024))
        } catch {
          // ENOSPC: the disk is full, as meant
        }
        expect(flaskRock(['check', '--fix', dir])).toEqual({
          code: 1,
          stdout: '',
          stderr:
            'flask-rock: cannot write the fix to rockcraft.yaml: ENOSPC (no space left on the device) (rockcraft.yaml is unchanged)\n'
        })
        expect(readFileSync(path.join(dir, 'rockcraft.yaml'), 'utf8')).toBe(yaml)
        expect(readdirSync(dir).sort()).toEqual([
          'app.py',
          'config.py',
          'filler',
          'requirements.txt',
          'rockcraft.yaml'
        ])
      } finally {
        execFileSync('umount', [dir])
        rmSync(dir, { recursive: true, force: true })
      }
    }
  )
})

describe('check --format json: the documented schema', () => {
  it('a small project, whole', () => {
    const dir = project({
      'rockcraft.yaml': yamlText('', 'tiny'),
      'requirements.txt': 'flask\n',
      'app.py': 'import os\nfrom flask import Flask\nimport config\napp = Flask(__name__)\n',
      'config.py': 'import helpers\n',
      'helpers.py': ''
    })
    const r = flaskRock(['check', '--format', 'json', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    // one pass: config.py is followed on though the rock lacks it, so helpers.py is named too
    const fix =
      'Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app.py, flask/app/config.py, flask/app/helpers.py]}}'
    expect(JSON.parse(r.stdout)).toEqual({
      schema: 1,
      ok: false,
      dir,
      name: 'tiny',
      version: '0.1',
      base: 'ubuntu@24.04',
      buildBase: null,
      wsgi: 'app:app',
      worker: 'sync',
      problems: [
        {
          kind: 'boot',
          message: `config is imported at boot, but the rock will not contain config.py: gunicorn would stop with ModuleNotFoundError: No module named 'config'. ${fix}`,
          file: 'app.py',
          line: 3,
          column: 1
        },
        {
          kind: 'boot',
          message: `helpers is imported at boot, but the rock will not contain helpers.py: gunicorn would stop with ModuleNotFoundError: No module named 'helpers'. ${fix}`,
          file: 'config.py',
          line: 1,
          column: 1
        }
      ],
      warnings: [],
      hints: [],
      ships: ['app.py'],
      installed: null,
      boot: {
        modules: [
          { module: 'app', file: 'app.py', atBoot: true, installed: false, shipped: true },
          { module: 'config', file: 'config.py', atBoot: true, installed: false, shipped: false },
          { module: 'helpers', file: 'helpers.py', atBoot: true, installed: false, shipped: false }
        ],
        imports: [
          { from: 'app', module: 'os', line: 1, atBoot: true, status: 'stdlib', via: null },
          { from: 'app', module: 'flask', line: 2, atBoot: true, status: 'third-party', via: null },
          { from: 'app', module: 'config', line: 3, atBoot: true, status: 'missing', via: null },
          { from: 'config', module: 'helpers', line: 1, atBoot: true, status: 'missing', via: null }
        ],
        complete: true,
        fix: {
          prime: ['flask/app/app.py', 'flask/app/config.py', 'flask/app/helpers.py'],
          remove: null
        }
      }
    })
  })

  it('a passing project: ok true, exit 0; rockcraft refusals carry kind "rockcraft"', () => {
    const good = project({
      'rockcraft.yaml': yamlText('', 'tiny'),
      'requirements.txt': 'flask\n',
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n'
    })
    const ok = flaskRock(['check', '--format', 'json', good])
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, problems: [], ships: ['app.py'] })
    const refused = project({
      'rockcraft.yaml': yamlText('', 'Bad_Name'),
      'app.py': 'from flask import Flask\napp = Flask(__name__)\n'
    })
    const r = flaskRock(['check', '--format', 'json', refused])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).problems.map((p: { kind: string }) => p.kind)).toEqual([
      'rockcraft',
      'rockcraft'
    ])
  })
})

describe('bad input among the modules: a clear line each, no hang, nothing left behind', () => {
  function layout(files: Record<string, string | Buffer | null>): string {
    return project({
      'rockcraft.yaml': yamlText(),
      'requirements.txt': 'flask\n',
      'app/__init__.py': 'from flask import Flask\napp = Flask(__name__)\nfrom app import views\n',
      ...files
    })
  }

  it('a module imported at boot that cannot be parsed', () => {
    const dir = layout({ 'app/views.py': 'def index(:\n    pass\n' })
    const r = flaskRock(['check', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `- ${dir}/app/views.py:1: the rock would not boot: error parsing views.py: invalid syntax: Python would fail on it at boot\n`
    )
  })

  it('an import cycle is followed once', () => {
    const dir = layout({
      'app/views.py': 'from app import models\n',
      'app/models.py': 'from app import views\n'
    })
    expect(flaskRock(['check', dir])).toEqual({
      code: 0,
      stdout: 'wsgi: app:app\nworker: sync\nships: app/\n',
      stderr: ''
    })
  })

  it('10,000 modules in 100 packages, chained: followed to the end', () => {
    const files: Record<string, string> = {}
    for (let p = 0; p < 100; p++) {
      files[`app/p${p}/__init__.py`] = ''
      for (let m = 0; m < 100; m++) {
        const next = p * 100 + m + 1
        files[`app/p${p}/m${m}.py`] =
          next < 10_000
            ? `from app.p${Math.floor(next / 100)} import m${next % 100}\n`
            : 'import config\n'
      }
    }
    const dir = layout({ ...files, 'app/views.py': 'from app.p0 import m0\n', 'config.py': '' })
    const r = flaskRock(['check', '--format', 'json', dir], 150_000)
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout)
    // and config.py, which the rock lacks, followed on
    expect(report.boot.modules).toHaveLength(1 + 1 + 100 + 10_000 + 1)
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'boot', file: 'app/p99/m99.py', line: 1 })
    ])
  }, 200_000)

  it('a module over the size limit, a dangling symlink, and symlinks that stay in the project', () => {
    const dir = layout({
      'app/views.py': 'from app import huge, dangling, alias, linkedpkg\n',
      'app/real.py': 'from app import views\n',
      'app/realpkg/__init__.py': 'from . import leaf\n',
      'app/realpkg/leaf.py': 'import config\n',
      'app/huge.py': '',
      'config.py': ''
    })
    // sparse: 17 MB by its size, no disk
    truncateSync(path.join(dir, 'app/huge.py'), 17 << 20)
    symlinkSync('no-such-file.py', path.join(dir, 'app/dangling.py'))
    symlinkSync('real.py', path.join(dir, 'app/alias.py'))
    symlinkSync('realpkg', path.join(dir, 'app/linkedpkg'))
    const r = flaskRock(['check', dir])
    expect(r.code).toBe(1)
    // The linked package is followed into (its leaf's import of config.py is found); the linked module
    // is read like any other (no line of its own).
    expect(r.stderr).toBe(
      `- ${dir}/app/linkedpkg/leaf.py:1: the rock would not boot: config is imported at boot, but the rock will not contain config.py: gunicorn would stop with ModuleNotFoundError: No module named 'config'.\n` +
        `- ${dir}/app/huge.py: the rock would not boot: app/huge.py is larger than 16 MB; not parsing it: Python would fail on it at boot\n` +
        `- ${dir}/app/dangling.py: the rock would not boot: error reading app/dangling.py: No such file or directory: Python would fail on it at boot\n` +
        `fix: Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app, flask/app/config.py]}} (flask-rock check --fix writes it)\n`
    )
  })

  it("reads modules as Python's import does: a latin-1 coding line and a UTF-8 BOM boot fine", () => {
    const dir = layout({
      'app/views.py': 'from app import latin, bom, wrong\n',
      'app/latin.py': Buffer.from(
        '# -*- coding: latin-1 -*-\nimport config\ns = "caf\xe9"\n',
        'latin1'
      ),
      'app/bom.py': '\ufeffimport settings\n',
      'app/wrong.py': Buffer.from('# coding: utf-8\ns = "caf\xe9"\n', 'latin1'),
      'config.py': '',
      'settings.py': ''
    })
    // Python itself: imports the first two, refuses the third
    const python = (mod: string) =>
      spawnSync('python3', ['-c', `import ${mod}`], {
        cwd: path.join(dir, 'app'),
        env: { ...process.env, PYTHONPATH: dir, PYTHONDONTWRITEBYTECODE: '1' },
        encoding: 'utf8'
      })
    expect([python('latin').status, python('bom').status]).toEqual([0, 0])
    expect(python('wrong').stderr).toMatch(/SyntaxError: .*utf-8/)
    const r = flaskRock(['check', '--format', 'json', dir])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.stdout)
    // the two readable modules were followed to their imports; the one whose bytes contradict its
    // coding line is what Python would fail on
    expect(
      report.problems.map((p: { file: string; line?: number; message: string }) => [
        p.file,
        p.line,
        p.message.split(':')[0]
      ])
    ).toEqual([
      ['app/latin.py', 2, 'config is imported at boot, but the rock will not contain config.py'],
      ['app/bom.py', 1, 'settings is imported at boot, but the rock will not contain settings.py'],
      ['app/wrong.py', 2, 'error reading app/wrong.py']
    ])
  })

  it("reads rockcraft's candidates as rockcraft does: UTF-8 text, so a BOM in app.py is its error", () => {
    const dir = project({
      'rockcraft.yaml': yamlText(),
      'requirements.txt': 'flask\n',
      'app.py': '\ufefffrom flask import Flask\napp = Flask(__name__)\n'
    })
    const r = flaskRock(['check', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `- ${dir}/app.py:1: error parsing app.py: invalid non-printable character U+FEFF\n`
    )
  })

  it('a FIFO, a symlink out of the project and a non-UTF-8 module', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'flask-rock-outside-'))
    writeFileSync(path.join(outside, 'secret.py'), 'x = 1\n')
    const dir = layout({
      'app/views.py': 'from app import pipe, linked, latin\n',
      'app/latin.py': Buffer.from('s = "caf\xe9"\n', 'latin1')
    })
    execFileSync('mkfifo', [path.join(dir, 'app/pipe.py')])
    symlinkSync(path.join(outside, 'secret.py'), path.join(dir, 'app/linked.py'))
    const r = flaskRock(['check', dir])
    rmSync(outside, { recursive: true, force: true })
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `- ${dir}/app/pipe.py: the rock would not boot: app/pipe.py is not a regular file: Python would fail on it at boot\n` +
        `- ${dir}/app/linked.py: the rock would not boot: app/linked.py is a symlink to ${outside}/secret.py, outside the project; the rock build sees only the project directory: Python would fail on it at boot\n` +
        `- ${dir}/app/latin.py:1: the rock would not boot: error reading app/latin.py: not valid UTF-8 (line 1): Python would fail on it at boot\n`
    )
    // nothing left behind: the project holds what it held
    expect(readdirSync(path.join(dir, 'app')).sort()).toEqual([
      '__init__.py',
      'latin.py',
      'linked.py',
      'pipe.py',
      'views.py'
    ])
  })
})

describe('the bundled action (check-only) on the same projects', () => {
  function runAction(dir: string): { status: number | null; stdout: string; summary: string } {
    const work = mkdtempSync(path.join(tmpdir(), 'flask-rock-boot-action-'))
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      RUNNER_TEMP: work,
      GITHUB_WORKSPACE: dir,
      'INPUT_PROJECT-PATH': dir,
      'INPUT_CHECK-ONLY': 'true'
    }
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE']) {
      env[name] = path.join(work, name)
      writeFileSync(env[name]!, '')
    }
    const child = spawnSync(process.execPath, [path.join(built, 'action/index.js')], {
      env,
      encoding: 'utf8',
      timeout: 60_000
    })
    const summary = readFileSync(path.join(work, 'GITHUB_STEP_SUMMARY'), 'utf8')
    rmSync(work, { recursive: true, force: true })
    return { status: child.status, stdout: child.stdout, summary }
  }

  it('microblog: an error annotation on app/__init__.py line 2, titled as ours, and the run fails', () => {
    const r = runAction(project(MICROBLOG))
    expect(r.status).toBe(1)
    const annotations = r.stdout.split('\n').filter(l => /^::(error|warning)/.test(l))
    expect(annotations).toEqual([
      '::warning title=the rock may fail at run time,file=app/routes.py,line=6,col=5::reports is imported when a request runs this code, but the rock will not contain reports.py: that request would fail with ModuleNotFoundError',
      "::error title=the rock would not boot,file=app/__init__.py,line=2,col=1::config is imported at boot, but the rock will not contain config.py: gunicorn would stop with ModuleNotFoundError: No module named 'config'. Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app, flask/app/config.py]}}",
      expect.stringMatching(
        /^::error::the rock would not boot \(flask-rock's prediction, not rockcraft's; see the README for flask-rock: ignore-boot\):%0A- app\/__init__\.py:2: config is imported at boot/
      )
    ])
  })

  it('pip install . in the dependencies part: its modules in the summary, its refusal as "the pack would fail"', () => {
    const js = runAction(
      project({
        'rockcraft.yaml': yamlText('', 'js-example'),
        'pyproject.toml':
          '[project]\nname = "js_example"\nversion = "1"\ndescription = "d"\ndependencies = ["flask"]\n[build-system]\nrequires = ["flit_core"]\nbuild-backend = "flit_core.buildapi"\n',
        'app.py': 'from js_example import app\n',
        'js_example/__init__.py': 'from flask import Flask\napp = Flask(__name__)\n'
      })
    )
    expect(js.status).toBe(0)
    expect(js.summary).toContain(
      '<tr><td>Ships in /flask/app</td><td><code>app.py; installed: js_example/ (pip install . into the venv, flit)</code></td></tr>'
    )
    const refused = runAction(
      project({
        'rockcraft.yaml': yamlText('', 'hello'),
        'requirements.txt': 'flask\n',
        'pyproject.toml': '[tool.ruff]\n',
        'app.py': 'from flask import Flask\napp = Flask(__name__)\n',
        'config.py': ''
      })
    )
    expect(refused.status).toBe(1)
    expect(refused.stdout.split('\n').filter(l => /^::error/.test(l))).toEqual([
      "::error title=the pack would fail,file=pyproject.toml::pip install . (in flask-framework/dependencies) would stop: setuptools: Multiple top-level modules discovered in a flat-layout: ['app', 'config']. To avoid accidental inclusion of unwanted files or directories, setuptools will not proceed with this build. Name what to install (in pyproject.toml, [tool.setuptools] packages = [...] or py-modules = [...]; packages = [] when /flask/app is enough), or use a src-layout",
      expect.stringMatching(
        /^::error::the pack would fail \(flask-rock's prediction: rockcraft's crash or the build backend's refusal, not rockcraft's check\):%0A- pyproject\.toml: pip install \. /
      )
    ])
  })

  it('a passing project: the summary shows what ships under /flask/app', () => {
    const dir = project({
      ...MICROBLOG,
      'rockcraft.yaml': yamlText(
        'parts:\n  flask-framework/install-app:\n    prime: [flask/app/app, flask/app/config.py, flask/app/reports.py]\n'
      )
    })
    const r = runAction(dir)
    expect(r.status).toBe(0)
    expect(r.summary).toContain(
      '<tr><td>Ships in /flask/app</td><td><code>app/ config.py reports.py</code></td></tr>'
    )
  })
})
