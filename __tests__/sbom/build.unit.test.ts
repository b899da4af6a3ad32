// buildSbom on rocks made in memory (support/contents.ts): the rock as the SBOM's metadata, each
// source of components as the user reads it in the CycloneDX JSON and the summary, the bounds
// (components, status.d files, unknown lines) and what the SBOM keeps in memory, exactly.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { RockError } from '../../src/rock/error.js'
import type { RockFile } from '../../src/rock/index.js'
import type { SbomInput } from '../../src/sbom/build.js'
import type { PackRecord } from '../../src/sbom/pack-record.js'
import { sbomSerialNumber } from '../../src/sbom/serial.js'
import { thrownMessage } from '../support/thrown.js'
import type { Component } from './support/bom.js'
import { contentsOf, type FileSpec } from './support/contents.js'
import { goProgramFile } from './support/go-build-info.js'
import { zstdCompress, zstdDecompressSync } from '../support/zstd.js'
import * as zlib from 'node:zlib'

// The chisel manifest is read where Node has zstd (22.15 and later); on an older Node the zstd
// program stands in, so that its reading is tested everywhere.
jest.unstable_mockModule('node:zlib', () => ({ ...zlib, default: zlib, zstdDecompressSync }))
const { buildSbom } = await import('../../src/sbom/build.js')

interface Bom {
  serialNumber: string
  metadata: {
    timestamp: string
    tools: { components: unknown[] }
    component: Component & { 'bom-ref': string; hashes: unknown[] }
    properties: { name: string; value: string }[]
  }
  components?: (Component & { 'bom-ref': string })[]
  compositions?: unknown
}

const TOOL = { name: 'flask-rock-action', version: '2.1.0' }
const DIGEST = `sha256:${'d'.repeat(64)}`
const SITE = 'usr/lib/python3.12/site-packages'
const UBUNTU = 'ID=ubuntu\nVERSION_ID="24.04"\n'

type Options = Omit<SbomInput, 'contents' | 'tool'> & {
  contents?: Parameters<typeof contentsOf>[1]
}

/** The SBOM of a rock holding these files: its JSON read back, and its summary. */
function sbomOf(files: [string, FileSpec][], options: Options = {}) {
  const { contents: over, ...rest } = options
  const sbom = buildSbom({
    contents: contentsOf(files, over),
    tool: TOOL,
    timestamp: new Date(0),
    ...rest
  })
  return { bom: JSON.parse(sbom.json) as Bom, summary: sbom.summary }
}

const metadataOf = (bom: Bom, name: string): string[] =>
  bom.metadata.properties.filter(p => p.name === `flask-rock:${name}`).map(p => p.value)
/** A component as one line: name, version, purl, bom-ref. */
const line = (c: Component & { 'bom-ref'?: string }): string =>
  `${c.name} ${c.version ?? '-'} ${c.purl ?? '-'} ${c['bom-ref'] ?? '-'}`
const dist = (name: string, version: string): string => `Name: ${name}\nVersion: ${version}\n`
/** dpkg paragraphs, one per "name version" (or "name version arch"), each installed. */
const status = (...packages: string[]): string =>
  packages
    .map(p => {
      const [name, version, arch] = p.split(' ')
      return `Package: ${name}\nStatus: install ok installed\nVersion: ${version}\n${arch ? `Architecture: ${arch}\n` : ''}`
    })
    .join('\n')
const bound = (n: number, what: string): string =>
  `${what}: the SBOM lists ${n} components at most; the rest is not listed`

