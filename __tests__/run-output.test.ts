// Small things a user reads, each shown whole: an output set twice is printed once (its last
// value), a short concurrency proof in ms (not "0.0 s"), a reference pushed by digest names its
// digest once (the step's detail and the summary).
import { describe, expect, it } from '@jest/globals'
import { parseOutputs } from '../src/action/local-run.js'
import { smokeChecks } from '../src/action/main.js'
import { duration, newReport, pushedText } from '../src/action/report.js'
import { probeText } from '../src/smoke/probes.js'
import { renderSummary } from '../src/action/summary.js'

const DIGEST = 'sha256:' + 'b'.repeat(64)

describe('a run by hand prints each output once', () => {
  it('worker, set by the check and again by the smoke test, comes once with its last value', () => {
    const file =
      'expanded<<ghadelimiter_1\n/tmp/x/expanded-rockcraft.yaml\nghadelimiter_1\n' +
      'worker<<ghadelimiter_2\nsync\nghadelimiter_2\n' +
      'image<<ghadelimiter_3\napp:0.1-smoke-0123456789ab\nghadelimiter_3\n' +
      'worker<<ghadelimiter_4\ngevent\nghadelimiter_4\n'
    expect(parseOutputs(file)).toEqual([
      ['expanded', '/tmp/x/expanded-rockcraft.yaml'],
      ['worker', 'gevent'],
      ['image', 'app:0.1-smoke-0123456789ab']
    ])
  })
})

describe('durations', () => {
  it('a concurrency proof of 16 ms says 16 ms, one of 2015 ms says 2.0 s', () => {
    expect([duration(16), duration(999.6), duration(1000), duration(2015)]).toEqual([
      '16 ms',
      '1.0 s',
      '1.0 s',
      '2.0 s'
    ])
    const result = {
      probes: [{ method: 'GET', path: '/', status: 200, ms: 3 }],
      concurrency: { path: '/', requests: 5, errors: 0, p50Ms: 4, p95Ms: 9, wallMs: 16 },
      appUid: 584792,
      stop: { ms: 1200, exitCode: 0 }
    } as unknown as Parameters<typeof smokeChecks>[0]
    expect(smokeChecks(result, probeText)).toEqual([
      'Probe GET /: 200 in 3 ms',
      '5 x GET / at once: p50 4 ms, p95 9 ms, 0 errors, all in 16 ms',
      'The app runs as uid 584792 (_daemon_)',
      'docker stop: 1.2 s, exit code 0'
    ])
  })
})

describe('a push by digest names the digest once', () => {
  it('in the publish step detail', () => {
    expect(pushedText([`ghcr.io/o/app@${DIGEST}`], DIGEST)).toBe(`ghcr.io/o/app@${DIGEST}`)
    expect(pushedText(['ghcr.io/o/app:1.0', 'ghcr.io/o/app:latest'], DIGEST)).toBe(
      `ghcr.io/o/app:1.0, ghcr.io/o/app:latest @ ${DIGEST}`
    )
    expect(pushedText(['ghcr.io/o/app:1.0', `ghcr.io/o/app@${DIGEST}`], DIGEST)).toBe(
      `ghcr.io/o/app:1.0 @ ${DIGEST}, ghcr.io/o/app@${DIGEST}`
    )
  })
  it('in the summary', () => {
    const report = newReport()
    report.publish = { digest: DIGEST, images: [`ghcr.io/o/app@${DIGEST}`, 'ghcr.io/o/app:1.0'] }
    expect(renderSummary(report)).toBe(
      '<h2>Flask rock: Flask project</h2>\n' +
        '<table><tr><th>Step</th><th>Result</th><th>Time</th><th>Details</th></tr></table>\n' +
        '<h3>Published</h3>\n' +
        `<ul><li><code>ghcr.io/o/app@${DIGEST}</code></li>` +
        `<li><code>ghcr.io/o/app:1.0</code> @ <code>${DIGEST}</code></li></ul>\n`
    )
  })
})
