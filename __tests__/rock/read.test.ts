// The rock reader on crafted OCI archives: what a good rock holds, layers applied, and each way
// a hostile rock tried to read outside itself, run without end or grow without bound (issue 19,
// items 1 and 2). The owner check's entry (rockImage) is what the smoke test calls.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { gzipSync } from 'node:zlib'
import { readRock, RockError, DEFAULT_LIMITS } from '../../src/rock/index.js'
import { rockImage } from '../../src/smoke/ownership.js'
import {
  blob,
  blobEntry,
  CONFIG,
  image,
  index,
  manifest,
  scratch,
  tarball,
  type Entry
} from './support/oci.js'

let work: Awaited<ReturnType<typeof scratch>>
let secret: string
let count = 0

beforeAll(async () => {
  work = await scratch()
  // What a traversal or a symlink would reach: a file beside the archives, outside them.
  secret = path.join(work.dir, 'secret.json')
  await fs.writeFile(secret, 'TOPSECRET-runner-credentials')
})
afterAll(() => work.remove())

/** The one line a refused read says: a RockError, never a stack or the archive's text. */
async function refusal(
  file: string,
  read: (f: string) => Promise<unknown> = rockImage
): Promise<string> {
  const err = await read(file).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(RockError)
  const message = (err as Error).message
  expect(message).not.toContain('TOPSECRET')
  return message
}

/** Writes the archive under a fresh name (each read is its own). */
const rock = (entries: Entry[]): Promise<string> => work.write(`r${++count}.rock`, tarball(entries))

const APP: Entry[] = [
  { path: 'flask/', type: '5', uid: 584792 },
  { path: 'flask/app/', type: '5', uid: 584792 },
  { path: 'flask/app/app.py', data: 'app = 1\n', uid: 584792 },
  { path: 'flask/app/old.py', data: 'x\n', uid: 0 }
]

