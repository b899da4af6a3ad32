// YAML text exactly as PyYAML's SafeDumper writes it with craft-application's settings
// (sort_keys=False, allow_unicode=True, strings with a newline in literal "|" style): that is how
// `rockcraft expand-extensions` prints a project. Written from PyYAML's emitter rules: block style,
// lists not indented under their key, plain scalars folded at a single space past column 80,
// strings that would read back as another type single-quoted.

export type YamlValue =
  string | number | boolean | null | undefined | YamlValue[] | { [key: string]: YamlValue }

const BEST_INDENT = 2
const BEST_WIDTH = 80
const BREAKS = '\n\x85\u2028\u2029'
const SPACE_OR_BREAK = '\0 \t\r\n\x85\u2028\u2029'

// PyYAML's implicit resolvers: a plain scalar matching one of these is not read back as a string.
const IMPLICIT = [
  /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/,
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/,
  /^(?:<<)$/,
  /^(?:~|null|Null|NULL|)$/,
  /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/,
  /^(?:=)$/
]

// Python's re `$` also matches just before a final "\n".
function resolvesToString(value: string): boolean {
  const probe = value.endsWith('\n') ? value.slice(0, -1) : value
  return !IMPLICIT.some(re => re.test(value) || re.test(probe))
}

interface Analysis {
  empty: boolean
  multiline: boolean
  allowFlowPlain: boolean
  allowBlockPlain: boolean
  allowSingleQuoted: boolean
  allowBlock: boolean
}

function isPrintableUnicode(cp: number): boolean {
  return (
    (cp === 0x85 ||
      (cp >= 0xa0 && cp <= 0xd7ff) ||
      (cp >= 0xe000 && cp <= 0xfffd) ||
      (cp >= 0x10000 && cp < 0x10ffff)) &&
    cp !== 0xfeff
  )
}

function analyze(chars: string[]): Analysis {
  const n = chars.length
  if (n === 0) {
    return {
      empty: true,
      multiline: false,
      allowFlowPlain: false,
      allowBlockPlain: true,
      allowSingleQuoted: true,
      allowBlock: false
    }
  }
  let blockIndicators = false
  let flowIndicators = false
  let lineBreaks = false
  let special = false
  let leadingSpace = false
  let leadingBreak = false
  let trailingSpace = false
  let trailingBreak = false
  let breakSpace = false
  let spaceBreak = false
  const text = chars.join('')
  if (text.startsWith('---') || text.startsWith('...')) {
    blockIndicators = true
    flowIndicators = true
  }
  let precededByWhitespace = true
  let followedByWhitespace = n === 1 || SPACE_OR_BREAK.includes(chars[1])
  let previousSpace = false
  let previousBreak = false
  for (let i = 0; i < n; i++) {
    const ch = chars[i]
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) {
        flowIndicators = true
        blockIndicators = true
      }
      if (ch === '?' || ch === ':') {
        flowIndicators = true
        if (followedByWhitespace) blockIndicators = true
      }
      if (ch === '-' && followedByWhitespace) {
        flowIndicators = true
        blockIndicators = true
      }
    } else {
      if (',?[]{}'.includes(ch)) flowIndicators = true
      if (ch === ':') {
        flowIndicators = true
        if (followedByWhitespace) blockIndicators = true
      }
      if (ch === '#' && precededByWhitespace) {
        flowIndicators = true
        blockIndicators = true
      }
    }
    if (BREAKS.includes(ch)) lineBreaks = true
    const cp = ch.codePointAt(0)!
    if (!(ch === '\n' || (cp >= 0x20 && cp <= 0x7e))) {
      if (!isPrintableUnicode(cp)) special = true
    }
    if (ch === ' ') {
      if (i === 0) leadingSpace = true
      if (i === n - 1) trailingSpace = true
      if (previousBreak) breakSpace = true
      previousSpace = true
      previousBreak = false
    } else if (BREAKS.includes(ch)) {
      if (i === 0) leadingBreak = true
      if (i === n - 1) trailingBreak = true
      if (previousSpace) spaceBreak = true
      previousSpace = false
      previousBreak = true
    } else {
      previousSpace = false
      previousBreak = false
    }
    precededByWhitespace = SPACE_OR_BREAK.includes(ch)
    followedByWhitespace = i + 2 >= n || SPACE_OR_BREAK.includes(chars[i + 2])
  }
  const a: Analysis = {
    empty: false,
    multiline: lineBreaks,
    allowFlowPlain: true,
    allowBlockPlain: true,
    allowSingleQuoted: true,
    allowBlock: true
  }
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
    a.allowFlowPlain = a.allowBlockPlain = false
  }
  if (trailingSpace) a.allowBlock = false
  if (breakSpace) a.allowFlowPlain = a.allowBlockPlain = a.allowSingleQuoted = false
  if (spaceBreak || special) {
    a.allowFlowPlain = a.allowBlockPlain = a.allowSingleQuoted = a.allowBlock = false
  }
  if (lineBreaks) a.allowFlowPlain = a.allowBlockPlain = false
  if (flowIndicators) a.allowFlowPlain = false
  if (blockIndicators) a.allowBlockPlain = false
  return a
}

