// The SBOM's components as a user reads them, from rocks made in memory: each Go program with its
// modules, its stdlib and where its version came from; the distribution a deb purl names; which
// Python METADATA count; a chisel manifest's packages. Node has zstd from 22.15 on only: node:zlib
// is given the zstd program's stand-in (../support/zstd.ts), and a second copy of the SBOM's module
// sees a Node without it.
import { describe, expect, it, jest } from '@jest/globals'
import * as zlib from 'node:zlib'
import type { RockFile } from '../../src/rock/index.js'
import type { RockFacts, SbomBounds, SbomSummary } from '../../src/sbom/build.js'
import type { Component } from './support/bom.js'
import type { FileSpec } from './support/contents.js'
import { goProgramFile } from './support/go-build-info.js'
import { zstdCompress, zstdDecompressSync } from '../support/zstd.js'
import { thrownMessage } from '../support/thrown.js'

jest.unstable_mockModule('node:zlib', () => ({ ...zlib, zstdDecompressSync }))
const { buildSbom } = await import('../../src/sbom/build.js')
const { RockError } = await import('../../src/rock/index.js')
jest.resetModules()
jest.unstable_mockModule('node:zlib', () => ({ ...zlib, zstdDecompressSync: undefined }))
const { buildSbom: buildSbomWithoutZstd } = await import('../../src/sbom/build.js')
const { contentsOf } = await import('./support/contents.js')

const PROJECT: RockFacts = { name: 'web', version: '1.0', base: 'ubuntu@24.04' }
const NO_DEBS =
  'Ubuntu packages: the rock has no dpkg status and no chisel manifest, and no pack record was read'

interface Read {
  components: Component[]
  summary: SbomSummary
}

function sbomOf(
  files: [string, FileSpec][],
  opts: { project?: RockFacts; bounds?: Partial<SbomBounds>; build?: typeof buildSbom } = {}
): Read {
  const sbom = (opts.build ?? buildSbom)({
    contents: contentsOf(files),
    project: 'project' in opts ? opts.project : PROJECT,
    tool: { name: 'flask-rock-action', version: '1' },
    timestamp: new Date(0),
    bounds: opts.bounds
  })
  const bom = JSON.parse(sbom.json) as { components?: Component[] }
  return { components: bom.components ?? [], summary: sbom.summary }
}

const prop = (name: string, value: string): { name: string; value: string } => ({
  name: `flask-rock:${name}`,
  value
})

/** A Go program in which a read found no build info. */
function goProgramWithoutInfo(over: Partial<RockFile> = {}): RockFile {
  const data = Buffer.from('\x7fELF\x02\x01\x01', 'latin1')
  return { kind: 'go-binary', data, size: 4096, truncated: true, goBuildInfo: false, ...over }
}

const lines = (...l: string[]): string => l.map(x => `${x}\n`).join('')

function stdlib(program: string, version = '1.22.5'): Component {
  return {
    type: 'library',
    name: 'stdlib',
    version,
    'bom-ref': `go:${program}:stdlib`,
    purl: `pkg:golang/stdlib@${version}`
  }
}

function goModule(program: string, module: string, version: string): Component {
  return {
    type: 'library',
    name: module,
    version,
    'bom-ref': `go:${program}:${module}`,
    purl: `pkg:golang/${module}@${version}`
  }
}

