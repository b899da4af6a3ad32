// The SBOM of a hostile rock is bounded: a dpkg status of 200,000 packages (523 KB gzipped) and
// 2.1 million packages across status.d give an SBOM of SBOM_BOUNDS.components components at most,
// marked incomplete in CycloneDX's own words, in bounded time and memory; a METADATA outside
// site-packages/dist-packages is no installed distribution; the packages are named by the
// distribution the rock's os-release names (the test rock is Debian, not Ubuntu).
import { describe, expect, it } from '@jest/globals'
import { Spec, Validation } from '@cyclonedx/cyclonedx-library'
import { gzipSync } from 'node:zlib'
import { readRock } from '../../src/rock/index.js'
import { buildSbom, sbomLines, SBOM_BOUNDS, writeRockSbom } from '../../src/sbom/index.js'
import { scratchRocks } from '../rock/support/oci.js'
import { contentsOf } from './support/contents.js'

const scratch = scratchRocks('b')
const rock = scratch.rock
const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6)
const TOOL = { name: 'flask-rock-action', version: '1' }

interface Bom {
  components?: { name: string; version?: string; purl?: string }[]
  compositions?: unknown
  metadata: { properties: { name: string; value: string }[] }
}
const propertiesOf = (bom: Bom, name: string): string[] =>
  bom.metadata.properties.filter(p => p.name === `flask-rock:${name}`).map(p => p.value)

/** n dpkg paragraphs, as short as dpkg takes them (no Status: installed). */
function status(n: number, from = 0): string {
  let text = ''
  for (let i = from; i < from + n; i++) text += `Package: p${i}\nVersion: 1\n\n`
  return text
}

