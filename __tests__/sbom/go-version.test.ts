// The versions of the rock's Go programs on the real Pebble and statsd_exporter (../shared/runtime:
// built from their tags with -trimpath, so their build info says `mod ... (devel)` and records no
// -ldflags). The programs themselves are the oracle: what `--version` prints. The scan that finds
// a version in their data is tested against hostile binaries in __tests__/rock/go-version-scan.test.ts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { checkProject } from '../../src/core/index.js'
import { readRock } from '../../src/rock/index.js'
import { buildSbom, statsdExporterTag } from '../../src/sbom/index.js'
import { ldflagsVersion } from '../../src/sbom/go-version.js'
import { describeWith } from '../support/real-parts.js'
import { runtimeDir } from '../smoke/support/rock.js'
import { image, scratch, tarball } from '../rock/support/oci.js'

const PEBBLE = path.join(runtimeDir(), 'pebble-1.32.1')
const PEBBLE_OLD = path.join(runtimeDir(), 'pebble-1.19.2')
const STATSD = path.join(runtimeDir(), 'statsd_exporter-0.26.0')
const TOOL = { name: 'flask-rock-action', version: '1' }

interface Component {
  name: string
  version?: string
  purl?: string
  properties?: { name: string; value: string }[]
}
const property = (c: Component, name: string): string[] =>
  (c.properties ?? []).filter(p => p.name === `flask-rock:${name}`).map(p => p.value)

describe('ldflagsVersion', () => {
  it.each([
    [
      '-X github.com/canonical/pebble/cmd.Version=v1.32.1',
      'v1.32.1',
      'github.com/canonical/pebble/cmd.Version'
    ],
    // Go quotes a setting with spaces (strconv.Quote) in the build info.
    [
      '"-s -w -X github.com/prometheus/common/version.Version=0.26.0 -X github.com/prometheus/common/version.Branch=HEAD"',
      '0.26.0',
      'github.com/prometheus/common/version.Version'
    ],
    ['"-X \'main.version=1.2.3+dirty\'"', '1.2.3+dirty', 'main.version'],
    ['-X=main.Version=v2.0.0-rc.1', 'v2.0.0-rc.1', 'main.Version']
  ])('reads %s', (ldflags, version, variable) => {
    expect(ldflagsVersion({ '-ldflags': ldflags })).toEqual({ version, variable })
  })

  it.each([
    ['no -ldflags (a -trimpath build records none)', {}],
    ['no -X', { '-ldflags': '-s -w' }],
    ['-X of another variable', { '-ldflags': '-X main.Revision=abc' }],
    ['a value that is no version', { '-ldflags': '"-X main.Version=$(reboot)"' }],
    ['a bad quote', { '-ldflags': '"-X main.Version=1' }]
  ])('gives nothing for %s', (_what, settings: Record<string, string>) => {
    expect(ldflagsVersion(settings)).toBeUndefined()
  })
})

const describeReal = await describeWith('Go program versions on the real runtime binaries', {
  runtime: true,
  tools: [PEBBLE, PEBBLE_OLD, STATSD]
})