describe('Go programs', () => {
  it('are listed by their main module, with their modules, replacements, stdlib and where the version came from', () => {
    const { components, summary } = sbomOf([
      [
        'usr/bin/pebble',
        goProgramFile(
          lines(
            'path\tgithub.com/canonical/pebble/cmd/pebble',
            'mod\tgithub.com/canonical/pebble\tv1.32.1\th1:x=',
            'dep\tgithub.com/gorilla/mux\tv1.8.0\th1:y=',
            '=>\tgithub.com/fork/mux\tv1.8.1\th1:z=',
            'dep\tgolang.org/x/sys\tv0.30.0\th1:w=',
            '=>\t../sys\t',
            'dep\tgopkg.in/yaml.v3\tv3.0.1\th1:v='
          )
        )
      ],
      ['usr/local/bin/tool', goProgramFile(lines('path\ttool', 'mod\ttool\tv0.1.0\t'), 'go1.23.0')]
    ])
    expect(components).toEqual([
      {
        type: 'application',
        name: 'github.com/canonical/pebble',
        version: 'v1.32.1',
        'bom-ref': 'go:usr/bin/pebble',
        purl: 'pkg:golang/github.com/canonical/pebble@v1.32.1',
        properties: [
          prop('go-toolchain', 'go1.22.5'),
          prop('path', '/usr/bin/pebble'),
          prop('version-detail', 'the main module version'),
          prop('version-source', 'go-buildinfo')
        ],
        components: [
          {
            ...goModule('usr/bin/pebble', 'github.com/gorilla/mux', 'v1.8.0'),
            properties: [prop('replaced-by', 'github.com/fork/mux v1.8.1')]
          },
          {
            ...goModule('usr/bin/pebble', 'golang.org/x/sys', 'v0.30.0'),
            properties: [prop('replaced-by', '../sys (devel)')]
          },
          goModule('usr/bin/pebble', 'gopkg.in/yaml.v3', 'v3.0.1'),
          stdlib('usr/bin/pebble')
        ]
      },
      {
        type: 'application',
        name: 'tool',
        version: 'v0.1.0',
        'bom-ref': 'go:usr/local/bin/tool',
        purl: 'pkg:golang/tool@v0.1.0',
        properties: [
          prop('go-toolchain', 'go1.23.0'),
          prop('path', '/usr/local/bin/tool'),
          prop('version-detail', 'the main module version'),
          prop('version-source', 'go-buildinfo')
        ],
        components: [stdlib('usr/local/bin/tool', '1.23.0')]
      }
    ])
    expect(summary).toEqual({
      counts: { python: 0, ubuntu: 0, go: 2 },
      distro: 'Ubuntu',
      versions: { pebble: 'v1.32.1' },
      ubuntuSource: 'none',
      unknowns: [NO_DEBS],
      incomplete: []
    })
  })

  it('built from a source tree: versioned by -ldflags -X, or unknown with why, and odd build info lines counted apart', () => {
    const { components, summary } = sbomOf([
      [
        'usr/bin/pebble',
        goProgramFile(
          lines(
            'path\tgithub.com/canonical/pebble/cmd/pebble',
            'mod\tgithub.com/canonical/pebble\t(devel)\t',
            'build\t-ldflags="-X github.com/canonical/pebble/cmd.Version=v1.32.1"'
          )
        )
      ],
      [
        'usr/bin/tool',
        {
          ...goProgramFile(
            lines('mod\tgithub.com/x/tool\t(devel)\t', 'build\t-trimpath=true', 'odd\tline')
          ),
          goVersionStrings: []
        }
      ]
    ])
    const devel =
      'version: the build info says (devel) (built from a source tree, not a module version) and sets no -X ...Version in -ldflags; no Go string variable in its data holds a version'
    expect(components).toEqual([
      {
        type: 'application',
        name: 'github.com/canonical/pebble',
        version: 'v1.32.1',
        'bom-ref': 'go:usr/bin/pebble',
        purl: 'pkg:golang/github.com/canonical/pebble@v1.32.1',
        properties: [
          prop('go-toolchain', 'go1.22.5'),
          prop('path', '/usr/bin/pebble'),
          prop('version-detail', '-ldflags -X github.com/canonical/pebble/cmd.Version'),
          prop('version-source', 'ldflags')
        ],
        components: [stdlib('usr/bin/pebble')]
      },
      {
        type: 'application',
        name: 'github.com/x/tool',
        'bom-ref': 'go:usr/bin/tool',
        purl: 'pkg:golang/github.com/x/tool',
        properties: [
          prop('go-toolchain', 'go1.22.5'),
          prop('path', '/usr/bin/tool'),
          prop('unknown', '1 build info lines not read'),
          prop('unknown', devel)
        ],
        components: [stdlib('usr/bin/tool')]
      }
    ])
    expect(summary.unknowns).toEqual([NO_DEBS, `/usr/bin/tool: ${devel}`])
    expect(summary.versions).toEqual({ pebble: 'v1.32.1' })
  })

  it('without a main module: named by the main package, or by the file when the build info names neither', () => {
    const { components, summary } = sbomOf([
      ['usr/bin/a', goProgramFile(lines('path\tgithub.com/x/tool/cmd/a'))],
      ['usr/bin/b', goProgramFile(lines('build\tCGO_ENABLED=0'))]
    ])
    const why = 'version: the build info names no main module'
    expect(components).toEqual([
      {
        type: 'application',
        name: 'github.com/x/tool/cmd/a',
        'bom-ref': 'go:usr/bin/a',
        purl: 'pkg:golang/github.com/x/tool/cmd/a',
        properties: [
          prop('go-toolchain', 'go1.22.5'),
          prop('path', '/usr/bin/a'),
          prop('unknown', why)
        ],
        components: [stdlib('usr/bin/a')]
      },
      {
        type: 'application',
        name: 'b',
        'bom-ref': 'go:usr/bin/b',
        properties: [
          prop('go-toolchain', 'go1.22.5'),
          prop('path', '/usr/bin/b'),
          prop('unknown', why)
        ],
        components: [stdlib('usr/bin/b')]
      }
    ])
    expect(summary.unknowns).toEqual([NO_DEBS, `/usr/bin/a: ${why}`, `/usr/bin/b: ${why}`])
  })

  it('without build info: named by the file, versioned by the one version its Go strings hold, never a purl', () => {
    const { components, summary } = sbomOf(
      [
        [
          'usr/bin/pebble',
          goProgramWithoutInfo({ goVersionScanProblem: 'an ELF header of no known class' })
        ],
        ['usr/bin/statsd_exporter', goProgramWithoutInfo({ goVersionStrings: ['0.26.0'] })]
      ],
      { project: { ...PROJECT, statsdExporterTag: 'v0.26.0' } }
    )
    const why =
      'version: no Go build info in the binary; its data not scanned for a version: an ELF header of no known class'
    expect(components).toEqual([
      {
        type: 'application',
        name: 'pebble',
        'bom-ref': 'go:usr/bin/pebble',
        properties: [prop('path', '/usr/bin/pebble'), prop('unknown', why)]
      },
      {
        type: 'application',
        name: 'statsd_exporter',
        version: 'v0.26.0',
        'bom-ref': 'go:usr/bin/statsd_exporter',
        properties: [
          prop('path', '/usr/bin/statsd_exporter'),
          prop('version-detail', 'a Go string variable in its data holds "0.26.0"'),
          prop('version-source', 'binary-string')
        ]
      }
    ])
    expect(summary).toEqual({
      counts: { python: 0, ubuntu: 0, go: 2 },
      distro: 'Ubuntu',
      versions: { statsdExporter: 'v0.26.0' },
      ubuntuSource: 'none',
      unknowns: [NO_DEBS, `/usr/bin/pebble: ${why}`],
      incomplete: []
    })
  })

  it('lists a module whose path the golang purl refuses (an empty last element) without a purl', () => {
    const { components } = sbomOf([
      ['usr/bin/m', goProgramFile(lines('mod\tx.io/m/\tv1.0.0\t', 'dep\tx.io/d/\tv0.1.0\t'))]
    ])
    expect(components).toEqual([
      {
        type: 'application',
        name: 'x.io/m/',
        version: 'v1.0.0',
        'bom-ref': 'go:usr/bin/m',
        properties: [
          prop('go-toolchain', 'go1.22.5'),
          prop('path', '/usr/bin/m'),
          prop('version-detail', 'the main module version'),
          prop('version-source', 'go-buildinfo')
        ],
        components: [
          stdlib('usr/bin/m'),
          { type: 'library', name: 'x.io/d/', version: 'v0.1.0', 'bom-ref': 'go:usr/bin/m:x.io/d/' }
        ]
      }
    ])
  })
})

