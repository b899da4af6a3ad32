// `flask-rock sbom` run in this process (cli.test runs the bundle, once per case): what it prints
// on stdout and stderr and its exit status, for each option, the project's facts and each way it
// fails; and src/sbom/index.ts's SBOM file beside the rock and its summary lines.
import { describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { SBOM_USAGE, sbomCommand } from '../../src/sbom/cli.js'
import * as sbomIndex from '../../src/sbom/index.js'
import {
  rockSbom,
  sbomLines,
  sbomPath,
  writeRockSbom,
  type SbomSummary
} from '../../src/sbom/index.js'
import { image, tarball, type Entry } from '../rock/support/oci.js'
import { tempDir } from '../support/temp.js'
import type { Component } from './support/bom.js'

// A second copy of the command whose SBOM fails as nothing in a rock makes it fail: a system error.
const systemError = Object.assign(new Error('EMFILE: too many open files'), { code: 'EMFILE' })
jest.resetModules()
jest.unstable_mockModule('../../src/sbom/index.js', () => ({
  ...sbomIndex,
  rockSbom: () => Promise.reject(systemError)
}))
const { sbomCommand: sbomCommandFailing } = await import('../../src/sbom/cli.js')

const work = tempDir('flask-rock-sbom-cli-unit-')
let made = 0

/** A rock of one gzip layer of the entries, written to the work dir. */
function rockOf(entries: Entry[], name = `web${++made}_1.0_amd64.rock`): string {
  const file = path.join(work, name)
  writeFileSync(file, tarball(image([{ gzip: true, entries }]).entries))
  return file
}

/** A project directory holding this rockcraft.yaml, and these parts' recorded pull state. */
function projectOf(yaml: string, pulls: Record<string, string> = {}): string {
  const dir = path.join(work, `project${++made}`)
  mkdirSync(dir)
  writeFileSync(path.join(dir, 'rockcraft.yaml'), yaml)
  for (const [part, pull] of Object.entries(pulls)) {
    mkdirSync(path.join(dir, 'parts', part, 'state'), { recursive: true })
    writeFileSync(path.join(dir, 'parts', part, 'state', 'pull'), pull)
  }
  return dir
}

const GUNICORN: Entry = {
  path: 'lib/python3.12/site-packages/gunicorn-23.0.0.dist-info/METADATA',
  data: 'Name: gunicorn\nVersion: 23.0.0\n'
}
// A statsd_exporter that is no Go program: its version can come only from the project's tag.
const STATSD: Entry = { path: 'usr/bin/statsd_exporter', mode: 0o755, data: '#!/bin/sh\n' }
const rock = rockOf([GUNICORN, STATSD], 'web_1.0_amd64.rock')

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function flaskRockSbom(args: string[], command = sbomCommand): Promise<Run> {
  const written = { stdout: '', stderr: '' }
  const capture = (stream: 'stdout' | 'stderr') =>
    jest.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
      // Node's own warnings (jest's VM modules are experimental) are not the command's.
      if (!/^\(node:[0-9]+\) [A-Za-z]*Warning: /.test(String(chunk)))
        written[stream] += String(chunk)
      return true
    })
  const spies = [capture('stdout'), capture('stderr')]
  try {
    const code = await command(args)
    return { code, ...written }
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
}

const usageError = (line: string): Run => ({
  code: 2,
  stdout: '',
  stderr: `flask-rock sbom: ${line}\n\n${SBOM_USAGE}`
})

interface Bom {
  metadata: {
    component: Component
    tools: { components: Component[] }
    properties: { name: string; value: string }[]
  }
  components: Component[]
}

