// Parity with rockcraft's 26.04 (V2) flask-framework extension, beside parity.test.ts (V1).
//
// Every expected value below is written from the code named in ROCKCRAFT_STATE
// (src/core/rockcraft-state.ts), read through the search tool's index:
// - rockcraft/extensions/gunicorn.py, index file 57975453950: FlaskFrameworkV2 (#1303 pins,
//   #1320 bases, #1348 app_dir "app", gunicorn_config_dir "var/lib/gunicorn", config data "v2",
//   the prime pattern and its refusal), _GunicornBase._gen_parts and get_root_snippet;
// - rockcraft/extensions/extension.py, index file 58033641996 (#1345 get_part_name and its
//   separator) with craft_application/_const.py, index file 56769077641
//   (BASES_ALLOW_SLASH_IN_PART_NAME);
// - rockcraft/extensions/app_parts.py, index file 58021338042 (#1332 AppDataDirMixin: the
//   app-data part, added after the framework's parts) and gen_logging_part;
// - on top of canonical/rockcraft 3f947837 (extension.py's get_project_base and
//   _FrameworkFactory, _utils.py's merge, the Project model's printing).
// - #1303 at its pull request head db8772f7 and #1308 at its head a2586eb5 (gunicorn.py,
//   _python_utils.py: uses_uv, validate_uv_lockfile and the uv dependencies part), both
//   refs/pull/N/head in the canonical/rockcraft snapshot (fetch github:canonical/rockcraft), and
//   #1308's unit tests, index file 55071047878.
// Not from the merged code (ROCKCRAFT_STATE.unverified): bare 26.04's Python (3.14); uv on 26.04
// only, with the 26.04 pin (#1308's review; its head applied uv to every base with ~=23.0); and
// #1348's override-build for a flat layout.
// The fixture flask-2604.expanded.yaml is PyYAML's print (craft-application's settings) of the
// project written out by hand from the code above, not of this project's output.
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, symlinkSync } from 'node:fs'
import * as path from 'node:path'
import { checkProject, renderExpansion, type CheckResult } from '../../src/core/check.js'
import { withRockcraftRevision } from '../../src/core/expand.js'
import { ROCKCRAFT_STATE, rockcraftStateLine } from '../../src/core/rockcraft-state.js'
import { cleanup, FLASK_YAML, project } from './helpers.js'

afterAll(cleanup)

