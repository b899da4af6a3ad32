// The SBOM's readers of a rock's package records (src/sbom/parse.ts): Python METADATA, dpkg status
// paragraphs, os-release and a Go program's build info, each field checked against its format;
// what each gives, whole, and the problem it names (never the file's text) when a field is
// missing or malformed.
import { describe, expect, it } from '@jest/globals'
import {
  dpkgEntries,
  dpkgPackages,
  goBuildInfo,
  osRelease,
  pythonDist
} from '../../src/sbom/parse.js'
import { buildInfo } from './support/go-build-info.js'

const meta = (text: string, truncated = false, directory = 'flask-3.0.3.dist-info') =>
  pythonDist(Buffer.from(text), truncated, directory)

describe('a Python distribution from its METADATA', () => {
  it('reads Name and Version from the headers, the first of each, any case, CRLF or LF', () => {
    expect(
      meta(
        'Metadata-Version: 2.1\r\nNAME:  Flask \r\nversion: 3.0.3\r\nName: other\r\n\r\nName: body'
      )
    ).toStrictEqual({ value: { name: 'Flask', version: '3.0.3' }, problem: undefined })
  })

  it('reads no further than the headers: the body is not a header', () => {
    expect(meta('Version: 1.0\n\nName: from-the-body\n')).toStrictEqual({
      value: { name: 'flask', version: '1.0' },
      problem: 'METADATA has no Name; name taken from the directory name'
    })
  })

  it('skips continuation lines and lines without a key', () => {
    expect(
      meta(
        'Summary: x\n Name: continued\n\tName: tabbed\n: no key\nno colon\nName: a.b_c-d\nVersion: 1!2.0+local_1\n'
      )
    ).toStrictEqual({ value: { name: 'a.b_c-d', version: '1!2.0+local_1' }, problem: undefined })
  })

  it('takes a key only before a colon, and a directory name without a version whole', () => {
    expect(meta('Namex\nName: flask\nVersion: 1\n').value).toStrictEqual({
      name: 'flask',
      version: '1'
    })
    expect(meta('Version: 1\n', false, 'flask.dist-info').value).toStrictEqual({
      name: 'flask',
      version: '1'
    })
  })

  it('names what is missing, and where it looked when the file was cut', () => {
    expect(meta('Version: 1.0', true)).toStrictEqual({
      value: { name: 'flask', version: '1.0' },
      problem: 'no Name in the first 64 KiB of METADATA; name taken from the directory name'
    })
    // Cut, but its headers ended (a blank line) before the cut: the Name is not there at all.
    expect(meta('Version: 1.0\n\nlong description', true).problem).toBe(
      'METADATA has no Name; name taken from the directory name'
    )
    expect(meta('Name: Flask\n')).toStrictEqual({
      value: { name: 'Flask', version: undefined },
      problem: 'METADATA has no Version'
    })
  })

  it('refuses a Name or Version the format does not allow, without quoting it', () => {
    for (const bad of ['-flask', 'flask-', 'fl ask', 'fl\u0007ask', `a${'b'.repeat(200)}`, '']) {
      expect(meta(`Name: ${bad}\nVersion: 1.0\n`, false, 'x-1.0.egg-info')).toStrictEqual({
        value: { name: 'x', version: '1.0' },
        problem:
          'METADATA has a Name that is not a distribution name; name taken from the directory name'
      })
    }
    expect(meta(`Name: a${'b'.repeat(199)}\nVersion: 1\n`).value?.name).toHaveLength(200)
    expect(meta('Name: A\nVersion: 1\n').value).toStrictEqual({ name: 'A', version: '1' })
    for (const bad of ['.1', '1 0', '1,0', 'v'.repeat(129), '']) {
      expect(meta(`Name: Flask\nVersion: ${bad}\n`)).toStrictEqual({
        value: { name: 'Flask', version: undefined },
        problem: 'METADATA has a Version that is not a version'
      })
    }
    expect(meta(`Name: Flask\nVersion: ${'v'.repeat(128)}\n`).value?.version).toHaveLength(128)
  })

  it('gives no distribution when neither the METADATA nor the directory names one', () => {
    expect(meta('Version: 1.0\n', false, '-bad-1.0.dist-info')).toStrictEqual({
      problem: 'METADATA has no Name'
    })
    expect(meta('Name: @\n', false, '.dist-info')).toStrictEqual({
      problem: 'METADATA has a Name that is not a distribution name'
    })
    expect(meta('Version: 2\n', false, 'pkg.dist-info-1.dist-info')).toStrictEqual({
      value: { name: 'pkg.dist', version: '2' },
      problem: 'METADATA has no Name; name taken from the directory name'
    })
  })
})