describe('a good rock', () => {
  it('gives the architecture, the digest, the owners and the kept files, layers applied in order', async () => {
    const {
      entries,
      manifest: m,
      layers
    } = image([
      {
        gzip: true,
        entries: [
          ...APP,
          { path: 'var/lib/dpkg/status', data: 'Package: a\nVersion: 1\n' },
          {
            path: 'usr/lib/python3/dist-packages/flask-3.0.dist-info/METADATA',
            data: 'Name: Flask\nVersion: 3.0\n'
          }
        ]
      },
      {
        entries: [
          // A whiteout hides old.py; an opaque directory hides all of dist-packages below.
          { path: 'flask/app/.wh.old.py' },
          { path: 'usr/lib/python3/dist-packages/.wh..wh..opq' },
          {
            path: 'usr/lib/python3/dist-packages/gunicorn-23.dist-info/METADATA',
            data: 'Name: gunicorn\nVersion: 23\n'
          },
          { path: 'flask/app/new.py', data: 'y\n', uid: 1000 },
          { path: 'var/lib/pebble/default/layers/001-web.yaml', data: 'services:\n  flask: {}\n' }
        ]
      }
    ])
    const file = await rock(entries)
    const contents = await readRock(file)
    expect(contents.digest).toBe(m.digest)
    expect(contents.architecture).toBe('amd64')
    expect(contents.annotations).toEqual({ 'org.opencontainers.image.ref.name': 'rock' })
    expect(contents.labels).toEqual({ 'org.opencontainers.image.version': '0.1' })
    expect(contents.layers).toBe(2)
    expect([...contents.files.keys()].sort()).toEqual([
      'usr/lib/python3/dist-packages/gunicorn-23.dist-info/METADATA',
      'var/lib/dpkg/status',
      'var/lib/pebble/default/layers/001-web.yaml'
    ])
    expect(contents.files.get('var/lib/dpkg/status')!.data.toString()).toBe(
      'Package: a\nVersion: 1\n'
    )
    const owners = await rockImage(file)
    expect(owners).toEqual({
      architecture: 'amd64',
      labels: { 'org.opencontainers.image.version': '0.1' },
      owners: new Map([
        ['flask', 584792],
        ['flask/app', 584792],
        ['flask/app/app.py', 584792],
        ['flask/app/new.py', 1000]
      ]),
      pebbleLayers: [{ name: '001-web.yaml', text: 'services:\n  flask: {}\n' }],
      // What the streamed load names in Docker's manifest.json.
      blobs: { config: CONFIG.digest.slice(7), layers: layers.map(l => l.digest.slice(7)) }
    })
  })

  it('hands a copy every blob as it streams by: layers decompressed at the size their gzip trailer gives, JSON as stored', async () => {
    const layerTar = tarball(APP)
    const { entries, manifest: m, layers } = image([{ gzip: true, entries: APP }])
    const got: { hex: string; form: string; size: number; bytes: Buffer; ended: boolean }[] = []
    const copy = {
      blob: (hex: string, form: 'tar' | 'raw', size: number) => {
        const seen = { hex, form, size, bytes: Buffer.alloc(0), ended: false }
        got.push(seen)
        return {
          data: (c: Buffer) => void (seen.bytes = Buffer.concat([seen.bytes, c])),
          end: () => void (seen.ended = true)
        }
      }
    }
    const contents = await readRock(await rock(entries), DEFAULT_LIMITS, copy)
    const hex = (d: string): string => d.slice(7)
    expect(got.map(g => ({ ...g, bytes: g.bytes.length }))).toEqual([
      // blobs in archive order: the layer, the config, the manifest
      {
        hex: hex(layers[0].digest),
        form: 'tar',
        size: layerTar.length,
        bytes: layerTar.length,
        ended: true
      },
      {
        hex: hex(CONFIG.digest),
        form: 'raw',
        size: CONFIG.data.length,
        bytes: CONFIG.data.length,
        ended: true
      },
      { hex: hex(m.digest), form: 'raw', size: m.data.length, bytes: m.data.length, ended: true }
    ])
    expect(got[0].bytes.equals(layerTar)).toBe(true)
    expect(got[1].bytes.equals(CONFIG.data)).toBe(true)
    expect(contents.blobs).toEqual({ config: hex(CONFIG.digest), layers: [hex(layers[0].digest)] })
  })

  it('keeps only the first 64 KiB of a huge METADATA, and says so', async () => {
    const big = 'Name: big\nVersion: 1\n\n' + 'x'.repeat(5 * 1024 * 1024)
    const file = await rock(
      image([{ gzip: true, entries: [{ path: 'lib/big-1.dist-info/METADATA', data: big }] }])
        .entries
    )
    const meta = (await readRock(file)).files.get('lib/big-1.dist-info/METADATA')!
    expect({ kept: meta.data.length, size: meta.size, truncated: meta.truncated }).toEqual({
      kept: 64 * 1024,
      size: big.length,
      truncated: true
    })
  })
})

