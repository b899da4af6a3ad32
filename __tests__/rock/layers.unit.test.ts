// One layer's read (LayerReader) and the layers applied in order (applyLayer), on their own: what an
// image's files and owners are, as Docker extracts the layers, for the smoke test's owner check and
// the SBOM. Paths as keys, whiteouts and opaque directories, the files kept (each kind, at its size
// bound), Go programs' build info found in any chunking, and what the read charges its budget.
// Fast enough to score src/rock/layers.ts by mutation.
import { describe, expect, it } from '@jest/globals'
import { RockError } from '../../src/rock/error.js'
import {
  applyLayer,
  fileKind,
  GO_BUILDINFO_MAGIC,
  LayerReader,
  type FileKind,
  type RockFile
} from '../../src/rock/layers.js'
import { DEFAULT_LIMITS, ReadBudget } from '../../src/rock/limits.js'
import { buildInfo } from '../sbom/support/go-build-info.js'
import { goElf, PAGE } from './support/go-elf.js'
import { sha256, tarball, type Entry } from './support/oci.js'

/** A layer's read as plain objects, compared whole. */
interface Seen {
  owners: Record<string, number>
  files: Record<string, RockFile | null>
  whiteouts: string[]
  opaque: string[]
}

/** Counts what the read keeps and frees, to the byte. */
class CountingBudget extends ReadBudget {
  held = 0
  constructor(memoryBytes = DEFAULT_LIMITS.memoryBytes) {
    super({ ...DEFAULT_LIMITS, memoryBytes })
  }
  override keep(bytes: number): void {
    this.held += bytes
    super.keep(bytes)
  }
  override release(bytes: number): void {
    this.held -= bytes
    super.release(bytes)
  }
}

/** The layer's tar stream, handed to a LayerReader in chunks of `chunk` bytes. */
async function read(entries: Entry[], chunk = Infinity, budget?: ReadBudget): Promise<Seen> {
  const reader = new LayerReader(budget ?? new ReadBudget(DEFAULT_LIMITS))
  const archive = tarball(entries)
  const step = Math.min(chunk, archive.length)
  for (let at = 0; at < archive.length; at += step) {
    await reader.tar.write(archive.subarray(at, at + step))
  }
  await reader.tar.end()
  const { owners, files, whiteouts, opaque } = reader.layer
  return {
    owners: Object.fromEntries(owners),
    files: Object.fromEntries(files),
    whiteouts,
    opaque
  }
}

/** The image the layers make, bottom first. */
async function image(
  ...layers: Entry[][]
): Promise<{ owners: Record<string, number>; files: Record<string, RockFile> }> {
  const applied = { owners: new Map<string, number>(), files: new Map<string, RockFile>() }
  for (const entries of layers) {
    const reader = new LayerReader(new ReadBudget(DEFAULT_LIMITS))
    await reader.tar.write(tarball(entries))
    await reader.tar.end()
    applyLayer(applied, reader.layer)
  }
  return { owners: Object.fromEntries(applied.owners), files: Object.fromEntries(applied.files) }
}

/** The message of the RockError the read is refused with. */
async function refusal(reading: Promise<unknown>): Promise<string> {
  const err = await reading.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(RockError)
  return (err as Error).message
}

/** The files with their data as its length and sha256: Jest compares 32 MiB byte by byte slowly. */
function digested(files: Seen['files']): Record<string, object | null> {
  const out: Record<string, object | null> = {}
  for (const [p, f] of Object.entries(files)) {
    out[p] = f && { ...f, data: `${f.data.length} bytes, sha256 ${sha256(f.data)}` }
  }
  return out
}

/** A file kept whole. */
function kept(kind: FileKind, text: string | Buffer): RockFile {
  const data = Buffer.from(text)
  return { kind, data, size: data.length, truncated: false }
}

const dir = (path: string, uid = 0): Entry => ({ path, type: '5', uid })
const file = (path: string, data: string | Buffer = '', uid = 0): Entry => ({ path, data, uid })
const program = (path: string, data: Buffer, mode = 0o755): Entry => ({ path, data, mode })

/** Magic, flags and the two strings of a Go program's build info. */
const INFO = buildInfo('path\texample.com/server\nmod\texample.com/server\tv1.2.3\t\n')

