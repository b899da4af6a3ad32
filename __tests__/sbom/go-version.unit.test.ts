// Where a Go program's version comes from, by the rules alone (no binaries): what the SBOM says
// for each source, in order, and why it says no version. go-version.test.ts checks the same rules
// on the real Pebble and statsd_exporter.
import { describe, expect, it } from '@jest/globals'
import { ldflagsVersion, programVersion, statsdExporterTag } from '../../src/sbom/go-version.js'

const DEVEL = { version: '(devel)' }
const NO_LDFLAGS_X =
  'the build info says (devel) (built from a source tree, not a module version) and sets no -X ...Version in -ldflags'

describe('ldflagsVersion, hostile and odd settings', () => {
  it.each([
    // Not quoted by Go (it starts with no quote), so read as it stands: a stray quote at the end.
    ['-X main.Version=1.0 -w"', '1.0', 'main.Version'],
    // A double-quoted flag inside the setting (cmd/go's quoted.Split).
    ['-X "main.version=1.2"', '1.2', 'main.version'],
    ['-s "-w" -X main.Version=v3', 'v3', 'main.Version']
  ])('reads %s', (ldflags, version, variable) => {
    expect(ldflagsVersion({ '-ldflags': ldflags })).toEqual({ version, variable })
  })

  it.each([
    ['a version not starting with a digit', '-X main.Version=x1.0'],
    ['a version with a space', "-X 'main.Version=1.0 beta'"],
    ['a version with a newline after it', "-X 'main.Version=1.0\nrm -rf'"],
    ['a variable with a space before it', "-X 'evil main.Version=1.0'"],
    ['-X= in the middle of a flag', 'not-X=main.Version=1.0'],
    ['-X= with a newline after the version', "'-X=main.Version=1.0\nx'"],
    ['-X as the last flag', '-s -X'],
    ['a version of 65 characters', `-X main.Version=1${'0'.repeat(64)}`]
  ])('gives nothing for %s', (_what, ldflags) => {
    expect(ldflagsVersion({ '-ldflags': ldflags })).toBeUndefined()
  })

  it('reads a version of 64 characters and --X=', () => {
    expect(ldflagsVersion({ '-ldflags': `--X=a/b.Version=1${'0'.repeat(63)}` })).toEqual({
      version: `1${'0'.repeat(63)}`,
      variable: 'a/b.Version'
    })
  })
})

describe('statsdExporterTag', () => {
  const part = (name: string, value: unknown): Record<string, unknown> => ({
    parts: { 'flask-framework/flask': { 'source-tag': 'v9' }, [name]: value }
  })

  it.each([
    ['flask-framework/statsd-exporter', 'v0.26.0'],
    ['flask-framework.statsd-exporter', '0.28.0']
  ])('reads the %s part', (name, tag) => {
    expect(statsdExporterTag(part(name, { 'source-tag': tag }))).toBe(tag)
  })

  it.each([
    ['no expansion', undefined],
    ['no parts', { name: 'x' }],
    ['parts that are text', { parts: 'flask-framework/statsd-exporter' }],
    ['another part', part('my-statsd-exporter', { 'source-tag': 'v1' })],
    ['a name with text before', part('xflask-framework/statsd-exporter', { 'source-tag': 'v1' })],
    ['a name with text after', part('flask-framework/statsd-exporter2', { 'source-tag': 'v1' })],
    ['a part that is null', part('flask-framework/statsd-exporter', null)],
    ['a number tag', part('flask-framework/statsd-exporter', { 'source-tag': 26 })],
    ['a tag that is no version', part('flask-framework/statsd-exporter', { 'source-tag': 'main' })]
  ])('gives nothing for %s', (_what, expanded) => {
    expect(statsdExporterTag(expanded)).toBeUndefined()
  })
})

