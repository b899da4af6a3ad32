// The SBOM on crafted rocks: each source of components, what is unknown said as such, hostile
// files bounded with a clear line and the SBOM still written, and CycloneDX 1.6's own JSON schema
// (the library's, checked by ajv) holding for every SBOM made here.
import { describe, expect, it } from '@jest/globals'
import { Spec, Validation } from '@cyclonedx/cyclonedx-library'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as zlib from 'node:zlib'
import { readRock } from '../../src/rock/index.js'
import {
  buildSbom,
  readPackRecord,
  sbomLines,
  sbomPath,
  writeRockSbom
} from '../../src/sbom/index.js'
import { goBuildInfo } from '../../src/sbom/parse.js'
import { scratchRocks } from '../rock/support/oci.js'
import type { Component } from './support/bom.js'
import { buildInfo } from './support/go-build-info.js'

const scratch = scratchRocks('s')
const rock = scratch.rock

const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6)
async function valid(json: string): Promise<void> {
  expect(await validator.validate(json)).toBeNull()
}

interface Bom {
  metadata: { component: Component; properties: { name: string; value: string }[] }
  components?: Component[]
}
const unknownsOf = (bom: Bom): string[] =>
  bom.metadata.properties.filter(p => p.name === 'flask-rock:unknown').map(p => p.value)
const brief = (c: Component): string => `${c.name} ${c.version ?? '-'} ${c.purl ?? '-'}`

/** A Go build info blob (support/go-build-info.ts), Go version first. */
const buildInfoBlob = (goVersion: string, modinfo: string): Buffer => buildInfo(modinfo, goVersion)

/** An "ELF executable" whose build info sits at a 16-byte aligned offset, as the linker puts it. */
function goBinary(info: Buffer): Buffer {
  const elf = Buffer.alloc(4096)
  elf.write('\x7fELF', 0, 'latin1')
  return Buffer.concat([elf, info, Buffer.alloc(1000)])
}

