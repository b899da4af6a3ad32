// Dependency names as rockcraft reads them: every requirements.txt line that the `packaging`
// library (22+) accepts as a PEP 508 requirement gives its name, lower-cased; anything it rejects
// (comments, `-r`, option lines, `--hash` tails, VCS URLs, inline comments) is silently skipped.
// Written from packaging's tokenizer rules: a line is either fully accepted or skipped.

// Python's `\w` is Unicode-aware; JavaScript's `\b` is not, so boundaries are spelled out.
const W = '[\\p{L}\\p{N}_]'
const B = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`

const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?'
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?'
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?'
const VERSION =
  '(?:' +
  '(?:(?<====)\\s*[^\\s;)]*)' +
  `|(?:(?<===|!=)\\s*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?)?)` +
  `|(?:(?<=~=)\\s*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})` +
  `|(?:(?<!==|!=|~=)\\s*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE}${POST}${DEV})` +
  ')'

const RULES = {
  LEFT_PARENTHESIS: /\(/y,
  RIGHT_PARENTHESIS: /\)/y,
  LEFT_BRACKET: /\[/y,
  RIGHT_BRACKET: /\]/y,
  SEMICOLON: /;/y,
  COMMA: /,/y,
  QUOTED_STRING: /(?:'[^']*')|(?:"[^"]*")/y,
  OP: /(?:===|==|~=|!=|<=|>=|<|>)/y,
  BOOLOP: new RegExp(`${B}(?:or|and)${B}`, 'uy'),
  IN: new RegExp(`${B}in${B}`, 'uy'),
  NOT: new RegExp(`${B}not${B}`, 'uy'),
  VARIABLE: new RegExp(
    `${B}(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extra)${B}`,
    'uy'
  ),
  SPECIFIER: new RegExp(`(?:~=|==|!=|<=|>=|<|>|===)${VERSION}`, 'iy'),
  AT: /@/y,
  URL: /[^ \t]+/y,
  IDENTIFIER: new RegExp(`${B}[a-zA-Z0-9][a-zA-Z0-9._-]*${B}`, 'uy'),
  VERSION_PREFIX_TRAIL: /\.\*/y,
  VERSION_LOCAL_LABEL_TRAIL: /\+[a-z0-9]+(?:[-_.][a-z0-9]+)*/y,
  WS: /[ \t]+/y
} as const

type Rule = keyof typeof RULES

class Invalid extends Error {}

class Tokens {
  pos = 0
  constructor(readonly src: string) {}

  /** Consumes the token when it is next; returns its text. */
  take(rule: Rule): string | undefined {
    const re = RULES[rule]
    re.lastIndex = this.pos
    const m = re.exec(this.src)
    if (!m) return undefined
    this.pos += m[0].length
    return m[0]
  }

  peek(rule: Rule): boolean {
    const re = RULES[rule]
    re.lastIndex = this.pos
    return re.test(this.src)
  }

  expect(rule: Rule): string {
    const text = this.take(rule)
    if (text === undefined) throw new Invalid()
    return text
  }

  atEnd(): boolean {
    return this.pos === this.src.length
  }

  enclosed(open: Rule, close: Rule, body: () => void): void {
    const opened = this.take(open) !== undefined
    body()
    if (opened) this.expect(close)
  }
}

function extras(t: Tokens): void {
  if (!t.peek('LEFT_BRACKET')) return
  t.enclosed('LEFT_BRACKET', 'RIGHT_BRACKET', () => {
    t.take('WS')
    if (t.take('IDENTIFIER') !== undefined) {
      for (;;) {
        t.take('WS')
        if (t.peek('IDENTIFIER')) throw new Invalid()
        if (t.take('COMMA') === undefined) break
        t.take('WS')
        t.expect('IDENTIFIER')
      }
    }
    t.take('WS')
  })
}

function specifiers(t: Tokens): void {
  t.enclosed('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', () => {
    t.take('WS')
    while (t.take('SPECIFIER') !== undefined) {
      if (t.peek('VERSION_PREFIX_TRAIL') || t.peek('VERSION_LOCAL_LABEL_TRAIL')) {
        throw new Invalid()
      }
      t.take('WS')
      if (t.take('COMMA') === undefined) break
      t.take('WS')
    }
    t.take('WS')
  })
}

function markerVar(t: Tokens): void {
  if (t.take('VARIABLE') === undefined) t.expect('QUOTED_STRING')
}

function markerOp(t: Tokens): void {
  if (t.take('IN') !== undefined) return
  if (t.take('NOT') !== undefined) {
    t.expect('WS')
    t.expect('IN')
    return
  }
  t.expect('OP')
}

function markerAtom(t: Tokens, depth: number): void {
  // Nesting deeper than any real marker: refuse rather than recurse without bound.
  if (depth > 100) throw new Invalid()
  t.take('WS')
  if (t.peek('LEFT_PARENTHESIS')) {
    t.enclosed('LEFT_PARENTHESIS', 'RIGHT_PARENTHESIS', () => {
      t.take('WS')
      marker(t, depth + 1)
      t.take('WS')
    })
  } else {
    t.take('WS')
    markerVar(t)
    t.take('WS')
    markerOp(t)
    t.take('WS')
    markerVar(t)
    t.take('WS')
  }
  t.take('WS')
}

function marker(t: Tokens, depth: number): void {
  markerAtom(t, depth)
  while (t.take('BOOLOP') !== undefined) markerAtom(t, depth)
}

function requirementMarker(t: Tokens): void {
  t.expect('SEMICOLON')
  marker(t, 0)
  t.take('WS')
}

/** The requirement's name as packaging's `Requirement(line).name` gives it, or undefined if it rejects the line. */
export function requirementName(line: string): string | undefined {
  const t = new Tokens(line)
  try {
    t.take('WS')
    const name = t.expect('IDENTIFIER')
    t.take('WS')
    extras(t)
    t.take('WS')
    if (t.take('AT') !== undefined) {
      t.take('WS')
      t.expect('URL')
      if (!t.atEnd()) {
        t.expect('WS')
        if (!t.atEnd()) requirementMarker(t)
      }
    } else {
      specifiers(t)
      t.take('WS')
      if (!t.atEnd()) requirementMarker(t)
    }
    if (!t.atEnd()) throw new Invalid()
    return name
  } catch (err) {
    if (err instanceof Invalid) return undefined
    throw err
  }
}

/** Python's str.splitlines(): every line boundary it knows, no trailing empty line. */
export function splitLines(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- Python splits lines on these separators too
  const lines = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/)
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

export interface RequirementLine {
  name: string
  line: number
}

/** The lower-cased names requirements.txt declares, with their 1-based line numbers. */
export function requirementsTxtNames(text: string): RequirementLine[] {
  const out: RequirementLine[] = []
  splitLines(text).forEach((line, i) => {
    const name = requirementName(line)
    if (name !== undefined) out.push({ name: name.toLowerCase(), line: i + 1 })
  })
  return out
}

/**
 * Python's words for the first bytes its strict UTF-8 codec refuses (`str(UnicodeDecodeError)`,
 * as `Path.read_text()` raises it), or undefined for valid UTF-8. Written from CPython's decoder:
 * the offending range is the lead byte and the continuation bytes that were valid so far.
 */
export function pythonUtf8Error(bytes: Uint8Array): string | undefined {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    const need =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0
    if (need === 0) return decodeError(bytes, i, i, 'invalid start byte')
    // the second byte's range depends on the lead (no overlongs, no surrogates, nothing past U+10FFFF)
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf
    let j = 1
    for (; j <= need; j++) {
      if (i + j >= bytes.length)
        return decodeError(bytes, i, bytes.length - 1, 'unexpected end of data')
      const c = bytes[i + j]
      const ok = j === 1 ? c >= low && c <= high : c >= 0x80 && c <= 0xbf
      if (!ok) return decodeError(bytes, i, i + j - 1, 'invalid continuation byte')
    }
    i += need + 1
  }
  return undefined
}

function decodeError(bytes: Uint8Array, start: number, end: number, reason: string): string {
  const where =
    start === end
      ? `byte 0x${bytes[start].toString(16).padStart(2, '0')} in position ${start}`
      : `bytes in position ${start}-${end}`
  return `UnicodeDecodeError: 'utf-8' codec can't decode ${where}: ${reason}`
}