describe('programVersion', () => {
  it('takes the main module version Go stamped first', () => {
    expect(
      programVersion({
        program: 'statsd_exporter',
        main: { version: 'v0.27.1' },
        settings: { '-ldflags': '-X main.Version=9' },
        strings: ['8'],
        statsdExporterTag: 'v7'
      })
    ).toEqual({ version: 'v0.27.1', source: 'go-buildinfo', detail: 'the main module version' })
  })

  it('then -ldflags -X, naming the variable', () => {
    expect(
      programVersion({
        program: 'pebble',
        main: DEVEL,
        settings: { '-ldflags': '-X github.com/canonical/pebble/cmd.Version=v1.32.1' },
        strings: ['8']
      })
    ).toEqual({
      version: 'v1.32.1',
      source: 'ldflags',
      detail: '-ldflags -X github.com/canonical/pebble/cmd.Version'
    })
  })

  it('then the one version a Go string holds, as a module version; a source-tag only for statsd_exporter', () => {
    expect(
      programVersion({ program: 'pebble', main: DEVEL, settings: {}, strings: ['v1.19.2'] })
    ).toEqual({
      version: 'v1.19.2',
      source: 'binary-string',
      detail: 'a Go string variable in its data holds "v1.19.2"'
    })
    expect(
      programVersion({
        program: 'pebble',
        main: DEVEL,
        strings: ['1.19.2'],
        statsdExporterTag: 'v2'
      })
    ).toEqual({
      version: 'v1.19.2',
      source: 'binary-string',
      detail: 'a Go string variable in its data holds "1.19.2"'
    })
    expect(
      programVersion({
        program: 'statsd_exporter',
        strings: ['0.26.0'],
        statsdExporterTag: 'v0.26.0'
      })
    ).toEqual({
      version: 'v0.26.0',
      source: 'binary-string',
      detail: 'a Go string variable in its data holds "0.26.0"'
    })
    expect(
      programVersion({
        program: 'statsd_exporter',
        strings: ['0.26.0'],
        statsdExporterTag: 'v0.28.0'
      })
    ).toEqual({
      version: 'v0.26.0',
      source: 'binary-string',
      detail: `a Go string variable in its data holds "0.26.0"; the expansion's source-tag says v0.28.0`
    })
  })

  it("then statsd_exporter's source-tag, when no one string holds a version", () => {
    const tagged = {
      version: 'v0.26.0',
      source: 'expansion-source-tag',
      detail: "rockcraft.yaml's expansion: the statsd-exporter part's source-tag"
    }
    expect(
      programVersion({
        program: 'statsd_exporter',
        main: DEVEL,
        strings: [],
        statsdExporterTag: 'v0.26.0'
      })
    ).toEqual(tagged)
    expect(
      programVersion({
        program: 'statsd_exporter',
        strings: ['1', '2'],
        statsdExporterTag: 'v0.26.0'
      })
    ).toEqual(tagged)
  })

  it.each([
    [
      'a (devel) build, no string, no project',
      { program: 'statsd_exporter', main: DEVEL, settings: {}, strings: [] },
      `${NO_LDFLAGS_X}; no Go string variable in its data holds a version; no project given for its source-tag`
    ],
    [
      'a (devel) build, no string, a project whose expansion names no tag',
      { program: 'statsd_exporter', main: DEVEL, settings: {}, strings: [], projectGiven: true },
      `${NO_LDFLAGS_X}; no Go string variable in its data holds a version; the project's expansion gives the statsd-exporter part no source-tag`
    ],
    [
      'no main module, data not scanned',
      { program: 'pebble', strings: [], scanProblem: 'it is 300 MiB' },
      'the build info names no main module; its data not scanned for a version: it is 300 MiB'
    ],
    [
      'a build info problem, two versions, a tag for another program',
      {
        program: 'pebble',
        main: DEVEL,
        buildInfoProblem: 'no build info: not a Go program',
        strings: ['1.0', 'v2.0'],
        scanProblem: 'unused',
        statsdExporterTag: 'v1'
      },
      'no build info: not a Go program; Go string variables in its data hold 2 versions (1.0, v2.0), so it does not say which'
    ],
    ['nothing looked at but the build info', { program: 'pebble', main: DEVEL }, NO_LDFLAGS_X]
  ])('says why there is none: %s', (_what, input, why) => {
    expect(programVersion(input)).toEqual({ why })
  })
})
