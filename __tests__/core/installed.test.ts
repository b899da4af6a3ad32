// What the dependencies part's `pip install .` installs and refuses, predicted from the build
// configuration (src/core/installed.ts) and joined to the boot prediction; every fixture, written in
// the shape of a real public Flask project, is also packed and booted for real (boot-oracle.ts:
// Debian's pip and build backends, offline) and the two verdicts must agree.
import { afterAll, describe, expect, it } from '@jest/globals'
import { checkProject, type CheckResult } from '../../src/core/check.js'
import { checkReport } from '../../src/core/check-report.js'
import { fnmatchcase, parseSetupCfg, predictInstall } from '../../src/core/installed.js'
import { bootOracle, type Verdict } from './boot-oracle.js'
import { cleanup, project } from './helpers.js'

afterAll(cleanup)

const yaml = (name: string, extra = ''): string =>
  `name: ${name}\nbase: ubuntu@24.04\nversion: "0.1"\nsummary: s\ndescription: d\nplatforms:\n  amd64:\nextensions: [flask-framework]\n${extra}`

const FLASK_APP =
  'from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route("/")\ndef index():\n    return "ok"\n'
const FACTORY =
  'from flask import Flask\n\n\ndef create_app():\n    app = Flask(__name__)\n\n    @app.route("/")\n    def index():\n        return "ok"\n\n    return app\n'

const installedNames = async (files: Record<string, string>): Promise<unknown> => {
  const p = await predictInstall(project(files))
  return (
    p && {
      backend: p.backend,
      modules: p.modules.map(m => `${m.name}=${m.path}`),
      failure: p.failure?.message,
      unsure: p.unsure.map(u => u.message),
      notes: p.notes.map(n => n.message)
    }
  )
}

