// src/action/runner-io.ts against the real @actions/core: every function the action uses writes the same
// bytes to stdout and to the runner's files, for plain and hostile text alike.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '@actions/core'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as io from '../src/action/runner-io.js'
import { tempDir } from './support/temp.js'

const HOSTILE = 'line one\nline two\r\n::error::forged%0A% 100%,:: title=x'
const PROPS = {
  title: 'a: title, with %, and\nnewline',
  file: 'app/x,y.py',
  startLine: 3,
  endLine: 4,
  startColumn: 5,
  endColumn: 6
}

let dir: string
let saved: NodeJS.ProcessEnv
beforeEach(() => {
  dir = tempDir('runner-io-')
  saved = { ...process.env }
})
afterEach(() => {
  process.env = saved
  process.exitCode = undefined
  jest.restoreAllMocks()
})

/** What `run` wrote to stdout and to the files named in `files`, file-command delimiters made equal. */
function written(run: () => void, files: string[] = []): { stdout: string; files: string[] } {
  for (const f of files) writeFileSync(join(dir, f), '')
  let stdout = ''
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
  try {
    run()
  } finally {
    write.mockRestore()
  }
  return {
    stdout,
    files: files.map(f =>
      readFileSync(join(dir, f), 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER')
    )
  }
}

/** Runs the same call through @actions/core and through runner-io; both must write the same. */
function same(call: (api: typeof io) => void, files: string[] = []): string {
  const theirs = written(() => call(core as unknown as typeof io), files)
  const ours = written(() => call(io), files)
  expect(ours).toEqual(theirs)
  return theirs.stdout + theirs.files.join('')
}

describe('runner-io writes what @actions/core writes', () => {
  it.each(['error', 'warning', 'notice'] as const)(
    '%s: plain, hostile, an Error, with every annotation property',
    kind => {
      expect(same(api => api[kind]('plain words'))).toBe(`::${kind}::plain words\n`)
      expect(same(api => api[kind](HOSTILE))).toBe(
        `::${kind}::line one%0Aline two%0D%0A::error::forged%250A%25 100%25,:: title=x\n`
      )
      same(api => api[kind](new Error('an error')))
      expect(same(api => api[kind](HOSTILE, PROPS))).toBe(
        `::${kind} title=a%3A title%2C with %25%2C and%0Anewline,file=app/x%2Cy.py,line=3,endLine=4,col=5,endColumn=6::` +
          'line one%0Aline two%0D%0A::error::forged%250A%25 100%25,:: title=x\n'
      )
      same(api => api[kind]('no properties', {}))
    }
  )

  it('info, debug, groups, setSecret', () => {
    expect(same(api => api.info(HOSTILE))).toBe(`${HOSTILE}\n`)
    expect(same(api => api.debug(HOSTILE))).toMatch(/^::debug::line one%0A/)
    expect(same(api => api.startGroup('A group: %\n'))).toBe('::group::A group: %25%0A\n')
    expect(same(api => api.endGroup())).toBe('::endgroup::\n')
    expect(same(api => api.setSecret('s3cr3t'))).toBe('::add-mask::s3cr3t\n')
  })

  it('setOutput and saveState: to the runner files, or as the old commands without them', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'output')
    process.env.GITHUB_STATE = join(dir, 'state')
    expect(same(api => api.setOutput('rock', HOSTILE), ['output'])).toBe(
      `rock<<DELIMITER\n${HOSTILE}\nDELIMITER\n`
    )
    expect(same(api => api.setOutput('n', 42), ['output'])).toBe('n<<DELIMITER\n42\nDELIMITER\n')
    expect(same(api => api.saveState('s', { a: 1 }), ['state'])).toBe(
      's<<DELIMITER\n{"a":1}\nDELIMITER\n'
    )
    delete process.env.GITHUB_OUTPUT
    delete process.env.GITHUB_STATE
    expect(same(api => api.setOutput('rock', 'a\nb'))).toBe('\n::set-output name=rock::a%0Ab\n')
    expect(same(api => api.saveState('s', 'v'))).toBe('::save-state name=s::v\n')
  })

  it('setFailed: the error command and exit code 1', () => {
    expect(same(api => api.setFailed(HOSTILE))).toMatch(/^::error::line one%0A/)
    expect(process.exitCode).toBe(1)
  })

  it('getInput and getState read the same variables', () => {
    process.env['INPUT_PROJECT-PATH'] = '  examples/flask-sync \n'
    process.env.INPUT_WITH_SPACE = 'x'
    process.env.STATE_cacheKey = 'k'
    for (const name of ['project-path', 'with space', 'missing']) {
      expect(io.getInput(name)).toBe(core.getInput(name))
    }
    expect(io.getInput('project-path')).toBe('examples/flask-sync')
    expect(io.getState('cacheKey')).toBe(core.getState('cacheKey'))
    expect(io.getState('missing')).toBe('')
  })

  it('summary is the one @actions/core keeps (one buffer, one file)', () => {
    expect(io.summary).toBe(core.summary)
  })
})