describe('flask-rock sbom', () => {
  it('prints its usage on stdout with --help or -h', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await flaskRockSbom([flag])
      expect(r).toEqual({ code: 0, stdout: SBOM_USAGE, stderr: '' })
      expect(r.stdout.split('\n')[0]).toBe(
        'Usage: flask-rock sbom ROCK [--format cyclonedx|text] [--project DIR]'
      )
      expect(r.stdout).toContain(
        '\nExit status: 0 printed, 1 the rock cannot be read, 2 usage error.\n'
      )
    }
  })

  it('prints the CycloneDX JSON, with the project’s name, version, base and its pack’s stage-packages', async () => {
    const project = projectOf(
      'name: web\nversion: 2\nbase: bare\nbuild-base: ubuntu@24.04\nparts:\n  other: {plugin: nil}\n',
      { deps: 'assets:\n  stage-packages: [libc6=2.39-0ubuntu8]\n' }
    )
    const r = await flaskRockSbom([rock, '--project', project])
    expect([r.code, r.stderr, r.stdout.endsWith('}\n')]).toEqual([0, '', true])
    const bom = JSON.parse(r.stdout) as Bom
    expect([bom.metadata.component.name, bom.metadata.component.version]).toEqual(['web', '2'])
    expect(bom.metadata.component.properties!.filter(p => p.name.endsWith('base'))).toEqual([
      { name: 'flask-rock:base', value: 'bare' },
      { name: 'flask-rock:build-base', value: 'ubuntu@24.04' }
    ])
    expect(bom.metadata.tools.components).toEqual([
      { type: 'application', name: 'flask-rock-action', version: '1' }
    ])
    expect(bom.components.map(c => `${c.name} ${c.version} ${c.purl}`)).toEqual([
      'libc6 2.39-0ubuntu8 pkg:deb/ubuntu/libc6@2.39-0ubuntu8?arch=amd64&distro=ubuntu-24.04',
      // The flask-framework extension's own tag for 24.04 (profile V1).
      'statsd_exporter v0.26.0 undefined',
      'gunicorn 23.0.0 pkg:pypi/gunicorn@23.0.0'
    ])
    expect(bom.metadata.properties).toContainEqual({
      name: 'flask-rock:ubuntu-packages-source',
      value: 'pack record'
    })
  })

  it('prints the summary with --format text, the project’s own statsd-exporter tag in it', async () => {
    // 26.04: the expansion names the part flask-framework.statsd-exporter; the project overrides it.
    const project = projectOf(
      'name: web\nversion: "1.0"\nbase: ubuntu@26.04\nparts:\n  flask-framework.statsd-exporter:\n    source-tag: v0.31.0\n'
    )
    const r = await flaskRockSbom([rock, '--format', 'text', '--project', project])
    expect(r).toEqual({
      code: 0,
      stdout:
        'Components: 1 Python, 0 Ubuntu packages (from nowhere: unknown), 1 Go programs\n' +
        'Flask unknown, gunicorn 23.0.0, Python 3.12, Pebble unknown, statsd_exporter v0.31.0\n' +
        `Not known (1): Ubuntu packages: the rock has no dpkg status and no chisel manifest, and the pack left no parts/ state in ${project}\n`,
      stderr: ''
    })
  })

  it('prints no terminal escape the rock holds with --format text, and without --project says why no pack record', async () => {
    const hostile = rockOf([
      {
        path: 'lib/python3.12/site-packages/\x1b]0;pwned\x07x-1.dist-info/METADATA',
        data: 'Version: 1\n'
      }
    ])
    expect(await flaskRockSbom([hostile, '--format', 'text'])).toEqual({
      code: 0,
      stdout:
        'Components: 0 Python, 0 distribution packages (from nowhere: unknown), 0 Go programs\n' +
        'Flask unknown, gunicorn unknown, Python 3.12, Pebble unknown, statsd_exporter unknown\n' +
        'Not known (5): rock base: not given; rock build-base: not given; /lib/python3.12/site-packages/]0;pwnedx-1.dist-info/METADATA: METADATA has no Name; ...\n',
      stderr: ''
    })
    const bom = JSON.parse((await flaskRockSbom([hostile])).stdout) as Bom
    expect(bom.metadata.properties).toContainEqual({
      name: 'flask-rock:unknown',
      value:
        'Ubuntu packages: the rock has no dpkg status and no chisel manifest, and no project given (--project) for its pack record'
    })
  })

  it('takes a project’s fields only as strings or numbers, and the extension’s tag by its base or build-base', async () => {
    const project = projectOf('name: [web]\nversion: {v: 1}\nbuild-base: ubuntu@26.04\n')
    const bom = JSON.parse((await flaskRockSbom([rock, '--project', project])).stdout) as Bom
    // No name or version: the image's ref.name annotation and version label.
    expect([bom.metadata.component.name, bom.metadata.component.version]).toEqual(['rock', '0.1'])
    expect(bom.components.map(c => `${c.name} ${c.version}`)).toContain('statsd_exporter v0.30.0')
    const baseless = projectOf('name: web\n')
    const v1 = JSON.parse((await flaskRockSbom([rock, '--project', baseless])).stdout) as Bom
    expect(v1.components.map(c => `${c.name} ${c.version}`)).toContain('statsd_exporter v0.26.0')
  })

  it('reads a rockcraft.yaml of 1 MiB, not one byte more', async () => {
    const yaml = (size: number): string => {
      const head = 'name: big\n#'
      return head + 'x'.repeat(size - head.length - 1) + '\n'
    }
    const fits = projectOf(yaml(1024 * 1024))
    const bom = JSON.parse((await flaskRockSbom([rock, '--project', fits])).stdout) as Bom
    expect(bom.metadata.component.name).toBe('big')
    const over = projectOf(yaml(1024 * 1024 + 1))
    expect(await flaskRockSbom([rock, '--project', over])).toEqual(
      usageError(`--project ${over}: no readable rockcraft.yaml there`)
    )
  })

  it('refuses usage it does not take, exit status 2 with the usage', async () => {
    const bare = path.join(work, 'bare')
    mkdirSync(bare)
    expect(await flaskRockSbom([])).toEqual(usageError('expected one ROCK, got 0'))
    expect(await flaskRockSbom([rock, rock])).toEqual(usageError('expected one ROCK, got 2'))
    expect(await flaskRockSbom([rock, '--format', 'spdx'])).toEqual(
      usageError("--format must be cyclonedx or text, not 'spdx'")
    )
    expect(await flaskRockSbom([rock, '--project', bare])).toEqual(
      usageError(`--project ${bare}: no readable rockcraft.yaml there`)
    )
    const broken = projectOf('name: web\nname: twice\n')
    expect(await flaskRockSbom([rock, '--project', broken])).toEqual(
      usageError(`--project ${broken}: error parsing 'rockcraft.yaml': Map keys must be unique`)
    )
    const empty = projectOf('')
    expect(await flaskRockSbom([rock, '--project', empty])).toEqual(
      usageError(
        `--project ${empty}: rockcraft.yaml must be a mapping of keys (name, base, parts...); it holds nothing`
      )
    )
    const unknown = await flaskRockSbom([rock, '--bogus'])
    expect([unknown.code, unknown.stdout]).toEqual([2, ''])
    expect(unknown.stderr).toMatch(/^flask-rock sbom: Unknown option '--bogus'/)
    expect(unknown.stderr.endsWith(`\n\n${SBOM_USAGE}`)).toBe(true)
  })

  it('fails with one printable line, exit status 1, on a file that is no rock', async () => {
    const notes = path.join(work, 'notes\x1b[2J.rock')
    writeFileSync(notes, 'not an archive\n')
    expect(await flaskRockSbom([notes, '--format', 'text'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `flask-rock sbom: cannot read ${path.join(work, 'notes[2J.rock')}: not an OCI archive (a tar)\n`
    })
  })

  it('lets an error it does not expect go as it is: neither a usage error nor the rock’s fault', async () => {
    await expect(flaskRockSbom([rock], sbomCommandFailing)).rejects.toBe(systemError)
  })
})