describe('what pip install . installs, from the build configuration alone', () => {
  it('no setup.py and no pyproject.toml: the python plugin does not run it', async () => {
    expect(
      await predictInstall(project({ 'requirements.txt': 'flask\n', 'app.py': '' }))
    ).toBeUndefined()
  })

  it('setuptools legacy (no [build-system]): flat layout, one package, the reserved names left out', async () => {
    expect(
      await installedNames({
        'pyproject.toml': '[project]\nname = "flaskr"\nversion = "1"\n',
        'flaskr/__init__.py': '',
        'flaskr/db.py': '',
        'tests/test_db.py': '',
        'docs/conf.py': '',
        '.venv/lib.py': '',
        '_private/x.py': '',
        'app.py': ''
      })
    ).toEqual({
      backend: 'setuptools (legacy: pyproject.toml has no build-backend)',
      modules: ['flaskr=flaskr'],
      failure: undefined,
      unsure: [],
      notes: []
    })
  })

  it("setuptools flat layout with several top-level packages: setuptools' refusal, in its words", async () => {
    const p = await installedNames({
      'pyproject.toml': '[tool.black]\nline-length = 100\n',
      'autoapp.py': '',
      'myflaskapp/__init__.py': '',
      'migrations/env.py': '',
      'assets/js/main.js': ''
    })
    expect(p).toEqual({
      backend: 'setuptools (legacy: pyproject.toml has no build-backend)',
      modules: [],
      failure:
        "setuptools: Multiple top-level packages discovered in a flat-layout: ['assets', 'migrations', 'myflaskapp']. To avoid accidental inclusion of unwanted files or directories, setuptools will not proceed with this build. Name what to install (in pyproject.toml, [tool.setuptools] packages = [...] or py-modules = [...]; packages = [] when /flask/app is enough), or use a src-layout",
      unsure: [],
      notes: []
    })
  })

  it('setuptools flat layout, modules only: several top-level modules are refused too; manage.py and setup.py are not counted', async () => {
    const p = (await predictInstall(
      project({
        'pyproject.toml': '[tool.ruff]\n',
        'app.py': '',
        'config.py': '',
        'manage.py': '',
        'conftest.py': ''
      })
    ))!
    expect(p.failure?.message).toMatch(
      /^setuptools: Multiple top-level modules discovered in a flat-layout: \['app', 'config'\]\. /
    )
    expect(
      await installedNames({
        'setup.py': 'from setuptools import setup\nsetup(name="x")\n',
        'app.py': '',
        'manage.py': ''
      })
    ).toMatchObject({ backend: 'setuptools (setup.py)', modules: ['app=app.py'] })
  })

  it('setuptools src layout: every package and module under src/, namespace directories included', async () => {
    expect(
      await installedNames({
        'pyproject.toml':
          '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n[project]\nname = "webshop"\nversion = "1"\n',
        'src/webshop/__init__.py': '',
        'src/helpers.py': '',
        'src/nsonly/sub/mod.py': '',
        'src/assets/logo.svg': '',
        'webshop_tests/test_x.py': ''
      })
    ).toMatchObject({
      backend: 'setuptools',
      modules: ['helpers=src/helpers.py', 'nsonly=src/nsonly', 'webshop=src/webshop']
    })
  })

  it('[tool.setuptools]: explicit packages, py-modules and package-dir; find with where/include/exclude', async () => {
    expect(
      await installedNames({
        'pyproject.toml':
          '[project]\nname = "x"\nversion = "1"\n[tool.setuptools]\npackages = ["core", "core.views", "extra"]\npy-modules = ["wsgi", "gone"]\npackage-dir = {"extra" = "lib/extra"}\n',
        'core/__init__.py': '',
        'core/views/__init__.py': '',
        'lib/extra/__init__.py': '',
        'wsgi.py': '',
        'static/x.css': ''
      })
    ).toMatchObject({
      modules: ['core=core', 'extra=lib/extra', 'wsgi=wsgi.py'],
      failure: undefined
    })
    expect(
      await installedNames({
        'pyproject.toml':
          '[project]\nname = "x"\nversion = "1"\n[tool.setuptools.packages.find]\nwhere = ["lib"]\ninclude = ["shop*"]\nexclude = ["shop.tests*"]\n',
        'lib/shop/__init__.py': '',
        'lib/shop/tests/t.py': '',
        'lib/other/__init__.py': ''
      })
    ).toMatchObject({ modules: ['shop=lib/shop'] })
  })

  it('a listed package that does not exist: build_py stops, in its words', async () => {
    expect(
      await installedNames({
        'pyproject.toml':
          '[project]\nname = "x"\nversion = "1"\n[tool.setuptools]\npackages = ["app", "ghost"]\n',
        'app/__init__.py': ''
      })
    ).toMatchObject({
      failure: "error: package directory 'ghost' does not exist"
    })
  })

  it('setup.cfg [options]: find: (packages need __init__.py), find_namespace:, package_dir', async () => {
    expect(
      await installedNames({
        'setup.py': 'import setuptools\nsetuptools.setup()\n',
        'setup.cfg':
          '[metadata]\nname = x\n\n[options]\npackage_dir =\n    =src\npackages = find:\n\n[options.packages.find]\nwhere = src\nexclude =\n    tests\n    tests.*\n',
        'src/shop/__init__.py': '',
        'src/nsdir/mod.py': '',
        'src/tests/__init__.py': ''
      })
    ).toMatchObject({ backend: 'setuptools (setup.py)', modules: ['shop=src/shop'] })
    expect(parseSetupCfg('[options]\n# c\nPackages = a,\n  b\n; c\n[x]\nk: v\n')).toEqual(
      new Map([
        ['options', new Map([['packages', 'a,\nb']])],
        ['x', new Map([['k', 'v']])]
      ])
    )
  })

  it('setup.py read without running it: literal lists and find_packages(); anything computed is unsure', async () => {
    expect(
      await installedNames({
        'setup.py':
          'from setuptools import setup, find_packages\n\nsetup(\n    name="admin-demo",\n    packages=find_packages(exclude=["tests", "tests.*"]),  # the app\n    py_modules=["wsgi"],\n)\n',
        'admin/__init__.py': '',
        'tests/__init__.py': '',
        'wsgi.py': ''
      })
    ).toMatchObject({ modules: ['admin=admin', 'wsgi=wsgi.py'], unsure: [] })
    expect(
      await installedNames({
        'setup.py':
          'import os\nfrom setuptools import setup\nPKGS = [d for d in os.listdir(".") if os.path.isfile(d + "/__init__.py")]\nsetup(name="x", packages=PKGS)\n',
        'admin/__init__.py': ''
      })
    ).toMatchObject({
      modules: [],
      unsure: ['setup.py computes packages; not run, so what pip install . installs is unsure']
    })
    expect(
      await installedNames({ 'setup.py': 'from setuptools import setup\nkw = {}\nsetup(**kw)\n' })
    ).toMatchObject({
      unsure: [
        'setup.py computes its setup() arguments (**); not run, so what pip install . installs is unsure'
      ]
    })
  })

  it('flit: the module named like the project or [tool.flit.module], at the top or under src/; its refusals', async () => {
    const flit = '[build-system]\nrequires = ["flit_core"]\nbuild-backend = "flit_core.buildapi"\n'
    expect(
      await installedNames({
        'pyproject.toml': `${flit}[project]\nname = "js_example"\nversion = "1"\ndescription = "d"\n`,
        'js_example/__init__.py': ''
      })
    ).toMatchObject({ backend: 'flit', modules: ['js_example=js_example'] })
    expect(
      await installedNames({
        'pyproject.toml': `${flit}[project]\nname = "site"\nversion = "1"\ndescription = "d"\n[tool.flit.module]\nname = "web"\n`,
        'src/web.py': ''
      })
    ).toMatchObject({ modules: ['web=src/web.py'] })
    expect(
      await installedNames({
        'pyproject.toml': `${flit}[project]\nname = "my-app"\nversion = "1"\ndescription = "d"\n`,
        'app.py': ''
      })
    ).toMatchObject({ failure: 'flit: No file/folder found for module my_app' })
    expect(
      await installedNames({
        'pyproject.toml': `${flit}[project]\nname = "a"\nversion = "1"\ndescription = "d"\n`,
        'a.py': '',
        'src/a/__init__.py': ''
      })
    ).toMatchObject({ failure: 'flit: Multiple files or folders could be module a: a.py, src/a' })
  })

  it('poetry-core: packages, the default by name, src/; non-package mode is a refusal', async () => {
    const poetry =
      '[build-system]\nrequires = ["poetry-core"]\nbuild-backend = "poetry.core.masonry.api"\n'
    expect(
      await installedNames({
        'pyproject.toml': `${poetry}[tool.poetry]\nname = "Web-Shop"\nversion = "1"\n`,
        'src/web_shop/__init__.py': ''
      })
    ).toMatchObject({ backend: 'poetry-core', modules: ['web_shop=src/web_shop'] })
    expect(
      await installedNames({
        'pyproject.toml': `${poetry}[tool.poetry]\nname = "shop"\nversion = "1"\npackages = [{ include = "core" }, { include = "api", from = "lib" }, { include = "docs", format = "sdist" }]\n`,
        'core/__init__.py': '',
        'lib/api/__init__.py': ''
      })
    ).toMatchObject({ modules: ['api=lib/api', 'core=core'] })
    expect(
      await installedNames({
        'pyproject.toml': `${poetry}[tool.poetry]\nname = "shop"\nversion = "1"\npackage-mode = false\n`,
        'app.py': ''
      })
    ).toMatchObject({
      failure: 'poetry-core: Building a package is not possible in non-package mode.'
    })
    expect(
      await installedNames({
        'pyproject.toml': `${poetry}[tool.poetry]\nname = "shop"\nversion = "1"\n`,
        'app.py': ''
      })
    ).toMatchObject({ failure: 'poetry-core: No file/folder found for package shop' })
  })

  it("hatchling: default detection by name, wheel packages; no match is hatchling's refusal", async () => {
    const hatch = '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n'
    expect(
      await installedNames({
        'pyproject.toml': `${hatch}[project]\nname = "book-shelf"\nversion = "1"\n`,
        'src/book_shelf/__init__.py': ''
      })
    ).toMatchObject({ backend: 'hatchling', modules: ['book_shelf=src/book_shelf'] })
    expect(
      await installedNames({
        'pyproject.toml': `${hatch}[project]\nname = "x"\nversion = "1"\n[tool.hatch.build.targets.wheel]\npackages = ["src/web", "api"]\n`,
        'src/web/__init__.py': '',
        'api/__init__.py': ''
      })
    ).toMatchObject({ modules: ['api=api', 'web=src/web'] })
    const refused = (await predictInstall(
      project({
        'pyproject.toml': `${hatch}[project]\nname = "My-Site"\nversion = "1"\n`,
        'app/__init__.py': ''
      })
    ))!
    expect(refused.failure?.message).toMatch(
      /^hatchling: Unable to determine which files to ship inside the wheel .* \(My_Site or my_site\)\. /
    )
  })

  it('pdm-backend and uv_build', async () => {
    const pdm =
      '[build-system]\nrequires = ["pdm-backend"]\nbuild-backend = "pdm.backend"\n[project]\nname = "x"\nversion = "1"\n'
    expect(
      await installedNames({
        'pyproject.toml': pdm,
        'src/web/__init__.py': '',
        'src/tests/__init__.py': ''
      })
      // source-includes ("tests") is a path from the project root: src/tests stays in the wheel
    ).toMatchObject({ backend: 'pdm-backend', modules: ['tests=src/tests', 'web=src/web'] })
    expect(
      await installedNames({ 'pyproject.toml': pdm, 'app.py': '', 'wsgi.py': '' })
    ).toMatchObject({ modules: ['app=app.py', 'wsgi=wsgi.py'] })
    const uv =
      '[build-system]\nrequires = ["uv_build"]\nbuild-backend = "uv_build"\n[project]\nname = "Book.Shelf"\nversion = "1"\n'
    expect(
      await installedNames({ 'pyproject.toml': uv, 'src/book_shelf/__init__.py': '' })
    ).toMatchObject({ backend: 'uv_build', modules: ['book_shelf=src/book_shelf'] })
    expect(
      await installedNames({ 'pyproject.toml': uv, 'book_shelf/__init__.py': '' })
    ).toMatchObject({
      failure: 'uv_build: Expected a Python module at: src/book_shelf/__init__.py'
    })
    expect(
      await installedNames({
        'pyproject.toml': `${uv}[tool.uv.build-backend]\nmodule-name = "app"\nmodule-root = ""\n`,
        'app/__init__.py': ''
      })
    ).toMatchObject({ modules: ['app=app'] })
  })

  it('bad input: a clear line each, never a refusal where the answer is only unsure', async () => {
    expect(await installedNames({ 'pyproject.toml': '[project\nname = 1' })).toMatchObject({
      unsure: [expect.stringMatching(/^pyproject\.toml is not valid TOML: /)],
      failure: undefined
    })
    expect(await installedNames({ 'pyproject.toml': `# ${'x'.repeat(1 << 20)}\n` })).toMatchObject({
      unsure: ['pyproject.toml is over 1 MB; not reading it']
    })
    expect(
      await installedNames({
        'setup.py': 'setup()',
        'setup.cfg': '[options]\nthis line has no value\n'
      })
    ).toMatchObject({ unsure: ['setup.cfg line 2 is not "key = value" in a [section]'] })
    expect(
      await installedNames({ 'pyproject.toml': '[build-system]\nbuild-backend = "maturin"\n' })
    ).toMatchObject({ unsure: ['build backend maturin is not modelled here'] })
    expect(
      await installedNames({
        'pyproject.toml': '[project]\nname = "x"\n[tool.setuptools]\npackages = "app"\n'
      })
    ).toMatchObject({ unsure: ['[tool.setuptools] packages is neither a list nor {find = ...}'] })
    // conflicting backends: the one pip runs decides, the other is named as not read
    expect(
      await installedNames({
        'pyproject.toml':
          '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n[project]\nname = "web"\nversion = "1"\n[tool.poetry]\nname = "web"\npackages = [{ include = "other" }]\n',
        'setup.py': 'from setuptools import setup\nsetup(packages=["other"])\n',
        'web/__init__.py': ''
      })
    ).toEqual({
      backend: 'hatchling',
      modules: ['web=web'],
      failure: undefined,
      unsure: [],
      notes: [
        'pyproject.toml configures poetry-core in [tool.poetry], but pip builds with hatchling: that table does not decide what is installed',
        "setup.py is not used: pyproject.toml's build-backend is hatchling.build"
      ]
    })
  })

  it('fnmatchcase as Python has it', () => {
    expect([
      fnmatchcase('tests.x', 'tests.*'),
      fnmatchcase('.venv', '[._]*'),
      fnmatchcase('SConstruct', '[Ss][Cc]onstruct'),
      fnmatchcase('a', '[!a]'),
      fnmatchcase('a.b', '*')
    ]).toEqual([true, true, true, false, true])
  })
})

