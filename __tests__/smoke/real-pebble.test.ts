// What the real Pebble does that the stand-ins hid, each against a real Docker daemon: its own
// notices on stderr as `[pebble]` lines, v1.19 ignoring PEBBLE_VERBOSE, a Pebble that exits at once;
// and rock versions that are no Docker tags. Needs ../shared/runtime/ (the real binaries).
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { expect, it } from '@jest/globals'
import {
  cleanupSmoke,
  runImage,
  smokeTest,
  startSmoke,
  type SmokeLeftovers
} from '../../src/smoke/index.js'
import { actionLog } from '../../src/smoke/action-log.js'
import { containerLogEntries, imageExists, loadRock, removeImage } from '../../src/smoke/docker.js'
import { post } from '../../src/action/post-step.js'
import { describeWith } from '../support/real-parts.js'
import { captureLog } from './support/log.js'
import { EXAMPLES, removeTestImages, testImage, TROUBLE_APP } from './support/harness.js'
import { smokeSuite } from './support/suite.js'
import { buildTestRock, runtimeDir } from './support/rock.js'

const describeReal = await describeWith('the real-Pebble smoke tests', {
  root: true,
  runtime: true,
  tools: ['dockerd', 'docker', 'skopeo', 'mmdebstrap', path.join(runtimeDir(), 'pebble-1.19.2')]
})

describeReal('the smoke test against the real Pebble', () => {
  const suite = smokeSuite('flask-rock-real-pebble-', rocks => ({
    rock: rocks.trouble,
    image: testImage('flask-trouble'),
    timeoutSec: 120
  }))

  it("fails fast on a bad gunicorn argument (no 'Worker failed to boot' line), naming Pebble's and gunicorn's last words", async () => {
    const smoke = await startSmoke(suite.options({ env: { GUNICORN_CMD_ARGS: '--bogus-flag' } }))
    const log = captureLog()
    let verdictAt = 0
    let late: number | undefined
    try {
      await expect(
        smoke.verify().finally(() => {
          verdictAt = Date.now()
        })
      ).rejects.toThrow(
        'the app failed to boot: __main__.py: error: unrecognized arguments: --bogus-flag (Pebble: Service "flask" stopped unexpectedly with code 2)'
      )
      // Within 10 s of the second failed start, by the container's own clock (the same host's).
      const stops = (await containerLogEntries(smoke.name, suite.rocks.host)).filter(e =>
        e.text.includes('[pebble] Service "flask" stopped unexpectedly')
      )
      expect(stops.length).toBeGreaterThanOrEqual(2)
      const secondStop = Date.parse(stops[1].time.replace(/(\.\d{3})\d*Z$/, '$1Z'))
      late = verdictAt - secondStop
      expect(late).toBeLessThan(10_000)
    } finally {
      log.restore()
      await smoke.close()
    }
    console.log(`bad argument: verdict ${late} ms after the second failed start`)
    // Pebble's lines (stderr) and the app's (stdout) interleaved by time in the log tail.
    const text = log.text()
    expect(text).toMatch(
      /\[flask\] __main__\.py: error: unrecognized arguments: --bogus-flag\n.*\[pebble\] Service "flask" stopped unexpectedly with code 2\n/
    )
  }, 150_000)

  it("passes a rock carrying Pebble v1.19.2 (before PEBBLE_VERBOSE): --verbose brings the app's lines to the log", async () => {
    const rock = await buildTestRock(
      {
        app: path.join(EXAMPLES, 'flask-gevent'),
        pebble: '1.19.2',
        out: path.join(suite.work, 'old-pebble.rock')
      },
      suite.work
    )
    expect(rock.runtime.label).toMatch(/^real Pebble v1\.19\.2/)
    // Forced sync: --verbose must come before --args, or gunicorn gets it as an argument.
    const result = await smokeTest(
      suite.options({
        rock: rock.file,
        image: testImage('flask-old-pebble'),
        projectWorker: 'gevent',
        worker: 'sync',
        timeoutSec: 60
      })
    )
    expect(result.worker).toBe('sync')
    expect(result.status).toBe(200)
    await removeTestImages(suite.rocks.host, ['flask-old-pebble'])
  }, 300_000)

  it('reports the reason of a Pebble that exits at once (its directory not writable), not unpublished ports', async () => {
    const rock = await buildTestRock(
      {
        app: TROUBLE_APP,
        pebbleDirMode: 0o755,
        out: path.join(suite.work, 'pebble-dir-0755.rock')
      },
      suite.work
    )
    const log = captureLog()
    try {
      const attempt = smokeTest(
        suite.options({ rock: rock.file, image: testImage('flask-bad-dir') })
      )
      await expect(attempt).rejects.toThrow(
        /^the rock's entrypoint \(Pebble\) exited at once with code 1: cannot run daemon: directory "\/var\/lib\/pebble\/default" not writable$|the container stopped before \/ answered \(status exited, exit code 1, not OOM-killed\): cannot run daemon: directory "\/var\/lib\/pebble\/default" not writable$/
      )
    } finally {
      log.restore()
      await removeTestImages(suite.rocks.host, ['flask-bad-dir'])
    }
    expect(log.text()).not.toMatch(/were not published/)
  }, 300_000)

  it('loads rocks whose versions are no Docker tags, from paths with a colon, under run-unique tags the cleanup removes', async () => {
    for (const version of ['1.0+git', '1.0~rc1', '2:1.0']) {
      const rock = path.join(suite.work, `flask-sync_${version}_amd64.rock`)
      await fs.copyFile(suite.rocks.sync, rock)
      const image = runImage('flask-sync', version)
      const left: SmokeLeftovers = {}
      const result = await smokeTest(
        suite.options({
          rock,
          image,
          remember: patch => Object.assign(left, patch),
          timeoutSec: 60
        })
      )
      expect(result.image).toBe(image)
      expect(left.smokeImage).toBe(image)
      expect(await imageExists(image, suite.rocks.host)).toBe(true) // left for the job's later steps
      await cleanupSmoke(left, actionLog, { dockerHost: suite.rocks.host }) // the post step
      expect(await imageExists(image, suite.rocks.host)).toBe(false)
    }
  }, 300_000)

  it('fails on a probe that answers another status, naming it', async () => {
    await expect(
      smokeTest(
        suite.options({
          probes: [
            { method: 'GET', path: '/' },
            { method: 'GET', path: '/nope', expect: 200 }
          ],
          timeoutSec: 60
        })
      )
    ).rejects.toThrow("probe 'GET /nope =200' answered 404, expected status 200")
  }, 150_000)

  it('lets the post step remove the image this run loaded, never one the user named', async () => {
    const own = runImage('flask-sync', '0.1')
    const named = `flask-user-named:keep-${process.pid}`
    await loadRock(suite.rocks.sync, own, suite.rocks.host)
    await loadRock(suite.rocks.sync, named, suite.rocks.host)
    const was = process.env.DOCKER_HOST
    process.env.DOCKER_HOST = suite.rocks.host // the post step uses the runner's daemon
    try {
      for (const smokeImage of [own, named]) {
        process.env['STATE_flask-rock'] = JSON.stringify({ isPost: true, smokeImage })
        await post()
      }
      expect(await imageExists(own, suite.rocks.host)).toBe(false)
      expect(await imageExists(named, suite.rocks.host)).toBe(true)
    } finally {
      delete process.env['STATE_flask-rock']
      if (was === undefined) delete process.env.DOCKER_HOST
      else process.env.DOCKER_HOST = was
      await removeImage(named, suite.rocks.host)
    }
  }, 300_000)
})
