// The emitter against the real PyYAML (Debian's python3-yaml under /usr/bin/python3), dumping the
// same data with craft-application's settings: the oracle for "how expand-extensions prints".
import { expect, it } from '@jest/globals'
import fc from 'fast-check'
import { dumpPyYaml, type YamlValue } from '../../src/core/pyyaml.js'
import { pyyamlDump } from './helpers.js'
import { describeWith, PYYAML } from '../support/real-parts.js'

const describe = await describeWith('the PyYAML comparison tests', PYYAML)

const pyyaml = (docs: YamlValue[]): string[] => pyyamlDump(docs)

describe('dumpPyYaml matches PyYAML', () => {
  it('prints a project-shaped document byte for byte', () => {
    const doc: YamlValue = {
      name: 'flask-sync',
      version: '0.1',
      summary: "It's a summary: with 'quotes' and # not a comment",
      description: 'Line one\nline two\n',
      base: 'bare',
      platforms: { amd64: { 'build-on': ['amd64'], 'build-for': ['amd64'] } },
      parts: {
        'flask-framework/dependencies': {
          plugin: 'python',
          'stage-packages': [],
          'python-requirements': ['requirements.txt'],
          'build-environment': [{ PARTS_PYTHON_INTERPRETER: 'python3.12' }],
          permissions: [{ owner: 584792, group: 584792 }]
        },
        logging: { 'override-build': 'craftctl default\nmkdir -p $CRAFT_PART_INSTALL/opt' }
      },
      services: {
        flask: {
          command:
            "/bin/python3 -m gunicorn -c /flask/gunicorn.conf.py 'app:app' -k [ sync ] and a long tail of words to fold",
          after: ['statsd-exporter']
        }
      },
      odd: [
        '',
        'true',
        '0.1',
        '012',
        'null',
        '- x',
        ': y',
        'a: b',
        'tab\there',
        ' lead',
        'trail ',
        '2024-01-02',
        '~',
        'x\n\n',
        '\nlead',
        'é ü 😀',
        'a\u2028b',
        '#c',
        'k #c',
        'yes',
        'On'
      ],
      nested: [[1, 2], [], {}, [{ a: [{ b: 'c' }] }], null, true, false, 1.5, -3]
    }
    expect(dumpPyYaml(doc)).toBe(pyyaml([doc])[0])
  })

  it('agrees on random documents', () => {
    const key = fc.string({ minLength: 1, maxLength: 12 }).filter(k => !k.includes('\n'))
    const text = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.stringMatching(/^[a-z :'"#\-[\]{},\n\t\u2028\x85]{0,100}$/),
      fc.constantFrom(
        'true',
        'no',
        '1e3',
        '0x1F',
        '1_000',
        '.inf',
        '12:30:00',
        'null',
        '<<',
        '=',
        '---',
        '...',
        ''
      )
    )
    const value: fc.Arbitrary<YamlValue> = fc.letrec<{ v: YamlValue }>(tie => ({
      v: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 4 }),
        fc.dictionary(key, tie('v'), { maxKeys: 4 })
      )
    })).v
    const docs = fc.sample(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), {
      numRuns: 400,
      seed: 42
    })
    const expected = pyyaml(docs)
    docs.forEach((d, i) => expect(dumpPyYaml(d)).toBe(expected[i]))
  })
})