// --- The oracle beside the check, on real-shaped projects.
interface Fixture {
  /** the public project whose shape it has */
  shape: string
  files: Record<string, string>
  /** what the check says, whole for the parts that matter */
  expected: { verdict: Verdict['verdict']; installed: string[] }
}

const FIXTURES: Fixture[] = [
  {
    shape: "Flask's examples/javascript: js_example, a flit package, served by a one-line app.py",
    files: {
      'rockcraft.yaml': yaml('js-example'),
      'pyproject.toml':
        '[project]\nname = "js_example"\nversion = "1.1.0"\ndescription = "Demonstrates making AJAX requests to Flask."\ndependencies = ["flask"]\n\n[build-system]\nrequires = ["flit_core<4"]\nbuild-backend = "flit_core.buildapi"\n\n[tool.flit.module]\nname = "js_example"\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n',
      'app.py': 'from js_example import app\n',
      'js_example/__init__.py':
        'from flask import Flask\n\napp = Flask(__name__)\n\nfrom js_example import views  # noqa: E402, F401\n',
      'js_example/views.py':
        'from js_example import app\n\n\n@app.route("/")\ndef index():\n    return "ok"\n',
      'js_example/templates/base.html': '<html></html>\n',
      'tests/test_js_example.py': 'def test_x():\n    pass\n'
    },
    expected: { verdict: 'boots', installed: ['js_example'] }
  },
  {
    shape: "flask-admin's examples/sqla: an admin package, setuptools from [project] alone",
    files: {
      'rockcraft.yaml': yaml('sqla-admin'),
      'pyproject.toml':
        '[project]\nname = "sqla-admin-example"\nversion = "0.1"\ndependencies = ["flask"]\n',
      'app.py': 'from admin import app\n',
      'admin/__init__.py': `${FLASK_APP}\nfrom admin import views  # noqa\n`,
      'admin/views.py': 'from admin import app\n',
      'admin/templates/index.html': '',
      'README.rst': 'demo\n'
    },
    expected: { verdict: 'boots', installed: ['admin'] }
  },
  {
    shape: 'a poetry project whose package is not named like the rock',
    files: {
      'rockcraft.yaml': yaml('storefront'),
      'requirements.txt': 'flask\n',
      'pyproject.toml':
        '[tool.poetry]\nname = "webshop"\nversion = "0.1.0"\ndescription = "A shop"\nauthors = ["A <a@example.com>"]\n\n[tool.poetry.dependencies]\npython = "^3.10"\nflask = "^3.0"\n\n[build-system]\nrequires = ["poetry-core"]\nbuild-backend = "poetry.core.masonry.api"\n',
      'app.py': 'from webshop import create_app\n\napp = create_app()\n',
      'webshop/__init__.py': FACTORY
    },
    expected: { verdict: 'boots', installed: ['webshop'] }
  },
  {
    shape: 'a src/ layout package (setuptools), imported by app.py',
    files: {
      'rockcraft.yaml': yaml('webshop'),
      'pyproject.toml':
        '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "webshop"\nversion = "0.1"\ndependencies = ["flask"]\n',
      'app.py': 'from webshop.web import app\n',
      'src/webshop/__init__.py': '',
      'src/webshop/web.py': FLASK_APP
    },
    expected: { verdict: 'boots', installed: ['webshop'] }
  },
  {
    shape:
      'cookiecutter-flask: autoapp.py and several top-level packages, pyproject.toml only for tools',
    files: {
      'rockcraft.yaml': yaml('myflaskapp'),
      'requirements.txt': 'flask\n',
      'pyproject.toml': '[tool.black]\nline-length = 88\n\n[tool.isort]\nprofile = "black"\n',
      'app.py': 'from myflaskapp.app import create_app\n\napp = create_app()\n',
      'autoapp.py': 'from myflaskapp.app import create_app\n\napp = create_app()\n',
      'myflaskapp/__init__.py': '',
      'myflaskapp/app.py': FACTORY,
      'migrations/env.py': '',
      'assets/js/main.js': ''
    },
    expected: { verdict: 'pack fails', installed: [] }
  },
  {
    shape:
      'a one-file Flask app with pyproject.toml for ruff: two top-level modules, refused by setuptools',
    files: {
      'rockcraft.yaml': yaml('hello'),
      'requirements.txt': 'flask\n',
      'pyproject.toml': '[tool.ruff]\nline-length = 100\n',
      'app.py':
        'from flask import Flask\nimport config\n\napp = Flask(__name__)\napp.config.from_object(config)\n\n\n@app.route("/")\ndef index():\n    return "ok"\n',
      'config.py': 'DEBUG = False\n'
    },
    expected: { verdict: 'pack fails', installed: [] }
  },
  {
    shape: 'a flit single-module app (hackersandslackers-style), the module installed, not shipped',
    files: {
      'rockcraft.yaml': yaml('plotly-dash'),
      'pyproject.toml':
        '[build-system]\nrequires = ["flit_core"]\nbuild-backend = "flit_core.buildapi"\n\n[project]\nname = "dashboard"\nversion = "0.2"\ndescription = "A dashboard"\ndependencies = ["flask"]\n',
      'app.py': 'from dashboard import app\n',
      'dashboard.py': FLASK_APP
    },
    expected: { verdict: 'boots', installed: ['dashboard'] }
  },
  {
    shape: 'a hatchling project (hatch new layout): src/bookshelf, factory called by app.py',
    files: {
      'rockcraft.yaml': yaml('bookshelf'),
      'pyproject.toml':
        '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "bookshelf"\nversion = "0.1"\ndependencies = ["flask"]\n',
      'app.py': 'from bookshelf import create_app\n\napp = create_app()\n',
      'src/bookshelf/__init__.py': FACTORY
    },
    expected: { verdict: 'boots', installed: ['bookshelf'] }
  },
  {
    shape:
      'explicit [tool.setuptools] packages that leave a module out: neither shipped nor installed',
    files: {
      'rockcraft.yaml': yaml('ledger'),
      'pyproject.toml':
        '[project]\nname = "ledger"\nversion = "1"\ndependencies = ["flask"]\n\n[tool.setuptools]\npackages = ["ledger"]\n',
      'app.py': 'from ledger import app\n',
      'ledger/__init__.py': `from flask import Flask\nimport extensions\n\napp = Flask(__name__)\n\n\n@app.route("/")\ndef index():\n    return "ok"\n`,
      'extensions.py': 'db = None\n'
    },
    expected: { verdict: 'would not boot', installed: ['ledger'] }
  },
  {
    shape: "the Flask tutorial's flaskr with static/ at the top: setuptools finds two packages",
    files: {
      'rockcraft.yaml': yaml('flaskr'),
      'pyproject.toml': '[project]\nname = "flaskr"\nversion = "1.0.0"\ndependencies = ["flask"]\n',
      'app.py': 'from flaskr import create_app\n\napp = create_app()\n',
      'flaskr/__init__.py': FACTORY,
      'static/style.css': ''
    },
    expected: { verdict: 'pack fails', installed: [] }
  },
  {
    shape:
      'setup.py with find_packages() (flask-restx-style examples), the package shipped and installed',
    files: {
      'rockcraft.yaml': yaml('todo-api'),
      'requirements.txt': 'flask\n',
      'setup.py':
        'from setuptools import find_packages, setup\n\nsetup(\n    name="todo-api",\n    version="1.0",\n    packages=find_packages(exclude=["tests"]),\n)\n',
      'app/__init__.py': FLASK_APP,
      'tests/__init__.py': ''
    },
    expected: { verdict: 'boots', installed: ['app'] }
  }
]

