// requirements.txt lines as packaging (22+) reads them: accepted lines give a name, the rest are skipped.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { requirementName, requirementsTxtNames, splitLines } from '../../src/core/requirements.js'

const CASES: [string, string | undefined][] = [
  ['flask', 'flask'],
  ['Flask>=2.0', 'Flask'],
  [' flask == 99', 'flask'],
  ['flask\t', 'flask'],
  ['flask[async]', 'flask'],
  ['flask [async, dotenv] >= 2.0 ; python_version >= "3.8"', 'flask'],
  ['flask[', undefined],
  ['flask[a b]', undefined],
  ['flask==2.*', 'flask'],
  ['flask>=2.*', undefined],
  ['flask==1.0+local', 'flask'],
  ['flask>=1.0+local', undefined],
  ['flask~=2.0', 'flask'],
  ['flask~=2', undefined],
  ['flask===anything-goes', 'flask'],
  ['flask (>=2.0)', 'flask'],
  ['flask (>=2.0', undefined],
  ['flask>=2.0,<3', 'flask'],
  ['flask>=2.0,', 'flask'],
  ['flask>=abc', undefined],
  ['flask @ https://example.com/flask-3.0.tar.gz', 'flask'],
  ['flask@https://example.com/f.whl ; python_version > "3"', 'flask'],
  ['flask @ https://example.com/f.whl junk', undefined],
  ['git+https://github.com/pallets/flask.git#egg=flask', undefined],
  ['https://example.com/flask.whl', undefined],
  ['./vendor/flask', undefined],
  ['-r other.txt', undefined],
  ['-e .', undefined],
  ['--hash=sha256:abc', undefined],
  ['flask==3.0 --hash=sha256:abc', undefined],
  ['flask==3.0 \\', undefined],
  ['# a comment', undefined],
  ['flask # web framework', undefined],
  ['', undefined],
  ['   ', undefined],
  ['flask;', undefined],
  ['flask; python_version < "3.8" and os_name == "posix"', 'flask'],
  ['flask; (python_version < "3.8" or extra == "x")', 'flask'],
  ['flask; platform.machine == "x86_64"', 'flask'],
  ["flask; python_version not in '3.7 3.8'", 'flask'],
  ['flask; python_version notin "3.7"', undefined],
  ['flask; colour == "blue"', undefined],
  ['flask; python_version', undefined],
  ['flask-', undefined],
  ['-flask', undefined],
  ['flask.ext', 'flask.ext'],
  ['Flask_Login', 'Flask_Login'],
  ['\ufeffflask', undefined],
  ['flaské', undefined],
  ['gevent', 'gevent']
]

describe('requirementName', () => {
  for (const [line, name] of CASES) {
    it(`${JSON.stringify(line)} -> ${name ?? 'skipped'}`, () => {
      expect(requirementName(line)).toBe(name)
    })
  }

  it('never throws and answers the same twice on random text', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.stringMatching(/^[a-z0-9 \t.\-_[\],;()<>=!~*+@'"#:/]{0,80}$/)
    )
    fc.assert(
      fc.property(text, line => {
        const first = requirementName(line)
        expect(requirementName(line)).toBe(first)
        if (first !== undefined) expect(line).toContain(first)
      }),
      { numRuns: 3000 }
    )
  })

  it('stays fast on long hostile lines', () => {
    const started = Date.now()
    for (const line of [
      'a' + '-'.repeat(50_000) + '!',
      'flask==' + '1.'.repeat(30_000) + 'x',
      'flask; ' + '('.repeat(5_000) + 'python_version',
      'flask>=1' + 'rc'.repeat(20_000)
    ]) {
      expect(requirementName(line)).toBeUndefined()
    }
    // Loose bound for a slow CI machine; real figures are in bench/.
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('requirements.txt text', () => {
  it('splits lines like Python (CRLF, CR, form feed, U+2028) and lower-cases names', () => {
    expect(splitLines('a\r\nb\rc\fd\u2028e\n')).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(requirementsTxtNames('Flask\r\n-r base.txt\r\nGevent>=22\r\n')).toEqual([
      { name: 'flask', line: 1 },
      { name: 'gevent', line: 3 }
    ])
  })
})