const ROOT = path.resolve(import.meta.dirname ?? '.', '../..')
const UID = 584792
const ENABLED = { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' }
const Y2604 = { ...FLASK_YAML, base: 'ubuntu@26.04' }
const BARE_2604 = { ...FLASK_YAML, base: 'bare', 'build-base': 'ubuntu@26.04' }
const STATSD_COMMAND =
  '/bin/statsd_exporter --statsd.mapping-config=/statsd-mapping.conf --statsd.listen-udp=localhost:9125 --statsd.listen-tcp=localhost:9125'
const v2Command = (wsgi: string, worker: string): string =>
  `/bin/python3 -m gunicorn -c /var/lib/gunicorn/gunicorn.conf.py '${wsgi}' -k [ ${worker} ]`
const owned = (p: string): Record<string, unknown> => ({ path: p, owner: UID, group: UID })

type Parts = Record<string, Record<string, unknown>>

/** The V2 parts other than dependencies and install-app, in _gen_parts' order. */
function v2Parts(bare: boolean): Parts {
  return {
    'flask-framework.config-files': {
      plugin: 'dump',
      source: '/snap/rockcraft/current/share/rockcraft/extensions/flask-framework/v2',
      organize: { 'gunicorn.conf.py': 'var/lib/gunicorn/gunicorn.conf.py' },
      // gunicorn_config_dir != app_dir: the directory is _daemon_'s too.
      permissions: [owned('var/lib/gunicorn'), owned('var/lib/gunicorn/gunicorn.conf.py')]
    },
    'flask-framework.statsd-exporter': {
      'build-snaps': ['go'],
      'source-tag': 'v0.30.0',
      plugin: 'go',
      source: 'https://github.com/prometheus/statsd_exporter.git'
    },
    'flask-framework.logging': {
      plugin: 'nil',
      'override-build':
        'craftctl default\nmkdir -p $CRAFT_PART_INSTALL/opt/promtail\nmkdir -p $CRAFT_PART_INSTALL/etc/promtail\nmkdir -p $CRAFT_PART_INSTALL/var/log/app',
      permissions: [owned('opt/promtail'), owned('etc/promtail'), owned('var/log/app')]
    },
    ...(bare
      ? {
          'flask-framework.runtime': {
            plugin: 'nil',
            'override-build':
              'mkdir -m 777 ${CRAFT_PART_INSTALL}/tmp\nln -sf /usr/bin/bash ${CRAFT_PART_INSTALL}/usr/bin/sh',
            'stage-packages': ['bash_bins', 'coreutils_bins', 'ca-certificates_data']
          },
          'flask-framework.runtime-libs': { plugin: 'nil', 'stage-packages': ['libstdc++6'] }
        }
      : {
          'flask-framework.runtime': { plugin: 'nil', 'stage-packages': ['ca-certificates_data'] }
        }),
    'app-data': {
      plugin: 'nil',
      'override-build': 'mkdir -p ${CRAFT_PART_INSTALL}/app-data',
      permissions: [owned('app-data')]
    }
  }
}

function expected2604(opts: {
  yaml: Record<string, unknown>
  worker: string
  wsgi: string
  dependencies: Record<string, unknown>
  installApp: Record<string, unknown>
}): Record<string, unknown> {
  const bare = opts.yaml.base === 'bare'
  const [config, statsd, logging, ...rest] = Object.entries(v2Parts(bare))
  return {
    name: 'foo-bar',
    title: 'foo-bar',
    summary: 'A Flask app',
    description: 'It serves.',
    base: opts.yaml.base,
    ...(bare ? { 'build-base': 'ubuntu@26.04' } : {}),
    platforms: { amd64: { 'build-on': ['amd64'], 'build-for': ['amd64'] } },
    parts: {
      'flask-framework.dependencies': opts.dependencies,
      'flask-framework.install-app': opts.installApp,
      ...Object.fromEntries([config, statsd, logging, ...rest])
    },
    'run-user': '_daemon_',
    services: {
      flask: {
        override: 'replace',
        command: v2Command(opts.wsgi, opts.worker),
        startup: 'enabled',
        after: ['statsd-exporter'],
        user: '_daemon_'
      },
      'statsd-exporter': {
        override: 'merge',
        command: STATSD_COMMAND,
        summary: 'statsd exporter service',
        startup: 'enabled',
        user: '_daemon_'
      }
    }
  }
}

const pythonDependencies = (stagePackages: string[], env: unknown[], bare: boolean) => ({
  plugin: 'python',
  'stage-packages': stagePackages,
  source: '.',
  'python-packages': ['gunicorn~=26.0'],
  'python-requirements': ['requirements.txt'],
  'build-environment': env,
  ...(bare ? {} : { stage: ['-etc/ssl/certs/ca-certificates.crt'] })
})

async function accepted(
  files: Record<string, string | Buffer | null>,
  yaml: Record<string, unknown>
): Promise<CheckResult & { expanded: Record<string, unknown> }> {
  const result = await checkProject(project(files, yaml), { env: ENABLED })
  expect(result.problems).toEqual([])
  expect(result.expanded).toBeDefined()
  return result as CheckResult & { expanded: Record<string, unknown> }
}

async function refused(
  files: Record<string, string | Buffer | null>,
  yaml: Record<string, unknown>,
  env: NodeJS.ProcessEnv = ENABLED
): Promise<CheckResult> {
  const result = await checkProject(project(files, yaml), { env })
  expect(result.expanded).toBeUndefined()
  return result
}

const messages = (r: CheckResult): string[] => r.problems.map(p => p.message)
const hints = (r: CheckResult): string[] => r.hints.map(h => h.message)

describe('the rockcraft state these cases follow', () => {
  it('is one commit and the pull requests merged after it', () => {
    expect(rockcraftStateLine()).toBe(
      'canonical/rockcraft@3f947837 + #1303, #1320, #1345, #1348, #1332, #1308'
    )
    // What could not be read is named, not hidden.
    expect(ROCKCRAFT_STATE.pullRequests.filter(p => 'unverified' in p).map(p => p.number)).toEqual([
      1320, 1348, 1308
    ])
    // Each names the code read for it (for #1308, only its tests).
    expect(ROCKCRAFT_STATE.pullRequests.map(p => p.readFrom.length > 0)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true
    ])
  })
})

