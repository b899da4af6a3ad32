// rockcraft.yaml values typed as PyYAML's safe loader types them, checked against the real PyYAML.
import { expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { loadProjectYaml, pyFloatStr } from '../../src/core/check.js'
import { describeWith, PYYAML } from '../support/real-parts.js'

const LOAD_ALL = `
import json, math, sys, yaml
def plain(v):
    return repr(v) if isinstance(v, float) and not math.isfinite(v) else v
out = []
for doc in json.load(sys.stdin):
    try:
        out.append(plain(yaml.safe_load(doc)["k"]))
    except yaml.YAMLError:
        out.append("<error>")
json.dump(out, sys.stdout, default=str)
`

const describePyYaml = await describeWith('the YAML typing tests against PyYAML', PYYAML)

describePyYaml('plain scalars', () => {
  it('agree with PyYAML on numbers, booleans, nulls and text', () => {
    const token = fc.oneof(
      fc.constantFrom(
        '1',
        '1.0',
        '1e3',
        '1.5e+3',
        '017',
        '0x1f',
        '0b101',
        '1_000',
        '1:30',
        '.5',
        '.inf',
        '-.Inf',
        '.nan',
        'y',
        'n',
        'yes',
        'No',
        'on',
        'OFF',
        'true',
        'False',
        '~',
        'null',
        'Null',
        '',
        '+1',
        '-0',
        '0o17',
        '08',
        '1.2.3',
        '3.10',
        'v1',
        '2024-01-02'
      ),
      fc.stringMatching(/^[0-9a-z.+\-_:]{1,8}$/)
    )
    const values = fc.sample(token, { numRuns: 500, seed: 7 })
    const docs = values.map(v => `k: ${v}\n`)
    const expected = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', LOAD_ALL], { input: JSON.stringify(docs) }).toString()
    ) as unknown[]
    docs.forEach((doc, i) => {
      const ours = loadProjectYaml(doc, 'rockcraft.yaml')
      const theirs = expected[i]
      if (theirs === '<error>') return // PyYAML refuses a few of these; not a typing question
      const k = ours.data?.k ?? null
      const value = typeof k === 'number' && !Number.isFinite(k) ? pyFloatStr(k) : k
      expect({ doc, value: JSON.parse(JSON.stringify(value)) }).toEqual({
        doc,
        value: theirs
      })
    })
  })
})
