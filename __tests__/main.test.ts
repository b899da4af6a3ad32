// The action's main step as a runner runs it: INPUT_ variables in, the outputs file and the job
// summary out. The check and expansion are real; the pack, smoke and publish edges are replaced by
// doubles here (each has its own suite against stand-ins, a real Docker daemon and a real registry).
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parse } from 'yaml'
import { image, tarball } from './rock/support/oci.js'
import {
  doublePackAndSmoke,
  doubleRegistry,
  PublishError,
  runnerFiles,
  SMOKE_PASSED,
  SmokeError
} from './support/action-doubles.js'
import { tempDir } from './support/temp.js'

const { packStage, smokeTest } = await doublePackAndSmoke()
const { publishRock, mergeImages, proveRegistry } = doubleRegistry()

const { run } = await import('../src/action/main.js')
const { withRockcraftRevision } = await import('../src/core/index.js')

const EXAMPLE = resolve('examples/flask-gevent')
const DIGEST = `sha256:${'c'.repeat(64)}`
let work: string
let savedEnv: NodeJS.ProcessEnv

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value
}

/** The outputs file in the runner's `name<<delimiter` format. */
function outputs(): Record<string, string> {
  const text = readFileSync(join(work, 'output'), 'utf8')
  const result: Record<string, string> = {}
  const re = /^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm
  for (let m = re.exec(text); m; m = re.exec(text)) result[m[1]] = m[3]
  return result
}

// @actions/core keeps the first summary path it sees: one file for the whole suite.
const SUMMARY = join(tempDir('main-summary-'), 'summary')
const summary = (): string => readFileSync(SUMMARY, 'utf8')

beforeEach(() => {
  savedEnv = { ...process.env }
  work = tempDir('main-test-')
  runnerFiles(work, SUMMARY, process.cwd())
  process.exitCode = undefined
  packStage.mockReset()
  smokeTest.mockReset()
  publishRock.mockReset()
  proveRegistry.mockReset()
  proveRegistry.mockResolvedValue({ checked: [] })
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})