describe('ubuntu@26.04: the whole expansion', () => {
  it('flat files (app.py, static/): /app, /var/lib/gunicorn, gunicorn~=26.0, dotted part names', async () => {
    const r = await accepted(
      { 'requirements.txt': 'flask', 'app.py': 'app = object()', static: null, test: 'x' },
      Y2604
    )
    const want = expected2604({
      yaml: Y2604,
      worker: 'sync',
      wsgi: 'app:app',
      dependencies: pythonDependencies(['python3-venv'], [], false),
      installApp: {
        plugin: 'dump',
        source: '.',
        organize: { 'app.py': 'app/app.py', static: 'app/static' },
        stage: ['app/app.py', 'app/static'],
        prime: ['app/app.py', 'app/static'],
        permissions: [{ owner: UID, group: UID }]
      }
    })
    expect(r.expanded).toEqual(want)
    // Key order decides the printed text.
    expect(Object.keys(r.expanded.parts as object)).toEqual(Object.keys(want.parts as object))
    expect(Object.keys(r.expanded)).toEqual(Object.keys(want))
    expect(r.wsgi).toBe('app:app')
    // The boot prediction looks under /app.
    expect(r.boot?.ships).toEqual(['app.py', 'static/'])
  })

  it('the literal text rockcraft expand-extensions prints (fixture flask-2604.expanded.yaml)', async () => {
    const r = await accepted(
      { 'requirements.txt': 'flask\ngevent', 'app.py': 'app = object()', templates: null },
      Y2604
    )
    expect(renderExpansion(r.expanded, 'yaml')).toBe(
      readFileSync(path.join(ROOT, '__tests__/core/fixtures/flask-2604.expanded.yaml'), 'utf8')
    )
  })

  it("the installed snap's revision goes into the v2 config-files source, as rockcraft prints it", async () => {
    const r = await accepted({ 'requirements.txt': 'flask', 'app.py': 'app = object()' }, Y2604)
    const revised = withRockcraftRevision(r.expanded, '3339')
    expect((revised.parts as Parts)['flask-framework.config-files'].source).toBe(
      '/snap/rockcraft/3339/share/rockcraft/extensions/flask-framework/v2'
    )
    // Only that source: the rest is the same.
    expect({ ...(revised.parts as Parts), 'flask-framework.config-files': {} }).toEqual({
      ...(r.expanded.parts as Parts),
      'flask-framework.config-files': {}
    })
  })

  it('gevent in requirements.txt: the gevent worker', async () => {
    const r = await accepted(
      { 'requirements.txt': 'flask\ngevent', 'app.py': 'app = object()' },
      Y2604
    )
    expect((r.expanded.services as Record<string, Record<string, unknown>>).flask.command).toBe(
      v2Command('app:app', 'gevent')
    )
    expect(r.worker).toBe('gevent')
  })

  it('a package layout (src/ with the app): organize keeps src -> app/src', async () => {
    const r = await accepted(
      { 'requirements.txt': 'flask', src: null, 'src/__init__.py': 'app = object()' },
      Y2604
    )
    expect((r.expanded.parts as Parts)['flask-framework.install-app']).toEqual({
      plugin: 'dump',
      source: '.',
      organize: { src: 'app/src' },
      stage: ['app/src'],
      prime: ['app/src'],
      permissions: [{ owner: UID, group: UID }]
    })
    expect(r.wsgi).toBe('src:app')
    expect(r.boot?.ships).toEqual(['src/'])
    expect(hints(r).filter(h => h.includes('#1348'))).toEqual([])
  })

  it('an app/ directory: the organize rockcraft#1348 replaced is named as unverified', async () => {
    const r = await accepted(
      { 'requirements.txt': 'flask', app: null, 'app/__init__.py': 'app = object()' },
      Y2604
    )
    expect((r.expanded.parts as Parts)['flask-framework.install-app'].organize).toEqual({
      app: 'app/app'
    })
    expect(hints(r)).toContain(
      "flask-framework.install-app organizes app -> app/app here; rockcraft#1348 copies such a flat layout in override-build instead, and its code could not be read (ROCKCRAFT_STATE): this part of the expansion may differ from rockcraft's"
    )
  })

  it('include mode: the user prime under app/ drives organize and stage', async () => {
    const r = await accepted(
      { 'requirements.txt': 'flask', 'app.py': 'app = object()', 'config.py': '' },
      {
        ...Y2604,
        parts: { 'flask-framework.install-app': { prime: ['app/app.py', 'app/config.py'] } }
      }
    )
    const parts = r.expanded.parts as Parts
    // The user's part comes first: rockcraft merges the extension's parts into the user's map.
    expect(Object.keys(parts)[0]).toBe('flask-framework.install-app')
    expect(parts['flask-framework.install-app']).toEqual({
      prime: ['app/app.py', 'app/config.py'],
      plugin: 'dump',
      source: '.',
      organize: { 'app.py': 'app/app.py', 'config.py': 'app/config.py' },
      stage: ['app/app.py', 'app/config.py'],
      permissions: [{ owner: UID, group: UID }]
    })
  })

  it('exclude mode: every top-level entry under app/ but the never-copied ones', async () => {
    const r = await accepted(
      { 'requirements.txt': 'flask', 'app.py': 'app = object()', tests: null, node_modules: null },
      { ...Y2604, parts: { 'flask-framework.install-app': { prime: ['-app/tests'] } } }
    )
    expect((r.expanded.parts as Parts)['flask-framework.install-app'].organize).toEqual({
      'app.py': 'app/app.py',
      'requirements.txt': 'app/requirements.txt',
      'rockcraft.yaml': 'app/rockcraft.yaml',
      tests: 'app/tests'
    })
  })

  it("the user's flask-framework.dependencies merges into the extension's", async () => {
    const r = await accepted(
      { 'requirements.txt': 'flask', 'app.py': 'app = object()' },
      { ...Y2604, parts: { 'flask-framework.dependencies': { 'stage-packages': ['libpq5'] } } }
    )
    expect((r.expanded.parts as Parts)['flask-framework.dependencies']['stage-packages']).toEqual([
      'python3-venv',
      'libpq5'
    ])
  })
})

