// The versions of the rock's Go programs on the real Pebble and statsd_exporter (../shared/runtime:
// built from their tags with -trimpath, so their build info says `mod ... (devel)` and records no
// -ldflags). The programs themselves are the oracle: what `--version` prints.
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
  tools: [PEBBLE, STATSD]
})

describeReal('the real Pebble and statsd_exporter in a rock', () => {
  let work: Awaited<ReturnType<typeof scratch>>
  let contents: Awaited<ReturnType<typeof readRock>>
  beforeAll(async () => {
    work = await scratch()
    const entries = [
      { path: 'usr/bin/pebble', mode: 0o755, data: readFileSync(PEBBLE) },
      { path: 'bin/statsd_exporter', mode: 0o755, data: readFileSync(STATSD) }
    ]
    contents = await readRock(await work.write('go.rock', tarball(image([{ entries }]).entries)))
  }, 60_000)
  afterAll(() => work?.remove())

  const programs = (project?: { statsdExporterTag?: string }): Record<string, Component> => {
    const sbom = buildSbom({ contents, project, tool: TOOL, timestamp: new Date(0) })
    const bom = JSON.parse(sbom.json) as { components: Component[] }
    return Object.fromEntries(bom.components.map(c => [path.basename(property(c, 'path')[0]), c]))
  }

  it('say (devel) and record no -ldflags: Pebble stays unknown, and says why', () => {
    // The oracle: the program prints its version, which nothing in its build info states.
    expect(execFileSync(PEBBLE, ['version', '--client'], { encoding: 'utf8' })).toBe('v1.32.1\n')
    const { pebble } = programs()
    expect(pebble.name).toBe('github.com/canonical/pebble')
    expect(pebble.version).toBeUndefined()
    expect(property(pebble, 'version-source')).toEqual([])
    expect(property(pebble, 'unknown')).toEqual([
      'version: the build info says (devel) (built from a source tree, not a module version) and sets no -X ...Version in -ldflags'
    ])
  })

  it("name statsd_exporter by the expansion's source-tag when the project is known, which is what it prints", async () => {
    const check = await checkProject(path.resolve('examples/flask-sync'))
    const tag = statsdExporterTag(check.expanded)
    expect(tag).toBe('v0.26.0')
    const printed = execFileSync(STATSD, ['--version'], { encoding: 'utf8' }).split('\n')[0]
    expect(printed).toMatch(
      /^statsd_exporter, version 0\.26\.0 \(branch: HEAD, revision: [0-9a-f]{40}\)$/
    )
    expect(`v${/version ([^ ]+)/.exec(printed)![1]}`).toBe(tag)

    const known = programs({ statsdExporterTag: tag }).statsd_exporter
    expect(known).toMatchObject({
      name: 'github.com/prometheus/statsd_exporter',
      version: 'v0.26.0',
      purl: 'pkg:golang/github.com/prometheus/statsd_exporter@v0.26.0'
    })
    expect(property(known, 'version-source')).toEqual([
      "rockcraft.yaml's expansion: statsd-exporter source-tag"
    ])
    expect(property(known, 'unknown')).toEqual([])

    const unknown = programs().statsd_exporter
    expect(unknown.version).toBeUndefined()
    expect(property(unknown, 'unknown')).toEqual([
      'version: the build info says (devel) (built from a source tree, not a module version) and sets no -X ...Version in -ldflags; no project given for its source-tag'
    ])
  }, 60_000)
})
