// The flask-framework expansion as pure data: the whole snippet for each kind of project, the merge
// into the user's yaml, the base checks with rockcraft's exact words, and the printed model's
// order. Key order is part of what a user sees (it is the printed order), so the tests compare it.
import { describe, expect, it } from '@jest/globals'
import {
  applySnippet,
  asProjectModel,
  configFilesSource,
  CONFIG_FILES_SOURCE,
  expandedInstallApp,
  primeWith,
  withRockcraftRevision,
  barePython,
  baseProblems,
  isMapping,
  mergeProperty,
  PRIME_PROBLEM,
  primeProblems,
  pyStrCompare,
  rootSnippet,
  routingBase,
  unknownFields,
  userFlaskCommand,
  type ProjectFacts,
  type Yaml
} from '../../src/core/expand.js'

const UID = 584792
const STATSD =
  '/bin/statsd_exporter --statsd.mapping-config=/statsd-mapping.conf --statsd.listen-udp=localhost:9125 --statsd.listen-tcp=localhost:9125'

const FACTS: ProjectFacts = {
  topLevel: ['rockcraft.yaml', 'templates', 'app.py', 'requirements.txt', 'static', 'README.md'],
  hasRequirementsTxt: true,
  worker: 'gevent',
  wsgi: 'app:app'
}

/** JSON keeps key order: equal text means equal data printed in the same order. */
const text = (v: unknown): string => JSON.stringify(v, null, 1)

const installApp = (snippet: Yaml): Yaml =>
  (snippet.parts as Yaml)['flask-framework/install-app'] as Yaml