describe('bare with build-base ubuntu@26.04 (rockcraft#1320)', () => {
  it('the whole expansion: chiselled runtime, python3.14 venv slice', async () => {
    const r = await accepted({ 'requirements.txt': 'flask', 'app.py': 'app = object()' }, BARE_2604)
    expect(r.expanded).toEqual(
      expected2604({
        yaml: BARE_2604,
        worker: 'sync',
        wsgi: 'app:app',
        dependencies: pythonDependencies(
          ['python3.14-venv_ensurepip'],
          [{ PARTS_PYTHON_INTERPRETER: 'python3.14' }],
          true
        ),
        installApp: {
          plugin: 'dump',
          source: '.',
          organize: { 'app.py': 'app/app.py' },
          stage: ['app/app.py'],
          prime: ['app/app.py'],
          permissions: [{ owner: UID, group: UID }]
        }
      })
    )
  })

  it('bare with build-base ubuntu@24.04 stays V1: slashes, /flask/app, not experimental', async () => {
    const r = await checkProject(
      project(
        { 'requirements.txt': 'flask', 'app.py': 'app = object()' },
        { ...BARE_2604, 'build-base': 'ubuntu@24.04' }
      ),
      { env: {} }
    )
    expect(r.problems).toEqual([])
    expect(Object.keys(r.expanded!.parts as object)).toContain('flask-framework/install-app')
    expect(r.boot?.ships).toEqual(['app.py'])
  })
})