describe('a rock without a project', () => {
  it('names its Go programs and packages from the rock alone', () => {
    const { components, summary } = sbomOf(
      [
        ['usr/bin/statsd_exporter', goProgramWithoutInfo()],
        ['var/lib/dpkg/status', lines('Package: libc6', 'Version: 2.39-0ubuntu8')]
      ],
      { project: undefined }
    )
    const why = 'version: no Go build info in the binary; no project given for its source-tag'
    expect(components).toEqual([
      { type: 'library', name: 'libc6', version: '2.39-0ubuntu8', 'bom-ref': 'deb:libc6:amd64' },
      {
        type: 'application',
        name: 'statsd_exporter',
        'bom-ref': 'go:usr/bin/statsd_exporter',
        properties: [prop('path', '/usr/bin/statsd_exporter'), prop('unknown', why)]
      }
    ])
    expect(summary.unknowns).toEqual([
      'rock base: not given',
      'rock build-base: not given',
      'rock name: not given and not in the image annotations',
      'rock version: not given and not in the image annotations',
      'deb purl namespace: no os-release in the rock and no Ubuntu base given',
      `/usr/bin/statsd_exporter: ${why}`
    ])
  })
})

describe('the SBOM’s own time', () => {
  it('is a minute from its start: past it, one line', () => {
    const files: [string, FileSpec][] = [
      ['lib/python3.12/site-packages/a-1.0.dist-info/METADATA', lines('Name: a', 'Version: 1')]
    ]
    // The clock reads 0 when the SBOM starts and the given time at every later look.
    const at = (later: number): void => {
      let first = true
      jest.spyOn(Date, 'now').mockImplementation(() => (first ? ((first = false), 0) : later))
    }
    try {
      at(60_000)
      expect(sbomOf(files).summary.counts.python).toBe(1)
      at(60_001)
      expect(thrownMessage(() => sbomOf(files), RockError)).toBe('the read took longer than 60 s')
    } finally {
      jest.restoreAllMocks()
    }
  })
})

