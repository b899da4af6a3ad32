// The app files the diff compares, against umoci as the oracle: fast-check builds two images of
// two layers each (files under /flask/app, then whiteouts, opaque directories and rewrites), umoci
// unpacks each (as a container runtime applies layers), and the changed, added and removed paths
// with their sizes must be what the two unpacked trees say.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { diffRocks, type FileChange } from '../../src/diff/index.js'
import { scratch, type Entry } from '../rock/support/oci.js'
import { describeWith } from '../support/real-parts.js'
import { rock } from './support.js'

const describeUmoci = await describeWith('the app files against umoci', {
  root: true,
  tools: ['umoci', 'skopeo']
})

const APP = 'flask/app'
const FILES = ['a.py', 'b.txt', 'd/x.py', 'd/y.py', 'e/z.html', 'e/f/w.py']

interface Side {
  base: Record<string, string>
  whiteouts: string[]
  opaque: string[]
  rewrites: Record<string, string>
}

const content = fc.string({ maxLength: 30 })
const side: fc.Arbitrary<Side> = fc.record({
  base: fc.dictionary(fc.constantFrom(...FILES), content, { minKeys: 1 }),
  whiteouts: fc.subarray(['a.py', 'd', 'd/x.py', 'e/f']),
  opaque: fc.subarray(['d', 'e']),
  rewrites: fc.dictionary(fc.constantFrom(...FILES), content)
})

function dirsOf(files: string[]): string[] {
  const dirs = new Set<string>([APP])
  for (const f of files) {
    const parts = f.split('/').slice(0, -1)
    for (let i = 1; i <= parts.length; i++) dirs.add(`${APP}/${parts.slice(0, i).join('/')}`)
  }
  return [...dirs].sort()
}

function build(s: Side): Buffer {
  const layer1: Entry[] = [
    { path: 'flask/', type: '5' },
    ...dirsOf(Object.keys(s.base)).map(d => ({ path: `${d}/`, type: '5' })),
    ...Object.entries(s.base).map(([p, data]) => ({ path: `${APP}/${p}`, data }))
  ]
  const layer2: Entry[] = [
    ...dirsOf([...Object.keys(s.rewrites), ...s.opaque.map(d => `${d}/_`)]).map(d => ({
      path: `${d}/`,
      type: '5'
    })),
    ...s.opaque.map(d => ({ path: `${APP}/${d}/.wh..wh..opq` })),
    ...s.whiteouts.map(w => {
      const i = w.lastIndexOf('/')
      return { path: `${APP}/${w.slice(0, i + 1)}.wh.${w.slice(i + 1)}` }
    }),
    ...Object.entries(s.rewrites).map(([p, data]) => ({ path: `${APP}/${p}`, data }))
  ]
  return rock([{ entries: layer1, gzip: true }, { entries: layer2 }], { User: '584792' })
}

/** The regular files under the unpacked app dir: path -> [size, sha256]. */
async function tree(root: string): Promise<Map<string, [number, string]>> {
  const out = new Map<string, [number, string]>()
  const walk = async (rel: string): Promise<void> => {
    const dir = path.join(root, rel)
    for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const p = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) await walk(p)
      else {
        const data = await fs.readFile(path.join(root, p))
        out.set(p, [data.length, createHash('sha256').update(data).digest('hex')])
      }
    }
  }
  await walk('')
  return out
}

describeUmoci('the app files against umoci', () => {
  let tmp: Awaited<ReturnType<typeof scratch>>
  beforeAll(async () => {
    tmp = await scratch()
  })
  afterAll(() => tmp.remove())

  it('lists what the unpacked trees say changed, came and went (property)', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(side, side, async (a, b) => {
        const dir = path.join(tmp.dir, String(run++))
        await fs.mkdir(dir)
        try {
          const trees = []
          const rocks = []
          for (const [name, s] of [
            ['old', a],
            ['new', b]
          ] as const) {
            const file = path.join(dir, `${name}.rock`)
            await fs.writeFile(file, build(s))
            rocks.push(file)
            const layout = path.join(dir, `${name}-layout`)
            execFileSync(
              'skopeo',
              [
                '--insecure-policy',
                'copy',
                '--preserve-digests',
                `oci-archive:${file}`,
                `oci:${layout}:rock`
              ],
              { stdio: 'pipe' }
            )
            const bundle = path.join(dir, `${name}-bundle`)
            execFileSync('umoci', ['unpack', '--image', `${layout}:rock`, bundle], {
              stdio: 'pipe'
            })
            trees.push(await tree(path.join(bundle, 'rootfs', APP)))
          }
          const [o, n] = trees
          const expected = {
            changed: [] as FileChange[],
            added: [] as FileChange[],
            removed: [] as FileChange[]
          }
          for (const [p, [size, hash]] of n) {
            const before = o.get(p)
            if (!before) expected.added.push({ path: p, newSize: size })
            else if (before[1] !== hash)
              expected.changed.push({ path: p, oldSize: before[0], newSize: size })
          }
          for (const [p, [size]] of o)
            if (!n.has(p)) expected.removed.push({ path: p, oldSize: size })
          for (const list of Object.values(expected))
            list.sort((x, y) => (x.path < y.path ? -1 : 1))

          const diff = await diffRocks(rocks[0], rocks[1])
          const files = (l: FileChange[]): FileChange[] =>
            l.filter(f => f.oldSize !== undefined || f.newSize !== undefined)
          // Directories are listed by the diff too (no size); umoci's trees are compared by files.
          expect({
            changed: files(diff.app.changed),
            added: files(diff.app.added),
            removed: files(diff.app.removed)
          }).toEqual(expected)
        } finally {
          await fs.rm(dir, { recursive: true, force: true })
        }
      }),
      { numRuns: 25 }
    )
  }, 300_000)
})