/** An ELF file of `length` bytes (zeros but for its magic) with these bytes at these offsets. */
function goBinary(length: number, placed: [number, Buffer][]): Buffer {
  const out = Buffer.alloc(length)
  out.write('\x7fELF', 0, 'latin1')
  for (const [at, bytes] of placed) bytes.copy(out, at)
  return out
}

/** What GoVersionScan says of goBinary's zeros where an ELF header's class should be. */
const NO_CLASS = 'an ELF header of no known class'

/** A Go program with build info (on its boundary, at 64). */
const GO = goBinary(300, [[64, INFO]])

/** What a path can be besides a Go program: each replaces one a lower entry put there. */
const NOT_GO: [string, Entry][] = [
  ['a text file', file('app/server', 'server = 1\n', 1000)],
  ['a script', program('app/server', Buffer.from('#!/bin/sh\n'))],
  ['a directory', dir('app/server/', 1000)],
  ['a link', { path: 'app/server', type: '2', linkname: '/usr/bin/true' }]
]

describe('fileKind: the files a read keeps, by path', () => {
  const DIST = 'usr/lib/python3/dist-packages/flask-3.0.0'
  it.each<[string, FileKind]>([
    [`${DIST}.dist-info/METADATA`, 'python-metadata'],
    ['app/flask.egg-info/PKG-INFO', 'python-metadata'],
    ['var/lib/dpkg/status', 'dpkg-status'],
    ['var/lib/dpkg/status.d/libc6', 'dpkg-status-d'],
    ['var/lib/chisel/manifest.wall', 'chisel-manifest'],
    ['.rock/metadata.yaml', 'rock-metadata'],
    ['etc/os-release', 'os-release'],
    ['usr/lib/os-release', 'os-release'],
    ['var/lib/pebble/default/layers/001-flask-framework.yaml', 'pebble-layer']
  ])('%s is %s', (path, kind) => {
    expect(fileKind(path)).toBe(kind)
  })

  it.each([
    `${DIST}.dist-info/METADATA.orig`,
    `${DIST}.dist-info/METADATA/x`,
    `${DIST}.dist-info/RECORD`,
    'app/flask.egg-info/PKG-INFO~',
    'app/flask.egg-info/SOURCES.txt',
    'var/lib/dpkg/status-old',
    'var/lib/dpkg/statu',
    'xvar/lib/dpkg/status',
    'var/lib/dpkg/status.d',
    'var/lib/dpkg/status.d/libc6/md5sums',
    'var/lib/dpkg/status.dd/libc6',
    'usr/var/lib/dpkg/status.d/libc6',
    'var/lib/chisel/manifest.wal',
    'var/lib/chisel/manifest.wall.old',
    'xvar/lib/chisel/manifest.wall',
    '.rock/metadata.yml',
    'x.rock/metadata.yaml',
    'etc/os-releas',
    'etc/os-release.d',
    'xetc/os-release',
    'usr/lib/os-release2',
    'usr/usr/lib/os-release',
    'var/lib/pebble/default/layers',
    'var/lib/pebble/default/layers/001.yaml/x',
    'usr/var/lib/pebble/default/layers/001.yaml',
    'var/lib/pebble/other/layers/001.yaml'
  ])('%s is none', path => {
    expect(fileKind(path)).toBeUndefined()
  })
})