describe('rootSnippet: the whole extension snippet', () => {
  it('for an ubuntu base, the default prime', () => {
    expect(text(rootSnippet({ base: 'ubuntu@24.04' }, FACTS))).toBe(
      text({
        run_user: '_daemon_',
        services: {
          flask: {
            override: 'replace',
            startup: 'enabled',
            after: ['statsd-exporter'],
            user: '_daemon_',
            command: "/bin/python3 -m gunicorn -c /flask/gunicorn.conf.py 'app:app' -k [ gevent ]"
          },
          'statsd-exporter': {
            override: 'merge',
            command: STATSD,
            summary: 'statsd exporter service',
            startup: 'enabled',
            user: '_daemon_'
          }
        },
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
            organize: {
              'app.py': 'flask/app/app.py',
              static: 'flask/app/static',
              templates: 'flask/app/templates'
            },
            stage: ['flask/app/app.py', 'flask/app/static', 'flask/app/templates'],
            prime: ['flask/app/app.py', 'flask/app/static', 'flask/app/templates'],
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
        }
      })
    )
  })

  it('every default prime entry, in rockcraft order, only those present', () => {
    const all = ['templates', 'static', 'migrate.py', 'migrate.sh', 'migrate', 'src', 'main.py']
    const snippet = rootSnippet({}, { ...FACTS, topLevel: [...all, 'app', 'app.py', 'other'] })
    expect(installApp(snippet).prime).toEqual([
      'flask/app/app',
      'flask/app/app.py',
      'flask/app/main.py',
      'flask/app/src',
      'flask/app/migrate',
      'flask/app/migrate.sh',
      'flask/app/migrate.py',
      'flask/app/static',
      'flask/app/templates'
    ])
  })

  it('for a bare base: the build base Python, the runtime parts, no ca-certificates stage', () => {
    const parts = rootSnippet(
      { base: 'bare', 'build-base': 'ubuntu@24.04' },
      { ...FACTS, hasRequirementsTxt: false, worker: 'sync' }
    ).parts as Yaml
    expect(text(parts['flask-framework/dependencies'])).toBe(
      text({
        plugin: 'python',
        'stage-packages': ['python3.12-venv_ensurepip'],
        source: '.',
        'python-packages': ['gunicorn~=23.0'],
        'python-requirements': [],
        'build-environment': [{ PARTS_PYTHON_INTERPRETER: 'python3.12' }]
      })
    )
    expect(text(parts['flask-framework/runtime'])).toBe(
      text({
        plugin: 'nil',
        'override-build':
          'mkdir -m 777 ${CRAFT_PART_INSTALL}/tmp\nln -sf /usr/bin/bash ${CRAFT_PART_INSTALL}/usr/bin/sh',
        'stage-packages': ['bash_bins', 'coreutils_bins', 'ca-certificates_data']
      })
    )
    expect(parts['flask-framework/runtime-libs']).toEqual({
      plugin: 'nil',
      'stage-packages': ['libstdc++6']
    })
    expect(Object.keys(parts)).toEqual([
      'flask-framework/dependencies',
      'flask-framework/install-app',
      'flask-framework/config-files',
      'flask-framework/statsd-exporter',
      'flask-framework/logging',
      'flask-framework/runtime',
      'flask-framework/runtime-libs'
    ])
  })

  it("keeps the user's flask command: the snippet sets none", () => {
    const flask = (
      rootSnippet({ services: { flask: { command: 'gunicorn x:y' } } }, FACTS).services as Yaml
    ).flask
    expect(flask).toEqual({
      override: 'replace',
      startup: 'enabled',
      after: ['statsd-exporter'],
      user: '_daemon_'
    })
  })

  it('exclude mode: every top-level entry in code point order, but node_modules, .git, .yarn and rocks', () => {
    const install = installApp(
      rootSnippet(
        { parts: { 'flask-framework/install-app': { prime: ['- flask/app/tests'] } } },
        {
          ...FACTS,
          topLevel: [
            'zeta',
            'tests',
            'node_modules',
            '.git',
            '.yarn',
            'old_1.0_amd64.rock',
            'a\nb.rock',
            'x.rock.bak',
            'node_modules2',
            'my_node_modules',
            '.github',
            'a.git',
            '.yarnrc',
            'a.yarn',
            'Alpha',
            '\u{1F600}',
            '\uFFFF',
            'ab',
            'a'
          ]
        }
      )
    )
    const kept = [
      '.github',
      '.yarnrc',
      'Alpha',
      'a',
      'a.git',
      'a.yarn',
      'ab',
      'my_node_modules',
      'node_modules2',
      'tests',
      'x.rock.bak',
      'zeta',
      '\uFFFF',
      '\u{1F600}'
    ]
    expect(Object.keys(install.organize as Yaml)).toEqual(kept)
    expect(Object.values(install.organize as Yaml)).toEqual(kept.map(f => `flask/app/${f}`))
    expect(install.stage).toEqual(kept.map(f => `flask/app/${f}`))
    expect(install.prime).toEqual(['- flask/app/tests'])
  })

  it('include mode: organize maps each prime entry back to where it sits in the project', () => {
    const prime = [
      'flask/app/app.py',
      'flask/app/static/',
      './flask/app//conf/x.cfg',
      'flask/app/../app/lib',
      'flask/app',
      'flask/other',
      'outside'
    ]
    const install = installApp(
      rootSnippet({ parts: { 'flask-framework/install-app': { prime } } }, FACTS)
    )
    expect(text(install.organize)).toBe(
      text({
        'app.py': 'flask/app/app.py',
        static: 'flask/app/static/',
        'conf/x.cfg': './flask/app//conf/x.cfg',
        lib: 'flask/app/../app/lib',
        '.': 'flask/app',
        '../other': 'flask/other',
        '../../outside': 'outside'
      })
    )
    expect(install.stage).toEqual(prime)
    expect(install.prime).toEqual(prime)
  })
})