describe('dpkg status paragraphs', () => {
  const status = [
    'Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nSource: glibc\nVersion: 2.39-0ubuntu8\nDescription: C\n library',
    'Package: gone\nStatus: deinstall ok config-files\nVersion: 1.0',
    'Package: Bad_Name\nVersion: 1.0',
    'Package: zlib1g\nVersion: 1:1.3.dfsg-3.1ubuntu2\nSource: zlib (1:1.3.dfsg-3.1ubuntu2)\nArchitecture: amd64',
    'Package: base-files\nVersion: 13ubuntu10\nSource: base-files',
    'Package: tzdata\nVersion: 2024a-2ubuntu1\nArchitecture: all\nSource: Not A Source'
  ].join('\n\n')

  it('reads each installed package, its architecture and source when they say more than its name', () => {
    expect(dpkgPackages(status)).toStrictEqual({
      packages: [
        { name: 'libc6', version: '2.39-0ubuntu8', arch: 'amd64', source: 'glibc' },
        { name: 'zlib1g', version: '1:1.3.dfsg-3.1ubuntu2', arch: 'amd64', source: 'zlib' },
        { name: 'base-files', version: '13ubuntu10' },
        { name: 'tzdata', version: '2024a-2ubuntu1', arch: 'all' }
      ],
      unreadable: 1
    })
  })

  it('reads one paragraph at a time, split by blank lines holding spaces too', () => {
    const entries = dpkgEntries(
      '\n\nPackage: a\nVersion: 1\n \t\nPackage: b\nVersion: 2\n\n\n\nPackage: c\nVersion: 3\nStatus: deinstall ok config-files\n'
    )
    expect(entries.next().value).toStrictEqual({ name: 'a', version: '1' })
    expect([...entries]).toStrictEqual([{ name: 'b', version: '2' }, 'not installed'])
    expect([...dpkgEntries('')]).toStrictEqual([])
    expect([...dpkgEntries('\n \n\n')]).toStrictEqual([])
  })

  it('reads a paragraph after three newlines (its first line is the blank one left over)', () => {
    expect(
      dpkgPackages('Package: a\nVersion: 1\n\n\nPackage: b\nVersion: 2\n').packages
    ).toStrictEqual([
      { name: 'a', version: '1' },
      { name: 'b', version: '2' }
    ])
  })

  it('counts a paragraph unreadable when a field breaks its format', () => {
    const unreadable = [
      'Version: 1.0',
      'Package: a',
      'Package: a b\nVersion: 1',
      'Package: -a\nVersion: 1',
      `Package: a${'b'.repeat(128)}\nVersion: 1`,
      'Package: a\nVersion: :1',
      'Package: a\nVersion: 1 2',
      'Package: a\nVersion: x:1',
      `Package: a\nVersion: 1${'0'.repeat(128)}`,
      'Package: a\nVersion: 1\nArchitecture: AMD64',
      `Package: a\nVersion: 1\nArchitecture: ${'a'.repeat(33)}`
    ]
    for (const p of unreadable) expect([...dpkgEntries(p)]).toStrictEqual(['unreadable'])
    expect([
      ...dpkgEntries(
        `Package: a${'b'.repeat(127)}\nVersion: 12:1${'0'.repeat(118)}~rc+1.a-b\nArchitecture: ${'a'.repeat(32)}`
      )
    ]).toStrictEqual([
      {
        name: `a${'b'.repeat(127)}`,
        version: `12:1${'0'.repeat(118)}~rc+1.a-b`,
        arch: 'a'.repeat(32)
      }
    ])
  })

  it('takes "installed" only as the status\'s last word', () => {
    const entry = (s: string) => [...dpkgEntries(`Package: a\nVersion: 1\nStatus: ${s}`)][0]
    expect(entry('install ok installed')).toStrictEqual({ name: 'a', version: '1' })
    expect(entry('install ok installed-ish')).toBe('not installed')
    expect(entry('install ok uninstalled')).toBe('not installed')
    // dpkg's own states that end in "installed" after a hyphen: not in the image.
    expect(entry('purge ok not-installed')).toBe('not installed')
    expect(entry('install reinstreq half-installed')).toBe('not installed')
  })
})