describe('LayerReader: paths as keys, as Docker extracts them', () => {
  it('takes "./", "/", "//" and trailing slashes off, and records no owner for the root', async () => {
    expect(
      await read([
        dir('/'),
        dir('./app/', 584792),
        file('./app/a.py', 'x', 584792),
        file('//app/b.py', 'y', 1000),
        dir('app/static//', 0),
        file('/etc/os-release', 'ID=ubuntu\n')
      ])
    ).toStrictEqual({
      owners: {
        app: 584792,
        'app/a.py': 584792,
        'app/b.py': 1000,
        'app/static': 0,
        'etc/os-release': 0
      },
      files: { 'etc/os-release': kept('os-release', 'ID=ubuntu\n') },
      whiteouts: [],
      opaque: []
    })
    for (const root of ['.', './']) {
      expect(await read([dir(root), file('a', 'x')])).toStrictEqual({
        owners: { a: 0 },
        files: {},
        whiteouts: [],
        opaque: []
      })
    }
  })

  it('keys "//", "." and ".." inside a name where Docker extracts it (filepath.Clean)', async () => {
    // Docker's UnpackLayer extracts each entry at filepath.Clean(name): a rock could otherwise hide
    // its os-release or dpkg status from the SBOM behind an extra "./".
    expect(
      await read([
        file('etc/./os-release', 'ID=ubuntu\n'),
        file('app//b.py', 'y', 1000),
        file('usr/share/../../var/lib/dpkg/status', 'Package: libc6\n'),
        file('app/./.wh.old'),
        file('srv/x/../.wh..wh..opq')
      ])
    ).toStrictEqual({
      owners: { 'etc/os-release': 0, 'app/b.py': 1000, 'var/lib/dpkg/status': 0 },
      files: {
        'etc/os-release': kept('os-release', 'ID=ubuntu\n'),
        'var/lib/dpkg/status': kept('dpkg-status', 'Package: libc6\n')
      },
      whiteouts: ['app/old'],
      opaque: ['srv']
    })
    expect(
      await image(
        [file('etc/os-release', 'ID=debian\n'), file('srv/old.py', 'x')],
        [file('etc/./os-release', 'ID=ubuntu\n'), file('srv/./.wh..wh..opq')]
      )
    ).toStrictEqual({
      owners: { 'etc/os-release': 0 },
      files: { 'etc/os-release': kept('os-release', 'ID=ubuntu\n') }
    })
  })

  it.each([
    ['', '.'],
    ['a', './a'],
    ['app/', 'app'],
    ['a//b', 'a/b'],
    ['etc/os-release', 'etc/./os-release']
  ])('refuses a layer naming one path twice: %s and %s', async (first, second) => {
    expect(await refusal(read([file(first), file(second)]))).toBe(
      'a layer names one path twice, which Docker refuses to load (duplicates of file paths not supported)'
    )
  })

  it.each(NOT_GO)(
    'takes "/app/server" then "app/server" (two names to Docker) as Docker leaves it: %s',
    async (_, later) => {
      expect(await read([program('/app/server', GO), later])).toStrictEqual({
        owners: { 'app/server': later.uid ?? 0 },
        files: {},
        whiteouts: [],
        opaque: []
      })
    }
  )
})

describe('LayerReader: whiteouts and opaque directories', () => {
  it('lists each whiteout by the path it hides, and each opaque directory', async () => {
    expect(
      await read([
        file('.wh.tmp'),
        file('./app/.wh.old.py'),
        file('/app/static/.wh..wh..opq'),
        file('.wh..wh..opq'),
        dir('app/'),
        file('app/new.py', 'x', 584792)
      ])
    ).toStrictEqual({
      owners: { app: 0, 'app/new.py': 584792 },
      files: {},
      whiteouts: ['tmp', 'app/old.py'],
      opaque: ['app/static', '']
    })
  })
})