describe('Go programs within the SBOM’s bound', () => {
  const three = goProgramFile(
    lines(
      'mod\tx.io/p\tv1.0.0\t',
      'dep\tx.io/one\tv1.0.1\t',
      'dep\tx.io/two\tv1.0.2\t',
      'dep\tx.io/three\tv1.0.3\t'
    )
  )
  const inner = (c: Component[]): string[] =>
    c.flatMap(p => [p.name, ...(p.components ?? []).map(m => `${p.name} > ${m.name}`)])
  const over = (n: number, what: string): string =>
    `${what}: the SBOM lists ${n} components at most; the rest is not listed`

  it('lists the program, its stdlib and all its modules when they fit exactly', () => {
    const { components, summary } = sbomOf([['usr/bin/p', three]], { bounds: { components: 5 } })
    expect(inner(components)).toEqual([
      'x.io/p',
      'x.io/p > stdlib',
      'x.io/p > x.io/one',
      'x.io/p > x.io/three',
      'x.io/p > x.io/two'
    ])
    expect(summary.incomplete).toEqual([])
  })

  it('lists the first modules in the build info’s order while there is room, and says the rest is not listed', () => {
    const four = sbomOf([['usr/bin/p', three]], { bounds: { components: 4 } })
    expect(inner(four.components)).toEqual([
      'x.io/p',
      'x.io/p > stdlib',
      'x.io/p > x.io/one',
      'x.io/p > x.io/two'
    ])
    expect(four.summary.incomplete).toEqual([over(4, "/usr/bin/p's Go modules")])
    const two = sbomOf([['usr/bin/p', three]], { bounds: { components: 2 } })
    expect(inner(two.components)).toEqual(['x.io/p', 'x.io/p > stdlib'])
    expect(two.summary.incomplete).toEqual([over(2, "/usr/bin/p's Go modules")])
  })

  it('never lists more than the bound: with room for one, the program alone', () => {
    const { components, summary } = sbomOf([['usr/bin/p', three]], { bounds: { components: 1 } })
    expect(inner(components)).toEqual(['x.io/p'])
    expect(summary.incomplete).toEqual([over(1, "/usr/bin/p's Go modules")])
  })

  it('counts a program’s modules in the bound: the next program finds no room', () => {
    const { components, summary } = sbomOf(
      [
        ['usr/bin/p', three],
        ['usr/bin/q', goProgramFile(lines('mod\tx.io/q\tv2.0.0\t'))]
      ],
      { bounds: { components: 5 } }
    )
    expect(components.map(c => c.name)).toEqual(['x.io/p'])
    expect(summary.counts.go).toBe(1)
    expect(summary.incomplete).toEqual([over(5, 'Go programs')])
  })
})

