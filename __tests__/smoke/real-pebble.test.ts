// What the real Pebble does that the stand-ins hid, each against a real Docker daemon: its own
// notices on stderr as `[pebble]` lines, v1.19 ignoring PEBBLE_VERBOSE, a Pebble that exits at once;
// and rock versions that are no Docker tags. Needs ../shared/runtime/ (the real binaries).
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, afterEach, beforeAll, expect, it } from '@jest/globals'
import {
  cleanupSmoke,
  runImage,
  smokeTest,
  startSmoke,
  type SmokeLeftovers,
  type SmokeOptions
} from '../../src/smoke/index.js'
import { actionLog } from '../../src/smoke/action-log.js'
import { containerLogEntries, imageExists, loadRock, removeImage } from '../../src/smoke/docker.js'
import { post } from '../../src/action/post-step.js'
import { describeWith } from '../support/real-parts.js'
import { captureLog } from './support/log.js'
import {
  EXAMPLES,
  leftovers,
  removeTestImages,
  setUpRocks,
  smokeOptions,
  tearDownRocks,
  testImage,
  TROUBLE_APP,
  useStateFile,
  type TestRocks
} from './support/harness.js'
import { buildTestRock, runtimeDir } from './support/rock.js'

const describeReal = await describeWith('the real-Pebble smoke tests', {
  root: true,
  runtime: true,
  tools: ['dockerd', 'docker', 'skopeo', 'mmdebstrap', path.join(runtimeDir(), 'pebble-1.19.2')]
})

describeReal('the smoke test against the real Pebble', () => {
  let rocks: TestRocks
  let work: string
  let stateFile: string
  let options: (patch: Partial<SmokeOptions>) => SmokeOptions

  beforeAll(async () => {
    rocks = await setUpRocks()
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-real-pebble-'))
    stateFile = await useStateFile(work)
    options = smokeOptions({
      rock: rocks.trouble,
      image: testImage('flask-trouble'),
      timeoutSec: 120,
      dockerHost: rocks.host,
      tempDir: work
    })
  }, 600_000)

  afterEach(async () => {
    expect(await leftovers(rocks.host, stateFile)).toEqual([])
  })

  afterAll(() => tearDownRocks(rocks, work))

  it("fails fast on a bad gunicorn argument (no 'Worker failed to boot' line), naming Pebble's and gunicorn's last words", async () => {
    const smoke = await startSmoke(options({ env: { GUNICORN_CMD_ARGS: '--bogus-flag' } }))
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
      const stops = (await containerLogEntries(smoke.name, rocks.host)).filter(e =>
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
        out: path.join(work, 'old-pebble.rock')
      },
      work
    )
    expect(rock.runtime.label).toMatch(/^real Pebble v1\.19\.2/)
    // Forced sync: --verbose must come before --args, or gunicorn gets it as an argument.
    const result = await smokeTest(
      options({
        rock: rock.file,
        image: testImage('flask-old-pebble'),
        projectWorker: 'gevent',
        worker: 'sync',
        timeoutSec: 60
      })
    )
    expect(result.worker).toBe('sync')
    expect(result.status).toBe(200)
    await removeTestImages(rocks.host, ['flask-old-pebble'])
  }, 300_000)

  it('reports the reason of a Pebble that exits at once (its directory not writable), not unpublished ports', async () => {
    const rock = await buildTestRock(
      { app: TROUBLE_APP, pebbleDirMode: 0o755, out: path.join(work, 'pebble-dir-0755.rock') },
      work
    )
    const log = captureLog()
    try {
      const attempt = smokeTest(options({ rock: rock.file, image: testImage('flask-bad-dir') }))
      await expect(attempt).rejects.toThrow(
        /^the rock's entrypoint \(Pebble\) exited at once with code 1: cannot run daemon: directory "\/var\/lib\/pebble\/default" not writable$|the container stopped before \/ answered \(status exited, exit code 1, not OOM-killed\): cannot run daemon: directory "\/var\/lib\/pebble\/default" not writable$/
      )
    } finally {
      log.restore()
      await removeTestImages(rocks.host, ['flask-bad-dir'])
    }
    expect(log.text()).not.toMatch(/were not published/)
  }, 300_000)

  it('loads rocks whose versions are no Docker tags, from paths with a colon, under run-unique tags the cleanup removes', async () => {
    for (const version of ['1.0+git', '1.0~rc1', '2:1.0']) {
      const rock = path.join(work, `flask-sync_${version}_amd64.rock`)
      await fs.copyFile(rocks.sync, rock)
      const image = runImage('flask-sync', version)
      const left: SmokeLeftovers = {}
      const result = await smokeTest(
        options({ rock, image, remember: patch => Object.assign(left, patch), timeoutSec: 60 })
      )
      expect(result.image).toBe(image)
      expect(left.smokeImage).toBe(image)
      expect(await imageExists(image, rocks.host)).toBe(true) // left for the job's later steps
      await cleanupSmoke(left, actionLog, { dockerHost: rocks.host }) // the post step
      expect(await imageExists(image, rocks.host)).toBe(false)
    }
  }, 300_000)

  it('fails on a probe that answers another status, naming it', async () => {
    await expect(
      smokeTest(
        options({
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
    await loadRock(rocks.sync, own, rocks.host)
    await loadRock(rocks.sync, named, rocks.host)
    const was = process.env.DOCKER_HOST
    process.env.DOCKER_HOST = rocks.host // the post step uses the runner's daemon
    try {
      for (const smokeImage of [own, named]) {
        process.env['STATE_flask-rock'] = JSON.stringify({ isPost: true, smokeImage })
        await post()
      }
      expect(await imageExists(own, rocks.host)).toBe(false)
      expect(await imageExists(named, rocks.host)).toBe(true)
    } finally {
      delete process.env['STATE_flask-rock']
      if (was === undefined) delete process.env.DOCKER_HOST
      else process.env.DOCKER_HOST = was
      await removeImage(named, rocks.host)
    }
  }, 300_000)
})