describe('os-release', () => {
  it('reads ID, VERSION_ID and NAME, quoted either way or bare', () => {
    expect(
      osRelease('NAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n')
    ).toStrictEqual({
      id: 'ubuntu',
      versionId: '24.04',
      name: 'Ubuntu'
    })
    expect(
      osRelease(
        "PRETTY_NAME='x'\nID='debian'\nNAME='Debian GNU/Linux (x) 1.0+a_b-c'\nVERSION_ID=12"
      )
    ).toStrictEqual({
      id: 'debian',
      versionId: '12',
      name: 'Debian GNU/Linux (x) 1.0+a_b-c'
    })
  })

  it('gives no release without a plain ID, and leaves out a VERSION_ID or NAME that is not plain', () => {
    expect(osRelease('NAME=Ubuntu\n')).toBeUndefined()
    expect(osRelease('ID=\n')).toBeUndefined()
    expect(osRelease('ID=Ubuntu\n')).toBeUndefined()
    expect(osRelease(`ID=${'a'.repeat(33)}\n`)).toBeUndefined()
    expect(osRelease('XID=ubuntu\n')).toBeUndefined()
    expect(osRelease('ID=ubuntu linux\n')).toBeUndefined()
    expect(osRelease('ID="ubuntu\n"\n')).toBeUndefined()
    expect(
      osRelease(`ID=${'a'.repeat(32)}\nVERSION_ID=${'1'.repeat(33)}\nNAME= leading space`)
    ).toStrictEqual({
      id: 'a'.repeat(32)
    })
    expect(osRelease(`ID=a.b_c-d\nVERSION_ID="1 0"\nNAME="${'N'.repeat(65)}"`)).toStrictEqual({
      id: 'a.b_c-d'
    })
    expect(osRelease(`ID=x\nVERSION_ID=${'1'.repeat(32)}\nNAME=${'N'.repeat(64)}`)).toStrictEqual({
      id: 'x',
      versionId: '1'.repeat(32),
      name: 'N'.repeat(64)
    })
    expect(osRelease('ID=x\nVERSION_ID=\nNAME=\n')).toStrictEqual({ id: 'x' })
    expect(osRelease('ID=x\nNAME="a;b"\nVERSION_ID=1/2')).toStrictEqual({ id: 'x' })
  })
})