describe('a rock that names something outside itself', () => {
  it('refuses a traversal digest, without reading or quoting the file it names', async () => {
    const rel = path.relative(path.join(work.dir, 'blobs', 'sha256'), secret)
    const file = await rock([{ path: 'index.json', data: index(`sha256:${rel}`) }])
    expect(await refusal(file)).toBe(
      `cannot read ${file}: index.json names a digest that is not sha256: and 64 lower-case hex digits`
    )
  })

  it('refuses a digest naming /dev/zero at once, not after growing without end', async () => {
    const { entries } = image([{ entries: APP }])
    const m = manifest(CONFIG, [
      { blob: { digest: 'sha256:../../../../../../dev/zero', data: Buffer.alloc(0) } }
    ])
    const file = await rock([
      ...entries.filter(e => e.path !== 'index.json'),
      blobEntry(m),
      { path: 'index.json', data: index(m.digest) }
    ])
    const started = Date.now()
    expect(await refusal(file)).toBe(
      `cannot read ${file}: manifest ${m.digest.slice(0, 19)} names a digest that is not sha256: and 64 lower-case hex digits`
    )
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('refuses a symlinked blob (the manifest pointing at a file outside)', async () => {
    const { entries, manifest: m } = image([{ entries: APP }])
    const hostile = entries.map(e =>
      e.path === `blobs/sha256/${m.digest.slice(7)}`
        ? { path: e.path, type: '2', linkname: secret }
        : e
    )
    const file = await rock(hostile)
    expect(await refusal(file)).toBe(
      `cannot read ${file}: manifest ${m.digest.slice(0, 19)} is a symbolic link in the archive, not a regular file`
    )
  })

  it('refuses a symlinked index.json', async () => {
    const { entries } = image([{ entries: APP }])
    const hostile = entries.map(e =>
      e.path === 'index.json' ? { path: e.path, type: '2', linkname: secret } : e
    )
    const file = await rock(hostile)
    expect(await refusal(file)).toBe(
      `cannot read ${file}: index.json is a symbolic link, not a regular file`
    )
  })

  it('never quotes a blob that is not JSON (the old error showed its first characters)', async () => {
    const { entries, manifest: m } = image([{ entries: APP }])
    const hostile = entries.map(e =>
      e.path === `blobs/sha256/${m.digest.slice(7)}`
        ? { ...e, data: '{TOPSECRET-runner-credentials' }
        : e
    )
    const file = await rock(hostile)
    expect(await refusal(file)).toBe(
      `cannot read ${file}: manifest ${m.digest.slice(0, 19)} is not valid JSON`
    )
  })
})

describe('a rock that would read without end', () => {
  it('refuses a FIFO blob without blocking', async () => {
    const { entries, layers } = image([{ entries: APP }])
    const hostile = entries.map(e =>
      e.path === `blobs/sha256/${layers[0].digest.slice(7)}` ? { path: e.path, type: '6' } : e
    )
    const file = await rock(hostile)
    expect(await refusal(file)).toBe(
      `cannot read ${file}: layer ${layers[0].digest.slice(0, 19)} is a FIFO in the archive, not a regular file`
    )
  })

  it('refuses a rock path that is a FIFO or a device without blocking', async () => {
    const fifo = path.join(work.dir, 'fifo.rock')
    execFileSync('mkfifo', [fifo])
    expect(await refusal(fifo)).toBe(`cannot read ${fifo}: not a regular file`)
    expect(await refusal('/dev/zero')).toBe('cannot read /dev/zero: not a regular file')
  })

  it('refuses two indexes naming each other', async () => {
    // A blob's name need not be its content's hash for the loop to be read: a names b, b names a.
    const indexType = 'application/vnd.oci.image.index.v1+json'
    const a = blob(index(`sha256:${'b'.repeat(64)}`, indexType))
    const b = blob(index(a.digest, indexType))
    const entries: Entry[] = [
      blobEntry(a),
      { path: `blobs/sha256/${'b'.repeat(64)}`, data: b.data },
      { path: 'index.json', data: index(a.digest, indexType) }
    ]
    const file = await rock(entries)
    expect(await refusal(file)).toBe(
      `cannot read ${file}: its indexes name each other (or nest deeper than 4)`
    )
  })

  it('applies 40 000 whiteouts over 40 000 files in well under the 92 s the old reader took', async () => {
    const files: Entry[] = [{ path: 'flask/', type: '5', uid: 584792 }]
    const whiteouts: Entry[] = []
    for (let i = 0; i < 40_000; i++) {
      files.push({ path: `flask/f${i}`, uid: 0 })
      whiteouts.push({ path: `flask/.wh.f${i}` })
    }
    const file = await rock(
      image([
        { gzip: true, entries: files },
        { gzip: true, entries: whiteouts }
      ]).entries
    )
    const started = Date.now()
    const owners = await rockImage(file)
    const ms = Date.now() - started
    expect(owners.owners).toEqual(new Map([['flask', 584792]]))
    // Linear here is well under a second; the bound leaves room for a busy machine.
    expect(ms).toBeLessThan(10_000)
  })

  it('refuses a pax header claiming 8 GiB before allocating it', async () => {
    const { entries, layers } = image([{ entries: APP }])
    const giant = tarball([{ path: 'PaxHeaders/x', type: 'x', size: 8 * 1024 ** 3 }]).subarray(
      0,
      512
    )
    const hostileLayer = Buffer.concat([giant, Buffer.alloc(4096)])
    const hostile = entries.map(e =>
      e.path === `blobs/sha256/${layers[0].digest.slice(7)}` ? { ...e, data: hostileLayer } : e
    )
    const before = process.memoryUsage().rss
    const file = await rock(hostile)
    expect(await refusal(file)).toBe(
      `cannot read ${file}: a tar extended header claims ${8 * 1024 ** 3} bytes (at most 1048576 are read)`
    )
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024)
  })

  it('refuses an xz-compressed rock without unpacking it anywhere', async () => {
    // 64 MiB of zeros in a 10 KB file: the old reader let tar unpack it into the temp dir.
    const plain = tarball([
      { path: 'blobs/sha256/' + 'a'.repeat(64), data: Buffer.alloc(64 * 1024 * 1024) }
    ])
    const file = path.join(work.dir, 'bomb.rock')
    await fs.writeFile(file, execFileSync('xz', ['-1', '-c'], { input: plain, maxBuffer: 1 << 24 }))
    const tempsBefore = (await fs.readdir(os.tmpdir())).filter(n =>
      n.startsWith('flask-rock-owners-')
    )
    expect(await refusal(file)).toBe(
      `cannot read ${file}: compressed with xz; a rock is a plain tar (OCI archive)`
    )
    const tempsAfter = (await fs.readdir(os.tmpdir())).filter(n =>
      n.startsWith('flask-rock-owners-')
    )
    expect(tempsAfter).toEqual(tempsBefore)
  })

  it('stops a gzip bomb layer at the unpacked bound', async () => {
    const bomb = gzipSync(tarball([{ path: 'zeros', data: Buffer.alloc(64 * 1024 * 1024) }]))
    const { entries, layers } = image([{ entries: APP }])
    const hostile = entries.map(e =>
      e.path === `blobs/sha256/${layers[0].digest.slice(7)}` ? { ...e, data: bomb } : e
    )
    await expect(
      readRock(await rock(hostile), { ...DEFAULT_LIMITS, unpackedBytes: 16 * 1024 * 1024 })
    ).rejects.toThrow(/: its layers unpack to more than 16 MiB$/)
  })

  it('refuses an xz-compressed layer, which OCI does not define', async () => {
    const xzLayer = execFileSync('xz', ['-c'], { input: tarball(APP) })
    const { entries, layers } = image([{ entries: APP }])
    const hostile = entries.map(e =>
      e.path === `blobs/sha256/${layers[0].digest.slice(7)}` ? { ...e, data: xzLayer } : e
    )
    const file = await rock(hostile)
    expect(await refusal(file)).toBe(
      `cannot read ${file}: layer ${layers[0].digest.slice(0, 19)} is compressed with xz, which OCI layers are not`
    )
  })

  it('holds one deadline for the whole read', async () => {
    const big = Array.from({ length: 2000 }, (_, i) => ({
      path: `flask/f${i}`,
      data: 'x'.repeat(4096)
    }))
    const file = await rock(image([{ gzip: true, entries: big }]).entries)
    await expect(readRock(file, { ...DEFAULT_LIMITS, deadlineMs: 0 })).rejects.toThrow(
      `cannot read ${file}: the read took longer than 0 s`
    )
  })

  it('holds one memory bound for the whole read', async () => {
    const files = Array.from({ length: 50 }, (_, i) => ({
      path: `lib/p${i}-1.dist-info/METADATA`,
      data: 'Name: p\n' + 'x'.repeat(60_000)
    }))
    const file = await rock(image([{ entries: files }]).entries)
    await expect(readRock(file, { ...DEFAULT_LIMITS, memoryBytes: 1024 * 1024 })).rejects.toThrow(
      `cannot read ${file}: the read would keep more than 1 MiB in memory`
    )
  })
})

describe('a file that is not a rock', () => {
  it.each([
    ['text', Buffer.from('hello, not a tar at all'.padEnd(600, '.')), 'not an OCI archive (a tar)'],
    [
      'a tar without index.json',
      tarball([{ path: 'x', data: 'y' }]),
      'no index.json: not an OCI archive'
    ],
    [
      'a tar cut short',
      tarball([{ path: 'index.json', data: 'x'.repeat(2000) }]).subarray(0, 1024),
      'a tar archive ends in the middle of an entry'
    ],
    ['no file at all', undefined, 'no such file']
  ])('%s: one clear line', async (_, data, says) => {
    const file = path.join(work.dir, `bad${++count}.rock`)
    if (data) await fs.writeFile(file, data)
    expect(await refusal(file, readRock)).toBe(`cannot read ${file}: ${says}`)
  })
})
