// What a test run leaves behind. The global setup gives the run a temp dir of its own (TMPDIR,
// which the workers and their children inherit) and takes a snapshot of the system temp dir and
// of the test Docker daemon; the global teardown fails the run when the run's temp dir is not
// empty, or when a temp dir with one of the project's prefixes, a container or an image with the
// tests' names or label appeared since the snapshot. What another run or a person made before the
// setup is in the snapshot and is not counted; the run's own temp dir holds only this run's. A
// temp dir with a project prefix that appears in the system temp dir during the run is named but
// does not fail it: on a shared machine another checkout's tests or a person's `flask-rock` make
// those all the time (60 in one 2-minute run here), and this run's own go to its temp dir.
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { answeringDaemon, command, TEST_DOCKER_HOST, TEST_DOCKERD_ROOT } from './test-dockerd.mjs'

/** Temp dir names the tests and the code under test make (mkdtemp prefixes). */
export const TEMP_PREFIX =
  /^(flask-rock-|github-env-|action-entry-|main-test-|main-summary-|by-hand-|entry-alone-|hostile-|init-|post-|teardown-test-|merge-test-|publish-|release-test-|runner-io-|stand-ins-|cache-key-|auth-|event-|summary-|refused-|syntax-|recipe-lint-|sbom-recipe-lint-|os-release-)/
/** Containers the tests make: the smoke test's and the tests' own stand-ins for others'. */
const CONTAINER_NAME = /^(flask-rock-|production-db-)/
const SMOKE_LABEL = 'flask-rock-action.smoke'
/** Images the tests make: test rocks (NAME:0.1-test-...), smoke images (NAME:V-smoke-...). */
const IMAGE_REF = /^flask-rock-|:.*-(test|smoke)-/

async function tempEntries(dir) {
  return (await readdir(dir).catch(() => [])).filter(name => TEMP_PREFIX.test(name))
}

async function dockerLines(host, args) {
  const r = await command('docker', ['-H', host, ...args], 60_000)
  return r.code === 0 ? r.stdout.split('\n').filter(l => l !== '') : []
}

/** The daemon's containers (id name labels) and images (id repo:tag; `<none>:<none>` untagged). */
async function dockerThings(host) {
  if (!host) return { containers: [], images: [] }
  const [containers, images] = await Promise.all([
    dockerLines(host, ['ps', '--all', '--no-trunc', '--format', '{{.ID}} {{.Names}} {{.Labels}}']),
    dockerLines(host, ['images', '--no-trunc', '--format', '{{.ID}} {{.Repository}}:{{.Tag}}'])
  ])
  return { containers, images }
}

/** Gives this run its own temp dir (TMPDIR) and records what is there before it. */
export async function snapshotBeforeRun(env) {
  const systemTemp = os.tmpdir()
  // The temp dir of the outermost run, for Jest's cache (jest.config.js).
  env.FLASK_ROCK_TEST_SYSTEM_TMPDIR ||= systemTemp
  const runTemp = await mkdtemp(path.join(systemTemp, 'flask-rock-test-run-'))
  // As the system temp dir is: tests run children as other users that make their own there.
  await chmod(runTemp, 0o1777)
  env.TMPDIR = runTemp
  const host = await answeringDaemon(env)
  return {
    systemTemp,
    runTemp,
    temp: await tempEntries(systemTemp),
    ...(await dockerThings(host))
  }
}

/**
 * What the run left (`left`: lines naming each thing, or none) and what appeared meanwhile that
 * may be another process's (`appeared`): project temp dirs in the system temp dir, and on a
 * daemon this run did not start, test containers and images that do not carry the run's name. Empties and removes the run's temp dir
 * (what was left is named, then gone).
 */
export async function leftBehind(before, env) {
  const left = []
  const appeared = []
  for (const name of await readdir(before.runTemp).catch(() => [])) {
    left.push(`temp dir entry ${name}`)
  }
  await rm(before.runTemp, { recursive: true, force: true })
  const runTempName = path.basename(before.runTemp)
  for (const name of await tempEntries(before.systemTemp)) {
    if (name !== runTempName && !before.temp.includes(name))
      appeared.push(path.join(before.systemTemp, name))
  }
  const host = await answeringDaemon(env)
  const now = await dockerThings(host)
  // On a daemon this run started, every new thing is this run's; on a shared one, only what
  // carries the run's name (its test images' tags do) is surely this run's: the rest may be
  // another run's at work, and is named as appeared.
  const runId = env.FLASK_ROCK_TEST_RUN_ID ?? ''
  const startedBy = await readFile(path.join(TEST_DOCKERD_ROOT, 'started-by'), 'utf8').catch(
    () => ''
  )
  const ownDaemon = host === TEST_DOCKER_HOST && runId !== '' && startedBy.trim() === runId
  const sort = (thing, what) =>
    (ownDaemon || (runId !== '' && thing.includes(runId)) ? left : appeared).push(what)
  for (const line of now.containers) {
    if (before.containers.includes(line)) continue
    const [, name, labels = ''] = line.split(' ')
    if (CONTAINER_NAME.test(name) || labels.split(',').some(l => l.startsWith(`${SMOKE_LABEL}=`)))
      sort(name, `container ${name}`)
  }
  for (const line of now.images) {
    if (before.images.includes(line)) continue
    const [id, ref] = line.split(' ')
    if (IMAGE_REF.test(ref)) sort(ref, `image ${ref}`)
    // A tag loaded twice leaves the first image untagged: no name says whose it is, so only a
    // daemon this run started counts it as the run's.
    else if (ref === '<none>:<none>' && !before.images.some(l => l.startsWith(`${id} `)))
      sort('', `untagged image ${id}`)
  }
  return { left, appeared }
}
