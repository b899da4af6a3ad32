import { describe, expect, it, jest } from '@jest/globals'
import { InputError, parseEnvLines, parseInputs } from '../src/context.js'

const reader =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

describe('parseInputs', () => {
  it('applies the action.yml defaults when inputs are unset', () => {
    const inputs = parseInputs(reader({}), '/ws')
    expect(inputs).toMatchObject({
      projectPath: '/ws',
      checkOnly: false,
      rockcraftChannel: 'latest/stable',
      rockcraftRevision: '',
      buildMode: 'auto',
      verbosity: 'brief',
      cache: true,
      smokeTest: true,
      worker: 'auto',
      smokePath: '/',
      smokeExpectStatus: undefined,
      smokeTimeoutSec: 120,
      smokeMigrate: 'false',
      smokeServices: 'report',
      push: []
    })
  })

  it.each([
    ['rockcraft-channel', 'latest/stable; rm -rf /', /snap channel/],
    ['rockcraft-channel', '--classic', /snap channel/],
    ['rockcraft-revision', '12a', /revision number/],
    ['build-mode', 'host', /one of auto, lxd, destructive/],
    ['verbosity', 'loud', /one of quiet/],
    ['worker', 'eventlet', /one of auto, sync, gevent/],
    ['check-only', 'yes', /true or false/],
    ['smoke-timeout', '0', /whole number from 1 to 3600/],
    ['smoke-expect-status', '99', /whole number from 100 to 599/],
    ['smoke-path', 'health', /starting with '\/'/],
    ['smoke-path', '/a b', /without spaces/],
    ['image', 'Bad Image', /not a valid image reference/],
    ['push', 'ghcr.io/org/app:1.0,$(id)', /not a valid image reference/]
  ])('rejects %s=%j with a clear message', (name, value, message) => {
    expect(() => parseInputs(reader({ [name]: value }))).toThrow(InputError)
    expect(() => parseInputs(reader({ [name]: value }))).toThrow(message)
  })

  it('accepts channels with track and branch, and lists of push references', () => {
    const inputs = parseInputs(
      reader({
        'rockcraft-channel': '1.20/candidate/hotfix',
        push: 'ghcr.io/org/app:1.2.0\nlocalhost:5000/app:latest, docker.io/library/app'
      })
    )
    expect(inputs.rockcraftChannel).toBe('1.20/candidate/hotfix')
    expect(inputs.push).toEqual([
      'ghcr.io/org/app:1.2.0',
      'localhost:5000/app:latest',
      'docker.io/library/app'
    ])
  })

  it('masks the registry password', () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      parseInputs(reader({ 'registry-username': 'me', 'registry-password': 's3cret-pw' }))
      expect(write.mock.calls.map(c => String(c[0])).join('')).toContain('::add-mask::s3cret-pw')
    } finally {
      write.mockRestore()
    }
  })
})

describe('parseEnvLines', () => {
  it('reads KEY=VALUE lines, keeping = and spaces inside values', () => {
    expect(parseEnvLines('smoke-env', '# c\nA=1\r\n\nB = x=y z\n')).toEqual({ A: '1', B: 'x=y z' })
  })

  it('names the bad line without echoing it', () => {
    let message = ''
    try {
      parseEnvLines('smoke-env', 'A=1\nsecret-value-without-key\n')
    } catch (err) {
      message = (err as Error).message
    }
    expect(message).toBe("Input 'smoke-env' line 2 is not KEY=VALUE with a valid variable name")
  })
})