describe('LayerReader: the files it keeps', () => {
  it('keeps each kind whole, and nothing of a link or directory at such a path', async () => {
    const paths: [string, FileKind][] = [
      ['usr/lib/python3/dist-packages/flask-3.0.0.dist-info/METADATA', 'python-metadata'],
      ['app/flask.egg-info/PKG-INFO', 'python-metadata'],
      ['var/lib/dpkg/status', 'dpkg-status'],
      ['var/lib/dpkg/status.d/libc6', 'dpkg-status-d'],
      ['var/lib/chisel/manifest.wall', 'chisel-manifest'],
      ['.rock/metadata.yaml', 'rock-metadata'],
      ['etc/os-release', 'os-release'],
      ['usr/lib/os-release', 'os-release'],
      ['var/lib/pebble/default/layers/001-flask.yaml', 'pebble-layer']
    ]
    expect(
      await read(
        paths.map(([p]) => file(p, `${p}\n`)),
        100
      )
    ).toStrictEqual({
      owners: Object.fromEntries(paths.map(([p]) => [p, 0])),
      files: Object.fromEntries(paths.map(([p, kind]) => [p, kept(kind, `${p}\n`)])),
      whiteouts: [],
      opaque: []
    })
    expect(
      await read([
        { path: 'etc/os-release', type: '2', linkname: '../usr/lib/os-release' },
        dir('var/lib/dpkg/status'),
        file('etc/hostname', 'rock\n')
      ])
    ).toStrictEqual({
      owners: { 'etc/os-release': 0, 'var/lib/dpkg/status': 0, 'etc/hostname': 0 },
      files: {},
      whiteouts: [],
      opaque: []
    })
  })

  // The bounds as the SBOM's readers are promised them (KEEP_BYTES), written out.
  const KiB = 1024
  const kinds: [string, FileKind, number][] = [
    ['app/x.dist-info/METADATA', 'python-metadata', 64 * KiB],
    ['var/lib/dpkg/status', 'dpkg-status', 32 * KiB * KiB],
    ['var/lib/dpkg/status.d/libc6', 'dpkg-status-d', KiB * KiB],
    ['var/lib/chisel/manifest.wall', 'chisel-manifest', 32 * KiB * KiB],
    ['.rock/metadata.yaml', 'rock-metadata', 64 * KiB],
    ['etc/os-release', 'os-release', 16 * KiB],
    ['var/lib/pebble/default/layers/001-flask.yaml', 'pebble-layer', 64 * KiB]
  ]
  it.each(kinds)('%s (%s): %i bytes whole, one byte more cut there', async (path, kind, bound) => {
    const data = Buffer.alloc(bound + 1, 'k')
    data.write('first', 0)
    data.write('LAST', bound - 4)
    const exact = await read([file(path, data.subarray(0, bound))], 64 * 1024)
    expect(digested(exact.files)).toStrictEqual(
      digested({ [path]: kept(kind, data.subarray(0, bound)) })
    )
    const over = await read([file(path, data)], 64 * 1024)
    expect(digested(over.files)).toStrictEqual(
      digested({
        [path]: { kind, data: data.subarray(0, bound), size: bound + 1, truncated: true }
      })
    )
  })

  it('cuts a file where its bound falls inside a chunk, and keeps nothing of later chunks', async () => {
    const data = Buffer.alloc(64 * 1024 + 3000, 'm')
    data.write('TAIL', 64 * 1024 - 4)
    const path = '.rock/metadata.yaml'
    const budget = new CountingBudget()
    const layer = await read([file(path, data)], 1000, budget)
    expect(layer.files).toStrictEqual({
      [path]: {
        kind: 'rock-metadata',
        data: data.subarray(0, 64 * 1024),
        size: data.length,
        truncated: true
      }
    })
    // Its name twice (the duplicate check and the owner record), then the bytes kept.
    expect(budget.held).toBe(2 * (64 + path.length) + 64 * 1024)
  })
})

