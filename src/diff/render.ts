// A rock diff as a reviewer reads it: text (the summary first, details after) and the job
// summary's HTML section. Every name, path and value comes from a rock somebody else built: in
// text, control characters are shown escaped (no terminal escape, no line of its own); in HTML,
// everything is escaped and kept on one line, as the rest of the job summary is.
import type { Changed, FileChange, RockDiff, VersionChanges } from './compare.js'
import type { LayerFacts } from './read.js'

/** How many paths of each kind (changed, added, removed) are listed. */
export const FILES_LISTED = 20

const KIB = 1024
const MIB = KIB * 1024
const GIB = MIB * 1024

/** Bytes for a reader: "812 B", "12.3 KiB", "45.6 MiB". */
export function sizeText(bytes: number): string {
  const abs = Math.abs(bytes)
  if (abs < KIB) return `${bytes} B`
  if (abs < MIB) return `${(bytes / KIB).toFixed(1)} KiB`
  if (abs < GIB) return `${(bytes / MIB).toFixed(1)} MiB`
  return `${(bytes / GIB).toFixed(2)} GiB`
}

function signed(bytes: number): string {
  return bytes > 0 ? `+${sizeText(bytes)}` : bytes < 0 ? `-${sizeText(-bytes)}` : '±0 B'
}

/** "a -> b (+d)", or "a (same)". */
function sizeChange(a: number | undefined, b: number | undefined): string {
  if (a === undefined && b === undefined) return 'unknown'
  if (a === undefined) return `unknown -> ${sizeText(b!)}`
  if (b === undefined) return `${sizeText(a)} -> unknown`
  return a === b ? `${sizeText(a)} (same)` : `${sizeText(a)} -> ${sizeText(b)} (${signed(b - a)})`
}

// C0 and C1 controls, DEL, line and paragraph separators, bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** Untrusted text on one line, its control characters shown as \u{..}. */
export function shown(text: string): string {
  return text.replace(UNPRINTABLE, c => `\\u{${c.charCodeAt(0).toString(16)}}`)
}

function counts(v: VersionChanges): string {
  const parts = [
    v.added.length && `${v.added.length} added`,
    v.removed.length && `${v.removed.length} removed`,
    v.changed.length && `${v.changed.length} changed`
  ].filter(Boolean)
  return parts.length ? parts.join(', ') : 'no change'
}

const changes = (c: Changed[]): string =>
  c.length ? `${c.length} setting${c.length === 1 ? '' : 's'} changed` : 'no change'

/** The summary lines: one per thing compared. */
export function summaryLines(d: RockDiff): [string, string][] {
  const appDir = d.app.dir[1] ?? d.app.dir[0]
  return [
    [
      'Size',
      `${sizeChange(d.size.compressed[0], d.size.compressed[1])} compressed; ${sizeChange(d.size.unpacked[0], d.size.unpacked[1])} unpacked`
    ],
    [
      'Layers',
      `${d.old.layers} -> ${d.new.layers}, ${d.layers.filter(l => !l.same).length} differ`
    ],
    ['Python distributions', counts(d.python)],
    ['Ubuntu packages', counts(d.ubuntu)],
    ['Go modules', counts(d.go)],
    ['Config', changes(d.config)],
    ['Pebble services', changes(d.pebble)],
    [
      appDir ? `Files in /${appDir}` : 'App files',
      appDir ? fileCounts(d.app) : 'no app directory on either side'
    ]
  ]
}

/** "1 changed, 2 unchanged": the kinds there are, no zeros. */
function fileCounts(app: RockDiff['app']): string {
  const moved = [
    app.changed.length && `${app.changed.length} changed`,
    app.added.length && `${app.added.length} added`,
    app.removed.length && `${app.removed.length} removed`
  ].filter(Boolean)
  if (!moved.length) return 'no change'
  return [...moved, ...(app.unchanged ? [`${app.unchanged} unchanged`] : [])].join(', ')
}

