// Parity with rockcraft's flask-framework extension, written from its unit tests'
// expectations (tests/unit/extensions/test_gunicorn.py) as data, then shaped the way the
// Project model prints them (title, expanded platforms, run-user, model key order).
import { afterAll, describe, expect, it } from '@jest/globals'
import { symlinkSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { checkProject, type CheckResult } from '../../src/core/check.js'
import { cleanup, FLASK_YAML, project } from './helpers.js'

afterAll(cleanup)

const UID = 584792
const STATSD_COMMAND =
  '/bin/statsd_exporter --statsd.mapping-config=/statsd-mapping.conf --statsd.listen-udp=localhost:9125 --statsd.listen-tcp=localhost:9125'
const flaskCommand = (wsgi: string, worker: string): string =>
  `/bin/python3 -m gunicorn -c /flask/gunicorn.conf.py '${wsgi}' -k [ ${worker} ]`

function expectedDefault(worker: string): Record<string, unknown> {
  return {
    name: 'foo-bar',
    title: 'foo-bar',
    summary: 'A Flask app',
    description: 'It serves.',
    base: 'ubuntu@22.04',
    platforms: { amd64: { 'build-on': ['amd64'], 'build-for': ['amd64'] } },
    parts: {
      'flask-framework/dependencies': {
        plugin: 'python',
        'stage-packages': ['python3-venv'],
        source: '.',
        'python-packages': ['gunicorn~=23.0'],
        'python-requirements': ['requirements.txt'],
        'build-environment': [],
        stage: ['-etc/ssl/certs/ca-certificates.crt']
      },
      'flask-framework/install-app': {
        plugin: 'dump',
        source: '.',
        organize: { 'app.py': 'flask/app/app.py', static: 'flask/app/static' },
        stage: ['flask/app/app.py', 'flask/app/static'],
        prime: ['flask/app/app.py', 'flask/app/static'],
        permissions: [{ owner: UID, group: UID }]
      },
      'flask-framework/config-files': {
        plugin: 'dump',
        source: '/snap/rockcraft/current/share/rockcraft/extensions/flask-framework',
        organize: { 'gunicorn.conf.py': 'flask/gunicorn.conf.py' },
        permissions: [{ path: 'flask/gunicorn.conf.py', owner: UID, group: UID }]
      },
      'flask-framework/statsd-exporter': {
        'build-snaps': ['go'],
        'source-tag': 'v0.26.0',
        plugin: 'go',
        source: 'https://github.com/prometheus/statsd_exporter.git'
      },
      'flask-framework/logging': {
        plugin: 'nil',
        'override-build':
          'craftctl default\nmkdir -p $CRAFT_PART_INSTALL/opt/promtail\nmkdir -p $CRAFT_PART_INSTALL/etc/promtail\nmkdir -p $CRAFT_PART_INSTALL/var/log/flask',
        permissions: [
          { path: 'opt/promtail', owner: UID, group: UID },
          { path: 'etc/promtail', owner: UID, group: UID },
          { path: 'var/log/flask', owner: UID, group: UID }
        ]
      },
      'flask-framework/runtime': { plugin: 'nil', 'stage-packages': ['ca-certificates_data'] }
    },
    'run-user': '_daemon_',
    services: {
      flask: {
        override: 'replace',
        command: flaskCommand('app:app', worker),
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

async function accepted(
  files: Record<string, string | Buffer | null>,
  yaml: Record<string, unknown> = FLASK_YAML,
  env: NodeJS.ProcessEnv = {}
): Promise<CheckResult & { expanded: Record<string, unknown> }> {
  const result = await checkProject(project(files, yaml), { env })
  expect(result.problems).toEqual([])
  expect(result.expanded).toBeDefined()
  return result as CheckResult & { expanded: Record<string, unknown> }
}

async function refused(
  files: Record<string, string | Buffer | null>,
  yaml: Record<string, unknown> | undefined = FLASK_YAML,
  env: NodeJS.ProcessEnv = {}
): Promise<CheckResult> {
  const result = await checkProject(project(files, yaml), { env })
  expect(result.expanded).toBeUndefined()
  return result
}

const messages = (r: CheckResult): string[] => r.problems.map(p => p.message)

describe('full expansion: requirement spellings x worker detection', () => {
  const spellings = ['other\nflask', 'flask', 'Flask', ' flask == 99']
  const asyncs: [string, string][] = [
    ['gevent', 'gevent'],
    ['', 'sync']
  ]
  for (const packages of spellings) {
    for (const [asyncPackage, worker] of asyncs) {
      it(`${JSON.stringify(packages)} + ${JSON.stringify(asyncPackage)} -> ${worker}`, async () => {
        const r = await accepted({
          'requirements.txt': `${packages}\n${asyncPackage}`,
          'app.py': 'app = object()',
          static: null,
          node_modules: null,
          test: 'test'
        })
        expect(r.expanded).toEqual(expectedDefault(worker))
        // Key order is the Project model's: it decides the printed text.
        expect(Object.keys(r.expanded)).toEqual(Object.keys(expectedDefault(worker)))
        expect(r.worker).toBe(worker)
        expect(r.wsgi).toBe('app:app')
      })
    }
  }
})

const installApp = (r: { expanded: Record<string, unknown> }): Record<string, unknown> =>
  (r.expanded.parts as Record<string, Record<string, unknown>>)['flask-framework/install-app']
const services = (r: { expanded: Record<string, unknown> }): Record<string, unknown> =>
  r.expanded.services as Record<string, unknown>

describe('prime modes', () => {
  it('include mode: organize and stage follow the user prime', async () => {
    const r = await accepted(
      { 'requirements.txt': 'flask', 'app.py': 'app = object()', static: null, node_modules: null },
      {
        ...FLASK_YAML,
        parts: {
          'flask-framework/install-app': {
            prime: ['flask/app/app.py', 'flask/app/requirements.txt', 'flask/app/static']
          }
        }
      }
    )
    expect(installApp(r)).toEqual({
      prime: ['flask/app/app.py', 'flask/app/requirements.txt', 'flask/app/static'],
      plugin: 'dump',
      source: '.',
      organize: {
        'app.py': 'flask/app/app.py',
        'requirements.txt': 'flask/app/requirements.txt',
        static: 'flask/app/static'
      },
      stage: ['flask/app/app.py', 'flask/app/requirements.txt', 'flask/app/static'],
      permissions: [{ owner: UID, group: UID }]
    })
  })

  it('exclude mode: every top-level entry but node_modules, sorted', async () => {
    const r = await accepted(
      {
        'requirements.txt': 'flask',
        'app.py': 'app = object()',
        static: null,
        webapp: null,
        test: null,
        node_modules: null,
        '.git': null,
        'old_1.0_amd64.rock': ''
      },
      { ...FLASK_YAML, parts: { 'flask-framework/install-app': { prime: ['- flask/app/test'] } } }
    )
    expect(installApp(r).prime).toEqual(['- flask/app/test'])
    expect(installApp(r).organize).toEqual({
      'app.py': 'flask/app/app.py',
      'requirements.txt': 'flask/app/requirements.txt',
      'rockcraft.yaml': 'flask/app/rockcraft.yaml',
      static: 'flask/app/static',
      test: 'flask/app/test',
      webapp: 'flask/app/webapp'
    })
    expect(installApp(r).stage).toEqual(Object.values(installApp(r).organize as object))
  })

  it('a prime entry outside flask/app is refused in rockcraft words', async () => {
    const r = await refused(
      { 'requirements.txt': 'flask', 'app.py': 'app = object()' },
      { ...FLASK_YAML, parts: { 'flask-framework/install-app': { prime: ['app.py'] } } }
    )
    expect(messages(r)).toEqual([
      "flask-framework extension requires the 'prime' entry in the flask-framework/install-app part to start with flask/app"
    ])
  })
})

describe('services', () => {
  it("the user's flask command is kept and discovery skipped", async () => {
    const command = '/bin/python3 -m gunicorn -c /flask/gunicorn.conf.py webapp:app'
    const r = await accepted(
      { 'requirements.txt': 'flask' },
      { ...FLASK_YAML, services: { flask: { command } } }
    )
    expect(services(r).flask).toEqual({
      override: 'replace',
      command,
      startup: 'enabled',
      after: ['statsd-exporter'],
      user: '_daemon_'
    })
    expect(Object.keys(services(r).flask as object)).toEqual([
      'override',
      'command',
      'startup',
      'after',
      'user'
    ])
    expect(r.wsgi).toBeUndefined()
  })

  it('extra user services stay beside the extension services', async () => {
    const r = await accepted(
      { 'requirements.txt': 'flask', 'app.py': 'app = object()' },
      { ...FLASK_YAML, services: { foobar: { command: '/bin/foobar', override: 'replace' } } }
    )
    expect(services(r)).toEqual({
      foobar: { override: 'replace', command: '/bin/foobar' },
      flask: {
        override: 'replace',
        command: flaskCommand('app:app', 'sync'),
        startup: 'enabled',
        after: ['statsd-exporter'],
        user: '_daemon_'
      },
      'statsd-exporter': (expectedDefault('sync').services as Record<string, unknown>)[
        'statsd-exporter'
      ]
    })
  })
})

describe('user parts merged', () => {
  it('lists: extension items then the user, strings de-duplicated; scalars: the user wins', async () => {
    const r = await accepted(
      {
        'requirements.txt': 'flask',
        foobar: '',
        'app.py': 'app = object()',
        static: null,
        node_modules: null
      },
      {
        ...FLASK_YAML,
        parts: {
          'flask-framework/install-app': { prime: ['-flask/app/foobar'] },
          'flask-framework/dependencies': {
            'python-requirements': ['requirements-jammy.txt', 'requirements.txt'],
            'build-packages': ['pkg-config'],
            plugin: 'python',
            source: 'src-dir'
          },
          'flask-framework/runtime': { 'stage-packages': [{ odd: 1 }] },
          mine: { plugin: 'nil' }
        }
      }
    )
    const parts = r.expanded.parts as Record<string, Record<string, unknown>>
    expect(installApp(r).prime).toEqual(['-flask/app/foobar'])
    expect(parts['flask-framework/dependencies']).toEqual({
      'python-requirements': ['requirements.txt', 'requirements-jammy.txt'],
      'build-packages': ['pkg-config'],
      plugin: 'python',
      source: 'src-dir',
      'stage-packages': ['python3-venv'],
      'python-packages': ['gunicorn~=23.0'],
      'build-environment': [],
      stage: ['-etc/ssl/certs/ca-certificates.crt']
    })
    // A list holding a mapping is concatenated, not de-duplicated.
    expect(parts['flask-framework/runtime']['stage-packages']).toEqual([
      'ca-certificates_data',
      { odd: 1 }
    ])
    // User parts come first, extension parts after, in the extension's order.
    expect(Object.keys(parts)).toEqual([
      'flask-framework/install-app',
      'flask-framework/dependencies',
      'flask-framework/runtime',
      'mine',
      'flask-framework/config-files',
      'flask-framework/statsd-exporter',
      'flask-framework/logging'
    ])
  })
})

describe('bare base with each build-base', () => {
  const cases: [string, string][] = [
    ['ubuntu@22.04', '3.10'],
    ['ubuntu:22.04', '3.10'],
    ['ubuntu@24.04', '3.12']
  ]
  for (const [buildBase, python] of cases) {
    it(`${buildBase} -> python${python}`, async () => {
      const r = await accepted(
        { 'requirements.txt': 'flask', 'app.py': 'app = object()' },
        {
          name: 'test-app',
          summary: 's',
          description: 'd',
          extensions: ['flask-framework'],
          base: 'bare',
          'build-base': buildBase,
          platforms: { amd64: {} }
        }
      )
      const parts = r.expanded.parts as Record<string, Record<string, unknown>>
      expect(parts['flask-framework/runtime']).toEqual({
        plugin: 'nil',
        'override-build':
          'mkdir -m 777 ${CRAFT_PART_INSTALL}/tmp\nln -sf /usr/bin/bash ${CRAFT_PART_INSTALL}/usr/bin/sh',
        'stage-packages': ['bash_bins', 'coreutils_bins', 'ca-certificates_data']
      })
      expect(parts['flask-framework/runtime-libs']).toEqual({
        plugin: 'nil',
        'stage-packages': ['libstdc++6']
      })
      expect(parts['flask-framework/dependencies']).toEqual({
        plugin: 'python',
        'python-packages': ['gunicorn~=23.0'],
        'python-requirements': ['requirements.txt'],
        source: '.',
        'stage-packages': [`python${python}-venv_ensurepip`],
        'build-environment': [{ PARTS_PYTHON_INTERPRETER: `python${python}` }]
      })
      // The model prints deprecated colon bases with "@".
      expect(r.expanded['build-base']).toBe(buildBase.replace(':', '@'))
    })
  }

  it('ubuntu:24.04 expands but the model refuses that build-base', async () => {
    const r = await refused(
      { 'requirements.txt': 'flask', 'app.py': 'app = object()' },
      { ...FLASK_YAML, base: 'bare', 'build-base': 'ubuntu:24.04' }
    )
    expect(messages(r)[0]).toMatch(
      /^input should be 'ubuntu@20.04', .* \(in field 'build-base', input: 'ubuntu:24.04'\)$/
    )
  })

  it('bare without a build-base', async () => {
    const r = await refused(
      { 'requirements.txt': 'flask', 'app.py': 'app = object()' },
      { ...FLASK_YAML, base: 'bare' }
    )
    // rockcraft routes a bare base without build-base to the experimental v2 extension.
    expect(messages(r)).toEqual([
      "Extension is experimental: 'flask-framework'",
      'When "base" is "bare", a build-base must be specified.'
    ])
  })
})

describe('bases', () => {
  it('ubuntu@24.04 is supported', async () => {
    const r = await accepted(
      { 'requirements.txt': 'flask', 'app.py': 'app = object()' },
      { ...FLASK_YAML, base: 'ubuntu@24.04' }
    )
    expect(r.expanded.base).toBe('ubuntu@24.04')
  })

  it('ubuntu@26.04 is experimental: refused without the variable, expanded with it', async () => {
    const files = { 'requirements.txt': 'flask', 'app.py': 'app = object()' }
    const yaml = { ...FLASK_YAML, base: 'ubuntu@26.04' }
    const r = await refused(files, yaml)
    expect(messages(r)).toEqual(["Extension is experimental: 'flask-framework'"])
    expect(r.hints.map(h => h.message)).toContain(
      'Run with ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=True to enable experimental extensions.'
    )
    const ok = await accepted(files, yaml, { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' })
    // The V2 extension's command (parity-2604.test.ts has the whole expansion).
    expect(services(ok).flask).toMatchObject({
      command:
        "/bin/python3 -m gunicorn -c /var/lib/gunicorn/gunicorn.conf.py 'app:app' -k [ sync ]"
    })
  })

  it('an unknown base: experimental first, then unsupported', async () => {
    const files = { 'requirements.txt': 'flask', 'app.py': 'app = object()' }
    const yaml = { ...FLASK_YAML, base: 'ubuntu@20.04' }
    expect(messages(await refused(files, yaml))).toEqual([
      "Extension is experimental: 'flask-framework'"
    ])
    expect(
      messages(await refused(files, yaml, { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' }))
    ).toEqual(["Extension 'flask-framework' does not support base: 'ubuntu@20.04'"])
  })

  it('ubuntu:24.04 as base is not in the supported list', async () => {
    const r = await refused(
      { 'requirements.txt': 'flask', 'app.py': 'app = object()' },
      { ...FLASK_YAML, base: 'ubuntu:24.04' }
    )
    expect(messages(r)[0]).toBe("Extension 'flask-framework' does not support base: 'ubuntu:24.04'")
  })
})

describe('every error message', () => {
  const bare = {
    name: 'test-app',
    summary: 's',
    description: 'd',
    extensions: ['flask-framework'],
    base: 'bare',
    'build-base': 'ubuntu@22.04',
    platforms: { amd64: {} }
  }
  it('no requirements file', async () => {
    const r = await refused({ 'app.py': 'app = object()' }, bare)
    expect(messages(r)).toEqual([
      "missing a requirements file (requirements.txt or pyproject.toml). The flask-framework extension requires one of these files with 'flask' specified as a dependency."
    ])
  })
  it('requirements.txt without flask', async () => {
    const r = await refused({ 'app.py': 'app = object()', 'requirements.txt': '' }, bare)
    expect(messages(r)).toEqual(['missing flask package dependency in requirements file.'])
  })
  it('a syntax error, with file and line', async () => {
    const dir = project(
      {
        'app.py': 'import flask\napp = flask.Flask()\nbad = "my value\n',
        'requirements.txt': 'flask'
      },
      bare
    )
    const r = await checkProject(dir, { env: {} })
    expect(messages(r)).toEqual([
      'error parsing app.py: unterminated string literal (detected at line 3)'
    ])
    expect(r.problems[0]).toMatchObject({ file: path.join(dir, 'app.py'), line: 3 })
  })
  it('both at once: no requirements and no entrypoint', async () => {
    const r = await refused({}, bare)
    expect(messages(r)).toEqual([
      "missing a requirements file (requirements.txt or pyproject.toml). The flask-framework extension requires one of these files with 'flask' specified as a dependency.",
      'Missing WSGI entrypoint in default search locations'
    ])
  })
  it('an app in a directory that is not the rock name', async () => {
    const r = await refused(
      { 'requirements.txt': 'flask', 'backend/app.py': 'app = object()' },
      { ...bare, name: 'my-rock' }
    )
    expect(messages(r)).toEqual(['Missing WSGI entrypoint in default search locations'])
  })
  it('a user flask command skips the entrypoint check', async () => {
    await accepted(
      { 'requirements.txt': 'flask' },
      { ...bare, services: { flask: { command: '/bin/python3 -m gunicorn webapp:app' } } }
    )
  })
  it('no rockcraft.yaml', async () => {
    const dir = project({ 'requirements.txt': 'flask', 'app.py': 'app = object()' })
    const r = await checkProject(dir, { env: {} })
    expect(messages(r)).toEqual([`Project file 'rockcraft.yaml' not found in '${dir}'.`])
    expect(r.wsgi).toBe('app:app')
  })
  it('no name, an unknown key', async () => {
    const noName: Record<string, unknown> = { ...FLASK_YAML }
    delete noName.name
    const r = await refused(
      { 'requirements.txt': 'flask', 'app.py': 'app = object()' },
      { ...noName, colour: 'blue' }
    )
    expect(messages(r)).toEqual([
      "extra field 'colour' not permitted in top-level configuration",
      "field 'name' required in top-level configuration"
    ])
  })
  it('problems in rockcraft.yaml carry their line', async () => {
    const dir = project({ 'requirements.txt': 'flask', 'app.py': 'app = 1' })
    writeFileSync(
      path.join(dir, 'rockcraft.yaml'),
      'name: x\nsummary: s\ndescription: d\nbase: ubuntu@22.04\nplatforms:\n  amd64:\nextensions: [flask-framework]\nparts:\n  flask-framework/install-app:\n    prime:\n      - app.py\ncolour: blue\n'
    )
    const r = await checkProject(dir, { env: {} })
    expect(r.problems).toEqual([
      {
        message: "extra field 'colour' not permitted in top-level configuration",
        file: path.join(dir, 'rockcraft.yaml'),
        line: 12,
        column: 1
      },
      expect.objectContaining({
        message: expect.stringMatching(/^flask-framework extension requires the 'prime'/),
        line: 10,
        column: 5
      })
    ])
  })
})

describe('pyproject.toml', () => {
  const toml = (deps: string): string => `[project]\nname = "test-app"\ndependencies = [${deps}]\n`
  it('alone', async () => {
    const r = await accepted({
      'app.py': 'app = object()',
      'pyproject.toml': toml('"flask>=3.0", "requests"')
    })
    const deps = (r.expanded.parts as Record<string, Record<string, unknown>>)[
      'flask-framework/dependencies'
    ]
    expect(deps['python-requirements']).toEqual([])
    expect(r.requirements).toEqual(['flask', 'requests'])
  })
  it('with requirements.txt: merged, gevent from pyproject', async () => {
    const r = await accepted({
      'app.py': 'app = object()',
      'requirements.txt': 'flask\nrequests',
      'pyproject.toml': toml('"gevent>=24.0"')
    })
    expect(r.worker).toBe('gevent')
    expect(services(r).flask).toMatchObject({ command: flaskCommand('app:app', 'gevent') })
  })
  it('without flask', async () => {
    const r = await refused({ 'app.py': 'app = object()', 'pyproject.toml': toml('"requests"') })
    expect(messages(r)).toEqual(['missing flask package dependency in requirements file.'])
  })
  it('flask only in pyproject while both exist', async () => {
    const r = await accepted({
      'app.py': 'app = object()',
      'requirements.txt': 'requests\ngunicorn',
      'pyproject.toml': toml('"flask>=3.0"')
    })
    expect(r.dependencyFiles.map(f => path.basename(f))).toEqual([
      'requirements.txt',
      'pyproject.toml',
      'rockcraft.yaml'
    ])
  })
})

describe('entrypoint matrix', () => {
  const apps: [string, string][] = [
    ['app', 'app = object()'],
    ['app', 'from .app import app'],
    ['application', 'application = object()'],
    ['application', 'from .application import application'],
    ['create_app()', 'def create_app(): return object()'],
    ['make_app()', 'def make_app(): return object()']
  ]
  const locations: [string, Record<string, string>, string][] = [
    ['app.py', { app: 'flask/app/app' }, 'app'],
    ['main.py', { main: 'flask/app/main' }, 'main'],
    ['app/__init__.py', { app: 'flask/app/app' }, 'app'],
    ['app/app.py', { app: 'flask/app/app' }, 'app.app'],
    ['app/main.py', { app: 'flask/app/app' }, 'app.main'],
    ['src/__init__.py', { src: 'flask/app/src' }, 'src'],
    ['src/app.py', { src: 'flask/app/src' }, 'src.app'],
    ['src/main.py', { src: 'flask/app/src' }, 'src.main'],
    ['foo_bar/__init__.py', { foo_bar: 'flask/app/foo_bar' }, 'foo_bar'],
    ['foo_bar/app.py', { foo_bar: 'flask/app/foo_bar' }, 'foo_bar.app'],
    ['foo_bar/main.py', { foo_bar: 'flask/app/foo_bar' }, 'foo_bar.main']
  ]
  for (const [file, organize, module] of locations) {
    for (const [appName, content] of apps) {
      it(`${file}: ${content}`, async () => {
        const primeEntry = Object.values(organize)[0]
        const r = await accepted(
          { 'requirements.txt': 'flask', [file]: content },
          { ...FLASK_YAML, parts: { 'flask-framework/install-app': { prime: [primeEntry] } } }
        )
        expect(installApp(r).organize).toEqual(organize)
        expect(installApp(r).stage).toEqual([primeEntry])
        expect(services(r).flask).toMatchObject({
          command: flaskCommand(`${module}:${appName}`, 'sync')
        })
      })
    }
  }

  const several: [string, Record<string, string>, Record<string, string>, string][] = [
    [
      'prefer the top-level file',
      { 'app.py': 'app = object()', 'foo_bar/app.py': 'app = object()' },
      { 'app.py': 'flask/app/app.py' },
      'app:app'
    ],
    [
      'the first of two',
      { 'main.py': 'app = object()', 'src/app.py': 'app = object()' },
      { 'main.py': 'flask/app/main.py', src: 'flask/app/src' },
      'main:app'
    ],
    [
      'other files beside the entrypoint',
      { 'src/app.py': 'app = object()', 'migrate.sh': '', unknown: '' },
      { src: 'flask/app/src', 'migrate.sh': 'flask/app/migrate.sh' },
      'src.app:app'
    ],
    [
      'a variable anywhere beats a factory earlier',
      { 'app.py': 'def create_app(): pass', 'src/main.py': 'application = 1' },
      { 'app.py': 'flask/app/app.py', src: 'flask/app/src' },
      'src.main:application'
    ]
  ]
  for (const [title, files, organize, wsgi] of several) {
    it(`several entrypoints: ${title}`, async () => {
      const r = await accepted({ 'requirements.txt': 'flask', ...files })
      expect(installApp(r).organize).toEqual(organize)
      expect(r.wsgi).toBe(wsgi)
    })
  }

  it('hints at an annotated app that rockcraft will not find', async () => {
    const dir = project(
      {
        'requirements.txt': 'flask',
        'app.py': 'from flask import Flask\napp: Flask = Flask(__name__)\n'
      },
      FLASK_YAML
    )
    const r = await checkProject(dir, { env: {} })
    expect(messages(r)).toEqual(['Missing WSGI entrypoint in default search locations'])
    expect(r.hints).toEqual([expect.objectContaining({ file: path.join(dir, 'app.py'), line: 2 })])
    expect(r.hints[0].message).toMatch(/annotated assignment 'app: \.\.\.'/)
  })

  it('an app.py symlink pointing outside the project is refused', async () => {
    const outside = project({ 'real.py': 'app = 1' })
    const dir = project({ 'requirements.txt': 'flask' }, FLASK_YAML)
    symlinkSync(path.join(outside, 'real.py'), path.join(dir, 'app.py'))
    const r = await checkProject(dir, { env: {} })
    expect(messages(r)).toEqual([
      `app.py is a symlink to ${path.join(outside, 'real.py')}, outside the project; the rock build sees only the project directory`
    ])
  })

  it('parts that is not a mapping', async () => {
    const r = await refused(
      { 'requirements.txt': 'flask', 'app.py': 'app = 1' },
      { ...FLASK_YAML, parts: ['a'] }
    )
    expect(messages(r)).toEqual(["field 'parts' must be a mapping"])
  })

  it('a symlinked app.py inside the project is followed', async () => {
    const dir = project({ 'requirements.txt': 'flask', 'real.py': 'app = 1' }, FLASK_YAML)
    symlinkSync('real.py', path.join(dir, 'app.py'))
    expect((await checkProject(dir, { env: {} })).wsgi).toBe('app:app')
  })
})

describe('without python3', () => {
  it('a clear ProjectError when discovery needs it', async () => {
    const dir = project({ 'requirements.txt': 'flask', 'app.py': 'app = 1' }, FLASK_YAML)
    await expect(checkProject(dir, { env: {}, python: '/nonexistent/python3' })).rejects.toThrow(
      /finding the WSGI entrypoint needs Python 3 .*set services.flask.command in rockcraft.yaml/
    )
  })
  it('not needed when services.flask.command is set', async () => {
    const dir = project(
      { 'requirements.txt': 'flask' },
      { ...FLASK_YAML, services: { flask: { command: '/bin/python3 -m gunicorn x:app' } } }
    )
    const r = await checkProject(dir, { env: {}, python: '/nonexistent/python3' })
    expect(r.problems).toEqual([])
    expect(r.expanded).toBeDefined()
  })
})

describe('numbers where the model wants text', () => {
  const cases: [string, string][] = [
    ['1.0', '1.0'],
    ['1.10', '1.1'],
    ['0.1', '0.1'],
    ['2', '2'],
    ['1e3', '1e3'], // not a YAML 1.1 float (no sign in the exponent): a string
    ['1.5e+3', '1500.0'],
    ['017', '15'],
    ["'1.0'", '1.0'],
    ['y', 'y'] // a boolean in the YAML 1.1 spec, text to PyYAML
  ]
  for (const [raw, version] of cases) {
    it(`version: ${raw} -> '${version}'`, async () => {
      const dir = project({ 'requirements.txt': 'flask', 'app.py': 'app = 1' })
      writeFileSync(
        path.join(dir, 'rockcraft.yaml'),
        `name: x\nsummary: s\ndescription: d\nversion: ${raw}\nbase: ubuntu@22.04\nplatforms:\n  amd64:\nextensions: [flask-framework]\n`
      )
      const r = await checkProject(dir, { env: {} })
      expect(r.problems).toEqual([])
      expect(r.expanded!.version).toBe(version)
      expect(r.version).toBe(version)
    })
  }
})
