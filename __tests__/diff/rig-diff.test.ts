// `flask-rock diff` of two rig rocks that differ as a dependency bump does: one distribution moves
// version, one comes in with its code (the app layer grows), and app.py changes. Built from real
// parts (the Debian root filesystem, the real Pebble and statsd_exporter), compared whole.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { createGunzip } from 'node:zlib'
import { diffJson, diffRocks, diffText, sizeText } from '../../src/diff/index.js'
import { readRock } from '../../src/rock/index.js'
import { describeWith } from '../support/real-parts.js'
import { EXAMPLES } from '../smoke/support/harness.js'
import { buildTestRock, type TestRock } from '../smoke/support/rock.js'

const describeRig = await describeWith('the diff of two rig rocks', {
  root: true,
  tools: ['mmdebstrap', 'skopeo', 'tar', 'gzip']
})

const SITE = 'lib/python3.11/site-packages'
const metadata = (name: string, version: string): string =>
  `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: test\n\nlong description\n`

describeRig('the diff of two rig rocks', () => {
  let dir = ''
  let oldRock: TestRock
  let newRock: TestRock
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-diff-rig-'))
    const oldApp = path.join(dir, 'old-app')
    const newApp = path.join(dir, 'new-app')
    await fs.cp(path.join(EXAMPLES, 'flask-gevent'), oldApp, { recursive: true })
    await fs.cp(path.join(EXAMPLES, 'flask-gevent'), newApp, { recursive: true })
    await fs.appendFile(path.join(newApp, 'app.py'), '\n\n# requests 2.32 now\n')
    oldRock = await buildTestRock(
      {
        app: oldApp,
        out: path.join(dir, 'old.rock'),
        files: { [`${SITE}/requests-2.31.0.dist-info/METADATA`]: metadata('requests', '2.31.0') }
      },
      dir
    )
    newRock = await buildTestRock(
      {
        app: newApp,
        out: path.join(dir, 'new.rock'),
        files: {
          [`${SITE}/requests-2.32.3.dist-info/METADATA`]: metadata('requests', '2.32.3'),
          [`${SITE}/urllib3-2.2.1.dist-info/METADATA`]: metadata('urllib3', '2.2.1'),
          [`${SITE}/urllib3/__init__.py`]: '# urllib3\n'.repeat(3000)
        }
      },
      dir
    )
  }, 600_000)
  afterAll(() => fs.rm(dir, { recursive: true, force: true }))

  /** What skopeo (the oracle) says of a rock: its manifest's digest and layers. */
  function inspect(rock: string): { digest: string; layers: { digest: string; size: number }[] } {
    const raw = execFileSync('skopeo', ['inspect', '--raw', `oci-archive:${rock}`])
    const manifest = JSON.parse(raw.toString('utf8')) as {
      layers: { digest: string; size: number }[]
    }
    return {
      digest: `sha256:${createHash('sha256').update(raw).digest('hex')}`,
      layers: manifest.layers
    }
  }

  /** A gzip layer's unpacked size, by tar and zlib: the archive's blob gunzipped and counted. */
  async function unpacked(rock: string, digest: string): Promise<number> {
    const tar = spawn('tar', ['-xOf', rock, `blobs/sha256/${digest.slice(7)}`])
    let size = 0
    for await (const chunk of tar.stdout.pipe(createGunzip())) size += (chunk as Buffer).length
    return size
  }

  it('says what a dependency bump changes, the summary first, as skopeo and zlib measure it', async () => {
    const started = performance.now()
    const diff = await diffRocks(oldRock.file, newRock.file)
    const diffMs = performance.now() - started
    const text = diffText(diff)

    const [o, n] = [inspect(oldRock.file), inspect(newRock.file)]
    expect(o.layers[0].digest).toBe(n.layers[0].digest) // the root filesystem, shared
    const base = await unpacked(oldRock.file, o.layers[0].digest)
    const [oApp, nApp] = [
      await unpacked(oldRock.file, o.layers[1].digest),
      await unpacked(newRock.file, n.layers[1].digest)
    ]
    const change = (a: number, b: number): string =>
      `${sizeText(a)} -> ${sizeText(b)} (+${sizeText(b - a)})`
    const compressed = (m: typeof o): number => m.layers[0].size + m.layers[1].size
    const app = path.join(dir, 'old-app', 'app.py')
    const [oldPy, newPy] = [
      (await fs.stat(app)).size,
      (await fs.stat(path.join(dir, 'new-app', 'app.py'))).size
    ]
    expect(text).toBe(
      [
        `Rock diff: ${oldRock.file} (${o.digest.slice(0, 19)}) -> ${newRock.file} (${n.digest.slice(0, 19)})`,
        `  Size:                 ${change(compressed(o), compressed(n))} compressed; ${change(base + oApp, base + nApp)} unpacked`,
        '  Layers:               2 -> 2, 1 differ',
        '  Python distributions: 1 added, 1 changed',
        '  Ubuntu packages:      no change',
        '  Go modules:           no change',
        '  Config:               no change',
        '  Pebble services:      no change',
        '  Files in /flask/app:  1 changed',
        '',
        'Layers (compressed; unpacked):',
        `  1  unchanged  ${sizeText(o.layers[0].size)}; ${sizeText(base)}`,
        `  2  ${change(o.layers[1].size, n.layers[1].size)}; ${change(oApp, nApp)}`,
        '',
        'Python distributions:',
        '  + urllib3 2.2.1',
        '  ~ requests 2.31.0 -> 2.32.3',
        '',
        'Files in /flask/app (first 20 of each):',
        `  ~ app.py  ${oldPy} B -> ${newPy} B (+${newPy - oldPy} B)`,
        ''
      ].join('\n')
    )
    // The same diff as JSON: exact bytes where the text rounds.
    const json = JSON.parse(diffJson(diff)) as typeof diff
    expect(json.size).toEqual({
      compressed: [compressed(o), compressed(n)],
      unpacked: [base + oApp, base + nApp]
    })
    expect(json.app.changed).toEqual([{ path: 'app.py', oldSize: oldPy, newSize: newPy }])

    // Speed: the two reads run side by side; against reading the larger rock alone, alternated
    // three times (the machine is shared: medians, and the load printed with them).
    const times = { diff: [diffMs], alone: [] as number[] }
    for (let i = 0; i < 3; i++) {
      let t = performance.now()
      await readRock(newRock.file)
      times.alone.push(performance.now() - t)
      t = performance.now()
      await diffRocks(oldRock.file, newRock.file)
      times.diff.push(performance.now() - t)
    }
    const median = (xs: number[]): number =>
      [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
    const load = (await fs.readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
    console.log(
      `rig diff: median ${Math.round(median(times.diff))} ms (${times.diff.map(Math.round).join(', ')}); ` +
        `reading the larger rock alone: median ${Math.round(median(times.alone))} ms (${times.alone.map(Math.round).join(', ')}); ` +
        `${(median(times.diff) / median(times.alone)).toFixed(2)}x; load ${load} on ${os.cpus().length} cores`
    )
  }, 300_000)
})
