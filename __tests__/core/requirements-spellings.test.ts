// More requirements.txt spellings, each answer checked against packaging 26 (`Requirement(line)`)
// when written: version forms (pre, post, dev releases, epochs, local labels, wildcards), every
// specifier and marker operator including `in` and `not in`, every marker variable, extras, URL
// requirements and the whitespace packaging allows between them.
import { describe, expect, it } from '@jest/globals'
import { requirementName, requirementsTxtNames, splitLines } from '../../src/core/requirements.js'

/** Lines packaging accepts, with the name it gives. */
const ACCEPTED: [string, string][] = [
  ['flask==1.0rc1', 'flask'],
  ['flask==1.0RC1', 'flask'],
  ['flask==1.0.post1', 'flask'],
  ['flask==1.0.dev0', 'flask'],
  ['flask==1.0a1', 'flask'],
  ['flask==1.0b2', 'flask'],
  ['flask==1.0c3', 'flask'],
  ['flask==1.0alpha1', 'flask'],
  ['flask==1.0beta', 'flask'],
  ['flask==1.0preview1', 'flask'],
  ['flask==1.0pre1', 'flask'],
  ['flask==1.0-1', 'flask'],
  ['flask==1.0.rev1', 'flask'],
  ['flask==1.0r1', 'flask'],
  ['flask==1.0rc1.post2.dev3', 'flask'],
  ['flask==1.0-rc_1', 'flask'],
  ['flask==1!2.0', 'flask'],
  ['flask==v1.0', 'flask'],
  ['flask==V1.0', 'flask'],
  ['flask~=1.0rc1', 'flask'],
  ['flask~=1.0.post1', 'flask'],
  ['flask~=1.0.dev1', 'flask'],
  ['flask~=1!1.0', 'flask'],
  ['flask~=v1.0', 'flask'],
  ['flask>=1.0.post1', 'flask'],
  ['flask>=1.0rc1', 'flask'],
  ['flask>=1.0.dev1', 'flask'],
  ['flask>=1!1.0', 'flask'],
  ['flask>=v1.0', 'flask'],
  ['flask<1.0a1', 'flask'],
  ['flask!=1.0.*', 'flask'],
  ['flask!=1.0+loc.al-1', 'flask'],
  ['flask==1.0+loc_al', 'flask'],
  ['flask<=2', 'flask'],
  ['flask<2', 'flask'],
  ['flask>2', 'flask'],
  ['flask===x;python_version>"3"', 'flask'],
  ['flask === x', 'flask'],
  ['flask (==1.0, <2)', 'flask'],
  ['flask ( ==1.0 , <2 )', 'flask'],
  ['flask(==1.0)', 'flask'],
  ['flask (==1.0) ; extra == "x"', 'flask'],
  ['flask==1.0;extra=="x"', 'flask'],
  ['flask==1.0 ;extra=="x"', 'flask'],
  ['flask[a,b]', 'flask'],
  ['flask[ a , b ]', 'flask'],
  ['flask[]', 'flask'],
  ['flask[ ]', 'flask'],
  ['flask[a] ', 'flask'],
  ['flask [a]', 'flask'],
  ['flask[a.b-c_d]', 'flask'],
  ['flask; "3" in python_version', 'flask'],
  ['flask; python_version in "3.8 3.9"', 'flask'],
  ['flask; python_version not in "3.8"', 'flask'],
  ['flask; python_version not	in "3.8"', 'flask'],
  ['flask; python_version not  in "3.8"', 'flask'],
  ['flask; python_version>"3" or extra=="x"', 'flask'],
  ['flask; python_version>"3" and extra=="x"', 'flask'],
  ['flask;python_version>"3"and os_name=="x"', 'flask'],
  ['flask; python_version>"3"or(extra=="x")', 'flask'],
  ['flask; ((python_version>"3"))', 'flask'],
  ['flask; python_full_version == "3.8.0"', 'flask'],
  ['flask; os.name == "posix"', 'flask'],
  ['flask; os_name == "posix"', 'flask'],
  ['flask; sys.platform == "linux"', 'flask'],
  ['flask; sys_platform == "linux"', 'flask'],
  ['flask; platform_release == "x"', 'flask'],
  ['flask; platform_system == "Linux"', 'flask'],
  ['flask; platform.version == "x"', 'flask'],
  ['flask; platform_version == "x"', 'flask'],
  ['flask; platform.machine == "x"', 'flask'],
  ['flask; platform_machine == "x"', 'flask'],
  ['flask; platform.python_implementation == "x"', 'flask'],
  ['flask; platform_python_implementation == "x"', 'flask'],
  ['flask; python_implementation == "x"', 'flask'],
  ['flask; implementation_name == "x"', 'flask'],
  ['flask; implementation_version == "x"', 'flask'],
  ["flask; extra == 'x'", 'flask'],
  ["flask; 'x' == 'y'", 'flask'],
  ['flask; "x" == extra', 'flask'],
  ['flask; python_version === "3"', 'flask'],
  ['flask; python_version ~= "3"', 'flask'],
  ['flask; python_version != "3"', 'flask'],
  ['flask; python_version <= "3"', 'flask'],
  ['flask; python_version >= "3"', 'flask'],
  ['flask; python_version < "3"', 'flask'],
  ['flask; python_version > "3"', 'flask'],
  ['flask;python_version=="3"', 'flask'],
  ['flask ;python_version=="3"', 'flask'],
  ['flask; python_version=="3" ', 'flask'],
  ['flask @ https://x/f.whl;python_version>"3"', 'flask'],
  ['flask @ https://x/f.whl ', 'flask'],
  ['flask @ https://x/f.whl  ', 'flask'],
  ['flask @https://x/f.whl', 'flask'],
  ['flask @ https://x/f.whl ; python_version>"3"', 'flask'],
  ['flask @ https://x/f.whl	;python_version>"3"', 'flask'],
  ['flask[a]@https://x', 'flask'],
  ['flask[a] @ https://x', 'flask'],
  ['flask[a]==1.0', 'flask'],
  ['flask [a] ==1.0', 'flask'],
  ['1flask', '1flask'],
  ['flask_', 'flask_'],
  ['Flask.Ext', 'Flask.Ext'],
  ['a', 'a'],
  ['A1', 'A1'],
  ['flask	==1.0', 'flask'],
  ['	flask', 'flask'],
  ['flask==1.0	', 'flask'],
  ['flask==1.0,', 'flask'],
  ['flask==1.0, <2', 'flask'],
  ['flask==1.0 ,<2', 'flask'],
  ['flask()', 'flask'],
  ['flask ( )', 'flask'],
  ['flask==1.0-a', 'flask'],
  ['flask==1.0.post', 'flask'],
  ['flask==1.0post', 'flask'],
  ['flask==1.0dev', 'flask'],
  ['flask==1.0-dev', 'flask'],
  ['flask==1.0_dev', 'flask'],
  ['flask==1.0rc-1', 'flask'],
  ['flask==1.0rc.1', 'flask'],
  ['flask==1.0.rc1', 'flask'],
  ['flask==1.0-rc1', 'flask'],
  ['flask==1.0_rc1', 'flask'],
  ['flask==01.0', 'flask'],
  ['flask==1', 'flask'],
  ['flask==1.0.0.0.0', 'flask'],
  ['flask==1.0a1.post1.dev1+x', 'flask'],
  ['flask>=1.0a', 'flask'],
  ['flask==1.0+x.y_z-w', 'flask'],
  ['flask==1.0+X', 'flask'],
  ['flask==1.*', 'flask'],
  ['flask==1.0.*', 'flask'],
  ['flask==1.0.*,<2', 'flask'],
  ['flask!=1.*', 'flask'],
  ['flask~=1.0', 'flask'],
  ['flask~=1.0.0', 'flask'],
  ['flask ~= 1.0', 'flask'],
  ['flask==1.0rc1+x', 'flask'],
  ['flask==1.0.post1+x', 'flask'],
  ['flask==1!1.0+x', 'flask'],
  ['flask==1.0.dev1+x', 'flask']
]

