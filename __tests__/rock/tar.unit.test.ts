// The tar grammar (src/rock/tar.ts) on its own: both readers (TarReader streaming, in any chunking,
// and listTar seeking in a file) give the same headers for what GNU tar writes and for crafted
// blocks, and refuse each thing Go's archive/tar would read otherwise, with the one line the user
// sees. Fast enough to score the file by mutation.
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { RockError } from '../../src/rock/error.js'
import { isTarHeader, listTar, META_MAX, TarReader, type TarHeader } from '../../src/rock/tar.js'
import { header, scratch, tarball, type Entry } from './support/oci.js'

let work: Awaited<ReturnType<typeof scratch>>
let count = 0
beforeAll(async () => {
  work = await scratch()
})
afterAll(() => work.remove())

/** The header's checksum, written again after a test changed its bytes. */
function resum(h: Buffer): Buffer {
  h.fill(0x20, 148, 156)
  let sum = 0
  for (const b of h) sum += b
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1')
  return h
}

/** A header block with `bytes` written at `at` (checksum fixed). */
function patched(e: Entry, at: number, bytes: Buffer | string): Buffer {
  const h = header(e)
  Buffer.from(bytes).copy(h, at)
  return resum(h)
}

const pad = (n: number): Buffer => Buffer.alloc((512 - (n % 512)) % 512)
/** An extended header (pax 'x', global 'g', GNU 'L'/'K') and its body, padded. */
function meta(type: string, body: string | Buffer): Buffer {
  const data = Buffer.from(body)
  return Buffer.concat([header({ path: '././@Meta', type, data }), data, pad(data.length)])
}
/** One pax record, its length counted as the format says. */
function record(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`
  let length = Buffer.byteLength(rest) + 1
  while (Buffer.byteLength(`${length}${rest}`) !== length) length++
  return `${length}${rest}`
}
const entry = (e: Entry): Buffer => tarball([e]).subarray(0, -1024)
const END = Buffer.alloc(1024)

interface Read {
  headers: TarHeader[]
  data: string[]
  entries: number
}

/** Streams the archive through TarReader in chunks of `chunk` bytes, keeping each entry's data. */
async function stream(archive: Buffer, chunk: number): Promise<Read> {
  const headers: TarHeader[] = []
  const data: string[] = []
  const reader = new TarReader(h => {
    headers.push(h)
    const parts: Buffer[] = []
    return {
      data: c => void parts.push(Buffer.from(c)),
      end: () => void data.push(Buffer.concat(parts).toString())
    }
  })
  for (let pos = 0; pos < archive.length; pos += chunk) {
    await reader.write(archive.subarray(pos, pos + chunk))
  }
  await reader.end()
  return { headers, data, entries: reader.entries }
}

/** listTar on the archive written to a file. */
async function list(archive: Buffer): Promise<TarHeader[]> {
  const file = await work.write(`t${++count}.tar`, archive)
  const handle = await fs.open(file)
  try {
    return await listTar(handle)
  } finally {
    await handle.close()
  }
}

/** Both readers, the streaming one byte by byte, in 7-byte chunks and whole: the same headers. */
async function readAll(archive: Buffer): Promise<Read> {
  const whole = await stream(archive, archive.length || 1)
  expect(await stream(archive, 7)).toEqual(whole)
  if (archive.length < 20000) expect(await stream(archive, 1)).toEqual(whole)
  expect(await list(archive)).toEqual(whole.headers)
  return whole
}

/** The one line both readers refuse the archive with (a RockError each time). */
async function refusal(archive: Buffer): Promise<string> {
  const messages: string[] = []
  for (const read of [() => stream(archive, archive.length), () => list(archive)]) {
    const err = await read().then(
      () => undefined,
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(RockError)
    messages.push((err as Error).message)
  }
  expect(messages[1]).toBe(messages[0])
  return messages[0]
}
async function streamRefusal(archive: Buffer, chunk = archive.length): Promise<string> {
  const err = await stream(archive, chunk).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(RockError)
  return (err as Error).message
}

const base = {
  flag: '0',
  uid: 0,
  mode: 0o644,
  linkname: '',
  xattrs: []
}

describe('entries, as both readers see them', () => {
  it('reads each type, its owner, mode, size, link and where its data begins', async () => {
    const archive = tarball([
      { path: 'a.txt', data: 'hello', uid: 584792, mode: 0o600 },
      { path: 'dir/', type: '5', uid: 7 },
      { path: 'link', type: '2', linkname: 'a.txt' },
      { path: 'hard', type: '1', linkname: 'a.txt' },
      { path: 'fifo', type: '6' },
      { path: 'chr', type: '3' },
      { path: 'blk', type: '4' },
      { path: 'contig', type: '7', data: 'c' },
      { path: 'sparse', type: 'S', data: 'sp' }
    ])
    const got = await readAll(archive)
    expect(got.headers).toEqual([
      {
        ...base,
        path: 'a.txt',
        type: 'file',
        uid: 584792,
        mode: 0o600,
        size: 5,
        declaredSize: 5,
        offset: 512
      },
      {
        ...base,
        path: 'dir/',
        type: 'dir',
        flag: '5',
        uid: 7,
        mode: 0o755,
        size: 0,
        declaredSize: 0,
        offset: 1536
      },
      {
        ...base,
        path: 'link',
        type: 'symlink',
        flag: '2',
        linkname: 'a.txt',
        size: 0,
        declaredSize: 0,
        offset: 2048
      },
      {
        ...base,
        path: 'hard',
        type: 'hardlink',
        flag: '1',
        linkname: 'a.txt',
        size: 0,
        declaredSize: 0,
        offset: 2560
      },
      { ...base, path: 'fifo', type: 'fifo', flag: '6', size: 0, declaredSize: 0, offset: 3072 },
      { ...base, path: 'chr', type: 'device', flag: '3', size: 0, declaredSize: 0, offset: 3584 },
      { ...base, path: 'blk', type: 'device', flag: '4', size: 0, declaredSize: 0, offset: 4096 },
      { ...base, path: 'contig', type: 'file', flag: '7', size: 1, declaredSize: 1, offset: 4608 },
      { ...base, path: 'sparse', type: 'other', flag: 'S', size: 2, declaredSize: 2, offset: 5632 }
    ])
    expect(got.data).toEqual(['hello', '', '', '', '', '', '', 'c', 'sp'])
    expect(got.entries).toBe(9)
  })

  it('carries no data for a link, directory or FIFO whatever its size field says (as Go)', async () => {
    const archive = tarball([
      { path: 'd/', type: '5', size: 1000 },
      { path: 'f', data: 'x' }
    ])
    const got = await readAll(archive)
    expect(got.headers.map(h => [h.path, h.size, h.declaredSize, h.offset])).toEqual([
      ['d/', 0, 1000, 512],
      ['f', 1, 1, 1024]
    ])
    expect(got.data).toEqual(['', 'x'])
  })

  it('reads a NUL type flag as a file, numbers padded with spaces or NULs, and base-256', async () => {
    const flagNul = patched({ path: 'old', data: 'ab' }, 156, '\0')
    const spaced = patched({ path: 'sp' }, 100, '  644 \0\0')
    const empty = patched({ path: 'e' }, 108, '\0\0\0\0\0\0\0\0')
    const big = Buffer.from([0x80, 0, 0, 0, 0, 1, 0, 1])
    const base256 = patched({ path: 'b' }, 108, big)
    const archive = Buffer.concat([flagNul, Buffer.from('ab'), pad(2), spaced, empty, base256, END])
    expect(
      (await readAll(archive)).headers.map(h => [h.path, h.type, h.flag, h.mode, h.uid])
    ).toEqual([
      ['old', 'file', '\0', 0o644, 0],
      ['sp', 'file', '0', 0o644, 0],
      ['e', 'file', '0', 0o644, 0],
      ['b', 'file', '0', 0o644, 65537]
    ])
  })

  it('joins the ustar prefix only under the ustar magic (in GNU headers those bytes are times)', async () => {
    const ustar = patched({ path: 'name' }, 345, 'some/prefix')
    const gnu = header({ path: 'gnu' })
    gnu.write('ustar  \0', 257, 'latin1')
    gnu.write('12345670123', 345, 'latin1')
    resum(gnu)
    const archive = Buffer.concat([ustar, gnu, END])
    expect((await readAll(archive)).headers.map(h => h.path)).toEqual(['some/prefix/name', 'gnu'])
  })

  it('reads an empty archive and zeros after the marker; a large one through its window', async () => {
    expect((await readAll(END)).headers).toEqual([])
    expect(
      (await readAll(Buffer.concat([tarball([{ path: 'f', data: 'x' }]), Buffer.alloc(3 << 20)])))
        .data
    ).toEqual(['x'])
    const big = 'y'.repeat(3 << 20)
    const got = await readAll(
      tarball([
        { path: 'a', data: big },
        { path: 'b', data: 'z' }
      ])
    )
    expect(got.headers.map(h => [h.path, h.offset])).toEqual([
      ['a', 512],
      ['b', 1024 + (3 << 20)]
    ])
    expect(got.data).toEqual([big, 'z'])
  })

  it('reads what GNU tar writes: long names and link targets (GNU and pax), owners, modes', async () => {
    const src = path.join(work.dir, `src${++count}`)
    const long = `${'d'.repeat(60)}/${'e'.repeat(60)}/${'f'.repeat(90)}.txt`
    await fs.mkdir(path.dirname(path.join(src, long)), { recursive: true })
    await fs.writeFile(path.join(src, long), 'long file')
    await fs.chmod(path.join(src, long), 0o640)
    await fs.symlink(long, path.join(src, 'to-long'))
    for (const format of ['gnu', 'pax']) {
      const archive = path.join(work.dir, `${format}${count}.tar`)
      execFileSync('tar', [
        `--format=${format}`,
        '--owner=1234',
        '--group=0',
        '--numeric-owner',
        '-cf',
        archive,
        '-C',
        src,
        'to-long',
        long
      ])
      const got = await readAll(await fs.readFile(archive))
      expect(got.headers.map(h => [h.path, h.type, h.uid, h.mode, h.linkname, h.size])).toEqual([
        ['to-long', 'symlink', 1234, 0o777, long, 0],
        [long, 'file', 1234, 0o640, '', 9]
      ])
      expect(got.data).toEqual(['', 'long file'])
    }
  })
})

describe('extended headers', () => {
  it('applies a pax path, size, uid, linkpath and xattrs to the next entry only', async () => {
    const pax = [
      record('path', 'pax/name ü'),
      record('uid', '584792'),
      record('size', '3'),
      record('linkpath', 'pax-target'),
      record('SCHILY.xattr.user.a', '1'),
      record('LIBARCHIVE.xattr.security.b', '2'),
      record('mtime', '1.5')
    ].join('')
    const archive = Buffer.concat([
      meta('x', pax),
      header({ path: 'short', size: 0 }),
      Buffer.from('abc'),
      pad(3),
      entry({ path: 'next', data: 'n' }),
      END
    ])
    const got = await readAll(archive)
    expect(got.headers).toEqual([
      {
        ...base,
        path: 'pax/name ü',
        type: 'file',
        uid: 584792,
        size: 3,
        declaredSize: 3,
        linkname: 'pax-target',
        xattrs: ['user.a', 'security.b'],
        offset: 512 + 512 + Math.ceil(pax.length / 512) * 512
      },
      {
        ...base,
        path: 'next',
        type: 'file',
        size: 1,
        declaredSize: 1,
        offset: 512 + 512 + Math.ceil(pax.length / 512) * 512 + 1024
      }
    ])
    expect(got.data).toEqual(['abc', 'n'])
    expect(got.entries).toBe(3)
  })

  it('applies GNU long names and link targets, an empty one too; a global header to nothing', async () => {
    const archive = Buffer.concat([
      meta('g', record('path', 'ignored')),
      meta('L', 'gnu/long/name\0'),
      meta('K', 'gnu/target'),
      entry({ path: 'x', type: '2', linkname: 'short' }),
      meta('x', ''),
      entry({ path: 'plain', data: 'p' }),
      END
    ])
    expect((await readAll(archive)).headers.map(h => [h.path, h.linkname])).toEqual([
      ['gnu/long/name', 'gnu/target'],
      ['plain', '']
    ])
  })

  it('reads an extended header of exactly the most it reads', async () => {
    const body = record('comment', 'v'.repeat(META_MAX - 17))
    expect(Buffer.byteLength(body)).toBe(META_MAX)
    const archive = Buffer.concat([meta('x', body), entry({ path: 'f' }), END])
    const whole = await stream(archive, archive.length)
    expect(whole.headers.map(h => h.path)).toEqual(['f'])
  })

  it.each([
    ['a length that is not digits', '1x path=a\n'],
    ['a length past the body', '99 path=a\n'],
    ['a length not ending at a newline', '10 path=ab\n'],
    ['a length shorter than its own digits', '2 path=a\n'],
    ['no space', '12path=a\n'],
    ['no key', '7 =abc\n'],
    ['no equals sign', '8 pathx\n'],
    ['a NUL in its key', '8 a\0b=1\n'],
    ['a NUL in a path', '12 path=a\0b\n'],
    ['a NUL in a link target', '16 linkpath=a\0b\n'],
    ['a NUL in an owner name', '13 uname=a\0b\n'],
    ['a NUL in a group name', '13 gname=a\0b\n']
  ])('refuses a pax header with %s', async (_, body) => {
    for (const type of ['x', 'g']) {
      expect(await refusal(Buffer.concat([meta(type, body), entry({ path: 'f' }), END]))).toBe(
        'a tar pax header is malformed'
      )
    }
  })

  it.each([
    ['a length not ending at a newline', '10 path=ab\n'],
    ['a length past the body', '12 path=ab\n'],
    ['a length shorter than its own digits and space', '2 '],
    ['no space', '12'],
    ['a length that is not digits', 'x9 path=a\n'],
    ['a length with text after its digits', '9x path=a\n'],
    // Each of these a reader taking the length with Number() would read as the record's length.
    ['a hexadecimal length', '0x10 path=abcde\n'],
    ['a length in exponent notation', '1e1 p=abc\n'],
    ['a length after a tab', '\t14 path=abcd\n'],
    ['a length with an underscore', '1_5 path=abcde\n'],
    ['a negative length', '-15 path=abcde\n'],
    ['its length filled exactly but no newline at its end', '11 path=abc']
  ])('refuses a pax header whose last record has %s', async (_, last) => {
    const body = record('uid', '1') + last
    expect(await refusal(Buffer.concat([meta('x', body), entry({ path: 'f' }), END]))).toBe(
      'a tar pax header is malformed'
    )
  })

  it('reads a pax record whose value holds spaces, a long name after a long link target, and xattr keys only at the start', async () => {
    const archive = Buffer.concat([
      meta('K', 'target'),
      meta(
        'x',
        record('path', 'a b') + record('x.SCHILY.xattr.not', '1') + record('SCHILY.xattr.yes', '2')
      ),
      entry({ path: 'f' }),
      END
    ])
    expect((await readAll(archive)).headers.map(h => [h.path, h.linkname, h.xattrs])).toEqual([
      ['a b', 'target', ['yes']]
    ])
  })

  it('reads numbers with several trailing spaces and a checksum with leading spaces; refuses text after a checksum', async () => {
    const spaced = patched({ path: 'm' }, 100, '644  \0\0')
    const sum = header({ path: 'c' })
    const value = parseInt(sum.toString('latin1', 148, 154), 8)
    sum.write(value.toString(8).padStart(6, ' ') + '\0 ', 148, 'latin1')
    expect(sum.toString('latin1', 148, 149)).toBe(' ')
    expect(
      (await readAll(Buffer.concat([spaced, sum, END]))).headers.map(h => [h.path, h.mode])
    ).toEqual([
      ['m', 0o644],
      ['c', 0o644]
    ])
    const trailing = header({ path: 't' })
    trailing.write(' x', 155 - 1, 'latin1')
    expect(isTarHeader(trailing)).toBe(false)
    expect(await refusal(Buffer.concat([trailing, END]))).toBe(
      'a tar header is damaged (bad checksum)'
    )
  })

  it.each([
    ['leading zeros', '0012 path=a\n', 'a'],
    ['a leading zero read as decimal, not octal', '016 path=abcdef\n', 'abcdef'],
    ['more than 20 digits, most of them zeros', `${'0'.repeat(20)}30 path=a\n`, 'a'],
    ['a plus sign', '+15 path=abcde\n', 'abcde']
  ])(
    'reads a pax record length with %s as Go does (strconv.ParseInt, base 10)',
    async (_, body, path) => {
      for (const pax of [body, record('uid', '1') + body]) {
        expect(
          (await readAll(Buffer.concat([meta('x', pax), entry({ path: 'f' }), END]))).headers.map(
            h => [h.path, h.uid]
          )
        ).toEqual([[path, pax === body ? 0 : 1]])
      }
    }
  )

  it('keeps a NUL in a value Go keeps it in (a comment, an xattr)', async () => {
    const archive = Buffer.concat([
      meta('x', record('comment', 'a\0b') + record('SCHILY.xattr.user.k', 'v\0w')),
      entry({ path: 'f' }),
      END
    ])
    expect((await readAll(archive)).headers.map(h => [h.path, h.xattrs])).toEqual([
      ['f', ['user.k']]
    ])
  })

  it.each([
    ['size', 'x1'],
    ['uid', '-1'],
    ['size', '1'.repeat(16)]
  ])('refuses a pax %s of %s', async (key, value) => {
    expect(
      await refusal(Buffer.concat([meta('x', record(key, value)), entry({ path: 'f' }), END]))
    ).toBe(`a tar pax header has a bad ${key}`)
  })

  it.each([
    [
      'two pax headers',
      [meta('x', record('path', 'a')), meta('x', record('uid', '1'))],
      'a tar entry has two extended headers of one kind'
    ],
    [
      'two long names',
      [meta('L', 'a'), meta('L', 'b')],
      'a tar entry has two extended headers of one kind'
    ],
    [
      'two long link targets',
      [meta('K', 'a'), meta('K', 'b')],
      'a tar entry has two extended headers of one kind'
    ],
    [
      'a pax path and a long name',
      [meta('x', record('path', 'a')), meta('L', 'b')],
      'a tar entry is named twice (a pax path and a GNU long name)'
    ],
    [
      'a long name and a pax path',
      [meta('L', 'b'), meta('x', record('path', 'a'))],
      'a tar entry is named twice (a pax path and a GNU long name)'
    ]
  ])('refuses %s before one entry', async (_, metas, says) => {
    expect(await refusal(Buffer.concat([...metas, entry({ path: 'f' }), END]))).toBe(says)
  })

  it('refuses an extended header claiming more than it reads, before reading it', async () => {
    const claim = header({ path: 'p', type: 'x', size: META_MAX + 1 })
    expect(await refusal(Buffer.concat([claim, END]))).toBe(
      `a tar extended header claims ${META_MAX + 1} bytes (at most ${META_MAX} are read)`
    )
  })

  it.each(['x', 'L', 'K'])(
    'refuses an archive ending after a %s header, before its entry',
    async type => {
      const says = 'a tar archive ends after an extended header, before its entry'
      const body = type === 'x' ? record('path', 'a') : 'a'
      expect(await refusal(Buffer.concat([meta(type, body), END]))).toBe(says)
      expect(await streamRefusal(meta(type, body))).toBe(says)
    }
  )
})

describe('refusals', () => {
  it('refuses a damaged header, naming what is wrong', async () => {
    const bad = header({ path: 'f' })
    bad[0] ^= 1
    expect(await refusal(Buffer.concat([bad, END]))).toBe('a tar header is damaged (bad checksum)')
    const noSum = header({ path: 'f' })
    noSum.fill(0x20, 148, 156)
    expect(await refusal(Buffer.concat([noSum, END]))).toBe(
      'a tar header is damaged (bad checksum)'
    )
    expect(isTarHeader(header({ path: 'f' }))).toBe(true)
    expect(isTarHeader(header({ path: 'f' }).subarray(0, 511))).toBe(false)
    // A checksum off by the weight of the field's own eight spaces.
    const off = header({ path: 'f' })
    const sum = parseInt(off.toString('latin1', 148, 155), 8)
    off.write((sum - 8 * 0x20).toString(8).padStart(6, '0') + '\0 ', 148, 'latin1')
    expect(isTarHeader(off)).toBe(false)
    expect(await refusal(Buffer.concat([patched({ path: 'f' }, 124, '12x\0'), END]))).toBe(
      "a tar header's size is not a number"
    )
    expect(await refusal(Buffer.concat([patched({ path: 'f' }, 108, '1 2\0'), END]))).toBe(
      "a tar header's uid is not a number"
    )
    expect(await refusal(Buffer.concat([patched({ path: 'f' }, 100, '9\0'), END]))).toBe(
      "a tar header's mode is not a number"
    )
    const huge = Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])
    expect(await refusal(Buffer.concat([patched({ path: 'f' }, 108, huge), END]))).toBe(
      "a tar header's uid is not a number"
    )
  })

  it('refuses a lone zero block before an entry, and anything but zeros after the marker', async () => {
    const f = entry({ path: 'f', data: 'x' })
    expect(await refusal(Buffer.concat([f, Buffer.alloc(512), f, END]))).toBe(
      'a tar archive has a lone zero block before an entry'
    )
    const after = Buffer.concat([f, END, Buffer.alloc(5000), Buffer.from([1])])
    expect(await refusal(after)).toBe('a tar archive has data after its end-of-archive marker')
    expect(await streamRefusal(after, 1)).toBe(
      'a tar archive has data after its end-of-archive marker'
    )
    expect(await refusal(Buffer.concat([f, END, f]))).toBe(
      'a tar archive has data after its end-of-archive marker'
    )
  })

  it('refuses an archive cut inside an entry; padding cut short at the very end is read', async () => {
    const f = entry({ path: 'f', data: 'x'.repeat(600) })
    const cut = 'a tar archive ends in the middle of an entry'
    expect(await refusal(f.subarray(0, 700))).toBe(cut)
    expect(await refusal(f.subarray(0, 300))).toBe(cut)
    expect(await refusal(meta('x', record('path', 'a'.repeat(600))).subarray(0, 800))).toBe(cut)
    expect(await streamRefusal(f.subarray(0, 1111))).toBe(cut)
    const short = f.subarray(0, 512 + 600)
    expect((await stream(short, 100)).data).toEqual(['x'.repeat(600)])
    expect(await list(short).catch((e: Error) => e.message)).toBe(
      'a tar archive ends before its end-of-archive marker'
    )
    expect(await list(f).catch((e: Error) => e.message)).toBe(
      'a tar archive ends before its end-of-archive marker'
    )
    expect((await stream(f, f.length)).data).toEqual(['x'.repeat(600)])
  })
})

describe('what the readers hand their callers', () => {
  it('waits for a sink that holds the reader, and skips the data of an entry given no sink', async () => {
    const order: string[] = []
    const reader = new TarReader(h => {
      if (h.path === 'skip') return undefined
      return {
        data: async c => {
          await new Promise(resolve => setTimeout(resolve, 30))
          order.push(`${h.path}:${c.toString()}`)
        },
        end: async () => {
          await new Promise(resolve => setTimeout(resolve, 5))
          order.push(`${h.path}:end`)
        }
      }
    })
    await reader.write(
      tarball([
        { path: 'a', data: 'A' },
        { path: 'skip', data: 'S' },
        { path: 'empty' },
        { path: 'b', data: 'B' }
      ])
    )
    order.push('written')
    await reader.end()
    expect(order).toEqual(['a:A', 'a:end', 'empty:end', 'b:B', 'b:end', 'written'])
  })

  it('ends the last sink at end() when the archive has no marker (the stream is cut at an entry)', async () => {
    const ends: string[] = []
    const reader = new TarReader(h => ({
      data: () => undefined,
      end: () => void ends.push(h.path)
    }))
    await reader.write(entry({ path: 'last' }))
    expect(ends).toEqual(['last'])
    await reader.end()
    expect(ends).toEqual(['last'])
  })

  it('listTar calls check before each block and onEntry with each entry; either may stop it', async () => {
    const archive = tarball([
      { path: 'a', data: 'A' },
      { path: 'b', data: 'B' }
    ])
    const file = await work.write(
      `cb${++count}.tar`,
      Buffer.concat([archive, Buffer.alloc(3 << 20)])
    )
    const handle = await fs.open(file)
    try {
      let checks = 0
      const seen: string[] = []
      await listTar(handle, { check: () => void checks++, onEntry: h => void seen.push(h.path) })
      // a, b, the two marker blocks, then the zeros after it in 1 MiB reads: 4 + 4 (the last empty).
      expect([checks, seen]).toEqual([8, ['a', 'b']])
      await expect(
        listTar(handle, {
          onEntry: h => {
            if (h.path === 'b') throw new RockError('b refused')
          }
        })
      ).rejects.toThrow('b refused')
      let left = 5
      await expect(
        listTar(handle, {
          check: () => {
            if (--left < 0) throw new RockError('too long')
          }
        })
      ).rejects.toThrow('too long')
    } finally {
      await handle.close()
    }
  })
})