describe('mergeProperty and applySnippet: rockcraft merge rules', () => {
  it('an empty or unset user value takes the extension value', () => {
    for (const user of [undefined, null, '', 0, false, [], {}]) {
      expect(mergeProperty(user, ['ext'])).toEqual(['ext'])
    }
  })

  it('lists: extension items first; strings de-duplicated, other items kept', () => {
    expect(mergeProperty(['b', 'a'], ['a', 'c'])).toEqual(['a', 'c', 'b'])
    expect(mergeProperty([{ x: 1 }], [{ x: 1 }, 'a'])).toEqual([{ x: 1 }, 'a', { x: 1 }])
  })

  it('mappings merge key by key; a set user scalar wins', () => {
    expect(
      mergeProperty(
        { a: 'user', list: ['u'], deep: { k: 1 } },
        { a: 'ext', list: ['e'], deep: { j: 2 }, b: 3 }
      )
    ).toEqual({ a: 'user', list: ['e', 'u'], deep: { k: 1, j: 2 }, b: 3 })
    expect(mergeProperty('user', { a: 1 })).toBe('user')
    expect(mergeProperty(['user'], 'ext')).toEqual(['user'])
  })

  it('applySnippet merges into a copy without `extensions`, and always has parts', () => {
    const user = { name: 'x', extensions: ['flask-framework'], services: { flask: { user: 'me' } } }
    const out = applySnippet(user, {
      services: { flask: { user: '_daemon_', startup: 'enabled' } }
    })
    expect(text(out)).toBe(
      text({ name: 'x', services: { flask: { user: 'me', startup: 'enabled' } }, parts: {} })
    )
    expect(user).toEqual({
      name: 'x',
      extensions: ['flask-framework'],
      services: { flask: { user: 'me' } }
    })
    expect(applySnippet({ parts: { p: {} } }, {})).toEqual({ parts: { p: {} } })
  })
})

