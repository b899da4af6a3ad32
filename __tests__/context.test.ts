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