function versionLines(v: VersionChanges): string[] {
  return [
    ...v.added.map(c => `  + ${shown(c.name)} ${shown(c.new ?? '')}`),
    ...v.removed.map(c => `  - ${shown(c.name)} ${shown(c.old ?? '')}`),
    ...v.changed.map(c => `  ~ ${shown(c.name)} ${shown(c.old ?? '')} -> ${shown(c.new ?? '')}`)
  ]
}

function valueLines(c: Changed[]): string[] {
  return c.map(x =>
    x.old === undefined
      ? `  + ${shown(x.name)}: ${shown(x.new ?? '')}`
      : x.new === undefined
        ? `  - ${shown(x.name)}: ${shown(x.old)}`
        : `  ~ ${shown(x.name)}: ${shown(x.old)} -> ${shown(x.new)}`
  )
}

function fileLines(d: RockDiff, limit: number): string[] {
  const listed = (mark: string, files: FileChange[], size: (f: FileChange) => string): string[] => [
    ...files.slice(0, limit).map(f => `  ${mark} ${shown(f.path)}  ${size(f)}`),
    ...(files.length > limit ? [`  ${mark} ... and ${files.length - limit} more`] : [])
  ]
  const one = (n: number | undefined): string => (n === undefined ? 'dir' : sizeText(n))
  return [
    ...listed('~', d.app.changed, f => sizeChange(f.oldSize, f.newSize)),
    ...listed('+', d.app.added, f => one(f.newSize)),
    ...listed('-', d.app.removed, f => one(f.oldSize))
  ]
}

function layerSize(l: LayerFacts | undefined): string {
  return `${sizeText(l?.compressed ?? 0)}; ${l?.unpacked === undefined ? 'unknown' : sizeText(l.unpacked)}`
}

/** The whole text: the reviewer's summary, then each section that changed. */
export function diffText(d: RockDiff, limit = FILES_LISTED): string {
  const side = (s: RockDiff['old']): string => `${shown(s.given)} (${s.digest.slice(0, 19)})`
  const out = [`Rock diff: ${side(d.old)} -> ${side(d.new)}`]
  const labels = summaryLines(d)
  const width = Math.max(...labels.map(([k]) => k.length))
  for (const [k, v] of labels) out.push(`  ${`${shown(k)}:`.padEnd(width + 1)} ${v}`)
  const section = (title: string, lines: string[]): void => {
    if (lines.length) out.push('', `${title}:`, ...lines)
  }
  section(
    'Layers (compressed; unpacked)',
    d.layers.map(l =>
      l.same || !l.old || !l.new
        ? `  ${l.index}  ${l.same ? 'unchanged' : l.old ? 'removed' : 'added'}  ${layerSize(l.new ?? l.old)}`
        : `  ${l.index}  ${sizeChange(l.old.compressed, l.new.compressed)}; ${sizeChange(l.old.unpacked, l.new.unpacked)}`
    )
  )
  section('Python distributions', versionLines(d.python))
  section('Ubuntu packages', versionLines(d.ubuntu))
  section('Go modules', versionLines(d.go))
  section('Config', valueLines(d.config))
  section('Pebble services', valueLines(d.pebble))
  const appDir = d.app.dir[1] ?? d.app.dir[0]
  if (appDir && d.app.dir[0] !== d.app.dir[1]) {
    section('App directory', [`  ~ /${d.app.dir[0] ?? '(none)'} -> /${d.app.dir[1] ?? '(none)'}`])
  }
  section(`Files in /${appDir ?? 'app'} (first ${limit} of each)`, fileLines(d, limit))
  section(
    'Not compared',
    d.problems.map(p => `  ${shown(p)}`)
  )
  return out.join('\n') + '\n'
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}

/** Escaped, on one line (line breaks and other controls shown as \u{..}). */
const inline = (text: string): string => escapeHtml(shown(text))
const code = (text: string): string => `<code>${inline(text)}</code>`
/**
 * A path or reference that may wrap: a break opportunity after each '/' and within a long run
 * without one, so that a deep path does not widen the table past the page (and hide a column).
 */