describe('inputs judged before anything runs', () => {
  it('refuses an image named by digest: the rock is loaded under a tag', () => {
    const image = `ghcr.io/org/app@sha256:${'a'.repeat(64)}`
    expect(() => parseInputs(reader({ image }))).toThrow(
      new InputError(
        `Input 'image' names a digest ('${image}'): the rock is loaded into Docker under a tag, e.g. ghcr.io/org/app:test`
      )
    )
  })

  it('refuses a lone carriage return in a smoke-env value, naming the line but not the value', () => {
    expect(() => parseInputs(reader({ 'smoke-env': 'A=1\nB=x\ry\n' }))).toThrow(
      new InputError(
        "Input 'smoke-env' line 2 holds a carriage return inside its value (Docker's env file cannot carry one)"
      )
    )
  })

  it('still reads CRLF line ends', () => {
    expect(parseInputs(reader({ 'smoke-env': 'A=1\r\nB=2\r\n' })).smokeEnv).toEqual({
      A: '1',
      B: '2'
    })
  })
})

describe('smoke-env values that look secret', () => {
  it('are masked in the log; plain settings and short flags are not', () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      parseInputs(
        reader({
          'smoke-env': [
            'FLASK_SECRET_KEY=k3y-value-1',
            'DATABASE_URL=postgres://app:pw-in-url@db/app',
            'API_TOKEN=tok-value-2',
            'DB_PASSWORD=pass-value-3',
            'FLASK_DEBUG=true',
            'SESSION_COOKIE_SECURE=true',
            'APP_GREETING=hello world'
          ].join('\n')
        })
      )
      const masked = write.mock.calls
        .map(c => String(c[0]))
        .filter(l => l.startsWith('::add-mask::'))
      expect(masked).toEqual([
        '::add-mask::k3y-value-1\n',
        '::add-mask::postgres://app:pw-in-url@db/app\n',
        '::add-mask::tok-value-2\n',
        '::add-mask::pass-value-3\n'
      ])
    } finally {
      write.mockRestore()
    }
  })
})

