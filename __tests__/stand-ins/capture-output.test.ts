// A passing test run says nothing alarming: a stand-in's scripted failure, streamed by the code
// under test, lands in the test's captured log, not in the run's output.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { runOk } from '../../src/process/exec.js'
import { captureOutput, makeStandIns, type StandIns } from './standins.js'

const output = captureOutput()
let s: StandIns
beforeEach(() => {
  s = makeStandIns()
})
afterEach(() => s.remove())

describe('captureOutput', () => {
  it("holds a streamed stand-in's error and the log lines, so the run's output does not", async () => {
    s.scenario([
      { match: 'snap install rockcraft', fail: 1, stderr: 'error: snap "rockcraft" not found' }
    ])
    s.install('snap')
    await expect(
      runOk('sudo', ['snap', 'install', 'rockcraft'], {
        what: 'install rockcraft',
        timeoutMs: 60_000,
        env: s.env,
        stream: true
      })
    ).rejects.toThrow('error: snap "rockcraft" not found')
    expect(output.log()).toContain('error: snap "rockcraft" not found\n')
  }, 60_000)
})