describe('the distribution a deb purl names', () => {
  const status = [
    'var/lib/dpkg/status',
    lines('Package: libc6', 'Status: install ok installed', 'Version: 2.39-0ubuntu8')
  ] as [string, string]
  const named = (files: [string, FileSpec][], project: RockFacts): [string?, string?] => {
    const { components, summary } = sbomOf([status, ...files], { project })
    return [components[0].purl, summary.distro]
  }
  const ubuntu = (release: string): [string, string] => [
    `pkg:deb/ubuntu/libc6@2.39-0ubuntu8?arch=amd64&distro=ubuntu-${release}`,
    'Ubuntu'
  ]

  it('is the base, or the build-base of a bare rock, as rockcraft.yaml spells an Ubuntu release', () => {
    expect(named([], { base: 'ubuntu@24.04' })).toEqual(ubuntu('24.04'))
    expect(named([], { base: 'ubuntu:22.04' })).toEqual(ubuntu('22.04'))
    expect(named([], { base: 'bare', buildBase: 'ubuntu@24.04' })).toEqual(ubuntu('24.04'))
    expect(named([], { base: 'ubuntu@22.04', buildBase: 'ubuntu@24.04' })).toEqual(ubuntu('22.04'))
  })

  it('is none for a base that is no Ubuntu release: no purl, and said', () => {
    for (const base of ['xubuntu@24.04', 'ubuntu@24.04x', 'ubuntu@', 'ubuntu-24.04', 'bare']) {
      const { components, summary } = sbomOf([status], { project: { base, buildBase: base } })
      expect([base, components]).toEqual([
        base,
        [{ type: 'library', name: 'libc6', version: '2.39-0ubuntu8', 'bom-ref': 'deb:libc6:amd64' }]
      ])
      expect(summary.unknowns).toEqual([
        'rock name: not given and not in the image annotations',
        'rock version: not given and not in the image annotations',
        'deb purl namespace: no os-release in the rock and no Ubuntu base given'
      ])
      expect(summary.distro).toBeUndefined()
    }
  })

  it('is named as the rock’s os-release spells it: Ubuntu and Debian their own way, others by NAME or ID', () => {
    const osRelease = (text: string): [string, FileSpec][] => [['etc/os-release', text]]
    expect(named(osRelease(lines('ID=ubuntu', 'VERSION_ID="24.04"')), {})).toEqual(ubuntu('24.04'))
    expect(
      named(osRelease(lines('NAME="Debian GNU/Linux"', 'ID=debian', 'VERSION_ID="12"')), {})
    ).toEqual(['pkg:deb/debian/libc6@2.39-0ubuntu8?arch=amd64&distro=debian-12', 'Debian'])
    expect(named(osRelease(lines('NAME="Wolfi OS"', 'ID=wolfi')), {})).toEqual([
      'pkg:deb/wolfi/libc6@2.39-0ubuntu8?arch=amd64',
      'Wolfi OS'
    ])
    expect(named(osRelease(lines('ID=plain', 'VERSION_ID=1')), {})).toEqual([
      'pkg:deb/plain/libc6@2.39-0ubuntu8?arch=amd64&distro=plain-1',
      'plain'
    ])
  })
})

