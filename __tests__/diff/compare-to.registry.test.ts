// Input compare-to against a real registry on loopback (docker-registry, htpasswd, TLS that skopeo
// trusts through SSL_CERT_FILE), through a recording skopeo: the reference pulled with the
// credentials only when it is on their host, a reference not there yet a notice, one the registry
// refuses a warning; the summary section as GitHub's own Markdown renderer (cmark-gfm) reads it.
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe as describeJest,
  expect,
  it,
  jest
} from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { newReport } from '../../src/action/report.js'
import { renderSummary } from '../../src/action/summary.js'
import { compareRock, type CompareInputs } from '../../src/diff/action.js'
import { diffHtml, diffText, type RockDiff } from '../../src/diff/index.js'
import { authFileContent } from '../../src/registry/auth-file.js'
import {
  recordingSkopeo,
  startRegistry,
  type Registry,
  type SkopeoRecorder
} from '../registry/registry.js'
import { skipReason } from '../support/real-parts.js'
import { NEW, OLD } from './support.js'

const USER = 'rockreader'
const PASSWORD = 'pw-diff-Kq3!unlikely-elsewhere'
const PASSWORD_B64 = Buffer.from(`${USER}:${PASSWORD}`).toString('base64')

const skip = await skipReason('the compare-to registry tests', {
  tools: ['/usr/bin/docker-registry', 'htpasswd', 'openssl', 'skopeo']
})
const describe = skip ? (describeJest.skip as typeof describeJest) : describeJest

let root = ''
let registry: Registry
let newRock = ''
let released = ''

beforeAll(async () => {
  if (skip) return
  root = await mkdtemp(path.join(os.tmpdir(), 'flask-rock-compare-to-'))
  registry = await startRegistry(path.join(root, 'registry'), USER, PASSWORD)
  const oldRock = path.join(root, 'old.rock')
  newRock = path.join(root, 'new.rock')
  await writeFile(oldRock, OLD)
  await writeFile(newRock, NEW)
  const auth = path.join(root, 'push-auth.json')
  await writeFile(auth, authFileContent(registry.host, USER, PASSWORD))
  released = `${registry.host}/flask/app:1.0`
  execFileSync(
    'skopeo',
    [
      '--insecure-policy',
      'copy',
      '--dest-authfile',
      auth,
      `oci-archive:${oldRock}`,
      `docker://${released}`
    ],
    { env: { ...process.env, SSL_CERT_FILE: registry.caFile }, stdio: 'pipe' }
  )
  await rm(auth)
}, 60_000)

afterAll(async () => {
  if (skip) return
  await registry?.stop()
  await rm(root, { recursive: true, force: true })
})

let work = ''
let tempDir = ''
let skopeo: SkopeoRecorder
let log = ''
let outputs = ''
const saved = { out: process.env.GITHUB_OUTPUT, state: process.env.GITHUB_STATE }

beforeEach(async () => {
  if (skip) return
  work = await mkdtemp(path.join(root, 'case-'))
  skopeo = await recordingSkopeo(work)
  tempDir = path.join(work, 'tmp')
  await mkdir(tempDir)
  process.env.GITHUB_OUTPUT = path.join(work, 'output')
  process.env.GITHUB_STATE = path.join(work, 'state')
  await writeFile(process.env.GITHUB_OUTPUT, '')
  await writeFile(process.env.GITHUB_STATE, '')
  log = ''
  jest.spyOn(process.stdout, 'write').mockImplementation(c => ((log += String(c)), true))
})

afterEach(async () => {
  jest.restoreAllMocks()
  process.env.GITHUB_OUTPUT = saved.out
  process.env.GITHUB_STATE = saved.state
  if (!skip) outputs = await readFile(path.join(work, 'output'), 'utf8')
})

/** skopeo's environment: the recorder first, our CA trusted, a HOME without any login. */
function env(): NodeJS.ProcessEnv {
  return {
    PATH: `${skopeo.binDir}:${process.env.PATH}`,
    HOME: path.join(work, 'home'),
    XDG_RUNTIME_DIR: path.join(work, 'run'),
    SSL_CERT_FILE: registry.caFile,
    'INPUT_REGISTRY-PASSWORD': PASSWORD
  }
}

const inputs = (over: Partial<CompareInputs>): CompareInputs => ({
  compareTo: released,
  push: [],
  registry: '',
  registryUsername: USER,
  registryPassword: PASSWORD,
  insecureRegistries: [],
  insecurePassword: [],
  ...over
})

async function copies(): Promise<string[][]> {
  return (await skopeo.calls()).filter(c => c.argv.includes('copy')).map(c => c.argv)
}