const ESCAPES: Record<string, string> = {
  '\0': '0',
  '\x07': 'a',
  '\x08': 'b',
  '\t': 't',
  '\n': 'n',
  '\x0b': 'v',
  '\x0c': 'f',
  '\r': 'r',
  '\x1b': 'e',
  '"': '"',
  '\\': '\\',
  '\x85': 'N',
  '\xa0': '_',
  '\u2028': 'L',
  '\u2029': 'P'
}

function hex(cp: number, width: number): string {
  return cp.toString(16).toUpperCase().padStart(width, '0')
}

/** The emitter's column/indent state, as PyYAML keeps it. */
class Writer {
  out: string[] = []
  column = 0
  whitespace = true
  indention = true
  openEnded = false
  indent = 0

  write(data: string): void {
    this.out.push(data)
    this.column += [...data].length
  }

  lineBreak(text = '\n'): void {
    this.whitespace = true
    this.indention = true
    this.column = 0
    this.out.push(text)
  }

  writeIndent(): void {
    const indent = this.indent
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
      this.lineBreak()
    }
    if (this.column < indent) {
      this.whitespace = true
      this.write(' '.repeat(indent - this.column))
    }
  }

  indicator(text: string, needWhitespace: boolean, whitespace = false, indention = false): void {
    this.write(this.whitespace || !needWhitespace ? text : ' ' + text)
    this.whitespace = whitespace
    this.indention = this.indention && indention
    this.openEnded = false
  }

  plain(chars: string[]): void {
    if (chars.length === 0) return
    if (!this.whitespace) this.write(' ')
    this.whitespace = false
    this.indention = false
    let spaces = false
    let start = 0
    for (let end = 0; end <= chars.length; end++) {
      const ch = end < chars.length ? chars[end] : undefined
      if (spaces) {
        if (ch !== ' ') {
          if (start + 1 === end && this.column > BEST_WIDTH) {
            this.writeIndent()
            this.whitespace = false
            this.indention = false
          } else {
            this.write(chars.slice(start, end).join(''))
          }
          start = end
        }
      } else if (ch === undefined || ch === ' ' || BREAKS.includes(ch)) {
        this.write(chars.slice(start, end).join(''))
        start = end
      }
      if (ch !== undefined) spaces = ch === ' '
    }
  }

  singleQuoted(chars: string[]): void {
    this.indicator("'", true)
    let spaces = false
    let breaks = false
    let start = 0
    for (let end = 0; end <= chars.length; end++) {
      const ch = end < chars.length ? chars[end] : undefined
      if (spaces) {
        if (ch !== ' ') {
          if (
            start + 1 === end &&
            this.column > BEST_WIDTH &&
            start !== 0 &&
            end !== chars.length
          ) {
            this.writeIndent()
          } else {
            this.write(chars.slice(start, end).join(''))
          }
          start = end
        }
      } else if (breaks) {
        if (ch === undefined || !BREAKS.includes(ch)) {
          if (chars[start] === '\n') this.lineBreak()
          for (const br of chars.slice(start, end)) this.lineBreak(br)
          this.writeIndent()
          start = end
        }
      } else if (ch === undefined || ch === ' ' || ch === "'" || BREAKS.includes(ch)) {
        if (start < end) {
          this.write(chars.slice(start, end).join(''))
          start = end
        }
      }
      if (ch === "'") {
        this.write("''")
        start = end + 1
      }
      if (ch !== undefined) {
        spaces = ch === ' '
        breaks = BREAKS.includes(ch)
      }
    }
    this.indicator("'", false)
  }

  doubleQuoted(chars: string[]): void {
    this.indicator('"', true)
    let start = 0
    for (let end = 0; end <= chars.length; end++) {
      const ch = end < chars.length ? chars[end] : undefined
      const cp = ch === undefined ? 0 : ch.codePointAt(0)!
      if (
        ch === undefined ||
        '"\\\x85\u2028\u2029\ufeff'.includes(ch) ||
        !(
          (cp >= 0x20 && cp <= 0x7e) ||
          (cp >= 0xa0 && cp <= 0xd7ff) ||
          (cp >= 0xe000 && cp <= 0xfffd)
        )
      ) {
        if (start < end) {
          this.write(chars.slice(start, end).join(''))
          start = end
        }
        if (ch !== undefined) {
          const data =
            ch in ESCAPES
              ? '\\' + ESCAPES[ch]
              : cp <= 0xff
                ? '\\x' + hex(cp, 2)
                : cp <= 0xffff
                  ? '\\u' + hex(cp, 4)
                  : '\\U' + hex(cp, 8)
          this.write(data)
          start = end + 1
        }
      }
      if (
        end > 0 &&
        end < chars.length - 1 &&
        (ch === ' ' || start >= end) &&
        this.column + (end - start) > BEST_WIDTH
      ) {
        const data = chars.slice(start, end).join('') + '\\'
        if (start < end) start = end
        this.write(data)
        this.writeIndent()
        this.whitespace = false
        this.indention = false
        if (chars[start] === ' ') this.write('\\')
      }
    }
    this.indicator('"', false)
  }

  literal(chars: string[]): void {
    let hints = ''
    if (chars.length > 0) {
      if (' \n\x85\u2028\u2029'.includes(chars[0])) hints += String(BEST_INDENT)
      const last = chars[chars.length - 1]
      if (!BREAKS.includes(last)) hints += '-'
      else if (chars.length === 1 || BREAKS.includes(chars[chars.length - 2])) hints += '+'
    }
    this.indicator('|' + hints, true)
    if (hints.endsWith('+')) this.openEnded = true
    this.lineBreak()
    let breaks = true
    let start = 0
    for (let end = 0; end <= chars.length; end++) {
      const ch = end < chars.length ? chars[end] : undefined
      if (breaks) {
        if (ch === undefined || !BREAKS.includes(ch)) {
          for (const br of chars.slice(start, end)) this.lineBreak(br)
          if (ch !== undefined) this.writeIndent()
          start = end
        }
      } else if (ch === undefined || BREAKS.includes(ch)) {
        this.write(chars.slice(start, end).join(''))
        if (ch === undefined) this.lineBreak()
        start = end
      }
      if (ch !== undefined) breaks = BREAKS.includes(ch)
    }
  }
}

