// A run by hand (no runner: local-run.ts switches runner-io to plain lines) prints no workflow
// command at all: a group is a titled block of plain lines, debug is silent unless asked for.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../src/action/runner-io.js'

function captured(body: () => void): string {
  const chunks: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string) => {
    chunks.push(chunk)
    return true
  }) as typeof process.stdout.write)
  try {
    body()
  } finally {
    spy.mockRestore()
  }
  return chunks.join('')
}

describe('runner-io by hand', () => {
  afterEach(() => {
    delete process.env.RUNNER_DEBUG
  })

  it('groups, debug lines, warnings and errors: plain lines, no `::` anywhere', () => {
    core.printAnnotationsPlain()
    const out = captured(() => {
      core.startGroup('Smoke test container flask-rock-smoke-abc: log tail and state')
      core.info('a line')
      core.endGroup()
      core.debug('Error: Missing file at path: /tmp/x/outputs\n    at issueFileCommand')
      core.warning('careful', { file: 'app.py', startLine: 3 })
      core.error('broken')
    })
    expect(out).toBe(
      '--- Smoke test container flask-rock-smoke-abc: log tail and state\n' +
        'a line\n' +
        '---\n' +
        'warning: app.py:3: careful\n' +
        'error: broken\n'
    )
    expect(out).not.toMatch(/::/)
  })

  it('debug prints a plain line when debugging is asked for (RUNNER_DEBUG=1)', () => {
    core.printAnnotationsPlain()
    process.env.RUNNER_DEBUG = '1'
    expect(captured(() => core.debug('the stack'))).toBe('debug: the stack\n')
  })
})
