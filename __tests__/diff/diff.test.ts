// The diff of two small real OCI archives made here (every field known): the whole text, the whole
// summary section, the JSON, hostile names kept as text, an OCI layout side made by skopeo, and the
// CLI's exit codes.
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { diffCommand } from '../../src/diff/cli.js'
import { diffHtml, diffJson, diffRocks, diffText, type RockDiff } from '../../src/diff/index.js'
import { scratch } from '../rock/support/oci.js'
import { HOSTILE, NEW, OLD } from './support.js'

let tmp: Awaited<ReturnType<typeof scratch>>
let oldRock = ''
let newRock = ''
let diff: RockDiff

beforeAll(async () => {
  tmp = await scratch()
  oldRock = await tmp.write('old.rock', OLD)
  newRock = await tmp.write('new.rock', NEW)
  diff = await diffRocks(oldRock, newRock)
})
afterAll(() => tmp.remove())

const SIZE_LINE =
  '  Size:                 6.0 KiB -> 6.2 KiB (+232 B) compressed; 11.5 KiB -> 15.0 KiB (+3.5 KiB) unpacked'
const FLASK_OLD = '/bin/python3 -m gunicorn -c /flask/gunicorn.conf.py app:app -k [ sync ]'
const FLASK_NEW = FLASK_OLD.replace('sync', 'gevent')