describe('compare-to', () => {
  it('pulls the release with the read credentials, says what changes, and removes the auth file', async () => {
    const report = newReport()
    await compareRock(inputs({}), newRock, report, tempDir, { env: env() })

    const file = path.join(tempDir, 'rock-diff.json')
    const diff = JSON.parse(await readFile(file, 'utf8')) as RockDiff
    // The release as the registry serves it (its own Docker-Content-Digest).
    expect(diff.old.given).toBe(released)
    expect(diff.old.digest).toBe(await registry.manifestDigest('flask/app', '1.0'))
    expect(diff.python.changed).toEqual([{ name: 'Flask', old: '3.0.0', new: '3.0.3' }])
    expect(report.diff).toEqual({ file, html: diffHtml(diff) })
    expect(log).toContain(`::group::What changes in the rock (from ${released})\n`)
    expect(log).toContain(diffText(diff).split('\n').slice(1, 9).join('\n'))
    // One pull, with our auth file for that host, removed after.
    const pulls = await copies()
    expect(pulls).toHaveLength(1)
    const authFile = pulls[0][pulls[0].indexOf('--src-authfile') + 1]
    expect(pulls[0]).toEqual([
      '--insecure-policy',
      'copy',
      '--retry-times',
      '2',
      '--preserve-digests',
      '--src-authfile',
      authFile,
      `docker://${released}`,
      expect.stringMatching(/^oci-archive:.*\/side\.rock$/)
    ])
    expect(existsSync(authFile)).toBe(false)
    expect(existsSync(path.dirname(authFile))).toBe(false)
    const raw = await skopeo.raw()
    for (const secret of [PASSWORD, PASSWORD_B64]) {
      expect(raw).not.toContain(secret)
      expect(log).not.toContain(secret)
    }
  }, 60_000)

  it('gives the credentials for the push host to no other host: the release there is read without', async () => {
    const report = newReport()
    await compareRock(inputs({ push: ['ghcr.io/org/app:1.1'] }), newRock, report, tempDir, {
      env: env()
    })
    const pulls = await copies()
    expect(pulls).toHaveLength(1)
    expect(pulls[0]).not.toContain('--src-authfile')
    // The registry wants a login the runner does not have: a warning, never a failure.
    expect(report.diff?.note).toMatch(
      new RegExp(
        `^Could not compare with ${released.replace(/[.]/g, '\\.')}: pull ${released.replace(/[.]/g, '\\.')}: .*(unauthorized|authentication required)`,
        'i'
      )
    )
    expect(log).toMatch(/^::warning::compare-to: could not compare with /m)
    expect(process.exitCode ?? 0).toBe(0)
  }, 60_000)

  it('sends no password in clear to a host off this machine without TLS verification', async () => {
    const ref = 'registry.invalid:5000/flask/app:1.0'
    const report = newReport()
    await compareRock(
      inputs({ compareTo: ref, insecureRegistries: ['registry.invalid:5000'] }),
      newRock,
      report,
      tempDir,
      { env: env() }
    )
    expect(log).toContain(
      `::warning::compare-to: reading ${ref} without the registry credentials: the registry password would go to registry.invalid:5000 without TLS verification`
    )
    const pulls = await copies()
    expect(pulls).toHaveLength(1)
    expect(pulls[0]).not.toContain('--src-authfile')
    expect(pulls[0]).toContain('--src-tls-verify=false')
    expect(report.diff?.note).toMatch(
      /^Could not compare with registry\.invalid:5000\/flask\/app:1\.0: /
    )
  }, 60_000)

  it('says a release not there yet is nothing to compare with: a notice, no output', async () => {
    const first = `${registry.host}/flask/app:2.0`
    const report = newReport()
    await compareRock(inputs({ compareTo: first }), newRock, report, tempDir, { env: env() })
    expect(report.diff).toEqual({
      note: `Nothing to compare with: ${first} does not exist in its registry (yet) (a first release?)`
    })
    expect(log).toContain(
      `::notice::compare-to: ${first} does not exist in its registry (yet): nothing to compare with (a first release?)\n`
    )
    expect(outputs).toBe('')
    expect(renderSummary(report)).toContain(
      `<h3>What changes in the rock</h3>\n<p>Nothing to compare with: ${first} does not exist in its registry (yet) (a first release?)</p>\n`
    )
  }, 60_000)
})

describe('the summary section, as GitHub renders Markdown', () => {
  const cmark = existsSync('/usr/bin/cmark-gfm') ? it : it.skip
  cmark(
    'passes through cmark-gfm as the HTML it is: no line becomes Markdown',
    async () => {
      const report = newReport()
      await compareRock(inputs({}), newRock, report, tempDir, { env: env() })
      const section = report.diff!.html!
      const summary = renderSummary(report)
      expect(summary).toContain(section)
      // GitHub's renderer (cmark-gfm, its tables and tag filter on): the section comes out as written.
      const rendered = execFileSync(
        'cmark-gfm',
        ['--unsafe', '-e', 'table', '-e', 'tagfilter', '-e', 'autolink'],
        { input: section, encoding: 'utf8' }
      )
      expect(rendered).toBe(section)
    },
    60_000
  )
})