describe("a Go program's build info", () => {
  it('reads the path, main module, deps, replacements and settings, whole', () => {
    const info = buildInfo(
      [
        'path\tgithub.com/canonical/pebble/cmd/pebble',
        'mod\tgithub.com/canonical/pebble\t(devel)\t',
        'dep\tgolang.org/x/sys\tv0.30.0\th1:abc=',
        '=>\t../sys\t',
        'dep\tgopkg.in/yaml.v3\tv3.0.1\th1:def=',
        '=>\texample.com/yaml~fork\tv3.0.2-0.2024+x\th1:ghi=',
        'dep\tgithub.com/a/b\tv1.0.0\t',
        '=>\t./b\t',
        'dep\tgithub.com/c/d\tv1.0.0\t',
        '=>\t../../d',
        'build\t-ldflags=-s -w -X a.Version=1',
        'build\tCGO_ENABLED=0',
        'build\tvcs.modified=',
        ''
      ].join('\n')
    )
    expect(goBuildInfo(info)).toStrictEqual({
      value: {
        goVersion: 'go1.22.5',
        path: 'github.com/canonical/pebble/cmd/pebble',
        main: { path: 'github.com/canonical/pebble', version: '(devel)' },
        deps: [
          {
            path: 'golang.org/x/sys',
            version: 'v0.30.0',
            replacedBy: { path: '../sys', version: '(devel)' }
          },
          {
            path: 'gopkg.in/yaml.v3',
            version: 'v3.0.1',
            replacedBy: { path: 'example.com/yaml~fork', version: 'v3.0.2-0.2024+x' }
          },
          {
            path: 'github.com/a/b',
            version: 'v1.0.0',
            replacedBy: { path: './b', version: '(devel)' }
          },
          {
            path: 'github.com/c/d',
            version: 'v1.0.0',
            replacedBy: { path: '../../d', version: '(devel)' }
          }
        ],
        settings: { '-ldflags': '-s -w -X a.Version=1', CGO_ENABLED: '0', 'vcs.modified': '' }
      },
      problem: undefined
    })
  })

  it('reads a modinfo longer than 127 bytes (a two-byte length) and the longest fields', () => {
    const path = `a${'b'.repeat(255)}`
    const version = `v${'1'.repeat(127)}`
    const setting = `k=${'v'.repeat(4093)}`
    expect(
      goBuildInfo(
        buildInfo(`mod\t${path}\t${version}\nbuild\t${setting}\n`, `go1${'.0'.repeat(31)}1`)
      )
    ).toStrictEqual({
      value: {
        goVersion: `go1${'.0'.repeat(31)}1`,
        path: '',
        main: { path, version },
        deps: [],
        settings: { k: 'v'.repeat(4093) }
      },
      problem: undefined
    })
  })

  it('counts the lines it does not read, and keeps no bad path, module, replacement or setting', () => {
    const info = buildInfo(
      [
        '=>\tno.module/yet\tv1.0.0',
        'path\tPath/ok+~._-',
        'path\t-bad',
        'path',
        'mod\tgithub.com/x/y\t1.0.0',
        'mod',
        'dep\tgithub.com/x/z\tv',
        '=>\tgithub.com/after/bad-dep\tv1.0.0',
        'dep\tgithub.com/x/w\tx(devel)',
        'dep\tgithub.com/x/v',
        'dep\tgithub.com/x/u\tv1',
        '=>\t../',
        '=>\t../-x\tv2',
        // 257 characters: one over, even though a ../ inside it would bring it under.
        `=>\ta${'b'.repeat(200)}/../${'c'.repeat(52)}`,
        '=>',
        `dep\ta${'b'.repeat(256)}\tv1`,
        `dep\tgithub.com/x/t\tv${'1'.repeat(129)}`,
        'build\t=x',
        'build\tno-equals',
        'build',
        `build\tk=${'v'.repeat(4094)}`,
        'unknown\tline',
        '\tindented'
      ].join('\n')
    )
    expect(goBuildInfo(info)).toStrictEqual({
      value: {
        goVersion: 'go1.22.5',
        path: 'Path/ok+~._-',
        main: undefined,
        deps: [{ path: 'github.com/x/u', version: 'v1' }],
        settings: {}
      },
      problem: '8 build info lines not read'
    })
  })

  it('reads a modinfo of one byte between its frames, and none from a shorter frame', () => {
    const one = Buffer.concat([Buffer.alloc(16, 0x30), Buffer.from('x'), Buffer.alloc(16, 0x31)])
    expect(goBuildInfo(buildInfo('', 'go1.21', one)).problem).toBe('1 build info lines not read')
    expect(goBuildInfo(buildInfo('', 'go1.21', Buffer.alloc(32, 0x30)))).toStrictEqual({
      value: { goVersion: 'go1.21', path: '', deps: [], settings: {} },
      problem: undefined
    })
    expect(goBuildInfo(buildInfo('', 'go1.21', Buffer.from('x')))).toStrictEqual({
      value: { goVersion: 'go1.21', path: '', deps: [], settings: {} },
      problem: undefined
    })
  })

  it.each([
    ['no magic', Buffer.from('\x7fELF\x02\x01\x01'), 'no Go build info in the binary'],
    [
      'a magic one byte off',
      Buffer.concat([Buffer.from('\xff Go buildinf;', 'latin1'), buildInfo('').subarray(14)]),
      'no Go build info in the binary'
    ],
    [
      'flags without the inline bit',
      Buffer.concat([
        buildInfo('').subarray(0, 15),
        Buffer.from([0x1]),
        buildInfo('').subarray(16)
      ]),
      'Go build info in the pre-1.18 form, which is not read'
    ],
    ['a Go version without go', buildInfo('', '1.22'), 'Go build info has no Go version'],
    ['a Go version with text before', buildInfo('', 'xgo1.22'), 'Go build info has no Go version'],
    ['a Go version with a space', buildInfo('', 'go1.22 x'), 'Go build info has no Go version'],
    [
      'a Go version of 67 characters',
      buildInfo('', `go1${'0'.repeat(64)}`),
      'Go build info has no Go version'
    ],
    [
      'only the header',
      buildInfo('').subarray(0, 32),
      'Go build info cut short or larger than 64 KiB'
    ],
    [
      'a length past the end',
      buildInfo('mod\tx.io/m\tv1\n').subarray(0, -1),
      'Go build info cut short or larger than 64 KiB'
    ],
    [
      'a length of more than five bytes',
      Buffer.concat([
        buildInfo('').subarray(0, 32),
        Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x00]),
        Buffer.alloc(64)
      ]),
      'Go build info cut short or larger than 64 KiB'
    ]
  ])('names %s', (_what, data, problem) => {
    expect(goBuildInfo(data)).toStrictEqual({ problem })
  })

  it('takes the flags byte with other bits set', () => {
    const info = buildInfo('path\tx.io/m\n')
    info[15] = 0xff
    expect(goBuildInfo(info).value?.path).toBe('x.io/m')
  })
})