describe('Python distributions', () => {
  it('count where Python imports from: a site-packages or dist-packages directory, not below it, not a look-alike', () => {
    const metadata = (name: string): string => lines(`Name: ${name}`, 'Version: 1.0')
    const { components, summary } = sbomOf([
      ['lib/python3.12/site-packages/a-1.0.dist-info/METADATA', metadata('a')],
      ['usr/lib/python3/dist-packages/b-1.0.egg-info/PKG-INFO', metadata('b')],
      ['site-packages/c-1.0.dist-info/METADATA', metadata('c')],
      ['flask/app/mysite-packages/d-1.0.dist-info/METADATA', metadata('d')],
      ['lib/python3.12/site-packages/vendored/e-1.0.dist-info/METADATA', metadata('e')],
      ['flask/app/static/f-1.0.dist-info/METADATA', metadata('f')],
      // A file a read keeps (it ends in .dist-info/METADATA), two levels below site-packages.
      [
        'lib/python3.12/site-packages/g-1.0.dist-info/METADATA/h-1.0.dist-info/METADATA',
        metadata('h')
      ]
    ])
    expect(components.map(c => [c.name, c['bom-ref']])).toEqual([
      ['a', 'pypi:lib/python3.12/site-packages/a-1.0.dist-info/METADATA'],
      ['c', 'pypi:site-packages/c-1.0.dist-info/METADATA'],
      ['b', 'pypi:usr/lib/python3/dist-packages/b-1.0.egg-info/PKG-INFO']
    ])
    expect(summary.counts.python).toBe(3)
  })
})