describe('the rock, as the SBOM’s metadata component', () => {
  const title = 'org.opencontainers.image.title'
  const imageVersion = 'org.opencontainers.image.version'
  const refName = 'org.opencontainers.image.ref.name'
  it.each([
    [
      'the project’s name and version, before the image’s',
      { name: 'web', version: '2.0' },
      { [title]: 'a-title', [imageVersion]: '9', [refName]: 'ref' },
      { [title]: 'l-title', [imageVersion]: '8' },
      'web 2.0',
      []
    ],
    [
      'the annotations’ title and version, before the labels’',
      undefined,
      { [title]: 'a-title', [imageVersion]: '9', [refName]: 'ref' },
      { [title]: 'l-title', [imageVersion]: '8' },
      'a-title 9',
      []
    ],
    [
      'the labels’ title and version, before the ref.name annotation',
      {},
      { [refName]: 'ref' },
      { [title]: 'l-title', [imageVersion]: '8' },
      'l-title 8',
      []
    ],
    [
      'the ref.name annotation, and no version',
      {},
      { [refName]: 'ref' },
      {},
      'ref -',
      ['rock version: not given and not in the image annotations']
    ],
    [
      '"rock" when nothing names it',
      undefined,
      {},
      {},
      'rock -',
      [
        'rock name: not given and not in the image annotations',
        'rock version: not given and not in the image annotations'
      ]
    ],
    [
      'the labels, past empty annotations',
      undefined,
      { [title]: '', [imageVersion]: '' },
      { [title]: 'l-title', [imageVersion]: '8' },
      'l-title 8',
      []
    ],
    [
      '"rock" when every name is empty',
      { name: '', version: '' },
      { [title]: '', [imageVersion]: '', [refName]: '' },
      { [title]: '', [imageVersion]: '' },
      'rock -',
      [
        'rock name: not given and not in the image annotations',
        'rock version: not given and not in the image annotations'
      ]
    ]
  ])('is named by %s', (_what, project, annotations, labels, named, unknowns) => {
    const { bom, summary } = sbomOf([], {
      project: project && { ...project, base: 'ubuntu@24.04' },
      contents: { annotations, labels }
    })
    const rock = bom.metadata.component
    const name = named.split(' ')[0]
    expect(line(rock)).toBe(`${named} pkg:oci/${name}@${DIGEST}?arch=amd64 rock`)
    expect(summary.unknowns.filter(u => u.startsWith('rock '))).toEqual(
      project ? unknowns : ['rock base: not given', 'rock build-base: not given', ...unknowns]
    )
  })

  it('carries the project’s base, build base and the image’s facts, its digest as its hash, and the tool', () => {
    const { bom, summary } = sbomOf([], {
      project: { name: 'web', version: '1.0', base: 'bare', buildBase: 'ubuntu@24.04' },
      contents: { layers: 3 }
    })
    expect(bom.serialNumber).toBe(sbomSerialNumber(DIGEST))
    expect(bom.metadata.timestamp).toBe('1970-01-01T00:00:00.000Z')
    expect(bom.metadata.tools.components).toEqual([
      { type: 'application', name: 'flask-rock-action', version: '2.1.0' }
    ])
    expect(bom.metadata.component).toEqual({
      type: 'container',
      name: 'web',
      version: '1.0',
      'bom-ref': 'rock',
      purl: `pkg:oci/web@${DIGEST}?arch=amd64`,
      hashes: [{ alg: 'SHA-256', content: 'd'.repeat(64) }],
      properties: [
        { name: 'flask-rock:architecture', value: 'amd64' },
        { name: 'flask-rock:base', value: 'bare' },
        { name: 'flask-rock:build-base', value: 'ubuntu@24.04' },
        { name: 'flask-rock:digest', value: DIGEST },
        { name: 'flask-rock:layers', value: '3' }
      ]
    })
    expect(summary.unknowns).toEqual([
      'Ubuntu packages: the rock has no dpkg status and no chisel manifest, and no pack record was read'
    ])
  })

  it('takes the base as the build base when no build base is given, and says an architecture is not known', () => {
    const { bom, summary } = sbomOf([], {
      project: { name: 'web', version: '1.0', base: 'ubuntu@22.04' },
      contents: { architecture: undefined }
    })
    expect(line(bom.metadata.component)).toBe(`web 1.0 pkg:oci/web@${DIGEST} rock`)
    expect(bom.metadata.component.properties).toEqual([
      { name: 'flask-rock:base', value: 'ubuntu@22.04' },
      { name: 'flask-rock:build-base', value: 'ubuntu@22.04' },
      { name: 'flask-rock:digest', value: DIGEST },
      { name: 'flask-rock:layers', value: '1' }
    ])
    expect(summary.unknowns).toEqual([
      'rock architecture: not given',
      'Ubuntu packages: the rock has no dpkg status and no chisel manifest, and no pack record was read'
    ])
  })

  it('is written as CycloneDX JSON indented by two spaces, complete or not', () => {
    const head = ['{', '  "$schema": "http://cyclonedx.org/schema/bom-1.6.schema.json",']
    const complete = buildSbom({ contents: contentsOf([]), tool: TOOL })
    expect(complete.json.split('\n').slice(0, 2)).toEqual(head)
    const incomplete = buildSbom({
      contents: contentsOf([[`${SITE}/a-1.dist-info/METADATA`, dist('a', '1')]]),
      tool: TOOL,
      bounds: { components: 0 }
    })
    expect(incomplete.json.split('\n').slice(0, 2)).toEqual(head)
    expect(incomplete.json.split('\n').slice(-6)).toEqual([
      '  "compositions": [',
      '    {',
      '      "aggregate": "incomplete"',
      '    }',
      '  ]',
      '}'
    ])
  })

  it('is stamped with the time it is made when no time is given', () => {
    const before = Date.now()
    const sbom = buildSbom({ contents: contentsOf([]), tool: TOOL })
    const stamped = Date.parse((JSON.parse(sbom.json) as Bom).metadata.timestamp)
    expect(stamped).toBeGreaterThanOrEqual(before)
    expect(stamped).toBeLessThanOrEqual(Date.now())
  })
})

