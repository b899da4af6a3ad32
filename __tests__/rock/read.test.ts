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
  configFor,
  image,
  sha256,
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
      config,
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
      blobs: { config: config.digest.slice(7), layers: layers.map(l => l.digest.slice(7)) },
      // Each checked against its layer's bytes (decompressed): what Docker's image must hold.
      diffIds: JSON.parse(config.data.toString()).rootfs.diff_ids
    })
  })

  it('hands a copy the blobs the image names, once known to be named: the config as stored, then each layer decompressed at the size its gzip trailer gives', async () => {
    const layerTar = tarball(APP)
    const { entries, config, layers } = image([{ gzip: true, entries: APP }])
    // A blob nobody names, before the others: never copied, never decompressed.
    const stray = blob(gzipSync(Buffer.alloc(1024 * 1024)))
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
    const contents = await readRock(
      await rock([blobEntry(stray), ...entries]),
      DEFAULT_LIMITS,
      copy
    )
    const hex = (d: string): string => d.slice(7)
    expect(got.map(g => ({ ...g, bytes: g.bytes.length }))).toEqual([
      {
        hex: hex(config.digest),
        form: 'raw',
        size: config.data.length,
        bytes: config.data.length,
        ended: true
      },
      {
        hex: hex(layers[0].digest),
        form: 'tar',
        size: layerTar.length,
        bytes: layerTar.length,
        ended: true
      }
    ])
    expect(got[0].bytes.equals(config.data)).toBe(true)
    expect(got[1].bytes.equals(layerTar)).toBe(true)
    expect(contents.blobs).toEqual({ config: hex(config.digest), layers: [hex(layers[0].digest)] })
    expect(contents.diffIds).toEqual([`sha256:${sha256(layerTar)}`])
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
    const { entries } = image([{ entries: APP }])
    // Named by its own hash, so that its digest holds and the JSON parse is what refuses it.
    const m = blob('{TOPSECRET-runner-credentials')
    const file = await rock([
      ...entries.filter(e => e.path !== 'index.json'),
      blobEntry(m),
      { path: 'index.json', data: index(m.digest) }
    ])
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
    // Hashes cannot name each other, so the loop is an index naming itself through index.json,
    // and a blob named for what it is not is refused for that before it is followed.
    const indexType = 'application/vnd.oci.image.index.v1+json'
    const a = blob(index(`sha256:${'b'.repeat(64)}`, indexType))
    const b = blob(index(a.digest, indexType))
    const file = await rock([
      blobEntry(a),
      { path: `blobs/sha256/${'b'.repeat(64)}`, data: b.data },
      { path: 'index.json', data: index(a.digest, indexType) }
    ])
    expect(await refusal(file)).toBe(
      `cannot read ${file}: index sha256:bbbbbbbbbbbb does not match its digest`
    )
    // Five indexes deep, each naming the next by its true digest.
    let inner = blob(index(`sha256:${'c'.repeat(64)}`))
    const chain = [inner]
    for (let i = 0; i < 5; i++) chain.push((inner = blob(index(inner.digest, indexType))))
    const deep = await rock([
      ...chain.map(blobEntry),
      { path: 'index.json', data: index(inner.digest, indexType) }
    ])
    expect(await refusal(deep)).toBe(
      `cannot read ${deep}: its indexes name each other (or nest deeper than 4)`
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
      'a tar of something else',
      tarball([{ path: 'x', data: 'y' }]),
      'it holds an entry that is none of oci-layout, index.json, blobs/sha256/<64 hex digits> (or is spelled so that it would be unpacked somewhere else)'
    ],
    [
      'a tar without index.json',
      tarball([{ path: 'oci-layout', data: '{}' }]),
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

describe("a rock read by Go's tar grammar, as skopeo and Docker read it (issue 23)", () => {
  const A = image([{ gzip: true, entries: APP }])
  const B = image([{ gzip: true, entries: [{ path: 'flask/', type: '5', uid: 0 }] }])

  it('refuses image B, the end-of-archive marker, then image A (Go stops at the marker: B)', async () => {
    const file = await work.write(
      `eoa${++count}.rock`,
      Buffer.concat([tarball(B.entries), tarball(A.entries)])
    )
    expect(await refusal(file, readRock)).toBe(
      `cannot read ${file}: a tar archive has data after its end-of-archive marker`
    )
  })

  it('reads an archive whose marker is followed by zeros only (a writer padding its last record)', async () => {
    const file = await work.write(
      `pad${++count}.rock`,
      Buffer.concat([tarball(A.entries), Buffer.alloc(10240)])
    )
    expect((await readRock(file)).digest).toBe(A.manifest.digest)
  })

  it.each([
    [
      'a second index.json spelled /index.json',
      '/index.json',
      'it holds an entry that is none of oci-layout, index.json, blobs/sha256/<64 hex digits> (or is spelled so that it would be unpacked somewhere else)'
    ],
    [
      'a second index.json spelled ./index.json',
      './index.json',
      'index.json is in the archive twice'
    ],
    [
      'a blob spelled blobs//sha256/<hex>',
      `blobs//sha256/${'a'.repeat(64)}`,
      'it holds an entry that is none of oci-layout, index.json, blobs/sha256/<64 hex digits> (or is spelled so that it would be unpacked somewhere else)'
    ],
    [
      'a blob spelled with ..',
      `blobs/sha256/../sha256/${'a'.repeat(64)}`,
      'it holds an entry that is none of oci-layout, index.json, blobs/sha256/<64 hex digits> (or is spelled so that it would be unpacked somewhere else)'
    ],
    [
      'an entry of another name',
      'etc/passwd',
      'it holds an entry that is none of oci-layout, index.json, blobs/sha256/<64 hex digits> (or is spelled so that it would be unpacked somewhere else)'
    ]
  ])('refuses %s', async (_, name, says) => {
    const file = await rock([...A.entries, { path: name, data: index(B.manifest.digest) }])
    expect(await refusal(file, readRock)).toBe(`cannot read ${file}: ${says}`)
  })

  it('refuses a blob listed twice (skopeo keeps the last one unpacked)', async () => {
    const layer = A.entries[0]
    const file = await rock([...A.entries, { ...layer, data: B.layers[0].data }])
    expect(await refusal(file, readRock)).toBe(
      `cannot read ${file}: blob ${A.layers[0].digest.slice(0, 19)} is in the archive twice`
    )
  })

  it('refuses a lone zero block between entries (Go: invalid tar header)', async () => {
    const tar = tarball(A.entries)
    const first = 512 + Math.ceil(A.entries[0].data!.length / 512) * 512
    const file = await work.write(
      `zero${++count}.rock`,
      Buffer.concat([tar.subarray(0, first), Buffer.alloc(512), tar.subarray(first)])
    )
    expect(await refusal(file, readRock)).toBe(
      `cannot read ${file}: a tar archive has a lone zero block before an entry`
    )
  })

  it('refuses a layer with entries after its own end-of-archive marker (Docker stops there)', async () => {
    const layerTar = Buffer.concat([
      tarball([{ path: 'flask/', type: '5', uid: 584792 }]),
      tarball([{ path: 'flask/app.py', data: 'x\n', uid: 584792 }])
    ])
    const layer = blob(gzipSync(layerTar))
    const config = configFor([`sha256:${sha256(layerTar)}`])
    const m = manifest(config, [{ blob: layer, gzip: true }])
    const file = await rock([
      blobEntry(layer),
      blobEntry(config),
      blobEntry(m),
      { path: 'index.json', data: index(m.digest) }
    ])
    expect(await refusal(file, readRock)).toBe(
      `cannot read ${file}: a tar archive has data after its end-of-archive marker`
    )
  })

  it("refuses fake tiny layers under a real config: each layer is hashed against the config's diff_ids", async () => {
    const fake = image([{ gzip: true, entries: [{ path: 'tiny', data: 'x' }] }])
    const m = manifest(A.config, [{ blob: fake.layers[0], gzip: true }])
    const file = await rock([
      blobEntry(fake.layers[0]),
      blobEntry(A.config),
      blobEntry(m),
      { path: 'index.json', data: index(m.digest) }
    ])
    expect(await refusal(file, readRock)).toBe(
      `cannot read ${file}: layer ${fake.layers[0].digest.slice(0, 19)} does not match the config's diff_id for layer 1 (${JSON.parse(A.config.data.toString()).rootfs.diff_ids[0].slice(0, 19)})`
    )
  })

  it('refuses a layer, a config or a manifest whose bytes are not their digest', async () => {
    const swapped = (hex: string, data: Buffer): Entry[] =>
      A.entries.map(e => (e.path === `blobs/sha256/${hex}` ? { ...e, data } : e))
    const layerHex = A.layers[0].digest.slice(7)
    // The same tar, gzipped at another level: other bytes, the same diff_id.
    const regzipped = gzipSync(tarball(APP), { level: 1 })
    const cases: [Entry[], string][] = [
      [swapped(layerHex, regzipped), `layer ${A.layers[0].digest.slice(0, 19)}`],
      [
        swapped(
          A.config.digest.slice(7),
          Buffer.from(A.config.data.toString().replace('amd64', 'arm64'))
        ),
        `config ${A.config.digest.slice(0, 19)}`
      ],
      [
        swapped(A.manifest.digest.slice(7), Buffer.from(A.manifest.data.toString() + ' ')),
        `manifest ${A.manifest.digest.slice(0, 19)}`
      ]
    ]
    for (const [entries, what] of cases) {
      const file = await rock(entries)
      expect(await refusal(file, readRock)).toBe(
        `cannot read ${file}: ${what} does not match its digest`
      )
    }
  })
})