// Every directory a case makes (its work dir, hostile projects), removed after it: no leftovers.
const made: string[] = []
afterEach(() => {
  process.env = savedEnv
  process.exitCode = undefined
  jest.restoreAllMocks()
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

// What the pack stage "made": a real (tiny) rock, since the publish step pushes only the image
// the rock's read saw (its manifest digest goes to publishRock).
const PACKED_DIR = tempDir('main-packed-')
const PACKED_IMAGE = image([{ gzip: true, entries: [{ path: 'flask/', type: '5', uid: 584792 }] }])
writeFileSync(join(PACKED_DIR, 'flask-gevent_0.1_amd64.rock'), tarball(PACKED_IMAGE.entries))
const packed = {
  rock: join(PACKED_DIR, 'flask-gevent_0.1_amd64.rock'),
  durationMs: 95_000,
  mode: 'destructive',
  modeReason: 'GitHub-hosted runner on the build base',
  install: { rockcraftVersion: 'rockcraft 1.20.0' },
  cache: { key: 'flask-rock-k', exactHit: false, matchedKey: undefined, restored: [] },
  differences: []
}
/** What the stage returns for the project it was given: our expansion, at rockcraft revision 3339. */
const packsAt3339 = async (_inputs: unknown, project: unknown) => {
  const expanded = (project as { expanded: Record<string, unknown> }).expanded
  return { ...packed, expansion: withRockcraftRevision(expanded, '3339') }
}
// A passed smoke test with every further check: two probes, concurrency, a migration, a service.
const smoked = {
  ...SMOKE_PASSED,
  verdictMs: 120,
  answers: 2,
  probes: [
    { method: 'GET', path: '/', status: 200, ms: 3 },
    { method: 'GET', path: '/health', expect: 200, status: 200, ms: 2 }
  ],
  concurrency: { path: '/io', requests: 5, errors: 0, p50Ms: 2004, p95Ms: 2011, wallMs: 2015 },
  layout: 'v1',
  environment: { deployer: ['FLASK_SECRET_KEY'], smokeEnv: [] },
  migration: { command: ['python3', 'migrate.py'], workdir: '/flask/app', ms: 310, exitCode: 0 },
  services: [{ name: 'mail-worker', startup: 'enabled', current: 'active' }]
}

describe('check-only', () => {
  it('checks the example, writes the expansion and sets wsgi, worker, expanded', async () => {
    setInputs({ 'project-path': 'examples/flask-gevent', 'check-only': 'true' })
    await run()
    expect(process.exitCode).toBeUndefined()
    const out = outputs()
    expect(out.wsgi).toBe('app:app')
    expect(out.worker).toBe('gevent')
    const expanded = parse(readFileSync(out.expanded, 'utf8'))
    expect(expanded.services.flask.command).toBe(
      "/bin/python3 -m gunicorn -c /flask/gunicorn.conf.py 'app:app' -k [ gevent ]"
    )
    expect(packStage).not.toHaveBeenCalled()
    expect(summary()).toContain('<td>check</td><td>✅ passed</td>')
    expect(summary()).toContain('<td>pack</td><td>⏭️ skipped</td><td>—</td><td>check-only</td>')
  })

  it('fails with rockcraft words and an annotation on the file for a project rockcraft refuses', async () => {
    const dir = tempDir('refused-')
    cpSync(EXAMPLE, dir, { recursive: true })
    writeFileSync(join(dir, 'requirements.txt'), 'gevent\n')
    setInputs({ 'project-path': dir, 'check-only': 'true' })
    await run()
    expect(process.exitCode).toBe(1)
    const log = (process.stdout.write as jest.Mock).mock.calls.map(c => String(c[0])).join('')
    expect(log).toContain('::error title=rockcraft would refuse this project')
    expect(log).toContain('missing flask package dependency in requirements file.')
    expect(summary()).toContain('Failed at step <code>check</code>')
  })

  it('fails a rock that would not boot with each cause once and the shared change once, after them', async () => {
    const dir = tempDir('unshipped-')
    cpSync(EXAMPLE, dir, { recursive: true })
    writeFileSync(join(dir, 'helpers.py'), 'X = 1\n')
    writeFileSync(join(dir, 'models.py'), 'Y = 2\n')
    writeFileSync(
      join(dir, 'app.py'),
      'import flask\nimport helpers\nimport models\n\napp = flask.Flask(__name__)\n'
    )
    setInputs({ 'project-path': dir, 'check-only': 'true' })
    await run()
    expect(process.exitCode).toBe(1)
    const log = (process.stdout.write as jest.Mock).mock.calls.map(c => String(c[0])).join('')
    const failure = log.slice(log.lastIndexOf('::error::'))
    const app = relative(process.cwd(), join(dir, 'app.py'))
    expect(failure).toBe(
      "::error::the rock would not boot (flask-rock's prediction, not rockcraft's; see the README for flask-rock: ignore-boot):%0A" +
        `- ${app}:2: helpers is imported at boot, but the rock will not contain helpers.py: gunicorn would stop with ModuleNotFoundError: No module named 'helpers'.%0A` +
        `- ${app}:3: models is imported at boot, but the rock will not contain models.py: gunicorn would stop with ModuleNotFoundError: No module named 'models'.%0A` +
        'fix: Add to rockcraft.yaml: parts: {flask-framework/install-app: {prime: [flask/app/app.py, flask/app/helpers.py, flask/app/models.py]}} (flask-rock check --fix writes it)\n'
    )
  })

  it('annotates a syntax error on its file and line, in the words of Python', async () => {
    const dir = tempDir('syntax-')
    cpSync(EXAMPLE, dir, { recursive: true })
    writeFileSync(join(dir, 'app.py'), 'import flask\n\napp = flask.Flask(__name__\n')
    setInputs({ 'project-path': dir, 'check-only': 'true' })
    await run()
    expect(process.exitCode).toBe(1)
    const log = (process.stdout.write as jest.Mock).mock.calls.map(c => String(c[0])).join('')
    expect(log).toMatch(
      /::error title=rockcraft would refuse this project,file=.*app\.py,line=3(,col=\d+)?::error parsing app\.py: '\(' was never closed/
    )
  })

  it('experimental-extensions: true lets the 26.04 (V2) extension through the check, and the pack sees the variable', async () => {
    const dir = tempDir('v2-')
    cpSync(EXAMPLE, dir, { recursive: true })
    const yamlFile = join(dir, 'rockcraft.yaml')
    writeFileSync(
      yamlFile,
      readFileSync(yamlFile, 'utf8').replace(/^base: .*$/m, 'base: ubuntu@26.04')
    )
    delete process.env.ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS
    setInputs({ 'project-path': dir, 'check-only': 'true' })
    await run()
    expect(process.exitCode).toBe(1)
    const log = (process.stdout.write as jest.Mock).mock.calls.map(c => String(c[0])).join('')
    expect(log).toContain("Extension is experimental: 'flask-framework'")

    process.exitCode = undefined
    setInputs({ 'project-path': dir, 'check-only': 'true', 'experimental-extensions': 'true' })
    await run()
    expect(process.exitCode).toBeUndefined()
    const expanded = parse(readFileSync(outputs().expanded, 'utf8'))
    expect(expanded.services.flask.command).toBe(
      "/bin/python3 -m gunicorn -c /var/lib/gunicorn/gunicorn.conf.py 'app:app' -k [ gevent ]"
    )
    expect(Object.keys(expanded.parts)).toContain('flask-framework.install-app')
    expect(summary()).toContain('<tr><td>Ships in /app</td><td><code>app.py</code></td></tr>')
    // rockcraft expand-extensions and rockcraft pack read it from the environment.
    expect(process.env.ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS).toBe('1')
  })

  it('reports a bad input as one line before anything runs', async () => {
    setInputs({ 'build-mode': 'host' })
    await run()
    expect(process.exitCode).toBe(1)
    const log = (process.stdout.write as jest.Mock).mock.calls.map(c => String(c[0])).join('')
    expect(log).toContain(
      "::error::Input 'build-mode' must be one of auto, lxd, destructive; got 'host'"
    )
    expect(summary()).toContain('Failed at step <code>inputs</code>')
  })
})

describe('the whole pipeline', () => {
  const full = {
    'project-path': 'examples/flask-gevent',
    push: 'localhost:5000/app:1.0',
    'registry-username': 'u',
    'registry-password': 'p'
  }

  it('packs, smoke-tests and publishes in order, setting every output', async () => {
    packStage.mockImplementation(packsAt3339)
    smokeTest.mockResolvedValue(smoked)
    publishRock.mockResolvedValue({ digest: DIGEST, images: ['localhost:5000/app:1.0'] })
    setInputs({ ...full, 'docker-host': 'unix:///tmp/flask-rock-tests/docker.sock' })
    await run()
    expect(process.exitCode).toBeUndefined()
    const out = outputs()
    expect(out).toMatchObject({
      wsgi: 'app:app',
      worker: 'gevent',
      image: 'flask-gevent:0.1',
      digest: DIGEST,
      images: 'localhost:5000/app:1.0',
      name: 'localhost:5000/app',
      'smoke-tested': 'true'
    })
    expect(JSON.parse(out['smoke-result'])).toMatchObject({ status: 200, worker: 'gevent' })
    expect(smokeTest).toHaveBeenCalledWith(
      expect.objectContaining({
        rock: packed.rock,
        // A reference of this run's own (the post step removes it), not the shared name:version.
        image: expect.stringMatching(/^flask-gevent:0\.1-smoke-[0-9a-f]{12}$/),
        projectWorker: 'gevent',
        dockerHost: 'unix:///tmp/flask-rock-tests/docker.sock',
        migrate: 'false',
        services: 'report'
      })
    )
    expect(publishRock).toHaveBeenCalledWith(
      expect.objectContaining({
        rock: packed.rock,
        digest: PACKED_IMAGE.manifest.digest,
        refs: ['localhost:5000/app:1.0']
      })
    )
    const html = summary()
    for (const step of ['check', 'pack', 'smoke', 'publish'])
      expect(html).toContain(`<td>${step}</td><td>✅ passed</td>`)
    expect(html).toContain('<code>destructive (GitHub-hosted runner on the build base)</code>')
    expect(html).toContain('<code>miss</code>')
    expect(html).toContain('<code>flask_requests 2</code>')
    // The further checks, one list item each.
    expect(html).toContain(
      [
        '<ul>',
        '<li>Probe GET /: 200 in 3 ms</li>',
        '<li>Probe GET /health =200: 200 in 2 ms</li>',
        '<li>5 x GET /io at once: p50 2004 ms, p95 2011 ms, 0 errors, all in 2.0 s</li>',
        '<li>Migration python3 migrate.py (in /flask/app as _daemon_): passed in 0.3 s</li>',
        '<li>The app runs as uid 584792 (_daemon_)</li>',
        '<li>docker stop: 1.2 s, exit code 0</li>',
        '</ul>'
      ].join('')
    )
    expect(html).toContain(
      '<tr><td><code>mail-worker</code></td><td>enabled</td><td>✅ active</td></tr>'
    )
    expect(html).toContain(`<code>localhost:5000/app:1.0</code> @ <code>${DIGEST}</code>`)
  })

  it.each([
    [
      'pack',
      () => packStage.mockRejectedValue(new Error('rockcraft pack: sudo exited with code 1'))
    ],
    ['smoke', () => smokeTest.mockRejectedValue(new SmokeError('the app answered 500 on /'))],
    ['publish', () => publishRock.mockRejectedValue(new PublishError('refused by the registry'))]
  ])(
    'a failure in %s fails the run, names the step and runs nothing after it',
    async (step, fail) => {
      packStage.mockImplementation(packsAt3339)
      smokeTest.mockResolvedValue(smoked)
      publishRock.mockResolvedValue({ digest: DIGEST, images: ['localhost:5000/app:1.0'] })
      fail()
      setInputs(full)
      await run()
      expect(process.exitCode).toBe(1)
      expect(summary()).toContain(`Failed at step <code>${step}</code>`)
      expect(summary()).toContain(`<td>${step}</td><td>❌ failed</td>`)
      if (step === 'pack') expect(smokeTest).not.toHaveBeenCalled()
      if (step !== 'publish') expect(publishRock).not.toHaveBeenCalled()
      expect(outputs().digest).toBeUndefined()
    }
  )

  it('pushes with smoke-test false, and says untested in the log, the summary and an output', async () => {
    packStage.mockImplementation(packsAt3339)
    publishRock.mockResolvedValue({ digest: DIGEST, images: ['localhost:5000/app:1.0'] })
    setInputs({ ...full, 'smoke-test': 'false' })
    await run()
    expect(process.exitCode).toBeUndefined()
    expect(smokeTest).not.toHaveBeenCalled()
    expect(publishRock).toHaveBeenCalledTimes(1)
    const log = (process.stdout.write as jest.Mock).mock.calls.map(c => String(c[0])).join('')
    expect(log).toContain(
      '::warning::Publishing an untested rock: its smoke test was turned off (smoke-test: false)\n'
    )
    expect(summary()).toContain(
      `<td>publish</td><td>✅ passed</td><td>0.0 s</td><td>untested (smoke-test is false): localhost:5000/app:1.0 @ ${DIGEST}</td>`
    )
    expect(outputs()).toMatchObject({ 'smoke-tested': 'false', digest: DIGEST })
  })

  it('smoke-tests a given rock without packing', async () => {
    const rock = join(work, 'given.rock')
    writeFileSync(rock, 'not really an archive: the smoke double does not read it')
    smokeTest.mockResolvedValue(smoked)
    setInputs({ 'project-path': 'examples/flask-gevent', rock })
    await run()
    expect(process.exitCode).toBeUndefined()
    expect(packStage).not.toHaveBeenCalled()
    expect(outputs().rock).toBe(rock)
    expect(smokeTest).toHaveBeenCalledWith(expect.objectContaining({ rock }))
  })

  it('writes the SBOM beside the rock: output sbom, its counts and versions in the summary', async () => {
    const rock = join(work, 'web_1.0_amd64.rock')
    const entries = [
      { path: 'usr/lib/os-release', data: 'ID=ubuntu\nVERSION_ID="24.04"\n' },
      {
        path: 'var/lib/dpkg/status',
        data: 'Package: python3.12\nStatus: install ok installed\nVersion: 3.12.3-1\n'
      },
      {
        path: 'lib/python3.12/site-packages/flask-3.1.0.dist-info/METADATA',
        data: 'Name: Flask\nVersion: 3.1.0\n'
      }
    ]
    writeFileSync(rock, tarball(image([{ gzip: true, entries }]).entries))
    smokeTest.mockResolvedValue(smoked)
    setInputs({ 'project-path': 'examples/flask-gevent', rock })
    await run()
    expect(process.exitCode).toBeUndefined()
    const file = join(work, 'web_1.0_amd64.cdx.json')
    expect(outputs().sbom).toBe(file)
    const bom = JSON.parse(readFileSync(file, 'utf8')) as {
      metadata: { component: { name: string; version: string } }
    }
    // The project names the rock; the Ubuntu packages are the rock's own dpkg status.
    expect(bom.metadata.component).toMatchObject({ name: 'flask-gevent', version: '0.1' })
    expect(summary()).toContain(
      '<h3>SBOM</h3>\n' +
        `<table><tr><th>File</th><th>Python</th><th>Distribution packages</th><th>Go programs</th></tr><tr><td><code>${file}</code></td><td>1</td><td>1 Ubuntu (dpkg status)</td><td>0</td></tr></table>\n` +
        '<ul><li>Flask <code>3.1.0</code></li><li>gunicorn <code>unknown</code></li><li>Python <code>3.12.3</code></li><li>Pebble <code>unknown</code></li><li>statsd_exporter <code>unknown</code></li></ul>\n'
    )
  })

  it('writes the SBOM of a rock that fails its smoke test too: output sbom and the summary say what it holds', async () => {
    const rock = join(work, 'broken_1.0_amd64.rock')
    const entries = [
      {
        path: 'lib/python3.12/site-packages/flask-3.1.0.dist-info/METADATA',
        data: 'Name: Flask\nVersion: 3.1.0\n'
      }
    ]
    writeFileSync(rock, tarball(image([{ gzip: true, entries }]).entries))
    smokeTest.mockRejectedValue(new SmokeError('the app answered 500 on /'))
    setInputs({ 'project-path': 'examples/flask-gevent', rock })
    await run()
    expect(process.exitCode).toBe(1)
    const file = join(work, 'broken_1.0_amd64.cdx.json')
    expect(outputs().sbom).toBe(file)
    // A workflow gating on it must not ship this rock.
    expect(outputs()['smoke-tested']).toBe('false')
    expect(summary()).toContain(
      '<h3>SBOM</h3>\n' +
        `<table><tr><th>File</th><th>Python</th><th>Distribution packages</th><th>Go programs</th></tr><tr><td><code>${file}</code></td><td>1</td><td>0 Ubuntu (none)</td><td>0</td></tr></table>\n` +
        '<ul><li>Flask <code>3.1.0</code></li><li>gunicorn <code>unknown</code></li><li>Python <code>3.12</code></li><li>Pebble <code>unknown</code></li><li>statsd_exporter <code>unknown</code></li>' +
        '<li>Not known (1, listed in the SBOM): Ubuntu packages: the rock has no dpkg status and no chisel manifest, and the rock was given (input rock), not packed in this run</li></ul>\n'
    )
  })

  it('proves the registry right after the check: its failure stops the run before any pack', async () => {
    const why = `Registry check before the pack: logging in to ghcr.io as octo failed: ghcr.io refused registry-username and registry-password`
    proveRegistry.mockRejectedValue(new PublishError(why))
    setInputs({
      'project-path': EXAMPLE,
      push: 'ghcr.io/MyOrg/My-App:edge',
      'registry-username': 'octo',
      'registry-password': 'pw'
    })
    await run()
    expect(process.exitCode).toBe(1)
    expect(packStage).not.toHaveBeenCalled()
    expect(smokeTest).not.toHaveBeenCalled()
    expect(publishRock).not.toHaveBeenCalled()
    // The lower-cased reference, as the notice said, and the fork opt-in (off by default).
    expect(proveRegistry).toHaveBeenCalledWith(
      expect.objectContaining({
        refs: ['ghcr.io/myorg/my-app:edge'],
        username: 'octo',
        pushFromForks: false
      })
    )
    expect(summary()).toContain(`<td>publish</td><td>❌ failed</td>`)
    expect(summary()).toContain(why)
  })

  it('refuses worker gevent for a project without gevent before packing', async () => {
    const dir = tempDir('sync-')
    cpSync(resolve('examples/flask-sync'), dir, { recursive: true })
    setInputs({ 'project-path': dir, worker: 'gevent' })
    await run()
    expect(process.exitCode).toBe(1)
    expect(packStage).not.toHaveBeenCalled()
  })

  it('names /snap/rockcraft/current before rockcraft is installed, and its revision after', async () => {
    packStage.mockImplementation(packsAt3339)
    smokeTest.mockResolvedValue(smoked)
    setInputs({ 'project-path': 'examples/flask-gevent' })
    await run()
    const packedWith = (packStage.mock.calls[0][1] as { expanded: Record<string, unknown> })
      .expanded
    const source = (e: Record<string, unknown>) =>
      (e.parts as Record<string, { source: string }>)['flask-framework/config-files'].source
    expect(source(packedWith)).toBe(
      '/snap/rockcraft/current/share/rockcraft/extensions/flask-framework'
    )
    const log = (process.stdout.write as jest.Mock).mock.calls.map(c => String(c[0])).join('')
    expect(log).toContain(
      `The config-files part's source /snap/rockcraft/current/share/rockcraft/extensions/flask-framework is the rockcraft snap's current revision: rockcraft is not installed here, and once installed it prints its revision number in place of "current"\n`
    )
    const expanded = parse(readFileSync(outputs().expanded, 'utf8'))
    expect(source(expanded)).toBe('/snap/rockcraft/3339/share/rockcraft/extensions/flask-framework')
  })

  it('uses rockcraft expansion when it differs from ours', async () => {
    packStage.mockResolvedValue({
      ...packed,
      differences: ['services.flask.command'],
      expansion: { name: 'flask-gevent', services: { flask: { command: 'x -k [ sync ]' } } }
    })
    smokeTest.mockResolvedValue({ ...smoked, worker: 'sync' })
    setInputs({ 'project-path': 'examples/flask-gevent' })
    await run()
    expect(smokeTest).toHaveBeenCalledWith(expect.objectContaining({ projectWorker: 'sync' }))
    expect(summary()).toContain('x -k [ sync ]')
  })
})

/** The log as the runner reads it: what run() wrote to stdout. */
const log = (): string =>
  (process.stdout.write as jest.Mock).mock.calls.map(c => String(c[0])).join('')
/** Durations vary: "0.2 s" -> "T". */
const timeless = (text: string): string => text.replace(/\d+\.\d s/g, 'T')

function hostileProject(description: string): string {
  const dir = tempDir('hostile-')
  cpSync(EXAMPLE, dir, { recursive: true })
  const yaml = readFileSync(join(EXAMPLE, 'rockcraft.yaml'), 'utf8').replace(
    /description: \|\n.*\n/,
    `description: |\n${description
      .split('\n')
      .map(l => `  ${l}`)
      .join('\n')}\n`
  )
  writeFileSync(join(dir, 'rockcraft.yaml'), yaml)
  return dir
}

describe('what a reviewer sees', () => {
  it('writes the whole summary once: steps, the project relative to the workspace, the expansion', async () => {
    setInputs({ 'project-path': 'examples/flask-gevent', 'check-only': 'true' })
    await run()
    const yaml = readFileSync(outputs().expanded, 'utf8')
    expect(timeless(summary())).toBe(
      '<h2>Flask rock: flask-gevent</h2>\n' +
        '<table><tr><th>Step</th><th>Result</th><th>Time</th><th>Details</th></tr>' +
        '<tr><td>inputs</td><td>✅ passed</td><td>T</td><td>read and valid</td></tr>' +
        '<tr><td>check</td><td>✅ passed</td><td>T</td><td>app:app, worker gevent, base ubuntu@24.04</td></tr>' +
        '<tr><td>pack</td><td>⏭️ skipped</td><td>—</td><td>check-only</td></tr>' +
        '<tr><td>smoke</td><td>⏭️ skipped</td><td>—</td><td>check-only</td></tr>' +
        '<tr><td>publish</td><td>⏭️ skipped</td><td>—</td><td>check-only</td></tr></table>\n' +
        '<table><tr><th>Project</th><th>flask-gevent</th></tr>' +
        '<tr><td>Directory</td><td><code>examples/flask-gevent</code></td></tr>' +
        '<tr><td>Base</td><td><code>ubuntu@24.04</code></td></tr>' +
        '<tr><td>Version</td><td><code>0.1</code></td></tr>' +
        '<tr><td>WSGI entrypoint</td><td><code>app:app</code></td></tr>' +
        '<tr><td>Worker</td><td><code>gevent</code></td></tr>' +
        '<tr><td>Ships in /flask/app</td><td><code>app.py</code></td></tr></table>\n' +
        '<details><summary>Expanded project (what <code>rockcraft expand-extensions</code> prints)</summary>' +
        `\n\n\`\`\`yaml\n${yaml}\`\`\`\n\n</details>\n`
    )
  })

  it('says when rockcraft.yaml was written by init: true', async () => {
    const dir = tempDir('init-')
    cpSync(EXAMPLE, dir, { recursive: true })
    rmSync(join(dir, 'rockcraft.yaml'))
    setInputs({ 'project-path': dir, 'check-only': 'true', init: 'true' })
    await run()
    expect(process.exitCode).toBeUndefined()
    expect(summary()).toContain(
      // The project's name (made from the folder's by init) heads the table, its directory below.
      `<tr><td>Directory</td><td><code>${dir}</code></td></tr>` +
        '<tr><td>rockcraft.yaml</td><td><code>written by init: true, not in the repository</code></td></tr>'
    )
  })

  it('shows the first reason of a refusal in the headline and the Details cell', async () => {
    const dir = tempDir('refused-')
    cpSync(EXAMPLE, dir, { recursive: true })
    writeFileSync(join(dir, 'requirements.txt'), 'gevent\n')
    setInputs({ 'project-path': dir, 'check-only': 'true' })
    await run()
    const reason =
      'rockcraft would refuse this project: missing flask package dependency in requirements file.'
    expect(summary()).toContain(
      `<p><strong>❌ Failed at step <code>check</code>:</strong> ${reason}</p>\n`
    )
    expect(timeless(summary())).toContain(
      `<tr><td>check</td><td>❌ failed</td><td>T</td><td>${reason}</td></tr>`
    )
  })

  it('prints the expansion fenced from workflow commands on a runner', async () => {
    process.env.GITHUB_ACTIONS = 'true'
    const dir = hostileProject(
      '::set-output name=digest::forged\n  ::add-mask::x\n::stop-commands::abc\nplain ##[error]legacy'
    )
    setInputs({ 'project-path': dir, 'check-only': 'true' })
    await run()
    expect(process.exitCode).toBeUndefined()
    const lines = log().split('\n')
    const group = lines.indexOf(
      '::group::Expanded project (what rockcraft expand-extensions prints)'
    )
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[group + 1])?.[1]
    expect(token).toBeDefined()
    const end = lines.indexOf(`::${token}::`)
    expect(lines[end + 1]).toBe('::endgroup::')
    // Every line the project wrote sits between the fence's two lines.
    for (const hostile of ['::set-output name=digest::forged', '::stop-commands::abc'])
      expect(lines.indexOf(`  ${hostile}`)).toBeGreaterThan(group + 1)
    expect(lines.slice(group + 2, end).join('\n')).toBe(
      readFileSync(outputs().expanded, 'utf8').trimEnd()
    )
    expect(outputs().digest).toBeUndefined()
  })
})

describe('run in merge mode (input manifest)', () => {
  const amd = `ghcr.io/org/app@sha256:${'1'.repeat(64)}`
  const arm = `ghcr.io/org/app@sha256:${'2'.repeat(64)}`

  it('only merges: no project is read, nothing is packed or tested; outputs as for a push', async () => {
    mergeImages.mockResolvedValue({
      digest: DIGEST,
      images: ['ghcr.io/org/app:1.2.3', 'ghcr.io/org/app:1'],
      name: 'ghcr.io/org/app',
      entries: [
        { source: amd, digest: amd.split('@')[1], platform: 'linux/amd64' },
        { source: arm, digest: arm.split('@')[1], platform: 'linux/arm64' }
      ],
      annotations: {}
    })
    setInputs({
      // No such project: the merge never looks for one.
      'project-path': 'does/not/exist',
      manifest: `${amd}\n${arm}\n`,
      push: 'ghcr.io/org/app:1.2.3\nghcr.io/org/app:1',
      'registry-username': 'u',
      'registry-password': 'p'
    })
    await run()
    expect(process.exitCode).toBeUndefined()
    expect(mergeImages).toHaveBeenCalledWith(
      expect.objectContaining({
        sources: [amd, arm],
        refs: ['ghcr.io/org/app:1.2.3', 'ghcr.io/org/app:1'],
        username: 'u',
        password: 'p',
        annotations: { 'org.opencontainers.image.revision': 'abc' }
      })
    )
    expect(packStage).not.toHaveBeenCalled()
    expect(smokeTest).not.toHaveBeenCalled()
    expect(publishRock).not.toHaveBeenCalled()
    expect(outputs()).toEqual({
      digest: DIGEST,
      images: 'ghcr.io/org/app:1.2.3,ghcr.io/org/app:1',
      name: 'ghcr.io/org/app'
    })
    const html = summary()
    for (const step of ['check', 'pack', 'smoke'])
      expect(html).toContain(
        `<td>${step}</td><td>⏭️ skipped</td><td>—</td><td>manifest given: merging images already pushed</td>`
      )
    expect(html).toContain(`<td>publish</td><td>✅ passed</td>`)
    expect(html).toContain(`index of linux/amd64, linux/arm64 @ ${DIGEST}`)
  })
})
