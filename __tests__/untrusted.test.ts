import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { fencedLines, printable, writeUntrusted } from '../src/process/untrusted.js'

describe('untrusted text in the log', () => {
  const hostile = 'ok\n::set-output name=digest::x\r\n  ::add-mask::secret\r::stop-commands::y'

  it('is fenced by stop-commands with a token, every line kept', () => {
    expect(fencedLines(hostile, 'T0K3N')).toEqual([
      '::stop-commands::T0K3N',
      'ok',
      '::set-output name=digest::x',
      '  ::add-mask::secret',
      '::stop-commands::y',
      '::T0K3N::'
    ])
  })

  it('gets a fresh 32-hex-digit token each time', () => {
    const a = fencedLines('x')[0]
    const b = fencedLines('x')[0]
    expect(a).toMatch(/^::stop-commands::[0-9a-f]{32}$/)
    expect(a).not.toBe(b)
    const lines = fencedLines('x')
    expect(lines.at(-1)).toBe(`::${lines[0].slice('::stop-commands::'.length)}::`)
  })

  it('is fenced on a runner and printed as it is elsewhere', () => {
    const onRunner: string[] = []
    writeUntrusted('a\n::error::b', l => onRunner.push(l), true)
    expect(onRunner).toHaveLength(4)
    expect(onRunner.slice(1, 3)).toEqual(['a', '::error::b'])
    expect(onRunner[0]).toMatch(/^::stop-commands::/)
    const local: string[] = []
    writeUntrusted('a\n::error::b', l => local.push(l), false)
    expect(local).toEqual(['a', '::error::b'])
  })
})

describe('writeUntrusted on a runner', () => {
  const written = (text: string): string[] => {
    const lines: string[] = []
    writeUntrusted(text, l => lines.push(l), true)
    return lines
  }

  it('prints a plain line as it is', () => {
    expect(written('Loading app_1.0_amd64.rock into Docker as app:1.0\n')).toEqual([
      'Loading app_1.0_amd64.rock into Docker as app:1.0'
    ])
  })

  it.each([
    ['a line break', 'a\nb', ['a', 'b']],
    ['a lone carriage return', 'a\r::error::b', ['a', '::error::b']],
    ['a command after spaces', '\t ::add-mask::x', ['\t ::add-mask::x']],
    ['a :: anywhere', 'name: x::y', ['name: x::y']],
    ['the legacy ##[ anywhere', 'ok ##[set-output name=a;]b', ['ok ##[set-output name=a;]b']]
  ])('fences text holding %s', (_what, text, body) => {
    const lines = written(text)
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[0])?.[1]
    expect(lines).toEqual([`::stop-commands::${token}`, ...body, `::${token}::`])
  })
})

describe('printable (what the CLI prints of a rock or an app)', () => {
  it('removes every control character but tab and line feed, and keeps all else', () => {
    expect(printable('a\tb\nc\r\nd\re\x1b[31mred\x1b[0m\x07\x00\x7f\u0085\u009b2J é ✓')).toBe(
      'a\tb\nc\nde[31mred[0m2J é ✓'
    )
  })

  it('leaves no C0 or C1 control but tab and line feed in generated text, dropping nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), text => {
        const out = printable(text)
        // Unicode's Cc category but tab and line feed, code point by code point.
        const control = (ch: string): boolean => {
          const c = ch.codePointAt(0)!
          return (c <= 0x1f && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f)
        }
        expect([...out].filter(control)).toEqual([])
        const kept = [...text.replace(/\r\n/g, '\n')].filter(ch => !control(ch))
        expect(out).toBe(kept.join(''))
      }),
      { numRuns: 500, seed: 23 }
    )
  })
})
