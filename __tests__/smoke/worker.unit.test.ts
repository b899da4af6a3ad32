// Which gunicorn worker a rock runs and how the smoke test makes it run the one asked for: every
// answer and every refusal asserted whole, as the user reads it.
import { describe, expect, it } from '@jest/globals'
import { SmokeError } from '../../src/smoke/error.js'
import {
  workerFromLog,
  workerOfCommand,
  workerOfLayers,
  workerPlan
} from '../../src/smoke/worker.js'
import { thrownMessage } from '../support/thrown.js'

/** The error workerPlan/workerOf* throws: a SmokeError, and its whole message. */
const refusal = (f: () => unknown): string => thrownMessage(f, SmokeError)

describe('workerPlan', () => {
  it('refuses gevent where the rock runs sync, saying what to do', () => {
    expect(refusal(() => workerPlan('gevent', { worker: 'sync', switchable: true }))).toBe(
      "worker 'gevent' needs gevent in the project's requirements (requirements.txt or pyproject.toml); add it or use worker 'sync' or 'auto'"
    )
    expect(refusal(() => workerPlan('gevent', { worker: 'sync', switchable: false }))).toMatch(
      /^worker 'gevent' needs gevent/
    )
  })

  it('refuses to force sync on a command that fixes gevent, naming the default arguments', () => {
    expect(refusal(() => workerPlan('sync', { worker: 'gevent', switchable: false }))).toBe(
      "worker 'sync' cannot be forced: the rock's flask service command sets its worker without Pebble default arguments ('-k [ gevent ]'); use worker 'auto'"
    )
  })

  it('forces sync through Pebble --args where the command has default arguments', () => {
    expect(workerPlan('sync', { worker: 'gevent', switchable: true })).toEqual({
      worker: 'sync',
      args: ['--args', 'flask', 'sync']
    })
  })

  it('takes whatever worker the rock runs for auto, even a fixed one', () => {
    expect(workerPlan('auto', { worker: 'gevent', switchable: false })).toEqual({
      worker: 'gevent',
      args: []
    })
  })

  it('keeps a fixed worker when it is the one asked for', () => {
    expect(workerPlan('sync', { worker: 'sync', switchable: false })).toEqual({
      worker: 'sync',
      args: []
    })
    expect(workerPlan('gevent', { worker: 'gevent', switchable: false })).toEqual({
      worker: 'gevent',
      args: []
    })
  })
})

describe('workerOfCommand', () => {
  it.each([
    ["gunicorn -c /flask/gunicorn.conf.py 'app:app' -k [ gevent ]", 'gevent', true],
    ['gunicorn app:app -k [gevent]', 'gevent', true],
    ['gunicorn app:app --worker-class [ sync ]', 'sync', true],
    ['-k [ gevent ] gunicorn app:app', 'gevent', true],
    ['gunicorn app:app\t-k\t[\tgevent\t]', 'gevent', true],
    ['gunicorn app:app -k  [ gevent ]', 'gevent', true],
    ['gunicorn app:app -k gevent', 'gevent', false],
    ['gunicorn app:app -k=gevent', 'gevent', false],
    ['gunicorn app:app --worker-class=gevent --threads 2', 'gevent', false],
    ['gunicorn app:app --worker-class  gevent', 'gevent', false],
    ['-k gevent', 'gevent', false],
    ["gunicorn app:app -k 'gevent'", 'gevent', false],
    ['gunicorn app:app -k "sync"', 'sync', false],
    ['gunicorn app:app', 'sync', false],
    // Words that only contain -k are no worker option.
    ['gunicorn app:app --max-requests-jitter-k gevent', 'sync', false],
    ['gunicorn app:app-k [ gevent ]', 'sync', false]
  ])('%s runs %s (switchable: %s)', (command, worker, switchable) => {
    expect(workerOfCommand(command)).toEqual({ worker, switchable })
  })

  it('refuses a worker the smoke test does not know, naming it', () => {
    expect(refusal(() => workerOfCommand('gunicorn app:app -k [ eventlet ]'))).toBe(
      "the rock's flask service uses gunicorn worker 'eventlet'; the smoke test knows sync and gevent"
    )
    expect(refusal(() => workerOfCommand("gunicorn app:app -k ge'vent"))).toBe(
      "the rock's flask service uses gunicorn worker 'ge'vent'; the smoke test knows sync and gevent"
    )
    expect(refusal(() => workerOfCommand('gunicorn app:app -k gevent.GeventWorker'))).toBe(
      "the rock's flask service uses gunicorn worker 'gevent.GeventWorker'; the smoke test knows sync and gevent"
    )
  })
})