function checkVerdict(r: CheckResult): Verdict['verdict'] {
  if ((r.install?.problems.length ?? 0) > 0) return 'pack fails'
  if (r.problems.length > 0) throw new Error(`rockcraft would refuse: ${r.problems[0].message}`)
  return (r.boot?.problems.length ?? 0) > 0 ? 'would not boot' : 'boots'
}

describe('the check beside a real pip install . and boot, fixture by fixture', () => {
  it.each(FIXTURES.map(f => [f.shape, f] as const))(
    '%s',
    async (_shape, fixture) => {
      const dir = project(fixture.files)
      const result = await checkProject(dir, { python: '/usr/bin/python3' })
      const part = (
        result.expanded?.parts as Record<string, Record<string, unknown>> | undefined
      )?.['flask-framework/install-app']
      // the pack fails before the rock is built: the check's expansion is all there is to lay out
      const oracle = bootOracle(dir, part ?? {}, result.wsgi ?? 'app:app')
      const check = checkVerdict(result)
      expect({ check, installed: result.install?.modules.map(m => m.name) ?? [] }).toEqual({
        check: fixture.expected.verdict,
        installed: fixture.expected.installed
      })
      expect({ check, installed: result.install?.modules.map(m => m.name) ?? [] }).toEqual({
        check: oracle.result.verdict,
        installed: oracle.installed
      })
      // what the check says ships is what the rock holds
      if (result.boot && check !== 'pack fails')
        expect(result.boot.ships.map(s => s.replace(/\/$/, ''))).toEqual(oracle.ships)
    },
    120_000
  )
})

