// Whatever names, versions and paths two rocks hold, the summary section stays HTML (every line
// one whole element, and GitHub's cmark-gfm passes it through unchanged) and the text stays one
// line per item with no control character (fast-check).
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { diffHtml, diffText, type Changed, type RockDiff } from '../../src/diff/index.js'

const hostile = fc.string({
  unit: fc.constantFrom(
    '\n',
    '\r',
    '#',
    '<',
    '>',
    '`',
    '|',
    '[',
    ']',
    '(',
    ')',
    'a',
    ' ',
    '-',
    '*',
    '&',
    ':',
    '\u001b',
    '\u2028',
    '\u202e',
    '_'
  ),
  minLength: 1,
  maxLength: 12
})
const changed = fc.record({ name: hostile, old: hostile, new: hostile }) as fc.Arbitrary<Changed>
const changes = fc.array(changed, { maxLength: 3 })
const versions = fc.record({
  added: changes,
  removed: changes,
  changed: changes,
  unchanged: fc.nat(5)
})
const file = fc.record({ path: hostile, oldSize: fc.nat(1e6), newSize: fc.nat(1e6) })

const diffArb: fc.Arbitrary<RockDiff> = fc.record({
  old: fc.record({
    given: hostile,
    digest: fc.constant(`sha256:${'a'.repeat(64)}`),
    layers: fc.nat(3)
  }),
  new: fc.record({
    given: hostile,
    digest: fc.constant(`sha256:${'b'.repeat(64)}`),
    layers: fc.nat(3)
  }),
  size: fc.record({
    compressed: fc.tuple(fc.nat(1e9), fc.nat(1e9)),
    unpacked: fc.tuple(
      fc.option(fc.nat(1e9), { nil: undefined }),
      fc.option(fc.nat(1e9), { nil: undefined })
    )
  }),
  layers: fc.constant([]),
  python: versions,
  ubuntu: versions,
  go: versions,
  config: changes,
  pebble: changes,
  app: fc.record({
    dir: fc.constant(['flask/app', 'app'] as [string, string]),
    unchanged: fc.nat(9),
    changed: fc.array(file, { maxLength: 3 }),
    added: fc.array(file, { maxLength: 3 }),
    removed: fc.array(file, { maxLength: 3 })
  }),
  problems: fc.array(hostile, { maxLength: 2 })
})

describe('rendering hostile rocks', () => {
  it('the summary section: one whole HTML element a line, no raw <, no line break inside (property)', () => {
    fc.assert(
      fc.property(diffArb, d => {
        const html = diffHtml(d)
        expect(html.endsWith('\n')).toBe(true)
        for (const line of html.slice(0, -1).split('\n')) {
          expect(line).toMatch(/^<(h3|p|table)>.*<\/(h3|p|table)>$/)
          // Only our own tags: any '<' from the rocks is escaped.
          expect(line.replace(/<\/?(h3|p|table|tr|th|td|code|wbr)>/g, '')).not.toMatch(
            /[<>\r\u2028]/
          )
        }
      }),
      { numRuns: 300 }
    )
  })

  const withCmark = existsSync('/usr/bin/cmark-gfm') ? it : it.skip
  withCmark("GitHub's renderer (cmark-gfm) passes the section through unchanged (property)", () => {
    fc.assert(
      fc.property(diffArb, d => {
        const html = diffHtml(d)
        const rendered = execFileSync(
          'cmark-gfm',
          ['--unsafe', '-e', 'table', '-e', 'tagfilter', '-e', 'autolink'],
          {
            input: html,
            encoding: 'utf8'
          }
        )
        expect(rendered).toBe(html)
      }),
      { numRuns: 40 }
    )
  })

  it('the text: no control character, no line from a name (property)', () => {
    fc.assert(
      fc.property(diffArb, d => {
        const text = diffText(d)
        expect(text).not.toMatch(
          // eslint-disable-next-line no-control-regex
          /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/
        )
        // Every line is ours: a header, a summary row, a list item, or blank.
        for (const line of text.trimEnd().split('\n')) {
          expect(line).toMatch(/^(Rock diff: | {2}|[A-Z][A-Za-z /()0-9,;]*:$|$)/)
        }
      }),
      { numRuns: 300 }
    )
  })
})
