// `flask-rock check --fix`: writes the install-app prime list the boot prediction asks for into
// rockcraft.yaml. The file is edited as text at the places the yaml library's document locates:
// a round trip through the library would keep the comments but move some of them (it re-indents
// a comment under a key with no value), and the user's file should change only where it must.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml'
import { ProjectError, loadProjectYaml, PROJECT_FILE } from './check.js'
import { EXTENSION, isMapping } from './expand.js'

const INSTALL_APP = `${EXTENSION}/install-app`

/** What the check asks of the prime list: the whole list to have, or exclusions to drop. */
export interface PrimeFix {
  prime?: string[]
  remove?: string[]
}

export interface FixResult {
  text: string
  /** what changed, one line each, for the user */
  changes: string[]
}

type Range = [number, number, number]

function yamlText(entry: string): string {
  return /^[A-Za-z0-9_][\w./-]*$/.test(entry) ? entry : JSON.stringify(entry)
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** The offset just past the line holding offset (after its newline, or the text's end). */
function nextLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset)
  return nl === -1 ? text.length : nl + 1
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset)
}

function pairOf(node: unknown, key: string): Pair<Node, Node | null> | undefined {
  if (!isMap(node)) return undefined
  return node.items.find(p => isPair(p) && isScalar(p.key) && String(p.key.value) === key) as
    Pair<Node, Node | null> | undefined
}

function isEmpty(node: Node | null | undefined): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null)
}

/** Block lines for `keys` (nested, the last holding the list), each `indent` deeper than the last. */
function block(keys: string[], entries: string[], indent: number, eol: string): string {
  const pad = (n: number): string => ' '.repeat(indent + 2 * n)
  return (
    keys.map((k, i) => `${pad(i)}${k}:${eol}`).join('') +
    entries.map(e => `${pad(keys.length)}- ${yamlText(e)}${eol}`).join('')
  )
}

/** Inserts `lines` (whole lines) at offset, which is a line start or the end of the text. */
function insertLines(text: string, offset: number, lines: string, eol: string): string {
  const before = text.slice(0, offset)
  const sep = before.length > 0 && !before.endsWith('\n') ? eol : ''
  return before + sep + lines + text.slice(offset)
}

/**
 * rockcraft.yaml with the prime list the fix asks for. The file's other lines stay as they are;
 * a layout this cannot edit in place (a flow mapping on the way) is a ProjectError naming the fix.
 */
export function fixPrime(text: string, fix: PrimeFix): FixResult {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const doc = parseDocument(text, { version: '1.1', keepSourceTokens: true })
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    throw new ProjectError(`cannot fix ${PROJECT_FILE}: it does not parse as a mapping`)
  }
  const where = `parts.${INSTALL_APP}.prime`
  const cannot = (why: string): ProjectError =>
    new ProjectError(
      `cannot fix ${PROJECT_FILE} in place (${why}); set ${where} to [${(fix.prime ?? []).join(', ')}] yourself`
    )
  const parts = pairOf(doc.contents, 'parts')
  const part = pairOf(parts?.value, INSTALL_APP)
  const prime = pairOf(part?.value, 'prime')
  const existing = isSeq(prime?.value)
    ? prime.value.items.map(i => (isScalar(i) ? String(i.value) : ''))
    : []
  let out = text
  const changes: string[] = []
  if (fix.remove && fix.remove.length > 0) {
    const seq = prime?.value
    if (!isSeq(seq) || seq.flow) throw cannot('its prime list is not a block list')
    // from the last, so that earlier offsets stay valid
    for (const item of [...seq.items].reverse()) {
      if (!isScalar(item) || !fix.remove.includes(String(item.value))) continue
      const range = item.range as Range
      out = out.slice(0, lineStart(out, range[0])) + out.slice(nextLine(out, range[1] - 1))
    }
    changes.push(`removed ${fix.remove.join(', ')} from ${where}`)
  }
  const added = (fix.prime ?? []).filter(e => !existing.includes(e))
  if (added.length > 0) {
    for (const node of [parts?.value, part?.value]) {
      if ((isMap(node) || isSeq(node)) && node.flow) throw cannot('it is written in flow style')
    }
    if (!parts) {
      out = insertLines(out, out.length, block(['parts', INSTALL_APP, 'prime'], added, 0, eol), eol)
    } else if (isEmpty(parts.value)) {
      const at = nextLine(out, (parts.key.range as Range)[1])
      const indent = column(out, (parts.key.range as Range)[0]) + 2
      out = insertLines(out, at, block([INSTALL_APP, 'prime'], added, indent, eol), eol)
    } else if (!part) {
      const map = parts.value as Node
      const first = (isMap(map) ? map.items[0]?.key : undefined) as Node | undefined
      if (!isMap(map) || !first) throw cannot('parts is not a mapping')
      const indent = column(out, (first.range as Range)[0])
      out = insertLines(
        out,
        nextLine(out, (map.range as Range)[1] - 1),
        block([INSTALL_APP, 'prime'], added, indent, eol),
        eol
      )
    } else if (isEmpty(part.value)) {
      const at = nextLine(out, (part.key.range as Range)[1])
      const indent = column(out, (part.key.range as Range)[0]) + 2
      out = insertLines(out, at, block(['prime'], added, indent, eol), eol)
    } else if (!prime) {
      const map = part.value as Node
      const first = (isMap(map) ? map.items[0]?.key : undefined) as Node | undefined
      if (!isMap(map) || !first) throw cannot(`${INSTALL_APP} is not a mapping`)
      const indent = column(out, (first.range as Range)[0])
      out = insertLines(
        out,
        nextLine(out, (map.range as Range)[1] - 1),
        block(['prime'], added, indent, eol),
        eol
      )
    } else if (isEmpty(prime.value)) {
      const at = nextLine(out, (prime.key.range as Range)[1])
      const indent = column(out, (prime.key.range as Range)[0]) + 2
      out = insertLines(out, at, block([], added, indent, eol), eol)
    } else if (isSeq(prime.value) && prime.value.flow) {
      // [a, b]: the new entries before the closing bracket
      const close = out.lastIndexOf(']', (prime.value.range as Range)[1])
      const joined = added.map(yamlText).join(', ')
      out = `${out.slice(0, close).trimEnd()}${existing.length > 0 ? ', ' : ''}${joined}${out.slice(close)}`
    } else if (isSeq(prime.value) && prime.value.items.length > 0) {
      const seq = prime.value
      const indent = column(out, (seq.range as Range)[0])
      const last = seq.items[seq.items.length - 1] as Node
      out = insertLines(
        out,
        nextLine(out, (last.range as Range)[1] - 1),
        block([], added, indent, eol),
        eol
      )
    } else throw cannot('its prime entry is not a list')
    changes.push(
      prime && existing.length > 0
        ? `added ${added.join(', ')} to ${where}`
        : `wrote ${where}: ${added.join(', ')} (what ships today and what the rock lacks)`
    )
  }
  // The edit must say what the fix asked, read as the check reads the file.
  const loaded = loadProjectYaml(out, PROJECT_FILE)
  const parts2 = loaded.data?.parts
  const part2 = isMapping(parts2) ? parts2[INSTALL_APP] : undefined
  const got = isMapping(part2) && Array.isArray(part2.prime) ? part2.prime : []
  const want = [...existing.filter(e => !(fix.remove ?? []).includes(e)), ...added]
  if (loaded.problem || JSON.stringify(got) !== JSON.stringify(want)) {
    throw cannot('the edit would not read back as that list')
  }
  return { text: out, changes }
}