describe('push and merge inputs judged before anything runs', () => {
  const digest = `sha256:${'a'.repeat(64)}`

  it('refuses a push reference naming a digest, saying what to give instead', () => {
    expect(() =>
      parseInputs(reader({ push: `ghcr.io/org/app:1.0\nghcr.io/org/app@${digest}` }))
    ).toThrow(
      new InputError(
        `Input 'push' names a digest ('ghcr.io/org/app@${digest}'), which cannot be pushed to: give a tag (ghcr.io/org/app:1.0), or the repository alone (ghcr.io/org/app) to push by digest`
      )
    )
  })

  it("refuses a registry user name holding ':'", () => {
    expect(() =>
      parseInputs(reader({ push: 'ghcr.io/org/app:1', 'registry-username': 'me:you' }))
    ).toThrow(new InputError("Input 'registry-username' cannot contain ':'"))
  })

  it("reads docker/metadata-action's tags output as push references, either separator", () => {
    // What metadata-action writes for a release v1.2.3 (type=semver x3, type=sha), as is.
    const tags = [
      'ghcr.io/org/app:1.2.3',
      'ghcr.io/org/app:1.2',
      'ghcr.io/org/app:1',
      'ghcr.io/org/app:sha-860c190',
      ''
    ]
    const want = tags.filter(t => t !== '')
    expect(parseInputs(reader({ push: tags.join('\n') })).push).toEqual(want)
    expect(parseInputs(reader({ push: want.join(',') })).push).toEqual(want)
    // On main and on a pull request: edge and pr-N.
    expect(
      parseInputs(reader({ push: 'ghcr.io/org/app:edge\nghcr.io/org/app:pr-42\n' })).push
    ).toEqual(['ghcr.io/org/app:edge', 'ghcr.io/org/app:pr-42'])
  })

  it('accepts a repository without tag in push: the rock is pushed by digest', () => {
    expect(parseInputs(reader({ push: 'ghcr.io/org/app' })).push).toEqual(['ghcr.io/org/app'])
  })

  it.each([
    `ghcr.io/org/app@sha256:${'a'.repeat(63)}`,
    `ghcr.io/org/app@sha256:${'a'.repeat(65)}`,
    `ghcr.io/org/app@sha256:${'A'.repeat(64)}`,
    `ghcr.io/org/app@sha256:${'g'.repeat(64)}`,
    `ghcr.io/org/app@sha512:${'a'.repeat(64)}`,
    `ghcr.io/org/app@sha256:${'a'.repeat(64)}x`
  ])('refuses the manifest reference %s: not a sha256 digest', ref => {
    expect(() => parseInputs(reader({ manifest: ref, push: 'ghcr.io/org/app:1' }))).toThrow(
      new InputError(`Input 'manifest' is not a valid image reference: '${ref}'`)
    )
  })

  it('reads manifest references one per line for the merge', () => {
    const amd = `ghcr.io/org/app@sha256:${'1'.repeat(64)}`
    const arm = `ghcr.io/org/app@sha256:${'2'.repeat(64)}`
    const inputs = parseInputs(
      reader({ manifest: `${amd}\n${arm}\n`, push: 'ghcr.io/org/app:1.2.3\nghcr.io/org/app:1' })
    )
    expect(inputs.manifest).toEqual([amd, arm])
    expect(inputs.push).toEqual(['ghcr.io/org/app:1.2.3', 'ghcr.io/org/app:1'])
    expect(parseInputs(reader({})).manifest).toEqual([])
  })

  it.each([
    [
      'no push references',
      { manifest: `ghcr.io/org/app@${digest}` },
      "Inputs 'manifest' and 'push': nothing to push the index to: give the tags in 'push' (e.g. ghcr.io/org/app:1.0)"
    ],
    [
      'mixed registries',
      { manifest: `ghcr.io/org/app@${digest}\nquay.io/org/app:arm64`, push: 'ghcr.io/org/app:1' },
      "Inputs 'manifest' and 'push': 'quay.io/org/app:arm64' cannot be part of this merge: it is on registry quay.io, not ghcr.io. An image index refers to its images by digest, so the images and every tag of the index must be in one repository"
    ],
    [
      'a push reference in another repository',
      { manifest: `ghcr.io/org/app@${digest}`, push: 'ghcr.io/org/other:1' },
      "Inputs 'manifest' and 'push': 'ghcr.io/org/other:1' cannot be part of this merge: it names repository ghcr.io/org/other, not ghcr.io/org/app. An image index refers to its images by digest, so the images and every tag of the index must be in one repository"
    ],
    [
      'a push reference without tag',
      { manifest: `ghcr.io/org/app@${digest}`, push: 'ghcr.io/org/app' },
      "Inputs 'manifest' and 'push': 'ghcr.io/org/app' names no tag: the index needs one (e.g. ghcr.io/org/app:1.0)"
    ],
    [
      'an image listed twice',
      {
        manifest: `ghcr.io/org/app@${digest}\nghcr.io/org/app:x@${digest}`,
        push: 'ghcr.io/org/app:1'
      },
      `Inputs 'manifest' and 'push': 'ghcr.io/org/app:x@${digest}' names an image listed before it in 'manifest'`
    ],
    [
      'an invalid reference',
      { manifest: 'ghcr.io/org/app:1;id', push: 'ghcr.io/org/app:1' },
      "Input 'manifest' is not a valid image reference: 'ghcr.io/org/app:1;id'"
    ],
    [
      'a rock to pack',
      { manifest: `ghcr.io/org/app@${digest}`, push: 'ghcr.io/org/app:1', rock: 'x.rock' },
      "Input 'rock' cannot be combined with 'manifest': with 'manifest' the action only merges images already pushed"
    ],
    [
      'check-only',
      { manifest: `ghcr.io/org/app@${digest}`, push: 'ghcr.io/org/app:1', 'check-only': 'true' },
      "Input 'check-only' cannot be combined with 'manifest': with 'manifest' the action only merges images already pushed"
    ]
  ])('refuses a merge with %s', (_what, values, message) => {
    expect(() => parseInputs(reader(values))).toThrow(new InputError(message))
  })
})
