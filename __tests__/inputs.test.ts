// The action's inputs as a user gives them: every value read back whole, and every refused value
// with the exact one-line message the run fails with.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { getInputs, InputError, parseEnvLines, parseInputs } from '../src/action/context.js'

const reader =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

/** The message parseInputs refuses these inputs with ('' when it accepts them). */
function refusal(values: Record<string, string>): string {
  try {
    parseInputs(reader(values), '/ws')
    return ''
  } catch (err) {
    expect(err).toBeInstanceOf(InputError)
    expect((err as Error).name).toBe('InputError')
    return (err as Error).message
  }
}

/** What the run printed: the runner reads commands such as ::add-mask:: from it. */
let stdout: { mock: { calls: unknown[][] } }
beforeEach(() => {
  stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => {
  jest.restoreAllMocks()
})

describe('every input read back', () => {
  it('gives each value the user set, paths resolved against the workspace', () => {
    const inputs = parseInputs(
      reader({
        'project-path': 'apps/web',
        'check-only': 'True',
        init: 'TRUE',
        'rockcraft-channel': 'latest/edge',
        'rockcraft-revision': '3210',
        'build-mode': 'destructive',
        verbosity: 'trace',
        cache: 'False',
        rock: 'out/web.rock',
        'smoke-test': 'FALSE',
        worker: 'gevent',
        image: 'localhost:5000/web:ci',
        'smoke-path': '/health?full=1',
        'smoke-expect-status': '204',
        'smoke-timeout': '3600',
        'smoke-env': 'DB_URL=postgres://db/x\nMODE = test\n',
        push: 'ghcr.io/org/web:1.0, quay.io/org/web:1.0',
        'registry-username': 'octo-bot',
        'registry-password': 'pw-123',
        registry: 'ghcr.io'
      }),
      '/ws'
    )
    expect(inputs).toMatchObject({
      projectPath: '/ws/apps/web',
      checkOnly: true,
      init: true,
      rockcraftChannel: 'latest/edge',
      rockcraftRevision: '3210',
      buildMode: 'destructive',
      verbosity: 'trace',
      cache: false,
      rock: '/ws/out/web.rock',
      smokeTest: false,
      worker: 'gevent',
      image: 'localhost:5000/web:ci',
      smokePath: '/health?full=1',
      smokeExpectStatus: 204,
      smokeTimeoutSec: 3600,
      smokeEnv: { DB_URL: 'postgres://db/x', MODE: 'test' },
      push: ['ghcr.io/org/web:1.0', 'quay.io/org/web:1.0'],
      registryUsername: 'octo-bot',
      registryPassword: 'pw-123',
      registry: 'ghcr.io'
    })
  })

  it('applies every action.yml default to unset or blank inputs, and masks nothing', () => {
    const blank = parseInputs(reader({ 'project-path': '  ', verbosity: ' ', worker: '\t' }), '/ws')
    expect(blank).toMatchObject({
      projectPath: '/ws',
      checkOnly: false,
      init: false,
      rockcraftChannel: 'latest/stable',
      rockcraftRevision: '',
      buildMode: 'auto',
      verbosity: 'brief',
      cache: true,
      rock: '',
      smokeTest: true,
      worker: 'auto',
      image: '',
      smokePath: '/',
      smokeExpectStatus: undefined,
      smokeTimeoutSec: 120,
      smokeEnv: {},
      push: [],
      registryUsername: '',
      registryPassword: '',
      registry: ''
    })
    expect(stdout).not.toHaveBeenCalled()
  })

  it('keeps absolute paths as given and trims values', () => {
    const inputs = parseInputs(
      reader({
        'project-path': ' /src/app ',
        rock: '/tmp/x.rock',
        'rockcraft-channel': ' stable '
      }),
      '/ws'
    )
    expect([inputs.projectPath, inputs.rock, inputs.rockcraftChannel]).toEqual([
      '/src/app',
      '/tmp/x.rock',
      'stable'
    ])
  })

  it('masks the registry password in the log before anything else is printed', () => {
    parseInputs(reader({ 'registry-username': 'me', 'registry-password': 's3cret' }), '/ws')
    expect(stdout.mock.calls.map(c => String(c[0]))).toEqual(['::add-mask::s3cret\n'])
  })

  it('reads the runner: INPUT_ variables, paths against GITHUB_WORKSPACE or the current directory', () => {
    const saved = { ...process.env }
    try {
      process.env['INPUT_PROJECT-PATH'] = 'web'
      process.env['INPUT_SMOKE-ENV'] = 'A=1'
      process.env['INPUT_REGISTRY-USERNAME'] = 'octo'
      process.env.GITHUB_WORKSPACE = '/github/workspace'
      expect(getInputs()).toMatchObject({
        projectPath: '/github/workspace/web',
        smokeEnv: { A: '1' },
        registryUsername: 'octo'
      })
      process.env.GITHUB_WORKSPACE = ''
      expect(getInputs().projectPath).toBe(`${process.cwd()}/web`)
    } finally {
      process.env = saved
    }
  })
})

describe('rockcraft-channel: [<track>/]<risk>[/<branch>]', () => {
  it.each([
    'stable',
    'candidate',
    'beta',
    'edge',
    'latest/stable',
    '1.20/candidate/hotfix',
    'a.b_c-9/beta',
    'edge/Fix.1_2-3',
    `${'t'.repeat(64)}/stable`,
    `stable/${'B'.repeat(64)}`
  ])('accepts %s', channel => {
    expect(refusal({ 'rockcraft-channel': channel })).toBe('')
  })

  it.each([
    'latest/stable; rm -rf /',
    'x; latest/stable',
    '--classic',
    'latest',
    'Latest/stable',
    '.x/stable',
    '/stable',
    'latest/',
    'latest/stable/',
    'latest/stable/-fix',
    'latest/stable/a/b',
    'latest/stables',
    `${'t'.repeat(65)}/stable`,
    `stable/${'b'.repeat(65)}`
  ])('refuses %s', channel => {
    expect(refusal({ 'rockcraft-channel': channel })).toBe(
      `Input 'rockcraft-channel' is not a snap channel ([<track>/]<risk>[/<branch>], e.g. latest/stable): '${channel}'`
    )
  })
})

describe('rockcraft-revision', () => {
  it.each(['1', '123456789'])('accepts %s', revision => {
    expect(refusal({ 'rockcraft-revision': revision })).toBe('')
  })

  it.each(['0', '012', '1234567890', '12a', 'a12', '-1'])('refuses %s', revision => {
    expect(refusal({ 'rockcraft-revision': revision })).toBe(
      `Input 'rockcraft-revision' must be a snap revision number; got '${revision}'`
    )
  })
})

describe('image and push references', () => {
  it.each([
    'app',
    'a',
    '9app',
    'org/app',
    'ghcr.io/org/sub/app:1.2.0',
    'localhost/app',
    'localhost:5000/app:latest',
    'Registry.Example-1.com:443/app',
    'h:1/app',
    'my.app',
    'my_app',
    'my__app',
    'my-app',
    'my---app',
    'Ghcr.io/org/app',
    'org/my.app',
    'org/my_app',
    'org/my__app',
    'org/my---app',
    'org/a.bc/d-e',
    // The first part may be read as a registry host: separators in a third part.
    'ghcr.io/org/my.app',
    'org/team/my_app',
    'org/team/my__app',
    'org/team/my---app',
    'org/team/a.bc',
    'app:Tag_1.2-x',
    'app:_x',
    `app:${'t'.repeat(128)}`,
    `${'a'.repeat(255)}`
  ])('accepts %s', ref => {
    expect(refusal({ image: ref })).toBe('')
    expect(parseInputs(reader({ push: `${ref}\n` }), '/ws').push).toEqual([ref])
  })

  it.each([
    'Bad Image',
    'app!',
    'x app',
    'app:1.0 x',
    '-host/app',
    'host-/app',
    'host:123456/app',
    'host:/app',
    '/app',
    'app/',
    'org//app',
    'my..app',
    'my___app',
    'my-.app',
    '.app',
    'app.',
    'app:',
    ':tag',
    'app:-x',
    'app:.x',
    'app:a/b',
    `app:${'t'.repeat(129)}`,
    `${'a'.repeat(256)}`,
    '$(id)'
  ])('refuses %s, naming the input', ref => {
    expect(refusal({ image: ref })).toBe(`Input 'image' is not a valid image reference: '${ref}'`)
    expect(refusal({ push: `ghcr.io/org/ok:1,${ref}` })).toBe(
      `Input 'push' is not a valid image reference: '${ref}'`
    )
  })

  it.each(['Org/app', 'ORG/team/app:1.0', 'Org/app@sha256:' + 'a'.repeat(64)])(
    'refuses %s: a first part with capitals is a registry host to Docker, never meant so',
    ref => {
      const first = ref.split('/')[0]
      const why = `Docker would read '${first}' as a registry host; repository names are lower case ('${first.toLowerCase()}/...'), a registry host has a '.' or a ':port'`
      expect(refusal({ push: ref })).toBe(
        `Input 'push' is not a valid image reference: '${ref}': ${why}`
      )
      expect(refusal({ manifest: ref })).toBe(
        `Input 'manifest' is not a valid image reference: '${ref}': ${why}`
      )
    }
  )

  it.each([
    ['ghcr.io/MyOrg/My-App:edge', 'ghcr.io/myorg/my-app:edge'],
    ['ghcr.io/MyOrg/My-App', 'ghcr.io/myorg/my-app'],
    ['Registry.Example.com:5000/Team/App:V1.0-RC', 'Registry.Example.com:5000/team/app:V1.0-RC'],
    ['localhost/My_App:Tag', 'localhost/my_app:Tag'],
    ['App', 'app'],
    ['org/App:1', 'org/app:1']
  ])(
    'push %s is pushed as %s: the repository lower-cased (host and tag kept), with a notice',
    (given, pushed) => {
      const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
      expect(parseInputs(reader({ push: given }), '/ws').push).toEqual([pushed])
      expect(out.mock.calls.map(c => String(c[0])).join('')).toBe(
        `::notice::Input 'push': pushing to ${pushed}, not ${given}: registries take repository names in lower case only\n`
      )
      out.mockRestore()
      // Elsewhere a reference is taken as written: the image input names a local tag.
      if (given !== 'App' && !given.startsWith('Registry')) {
        expect(refusal({ image: given })).toMatch(/^Input 'image' is not a valid image reference/)
      }
    }
  )

  it('refuses a push reference that lower case cannot mend, in the words it was given', () => {
    expect(refusal({ push: 'ghcr.io/MyOrg/My App' })).toBe(
      `Input 'push' is not a valid image reference: 'ghcr.io/MyOrg/My App'`
    )
  })

  it('refuses an empty value in smoke-env for a variable the deployer always sets, by name', () => {
    expect(refusal({ 'smoke-env': 'DATABASE_URL=\nFLASK_SECRET_KEY=' })).toBe(
      "Input 'smoke-env': FLASK_SECRET_KEY is empty, which the deployer never sets it to: a missing secret gives an empty value (forks, new repositories). Leave FLASK_SECRET_KEY out (the smoke test sets a random key), or give it a value"
    )
    expect(parseInputs(reader({ 'smoke-env': 'DATABASE_URL=' }), '/ws').smokeEnv).toEqual({
      DATABASE_URL: ''
    })
  })

  it('push-from-forks is false unless set, and only true or false', () => {
    expect(parseInputs(reader({}), '/ws').pushFromForks).toBe(false)
    expect(parseInputs(reader({ 'push-from-forks': 'true' }), '/ws').pushFromForks).toBe(true)
    expect(refusal({ 'push-from-forks': 'yes' })).toBe(
      "Input 'push-from-forks' must be true or false; got 'yes'"
    )
  })

  it.each(['Registry.example.com/org/app', 'MyHost:5000/org/app', 'localhost/app'])(
    'accepts %s: a host written as one',
    ref => expect(parseInputs(reader({ push: ref }), '/ws').push).toEqual([ref])
  )

  it('splits push on commas and newlines, skipping blanks', () => {
    expect(parseInputs(reader({ push: ' a:1 ,\n\nb:2,,\r\nc ' }), '/ws').push).toEqual([
      'a:1',
      'b:2',
      'c'
    ])
  })
})

describe('smoke-path', () => {
  it.each(['/', '/a?b=c#d', `/${'p'.repeat(2047)}`])('accepts a path of %#', smokePath => {
    expect(parseInputs(reader({ 'smoke-path': smokePath }), '/ws').smokePath).toBe(smokePath)
  })

  it.each([
    'health',
    'http://x/',
    '/a b',
    '/a\tb',
    '/a\x01',
    '/a\x7f',
    '/a\u00a0b',
    `/${'p'.repeat(2048)}`
  ])('refuses %j', smokePath => {
    expect(refusal({ 'smoke-path': smokePath })).toBe(
      "Input 'smoke-path' must be a URL path starting with '/' without spaces"
    )
  })
})

describe('numbers', () => {
  it.each([
    ['smoke-timeout', '1', 'smokeTimeoutSec', 1],
    ['smoke-timeout', '3600', 'smokeTimeoutSec', 3600],
    ['smoke-timeout', '007', 'smokeTimeoutSec', 7],
    ['smoke-expect-status', '100', 'smokeExpectStatus', 100],
    ['smoke-expect-status', '599', 'smokeExpectStatus', 599]
  ])('%s %s is %s %d', (input, value, field, number) => {
    expect(parseInputs(reader({ [input]: value }), '/ws')).toMatchObject({ [field]: number })
  })

  it.each([
    ['smoke-timeout', '0', 1, 3600],
    ['smoke-timeout', '3601', 1, 3600],
    ['smoke-timeout', '1234567890', 1, 3600],
    ['smoke-timeout', '5s', 1, 3600],
    ['smoke-timeout', 's5', 1, 3600],
    ['smoke-timeout', '1e3', 1, 3600],
    ['smoke-timeout', '-5', 1, 3600],
    ['smoke-expect-status', '99', 100, 599],
    ['smoke-expect-status', '600', 100, 599],
    ['smoke-expect-status', '2OO', 100, 599]
  ])('refuses %s %s', (input, value, min, max) => {
    expect(refusal({ [input]: value })).toBe(
      `Input '${input}' must be a whole number from ${min} to ${max}; got '${value}'`
    )
  })
})

describe('switches and choices', () => {
  it.each(['check-only', 'init', 'cache', 'smoke-test'])(
    '%s refuses what is not true or false',
    input => {
      for (const value of ['yes', '1', 'truex', 'xtrue', 'falsey', 'xfalse', 'tRUE']) {
        expect(refusal({ [input]: value })).toBe(
          `Input '${input}' must be true or false; got '${value}'`
        )
      }
    }
  )

  it.each([
    ['build-mode', 'host', 'auto, lxd, destructive'],
    ['verbosity', 'loud', 'quiet, brief, verbose, debug, trace'],
    ['worker', 'eventlet', 'auto, sync, gevent'],
    ['smoke-migrate', 'yes', 'auto, true, false'],
    ['smoke-services', 'strict', 'report, require']
  ])('%s refuses %s, listing the choices', (input, value, choices) => {
    expect(refusal({ [input]: value })).toBe(
      `Input '${input}' must be one of ${choices}; got '${value}'`
    )
  })

  it.each([
    ['build-mode', ['auto', 'lxd', 'destructive'], 'buildMode'],
    ['verbosity', ['quiet', 'brief', 'verbose', 'debug', 'trace'], 'verbosity'],
    ['worker', ['auto', 'sync', 'gevent'], 'worker'],
    ['smoke-migrate', ['auto', 'true', 'false'], 'smokeMigrate'],
    ['smoke-services', ['report', 'require'], 'smokeServices']
  ])('%s accepts each choice', (input, choices, field) => {
    for (const value of choices as string[]) {
      expect(parseInputs(reader({ [input]: value }), '/ws')).toMatchObject({ [field]: value })
    }
  })
})

describe('smoke-env lines', () => {
  it('reads KEY=VALUE lines: comments and blank lines skipped, spaces around = dropped', () => {
    expect(
      parseEnvLines(
        'smoke-env',
        '# comment\n  # indented comment\n\n_A1=1\r\nB = x=y z \nC=\n D=" q "\nE=#not-a-comment'
      )
    ).toEqual({ _A1: '1', B: 'x=y z', C: '', D: '" q "', E: '#not-a-comment' })
  })

  it.each([
    ['=value', 1],
    ['A=1\nNOVALUE', 2],
    ['A=1\n\n1A=x', 3],
    ['A-B=1', 1],
    ['A B=1', 1],
    ['é=1', 1]
  ])('refuses %j, naming line %d but not its text', (text, line) => {
    expect(() => parseEnvLines('smoke-env', text)).toThrow(
      new InputError(`Input 'smoke-env' line ${line} is not KEY=VALUE with a valid variable name`)
    )
  })

  it('refuses a NUL byte, naming the line', () => {
    expect(refusal({ 'smoke-env': 'A=1\nB=x\0y' })).toBe(
      "Input 'smoke-env' line 2 holds a NUL byte"
    )
  })
})