describe('LayerReader: Go programs', () => {
  // The real build info on a 16-byte boundary, and a copy of its magic off it (35) before it.
  const elf = goBinary(600, [
    [35, GO_BUILDINFO_MAGIC],
    [208, INFO]
  ])

  it.each([1, 5, 13, 16, 17, 100, Infinity])(
    'finds the build info on its 16-byte boundary, not the copy off it, in chunks of %s',
    async chunk => {
      const layer = await read(
        [program('usr/bin/pebble', elf), program('app/bin/server', elf, 0o500)],
        chunk
      )
      expect(layer.files).toStrictEqual({
        'usr/bin/pebble': {
          kind: 'go-binary',
          data: elf.subarray(208),
          size: 600,
          truncated: false,
          goBuildInfo: true,
          goVersionStrings: [],
          goVersionScanProblem: NO_CLASS
        },
        // A rock's own Go program: its build info only (the version scan is for Pebble's kind).
        'app/bin/server': {
          kind: 'go-binary',
          data: elf.subarray(208),
          size: 600,
          truncated: false,
          goBuildInfo: true
        }
      })
    }
  )

  it.each([100, Infinity])(
    "reads Pebble's build info and the version its string variable holds, in chunks of %s",
    async chunk => {
      // Help text naming a decoy version, the variable's value, then the build info at 64.
      const ro = 'Usage: pebble v9.9.9\0v1.32.1\0'.padEnd(64, '\0') + INFO.toString('latin1')
      const pebble = goElf(ro, [{ text: 'v1.32.1' }])
      const budget = new CountingBudget()
      const layer = await read([program('usr/bin/pebble', pebble)], chunk, budget)
      expect(layer.files).toStrictEqual({
        'usr/bin/pebble': {
          kind: 'go-binary',
          data: pebble.subarray(PAGE + 64),
          size: pebble.length,
          truncated: false,
          goBuildInfo: true,
          goVersionStrings: ['v1.32.1']
        }
      })
      // The scan gave back what it noted; the build info's bytes stay kept.
      expect(budget.held).toBe(2 * (64 + 'usr/bin/pebble'.length) + pebble.length - PAGE - 64)
    }
  )

  it('keeps 64 KiB from the magic on, of a program whose build info goes on longer', async () => {
    const GO_KEEP = 64 * 1024
    const at = 4096
    const long = goBinary(at + GO_KEEP + 700, [[at, INFO]])
    long.write('END', at + GO_KEEP - 3, 'latin1')
    const budget = new CountingBudget()
    const layer = await read([program('opt/tool', long, 0o001)], 1000, budget)
    expect(layer.files).toStrictEqual({
      'opt/tool': {
        kind: 'go-binary',
        data: long.subarray(at, at + GO_KEEP),
        size: long.length,
        truncated: false,
        goBuildInfo: true
      }
    })
    expect(budget.held).toBe(2 * (64 + 'opt/tool'.length) + GO_KEEP)
    const exact = goBinary(at + GO_KEEP, [[at, INFO]])
    expect((await read([program('opt/tool', exact, 0o010)], 1000)).files).toStrictEqual({
      'opt/tool': {
        kind: 'go-binary',
        data: exact.subarray(at),
        size: exact.length,
        truncated: false,
        goBuildInfo: true
      }
    })
  })

  it.each([7, Infinity])(
    'says a Go program of the rock has no build info when its magic is absent or off the boundary (chunks of %s)',
    async chunk => {
      const unaligned = goBinary(600, [[200, INFO]])
      const script = Buffer.alloc(600, ' ')
      script.write('#!/bin/sh\n', 0)
      GO_BUILDINFO_MAGIC.copy(script, 208)
      const none = (size: number, problem: string): RockFile => ({
        kind: 'go-binary',
        data: Buffer.alloc(0),
        size,
        truncated: false,
        goBuildInfo: false,
        goVersionStrings: [],
        goVersionScanProblem: problem
      })
      expect(
        await read(
          [
            program('usr/bin/pebble', unaligned),
            program('bin/statsd_exporter', script),
            program('usr/local/bin/pebble', Buffer.from('\x7fEL', 'latin1')),
            // Not an executable, or no file: nothing kept (the path's owner replaces a lower record).
            program('opt/a/pebble', elf, 0o644),
            { path: 'opt/b/statsd_exporter', type: '2', linkname: '/usr/bin/statsd_exporter' },
            // An executable that is no Go program, and a library with build info: no record.
            program('app/run', script),
            program('app/unaligned', unaligned),
            program('app/lib/plugin.so', elf, 0o644)
          ],
          chunk
        )
      ).toStrictEqual({
        owners: {
          'usr/bin/pebble': 0,
          'bin/statsd_exporter': 0,
          'usr/local/bin/pebble': 0,
          'opt/a/pebble': 0,
          'opt/b/statsd_exporter': 0,
          'app/run': 0,
          'app/unaligned': 0,
          'app/lib/plugin.so': 0
        },
        files: {
          'usr/bin/pebble': none(600, NO_CLASS),
          'bin/statsd_exporter': none(600, 'not an ELF program'),
          'usr/local/bin/pebble': none(3, 'not an ELF program')
        },
        whiteouts: [],
        opaque: []
      })
    }
  )
})

describe('LayerReader: what it charges the read budget', () => {
  it('charges each name once for the duplicate check and once for its owner or whiteout', async () => {
    const budget = new CountingBudget()
    await read(
      [
        dir('/'),
        dir('app/'),
        file('/app/x', 'x'),
        file('app/x', 'y'),
        file('app/.wh.old'),
        file('etc/os-release', 'ID=ubuntu\n')
      ],
      Infinity,
      budget
    )
    const OWNER_COST = 64
    expect(budget.held).toBe(
      OWNER_COST +
        '/'.length +
        2 * (OWNER_COST + 'app'.length) +
        (OWNER_COST + '/app/x'.length) +
        (OWNER_COST + 'app/x'.length) +
        // "app/x" again: the duplicate check only, as the owner record is there.
        (OWNER_COST + 'app/x'.length) +
        2 * (OWNER_COST + 'app/.wh.old'.length) +
        2 * (OWNER_COST + 'etc/os-release'.length) +
        'ID=ubuntu\n'.length
    )
  })

  it('refuses a layer whose names alone would keep more than the memory bound', async () => {
    const names = Array.from({ length: 1000 }, (_, i) => file(`f${String(i).padStart(4, '0')}`))
    expect(await refusal(read(names, Infinity, new CountingBudget(64 * 1024)))).toBe(
      'the read would keep more than 64 KiB in memory'
    )
  })
})