describe('Python distributions', () => {
  it('are listed from site-packages and dist-packages only, each with its path, and what was not read said', () => {
    const { bom, summary } = sbomOf([
      // Before the others in path order: a skipped one does not stop the list.
      ['app/static/evil-1.dist-info/METADATA', dist('evil', '1')],
      [`${SITE}/bad~-1.dist-info/METADATA`, 'Name: -bad-\nVersion: 1\n'],
      [`${SITE}/flask-3.1.0.dist-info/METADATA`, dist('Flask', '3.1.0')],
      [`${SITE}/noversion-1.dist-info/METADATA`, 'Name: noversion\n'],
      [
        'usr/lib/python3/dist-packages/gunicorn-20.1.0.egg-info/PKG-INFO',
        dist('gunicorn', '20.1.0')
      ]
    ])
    expect(bom.components!.map(line)).toEqual([
      `Flask 3.1.0 pkg:pypi/flask@3.1.0 pypi:${SITE}/flask-3.1.0.dist-info/METADATA`,
      `noversion - pkg:pypi/noversion pypi:${SITE}/noversion-1.dist-info/METADATA`,
      'gunicorn 20.1.0 pkg:pypi/gunicorn@20.1.0 pypi:usr/lib/python3/dist-packages/gunicorn-20.1.0.egg-info/PKG-INFO'
    ])
    expect(bom.components!.map(c => c.properties)).toEqual([
      [{ name: 'flask-rock:path', value: `/${SITE}/flask-3.1.0.dist-info/METADATA` }],
      [
        { name: 'flask-rock:path', value: `/${SITE}/noversion-1.dist-info/METADATA` },
        { name: 'flask-rock:unknown', value: 'METADATA has no Version' }
      ],
      [
        {
          name: 'flask-rock:path',
          value: '/usr/lib/python3/dist-packages/gunicorn-20.1.0.egg-info/PKG-INFO'
        }
      ]
    ])
    expect(summary.counts.python).toBe(3)
    expect(summary.versions).toEqual({ flask: '3.1.0', gunicorn: '20.1.0', python: '3.12' })
    expect(summary.unknowns.filter(u => u.startsWith('/'))).toEqual([
      `/${SITE}/bad~-1.dist-info/METADATA: METADATA has a Name that is not a distribution name`,
      `/${SITE}/noversion-1.dist-info/METADATA: METADATA has no Version`
    ])
  })

  it('name Flask and gunicorn by their normalized names, the first in path order winning', () => {
    // Given in reverse: the paths' order decides, not the order the read found them in.
    const { summary } = sbomOf([
      [`${SITE}/f-1.dist-info/METADATA`, dist('gunicorn', '22.0.0')],
      [`${SITE}/e-1.dist-info/METADATA`, dist('GUNICORN', '23.0.0')],
      [`${SITE}/d-1.dist-info/METADATA`, dist('guni.corn', '9')],
      // Not Flask: PEP 503 makes it fla-sk.
      [`${SITE}/c-1.dist-info/METADATA`, dist('fla_sk', '9')],
      [`${SITE}/b-1.dist-info/METADATA`, dist('Flask', '2.0.0')],
      [`${SITE}/a-1.dist-info/METADATA`, dist('FLASK', '3.0.0')],
      // First of all in path order, and neither.
      [`${SITE}/0-1.dist-info/METADATA`, dist('click', '8.1.7')]
    ])
    expect(summary.versions).toEqual({ flask: '3.0.0', gunicorn: '23.0.0', python: '3.12' })
  })

  it('stop at the components bound, still saying what could not be read, and the SBOM says it is incomplete', () => {
    const { bom, summary } = sbomOf(
      [
        [`${SITE}/a-1.dist-info/METADATA`, dist('a', '1')],
        [`${SITE}/b-1.dist-info/METADATA`, dist('b', '1')],
        [`${SITE}/c~-1.dist-info/METADATA`, 'Version: 1\n'],
        [`${SITE}/d-1.dist-info/METADATA`, dist('d', '1')],
        [`${SITE}/e~-1.dist-info/METADATA`, 'Version: 1\n']
      ],
      { bounds: { components: 2 } }
    )
    expect(bom.components!.map(c => c.name)).toEqual(['a', 'b'])
    expect(summary.counts.python).toBe(2)
    expect(summary.unknowns.filter(u => u.startsWith('/'))).toEqual([
      `/${SITE}/c~-1.dist-info/METADATA: METADATA has no Name`
    ])
    expect(summary.incomplete).toEqual([bound(2, 'Python distributions')])
    expect(metadataOf(bom, 'incomplete')).toEqual([bound(2, 'Python distributions')])
    expect(bom.compositions).toEqual([{ aggregate: 'incomplete' }])
  })
})