describeReal('the real Pebble and statsd_exporter in a rock', () => {
  let work: Awaited<ReturnType<typeof scratch>>
  /** The rock's read, the real programs at their rock paths, and one with its version unset. */
  let contents: Awaited<ReturnType<typeof readRock>>
  beforeAll(async () => {
    work = await scratch()
    const entries = [
      { path: 'usr/bin/pebble', mode: 0o755, data: readFileSync(PEBBLE) },
      { path: 'old/usr/bin/pebble', mode: 0o755, data: readFileSync(PEBBLE_OLD) },
      { path: 'bin/statsd_exporter', mode: 0o755, data: readFileSync(STATSD) },
      { path: 'unset/bin/statsd_exporter', mode: 0o755, data: unsetVersion(readFileSync(STATSD)) }
    ]
    contents = await readRock(await work.write('go.rock', tarball(image([{ entries }]).entries)))
  }, 60_000)
  afterAll(() => work?.remove())

  const programs = (project?: { statsdExporterTag?: string }): Record<string, Component> => {
    const sbom = buildSbom({ contents, project, tool: TOOL, timestamp: new Date(0) })
    const bom = JSON.parse(sbom.json) as { components: Component[] }
    return Object.fromEntries(bom.components.map(c => [property(c, 'path')[0], c]))
  }
  const told = (c: Component): string[] => [
    c.name,
    c.version ?? '-',
    c.purl ?? '-',
    ...property(c, 'version-source'),
    ...property(c, 'version-detail'),
    ...property(c, 'unknown')
  ]

  it('say (devel) and record no -ldflags: the Pebbles are named by the Go string variable that --version prints', () => {
    // The oracle: what each program prints, which nothing in its build info states.
    expect(execFileSync(PEBBLE, ['version', '--client'], { encoding: 'utf8' })).toBe('v1.32.1\n')
    expect(execFileSync(PEBBLE_OLD, ['version', '--client'], { encoding: 'utf8' })).toBe(
      'v1.19.2\n'
    )
    const found = programs()
    expect(told(found['/usr/bin/pebble'])).toEqual([
      'github.com/canonical/pebble',
      'v1.32.1',
      'pkg:golang/github.com/canonical/pebble@v1.32.1',
      'binary-string',
      'a Go string variable in its data holds "v1.32.1"'
    ])
    expect(told(found['/old/usr/bin/pebble'])).toEqual([
      'github.com/canonical/pebble',
      'v1.19.2',
      'pkg:golang/github.com/canonical/pebble@v1.19.2',
      'binary-string',
      'a Go string variable in its data holds "v1.19.2"'
    ])
  })

  it('name statsd_exporter by the -X string it prints, project or not; the source-tag agrees', async () => {
    const printed = execFileSync(STATSD, ['--version'], { encoding: 'utf8' }).split('\n')[0]
    expect(printed).toBe(
      'statsd_exporter, version 0.26.0 (branch: HEAD, revision: 2c7fd1edd4bdf01982a648b689da10e5bcff860d)'
    )
    const check = await checkProject(path.resolve('examples/flask-sync'))
    const tag = statsdExporterTag(check.expanded)
    expect(tag).toBe('v0.26.0')
    const stated = [
      'github.com/prometheus/statsd_exporter',
      'v0.26.0',
      'pkg:golang/github.com/prometheus/statsd_exporter@v0.26.0',
      'binary-string',
      'a Go string variable in its data holds "0.26.0"'
    ]
    expect(told(programs()['/bin/statsd_exporter'])).toEqual(stated)
    expect(told(programs({ statsdExporterTag: tag })['/bin/statsd_exporter'])).toEqual(stated)
    // A tag that disagrees with the binary is named beside what the binary says.
    expect(
      told(programs({ statsdExporterTag: 'v0.28.0' })['/bin/statsd_exporter']).slice(3)
    ).toEqual([
      'binary-string',
      'a Go string variable in its data holds "0.26.0"; the expansion\'s source-tag says v0.28.0'
    ])
  })

  it("fall back to the expansion's source-tag when no string variable holds a version, else say why", async () => {
    const unset = '/unset/bin/statsd_exporter'
    expect(told(programs({ statsdExporterTag: 'v0.26.0' })[unset])).toEqual([
      'github.com/prometheus/statsd_exporter',
      'v0.26.0',
      'pkg:golang/github.com/prometheus/statsd_exporter@v0.26.0',
      'expansion-source-tag',
      "rockcraft.yaml's expansion: the statsd-exporter part's source-tag"
    ])
    expect(told(programs()[unset])).toEqual([
      'github.com/prometheus/statsd_exporter',
      '-',
      'pkg:golang/github.com/prometheus/statsd_exporter',
      'version: the build info says (devel) (built from a source tree, not a module version) and sets no -X ...Version in -ldflags; no Go string variable in its data holds a version; no project given for its source-tag'
    ])
  })
})

/**
 * The binary with its version variable's length zeroed (the -X value's string header in its
 * data, found the way `go tool nm` would if the binary had symbols: by its bytes): the program
 * as built without -X.
 */
function unsetVersion(binary: Buffer): Buffer {
  const copy = Buffer.from(binary)
  const value = copy.indexOf('HEAD\0\0\0\x000.26.0\0', 0, 'latin1') + 8
  expect(value).toBeGreaterThan(8)
  // .rodata's file offset and address are 0x55c000 and 0x95c000 in this build (readelf -S).
  const address = BigInt(value - 0x55c000 + 0x95c000)
  let at = -1
  for (let i = 0; i + 16 <= copy.length; i += 8) {
    if (copy.readBigUInt64LE(i) === address && copy.readBigUInt64LE(i + 8) === 6n) at = i
  }
  expect(at).toBeGreaterThan(0)
  copy.writeBigUInt64LE(0n, at + 8)
  return copy
}
