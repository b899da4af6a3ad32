import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { crossCheckExpansion, diffExpansions } from '../../src/pack/crosscheck.js'
import { captureOutput, makeStandIns, type StandIns } from '../stand-ins/standins.js'

// The action log and the stand-ins' streamed output stay out of the test run's output.
captureOutput()

const ours = {
  name: 'flask-sync',
  run_user: '_daemon_',
  parts: {
    'flask-framework/dependencies': {
      plugin: 'python',
      'stage-packages': ['python3-venv'],
      'python-packages': ['gunicorn~=23.0']
    },
    'flask-framework/runtime': { plugin: 'nil', 'stage-packages': ['ca-certificates_data'] }
  },
  services: { flask: { override: 'replace', after: ['statsd-exporter'] } }
}

describe('diffExpansions', () => {
  it('finds no difference between equal expansions whatever the key order', () => {
    const reordered = JSON.parse(
      JSON.stringify({
        services: ours.services,
        parts: ours.parts,
        run_user: '_daemon_',
        name: 'flask-sync'
      })
    )
    expect(diffExpansions(ours, reordered)).toEqual([])
  })

  it('names each differing key path; lists compare whole, missing keys count', () => {
    const theirs = JSON.parse(JSON.stringify(ours))
    theirs.parts['flask-framework/dependencies']['stage-packages'] = ['python3.12-venv_ensurepip']
    delete theirs.parts['flask-framework/runtime']
    theirs.parts['flask-framework/runtime-libs'] = { plugin: 'nil' }
    theirs.services.flask.after = ['statsd-exporter', 'x']
    theirs.run_user = 584792
    expect(diffExpansions(ours, theirs)).toEqual([
      'parts.flask-framework/dependencies.stage-packages',
      'parts.flask-framework/runtime',
      'parts.flask-framework/runtime-libs',
      'run_user',
      'services.flask.after'
    ])
  })

  it('treats a map against a list or scalar as a difference at that key', () => {
    expect(diffExpansions({ a: { b: 1 } }, { a: [1] })).toEqual(['a'])
    expect(diffExpansions([1], { a: 1 })).toEqual(['(the whole document)'])
  })
})

describe('crossCheckExpansion', () => {
  let s: StandIns
  beforeEach(() => {
    s = makeStandIns()
    s.install('rockcraft')
  })
  afterEach(() => s.remove())

  it("runs rockcraft expand-extensions in the project and returns rockcraft's expansion with the differences", async () => {
    writeFileSync(
      path.join(s.dir, 'expansion.yaml'),
      'name: flask-sync\nrun_user: _daemon_\nparts:\n  flask-framework/dependencies:\n    plugin: python\n'
    )
    const r = await crossCheckExpansion(ours, s.dir, s.env)
    expect(s.calls()).toEqual(['rockcraft expand-extensions'])
    expect(r.expansion).toEqual({
      name: 'flask-sync',
      run_user: '_daemon_',
      parts: { 'flask-framework/dependencies': { plugin: 'python' } }
    })
    expect(r.differences).toEqual([
      'parts.flask-framework/dependencies.python-packages',
      'parts.flask-framework/dependencies.stage-packages',
      'parts.flask-framework/runtime',
      'services'
    ])
  })

  it('fails clearly when rockcraft prints no YAML project', async () => {
    writeFileSync(path.join(s.dir, 'expansion.yaml'), '- just\n- a list\n')
    await expect(crossCheckExpansion(ours, s.dir, s.env)).rejects.toThrow(
      'rockcraft expand-extensions printed no project'
    )
    writeFileSync(path.join(s.dir, 'expansion.yaml'), 'a: [unclosed\n')
    await expect(crossCheckExpansion(ours, s.dir, s.env)).rejects.toThrow(
      /printed something that is not YAML/
    )
  })
})