describe('the distribution’s packages', () => {
  it('are named by the first os-release that reads, before the project’s base', () => {
    const { bom, summary } = sbomOf(
      [
        ['etc/os-release', 'NAME=nothing\n'],
        ['usr/lib/os-release', 'ID=debian\nVERSION_ID=12\nNAME="Debian GNU/Linux"\n'],
        ['var/lib/dpkg/status', status('libc6 2.36-9')]
      ],
      { project: { name: 'web', version: '1', base: 'ubuntu@24.04' } }
    )
    expect(bom.components!.map(line)).toEqual([
      'libc6 2.36-9 pkg:deb/debian/libc6@2.36-9?arch=amd64&distro=debian-12 deb:libc6:amd64'
    ])
    expect(summary.distro).toBe('Debian')
    expect(summary.ubuntuSource).toBe('dpkg status')
    expect(metadataOf(bom, 'ubuntu-packages-source')).toEqual(['dpkg status'])
  })

  it('have no purl without a distribution to name them by, and no distro qualifier without its version', () => {
    const none = sbomOf([['var/lib/dpkg/status', status('libc6 2.36-9')]])
    expect(none.bom.components!.map(line)).toEqual(['libc6 2.36-9 - deb:libc6:amd64'])
    expect(none.summary.unknowns).toContain(
      'deb purl namespace: no os-release in the rock and no Ubuntu base given'
    )
    expect(none.summary.distro).toBeUndefined()
    const noVersion = sbomOf([
      ['etc/os-release', 'ID=wolfi\n'],
      ['var/lib/dpkg/status', status('libc6 2.36-9')]
    ])
    expect(noVersion.bom.components!.map(line)).toEqual([
      'libc6 2.36-9 pkg:deb/wolfi/libc6@2.36-9?arch=amd64 deb:libc6:amd64'
    ])
    expect(noVersion.summary.distro).toBe('wolfi')
    expect(noVersion.summary.unknowns.filter(u => u.startsWith('deb'))).toEqual([])
  })

  it('take their architecture from their paragraph, else the image’s, else none', () => {
    const files: [string, FileSpec][] = [
      ['etc/os-release', UBUNTU],
      ['var/lib/dpkg/status', status('tzdata 2024a-3 all', 'libc6 2.39-0ubuntu8')]
    ]
    expect(sbomOf(files).bom.components!.map(line)).toEqual([
      'libc6 2.39-0ubuntu8 pkg:deb/ubuntu/libc6@2.39-0ubuntu8?arch=amd64&distro=ubuntu-24.04 deb:libc6:amd64',
      'tzdata 2024a-3 pkg:deb/ubuntu/tzdata@2024a-3?arch=all&distro=ubuntu-24.04 deb:tzdata:all'
    ])
    const noArch = sbomOf(files, { contents: { architecture: undefined } })
    expect(noArch.bom.components!.map(line)).toEqual([
      'libc6 2.39-0ubuntu8 pkg:deb/ubuntu/libc6@2.39-0ubuntu8?distro=ubuntu-24.04 deb:libc6:',
      'tzdata 2024a-3 pkg:deb/ubuntu/tzdata@2024a-3?arch=all&distro=ubuntu-24.04 deb:tzdata:all'
    ])
  })

  it('are read from dpkg status and status.d, each file’s unread paragraphs and cut-off said', () => {
    const cut: RockFile = {
      kind: 'dpkg-status-d',
      data: Buffer.from(status('zlib1g 1:1.3')),
      size: 9000,
      truncated: true
    }
    const { bom, summary } = sbomOf([
      ['etc/os-release', UBUNTU],
      [
        'var/lib/dpkg/status',
        'Package: gone\nStatus: deinstall ok config-files\nVersion: 1\n\n' +
          'Package: Bad\nVersion: 1\n\nPackage: nover\n\n' +
          'Package: libssl3t64\nStatus: install ok installed\nVersion: 3.0.13-0ubuntu3\nSource: openssl (3.0.13-0ubuntu3)\n'
      ],
      ['var/lib/dpkg/status.d/base-files', status('base-files 13ubuntu10')],
      ['var/lib/dpkg/status.d/zlib1g', cut]
    ])
    expect(bom.components!.map(line)).toEqual([
      'base-files 13ubuntu10 pkg:deb/ubuntu/base-files@13ubuntu10?arch=amd64&distro=ubuntu-24.04 deb:base-files:amd64',
      'libssl3t64 3.0.13-0ubuntu3 pkg:deb/ubuntu/libssl3t64@3.0.13-0ubuntu3?arch=amd64&distro=ubuntu-24.04 deb:libssl3t64:amd64',
      'zlib1g 1:1.3 pkg:deb/ubuntu/zlib1g@1:1.3?arch=amd64&distro=ubuntu-24.04 deb:zlib1g:amd64'
    ])
    expect(bom.components!.map(c => c.properties ?? [])).toEqual([
      [],
      [{ name: 'flask-rock:source-package', value: 'openssl' }],
      []
    ])
    expect(summary.counts.ubuntu).toBe(3)
    expect(summary.unknowns).toEqual([
      'rock base: not given',
      'rock build-base: not given',
      'rock name: not given and not in the image annotations',
      'rock version: not given and not in the image annotations',
      '/var/lib/dpkg/status: 2 paragraphs without a valid Package, Version or Architecture',
      `/var/lib/dpkg/status.d/zlib1g: larger than ${cut.data.length} bytes; the rest not read`
    ])
    expect(summary.incomplete).toEqual([])
    expect(bom.compositions).toBeUndefined()
  })

  it('are read from the first status.d files only, up to the components bound', () => {
    const files: [string, FileSpec][] = [
      ['etc/os-release', UBUNTU],
      [`${SITE}/flask-3.1.0.dist-info/METADATA`, dist('Flask', '3.1.0')],
      ['var/lib/dpkg/status.d/a', status('a 1')],
      ['var/lib/dpkg/status.d/b', status('b 1', 'c 1')],
      ['var/lib/dpkg/status.d/d', status('d 1')]
    ]
    const firstTwo = sbomOf(files, { bounds: { statusFiles: 2, components: 4 } })
    expect(firstTwo.bom.components!.map(c => c.name)).toEqual(['a', 'b', 'c', 'Flask'])
    expect(firstTwo.summary.incomplete).toEqual([
      '/var/lib/dpkg/status.d: 3 files; the SBOM reads the first 2'
    ])
    expect(firstTwo.bom.compositions).toEqual([{ aggregate: 'incomplete' }])
    // All three files at the bound: complete.
    const all = sbomOf(files, { bounds: { statusFiles: 3, components: 5 } })
    expect(all.bom.components!.map(c => c.name)).toEqual(['a', 'b', 'c', 'd', 'Flask'])
    expect(all.summary.incomplete).toEqual([])
    // Room for two packages after Flask: the second file's second package is not listed, nor the
    // third file read (its cut-off would be said).
    const room = sbomOf(
      [
        ...files.slice(0, 4),
        [
          'var/lib/dpkg/status.d/d',
          { kind: 'dpkg-status-d', data: Buffer.from('x'), size: 2, truncated: true }
        ]
      ],
      { bounds: { components: 3 } }
    )
    expect(room.bom.components!.map(c => c.name)).toEqual(['a', 'b', 'Flask'])
    expect(room.summary.counts).toEqual({ python: 1, ubuntu: 2, go: 0 })
    expect(room.summary.incomplete).toEqual([bound(3, '/var/lib/dpkg/status.d/b')])
    expect(room.summary.unknowns.filter(u => u.startsWith('/'))).toEqual([])
  })

  it('give the Python version: the interpreter package’s upstream version, else the lib/python3.X path', () => {
    const python = (...packages: string[]) =>
      sbomOf([
        ['var/lib/dpkg/status', status(...packages)],
        ['opt/mylib/python3.9/site-packages/x-1.dist-info/METADATA', dist('x', '1')],
        ['usr/lib/python3.11/site-packages/y-1.dist-info/METADATA', dist('y', '1')]
      ]).summary.versions.python
    expect(
      python('libpython3.12-stdlib 3.12.0-1', 'libpython3.12 3.12.0-1', 'python3.12-dev 3.12.1-1')
    ).toBe('3.11')
    expect(python('python3.12 3.12.3-1ubuntu0.1', 'python3.13 3.13.0-1')).toBe('3.12.3')
    expect(python('python3.10-minimal 12:3.10.12-1~22.04')).toBe('3.10.12')
    expect(python('python3.13 3.13.0-rc1-2')).toBe('3.13.0-rc1')
    expect(python('python3.13 3.13.0')).toBe('3.13.0')
    const fromPath = (p: string): string | undefined =>
      sbomOf([[p, dist('x', '1')]]).summary.versions.python
    expect(fromPath('lib/python3.12/site-packages/x-1.dist-info/METADATA')).toBe('3.12')
    expect(fromPath('usr/local/lib/python3.9/dist-packages/x-1.dist-info/METADATA')).toBe('3.9')
    expect(fromPath('usr/lib/python3/dist-packages/x-1.dist-info/METADATA')).toBeUndefined()
    expect(fromPath('usr/lib/python3.12.bak/site-packages/x-1.dist-info/METADATA')).toBeUndefined()
  })
})