describe('a hostile dpkg status', () => {
  it('of 200,000 packages (about 500 KB gzipped) gives a bounded SBOM marked incomplete, in seconds and bounded memory', async () => {
    const text = status(200_000)
    const gzipped = gzipSync(text).length
    expect(gzipped).toBeLessThan(600_000)
    const file = await rock([
      { path: 'etc/os-release', data: 'NAME="Debian GNU/Linux"\nID=debian\nVERSION_ID="12"\n' },
      { path: 'var/lib/dpkg/status', data: text }
    ])
    const heapBefore = process.memoryUsage().heapUsed
    const started = Date.now()
    const { file: written, summary } = await writeRockSbom(file)
    const ms = Date.now() - started
    const heapGrowth = process.memoryUsage().heapUsed - heapBefore
    const { readFile } = await import('node:fs/promises')
    const json = await readFile(written, 'utf8')
    const bom = JSON.parse(json) as Bom
    const limit = SBOM_BOUNDS.components
    expect(bom.components).toHaveLength(limit)
    expect(bom.components![0]).toMatchObject({
      name: 'p0',
      version: '1',
      purl: 'pkg:deb/debian/p0@1?arch=amd64&distro=debian-12'
    })
    const line = `/var/lib/dpkg/status: the SBOM lists ${limit} components at most; the rest is not listed`
    expect(bom.compositions).toEqual([{ aggregate: 'incomplete' }])
    expect(propertiesOf(bom, 'incomplete')).toEqual([line])
    expect(summary.incomplete).toEqual([line])
    expect(sbomLines(summary).slice(0, 3)).toEqual([
      `Components: 0 Python, ${limit} Debian packages (from dpkg status), 0 Go programs`,
      'Flask unknown, gunicorn unknown, Python unknown, Pebble unknown, statsd_exporter unknown',
      `Incomplete: ${line}`
    ])
    // The schema's uniqueItems makes ajv quadratic in the components: validated at a smaller bound.
    const small = buildSbom({
      contents: await readRock(file),
      tool: TOOL,
      bounds: { components: 300 }
    })
    expect((JSON.parse(small.json) as Bom).compositions).toEqual([{ aggregate: 'incomplete' }])
    expect(await validator.validate(small.json)).toBeNull()
    expect(json.length).toBeLessThan(16 * 1024 * 1024)
    expect(ms).toBeLessThan(20_000)
    // Unbounded, the same rock's SBOM died at the call stack; 2.1 M packages took 4.4 GB of heap.
    expect(heapGrowth).toBeLessThan(512 * 2 ** 20)
    console.log(
      `200,000-package status (${gzipped} bytes gzipped): read + SBOM ${ms} ms, heap +${Math.round(heapGrowth / 2 ** 20)} MiB, SBOM ${Math.round(json.length / 1024)} KiB`
    )
  }, 60_000)

  it('of 2.1 million packages across 10,000 status.d files reads 4096 files and lists the bound, in seconds', () => {
    const files: [string, string][] = [['etc/os-release', 'ID=debian\nVERSION_ID=12\n']]
    // One text for every file (the same 210 packages): what counts is how many there are.
    const text = status(210)
    for (let f = 0; f < 10_000; f++)
      files.push([`var/lib/dpkg/status.d/f${String(f).padStart(5, '0')}`, text])
    const contents = contentsOf(files)
    const started = Date.now()
    const sbom = buildSbom({ contents, tool: TOOL, timestamp: new Date(0) })
    const ms = Date.now() - started
    const limit = SBOM_BOUNDS.components
    expect(sbom.summary.counts).toEqual({ python: 0, ubuntu: limit, go: 0 })
    expect(sbom.summary.incomplete).toEqual([
      `/var/lib/dpkg/status.d: 10000 files; the SBOM reads the first ${SBOM_BOUNDS.statusFiles}`,
      // 20,000 packages fill 95 files of 210 and 50 of the 96th (f00095).
      `/var/lib/dpkg/status.d/f00095: the SBOM lists ${limit} components at most; the rest is not listed`
    ])
    expect((JSON.parse(sbom.json) as Bom).compositions).toEqual([{ aggregate: 'incomplete' }])
    expect(ms).toBeLessThan(20_000)
    console.log(`2.1 M packages across 10,000 status.d files: SBOM ${ms} ms`)
  }, 60_000)

  it('beyond the SBOM memory bound is refused with one line', () => {
    const contents = contentsOf([['var/lib/dpkg/status', status(5000)]])
    expect(() =>
      buildSbom({
        contents,
        tool: TOOL,
        limits: { deadlineMs: 60_000, memoryBytes: 1024 * 1024, unpackedBytes: 0 }
      })
    ).toThrow(/^the read would keep more than 1 MiB in memory$/)
  })

  it('lists every package of a status within the bounds, and says it is complete', () => {
    const sbom = buildSbom({
      contents: contentsOf([['var/lib/dpkg/status', status(3)]]),
      tool: TOOL,
      bounds: { components: 3 }
    })
    expect(sbom.summary.incomplete).toEqual([])
    expect((JSON.parse(sbom.json) as Bom).compositions).toBeUndefined()
    expect(sbom.summary.counts.ubuntu).toBe(3)
  })
})

describe('Python distributions', () => {
  it('count only in site-packages or dist-packages: a METADATA under static/ is a file', async () => {
    const file = await rock([
      {
        path: 'flask/app/static/flask-3.1.1.dist-info/METADATA',
        data: 'Name: Flask\nVersion: 3.1.1\n'
      },
      { path: 'flask/app/x.egg-info/PKG-INFO', data: 'Name: evil\nVersion: 9\n' },
      {
        path: 'usr/lib/python3/dist-packages/flask-2.2.2.egg-info/PKG-INFO',
        data: 'Name: Flask\nVersion: 2.2.2\n'
      },
      {
        path: 'flask/app/.venv/lib/python3.11/site-packages/gunicorn-20.1.0.dist-info/METADATA',
        data: 'Name: gunicorn\nVersion: 20.1.0\n'
      }
    ])
    const sbom = buildSbom({ contents: await readRock(file), tool: TOOL })
    expect(sbom.summary.counts.python).toBe(2)
    expect(sbom.summary.versions).toMatchObject({ flask: '2.2.2', gunicorn: '20.1.0' })
    const bom = JSON.parse(sbom.json) as Bom
    expect(bom.components!.map(c => `${c.name} ${c.version}`).sort()).toEqual([
      'Flask 2.2.2',
      'gunicorn 20.1.0'
    ])
  })
})