describe('uv projects (rockcraft#1308 at its head a2586eb5, on 26.04 only: ROCKCRAFT_STATE)', () => {
  const PYPROJECT = '[project]\nname = "foo-bar"\nversion = "0.1"\ndependencies = ["flask>=3"]\n'
  const LOCK =
    'version = 1\nrequires-python = ">=3.12"\n\n[[package]]\nname = "flask"\nversion = "3.1.0"\n'

  it('uv.lock and pyproject.toml: the uv plugin builds the dependencies, gunicorn added after', async () => {
    const r = await accepted(
      { 'pyproject.toml': PYPROJECT, 'uv.lock': LOCK, 'app.py': 'app = object()' },
      Y2604
    )
    expect((r.expanded.parts as Parts)['flask-framework.dependencies']).toEqual({
      plugin: 'uv',
      'stage-packages': ['python3-venv'],
      source: '.',
      'build-environment': [],
      'override-build':
        'craftctl default\nuv pip install --python ${CRAFT_PART_INSTALL}/bin/python gunicorn~=26.0',
      stage: ['-etc/ssl/certs/ca-certificates.crt']
    })
    // Requirements come from pyproject.toml; uv.lock is a dependency file (the pack cache key).
    expect(r.requirements).toEqual(['flask'])
    expect(r.dependencyFiles.map(f => path.basename(f))).toEqual([
      'pyproject.toml',
      'uv.lock',
      'rockcraft.yaml'
    ])
    expect(hints(r)).toContain(
      'uv.lock and pyproject.toml: rockcraft builds flask-framework.dependencies with the uv plugin (uv sync --no-dev --no-editable from the lock, which installs the project itself when pyproject.toml has a [build-system]). The part shown here follows rockcraft#1308 as of its pull request head; its merged code could not be read (ROCKCRAFT_STATE)'
    )
  })

  it('on 24.04 uv.lock changes nothing: the python plugin, and no cache key entry', async () => {
    const r = await checkProject(
      project(
        { 'pyproject.toml': PYPROJECT, 'uv.lock': LOCK, 'app.py': 'app = object()' },
        FLASK_YAML
      ),
      { env: {} }
    )
    expect(r.problems).toEqual([])
    expect((r.expanded!.parts as Parts)['flask-framework/dependencies'].plugin).toBe('python')
    expect(r.dependencyFiles.map(f => path.basename(f))).toEqual([
      'pyproject.toml',
      'rockcraft.yaml'
    ])
  })

  it('uv.lock without pyproject.toml is refused', async () => {
    const dir = project(
      { 'requirements.txt': 'flask', 'uv.lock': LOCK, 'app.py': 'app = object()' },
      Y2604
    )
    const r = await checkProject(dir, { env: ENABLED })
    expect(r.problems).toEqual([
      {
        message: 'the plugin requires both uv.lock and pyproject.toml to be present',
        file: path.join(dir, 'uv.lock')
      }
    ])
  })

  it('a uv.lock that is not TOML: uv sync would refuse it, said with its line', async () => {
    const dir = project(
      {
        'pyproject.toml': PYPROJECT,
        'uv.lock': 'version = 1\n[[package]\n',
        'app.py': 'app = object()'
      },
      Y2604
    )
    const bad = await checkProject(dir, { env: ENABLED })
    expect(bad.problems).toHaveLength(1)
    expect(bad.problems[0]).toMatchObject({ file: path.join(dir, 'uv.lock'), line: 2 })
    expect(bad.problems[0].message).toMatch(/^uv\.lock is not TOML, so uv sync would refuse it: /)
    expect(bad.expanded).toBeUndefined()
  })

  it('a uv.lock that is a directory, or a symlink out of the project: one clear line each', async () => {
    const asDir = project(
      { 'pyproject.toml': PYPROJECT, 'uv.lock': null, 'app.py': 'app = 1' },
      Y2604
    )
    expect((await checkProject(asDir, { env: ENABLED })).problems).toEqual([
      { message: 'uv.lock is not a regular file', file: path.join(asDir, 'uv.lock') }
    ])
    const outside = project({ 'pyproject.toml': PYPROJECT, 'app.py': 'app = 1' }, Y2604)
    symlinkSync('/etc/passwd', path.join(outside, 'uv.lock'))
    expect((await checkProject(outside, { env: ENABLED })).problems).toEqual([
      {
        message:
          'uv.lock is a symlink to /etc/passwd, outside the project; the rock build sees only the project directory',
        file: path.join(outside, 'uv.lock')
      }
    ])
  })

  it('a uv.lock over 16 MB is refused without being read whole', async () => {
    const dir = project(
      {
        'pyproject.toml': PYPROJECT,
        'uv.lock': Buffer.alloc((16 << 20) + 1, 0x20),
        'app.py': 'app = object()'
      },
      Y2604
    )
    const r = await checkProject(dir, { env: ENABLED })
    expect(r.problems).toEqual([
      {
        message: 'uv.lock is 16.0 MB, over the 16 MB this check reads; it cannot be a real uv.lock',
        file: path.join(dir, 'uv.lock')
      }
    ])
  })
})