describe('the diff of two rocks', () => {
  it('prints the summary first, then each change; hostile names as escaped text', () => {
    const d = (side: 'old' | 'new'): string => diff[side].digest.slice(0, 19)
    expect(diffText(diff)).toBe(
      [
        `Rock diff: ${oldRock} (${d('old')}) -> ${newRock} (${d('new')})`,
        SIZE_LINE,
        '  Layers:               2 -> 3, 2 differ',
        '  Python distributions: 1 added, 1 removed, 1 changed',
        '  Ubuntu packages:      1 added, 1 changed',
        '  Go modules:           no change',
        '  Config:               2 settings changed',
        '  Pebble services:      3 settings changed',
        '  Files in /flask/app:  1 changed, 1 added, 1 removed, 2 unchanged',
        '',
        'Layers (compressed; unpacked):',
        '  1  528 B -> 574 B (+46 B); 6.0 KiB (same)',
        '  2  unchanged  5.5 KiB; 5.5 KiB',
        '  3  added  186 B; 3.5 KiB',
        '',
        'Python distributions:',
        '  + charset_normalizer 3.3.2',
        '  - requests 2.31.0',
        '  ~ Flask 3.0.0 -> 3.0.3',
        '',
        'Ubuntu packages:',
        '  + tzdata 2024a-3ubuntu1',
        '  ~ libssl3t64 3.0.13-0ubuntu3 -> 3.0.13-0ubuntu3.1',
        '',
        'Config:',
        '  + Env FLASK_DEBUG: 0',
        '  ~ Label org.opencontainers.image.version: 1.0 -> 1.1',
        '',
        'Pebble services:',
        `  ~ flask command: ${FLASK_OLD} -> ${FLASK_NEW}`,
        '  + mail-worker command: python3 -m mail',
        '  + mail-worker startup: enabled',
        '',
        'Files in /flask/app (first 20 of each):',
        '  ~ app.py  8 B -> 17 B (+9 B)',
        // The escape character shown, not sent to the terminal.
        '  + ::warning::x <b>\\u{1b}[31mred.py  1 B',
        '  - old.py  10 B',
        ''
      ].join('\n')
    )
    // --files 0: the counts stay, each list says how many more.
    expect(diffText(diff, 0).split('Files in /flask/app (first 0 of each):\n')[1]).toBe(
      '  ~ ... and 1 more\n  + ... and 1 more\n  - ... and 1 more\n'
    )
  })

  it('renders the summary section as one-line HTML elements, everything escaped', () => {
    const html = diffHtml(diff)
    const c = (t: string): string => `<code>${t}</code>`
    // A break opportunity after each '/' of a path.
    const wrapped = (p: string): string => c(p.replaceAll('/', '/<wbr>').replace(/<wbr>$/, ''))
    const row = (...cells: string[]): string =>
      `<tr>${cells.map(x => `<td>${x}</td>`).join('')}</tr>`
    expect(html).toBe(
      '<h3>What changes in the rock</h3>\n' +
        `<p>${wrapped(oldRock)} (${c(diff.old.digest.slice(0, 19))}) → ${wrapped(newRock)} (${c(diff.new.digest.slice(0, 19))})</p>\n` +
        '<table><tr><th>What</th><th>Change</th></tr>' +
        row('Size', SIZE_LINE.slice(24).replaceAll(' -> ', ' → ')) +
        row('Layers', '2 → 3, 2 differ') +
        row('Python distributions', '1 added, 1 removed, 1 changed') +
        row('Ubuntu packages', '1 added, 1 changed') +
        row('Go modules', 'no change') +
        row('Config', '2 settings changed') +
        row('Pebble services', '3 settings changed') +
        row('Files in /flask/app', '1 changed, 1 added, 1 removed, 2 unchanged') +
        '</table>\n' +
        '<table><tr><th>Kind</th><th>Name</th><th>Before</th><th>After</th></tr>' +
        row('Python', `➕ ${c('charset_normalizer')}`, '', c('3.3.2')) +
        row('Python', `➖ ${c('requests')}`, c('2.31.0'), '') +
        row('Python', `🔁 ${c('Flask')}`, c('3.0.0'), c('3.0.3')) +
        row('Ubuntu', `➕ ${c('tzdata')}`, '', c('2024a-3ubuntu1')) +
        row('Ubuntu', `🔁 ${c('libssl3t64')}`, c('3.0.13-0ubuntu3'), c('3.0.13-0ubuntu3.1')) +
        row('Config', c('Env FLASK_DEBUG'), '', c('0')) +
        row('Config', c('Label org.opencontainers.image.version'), c('1.0'), c('1.1')) +
        row('Pebble', c('flask command'), c(FLASK_OLD), c(FLASK_NEW)) +
        row('Pebble', c('mail-worker command'), '', c('python3 -m mail')) +
        row('Pebble', c('mail-worker startup'), '', c('enabled')) +
        row('Layer', 'layer 1 (compressed)', '528 B', '574 B (+46 B)') +
        row('Layer', 'layer 3 (compressed)', '', '186 B') +
        row('File', `🔁 ${c('app.py')}`, '8 B', '17 B') +
        row('File', `➕ ${c('::warning::x &#60;b&#62;\\u{1b}[31mred.py')}`, '', '1 B') +
        row('File', `➖ ${c('old.py')}`, '10 B', '') +
        '</table>\n'
    )
    // GitHub reads the summary as Markdown with HTML blocks: every line one whole element.
    for (const line of html.trimEnd().split('\n')) {
      expect(line).toMatch(/^<(h3|p|table)>.*<\/(h3|p|table)>$/)
    }
  })

  it('says of one image on both sides that nothing changes, in the summary and the text', async () => {
    const same = await diffRocks(oldRock, oldRock)
    const digest = `<code>${same.old.digest.slice(0, 19)}</code>`
    const side = `<code>${oldRock.replaceAll('/', '/<wbr>').replace(/<wbr>$/, '')}</code> (${digest})`
    expect(diffHtml(same)).toBe(
      '<h3>What changes in the rock</h3>\n' +
        `<p>${side} → ${side}</p>\n` +
        '<p>The same image (one manifest digest): nothing changes.</p>\n'
    )
    expect(diffText(same).split('\n').slice(1)).toEqual([
      '  Size:                 6.0 KiB (same) compressed; 11.5 KiB (same) unpacked',
      '  Layers:               2 -> 2, 0 differ',
      '  Python distributions: no change',
      '  Ubuntu packages:      no change',
      '  Go modules:           no change',
      '  Config:               no change',
      '  Pebble services:      no change',
      '  Files in /flask/app:  no change',
      '',
      'Layers (compressed; unpacked):',
      '  1  unchanged  528 B; 6.0 KiB',
      '  2  unchanged  5.5 KiB; 5.5 KiB',
      ''
    ])
  })

  it('writes JSON with the exact figures', () => {
    const json = JSON.parse(diffJson(diff)) as RockDiff
    expect(json.size).toEqual({ compressed: [6160, 6392], unpacked: [11776, 15360] })
    expect(json.python).toEqual({
      added: [{ name: 'charset_normalizer', new: '3.3.2' }],
      removed: [{ name: 'requests', old: '2.31.0' }],
      changed: [{ name: 'Flask', old: '3.0.0', new: '3.0.3' }],
      unchanged: 0
    })
    expect(json.app).toEqual({
      dir: ['flask/app', 'flask/app'],
      unchanged: 2,
      changed: [{ path: 'app.py', oldSize: 8, newSize: 17 }],
      added: [{ path: HOSTILE.slice(10), newSize: 1 }],
      removed: [{ path: 'old.py', oldSize: 10 }]
    })
    expect(json.problems).toEqual([])
  })

  it('reads an OCI layout directory as skopeo writes one, to the same diff', async () => {
    const layout = path.join(tmp.dir, 'layout')
    execFileSync('skopeo', [
      '--insecure-policy',
      'copy',
      '--preserve-digests',
      '--dest-oci-accept-uncompressed-layers',
      `oci-archive:${newRock}`,
      `oci:${layout}`
    ])
    const fromLayout = await diffRocks(oldRock, layout)
    expect(fromLayout).toEqual({ ...diff, new: { ...diff.new, given: layout } })
  })
})