describe('the pack’s record, where the rock has no dpkg status', () => {
  const record: PackRecord = {
    packages: [
      { name: 'python3.12', part: 'flask-framework' },
      { name: 'python3-venv', version: '3.12.3-0ubuntu2', part: 'flask-framework' },
      { name: 'base-files_base', part: 'runtime' }
    ],
    problems: ['parts/x/state/pull: 1 stage-packages entries not read']
  }
  const project = { name: 'web', version: '1', base: 'bare', buildBase: 'ubuntu@24.04' }

  it('lists what the pack recorded, by part, a slice without a version', () => {
    const { bom, summary } = sbomOf([], { project, packRecord: record })
    expect(bom.components!.map(line)).toEqual([
      'base-files_base - pkg:deb/ubuntu/base-files_base?arch=amd64&distro=ubuntu-24.04 deb:base-files_base:amd64:runtime',
      'python3-venv 3.12.3-0ubuntu2 pkg:deb/ubuntu/python3-venv@3.12.3-0ubuntu2?arch=amd64&distro=ubuntu-24.04 deb:python3-venv:amd64:flask-framework',
      'python3.12 - pkg:deb/ubuntu/python3.12?arch=amd64&distro=ubuntu-24.04 deb:python3.12:amd64:flask-framework'
    ])
    const slice = 'version: the pack recorded a chisel slice by name only'
    expect(bom.components!.map(c => c.properties)).toEqual([
      [
        { name: 'flask-rock:part', value: 'runtime' },
        { name: 'flask-rock:unknown', value: slice }
      ],
      [{ name: 'flask-rock:part', value: 'flask-framework' }],
      [
        { name: 'flask-rock:part', value: 'flask-framework' },
        { name: 'flask-rock:unknown', value: slice }
      ]
    ])
    expect(summary).toEqual({
      counts: { python: 0, ubuntu: 3, go: 0 },
      distro: 'Ubuntu',
      versions: {},
      ubuntuSource: 'pack record',
      unknowns: ['parts/x/state/pull: 1 stage-packages entries not read'],
      incomplete: []
    })
    expect(metadataOf(bom, 'ubuntu-packages-source')).toEqual(['pack record'])
  })

  it('lists as many as there is room for', () => {
    const at = sbomOf([], { project, packRecord: record, bounds: { components: 3 } })
    expect(at.summary.counts.ubuntu).toBe(3)
    expect(at.summary.incomplete).toEqual([])
    const over = sbomOf([], { project, packRecord: record, bounds: { components: 2 } })
    expect(over.bom.components!.map(c => c.name)).toEqual(['python3-venv', 'python3.12'])
    expect(over.summary.incomplete).toEqual([bound(2, 'the pack record')])
  })

  it('says when it recorded nothing, and is not read where the rock has a dpkg status', () => {
    const empty = sbomOf([], { project, packRecord: { packages: [], problems: [] } })
    expect(empty.summary.unknowns).toEqual(['Ubuntu packages: the pack recorded no stage-packages'])
    const withStatus = sbomOf([['var/lib/dpkg/status', status('libc6 2.39-0ubuntu8')]], {
      project,
      packRecord: record
    })
    expect(withStatus.bom.components!.map(c => c.name)).toEqual(['libc6'])
    expect(withStatus.summary.ubuntuSource).toBe('dpkg status')
    expect(withStatus.summary.unknowns).toEqual([])
  })

  it('is named as missing, and why, when there is none', () => {
    const none = sbomOf([], { project, packRecordNote: 'the pack ran in LXD' })
    expect(none.summary.ubuntuSource).toBe('none')
    expect(none.summary.unknowns).toEqual([
      'Ubuntu packages: the rock has no dpkg status and no chisel manifest, and the pack ran in LXD'
    ])
    expect(metadataOf(none.bom, 'ubuntu-packages-source')).toEqual(['none'])
    expect(none.bom.components).toEqual([])
  })
})

