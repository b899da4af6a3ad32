import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { InputError, parseEnvLines, parseInputs } from '../src/action/context.js'

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
      experimentalExtensions: false,
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
    [
      'experimental-extensions',
      '1',
      /Input 'experimental-extensions' must be true or false; got '1'/
    ],
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

  it('experimental-extensions: true enables them (the 26.04 extension), as True or TRUE too', () => {
    for (const value of ['true', 'True', 'TRUE']) {
      expect(parseInputs(reader({ 'experimental-extensions': value })).experimentalExtensions).toBe(
        true
      )
    }
    expect(parseInputs(reader({ 'experimental-extensions': 'false' })).experimentalExtensions).toBe(
      false
    )
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

describe('docker-host', () => {
  const saved = process.env.DOCKER_HOST
  afterEach(() => {
    if (saved === undefined) delete process.env.DOCKER_HOST
    else process.env.DOCKER_HOST = saved
  })

  it("is the input, else DOCKER_HOST, else '' (Docker's own default)", () => {
    delete process.env.DOCKER_HOST
    expect(parseInputs(reader({})).dockerHost).toBe('')
    process.env.DOCKER_HOST = 'unix:///tmp/flask-rock-tests/docker.sock'
    expect(parseInputs(reader({})).dockerHost).toBe('unix:///tmp/flask-rock-tests/docker.sock')
    expect(parseInputs(reader({ 'docker-host': 'tcp://127.0.0.1:2375' })).dockerHost).toBe(
      'tcp://127.0.0.1:2375'
    )
  })

  it.each(['/var/run/docker.sock', 'unix://', 'http://x:1', 'unix:///a b'])(
    'refuses %j, naming the forms it takes',
    value => {
      expect(() => parseInputs(reader({ 'docker-host': value }))).toThrow(
        new InputError(
          `Input 'docker-host' (default: DOCKER_HOST) must be a Docker daemon address such as unix:///var/run/docker.sock or tcp://127.0.0.1:2375; got '${value}'`
        )
      )
    }
  )
})

describe('smoke-env values that look secret', () => {
  const maskedOf = (lines: string[]): string[] => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      parseInputs(reader({ 'smoke-env': lines.join('\n') }))
      return write.mock.calls.map(c => String(c[0])).filter(l => l.startsWith('::add-mask::'))
    } finally {
      write.mockRestore()
    }
  }

  it('are masked in the log; plain settings and short flags are not', () => {
    expect(
      maskedOf([
        'FLASK_SECRET_KEY=k3y-value-1',
        'DATABASE_URL=postgres://app:pw-in-url@db/app',
        'API_TOKEN=tok-value-2',
        'DB_PASSWORD=pass-value-3',
        'FLASK_DEBUG=true',
        'SESSION_COOKIE_SECURE=true',
        'APP_GREETING=hello world'
      ])
    ).toEqual([
      '::add-mask::k3y-value-1\n',
      '::add-mask::postgres://app:pw-in-url@db/app\n',
      '::add-mask::tok-value-2\n',
      '::add-mask::pass-value-3\n'
    ])
  })

  it('covers the names the review found unmasked, and their kin', () => {
    const secret = [
      'DB_PASSPHRASE',
      'DB_PWD',
      'JWT',
      'SIGNING_CERT_PEM',
      'STRIPE_SK',
      'SMTP_PASS',
      'MYSQL_PW',
      'jwt_signing_key',
      'TLS_CERT',
      'ADMIN_PIN',
      'MFA_OTP',
      'WEBHOOK_SIGNATURE',
      'PASSWORD_SALT',
      'BEARER',
      'HMAC_SHARED'
    ]
    expect(maskedOf(secret.map((name, i) => `${name}=value-${i}`))).toEqual(
      secret.map((_, i) => `::add-mask::value-${i}\n`)
    )
  })

  it('leaves settings whose names only contain those letters visible', () => {
    expect(
      maskedOf([
        'BYPASS_PROXY=squid.internal',
        'COMPASS_URL=https://compass.example',
        'TASK_QUEUE=default',
        'SKU_PREFIX=abc',
        'DESK_NAME=front',
        'PEMBROKE_OFFICE=wales',
        'SPINNER_STYLE=dots',
        'CERTBOT_EMAIL=ops@example.com',
        'LOG_LEVEL=info',
        'WORKDIR=/srv/app'
      ])
    ).toEqual([])
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

  it.each(['true', 'false', 'yes', 'no', 'True', 'ON'])(
    'refuses push: %s with a hint that push takes image references',
    value => {
      expect(() => parseInputs(reader({ push: value }))).toThrow(
        new InputError(
          `Input 'push' takes image references, not '${value}': name where to push (push: ghcr.io/org/app:1.0, one per line or comma-separated), or leave it out to push nothing`
        )
      )
    }
  )

  it('still takes a repository whose name is only like a word (ghcr.io/org/true:1)', () => {
    expect(parseInputs(reader({ push: 'ghcr.io/org/true:1, no/app' })).push).toEqual([
      'ghcr.io/org/true:1',
      'no/app'
    ])
  })

  it('refuses one password for push references on several registries unless registry names theirs', () => {
    const inputs = {
      push: 'ghcr.io/org/app:1\ndocker.io/org/app:1',
      'registry-username': 'octo',
      'registry-password': 'pw'
    }
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      expect(() => parseInputs(reader(inputs))).toThrow(
        new InputError(
          "Inputs 'registry', 'push' and 'registry-password': the references name 2 registries (ghcr.io, docker.io) and one user and password would be offered to each: name the one they are for in 'registry', and log in to the others before this step (docker/login-action)"
        )
      )
      expect(parseInputs(reader({ ...inputs, registry: 'ghcr.io' })).registry).toBe('ghcr.io')
      expect(() => parseInputs(reader({ ...inputs, registry: 'quay.io' }))).toThrow(
        "Inputs 'registry', 'push' and 'registry-password': the credentials are for quay.io, but no reference names it (ghcr.io, docker.io)"
      )
      // No password (a fork's pull request): the runner's own login for every registry.
      expect(parseInputs(reader({ ...inputs, 'registry-password': '' })).push).toHaveLength(2)
    } finally {
      write.mockRestore()
    }
  })

  it('takes insecure registries only as hosts, and the password to one off this machine only when named twice', () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      const base = {
        push: 'registry.internal:5000/org/app:1',
        'registry-username': 'octo',
        'registry-password': 'pw'
      }
      expect(() =>
        parseInputs(reader({ ...base, 'insecure-registries': 'registry.internal:5000' }))
      ).toThrow(
        new InputError(
          "Input 'registry-password': the registry password would go to registry.internal:5000 without TLS verification (it is in 'insecure-registries' and is not this machine): anyone on the network path could read it. Name registry.internal:5000 in 'insecure-registry-password' too to send it anyway, or use TLS"
        )
      )
      expect(
        parseInputs(
          reader({
            ...base,
            'insecure-registries': 'registry.internal:5000, localhost:5000',
            'insecure-registry-password': 'registry.internal:5000'
          })
        )
      ).toMatchObject({
        insecureRegistries: ['registry.internal:5000', 'localhost:5000'],
        insecurePassword: ['registry.internal:5000']
      })
      expect(
        parseInputs(
          reader({ push: 'localhost:5000/app:1', 'insecure-registries': 'localhost:5000' })
        ).insecureRegistries
      ).toEqual(['localhost:5000'])
      expect(() => parseInputs(reader({ 'insecure-registries': 'http://localhost:5000' }))).toThrow(
        new InputError(
          "Input 'insecure-registries' names registry hosts (registry.example.com:5000, 10.0.0.5:5000, localhost:5000); got 'http://localhost:5000'"
        )
      )
      expect(() =>
        parseInputs(reader({ ...base, 'insecure-registry-password': 'registry.internal:5000' }))
      ).toThrow(
        new InputError(
          "Input 'insecure-registry-password' names registry.internal:5000, which is not in 'insecure-registries': the password goes over TLS there anyway"
        )
      )
      expect(parseInputs(reader({})).insecureRegistries).toEqual([])
    } finally {
      write.mockRestore()
    }
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