const pathCode = (text: string): string =>
  `<code>${(shown(text).match(/[^/]{1,40}\/?|\//g) ?? []).map(escapeHtml).join('<wbr>')}</code>`
const maybe = (text: string | undefined): string => (text === undefined ? '' : code(text))

function table(header: string[], rows: string[][]): string {
  const tr = (cells: string[], tag: 'th' | 'td'): string =>
    `<tr>${cells.map(c => `<${tag}>${c}</${tag}>`).join('')}</tr>`
  return `<table>${tr(header, 'th')}${rows.map(r => tr(r, 'td')).join('')}</table>\n`
}

function versionRows(what: string, v: VersionChanges): string[][] {
  return [
    ...v.added.map(c => [what, `➕ ${code(c.name)}`, '', code(c.new ?? '')]),
    ...v.removed.map(c => [what, `➖ ${code(c.name)}`, code(c.old ?? ''), '']),
    ...v.changed.map(c => [what, `🔁 ${code(c.name)}`, code(c.old ?? ''), code(c.new ?? '')])
  ]
}

const ROWS_MAX = 50

/**
 * The job summary's section: every element one line of HTML (no project text can end a block and
 * become Markdown), the summary table first, then one table of what changed.
 */
export function diffHtml(d: RockDiff, limit = FILES_LISTED): string {
  const parts = ['<h3>What changes in the rock</h3>\n']
  parts.push(
    `<p>${pathCode(d.old.given)} (${code(d.old.digest.slice(0, 19))}) → ${pathCode(d.new.given)} (${code(d.new.digest.slice(0, 19))})</p>\n`
  )
  if (d.old.digest === d.new.digest) {
    parts.push('<p>The same image (one manifest digest): nothing changes.</p>\n')
    return parts.join('')
  }
  parts.push(
    table(
      ['What', 'Change'],
      // The values are figures of ours: their arrows may be arrows.
      summaryLines(d).map(([k, v]) => [inline(k), inline(v.replaceAll(' -> ', ' → '))])
    )
  )
  const rows = [
    ...versionRows('Python', d.python),
    ...versionRows('Ubuntu', d.ubuntu),
    ...versionRows('Go', d.go),
    ...d.config.map(c => ['Config', code(c.name), maybe(c.old), maybe(c.new)]),
    ...d.pebble.map(c => ['Pebble', code(c.name), maybe(c.old), maybe(c.new)]),
    ...d.layers
      .filter(l => !l.same)
      .map(l => [
        'Layer',
        `layer ${l.index} (compressed)`,
        l.old ? inline(sizeText(l.old.compressed)) : '',
        l.new
          ? inline(
              sizeText(l.new.compressed) +
                (l.old ? ` (${signed(l.new.compressed - l.old.compressed)})` : '')
            )
          : ''
      ])
  ]
  const files = (mark: string, list: FileChange[], side: 'old' | 'new' | 'both'): string[][] =>
    list
      .slice(0, limit)
      .map(f => [
        'File',
        `${mark} ${pathCode(f.path)}`,
        side !== 'new' && f.oldSize !== undefined ? inline(sizeText(f.oldSize)) : '',
        side !== 'old' && f.newSize !== undefined ? inline(sizeText(f.newSize)) : ''
      ])
  rows.push(
    ...files('🔁', d.app.changed, 'both'),
    ...files('➕', d.app.added, 'new'),
    ...files('➖', d.app.removed, 'old')
  )
  if (rows.length) {
    parts.push(
      table(['Kind', 'Name', 'Before', 'After'], rows.slice(0, ROWS_MAX)),
      ...(rows.length > ROWS_MAX
        ? [
            `<p>… and ${rows.length - ROWS_MAX} more rows in the diff file (output <code>diff</code>).</p>\n`
          ]
        : [])
    )
  }
  if (d.problems.length) {
    parts.push(`<p>Not compared: ${inline(d.problems.join('; '))}</p>\n`)
  }
  return parts.join('')
}