describe('Go programs', () => {
  const pebble = (version: string, ...deps: string[]): RockFile =>
    goProgramFile(
      `path\tgithub.com/canonical/pebble/cmd/pebble\nmod\tgithub.com/canonical/pebble\t${version}\th1:x=\n` +
        deps.map(d => `dep\tgithub.com/x/${d}\tv1.0.0\th1:y=\n`).join('')
    )
  const exporter = goProgramFile(
    'path\tgithub.com/prometheus/statsd_exporter\nmod\tgithub.com/prometheus/statsd_exporter\tv0.28.0\th1:z=\n'
  )

  it('give the Pebble and statsd_exporter versions, the first of each in path order', () => {
    const { bom, summary } = sbomOf([
      ['usr/local/bin/pebble', pebble('v1.32.1', 'mux')],
      ['usr/bin/pebble', pebble('v1.30.0')],
      ['bin/statsd_exporter', exporter]
    ])
    expect(bom.components!.map(line)).toEqual([
      'github.com/prometheus/statsd_exporter v0.28.0 pkg:golang/github.com/prometheus/statsd_exporter@v0.28.0 go:bin/statsd_exporter',
      'github.com/canonical/pebble v1.30.0 pkg:golang/github.com/canonical/pebble@v1.30.0 go:usr/bin/pebble',
      'github.com/canonical/pebble v1.32.1 pkg:golang/github.com/canonical/pebble@v1.32.1 go:usr/local/bin/pebble'
    ])
    expect(summary.counts.go).toBe(3)
    expect(summary.versions).toEqual({ pebble: 'v1.30.0', statsdExporter: 'v0.28.0' })
  })

  it('are listed, each with its stdlib and modules, up to the components bound', () => {
    const files: [string, FileSpec][] = [
      ['usr/bin/pebble', pebble('v1.32.1', 'a', 'b', 'c')],
      ['usr/bin/statsd_exporter', exporter]
    ]
    // Pebble, its stdlib and two of its three modules: no room for statsd_exporter.
    const over = sbomOf(files, { bounds: { components: 4 } })
    expect(
      over.bom.components!.map(c => [c.name, ...(c.components ?? []).map(d => d.name)])
    ).toEqual([['github.com/canonical/pebble', 'github.com/x/a', 'github.com/x/b', 'stdlib']])
    expect(over.summary.counts.go).toBe(1)
    expect(over.summary.versions).toEqual({ pebble: 'v1.32.1' })
    expect(over.summary.incomplete).toEqual([
      bound(4, "/usr/bin/pebble's Go modules"),
      bound(4, 'Go programs')
    ])
    // Room for all of Pebble, and statsd_exporter with its stdlib.
    const at = sbomOf(files, { bounds: { components: 7 } })
    expect(at.summary.counts.go).toBe(2)
    expect(at.summary.incomplete).toEqual([])
    expect(at.bom.compositions).toBeUndefined()
    // Room for one more: statsd_exporter is listed alone, without its stdlib, and said incomplete.
    const short = sbomOf(files, { bounds: { components: 6 } })
    expect(
      short.bom.components!.map(c => [c.name, ...(c.components ?? []).map(d => d.name)])
    ).toEqual([
      [
        'github.com/canonical/pebble',
        'github.com/x/a',
        'github.com/x/b',
        'github.com/x/c',
        'stdlib'
      ],
      ['github.com/prometheus/statsd_exporter']
    ])
    expect(short.summary.counts.go).toBe(2)
    expect(short.summary.incomplete).toEqual([bound(6, "/usr/bin/statsd_exporter's Go modules")])
  })
})

