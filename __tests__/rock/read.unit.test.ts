// The rock reader's edges (src/rock/read.ts), one small crafted archive each: the outer archive's
// names and directories, what is no tar at all, index.json, manifests and configs as JSON, indexes
// inside indexes, how each layer is stored, what a copy is handed, the deadline and bounds, and
// readRockOnce's one read per rock. Every refusal is asserted as the whole line the user reads.
import { describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import * as zlib from 'node:zlib'
import {
  DEFAULT_LIMITS,
  readRock,
  readRockOnce,
  RockError,
  type BlobCopy,
  type ReadLimits,
  type SharedLayers
} from '../../src/rock/index.js'
import { rejectionMessage } from '../support/thrown.js'
import { createZstdDecompress as zstdStandIn } from '../support/zstd.js'
import {
  archive,
  blob,
  configFor,
  header,
  image,
  index,
  manifest,
  scratchRocks,
  sha256,
  tarball,
  type Blob,
  type Entry
} from './support/oci.js'

const rocks = scratchRocks('read-unit-')

const FILES: Entry[] = [
  { path: 'flask/', type: '5', uid: 584792 },
  { path: 'flask/app.py', data: 'app = 1\n', uid: 584792 }
]
/** A good image of one gzip layer, and its blobs in the order the archive holds them. */
const A = image([{ gzip: true, entries: FILES }])
const BLOBS = [...A.layers, A.config, A.manifest]
const INDEX = 'application/vnd.oci.image.index.v1+json'
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
/** A digest no blob of these archives has. */
const MISSING = `sha256:${'0'.repeat(64)}`

const short = (digest: string): string => digest.slice(0, 19)
const hex = (b: Blob): string => b.digest.slice(7)

/** The whole line a refused read says, the rock's path spelled ROCK. */
async function refusal(
  file: string,
  read: (f: string) => Promise<unknown> = readRock
): Promise<string> {
  const message = await rejectionMessage(read(file), RockError)
  return message.replace(`cannot read ${file}: `, 'cannot read ROCK: ')
}

/** The refusal of an archive of these outer entries, read within the limits. */
const archiveRefusal = async (entries: Entry[], limits = DEFAULT_LIMITS): Promise<string> =>
  refusal(await rocks.archive(entries), f => readRock(f, limits))

const digestOf = async (entries: Entry[]): Promise<string> =>
  (await readRock(await rocks.archive(entries))).digest

/** One layer stored as given, under a config whose diff_id is `tar`'s (the layer's own bytes by default). */
function oneLayer(stored: Buffer, tar = stored): { entries: Entry[]; layer: Blob; config: Blob } {
  const layer = blob(stored)
  const config = configFor([`sha256:${sha256(tar)}`])
  const m = manifest(config, [{ blob: layer }])
  return { entries: archive([layer, config, m], index(m.digest)), layer, config }
}

/** A copy that records what it is asked for and given. */
function recorder(): BlobCopy & {
  got: { hex: string; form: string; size: number; bytes: Buffer; ended: boolean }[]
} {
  const got: { hex: string; form: string; size: number; bytes: Buffer; ended: boolean }[] = []
  return {
    got,
    blob: (hex, form, size) => {
      const seen = { hex, form, size, bytes: Buffer.alloc(0), ended: false }
      got.push(seen)
      return {
        data: (chunk: Buffer) => void (seen.bytes = Buffer.concat([seen.bytes, chunk])),
        end: () => void (seen.ended = true)
      }
    }
  }
}

/** What a recorder was handed, each blob's bytes by their sha256 (Jest compares megabytes slowly). */
const handed = (copy: ReturnType<typeof recorder>): unknown[] =>
  copy.got.map(g => ({ ...g, bytes: sha256(g.bytes) }))

/** A blob copied whole and ended, as handed() shows it: `bytes` in the form named (the blob as stored by default). */
const copied = (b: Blob, form: 'raw' | 'tar', bytes = b.data): unknown => ({
  hex: hex(b),
  form,
  size: bytes.length,
  bytes: sha256(bytes),
  ended: true
})

/** A copy that cannot start (its file cannot be made, say): blob() throws `err`. */
const failing = (err: Error): BlobCopy => ({
  blob: () => {
    throw err
  }
})

const compressed = (tool: string, data: Buffer): Buffer =>
  execFileSync(tool, ['-c', '-q'], { input: data, maxBuffer: 1 << 26 })

describe('the outer archive', () => {
  it.each([
    ['with its own directory first, every name led by ./ (tar -C layout .)', './', './'],
    ['with its directory spelled . and names led by ././', '.', '././'],
    ['with blobs/ and blobs/sha256/ listed, no directory of its own', undefined, '']
  ])('reads a layout packed %s', async (_, root, lead) => {
    const entries: Entry[] = [
      ...(root === undefined ? [] : [{ path: root, type: '5' }]),
      { path: `${lead}blobs/`, type: '5' },
      { path: `${lead}blobs/sha256/`, type: '5' },
      ...A.entries.map(e => ({ ...e, path: lead + e.path }))
    ]
    expect(await digestOf(entries)).toBe(A.manifest.digest)
  })

  it.each([
    [{ path: './', type: '0' }, './ is a regular file, not a directory'],
    [{ path: 'blobs', type: '0' }, 'blobs/ is a regular file, not a directory'],
    [
      { path: './blobs/sha256', type: '2', linkname: '/etc' },
      'blobs/sha256/ is a symbolic link, not a directory'
    ],
    [
      { path: './index.json/', type: '5' },
      'it holds an entry that is none of oci-layout, index.json, blobs/sha256/<64 hex digits> (or is spelled so that it would be unpacked somewhere else)'
    ],
    [{ path: '././', type: '5' }, '. is in the archive twice']
  ])('refuses an entry %j', async (odd, says) => {
    // Listed first (the last case after a './' of its own): refused as it is met.
    const lead: Entry[] = odd.path === '././' ? [{ path: './', type: '5' }] : []
    expect(await archiveRefusal([...lead, odd, ...A.entries])).toBe(`cannot read ROCK: ${says}`)
  })

  it('lists up to 100000 outer entries and refuses the next one before looking at names', async () => {
    const many = (n: number): Buffer => {
      const one = header({ path: 'oci-layout' })
      const tar = Buffer.alloc((n + 2) * 512)
      for (let i = 0; i < n; i++) one.copy(tar, i * 512)
      return tar
    }
    expect(await refusal(await rocks.file(many(100_000)))).toBe(
      'cannot read ROCK: oci-layout is in the archive twice'
    )
    expect(await refusal(await rocks.file(many(100_001)))).toBe(
      'cannot read ROCK: it holds more than 100000 entries'
    )
  })
})

describe('a file that is no rock', () => {
  const plain = tarball(A.entries)

  it.each([
    ['an empty file', Buffer.alloc(0), 'not an OCI archive (a tar)'],
    ['zeros shorter than one tar block', Buffer.alloc(100), 'not an OCI archive (a tar)'],
    [
      'text padded with zeros',
      Buffer.concat([Buffer.from('hello'), Buffer.alloc(600)]),
      'not an OCI archive (a tar)'
    ],
    ['an index.json alone', Buffer.from(index(A.manifest.digest)), 'not an OCI archive (a tar)'],
    ['an empty tar (its two zero blocks)', Buffer.alloc(1024), 'no index.json: not an OCI archive'],
    [
      'a gzip-compressed rock',
      zlib.gzipSync(plain),
      'compressed with gzip; a rock is a plain tar (OCI archive)'
    ],
    [
      'a bzip2-compressed rock',
      compressed('bzip2', plain),
      'compressed with bzip2; a rock is a plain tar (OCI archive)'
    ],
    [
      'a zstd-compressed rock',
      compressed('zstd', plain),
      'compressed with zstd; a rock is a plain tar (OCI archive)'
    ]
  ])('refuses %s', async (_, data, says) => {
    expect(await refusal(await rocks.file(data))).toBe(`cannot read ROCK: ${says}`)
  })

  it('says why it cannot open a path: no such file, not a regular file, or the error code', async () => {
    const missing = path.join(rocks.dir(), 'missing.rock')
    await expect(readRock(missing)).rejects.toMatchObject({
      name: 'RockError',
      message: `cannot read ${missing}: no such file`
    })
    expect(await refusal(rocks.dir())).toBe('cannot read ROCK: not a regular file')
    const underAFile = path.join(await rocks.archive(A.entries), 'index.json')
    expect(await refusal(underAFile)).toBe('cannot read ROCK: ENOTDIR')
  })

  it('says an error that is none of its own by its code only', async () => {
    const file = await rocks.archive(A.entries)
    const nospace = Object.assign(new Error('/var/tmp/x: no space left on device'), {
      code: 'ENOSPC'
    })
    expect(await refusal(file, f => readRock(f, DEFAULT_LIMITS, failing(nospace)))).toBe(
      'cannot read ROCK: ENOSPC'
    )
    expect(
      await refusal(file, f => readRock(f, DEFAULT_LIMITS, failing(new Error('/var/tmp/x'))))
    ).toBe('cannot read ROCK: the read failed')
  })
})

describe('index.json', () => {
  const refused = (text: string): Promise<string> => archiveRefusal(archive(BLOBS, text))

  it.each([
    ['[]', 'index.json is not a JSON object'],
    ['null', 'index.json is not a JSON object'],
    ['"rock"', 'index.json is not a JSON object'],
    ['{"manifests":', 'index.json is not valid JSON'],
    ['{}', 'index.json lists no image'],
    ['{"manifests":[]}', 'index.json lists no image'],
    ['{"manifests":{"length":1}}', 'index.json lists no image'],
    ['{"manifests":[null]}', 'index.json has a descriptor without a digest'],
    ['{"manifests":[5]}', 'index.json has a descriptor without a digest'],
    ['{"manifests":[{}]}', 'index.json has a descriptor without a digest'],
    ['{"manifests":[{"digest":5}]}', 'index.json has a descriptor without a digest'],
    ...[
      `sha256:${'A'.repeat(64)}`,
      `sha256:${'a'.repeat(63)}`,
      `sha256:${'a'.repeat(65)}`,
      `xsha256:${'a'.repeat(64)}`,
      `sha512:${'a'.repeat(64)}`
    ].map(digest => [
      JSON.stringify({ manifests: [{ digest }] }),
      'index.json names a digest that is not sha256: and 64 lower-case hex digits'
    ])
  ])('refuses index.json %s', async (text, says) => {
    expect(await refused(text)).toBe(`cannot read ROCK: ${says}`)
  })

  it.each([
    ['a hard link', { type: '1', linkname: 'oci-layout' }],
    ['a device node', { type: '3' }],
    ['a device node', { type: '4' }],
    ['a directory', { type: '5' }],
    ['an entry of an unknown type', { type: 'Z' }]
  ])('refuses an index.json that is %s', async (what, kind) => {
    const entries = archive(BLOBS, index(A.manifest.digest)).map(e =>
      e.path === 'index.json' ? { path: e.path, ...kind } : e
    )
    expect(await archiveRefusal(entries)).toBe(
      `cannot read ROCK: index.json is ${what}, not a regular file`
    )
  })

  it('refuses an image that is not in the archive', async () => {
    expect(await refused(index(MISSING))).toBe(
      `cannot read ROCK: manifest ${short(MISSING)} is not in the archive`
    )
  })

  it('reads an image named without a media type as an image manifest', async () => {
    const text = JSON.stringify({ manifests: [{ digest: A.manifest.digest }] })
    expect(await digestOf(archive(BLOBS, text))).toBe(A.manifest.digest)
  })

  it('reads an index.json of 4 MiB and refuses one byte more', async () => {
    const padded = (size: number): string => index(A.manifest.digest).padEnd(size, ' ')
    expect(await digestOf(archive(BLOBS, padded(4 * 1024 * 1024)))).toBe(A.manifest.digest)
    expect(await refused(padded(4 * 1024 * 1024 + 1))).toBe(
      'cannot read ROCK: index.json is larger than 4 MiB'
    )
  })

  it('counts index.json against the memory bound', async () => {
    const text = index(A.manifest.digest).padEnd(64 * 1024 + 1, ' ')
    const limits: ReadLimits = { ...DEFAULT_LIMITS, memoryBytes: 64 * 1024 }
    expect(await archiveRefusal(archive(BLOBS, text), limits)).toBe(
      'cannot read ROCK: the read would keep more than 64 KiB in memory'
    )
  })
})

describe('the manifest and the config', () => {
  const M = JSON.parse(A.manifest.data.toString()) as Record<string, unknown>
  const C = JSON.parse(A.config.data.toString()) as Record<string, unknown>
  const underIndex = (m: Blob, ...blobs: Blob[]): Entry[] =>
    archive([...A.layers, ...blobs, m], index(m.digest))

  it.each([
    ['a JSON string', blob('"manifest"'), 'is not JSON'],
    ['nothing', blob(''), 'is not JSON'],
    ['a list', blob('[]'), 'is not a JSON object'],
    ['cut short', blob('{"layers":'), 'is not valid JSON'],
    ['without layers', blob({ ...M, layers: undefined }), 'lists no layers'],
    ['with layers that are no list', blob({ ...M, layers: { length: 1 } }), 'lists no layers'],
    ['without a config', blob({ ...M, config: undefined }), 'has a descriptor without a digest'],
    [
      'with a layer without a digest',
      blob({ ...M, layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar' }] }),
      'has a descriptor without a digest'
    ]
  ])('refuses a manifest that is %s', async (_, m, says) => {
    expect(await archiveRefusal(underIndex(m, A.config))).toBe(
      `cannot read ROCK: manifest ${short(m.digest)} ${says}`
    )
  })

  it('reads a manifest led by white space, as JSON allows', async () => {
    const m = blob(`\n\t ${A.manifest.data.toString()}`)
    expect(await digestOf(underIndex(m, A.config))).toBe(m.digest)
  })

  const each = "does not list one sha256 diff_id for each of the manifest's 1 layers"
  const diffId = (C.rootfs as { diff_ids: string[] }).diff_ids[0]
  it.each([
    ['a number', blob('5'), 'is not JSON'],
    ['a list', blob('[{}]'), 'is not a JSON object'],
    ['cut short', blob('{"rootfs":'), 'is not valid JSON'],
    ['without rootfs', blob({ ...C, rootfs: undefined }), each],
    ['with diff_ids that are no list', blob({ ...C, rootfs: { diff_ids: diffId } }), each],
    [
      'with diff_ids that are a list-like object',
      blob({ ...C, rootfs: { diff_ids: { 0: diffId, length: 1 } } }),
      each
    ],
    // A list's text is its one item's: a diff_id must be a string, not spell one.
    ['with a diff_id in a list of its own', blob({ ...C, rootfs: { diff_ids: [[diffId]] } }), each],
    [
      'with two diff_ids for one layer',
      blob({ ...C, rootfs: { diff_ids: [diffId, diffId] } }),
      each
    ],
    ['with no diff_id', blob({ ...C, rootfs: { diff_ids: [] } }), each],
    [
      'with an upper-case diff_id',
      blob({ ...C, rootfs: { diff_ids: [diffId.toUpperCase()] } }),
      each
    ],
    ['with a diff_id that is no string', blob({ ...C, rootfs: { diff_ids: [5] } }), each]
  ])('refuses a config that is %s', async (_, config, says) => {
    const m = manifest(config, [{ blob: A.layers[0], gzip: true }])
    expect(await archiveRefusal(underIndex(m, config))).toBe(
      `cannot read ROCK: config ${short(config.digest)} ${says}`
    )
  })

  /** A rock of FILES' gzip layer under this config, manifest annotations and index descriptor annotations. */
  async function rockOf(
    config: Record<string, unknown>,
    manifestAnnotations: unknown,
    indexAnnotations: unknown
  ): Promise<{ file: string; config: Blob; m: Blob }> {
    const c = blob({ ...config, rootfs: { type: 'layers', diff_ids: [diffId] } })
    const m = blob({
      ...(JSON.parse(manifest(c, [{ blob: A.layers[0], gzip: true }]).data.toString()) as object),
      annotations: manifestAnnotations
    })
    const text = JSON.stringify({
      manifests: [{ mediaType: MANIFEST, digest: m.digest, annotations: indexAnnotations }]
    })
    return { file: await rocks.archive(archive([...A.layers, c, m], text)), config: c, m }
  }

  it("gives the whole image: the manifest's annotations over the index's, the config's string labels, architecture and os", async () => {
    const { file, config, m } = await rockOf(
      { architecture: 5, os: 'linux', config: { Labels: { version: '1', count: 2 } } },
      { b: 'manifest', c: 'manifest', n: 1 },
      { a: 'index', b: 'index', n: 'index' }
    )
    expect(await readRock(file)).toStrictEqual({
      rock: file,
      digest: m.digest,
      architecture: undefined,
      os: 'linux',
      annotations: { a: 'index', b: 'manifest', c: 'manifest', n: 'index' },
      labels: { version: '1' },
      layers: 1,
      owners: new Map([
        ['flask', 584792],
        ['flask/app.py', 584792]
      ]),
      files: new Map(),
      blobs: { config: hex(config), layers: [hex(A.layers[0])] },
      diffIds: [diffId],
      manifest: JSON.parse(m.data.toString())
    })
  })

  it.each([
    ['none', { architecture: 'arm64', os: 7 }, null, undefined],
    ['text, not maps', { architecture: 'arm64', config: { Labels: 'ab' } }, 'ab', 'ab']
  ])('gives no labels, annotations or os where the image has %s', async (_, config, ma, ia) => {
    const { file } = await rockOf(config, ma, ia)
    const contents = await readRock(file)
    expect({
      architecture: contents.architecture,
      os: contents.os,
      annotations: contents.annotations,
      labels: contents.labels
    }).toStrictEqual({ architecture: 'arm64', os: undefined, annotations: {}, labels: {} })
  })
})

describe('indexes inside indexes', () => {
  const indexBlob = (manifests: object[]): Blob =>
    blob({ schemaVersion: 2, mediaType: INDEX, manifests })
  const named = (digest: string, os?: string, annotations?: object): object => ({
    mediaType: MANIFEST,
    digest,
    ...(os && { platform: { architecture: 'amd64', os } }),
    ...(annotations && { annotations })
  })
  const ref = { 'org.opencontainers.image.ref.name': 'inner' }

  it.each([
    [
      'the first image for linux',
      [named(MISSING, 'windows'), named(A.manifest.digest, 'linux', ref)]
    ],
    [
      'an image of no platform, as linux',
      [named(MISSING, 'windows'), named(A.manifest.digest, undefined, ref)]
    ],
    [
      'the first image when none is for linux',
      [named(A.manifest.digest, 'darwin', ref), named(MISSING, 'windows')]
    ]
  ])("reads %s, with that image's annotations", async (_, manifests) => {
    const inner = indexBlob(manifests)
    const contents = await readRock(
      await rocks.archive(archive([...BLOBS, inner], index(inner.digest, INDEX)))
    )
    expect({ digest: contents.digest, annotations: contents.annotations }).toEqual({
      digest: A.manifest.digest,
      annotations: ref
    })
  })

  it('refuses an index that lists no image', async () => {
    const inner = indexBlob([])
    expect(await archiveRefusal(archive([...BLOBS, inner], index(inner.digest, INDEX)))).toBe(
      `cannot read ROCK: index ${short(inner.digest)} lists no image`
    )
  })

  it('follows indexes 4 deep and refuses a fifth', async () => {
    const nested = (depth: number): Entry[] => {
      let top = A.manifest
      const indexes: Blob[] = []
      for (let i = 0; i < depth; i++) {
        top = indexBlob([{ ...named(top.digest), mediaType: i === 0 ? MANIFEST : INDEX }])
        indexes.push(top)
      }
      return archive([...BLOBS, ...indexes], index(top.digest, INDEX))
    }
    expect(await digestOf(nested(4))).toBe(A.manifest.digest)
    expect(await archiveRefusal(nested(5))).toBe(
      'cannot read ROCK: its indexes name each other (or nest deeper than 4)'
    )
  })
})

describe('a layer as stored', () => {
  it('reads an empty layer (the two zero blocks of an empty tar)', async () => {
    const contents = await readRock(await rocks.archive(oneLayer(Buffer.alloc(1024)).entries))
    expect({ layers: contents.layers, owners: contents.owners }).toStrictEqual({
      layers: 1,
      owners: new Map()
    })
  })

  it.each([
    ['a control character', '\x1fapp.py'],
    ['a byte 0x8b second', '\u010bapp.py']
  ])(
    'reads a plain tar layer whose first name begins with %s, as gzip magic would',
    async (_, name) => {
      const tar = tarball([{ path: name, data: 'x', uid: 7 }])
      const contents = await readRock(await rocks.archive(oneLayer(tar).entries))
      expect(contents.owners).toStrictEqual(new Map([[name, 7]]))
    }
  )

  it.each([
    ['an empty blob', Buffer.alloc(0), 'is not a tar archive'],
    ['100 zero bytes, shorter than a tar block', Buffer.alloc(100), 'is not a tar archive'],
    ['JSON', Buffer.from('{"layer": 1}'.padEnd(1024, ' ')), 'is not a tar archive'],
    [
      'bzip2-compressed',
      compressed('bzip2', tarball(FILES)),
      'is compressed with bzip2, which OCI layers are not'
    ]
  ])('refuses a layer that is %s', async (_, stored, says) => {
    const { entries, layer } = oneLayer(stored)
    expect(await archiveRefusal(entries)).toBe(
      `cannot read ROCK: layer ${short(layer.digest)} ${says}`
    )
  })

  it('refuses a plain tar layer cut short in the middle of a file', async () => {
    const cut = tarball(FILES).subarray(0, 1024 + 4)
    expect(await archiveRefusal(oneLayer(cut).entries)).toBe(
      'cannot read ROCK: a tar archive ends in the middle of an entry'
    )
  })

  it.each([
    ['a byte changed', (gz: Buffer) => Buffer.from(gz.map((b, i) => (i === 30 ? b ^ 0xff : b)))],
    ['its last 10 bytes cut', (gz: Buffer) => gz.subarray(0, gz.length - 10)]
  ])('refuses a gzip layer with %s, named by its own digest', async (_, spoil) => {
    const tar = tarball(FILES)
    expect(await archiveRefusal(oneLayer(spoil(zlib.gzipSync(tar)), tar).entries)).toBe(
      'cannot read ROCK: a layer is not valid compressed data'
    )
  })

  it('refuses a gzip layer with zeros after its last member (Go reads another header there), and reads one of two members', async () => {
    const tar = tarball(FILES)
    const gz = zlib.gzipSync(tar)
    expect(
      await archiveRefusal(oneLayer(Buffer.concat([gz, Buffer.alloc(512)]), tar).entries)
    ).toBe(
      "cannot read ROCK: a gzip layer has 512 bytes after its last member, which Go's gzip reader (skopeo's, Docker's) refuses"
    )
    const half = Math.floor(tar.length / 2)
    const two = Buffer.concat([
      zlib.gzipSync(tar.subarray(0, half)),
      zlib.gzipSync(tar.subarray(half))
    ])
    const contents = await readRock(await rocks.archive(oneLayer(two, tar).entries))
    expect(contents.diffIds).toEqual([`sha256:${sha256(tar)}`])
  })

  const tar = tarball(FILES)
  const zstdLayer = (): ReturnType<typeof oneLayer> => oneLayer(compressed('zstd', tar), tar)
  /** A copy of the reader whose node:zlib has this zstd decompressor (Node's from 22.15 on). */
  async function readerWith(
    createZstdDecompress: typeof zstdStandIn | undefined
  ): Promise<typeof readRock> {
    jest.resetModules()
    jest.unstable_mockModule('node:zlib', () => ({ ...zlib, createZstdDecompress }))
    return (await import('../../src/rock/read.js')).readRock
  }

  it('refuses a zstd layer on a Node without a zstd decompressor', async () => {
    const read = await readerWith(undefined)
    const { entries, layer } = zstdLayer()
    const file = await rocks.archive(entries)
    // The copy's RockError is its own class: the whole line is what counts.
    await expect(read(file)).rejects.toThrow(
      `cannot read ${file}: layer ${short(layer.digest)} is zstd-compressed and this Node has no zstd decompressor (Node 22.15 or later has)`
    )
  })

  it('reads a zstd layer (Node 22.15 and later; the zstd program before), copied as stored', async () => {
    const read = await readerWith(zstdStandIn)
    const { entries, layer, config } = zstdLayer()
    const copy = recorder()
    const contents = await read(await rocks.archive(entries), DEFAULT_LIMITS, copy)
    expect(contents.diffIds).toEqual([`sha256:${sha256(tar)}`])
    expect(contents.files.size).toBe(0)
    expect([...contents.owners]).toEqual([
      ['flask', 584792],
      ['flask/app.py', 584792]
    ])
    expect(handed(copy)).toEqual([copied(config, 'raw'), copied(layer, 'raw')])
  })
})

describe('what a copy is handed', () => {
  it('hands a plain tar layer over 1 MiB as the tar it is, in full', async () => {
    const tar = tarball([{ path: 'big', data: Buffer.alloc(2.5 * 1024 * 1024, 'ab'), uid: 3 }])
    const { entries, layer, config } = oneLayer(tar)
    const copy = recorder()
    const contents = await readRock(await rocks.archive(entries), DEFAULT_LIMITS, copy)
    expect(contents.diffIds).toEqual([layer.digest])
    expect(handed(copy)).toEqual([copied(config, 'raw'), copied(layer, 'tar', tar)])
  })

  it('reads and copies a layer the manifest lists twice once, and applies it twice', async () => {
    const tar = tarball(FILES)
    const layer = blob(zlib.gzipSync(tar))
    const config = configFor([`sha256:${sha256(tar)}`, `sha256:${sha256(tar)}`])
    const m = manifest(config, [
      { blob: layer, gzip: true },
      { blob: layer, gzip: true }
    ])
    const copy = recorder()
    const contents = await readRock(
      await rocks.archive(archive([layer, config, m], index(m.digest))),
      DEFAULT_LIMITS,
      copy
    )
    expect(copy.got.map(g => [g.hex, g.form])).toEqual([
      [hex(config), 'raw'],
      [hex(layer), 'tar']
    ])
    expect({ layers: contents.layers, blobs: contents.blobs.layers }).toEqual({
      layers: 2,
      blobs: [hex(layer), hex(layer)]
    })
  })

  it.each([
    // No room for a gzip trailer: the copy is handed the blob as stored.
    [17, 'raw', 17],
    // The trailer's word (little-endian) is the size the copy is told.
    [18, 'tar', 0x04030201]
  ])('asks a copy of a %i-byte gzip blob for %s bytes, %i of them', async (length, form, size) => {
    const stored = Buffer.alloc(length)
    stored.set([0x1f, 0x8b])
    stored.writeUInt32LE(0x04030201, length - 4)
    const { entries, layer } = oneLayer(stored, tarball(FILES))
    const copy = recorder()
    expect(
      await refusal(await rocks.archive(entries), f => readRock(f, DEFAULT_LIMITS, copy))
    ).toBe('cannot read ROCK: a layer is not valid compressed data')
    expect(copy.got.slice(1).map(g => ({ ...g, bytes: g.bytes.length }))).toEqual([
      { hex: hex(layer), form, size, bytes: form === 'raw' ? length : 0, ended: false }
    ])
  })

  it('holds the deadline while a copy stalls', async () => {
    const stalled: BlobCopy = {
      blob: () => ({ data: () => new Promise<void>(() => undefined), end: () => undefined })
    }
    const file = await rocks.archive(A.entries)
    const limits = { ...DEFAULT_LIMITS, deadlineMs: 200 }
    expect(await refusal(file, f => readRock(f, limits, stalled))).toBe(
      'cannot read ROCK: the read took longer than 0 s'
    )
  })

  it("takes another read's walk of a layer over 1 MiB once its own stored bytes hash to the digest", async () => {
    const tar = tarball([{ path: 'big', data: Buffer.alloc(2.5 * 1024 * 1024, 'cd'), uid: 3 }])
    const { entries, layer } = oneLayer(tar)
    const file = await rocks.archive(entries)
    const shared: SharedLayers = new Map()
    const first = await readRock(file, DEFAULT_LIMITS, undefined, shared)
    const copy = recorder()
    const second = await readRock(file, DEFAULT_LIMITS, copy, shared)
    expect(copy.got.map(g => g.hex)).not.toContain(hex(layer))
    expect(second).toStrictEqual(first)
  })
})

describe('one read per rock (readRockOnce)', () => {
  it('gives calls made while a read is under way that read, and feeds only the first copy', async () => {
    const file = await rocks.archive(A.entries)
    const [firstCopy, laterCopy] = [recorder(), recorder()]
    const first = readRockOnce(file, firstCopy)
    const later = readRockOnce(file, laterCopy)
    expect(later).toBe(first)
    await first
    expect([firstCopy.got.length, laterCopy.got.length]).toEqual([2, 0])
  })

  it('gives the finished read again while the file is unchanged, and reads it again once changed', async () => {
    const file = await rocks.archive(A.entries)
    const once = await readRockOnce(file)
    expect(await readRockOnce(file)).toBe(once)
    const B = image([{ entries: FILES }])
    await fs.writeFile(file, tarball(B.entries))
    expect((await readRockOnce(file)).digest).toBe(B.manifest.digest)
  })

  it('keeps no failed read: a rock refused while missing is read once written', async () => {
    const file = path.join(rocks.dir(), 'later.rock')
    expect(await refusal(file, readRockOnce)).toBe('cannot read ROCK: no such file')
    await fs.writeFile(file, tarball(A.entries))
    expect((await readRockOnce(file)).digest).toBe(A.manifest.digest)
  })

  it('keeps no failed read: a rock whose copy failed is read again, unchanged', async () => {
    const file = await rocks.archive(A.entries)
    const nospace = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
    expect(await refusal(file, f => readRockOnce(f, failing(nospace)))).toBe(
      'cannot read ROCK: ENOSPC'
    )
    expect((await readRockOnce(file)).digest).toBe(A.manifest.digest)
  })
})

it('leaves no file open and no timer running (which would hold the process), whether it reads the rock or refuses it', async () => {
  const held = async (): Promise<unknown> => ({
    files: (await fs.readdir('/proc/self/fd')).length,
    timers: process.getActiveResourcesInfo().filter(r => r === 'Timeout').length
  })
  const good = await rocks.archive(A.entries)
  const spoilt = await rocks.archive(archive(BLOBS, '{}'))
  const before = await held()
  await readRock(good)
  await refusal(spoilt)
  await refusal(rocks.dir())
  expect(await held()).toEqual(before)
})