function scalarText(value: string | number | boolean | null | undefined): {
  text: string
  isString: boolean
} {
  if (value === null || value === undefined) return { text: 'null', isString: false }
  if (typeof value === 'boolean') return { text: value ? 'true' : 'false', isString: false }
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return { text: String(value), isString: false }
    if (Number.isNaN(value)) return { text: '.nan', isString: false }
    if (!Number.isFinite(value)) return { text: value > 0 ? '.inf' : '-.inf', isString: false }
    let text = String(value)
    if (!text.includes('.') && !text.includes('e')) text += '.0'
    return { text, isString: false }
  }
  return { text: value, isString: true }
}

function emitScalar(
  w: Writer,
  value: string | number | boolean | null | undefined,
  simpleKey: boolean
): void {
  const { text, isString } = scalarText(value)
  const chars = [...text]
  const saved = w.indent
  w.indent = saved + BEST_INDENT // PyYAML indents a scalar's continuation lines one step in
  if (!isString) {
    w.plain(chars)
  } else {
    const a = analyze(chars)
    const wantLiteral = text.includes('\n')
    if (
      !wantLiteral &&
      resolvesToString(text) &&
      !(simpleKey && (a.empty || a.multiline)) &&
      a.allowBlockPlain
    ) {
      w.plain(chars)
    } else if (wantLiteral && !simpleKey && a.allowBlock) {
      w.literal(chars)
    } else if (!wantLiteral && a.allowSingleQuoted && !(simpleKey && a.multiline)) {
      w.singleQuoted(chars)
    } else {
      w.doubleQuoted(chars)
    }
  }
  w.indent = saved
}

function isMapping(v: YamlValue): v is { [key: string]: YamlValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function emitNode(w: Writer, value: YamlValue, inMapping: boolean): void {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      w.indicator('[', true, true)
      w.indicator(']', false)
      return
    }
    const saved = w.indent
    // Lists directly under a mapping key are not indented ("indentless"), PyYAML's default.
    if (!(inMapping && !w.indention)) w.indent = saved + BEST_INDENT
    for (const item of value) {
      w.writeIndent()
      w.indicator('-', true, false, true)
      emitNode(w, item, false)
    }
    w.indent = saved
    return
  }
  if (isMapping(value)) {
    const keys = Object.keys(value)
    if (keys.length === 0) {
      w.indicator('{', true, true)
      w.indicator('}', false)
      return
    }
    const saved = w.indent
    w.indent = saved + BEST_INDENT
    for (const key of keys) {
      w.writeIndent()
      emitScalar(w, key, true)
      w.indicator(':', false)
      emitNode(w, value[key], true)
    }
    w.indent = saved
    return
  }
  emitScalar(w, value, false)
}

/** `yaml.dump(data, Dumper=SafeDumper, sort_keys=False, allow_unicode=True)` with craft's str style. */
export function dumpPyYaml(data: YamlValue): string {
  const w = new Writer()
  if (isMapping(data) && Object.keys(data).length > 0) {
    // The root mapping sits at indent 0: start one step "above" it.
    w.indent = -BEST_INDENT
    emitNode(w, data, false)
    w.indent = 0
  } else {
    w.indent = -BEST_INDENT
    emitNode(w, data, false)
    w.indent = 0
  }
  w.writeIndent()
  if (w.openEnded) {
    w.indicator('...', true)
    w.writeIndent()
  }
  return w.out.join('')
}