describe('applyLayer: the layers in order', () => {
  const lower = [
    dir('app/', 584792),
    file('app/a.py', 'a', 584792),
    file('app/b.py', 'b', 584792),
    dir('app/static/', 584792),
    file('app/static/s.css', 's', 584792),
    dir('application/'),
    file('application/x', 'x'),
    file('etc/os-release', 'ID=debian\n'),
    file('usr/lib/os-release', 'ID=debian\n')
  ]

  it('hides a file a later layer whites out, and nothing beside it', async () => {
    expect(await image(lower, [file('app/.wh.a.py'), file('etc/.wh.os-release')])).toStrictEqual({
      owners: {
        app: 584792,
        'app/b.py': 584792,
        'app/static': 584792,
        'app/static/s.css': 584792,
        application: 0,
        'application/x': 0,
        'usr/lib/os-release': 0
      },
      files: { 'usr/lib/os-release': kept('os-release', 'ID=debian\n') }
    })
  })

  it('hides a directory a later layer whites out, and all beneath it', async () => {
    expect(await image(lower, [file('.wh.app'), file('usr/.wh.lib')])).toStrictEqual({
      owners: { application: 0, 'application/x': 0, 'etc/os-release': 0 },
      files: { 'etc/os-release': kept('os-release', 'ID=debian\n') }
    })
  })

  it('hides what lies beneath an opaque directory, not the directory, and keeps what its layer adds', async () => {
    expect(
      await image(lower, [
        file('app/.wh..wh..opq'),
        file('app/c.py', 'c', 1000),
        file('usr/lib/.wh..wh..opq'),
        file('usr/lib/os-release', 'ID=ubuntu\n')
      ])
    ).toStrictEqual({
      owners: {
        app: 584792,
        application: 0,
        'application/x': 0,
        'etc/os-release': 0,
        'app/c.py': 1000,
        'usr/lib/os-release': 0
      },
      files: {
        'etc/os-release': kept('os-release', 'ID=debian\n'),
        'usr/lib/os-release': kept('os-release', 'ID=ubuntu\n')
      }
    })
  })

  it('hides every lower path under an opaque root', async () => {
    expect(await image(lower, [file('./.wh..wh..opq'), file('new', 'n', 7)])).toStrictEqual({
      owners: { new: 7 },
      files: {}
    })
  })

  it("hides a parent's child a later layer whites out, its siblings and parent staying", async () => {
    expect(
      await image(lower, [file('app/static/x.css', 'x')], [file('app/static/.wh.s.css')])
    ).toStrictEqual({
      owners: {
        app: 584792,
        'app/a.py': 584792,
        'app/b.py': 584792,
        'app/static': 584792,
        'app/static/x.css': 0,
        application: 0,
        'application/x': 0,
        'etc/os-release': 0,
        'usr/lib/os-release': 0
      },
      files: {
        'etc/os-release': kept('os-release', 'ID=debian\n'),
        'usr/lib/os-release': kept('os-release', 'ID=debian\n')
      }
    })
  })

  it.each(NOT_GO)(
    "drops a Go program's record when a later layer puts %s at its path",
    async (_, later) => {
      expect(await image([program('app/server', GO), file('app/run')], [later])).toStrictEqual({
        owners: { 'app/server': later.uid ?? 0, 'app/run': 0 },
        files: {}
      })
    }
  )

  it('takes the upper owner and file of a path, and drops a file the upper layer makes a link', async () => {
    expect(
      await image(lower, [
        file('app/a.py', 'A', 0),
        file('etc/os-release', 'ID=ubuntu\n'),
        { path: 'usr/lib/os-release', type: '2', linkname: '../../etc/os-release' }
      ])
    ).toStrictEqual({
      owners: {
        app: 584792,
        'app/a.py': 0,
        'app/b.py': 584792,
        'app/static': 584792,
        'app/static/s.css': 584792,
        application: 0,
        'application/x': 0,
        'etc/os-release': 0,
        'usr/lib/os-release': 0
      },
      files: { 'etc/os-release': kept('os-release', 'ID=ubuntu\n') }
    })
  })
})