describe('26.04 refusals and hints', () => {
  const files = { 'requirements.txt': 'flask', 'app.py': 'app = object()' }

  it.each([
    ['ubuntu@26.04', Y2604],
    ['bare with build-base ubuntu@26.04', BARE_2604]
  ])(
    '%s without the variable: experimental, with rockcraft resolution and ours',
    async (_, yaml) => {
      const r = await refused(files, yaml, {})
      expect(messages(r)).toEqual(["Extension is experimental: 'flask-framework'"])
      expect(hints(r)).toEqual([
        'Run with ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=True to enable experimental extensions.',
        'For more information, check out: https://documentation.ubuntu.com/rockcraft/latest/reference/extensions/',
        'the 26.04 (V2) flask-framework extension is experimental in rockcraft: enable it with the action input experimental-extensions: true, or flask-rock check --experimental-extensions (both set ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS for the check and the pack)'
      ])
    }
  )

  it('a 24.04 prime entry (flask/app/...) on 26.04: the V2 refusal, with the dotted part name', async () => {
    const r = await refused(files, {
      ...Y2604,
      parts: { 'flask-framework.install-app': { prime: ['flask/app/app.py'] } }
    })
    expect(messages(r)).toEqual([
      "flask-framework extension requires the 'prime' entry in the flask-framework.install-app part to start with app"
    ])
  })

  it('"app" must be a whole path segment on 26.04: re.match("-? *app(/|$)")', async () => {
    const r = await refused(files, {
      ...Y2604,
      parts: { 'flask-framework.install-app': { prime: ['apple.py'] } }
    })
    expect(messages(r)).toEqual([
      "flask-framework extension requires the 'prime' entry in the flask-framework.install-app part to start with app"
    ])
  })

  it("a part named with '/' on 26.04 (a 24.04 override left over) is refused, with the new name", async () => {
    const r = await refused(files, {
      ...Y2604,
      parts: { 'flask-framework/dependencies': { 'stage-packages': ['libpq5'] } }
    })
    expect(messages(r)).toEqual([
      "part name 'flask-framework/dependencies' contains '/', which rockcraft does not allow on base ubuntu@26.04: the extension's part is flask-framework.dependencies on this base"
    ])
  })

  it('bare with build-base devel: V2, and rockcraft knows no Python for it', async () => {
    const r = await refused(files, { ...BARE_2604, 'build-base': 'devel' })
    expect(messages(r)).toEqual(['Unable to determine the Python version for the build-base devel'])
  })
})

describe('the boot prediction on 26.04 looks under /app', () => {
  it('a top-level module the rock lacks: the fix names flask-framework.install-app and app/ entries', async () => {
    const dir = project(
      {
        'requirements.txt': 'flask',
        'app.py': 'from config import Config\napp = object()\n',
        'config.py': 'class Config: pass\n'
      },
      Y2604
    )
    const r = await checkProject(dir, { env: ENABLED })
    expect(r.problems).toEqual([])
    expect(r.boot?.ships).toEqual(['app.py'])
    expect(r.boot?.problems).toEqual([
      {
        message:
          "config is imported at boot, but the rock will not contain config.py: gunicorn would stop with ModuleNotFoundError: No module named 'config'. Add to rockcraft.yaml: parts: {flask-framework.install-app: {prime: [app/app.py, app/config.py]}}",
        file: path.join(dir, 'app.py'),
        line: 1,
        column: 1
      }
    ])
  })

  it("the user's own command with the V2 config path is followed; another config is not", async () => {
    const files = {
      'requirements.txt': 'flask',
      'app.py': 'import helpers\napp = object()\n',
      'helpers.py': ''
    }
    const command = (config: string): Record<string, unknown> => ({
      ...Y2604,
      services: {
        flask: { command: `/bin/python3 -m gunicorn -c ${config} 'app:app' -k [ sync ]` }
      }
    })
    const followed = await checkProject(
      project(files, command('/var/lib/gunicorn/gunicorn.conf.py')),
      {
        env: ENABLED
      }
    )
    expect(followed.boot?.problems.map(p => p.message)).toEqual([
      "helpers is imported at boot, but the rock will not contain helpers.py: gunicorn would stop with ModuleNotFoundError: No module named 'helpers'. Add to rockcraft.yaml: parts: {flask-framework.install-app: {prime: [app/app.py, app/helpers.py]}}"
    ])
    const other = await checkProject(project(files, command('/etc/my.conf.py')), { env: ENABLED })
    expect(other.problems).toEqual([])
    expect(other.boot).toBeUndefined()
  })
})