describe('workerOfLayers', () => {
  const flask = (lines: string): string => `services:\n  flask:\n${lines}`
  it('applies YAML layers in name order: a later replace wins, a later merge without a command does not', () => {
    const base = {
      name: '001-app.yaml',
      text: flask('    override: replace\n    command: gunicorn app:app -k [ gevent ]\n')
    }
    const merge = {
      name: '002-env.yml',
      text: flask('    override: merge\n    environment: {A: b}\n')
    }
    expect(workerOfLayers([merge, base])).toEqual({ worker: 'gevent', switchable: true })
    const replace = {
      name: '003-user.yaml',
      text: flask('    override: replace\n    command: gunicorn app:app\n')
    }
    expect(workerOfLayers([replace, merge, base])).toEqual({ worker: 'sync', switchable: false })
  })

  it('reads .yml layers as well as .yaml', () => {
    const a = { name: '001.yaml', text: flask('    command: gunicorn x -k [ gevent ]\n') }
    const b = { name: '002.yml', text: flask('    command: gunicorn x -k [ sync ]\n') }
    expect(workerOfLayers([a, b])).toEqual({ worker: 'sync', switchable: true })
  })

  it('sorts by name, not by the order given', () => {
    const a = { name: 'a.yaml', text: flask('    command: gunicorn x -k [ gevent ]\n') }
    const b = { name: 'b.yaml', text: flask('    command: gunicorn x -k [ sync ]\n') }
    expect(workerOfLayers([b, a]).worker).toBe('sync')
    expect(workerOfLayers([a, b]).worker).toBe('sync')
  })

  it('a later merge with a command replaces the command', () => {
    const a = {
      name: '001.yaml',
      text: flask('    override: replace\n    command: gunicorn x -k [ sync ]\n')
    }
    const b = {
      name: '002.yaml',
      text: flask('    override: merge\n    command: gunicorn x -k gevent\n')
    }
    expect(workerOfLayers([a, b])).toEqual({ worker: 'gevent', switchable: false })
  })

  it('a later replace without a command leaves the service without one', () => {
    const a = { name: '001.yaml', text: flask('    command: gunicorn x -k [ gevent ]\n') }
    const b = { name: '002.yaml', text: flask('    override: replace\n    startup: enabled\n') }
    expect(refusal(() => workerOfLayers([a, b]))).toBe(
      "the rock has no Pebble service 'flask': is it a flask-framework rock?"
    )
  })

  it('skips files that are not YAML layers, and empty layers or other services', () => {
    const a = { name: '001.yaml', text: flask('    command: gunicorn x -k [ gevent ]\n') }
    expect(
      workerOfLayers([
        a,
        { name: '002.yaml.bak', text: flask('    command: gunicorn x -k [ sync ]\n') },
        { name: '003.txt', text: ': not yaml : [' },
        { name: '004.yaml', text: '' },
        { name: '005.yaml', text: 'services:\n  other:\n    command: gunicorn x -k [ sync ]\n' },
        { name: '006.yaml', text: 'summary: no services\n' }
      ])
    ).toEqual({ worker: 'gevent', switchable: true })
  })

  it('refuses a layer that is not valid YAML, naming it', () => {
    expect(refusal(() => workerOfLayers([{ name: '001-app.yaml', text: 'services: [' }]))).toBe(
      "the rock's Pebble layer 001-app.yaml is not valid YAML"
    )
  })
})

describe('workerFromLog', () => {
  it('reads the worker gunicorn reports, the first one', () => {
    expect(
      workerFromLog(
        '[2026-11-25 01:55:08 +0000] [1] [INFO] Using worker: sync\n[x] Using worker: gevent\n'
      )
    ).toBe('sync')
    expect(workerFromLog('Using worker: gevent')).toBe('gevent')
    expect(workerFromLog('Using worker: ')).toBeUndefined()
  })
})