describe('baseProblems: rockcraft words for each base', () => {
  const experimental = ["Extension is experimental: 'flask-framework'"]
  const unsupported = (repr: string): string[] => [
    `Extension 'flask-framework' does not support base: ${repr}`
  ]
  const enabled = { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' }

  it.each([
    [{}, {}, []],
    [{ base: 'ubuntu@22.04' }, {}, []],
    [{ base: 'ubuntu:22.04' }, {}, []],
    [{ base: 'ubuntu@24.04' }, {}, []],
    [{ base: 'bare', 'build-base': 'ubuntu@24.04' }, {}, []],
    [{ base: 'bare', 'build-base': 'ubuntu:22.04' }, {}, []],
    [{ base: 'bare' }, {}, experimental],
    [{ base: 'ubuntu@26.04' }, {}, experimental],
    [{ base: 'ubuntu@26.04' }, enabled, []],
    [{ base: 'ubuntu@20.04' }, {}, experimental],
    [{ base: 'ubuntu@20.04' }, enabled, unsupported("'ubuntu@20.04'")],
    [{ base: 'ubuntu:24.04' }, {}, unsupported("'ubuntu:24.04'")],
    [{ base: 'ubuntu@22.04', 'build-base': 'ubuntu@26.04' }, {}, experimental],
    // rockcraft#1320: V2 supports bare (build-base ubuntu@26.04 routes there)
    [{ base: 'bare', 'build-base': 'ubuntu@26.04' }, {}, experimental],
    [{ base: 'bare', 'build-base': 'ubuntu@26.04' }, enabled, []],
    [{ base: 'bare', 'build-base': 'devel' }, enabled, []],
    [
      { base: 'ubuntu@22.04', 'build-base': 'ubuntu@26.04' },
      enabled,
      unsupported("'ubuntu@22.04'")
    ],
    [{ base: 'ubuntu@26.04', 'build-base': 'ubuntu@22.04' }, {}, unsupported("'ubuntu@26.04'")],
    [{ base: 'devel' }, {}, experimental],
    [{ base: 'devel' }, enabled, unsupported("'devel'")],
    [{ base: "it's\\x" }, enabled, unsupported("'it\\'s\\\\x'")],
    [{ base: 22.04 }, enabled, unsupported('22.04')],
    [{ base: null }, enabled, unsupported('None')],
    [{ base: true }, enabled, unsupported('True')],
    [{ base: false }, enabled, unsupported('False')]
  ] as [Yaml, NodeJS.ProcessEnv, string[]][])('%j with %j', (yaml, env, problems) => {
    expect(baseProblems(yaml, env)).toEqual(problems)
  })

  it.each([
    [{ base: 'ubuntu@22.04' }, 'ubuntu@22.04'],
    [{ base: 'ubuntu:22.04' }, 'ubuntu@22.04'],
    [{ base: 'ubuntu@22.04', 'build-base': 'ubuntu:24.04' }, 'ubuntu@24.04'],
    [{ base: 'ubuntu@22.04', 'build-base': '' }, 'ubuntu@22.04'],
    [{ base: 'devel' }, 'ubuntu@devel'],
    [{ base: 'a:b:c' }, undefined],
    [{ base: 'a@b:c' }, 'a@b:c'],
    [{ base: 'a@b@c' }, undefined],
    [{ base: 'bare' }, undefined],
    [{ base: '' }, undefined],
    [{ base: 7 }, undefined],
    [{}, undefined]
  ] as [Yaml, string | undefined][])('routingBase %j is %j', (yaml, routed) => {
    expect(routingBase(yaml)).toBe(routed)
  })
})

describe('primeProblems', () => {
  const withPrime = (prime: unknown): Yaml => ({
    parts: { 'flask-framework/install-app': { prime } }
  })

  it.each([
    [['flask/app/x', '-flask/app/y', '- flask/app', ' flask/app', '-  flask/appendix']],
    [[]],
    ['flask/app'],
    [undefined]
  ])('accepts prime %j', prime => {
    expect(primeProblems(withPrime(prime))).toEqual([])
  })

  it.each([
    [['app.py']],
    [['flask/app', 'x/flask/app']],
    [['--flask/app']],
    [[7]],
    [['Flask/app']]
  ])('refuses prime %j in rockcraft words', prime => {
    expect(primeProblems(withPrime(prime))).toEqual([
      "flask-framework extension requires the 'prime' entry in the flask-framework/install-app part to start with flask/app"
    ])
    expect(PRIME_PROBLEM).toBe(primeProblems(withPrime(prime))[0])
  })

  it('reads no prime from parts or a part that is not a mapping', () => {
    expect(primeProblems({ parts: ['x'] })).toEqual([])
    expect(primeProblems({ parts: { 'flask-framework/install-app': 'x' } })).toEqual([])
  })
})

describe('asProjectModel: the printed project', () => {
  it('fields by alias in the model order, unknown keys last, title from the name', () => {
    const printed = asProjectModel({
      zzz: 1,
      services: {
        flask: { user: 'u', startup: 'enabled', command: 'c', override: 'replace', x: 1 }
      },
      run_user: '_daemon_',
      parts: {},
      platforms: {
        amd64: {},
        arm64: { 'build-for': ['arm64'], 'build-on': ['amd64'] },
        s390x: 'x'
      },
      version: 1.5,
      base: 'ubuntu:22.04',
      'build-base': 'ubuntu:20.04',
      summary: 's',
      name: 'web'
    })
    expect(text(printed)).toBe(
      text({
        name: 'web',
        title: 'web',
        version: '1.5',
        summary: 's',
        base: 'ubuntu@22.04',
        'build-base': 'ubuntu@20.04',
        platforms: {
          amd64: { 'build-on': ['amd64'], 'build-for': ['amd64'] },
          arm64: { 'build-on': ['amd64'], 'build-for': ['arm64'] },
          s390x: 'x'
        },
        parts: {},
        'run-user': '_daemon_',
        services: {
          flask: { override: 'replace', command: 'c', startup: 'enabled', user: 'u', x: 1 }
        },
        zzz: 1
      })
    )
  })

  it("keeps the user's title, and the alias the user wrote over the extension's key", () => {
    const printed = asProjectModel({
      name: 'web',
      title: 'My Web',
      'run-user': 'me',
      run_user: '_daemon_'
    })
    expect(printed).toEqual({ name: 'web', title: 'My Web', 'run-user': 'me' })
    expect(asProjectModel({ run_user: '_daemon_', 'run-user': 'me' })['run-user']).toBe('me')
  })

  it('leaves other bases, text versions and odd services as they are', () => {
    expect(
      text(
        asProjectModel({
          name: 'n',
          version: '1.0',
          base: 'ubuntu:24.04',
          'build-base': 7,
          services: { a: null, b: 'text' }
        })
      )
    ).toBe(
      text({
        name: 'n',
        title: 'n',
        version: '1.0',
        base: 'ubuntu:24.04',
        'build-base': 7,
        services: { a: null, b: 'text' }
      })
    )
    expect(asProjectModel({ name: 'n', platforms: 'all' }).platforms).toBe('all')
  })

  it('lists the keys the model refuses, reading _ as -', () => {
    expect(
      unknownFields({
        name: 'x',
        extensions: [],
        run_user: 'a',
        build_base: 'b',
        'entrypoint-command': 'c',
        color: 1,
        'run-users': 2
      })
    ).toEqual(['color', 'run-users'])
  })
})

describe('small readers', () => {
  it.each([
    ['ubuntu@22.04', '3.10'],
    ['ubuntu:22.04', '3.10'],
    ['ubuntu@24.04', '3.12'],
    ['ubuntu:24.04', '3.12'],
    // rockcraft#1320: bare with build-base ubuntu@26.04 (ROCKCRAFT_STATE: the version inferred)
    ['ubuntu@26.04', '3.14'],
    ['ubuntu@25.10', undefined],
    [24.04, undefined]
  ])('barePython of build-base %j is %j', (buildBase, python) => {
    expect(barePython({ 'build-base': buildBase })).toBe(python)
  })

  it('userFlaskCommand: only a set command of a flask service mapping', () => {
    expect(userFlaskCommand({ services: { flask: { command: 'x' } } })).toBe('x')
    expect(userFlaskCommand({ services: { flask: { command: '' } } })).toBeUndefined()
    expect(userFlaskCommand({ services: { flask: 'x' } })).toBeUndefined()
    expect(userFlaskCommand({ services: ['flask'] })).toBeUndefined()
    expect(userFlaskCommand({})).toBeUndefined()
  })

  it('pyStrCompare orders by code point, a prefix first', () => {
    expect(['b', '\u{1F600}', 'ab', '\uFFFF', 'a'].sort(pyStrCompare)).toEqual([
      'a',
      'ab',
      'b',
      '\uFFFF',
      '\u{1F600}'
    ])
    expect(pyStrCompare('x', 'x')).toBe(0)
  })

  it('isMapping: objects only', () => {
    expect([{}, [], null, 'x', 1].map(isMapping)).toEqual([true, false, false, false, false])
  })
})

describe('withRockcraftRevision: the expansion as the installed rockcraft snap prints it', () => {
  const config = { plugin: 'dump', source: CONFIG_FILES_SOURCE, organize: { a: 'b' } }
  it('names the revision in the config-files source, nothing else changed', () => {
    const expanded = {
      name: 'x',
      parts: { 'flask-framework/config-files': config, other: { a: 1 } }
    }
    expect(text(withRockcraftRevision(expanded, '3096'))).toBe(
      text({
        name: 'x',
        parts: {
          'flask-framework/config-files': {
            ...config,
            source: '/snap/rockcraft/3096/share/rockcraft/extensions/flask-framework'
          },
          other: { a: 1 }
        }
      })
    )
    expect(configFilesSource('3096')).toBe(
      '/snap/rockcraft/3096/share/rockcraft/extensions/flask-framework'
    )
  })
  it.each([
    ['a source the project set', { parts: { 'flask-framework/config-files': { source: 'mine' } } }],
    ['no config-files part', { parts: { other: { source: CONFIG_FILES_SOURCE } } }],
    [
      'a config-files part that is not a mapping',
      { parts: { 'flask-framework/config-files': 'x' } }
    ],
    ['no parts', { name: 'x' }],
    ['parts that are not a mapping', { parts: ['x'] }]
  ])('leaves %s alone', (_what, expanded) => {
    expect(withRockcraftRevision(expanded as Yaml, '3096')).toBe(expanded)
  })
})

describe('expandedInstallApp and primeWith: what ships under /flask/app, and the fix that ships more', () => {
  const TOP = ['app.py', 'static', 'config.py', 'requirements.txt', 'rockcraft.yaml']
  it('the default prime: the defaults that exist, organized under flask/app', () => {
    expect(text(expandedInstallApp({ base: 'ubuntu@24.04' }, TOP))).toBe(
      text({
        plugin: 'dump',
        source: '.',
        organize: { 'app.py': 'flask/app/app.py', static: 'flask/app/static' },
        stage: ['flask/app/app.py', 'flask/app/static'],
        prime: ['flask/app/app.py', 'flask/app/static'],
        permissions: [{ owner: UID, group: UID }]
      })
    )
  })
  it("the user's include list, merged into the part as rockcraft merges it", () => {
    const yaml = {
      base: 'ubuntu@24.04',
      parts: {
        'flask-framework/install-app': { prime: ['flask/app/app.py', 'flask/app/config.py'] }
      }
    }
    const part = expandedInstallApp(yaml, TOP) as Yaml
    expect(part.organize).toEqual({
      'app.py': 'flask/app/app.py',
      'config.py': 'flask/app/config.py'
    })
    expect(part.prime).toEqual(['flask/app/app.py', 'flask/app/config.py'])
  })
  it("a prime of flask/app itself organizes the whole project there, as rockcraft's relpath gives '.'", () => {
    const yaml = {
      parts: { 'flask-framework/install-app': { prime: ['flask/app', 'flask/app/../x'] } }
    }
    expect((expandedInstallApp(yaml, TOP) as Yaml).organize).toEqual({
      '.': 'flask/app',
      '../x': 'flask/app/../x'
    })
  })
  it('primeWith adds what is missing after what ships today', () => {
    expect(primeWith({ base: 'ubuntu@24.04' }, TOP, ['flask/app/config.py'])).toEqual([
      'flask/app/app.py',
      'flask/app/static',
      'flask/app/config.py'
    ])
    const mine = { parts: { 'flask-framework/install-app': { prime: ['flask/app/app.py'] } } }
    expect(
      primeWith(mine, TOP, ['flask/app/app.py', 'flask/app/config.py', 'flask/app/models.py'])
    ).toEqual(['flask/app/app.py', 'flask/app/config.py', 'flask/app/models.py'])
  })
  it('primeWith has no fix when all is listed already, in exclude mode, or with nothing shipping', () => {
    expect(primeWith({ base: 'ubuntu@24.04' }, TOP, ['flask/app/app.py'])).toBeUndefined()
    const exclude = { parts: { 'flask-framework/install-app': { prime: ['-flask/app/tests'] } } }
    expect(primeWith(exclude, TOP, ['flask/app/config.py'])).toBeUndefined()
    expect(primeWith({}, ['config.py'], ['flask/app/config.py'])).toBeUndefined()
  })
})

describe("asProjectModel: every field in the order of rockcraft's Project and Pebble Service models", () => {
  // The models' declaration order (craft-application's Project with rockcraft's fields; Pebble's
  // Service): the printed order. Given here in reverse, with an extra key, which goes last.
  const PROJECT = [
    'name',
    'title',
    'version',
    'summary',
    'description',
    'base',
    'build-base',
    'platforms',
    'contact',
    'issues',
    'source-code',
    'license',
    'adopt-info',
    'parts',
    'package-repositories',
    'environment',
    'run-user',
    'services',
    'checks',
    'entrypoint-service',
    'entrypoint-command'
  ]
  const SERVICE = [
    'override',
    'command',
    'summary',
    'description',
    'startup',
    'after',
    'before',
    'requires',
    'environment',
    'user',
    'user-id',
    'group',
    'group-id',
    'working-dir',
    'on-success',
    'on-failure',
    'on-check-failure',
    'backoff-delay',
    'backoff-factor',
    'backoff-limit',
    'kill-delay'
  ]
  it('orders the top level and each service', () => {
    const service = Object.fromEntries(['zz-extra', ...[...SERVICE].reverse()].map(k => [k, k]))
    const project: Yaml = Object.fromEntries(
      ['zz-extra', ...[...PROJECT].reverse()].map(k => [k, k])
    )
    project.platforms = { amd64: { 'build-for': ['amd64'], 'build-on': ['amd64'] } }
    project.services = { flask: service }
    const model = asProjectModel(project)
    expect(Object.keys(model)).toEqual([...PROJECT, 'zz-extra'])
    expect(Object.keys((model.services as Yaml).flask as Yaml)).toEqual([...SERVICE, 'zz-extra'])
    expect(Object.keys((model.platforms as Yaml).amd64 as Yaml)).toEqual(['build-on', 'build-for'])
  })
})