describe('what is not known', () => {
  it('is said in lines up to their bound, then counted', () => {
    const files: [string, FileSpec][] = [
      ['var/lib/dpkg/status.d/a', 'Package: A\nVersion: 1\n'],
      ['var/lib/dpkg/status.d/b', 'Package: B\nVersion: 1\n']
    ]
    const project = { name: 'web', version: '1', base: 'ubuntu@24.04' }
    const lines = [
      'deb purl namespace: no os-release in the rock and no Ubuntu base given',
      '/var/lib/dpkg/status.d/a: 1 paragraphs without a valid Package, Version or Architecture',
      '/var/lib/dpkg/status.d/b: 1 paragraphs without a valid Package, Version or Architecture'
    ]
    const at = sbomOf(files, { project: { ...project, base: 'bare' }, bounds: { unknownLines: 3 } })
    expect(at.summary.unknowns).toEqual(lines)
    expect(metadataOf(at.bom, 'unknown')).toEqual([...lines].sort())
    const over = sbomOf(files, {
      project: { ...project, base: 'bare' },
      bounds: { unknownLines: 1 }
    })
    const more = 'and 2 more things not known (the SBOM keeps 1 such lines)'
    expect(over.summary.unknowns).toEqual([lines[0], more])
    expect(metadataOf(over.bom, 'unknown')).toEqual([more, lines[0]])
    // Unknown lines are no component: the SBOM is complete.
    expect(over.summary.incomplete).toEqual([])
    expect(over.bom.compositions).toBeUndefined()
  })
})

describe('what the SBOM keeps in memory', () => {
  /** The bytes buildSbom counts for this input, else the one line it refuses it with. */
  const keeps = (input: Omit<SbomInput, 'tool'>, memoryBytes: number): string | undefined => {
    try {
      buildSbom({
        ...input,
        tool: TOOL,
        limits: { deadlineMs: 60_000, memoryBytes, unpackedBytes: 0 }
      })
      return undefined
    } catch (err) {
      expect(err).toBeInstanceOf(RockError)
      return (err as Error).message
    }
  }
  /** Each listed component: 1 KiB, and two bytes a character of the text it carries. */
  const component = (...texts: string[]): number => 1024 + 2 * texts.join('').length
  const lines = (unknowns: string[]): number => 2 * unknowns.join('').length

  it('is counted exactly: every component and unknown line, up to the byte', () => {
    const flask = `${SITE}/flask-3.1.0.dist-info/METADATA`
    const bare = `${SITE}/bare-1.dist-info/METADATA`
    const contents = contentsOf([
      [flask, dist('Flask', '3.1.0')],
      [bare, 'Name: bare\n'],
      [
        'var/lib/dpkg/status',
        status('libc6 2.39-0ubuntu8') +
          '\nPackage: libssl3t64\nStatus: install ok installed\nVersion: 3.0.13-0ubuntu3\nSource: openssl\n'
      ],
      [
        'usr/bin/pebble',
        goProgramFile(
          `mod\tgithub.com/canonical/pebble\tv1.32.1\t\ndep\tgithub.com/x/y\tv1.0.0\t\n`
        )
      ]
    ])
    const { summary } = buildSbom({ contents, tool: TOOL })
    expect(summary.unknowns).toEqual([
      'rock base: not given',
      'rock build-base: not given',
      'rock name: not given and not in the image annotations',
      'rock version: not given and not in the image annotations',
      `/${bare}: METADATA has no Version`,
      'deb purl namespace: no os-release in the rock and no Ubuntu base given'
    ])
    const exact =
      lines(summary.unknowns) +
      component('Flask', '3.1.0', flask) +
      component('bare', bare) +
      component('libc6', '2.39-0ubuntu8', ' '.repeat(64)) +
      component('libssl3t64', '3.0.13-0ubuntu3', ' '.repeat(64), 'openssl') +
      // Pebble, its stdlib, its one module: 1 KiB each.
      3 * 1024
    expect(keeps({ contents }, exact)).toBeUndefined()
    expect(keeps({ contents }, exact - 1)).toBe(
      `the read would keep more than ${Math.round(exact / 1024)} KiB in memory`
    )
  })

  it('counts a recorded package’s part', () => {
    const contents = contentsOf([])
    const packRecord: PackRecord = {
      packages: [{ name: 'base-files_base', part: 'runtime' }],
      problems: []
    }
    const project = { name: 'web', version: '1', base: 'bare', buildBase: 'ubuntu@24.04' }
    const exact = component('base-files_base', ' '.repeat(64), 'runtime')
    expect(keeps({ contents, project, packRecord }, exact)).toBeUndefined()
    expect(keeps({ contents, project, packRecord }, exact - 1)).toBe(
      `the read would keep more than ${Math.round(exact / 1024)} KiB in memory`
    )
  })
})

