// The boot prediction against an oracle: for each fixture (written for this suite in the shapes of
// real public Flask projects), lay out what the rock ships under /flask/app (the expanded
// install-app part's organize and prime, applied to the files), boot Debian's real gunicorn from
// there as the rock's gunicorn.conf.py does (chdir to it, nothing else importable), GET /, and
// compare with `flask-rock check`: it fails exactly when the rock would not serve, naming the
// error gunicorn died with. Then `check --fix` and the oracle again: the fixed rock boots.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { bootRock, died, layOutFlaskApp, type Boot } from './boot-oracle.js'
import { cleanup, project } from './helpers.js'

const ROOT = path.resolve(import.meta.dirname ?? '.', '../..')
let built = ''

beforeAll(() => {
  built = mkdtempSync(path.join(tmpdir(), 'flask-rock-oracle-'))
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/ncc'),
    [
      'build',
      path.join(ROOT, 'src/cli/cli.ts'),
      '-o',
      path.join(built, 'cli'),
      '--target',
      'es2022',
      '-q'
    ],
    { cwd: ROOT, stdio: 'pipe' }
  )
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

function flaskRock(args: string[]): Run {
  const r = spawnSync(process.execPath, [path.join(built, 'cli/index.js'), ...args], {
    encoding: 'utf8',
    timeout: 60_000
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

interface Report {
  ok: boolean
  wsgi: string | null
  problems: { kind: string; message: string; file: string | null; line: number | null }[]
  warnings: { message: string; file: string | null; line: number | null }[]
}

function check(dir: string): Report {
  const r = flaskRock(['check', '--format', 'json', dir])
  return JSON.parse(r.stdout) as Report
}

/** /flask/app as the rock holds it: the expanded install-app part applied by the oracle's layout. */
function layRock(dir: string): string {
  const r = flaskRock(['expand', '--format', 'json', dir])
  if (r.code !== 0) throw new Error(`expand failed: ${r.stderr}`)
  const part = JSON.parse(r.stdout).parts['flask-framework/install-app'] as Record<string, unknown>
  const rock = mkdtempSync(path.join(tmpdir(), 'flask-rock-oracle-rock-'))
  layOutFlaskApp(dir, part, rock)
  mkdirSync(path.join(rock, 'flask/app'), { recursive: true })
  return rock
}

/** The check's verdict and the oracle's, side by side. */
async function both(dir: string): Promise<{ report: Report; boot: Boot }> {
  const report = check(dir)
  const rock = layRock(dir)
  try {
    return { report, boot: await bootRock(rock, report.wsgi ?? 'app:app') }
  } finally {
    rmSync(rock, { recursive: true, force: true })
  }
}

function yamlText(name: string, extra = ''): string {
  return `name: ${name}
base: ubuntu@24.04
version: "0.1"
summary: A Flask app
description: It serves.
platforms:
  amd64:
extensions: [flask-framework]
${extra}`
}

function prime(...entries: string[]): string {
  return `parts:\n  flask-framework/install-app:\n    prime:\n${entries.map(e => `      - flask/app/${e}\n`).join('')}`
}

// hackersandslackers' Flask tutorials: a package whose create_app() loads "config.Config" by name
// from a top-level config.py, and imports its routes inside an app context; the owner adds the
// one-line app.py that rockcraft looks for (their wsgi.py is not one of its candidates).
const WTFORMS = {
  'requirements.txt': 'flask\n',
  'app.py': 'from tutorial_site import create_app\n\napp = create_app()\n',
  'wsgi.py':
    '"""Application entry point."""\nfrom tutorial_site import create_app\n\napp = create_app()\n',
  'config.py':
    '"""Flask configuration."""\nfrom os import environ\n\n\nclass Config:\n    SECRET_KEY = environ.get("SECRET_KEY", "not-so-secret")\n    TEMPLATES_FOLDER = "templates"\n',
  'tutorial_site/__init__.py':
    '"""Initialize the app."""\nfrom flask import Flask\n\n\ndef create_app():\n    app = Flask(__name__, instance_relative_config=False)\n    app.config.from_object("config.Config")\n\n    with app.app_context():\n        from . import routes\n\n        return app\n',
  'tutorial_site/routes.py':
    'from flask import current_app as app\n\n\n@app.route("/")\ndef home():\n    return "home"\n'
}

// Miguel Grinberg's flasky: app/__init__.py imports config from the top level and its factory
// takes the configuration's name; rockcraft serves app:create_app() with no arguments.
const FLASKY = {
  'requirements.txt': 'flask\n',
  'flasky.py':
    'import os\n\nfrom app import create_app\n\napp = create_app(os.getenv("FLASK_CONFIG") or "default")\n',
  'config.py':
    'import os\n\n\nclass Config:\n    SECRET_KEY = os.environ.get("SECRET_KEY") or "hard to guess"\n\n    @staticmethod\n    def init_app(app):\n        pass\n\n\nclass DevelopmentConfig(Config):\n    DEBUG = True\n\n\nclass ProductionConfig(Config):\n    pass\n\n\nconfig = {"development": DevelopmentConfig, "production": ProductionConfig, "default": DevelopmentConfig}\n',
  'app/__init__.py':
    'from flask import Flask\nfrom config import config\n\n\ndef create_app(config_name):\n    app = Flask(__name__)\n    app.config.from_object(config[config_name])\n    config[config_name].init_app(app)\n\n    from .main import main as main_blueprint\n    app.register_blueprint(main_blueprint)\n\n    return app\n',
  'app/main/__init__.py':
    'from flask import Blueprint\n\nmain = Blueprint("main", __name__)\n\nfrom . import views  # noqa: E402\n',
  'app/main/views.py':
    'from . import main\n\n\n@main.route("/")\ndef index():\n    return "flasky"\n'
}

// The Flask tutorial's flaskr: an instance-relative config read with from_pyfile(silent=True), the
// blueprints imported inside the factory, db.init_app called there; app.py added by the owner.
const FLASKR = {
  'requirements.txt': 'flask\n',
  'app.py': 'from flaskr import create_app\n\napp = create_app()\n',
  'flaskr/__init__.py':
    'import os\n\nfrom flask import Flask\n\n\ndef create_app(test_config=None):\n    app = Flask(__name__, instance_relative_config=True)\n    app.config.from_mapping(SECRET_KEY="dev", DATABASE=os.path.join(app.instance_path, "flaskr.sqlite"))\n\n    if test_config is None:\n        app.config.from_pyfile("config.py", silent=True)\n    else:\n        app.config.update(test_config)\n\n    try:\n        os.makedirs(app.instance_path)\n    except OSError:\n        pass\n\n    from flaskr import db\n\n    db.init_app(app)\n\n    from flaskr import auth, blog\n\n    app.register_blueprint(auth.bp)\n    app.register_blueprint(blog.bp)\n    app.add_url_rule("/", endpoint="index")\n    return app\n',
  'flaskr/db.py':
    'import sqlite3\n\nimport click\nfrom flask import current_app, g\n\n\ndef get_db():\n    if "db" not in g:\n        g.db = sqlite3.connect(current_app.config["DATABASE"])\n    return g.db\n\n\ndef close_db(e=None):\n    db = g.pop("db", None)\n    if db is not None:\n        db.close()\n\n\n@click.command("init-db")\ndef init_db_command():\n    click.echo("Initialized the database.")\n\n\ndef init_app(app):\n    app.teardown_appcontext(close_db)\n    app.cli.add_command(init_db_command)\n',
  'flaskr/auth.py':
    'from flask import Blueprint\n\nfrom flaskr.db import get_db\n\nbp = Blueprint("auth", __name__, url_prefix="/auth")\n\n\n@bp.route("/login")\ndef login():\n    get_db()\n    return "login"\n',
  'flaskr/blog.py':
    'from flask import Blueprint\n\nbp = Blueprint("blog", __name__)\n\n\n@bp.route("/")\ndef index():\n    return "blog"\n'
}

// The most common layout of all: app.py calls a factory from a package, which imports the top-level
// config at import time and the top-level extensions inside the factory (the issue's bookshelf).
const BOOKSHELF = {
  'requirements.txt': 'flask\n',
  'app.py': 'from bookshelf import create_app\n\napp = create_app()\n',
  'config.py': 'class Config:\n    SECRET_KEY = "dev"\n    BOOKS_PER_PAGE = 20\n',
  'extensions.py':
    'class Database:\n    def init_app(self, app):\n        app.extensions["db"] = self\n\n\ndb = Database()\n',
  'bookshelf/__init__.py':
    'from flask import Flask\n\nfrom config import Config\n\n\ndef create_app(config_class=Config):\n    app = Flask(__name__)\n    app.config.from_object(config_class)\n\n    from extensions import db\n\n    db.init_app(app)\n\n    from bookshelf.views import bp\n\n    app.register_blueprint(bp)\n    return app\n',
  'bookshelf/views.py':
    'from flask import Blueprint\n\nbp = Blueprint("books", __name__)\n\n\n@bp.route("/")\ndef index():\n    return "books"\n'
}

// Google's getting-started bookshelf: main.py calls bookshelf.create_app(config) through the module;
// the factory calls get_model(), which imports the backend the config names (two calls deep).
const GCP_BOOKSHELF = {
  'requirements.txt': 'flask\n',
  'main.py': 'import bookshelf\nimport config\n\n\napp = bookshelf.create_app(config)\n',
  'config.py': 'SECRET_KEY = "secret"\nDATA_BACKEND = "memory"\n',
  'bookshelf/__init__.py':
    'from flask import Flask, current_app\n\n\ndef create_app(config, debug=False, testing=False, config_overrides=None):\n    app = Flask(__name__)\n    app.config.from_object(config)\n    app.debug = debug\n    app.testing = testing\n    if config_overrides:\n        app.config.update(config_overrides)\n\n    with app.app_context():\n        model = get_model()\n        model.init_app(app)\n\n    from .crud import crud\n\n    app.register_blueprint(crud)\n    return app\n\n\ndef get_model():\n    model_backend = current_app.config["DATA_BACKEND"]\n    if model_backend == "memory":\n        from . import model_memory\n\n        model = model_memory\n    elif model_backend == "sql":\n        from . import model_sql\n\n        model = model_sql\n    else:\n        raise ValueError("No appropriate databackend configured.")\n    return model\n',
  'bookshelf/model_memory.py':
    'import storage\n\nBOOKS = storage.Store()\n\n\ndef init_app(app):\n    pass\n',
  'bookshelf/model_sql.py': 'def init_app(app):\n    pass\n',
  'bookshelf/crud.py':
    'from flask import Blueprint\n\ncrud = Blueprint("crud", __name__)\n\n\n@crud.route("/")\ndef list_books():\n    return "books"\n',
  'storage.py': 'class Store(dict):\n    pass\n'
}

// werkzeug's import_string and from_object("module") in an app module: a settings module and a
// pluggable backend named by strings, both top-level.
const STRINGS = {
  'requirements.txt': 'flask\n',
  'app.py':
    'from flask import Flask\nfrom werkzeug.utils import import_string\n\napp = Flask(__name__)\napp.config.from_object("settings")\ncache = import_string("backends.memory:MemoryCache")()\n\n\n@app.route("/")\ndef index():\n    return "ok"\n',
  'settings.py': 'DEBUG = False\nCACHE_SECONDS = 60\n',
  'backends/__init__.py': '',
  'backends/memory.py': 'class MemoryCache(dict):\n    pass\n'
}

describe('the check agrees with the real boot on real-shaped projects, then --fix makes them boot', () => {
  it('hackersandslackers: from_object("config.Config") in the factory app.py calls', async () => {
    const dir = project({
      ...WTFORMS,
      'rockcraft.yaml': yamlText('wtforms', prime('app.py', 'tutorial_site'))
    })
    const { report, boot } = await both(dir)
    expect(boot.serves).toBe(false)
    // werkzeug's message spans lines, the original error last
    expect(boot.log).toMatch(
      /werkzeug\.utils\.ImportStringError: import_string\(\) failed for 'config.Config'/
    )
    expect(boot.log).toContain("No module named 'config'")
    expect(report.ok).toBe(false)
    expect(report.problems).toEqual([
      {
        kind: 'boot',
        message:
          "app.config.from_object('config.Config') imports config at boot, in code that create_app() at app.py:3 runs at import time, but the rock will not contain config.py: gunicorn would stop with werkzeug.utils.ImportStringError: import_string() failed for 'config.Config' (ModuleNotFoundError: No module named 'config'). Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app.py, flask/app/tutorial_site, flask/app/config.py]}}",
        file: 'tutorial_site/__init__.py',
        line: 7,
        column: 5
      }
    ])
    expect(flaskRock(['check', '--fix', dir])).toEqual({
      code: 0,
      stdout: `fixed ${dir}/rockcraft.yaml: added flask/app/config.py to parts.flask-framework/install-app.prime\nwsgi: app:app\nworker: sync\nships: app.py config.py tutorial_site/\n`,
      stderr: ''
    })
    expect((await both(dir)).boot.serves).toBe(true)
  }, 120_000)

  it('flasky: config missing and create_app(config_name) called with no arguments, both in one check', async () => {
    const dir = project({ ...FLASKY, 'rockcraft.yaml': yamlText('flasky') })
    const first = await both(dir)
    expect(first.boot.serves).toBe(false)
    expect(died(first.boot.log)).toContain("ModuleNotFoundError: No module named 'config'")
    expect(first.report.wsgi).toBe('app:create_app()')
    expect(
      first.report.problems.map(p => [p.file, p.line, p.message.split(': gunicorn')[0]])
    ).toEqual([
      ['app/__init__.py', 2, 'config is imported at boot, but the rock will not contain config.py'],
      [
        'app/__init__.py',
        5,
        "gunicorn calls create_app() with no arguments: it would stop with TypeError: create_app() missing 1 required positional argument: 'config_name'. Give config_name a default value in the def of create_app, as rockcraft serves the factory with no arguments"
      ]
    ])
    // the fix ships config.py; the factory's signature is still the rock's death, in Python's words
    const fixed = flaskRock(['check', '--fix', dir])
    expect(fixed.code).toBe(1)
    expect(fixed.stdout).toBe(
      `fixed ${dir}/rockcraft.yaml: wrote parts.flask-framework/install-app.prime: flask/app/app, flask/app/config.py (what ships today and what the rock lacks)\n`
    )
    const second = await both(dir)
    expect(second.boot.serves).toBe(false)
    expect(died(second.boot.log)).toContain(
      "TypeError: create_app() missing 1 required positional argument: 'config_name'"
    )
    expect(second.report.problems.map(p => p.message)).toEqual([
      expect.stringContaining(
        "TypeError: create_app() missing 1 required positional argument: 'config_name'"
      )
    ])
    // as its owner would fix it: a default configuration name
    const init = readFileSync(path.join(dir, 'app/__init__.py'), 'utf8')
    execFileSync('sh', ['-c', `cat > "$1"`, 'sh', path.join(dir, 'app/__init__.py')], {
      input: init.replace('def create_app(config_name):', 'def create_app(config_name="default"):')
    })
    const third = await both(dir)
    expect([third.report.ok, third.boot.serves]).toEqual([true, true])
  }, 120_000)

  it('flaskr: from_pyfile("config.py", silent=True) in the instance folder boots without it', async () => {
    const dir = project({
      ...FLASKR,
      'rockcraft.yaml': yamlText('flaskr', prime('app.py', 'flaskr'))
    })
    const { report, boot } = await both(dir)
    expect([report.ok, boot.serves]).toEqual([true, true])
    expect(report.warnings).toEqual([])
    // an instance config in the project that the rock does not ship: skipped, said as a warning
    const withInstance = project({
      ...FLASKR,
      'instance/config.py': 'SECRET_KEY = "from-instance"\n',
      'rockcraft.yaml': yamlText('flaskr', prime('app.py', 'flaskr'))
    })
    const again = await both(withInstance)
    expect([again.report.ok, again.boot.serves]).toEqual([true, true])
    expect(again.report.warnings).toEqual([
      {
        message:
          "app.config.from_pyfile('config.py', silent=True) reads /flask/app/instance/config.py at boot, in code that create_app() at app.py:3 runs at import time, but the rock will not contain instance/config.py: with silent=True Flask skips it and the app starts without that configuration",
        file: 'flaskr/__init__.py',
        line: 11,
        column: 9
      }
    ])
  }, 120_000)

  it('from_pyfile without silent: a file next to the app module that the rock lacks stops it', async () => {
    const dir = project({
      'requirements.txt': 'flask\n',
      'app.py':
        'from flask import Flask\n\napp = Flask(__name__)\napp.config.from_pyfile("settings.cfg")\n\n\n@app.route("/")\ndef index():\n    return "ok"\n',
      'settings.cfg': 'SECRET_KEY = "x"\n',
      'rockcraft.yaml': yamlText('pyfile')
    })
    const { report, boot } = await both(dir)
    expect(boot.serves).toBe(false)
    expect(died(boot.log)).toMatch(
      /FileNotFoundError: \[Errno 2\] Unable to load configuration file \(No such file or directory\): '.*\/flask\/app\/settings.cfg'/
    )
    expect(report.problems).toEqual([
      {
        kind: 'boot',
        message:
          "app.config.from_pyfile('settings.cfg') reads /flask/app/settings.cfg at boot, but the rock will not contain settings.cfg: gunicorn would stop with FileNotFoundError: [Errno 2] Unable to load configuration file (No such file or directory): '/flask/app/settings.cfg'. Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app.py, flask/app/settings.cfg]}}",
        file: 'app.py',
        line: 4,
        column: 1
      }
    ])
    expect(flaskRock(['check', '--fix', dir]).code).toBe(0)
    expect((await both(dir)).boot.serves).toBe(true)
  }, 120_000)

  it('bookshelf: every missing module in one check, each once, and --fix ships them all', async () => {
    const dir = project({ ...BOOKSHELF, 'rockcraft.yaml': yamlText('bookshelf') })
    const { report, boot } = await both(dir)
    expect(boot.serves).toBe(false)
    expect(died(boot.log)).toContain("No module named 'bookshelf'")
    const fix =
      'Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app.py, flask/app/bookshelf, flask/app/config.py, flask/app/extensions.py]}}'
    expect(report.problems).toEqual([
      {
        kind: 'boot',
        message: `bookshelf is imported at boot, but the rock will not contain bookshelf/__init__.py: gunicorn would stop with ModuleNotFoundError: No module named 'bookshelf'. ${fix}`,
        file: 'app.py',
        line: 1,
        column: 1
      },
      {
        kind: 'boot',
        message: `config is imported at boot, but the rock will not contain config.py: gunicorn would stop with ModuleNotFoundError: No module named 'config'. ${fix}`,
        file: 'bookshelf/__init__.py',
        line: 3,
        column: 1
      },
      {
        kind: 'boot',
        message: `extensions is imported at boot, in code that create_app() at app.py:3 runs at import time, but the rock will not contain extensions.py: gunicorn would stop with ModuleNotFoundError: No module named 'extensions'. ${fix}`,
        file: 'bookshelf/__init__.py',
        line: 10,
        column: 5
      }
    ])
    // the JSON says which call made the import a boot import
    const json = JSON.parse(flaskRock(['check', '--format', 'json', dir]).stdout)
    expect(json.boot.imports.filter((i: { module: string }) => i.module === 'extensions')).toEqual([
      {
        from: 'bookshelf',
        module: 'extensions',
        line: 10,
        atBoot: true,
        status: 'missing',
        via: { file: 'app.py', line: 3, call: 'create_app()' }
      }
    ])
    const fixed = flaskRock(['check', '--fix', dir])
    expect(fixed).toEqual({
      code: 0,
      stdout: `fixed ${dir}/rockcraft.yaml: wrote parts.flask-framework/install-app.prime: flask/app/app.py, flask/app/bookshelf, flask/app/config.py, flask/app/extensions.py (what ships today and what the rock lacks)\nwsgi: app:app\nworker: sync\nships: app.py bookshelf/ config.py extensions.py\n`,
      stderr: ''
    })
    expect((await both(dir)).boot.serves).toBe(true)
  }, 120_000)

  it("Google's bookshelf: module.create_app(config) and get_model() two calls deep", async () => {
    const dir = project({
      ...GCP_BOOKSHELF,
      'rockcraft.yaml': yamlText('gcp', prime('main.py', 'bookshelf', 'config.py'))
    })
    const { report, boot } = await both(dir)
    expect(boot.serves).toBe(false)
    expect(died(boot.log)).toContain("ModuleNotFoundError: No module named 'storage'")
    expect(report.problems).toEqual([
      {
        kind: 'boot',
        message:
          "storage is imported at boot, but the rock will not contain storage.py: gunicorn would stop with ModuleNotFoundError: No module named 'storage'. Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/main.py, flask/app/bookshelf, flask/app/config.py, flask/app/storage.py]}}",
        file: 'bookshelf/model_memory.py',
        line: 1,
        column: 1
      }
    ])
    expect(flaskRock(['check', '--fix', dir]).code).toBe(0)
    expect((await both(dir)).boot.serves).toBe(true)
  }, 120_000)

  it('import_string and from_object("module") at module level', async () => {
    const dir = project({ ...STRINGS, 'rockcraft.yaml': yamlText('strings') })
    const { report, boot } = await both(dir)
    expect(boot.serves).toBe(false)
    expect(boot.log).toMatch(
      /werkzeug\.utils\.ImportStringError: import_string\(\) failed for 'settings'/
    )
    expect(died(boot.log)).toBe("ModuleNotFoundError: No module named 'settings'")
    expect(report.problems.map(p => [p.file, p.line, p.message.split(', but')[0]])).toEqual([
      ['app.py', 5, "app.config.from_object('settings') imports settings at boot"],
      ['app.py', 6, "import_string('backends.memory:MemoryCache') imports backends at boot"]
    ])
    expect(flaskRock(['check', '--fix', dir]).code).toBe(0)
    expect((await both(dir)).boot.serves).toBe(true)
  }, 120_000)

  it('an app that is a module, not a WSGI callable: "Application object must be callable."', async () => {
    const dir = project({
      'requirements.txt': 'flask\n',
      'main.py': 'from api import app\n',
      'api/__init__.py': '',
      'api/app.py':
        'from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route("/")\ndef index():\n    return "ok"\n',
      'rockcraft.yaml': yamlText('api', prime('main.py', 'api'))
    })
    const { report, boot } = await both(dir)
    expect(boot.serves).toBe(false)
    expect(boot.log).toContain('Application object must be callable.')
    expect(report.problems).toEqual([
      {
        kind: 'boot',
        message:
          'gunicorn serves a module, not a WSGI callable: it would stop with "Application object must be callable."',
        file: 'main.py',
        line: 1,
        column: null
      }
    ])
    execFileSync('sh', [
      '-c',
      'echo "from api.app import app" > "$1"',
      'sh',
      path.join(dir, 'main.py')
    ])
    const fixed = await both(dir)
    expect([fixed.report.ok, fixed.boot.serves]).toEqual([true, true])
  }, 120_000)

  it('factories gunicorn can call with no arguments boot; a required keyword-only one does not', async () => {
    const factory = (signature: string): Record<string, string> => ({
      'requirements.txt': 'flask\n',
      'rockcraft.yaml': yamlText('factory'),
      'app/__init__.py': `from flask import Flask\n\n\ndef create_app(${signature}):\n    app = Flask(__name__)\n\n    @app.route("/")\n    def index():\n        return "ok"\n\n    return app\n`
    })
    for (const signature of [
      'config_name=None',
      '*args, **kwargs',
      'config=None, *, debug=False'
    ]) {
      const { report, boot } = await both(project(factory(signature)))
      expect([signature, report.ok, boot.serves]).toEqual([signature, true, true])
    }
    const { report, boot } = await both(project(factory('*, settings')))
    expect(boot.serves).toBe(false)
    expect(died(boot.log)).toContain(
      "TypeError: create_app() missing 1 required keyword-only argument: 'settings'"
    )
    expect(report.problems.map(p => p.message)).toEqual([
      "gunicorn calls create_app() with no arguments: it would stop with TypeError: create_app() missing 1 required keyword-only argument: 'settings'. Give settings a default value in the def of create_app, as rockcraft serves the factory with no arguments"
    ])
  }, 120_000)
})