describe('a chisel manifest', () => {
  const manifestFile = (...rows: string[]): [string, FileSpec] => [
    'var/lib/chisel/manifest.wall',
    zstdCompress(lines(...rows))
  ]
  const pkg = (name: string, version: string, arch?: string): string =>
    JSON.stringify({
      kind: 'package',
      name,
      version,
      sha256: 'ab'.repeat(32),
      ...(arch ? { arch } : {})
    })
  // jsonwall's order: sorted lines, so content before package before path before slice.
  const HEAD = '{"jsonwall":"1.0","schema":"1.0","count":7}'
  const CONTENT = '{"kind":"content","slice":"libc6_libs","path":"/usr/lib/libc.so.6"}'
  const TAIL = [
    '{"kind":"path","path":"/usr/lib/libc.so.6","mode":"0755","slices":["libc6_libs"]}',
    '{"kind":"slice","name":"libc6_libs"}'
  ]
  const deb = (name: string, version: string, arch: string): Component => ({
    type: 'library',
    name,
    version,
    'bom-ref': `deb:${name}:${arch}`,
    purl: `pkg:deb/ubuntu/${name}@${version}?arch=${arch}&distro=ubuntu-24.04`
  })
  const PROJECT_BARE: RockFacts = { ...PROJECT, base: 'bare', buildBase: 'ubuntu@24.04' }

  it('lists its packages, each with its own architecture or the rock’s', () => {
    const { components, summary } = sbomOf(
      [
        manifestFile(
          HEAD,
          CONTENT,
          pkg('libc6', '2.39-0ubuntu8', 'amd64'),
          pkg('libssl3t64', '3.0.13-0ubuntu3'),
          pkg('tzdata', '2024a-3ubuntu1', 'all'),
          ...TAIL
        )
      ],
      { project: PROJECT_BARE }
    )
    expect(components).toEqual([
      deb('libc6', '2.39-0ubuntu8', 'amd64'),
      deb('libssl3t64', '3.0.13-0ubuntu3', 'amd64'),
      deb('tzdata', '2024a-3ubuntu1', 'all')
    ])
    expect(summary).toEqual({
      counts: { python: 0, ubuntu: 3, go: 0 },
      distro: 'Ubuntu',
      versions: {},
      ubuntuSource: 'chisel manifest',
      unknowns: [],
      incomplete: []
    })
  })

  it('within the bound: complete when the packages fit exactly, incomplete when one more is there, lines not read till then counted', () => {
    const rows = [pkg('a', '1', 'amd64'), pkg('b', '2', 'amd64')]
    const fits = sbomOf([manifestFile(HEAD, CONTENT, ...rows, ...TAIL)], {
      project: PROJECT_BARE,
      bounds: { components: 2 }
    })
    expect(fits.components.map(c => c.name)).toEqual(['a', 'b'])
    expect(fits.summary.incomplete).toEqual([])
    const cut = '{"kind":"package","name":"cut'
    const more = sbomOf([manifestFile(HEAD, rows[0], cut, rows[1], pkg('c', '3'), ...TAIL)], {
      project: PROJECT_BARE,
      bounds: { components: 2 }
    })
    expect(more.components.map(c => c.name)).toEqual(['a', 'b'])
    expect(more.summary.incomplete).toEqual([
      '/var/lib/chisel/manifest.wall: the SBOM lists 2 components at most; the rest is not listed'
    ])
    expect(more.summary.unknowns).toEqual([
      '/var/lib/chisel/manifest.wall: 1 package lines not read'
    ])
  })

  it('reads a package line only as chisel does: strings without white space, one package each, the others counted', () => {
    const { components, summary } = sbomOf(
      [
        manifestFile(
          HEAD,
          pkg('good', '1.0', 'amd64'),
          '{"kind":"package","name":"cut',
          pkg('forged\n\nPackage: extra\nVersion: 6.6', '1.0'),
          pkg('libc6\nVersion: 9.9', '2.39'),
          '{"kind":"package","name":123,"version":"1.0"}',
          '{"kind":"package","name":"arch","version":"1.0","arch":7}',
          pkg('bad', '!1.0'),
          ...TAIL
        )
      ],
      { project: PROJECT_BARE }
    )
    expect(components).toEqual([deb('good', '1.0', 'amd64')])
    expect(summary.unknowns).toEqual(['/var/lib/chisel/manifest.wall: 6 package lines not read'])
    expect(summary.ubuntuSource).toBe('chisel manifest')
  })

  it('that is not zstd data, or unpacks beyond 64 MiB, is said and not read', () => {
    const huge = zstdCompress(Buffer.alloc(64 * 1024 * 1024 + 1, 0x0a))
    for (const data of [Buffer.from(lines(pkg('a', '1'))), huge]) {
      const { components, summary } = sbomOf([['var/lib/chisel/manifest.wall', data]], {
        project: PROJECT_BARE
      })
      expect(components).toEqual([])
      expect(summary.ubuntuSource).toBe('none')
      expect(summary.unknowns).toEqual([
        '/var/lib/chisel/manifest.wall: the chisel manifest is not zstd data or unpacks beyond 64 MiB',
        NO_DEBS
      ])
    }
  })

  it('on a Node without zstd is said and not read', () => {
    const { components, summary } = sbomOf([manifestFile(HEAD, pkg('a', '1', 'amd64'))], {
      project: PROJECT_BARE,
      build: buildSbomWithoutZstd
    })
    expect(components).toEqual([])
    expect(summary.unknowns).toEqual([
      '/var/lib/chisel/manifest.wall: the chisel manifest is zstd-compressed and this Node has no zstd',
      NO_DEBS
    ])
  })
})