/** Lines packaging rejects: rockcraft skips them. */
const REFUSED: string[] = [
  'flask~=1.0+local',
  'flask~=1.0.*',
  'flask==1.0+',
  'flask==1.*.1',
  'flask==1.0+local.*',
  'flask===foo bar',
  'flask[a,]',
  'flask[a,,b]',
  'flask[a',
  'flask a',
  'flask a,b',
  'flask a]',
  'flaska]',
  'flask; python_version not',
  'flask; python_version in',
  'flask; python_version notin "3"',
  'flask; python_version innot "3"',
  'flask; python_version>"3" xor extra=="x"',
  'flask;python_version>"3"andos_name=="x"',
  'flask; (python_version>"3"',
  'flask; python_version>"3")',
  'flask; xextra == "x"',
  'flask; python_version = "3"',
  'flask; python_version == "3',
  'flask; python_version == 3',
  'flask@',
  'flask @ ',
  '_flask',
  'flask==1.0,,<2',
  'flask==1.0 <2',
  'flask ==',
  'flask==',
  'flask(',
  'flask==1.0.',
  'flask==1..0',
  'flask==.1',
  'flask==1.0-',
  'flask>=1.0a1.post1.dev1+x',
  'flask>=1.0+x',
  'flask==1.0+x.',
  'flask==1.0.*.1',
  'flask~=1.*',
  'flask~=1'
]

describe('requirementName, as packaging reads the line', () => {
  it.each(ACCEPTED)('%j gives %j', (line, name) => {
    expect(requirementName(line)).toBe(name)
  })

  it.each(REFUSED)('%j is skipped', line => {
    expect(requirementName(line)).toBeUndefined()
  })
})

describe('marker nesting', () => {
  const nested = (depth: number): string =>
    `flask; ${'('.repeat(depth)}python_version > "3"${')'.repeat(depth)}`

  it('accepts 100 levels of parentheses and refuses more, rather than recurse without bound', () => {
    expect(requirementName(nested(100))).toBe('flask')
    expect(requirementName(nested(101))).toBeUndefined()
  })
})

describe('splitLines, as Python str.splitlines()', () => {
  it('splits on every separator Python knows, CRLF as one', () => {
    expect(splitLines('a\nb\r\nc\rd\ve\ff\x1cg\x1dh\x1ei\x85j\u2028k\u2029l')).toEqual([
      ...'abcdefghijkl'
    ])
  })

  it('drops one trailing empty line only; empty text has no lines', () => {
    expect(splitLines('')).toEqual([])
    expect(splitLines('a\n')).toEqual(['a'])
    expect(splitLines('a\n\n')).toEqual(['a', ''])
    expect(splitLines('\na')).toEqual(['', 'a'])
  })
})

describe('requirementsTxtNames', () => {
  it('gives every accepted line, lower-cased, with its 1-based number', () => {
    const text = [
      '# web',
      'Flask[async]>=3.0rc1',
      '',
      '-r base.txt',
      'gevent ; python_version in "3.10 3.12"',
      'Gunicorn @ https://example.com/g.whl',
      'redis==5.0.post1 --hash=sha256:abc'
    ].join('\n')
    expect(requirementsTxtNames(text)).toEqual([
      { name: 'flask', line: 2 },
      { name: 'gevent', line: 5 },
      { name: 'gunicorn', line: 6 }
    ])
  })
})