describe('an SBOM from each source', () => {
  it('lists Python, dpkg and Go components with purls, the rock as metadata, and validates', async () => {
    const file = await rock([
      { path: 'usr/lib/os-release', data: 'ID=ubuntu\nVERSION_ID="24.04"\n' },
      {
        path: 'var/lib/dpkg/status',
        data:
          'Package: python3.12\nStatus: install ok installed\nArchitecture: amd64\nVersion: 3.12.3-1ubuntu0.1\nSource: python3.12 (3.12.3-1ubuntu0.1)\n\n' +
          'Package: libssl3t64\nStatus: install ok installed\nArchitecture: amd64\nSource: openssl\nVersion: 3.0.13-0ubuntu3\n\n' +
          'Package: gone\nStatus: deinstall ok config-files\nVersion: 1.0\n'
      },
      {
        path: 'lib/python3.12/site-packages/flask-3.1.0.dist-info/METADATA',
        data: 'Metadata-Version: 2.3\nName: Flask\nVersion: 3.1.0\n\nlong text'
      },
      {
        path: 'lib/python3.12/site-packages/gunicorn-23.0.0.dist-info/METADATA',
        data: 'Name: gunicorn\nVersion: 23.0.0\n'
      },
      {
        path: 'usr/bin/pebble',
        mode: 0o755,
        data: goBinary(
          buildInfoBlob(
            'go1.22.5',
            'path\tgithub.com/canonical/pebble/cmd/pebble\nmod\tgithub.com/canonical/pebble\tv1.32.1\th1:x=\ndep\tgithub.com/gorilla/mux\tv1.8.0\th1:y=\n'
          )
        )
      }
    ])
    const contents = await readRock(file)
    const sbom = buildSbom({
      contents,
      project: { name: 'web', version: '1.0', base: 'ubuntu@24.04' },
      tool: { name: 'flask-rock-action', version: '1' },
      timestamp: new Date(0)
    })
    await valid(sbom.json)
    const bom = JSON.parse(sbom.json) as Bom
    expect(brief(bom.metadata.component)).toBe(`web 1.0 pkg:oci/web@${contents.digest}?arch=amd64`)
    expect(bom.components!.map(brief).sort()).toEqual([
      'Flask 3.1.0 pkg:pypi/flask@3.1.0',
      'github.com/canonical/pebble v1.32.1 pkg:golang/github.com/canonical/pebble@v1.32.1',
      'gunicorn 23.0.0 pkg:pypi/gunicorn@23.0.0',
      'libssl3t64 3.0.13-0ubuntu3 pkg:deb/ubuntu/libssl3t64@3.0.13-0ubuntu3?arch=amd64&distro=ubuntu-24.04',
      'python3.12 3.12.3-1ubuntu0.1 pkg:deb/ubuntu/python3.12@3.12.3-1ubuntu0.1?arch=amd64&distro=ubuntu-24.04'
    ])
    const pebble = bom.components!.find(c => c.name === 'github.com/canonical/pebble')!
    expect(pebble.components!.map(brief)).toEqual([
      'github.com/gorilla/mux v1.8.0 pkg:golang/github.com/gorilla/mux@v1.8.0',
      'stdlib 1.22.5 pkg:golang/stdlib@1.22.5'
    ])
    expect(sbom.summary).toEqual({
      counts: { python: 2, ubuntu: 2, go: 1 },
      distro: 'Ubuntu',
      versions: { flask: '3.1.0', gunicorn: '23.0.0', python: '3.12.3', pebble: 'v1.32.1' },
      ubuntuSource: 'dpkg status',
      unknowns: [],
      incomplete: []
    })
    expect(sbomLines(sbom.summary)).toEqual([
      'Components: 2 Python, 2 Ubuntu packages (from dpkg status), 1 Go programs',
      'Flask 3.1.0, gunicorn 23.0.0, Python 3.12.3, Pebble v1.32.1, statsd_exporter unknown'
    ])
  })

  it('says what is unknown for a rock without dpkg status, chisel manifest or pack record', async () => {
    const file = await rock([{ path: 'flask/app/app.py', data: 'x' }])
    const { file: written, summary } = await writeRockSbom(file, {
      packRecordNote: 'the pack ran in LXD, whose parts/ state stays in the build instance'
    })
    expect(written).toBe(sbomPath(file))
    const json = await fs.readFile(written, 'utf8')
    await valid(json)
    const bom = JSON.parse(json) as Bom
    expect(bom.metadata.properties).toContainEqual({
      name: 'flask-rock:ubuntu-packages-source',
      value: 'none'
    })
    expect(unknownsOf(bom).sort()).toEqual([...summary.unknowns].sort())
    expect(summary.unknowns).toEqual([
      'rock base: not given',
      'rock build-base: not given',
      'deb purl namespace: no os-release in the rock and no Ubuntu base given',
      'Ubuntu packages: the rock has no dpkg status and no chisel manifest, and the pack ran in LXD, whose parts/ state stays in the build instance'
    ])
    // The rock's version is the image config's label, the name its ref.name annotation.
    expect(brief(bom.metadata.component)).toMatch(/^rock 0\.1 pkg:oci\/rock@sha256:/)
    expect(summary.counts).toEqual({ python: 0, ubuntu: 0, go: 0 })
  })

  it('falls back to the stage-packages craft-parts recorded (destructive mode), slices unversioned', async () => {
    const dir = path.join(scratch.dir(), 'project')
    await fs.mkdir(path.join(dir, 'parts', 'flask-framework', 'state'), { recursive: true })
    await fs.mkdir(path.join(dir, 'parts', 'runtime', 'state'), { recursive: true })
    await fs.writeFile(
      path.join(dir, 'parts', 'flask-framework', 'state', 'pull'),
      'assets:\n  stage-packages:\n  - python3-venv=3.12.3-0ubuntu2\n  - libpython3.12-stdlib=3.12.3-1\n  - ../../etc/passwd\n  source-details: null\n'
    )
    await fs.writeFile(
      path.join(dir, 'parts', 'runtime', 'state', 'pull'),
      'assets:\n  stage-packages:\n  - base-files_base\n'
    )
    const record = (await readPackRecord(dir))!
    const file = await rock([{ path: 'flask/app/app.py', data: 'x' }])
    const sbom = buildSbom({
      contents: await readRock(file),
      project: { name: 'web', version: '1.0', base: 'bare', buildBase: 'ubuntu@24.04' },
      packRecord: record,
      tool: { name: 't', version: '1' }
    })
    await valid(sbom.json)
    const bom = JSON.parse(sbom.json) as Bom
    expect(bom.components!.map(brief).sort()).toEqual([
      'base-files_base - pkg:deb/ubuntu/base-files_base?arch=amd64&distro=ubuntu-24.04',
      'libpython3.12-stdlib 3.12.3-1 pkg:deb/ubuntu/libpython3.12-stdlib@3.12.3-1?arch=amd64&distro=ubuntu-24.04',
      'python3-venv 3.12.3-0ubuntu2 pkg:deb/ubuntu/python3-venv@3.12.3-0ubuntu2?arch=amd64&distro=ubuntu-24.04'
    ])
    expect(sbom.summary.ubuntuSource).toBe('pack record')
    expect(sbom.summary.unknowns).toEqual([
      'parts/flask-framework/state/pull: 1 stage-packages entries not read'
    ])
  })

  it('reads a chisel manifest where this Node has zstd, and says so where it has not', async () => {
    const wall =
      '{"jsonwall":"1.0","schema":"1.0","count":3}\n' +
      '{"kind":"package","name":"libc6","version":"2.39-0ubuntu8","sha256":"x","arch":"amd64"}\n' +
      '{"kind":"slice","name":"libc6_libs"}\n'
    const compressed = execFileSync('zstd', ['-q', '-c'], { input: wall })
    const file = await rock([{ path: 'var/lib/chisel/manifest.wall', data: compressed }])
    const sbom = buildSbom({
      contents: await readRock(file),
      project: { name: 'web', version: '1', base: 'bare', buildBase: 'ubuntu@24.04' },
      tool: { name: 't', version: '1' }
    })
    await valid(sbom.json)
    const hasZstd =
      typeof (zlib as { zstdDecompressSync?: unknown }).zstdDecompressSync === 'function'
    if (hasZstd) {
      expect(sbom.summary.ubuntuSource).toBe('chisel manifest')
      expect((JSON.parse(sbom.json) as Bom).components!.map(brief)).toEqual([
        'libc6 2.39-0ubuntu8 pkg:deb/ubuntu/libc6@2.39-0ubuntu8?arch=amd64&distro=ubuntu-24.04'
      ])
    } else {
      expect(sbom.summary.ubuntuSource).toBe('none')
      expect(sbom.summary.unknowns).toContain(
        '/var/lib/chisel/manifest.wall: the chisel manifest is zstd-compressed and this Node has no zstd'
      )
    }
  })
})

