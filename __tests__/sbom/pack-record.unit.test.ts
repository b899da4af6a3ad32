// The stage-packages craft-parts recorded in each part's pull state (src/sbom/pack-record.ts), read
// from a project's parts/ directory as destructive mode leaves it: what the SBOM gets, whole, and
// the one line it names for each part it could not read. The parts directory is the project's,
// so hostile: links, FIFOs, huge files and YAML bombs are read as problems, never followed or
// waited on.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { readPackRecord, type PackRecord } from '../../src/sbom/pack-record.js'
import { tempDir } from '../support/temp.js'

/** A project whose parts/<name>/state/pull holds each text (null: the part has no state). */
function project(parts: Record<string, string | null>): string {
  const dir = tempDir('flask-rock-pack-record-')
  for (const [name, text] of Object.entries(parts)) {
    mkdirSync(path.join(dir, 'parts', name, 'state'), { recursive: true })
    if (text !== null) writeFileSync(path.join(dir, 'parts', name, 'state', 'pull'), text)
  }
  return dir
}

/** The record in a fixed order (readdir's order is the file system's). */
const sorted = (record: PackRecord | undefined): PackRecord | undefined =>
  record && {
    packages: [...record.packages].sort((a, b) =>
      `${a.part} ${a.name}`.localeCompare(`${b.part} ${b.name}`)
    ),
    problems: [...record.problems].sort()
  }

describe('the pack record', () => {
  it('lists every part’s stage-packages, a chisel slice by name only, and counts what it cannot read', async () => {
    const dir = project({
      app: [
        'assets:',
        '  stage-packages:',
        '  - python3-venv=3.12.3-0ubuntu2',
        '  - libc6=2.39-0ubuntu8.4',
        '  - base-files_base',
        '  - g++-13=13.2.0-23ubuntu4',
        '  - tzdata=2024a-3ubuntu1.1~24.04',
        '  - lib.x=1:2.0+dfsg-1',
        `  - long=${'1'.repeat(128)}`,
        `  - too-long=${'1'.repeat(129)}`,
        '  - ../../etc/passwd',
        '  - Upper=1',
        '  - -dash=1',
        '  - name=',
        '  - name=1 2',
        '  - libc6_slice_two',
        '  - 7',
        '  - [a]',
        ''
      ].join('\n'),
      runtime: 'assets:\n  stage-packages:\n  - 0ad_data-x9\n',
      'no-state': null,
      'no-assets': 'source-details: null\n',
      'no-packages': 'assets:\n  source-details: {}\n',
      'null-packages': 'assets:\n  stage-packages: null\n',
      'empty-file': '',
      'not-a-list': 'assets:\n  stage-packages: python3=3.12\n',
      'not-yaml': 'assets: [\n'
    })
    writeFileSync(path.join(dir, 'parts', 'a-file'), 'not a part')
    expect(sorted(await readPackRecord(dir))).toStrictEqual({
      packages: [
        { name: 'python3-venv', version: '3.12.3-0ubuntu2', part: 'app' },
        { name: 'libc6', version: '2.39-0ubuntu8.4', part: 'app' },
        { name: 'base-files_base', part: 'app' },
        { name: 'g++-13', version: '13.2.0-23ubuntu4', part: 'app' },
        { name: 'tzdata', version: '2024a-3ubuntu1.1~24.04', part: 'app' },
        { name: 'lib.x', version: '1:2.0+dfsg-1', part: 'app' },
        { name: 'long', version: '1'.repeat(128), part: 'app' },
        { name: '0ad_data-x9', part: 'runtime' }
      ].sort((a, b) => `${a.part} ${a.name}`.localeCompare(`${b.part} ${b.name}`)),
      problems: [
        'parts/app/state/pull: 9 stage-packages entries not read',
        'parts/not-a-list/state/pull: stage-packages is not a list',
        'parts/not-yaml/state/pull: not YAML'
      ]
    })
  })

  it('has none without a parts directory, or with parts/ a file', async () => {
    const dir = tempDir('flask-rock-pack-record-')
    expect(await readPackRecord(dir)).toBeUndefined()
    writeFileSync(path.join(dir, 'parts'), '')
    expect(await readPackRecord(dir)).toBeUndefined()
    mkdirSync(path.join(dir, 'empty', 'parts'), { recursive: true })
    expect(await readPackRecord(path.join(dir, 'empty'))).toStrictEqual({
      packages: [],
      problems: []
    })
  })

  it('follows no link, waits on no FIFO, reads no directory, no file over 1 MiB and no YAML bomb, and leaves no file open', async () => {
    const pad = (size: number): string => {
      const head = 'assets:\n  stage-packages:\n  - big=1\n#'
      return head + 'x'.repeat(size - head.length - 1) + '\n'
    }
    const dir = project({
      link: null,
      fifo: null,
      directory: null,
      'one-mib': pad(1024 * 1024),
      'over-one-mib': pad(1024 * 1024 + 1),
      bomb: [
        'a: &a [x, x]',
        ...Array.from({ length: 16 }, (_, i) => `b${i}: [*a]`),
        'assets:',
        '  stage-packages: [bomb=1]',
        ''
      ].join('\n'),
      'fifteen-aliases': [
        'a: &a [x]',
        ...Array.from({ length: 15 }, (_, i) => `b${i}: [*a]`),
        'assets:',
        '  stage-packages: [aliased=1]',
        ''
      ].join('\n')
    })
    const outside = path.join(dir, 'outside')
    writeFileSync(outside, 'assets:\n  stage-packages:\n  - secret=1\n')
    symlinkSync(outside, path.join(dir, 'parts', 'link', 'state', 'pull'))
    execFileSync('mkfifo', [path.join(dir, 'parts', 'fifo', 'state', 'pull')])
    mkdirSync(path.join(dir, 'parts', 'directory', 'state', 'pull'))
    // Each file it opens is closed, read or refused (a project of 256 parts would hold 256).
    const open = (): number => readdirSync('/proc/self/fd').length
    const before = open()
    const record = await readPackRecord(dir)
    expect(open()).toBe(before)
    expect(sorted(record)).toStrictEqual({
      packages: [
        { name: 'aliased', version: '1', part: 'fifteen-aliases' },
        { name: 'big', version: '1', part: 'one-mib' }
      ],
      problems: [
        'parts/bomb/state/pull: not YAML',
        'parts/directory/state/pull: not a regular file',
        'parts/fifo/state/pull: not a regular file',
        'parts/link/state/pull: ELOOP',
        'parts/over-one-mib/state/pull: larger than 1 MiB'
      ]
    })
  })

  it('reads the first 256 parts', async () => {
    const parts: Record<string, string> = {}
    for (let i = 0; i < 257; i++) parts[`p${i}`] = `assets:\n  stage-packages: [pkg${i}=1]\n`
    const record = await readPackRecord(project(parts))
    expect(record?.packages.length).toBe(256)
    expect(record?.problems).toStrictEqual([])
  })
})