describe('in what the user reads', () => {
  it('check --format json: installed modules and imports, the pack refusal as kind "pack"', async () => {
    const js = project(FIXTURES[0].files)
    const report = checkReport(await checkProject(js, { python: '/usr/bin/python3' }))
    expect(report.ok).toBe(true)
    expect(report.installed).toEqual({
      backend: 'flit',
      modules: [{ module: 'js_example', path: 'js_example', package: true }],
      complete: true
    })
    expect(report.boot?.modules).toEqual([
      { module: 'app', file: 'app.py', atBoot: true, installed: false, shipped: true },
      {
        module: 'js_example',
        file: 'js_example/__init__.py',
        atBoot: true,
        installed: true,
        shipped: true
      },
      {
        module: 'js_example.views',
        file: 'js_example/views.py',
        atBoot: true,
        installed: true,
        shipped: true
      }
    ])
    expect(report.boot?.imports.filter(i => i.module.startsWith('js_example'))).toEqual([
      { from: 'app', module: 'js_example', line: 1, atBoot: true, status: 'installed', via: null },
      {
        from: 'js_example',
        module: 'js_example',
        line: 5,
        atBoot: true,
        status: 'installed',
        via: null
      },
      {
        from: 'js_example',
        module: 'js_example.views',
        line: 5,
        atBoot: true,
        status: 'installed',
        via: null
      },
      {
        from: 'js_example.views',
        module: 'js_example',
        line: 1,
        atBoot: true,
        status: 'installed',
        via: null
      }
    ])
    // a src/ layout package is installed, not third-party
    const src = checkReport(
      await checkProject(project(FIXTURES[3].files), { python: '/usr/bin/python3' })
    )
    expect(src.boot?.imports.find(i => i.from === 'app')).toEqual({
      from: 'app',
      module: 'webshop.web',
      line: 1,
      atBoot: true,
      status: 'installed',
      via: null
    })
    expect(src.boot?.modules.map(m => [m.module, m.file, m.installed])).toEqual([
      ['app', 'app.py', false],
      ['webshop', 'src/webshop/__init__.py', true],
      ['webshop.web', 'src/webshop/web.py', true]
    ])
    const refused = project(FIXTURES[4].files)
    const r = checkReport(await checkProject(refused, { python: '/usr/bin/python3' }))
    expect(r.ok).toBe(false)
    expect(r.problems).toEqual([
      {
        kind: 'pack',
        message:
          "pip install . (in flask-framework/dependencies) would stop: setuptools: Multiple top-level packages discovered in a flat-layout: ['assets', 'migrations', 'myflaskapp']. To avoid accidental inclusion of unwanted files or directories, setuptools will not proceed with this build. Name what to install (in pyproject.toml, [tool.setuptools] packages = [...] or py-modules = [...]; packages = [] when /flask/app is enough), or use a src-layout",
        file: 'pyproject.toml',
        line: null,
        column: null
      },
      // true as well, and fixed either way: ship myflaskapp, or name it for setuptools to install
      expect.objectContaining({ kind: 'boot', file: 'app.py', line: 1 })
    ])
  })

  it('a setup.py computing its packages: the missing module is a warning, never "would not boot"', async () => {
    const dir = project({
      'rockcraft.yaml': yaml('legacy'),
      'requirements.txt': 'flask\n',
      'setup.py':
        'import os\nfrom setuptools import setup\nsetup(name="legacy", packages=[d for d in os.listdir(".") if d == "core"])\n',
      'app.py': 'from core import app\n',
      'core/__init__.py': FLASK_APP
    })
    const result = await checkProject(dir, { python: '/usr/bin/python3' })
    expect(result.boot?.problems).toEqual([])
    expect(result.install?.warnings.map(w => w.message)).toEqual([
      'what pip install . (in flask-framework/dependencies) puts into the venv is unsure: setup.py computes packages; not run, so what pip install . installs is unsure'
    ])
    expect(result.boot?.warnings.map(w => w.message)).toEqual([
      'core is imported at boot, but the rock will not contain core/__init__.py under /flask/app; it boots only if pip install . puts core into the venv, which this check cannot tell from setup.py'
    ])
    expect(
      bootOracle(
        dir,
        (result.expanded!.parts as Record<string, Record<string, unknown>>)[
          'flask-framework/install-app'
        ],
        'app:app'
      ).result
    ).toEqual({ verdict: 'boots' })
  }, 60_000)
})