describe('hostile files: bounded, a clear line each, the SBOM still written', () => {
  it('huge and malformed METADATA, odd dpkg fields, Go programs without build info', async () => {
    const file = await rock([
      // 8 MiB of headers without an end: only the first 64 KiB are read.
      {
        path: 'lib/python3.12/site-packages/huge-1.dist-info/METADATA',
        data: 'Summary: x\n'.repeat(800_000)
      },
      {
        path: 'lib/python3.12/site-packages/bad-2.dist-info/METADATA',
        data: 'Name: TOPSECRET name!\nVersion: 1 2\n'
      },
      {
        path: 'lib/python3.12/site-packages/ok-1.0.dist-info/METADATA',
        data: 'Name: ok\nVersion: 1.0\n'
      },
      {
        path: 'var/lib/dpkg/status',
        data:
          'Package: good\nStatus: install ok installed\nVersion: 1.0-1\n\n' +
          'Package: TOPSECRET Bad Name\nStatus: install ok installed\nVersion: 1\n\n' +
          'Package: noversion\nStatus: install ok installed\n\n' +
          'Package: spaced\nStatus: install ok installed\nVersion: 1 .0 $(reboot)\n'
      },
      {
        path: 'usr/bin/pebble',
        mode: 0o755,
        data: Buffer.concat([Buffer.from('\x7fELF', 'latin1'), Buffer.alloc(100_000)])
      },
      { path: 'usr/bin/statsd_exporter', mode: 0o755, data: '#!/bin/sh\necho not go\n' }
    ])
    const started = Date.now()
    const { file: written, summary } = await writeRockSbom(file, {
      project: { name: 'web', version: '1', base: 'ubuntu@24.04' },
      packRecordNote: 'no pack in this run'
    })
    expect(Date.now() - started).toBeLessThan(10_000)
    const json = await fs.readFile(written, 'utf8')
    await valid(json)
    expect(json).not.toContain('TOPSECRET')
    expect(json).not.toContain('reboot')
    expect(summary.unknowns).toEqual([
      '/lib/python3.12/site-packages/bad-2.dist-info/METADATA: METADATA has a Name that is not a distribution name; name taken from the directory name; METADATA has a Version that is not a version',
      '/lib/python3.12/site-packages/huge-1.dist-info/METADATA: no Name in the first 64 KiB of METADATA; name taken from the directory name; METADATA has no Version',
      '/var/lib/dpkg/status: 3 paragraphs without a valid Package, Version or Architecture',
      '/usr/bin/pebble: version: no Go build info in the binary; its data not scanned for a version: an ELF header of no known class',
      "/usr/bin/statsd_exporter: version: no Go build info in the binary; its data not scanned for a version: not an ELF program; the project's expansion gives the statsd-exporter part no source-tag"
    ])
    expect(summary.counts).toEqual({ python: 3, ubuntu: 1, go: 2 })
  })

  it('names a (devel) Go program by its -ldflags -X ...Version, and says that is where it came from', async () => {
    const file = await rock([
      {
        path: 'usr/bin/pebble',
        mode: 0o755,
        data: goBinary(
          buildInfoBlob(
            'go1.24.2',
            'path\tgithub.com/canonical/pebble/cmd/pebble\nmod\tgithub.com/canonical/pebble\t(devel)\t\n' +
              'build\t-ldflags="-s -w -X github.com/canonical/pebble/cmd.Version=v1.32.1"\n'
          )
        )
      }
    ])
    const sbom = buildSbom({ contents: await readRock(file), tool: { name: 't', version: '1' } })
    await valid(sbom.json)
    const pebble = (JSON.parse(sbom.json) as Bom).components![0]
    expect(brief(pebble)).toBe(
      'github.com/canonical/pebble v1.32.1 pkg:golang/github.com/canonical/pebble@v1.32.1'
    )
    expect(pebble.properties).toEqual(
      expect.arrayContaining([
        { name: 'flask-rock:version-source', value: 'ldflags' },
        {
          name: 'flask-rock:version-detail',
          value: '-ldflags -X github.com/canonical/pebble/cmd.Version'
        }
      ])
    )
    expect(sbom.summary.versions.pebble).toBe('v1.32.1')
  })

  it('reads truncated or pre-1.18 Go build info as unknown, never past its end', () => {
    const info = buildInfoBlob('go1.22.5', 'mod\tx.io/m\tv1.0.0\t\n')
    expect(goBuildInfo(info.subarray(0, 40)).problem).toBe(
      'Go build info cut short or larger than 64 KiB'
    )
    const old = Buffer.from(info)
    old[15] = 0
    expect(goBuildInfo(old).problem).toBe('Go build info in the pre-1.18 form, which is not read')
    expect(goBuildInfo(info).value).toEqual({
      goVersion: 'go1.22.5',
      path: '',
      main: { path: 'x.io/m', version: 'v1.0.0' },
      deps: [],
      settings: {}
    })
  })
})