describe('flask-rock diff', () => {
  let out = ''
  let err = ''
  beforeAll(() => {
    jest.spyOn(process.stdout, 'write').mockImplementation(c => ((out += String(c)), true))
    jest.spyOn(process.stderr, 'write').mockImplementation(c => ((err += String(c)), true))
  })
  afterEach(() => {
    out = ''
    err = ''
  })
  afterAll(() => {
    jest.restoreAllMocks()
  })

  it('prints the text and exits 0 (they differ), the JSON with --format json', async () => {
    expect(await diffCommand([oldRock, newRock])).toBe(0)
    expect(out).toBe(diffText(diff))
    out = ''
    expect(await diffCommand([oldRock, oldRock, '--format', 'json'])).toBe(0)
    const same = JSON.parse(out) as RockDiff
    expect(same.layers.every(l => l.same)).toBe(true)
    expect(same.app.unchanged).toBe(4)
  })

  it('fences the text from workflow commands on a runner: no name from a rock is one', async () => {
    const saved = process.env.GITHUB_ACTIONS
    process.env.GITHUB_ACTIONS = 'true'
    try {
      expect(await diffCommand([oldRock, newRock])).toBe(0)
    } finally {
      if (saved === undefined) delete process.env.GITHUB_ACTIONS
      else process.env.GITHUB_ACTIONS = saved
    }
    const lines = out.trimEnd().split('\n')
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[0])?.[1]
    expect(token).toBeDefined()
    expect(lines.at(-1)).toBe(`::${token}::`)
    expect(lines.slice(1, -1).join('\n') + '\n').toBe(diffText(diff))
  })

  it('exits 1 with one line for a side it cannot read, 2 for usage', async () => {
    const missing = path.join(tmp.dir, 'missing.rock')
    expect(await diffCommand([oldRock, missing])).toBe(1)
    expect(err).toBe(`flask-rock diff: ${missing}: no such file or directory\n`)
    err = ''
    const notRock = await tmp.write('not.rock', Buffer.from('{"a": 1}'))
    expect(await diffCommand([notRock, oldRock])).toBe(1)
    expect(err).toBe(`flask-rock diff: cannot read ${notRock}: not an OCI archive (a tar)\n`)
    err = ''
    const colon = path.join(tmp.dir, 'a:b')
    await fs.mkdir(colon)
    expect(await diffCommand([oldRock, colon])).toBe(1)
    expect(err).toBe(
      `flask-rock diff: ${colon}: an OCI layout directory whose path holds ':' cannot be named to skopeo\n`
    )
    err = ''
    expect(await diffCommand(['-not-a-ref', oldRock])).toBe(2)
    err = ''
    expect(await diffCommand(['bad ref!', oldRock])).toBe(1)
    expect(err).toBe(
      'flask-rock diff: bad ref!: neither a file, a directory nor an image reference\n'
    )
    err = ''
    expect(await diffCommand([oldRock])).toBe(2)
    expect(err.split('\n')[0]).toBe('flask-rock diff: expected OLD and NEW, got 1 argument(s)')
    err = ''
    expect(await diffCommand([oldRock, newRock, '--format', 'yaml'])).toBe(2)
    expect(err.split('\n')[0]).toBe("flask-rock diff: --format must be text or json, not 'yaml'")
    expect(out).toBe('')
  })
})