describe('the SBOM beside a rock', () => {
  it('is named after the rock, and written whole with a final newline', async () => {
    expect(sbomPath('/x/web_1.0_amd64.rock')).toBe('/x/web_1.0_amd64.cdx.json')
    expect(sbomPath('/x/web.rock.tar')).toBe('/x/web.rock.tar.cdx.json')
    const file = rockOf([GUNICORN])
    const { file: written, summary } = await writeRockSbom(file, { packRecordNote: 'no pack' })
    expect(written).toBe(sbomPath(file))
    const text = readFileSync(written, 'utf8')
    expect(text.endsWith('}\n')).toBe(true)
    const bom = JSON.parse(text) as Bom
    expect(bom.components.map(c => c.purl)).toEqual(['pkg:pypi/gunicorn@23.0.0'])
    expect(summary.unknowns.at(-1)).toBe(
      'Ubuntu packages: the rock has no dpkg status and no chisel manifest, and no pack'
    )
  })

  it('says why no pack record was read: the caller’s reason first, else an empty pack dir, else none', async () => {
    const last = async (opts: Parameters<typeof rockSbom>[1]): Promise<string | undefined> =>
      (await rockSbom(rock, opts)).summary.unknowns.find(u => u.startsWith('Ubuntu packages:'))
    const emptyPack = path.join(work, 'empty-pack')
    mkdirSync(emptyPack)
    const prefix = 'Ubuntu packages: the rock has no dpkg status and no chisel manifest, and '
    expect(await last({ packDir: emptyPack, packRecordNote: 'the pack ran in LXD' })).toBe(
      `${prefix}the pack ran in LXD`
    )
    expect(await last({ packDir: emptyPack })).toBe(
      `${prefix}the pack left no parts/ state in ${emptyPack}`
    )
    expect(await last({})).toBe(`${prefix}no pack record was read`)
  })
})

describe('the summary lines', () => {
  const summary = (over: Partial<SbomSummary>): SbomSummary => ({
    counts: { python: 2, ubuntu: 3, go: 1 },
    versions: {},
    ubuntuSource: 'dpkg status',
    unknowns: [],
    incomplete: [],
    ...over
  })

  it('name the distribution and the source of its packages, and every top-level version', () => {
    expect(
      sbomLines(
        summary({
          distro: 'Debian',
          versions: {
            flask: '3.1.0',
            gunicorn: '23.0.0',
            python: '3.12.3',
            pebble: 'v1.32.1',
            statsdExporter: 'v0.26.0'
          }
        })
      )
    ).toEqual([
      'Components: 2 Python, 3 Debian packages (from dpkg status), 1 Go programs',
      'Flask 3.1.0, gunicorn 23.0.0, Python 3.12.3, Pebble v1.32.1, statsd_exporter v0.26.0'
    ])
  })

  it('say what is incomplete, and the first three things not known, with how many there are', () => {
    const three = ['a: x', 'b: y', 'c: z']
    expect(sbomLines(summary({ incomplete: ['one', 'two'], unknowns: three }))).toEqual([
      'Components: 2 Python, 3 distribution packages (from dpkg status), 1 Go programs',
      'Flask unknown, gunicorn unknown, Python unknown, Pebble unknown, statsd_exporter unknown',
      'Incomplete: one; two',
      'Not known (3): a: x; b: y; c: z'
    ])
    expect(sbomLines(summary({ unknowns: [...three, 'd: w'] })).at(-1)).toBe(
      'Not known (4): a: x; b: y; c: z; ...'
    )
  })
})
