// One Docker daemon for docker and skopeo alike: a daemon on its own socket, never the default
// one. skopeo does not read DOCKER_HOST itself; a rock loaded by hand with only DOCKER_HOST set
// must still land there. Where the tests use the machine's daemon at the default socket, this
// test starts one of its own beside it (which takes root).
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { run } from '../../src/process/exec.js'
import { imageExists, loadRock } from '../../src/smoke/docker.js'
import { buildRock } from '../registry/registry.js'
import { describeWith } from '../support/real-parts.js'
import { answeringDaemon } from '../../scripts/test-dockerd.mjs'
import { ensureTestDockerd, startExtraDockerd } from './support/dockerd.js'

const DEFAULT_HOST = 'unix:///var/run/docker.sock'
const onDefault = (await answeringDaemon(process.env)) === DEFAULT_HOST
const describeReal = await describeWith('the docker-host tests', {
  tools: ['docker', 'skopeo', 'umoci', ...(onDefault ? ['dockerd'] : [])],
  root: onDefault
})

describeReal('a rock loaded into the daemon DOCKER_HOST names', () => {
  let host: string
  let work: string
  let rock: string
  const ref = `flask-rock-docker-host-test:${process.pid}`
  const saved = process.env.DOCKER_HOST
  let stopOwn: (() => Promise<void>) | undefined

  beforeAll(async () => {
    host = await ensureTestDockerd()
    if (host === DEFAULT_HOST) {
      const own = await startExtraDockerd()
      ;[host, stopOwn] = [own.host, own.stop]
    }
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-docker-host-'))
    rock = await buildRock(work)
  }, 120_000)

  afterAll(async () => {
    if (saved === undefined) delete process.env.DOCKER_HOST
    else process.env.DOCKER_HOST = saved
    await run('docker', ['-H', host, 'image', 'rm', ref], { what: 'clean up', timeoutMs: 60_000 })
    await fs.rm(work, { recursive: true, force: true })
    await stopOwn?.()
  }, 120_000)

  it('goes to that daemon with no host given, skopeo included', async () => {
    expect(host).not.toBe(DEFAULT_HOST)
    process.env.DOCKER_HOST = host
    await loadRock(rock, ref)
    expect(await imageExists(ref, host)).toBe(true)
  }, 120_000)
})
