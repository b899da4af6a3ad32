// `flask-rock sbom` spawned the way a user runs it (the CLI bundled by ncc, so the CycloneDX
// library is proven to bundle): the SBOM on stdout, the summary with --format text, exit 1 with
// one line for a file that is no rock, exit 2 for usage.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { image, tarball } from '../rock/support/oci.js'

const ROOT = path.resolve(import.meta.dirname ?? '.', '../..')
let cliDir = ''
let cli = ''
let work = ''
let rock = ''

beforeAll(() => {
  cliDir = mkdtempSync(path.join(tmpdir(), 'flask-rock-sbom-cli-'))
  work = mkdtempSync(path.join(tmpdir(), 'flask-rock-sbom-cli-work-'))
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/ncc'),
    ['build', path.join(ROOT, 'src/cli/cli.ts'), '-o', cliDir, '--target', 'es2022', '-q'],
    { cwd: ROOT, stdio: 'pipe' }
  )
  cli = path.join(cliDir, 'index.js')
  rock = path.join(work, 'web_1.0_amd64.rock')
  const entries = [
    { path: 'usr/lib/os-release', data: 'ID=ubuntu\nVERSION_ID="24.04"\n' },
    {
      path: 'lib/python3.12/site-packages/gunicorn-23.0.0.dist-info/METADATA',
      data: 'Name: gunicorn\nVersion: 23.0.0\n'
    }
  ]
  writeFileSync(rock, tarball(image([{ gzip: true, entries }]).entries))
}, 180_000)

afterAll(() => {
  rmSync(cliDir, { recursive: true, force: true })
  rmSync(work, { recursive: true, force: true })
})

function flaskRock(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, 'sbom', ...args], {
    encoding: 'utf8',
    timeout: 60_000
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('flask-rock sbom', () => {
  it('prints the CycloneDX JSON, named by the project', () => {
    const project = path.join(work, 'project')
    mkdirSync(path.join(project, 'parts', 'deps', 'state'), { recursive: true })
    writeFileSync(
      path.join(project, 'rockcraft.yaml'),
      'name: web\nversion: "1.0"\nbase: bare\nbuild-base: ubuntu@24.04\n'
    )
    writeFileSync(
      path.join(project, 'parts', 'deps', 'state', 'pull'),
      'assets:\n  stage-packages: [libc6=2.39-0ubuntu8]\n'
    )
    const r = flaskRock([rock, '--project', project])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const bom = JSON.parse(r.stdout) as {
      specVersion: string
      metadata: { component: { name: string; version: string } }
      components: { purl: string }[]
    }
    expect(bom.specVersion).toBe('1.6')
    expect(bom.metadata.component).toMatchObject({ name: 'web', version: '1.0' })
    expect(bom.components.map(c => c.purl).sort()).toEqual([
      'pkg:deb/ubuntu/libc6@2.39-0ubuntu8?arch=amd64&distro=ubuntu-24.04',
      'pkg:pypi/gunicorn@23.0.0'
    ])
  })

  it('prints the counts and versions with --format text', () => {
    const r = flaskRock([rock, '--format', 'text'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      'Components: 1 Python, 0 Ubuntu packages (from nowhere: unknown), 0 Go programs\n' +
        'Flask unknown, gunicorn 23.0.0, Python 3.12, Pebble unknown, statsd_exporter unknown\n' +
        'Not known (3): rock base: not given; rock build-base: not given; Ubuntu packages: the rock has no dpkg status and no chisel manifest, and no project given (--project) for its pack record\n'
    )
  })

  it('prints no terminal escape a rock holds in its paths with --format text', () => {
    // ESC [2J clears the screen, OSC 0 retitles the terminal (ended by BEL), CSI in its C1 form.
    const dir = 'lib/python3.12/site-packages/\x1b[2J\x1b]0;pwned\x07\u009b1mx-1.dist-info'
    const hostile = path.join(work, 'escapes_1.0_amd64.rock')
    const entries = [{ path: `${dir}/METADATA`, data: 'Version: 1\n' }]
    writeFileSync(hostile, tarball(image([{ gzip: true, entries }]).entries))
    const r = flaskRock([hostile, '--format', 'text'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      'Components: 0 Python, 0 distribution packages (from nowhere: unknown), 0 Go programs\n' +
        'Flask unknown, gunicorn unknown, Python 3.12, Pebble unknown, statsd_exporter unknown\n' +
        'Not known (5): rock base: not given; rock build-base: not given; /lib/python3.12/site-packages/[2J]0;pwned1mx-1.dist-info/METADATA: METADATA has no Name; ...\n'
    )
  })

  it('fails with one line on a file that is no rock, and on usage', () => {
    const notes = path.join(work, 'notes.rock')
    writeFileSync(notes, 'not an archive\n')
    expect(flaskRock([notes])).toEqual({
      code: 1,
      stdout: '',
      stderr: `flask-rock sbom: cannot read ${notes}: not an OCI archive (a tar)\n`
    })
    const usage = flaskRock([rock, '--format', 'spdx'])
    expect(usage.code).toBe(2)
    expect(usage.stderr.split('\n')[0]).toBe(
      "flask-rock sbom: --format must be cyclonedx or text, not 'spdx'"
    )
  })
})