describe('the SBOM’s deadline', () => {
  /** A clock that moves on by `stepMs` each time it is read, from now. */
  function tickingClock(stepMs: number): void {
    let now = Date.now() - stepMs
    jest.spyOn(Date, 'now').mockImplementation(() => (now += stepMs))
  }
  afterEach(() => {
    jest.restoreAllMocks()
  })
  const HOUR = 3_600_000
  const project = { name: 'web', version: '1', base: 'ubuntu@24.04' }
  /** The refusal of a rock of these files, read under one minute's deadline and 4 KiB of memory. */
  const refusal = (files: [string, FileSpec][], deadlineMs = 60_000): string =>
    thrownMessage(
      () =>
        buildSbom({
          contents: contentsOf(files),
          project,
          tool: TOOL,
          timestamp: new Date(0),
          limits: { deadlineMs, memoryBytes: 4096, unpackedBytes: 0 }
        }),
      RockError
    )

  it('stops the Python distributions at the first, before they fill the memory', () => {
    tickingClock(HOUR)
    const files: [string, FileSpec][] = []
    for (const n of ['a', 'b', 'c', 'd', 'e'])
      files.push([`${SITE}/${n}-1.dist-info/METADATA`, dist(n, '1')])
    expect(refusal(files)).toBe('the read took longer than 60 s')
  })

  it('stops the dpkg status files at the first, and within a file every 4096 paragraphs', () => {
    tickingClock(HOUR)
    const files: [string, FileSpec][] = []
    for (const n of ['a', 'b', 'c', 'd', 'e'])
      files.push([`var/lib/dpkg/status.d/${n}`, status(`${n} 1`)])
    expect(refusal(files)).toBe('the read took longer than 60 s')
    const many: string[] = []
    for (let i = 0; i < 4096; i++) many.push(`p${i} 1`)
    // The file's start is within the deadline (one read of the clock), its 4096th paragraph not.
    expect(refusal([['var/lib/dpkg/status', status(...many)]], 1.5 * HOUR)).toBe(
      'the read took longer than 5400 s'
    )
  })

  it('holds for a rock of Go programs only', () => {
    tickingClock(HOUR)
    expect(
      refusal([['usr/bin/pebble', goProgramFile('mod\tgithub.com/canonical/pebble\tv1.32.1\t\n')]])
    ).toBe('the read took longer than 60 s')
  })
})

describe('the chisel manifest, where the rock has no dpkg status', () => {
  const MANIFEST = 'var/lib/chisel/manifest.wall'
  const manifest = zstdCompress(
    '{"jsonwall":"1.0","schema":"1.0","count":4}\n' +
      '{"kind":"package","name":"libc6","version":"2.39-0ubuntu8","sha256":"x","arch":"amd64"}\n' +
      '{"kind":"package","name":"tzdata","version":"2024a-3","sha256":"y","arch":"all"}\n' +
      '{"kind":"slice","name":"libc6_libs"}\n'
  )
  const project = { name: 'web', version: '1', base: 'bare', buildBase: 'ubuntu@24.04' }

  it('lists its packages', () => {
    const { bom, summary } = sbomOf([[MANIFEST, manifest]], { project })
    expect(bom.components!.map(line)).toEqual([
      'libc6 2.39-0ubuntu8 pkg:deb/ubuntu/libc6@2.39-0ubuntu8?arch=amd64&distro=ubuntu-24.04 deb:libc6:amd64',
      'tzdata 2024a-3 pkg:deb/ubuntu/tzdata@2024a-3?arch=all&distro=ubuntu-24.04 deb:tzdata:all'
    ])
    expect(summary).toEqual({
      counts: { python: 0, ubuntu: 2, go: 0 },
      distro: 'Ubuntu',
      versions: {},
      ubuntuSource: 'chisel manifest',
      unknowns: [],
      incomplete: []
    })
    expect(metadataOf(bom, 'ubuntu-packages-source')).toEqual(['chisel manifest'])
  })

  it('lists as many as there is room for', () => {
    const { bom, summary } = sbomOf([[MANIFEST, manifest]], { project, bounds: { components: 1 } })
    expect(bom.components!.map(c => c.name)).toEqual(['libc6'])
    expect(summary.incomplete).toEqual([bound(1, `/${MANIFEST}`)])
    expect(bom.compositions).toEqual([{ aggregate: 'incomplete' }])
  })

  it('that cannot be read is said, and the pack record read instead', () => {
    const packRecord: PackRecord = {
      packages: [{ name: 'libc6', version: '2.39-0ubuntu8', part: 'runtime' }],
      problems: []
    }
    const { bom, summary } = sbomOf([[MANIFEST, 'not zstd']], { project, packRecord })
    expect(bom.components!.map(c => c.name)).toEqual(['libc6'])
    expect(summary.ubuntuSource).toBe('pack record')
    expect(summary.unknowns).toEqual([
      `/${MANIFEST}: the chisel manifest is not zstd data or unpacks beyond 64 MiB`
    ])
  })

  it('is not read where the rock has a dpkg status', () => {
    const { bom, summary } = sbomOf(
      [
        [MANIFEST, manifest],
        ['var/lib/dpkg/status.d/base-files', status('base-files 13ubuntu10')]
      ],
      { project }
    )
    expect(bom.components!.map(c => c.name)).toEqual(['base-files'])
    expect(summary.ubuntuSource).toBe('dpkg status')
  })
})
