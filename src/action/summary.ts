// The job summary: one table of steps, then the details a reviewer looks for.
// The runner reads the summary as Markdown in which HTML blocks pass through until a blank line.
// Every element here is one line of HTML, and every value from the project or a tool is escaped
// with its line breaks turned into <br>: no project text can end a block and become Markdown.
import { appendFile } from 'node:fs/promises'
import * as core from './runner-io.js'
import { seconds, type RunReport, type StepName, type StepRecord } from './report.js'

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}

/** Text for inside one element: escaped, and kept on one line. */
function inline(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>')
}

const code = (text: string): string => `<code>${inline(text)}</code>`

function duration(ms: number | undefined): string {
  return ms === undefined ? '—' : seconds(ms)
}

/** A table; cells are HTML already made safe. The first row is the header. */
function table(header: string[], rows: string[][]): string {
  const tr = (cells: string[], tag: 'th' | 'td'): string =>
    `<tr>${cells.map(c => `<${tag}>${c}</${tag}>`).join('')}</tr>`
  return `<table>${tr(header, 'th')}${rows.map(r => tr(r, 'td')).join('')}</table>\n`
}

const list = (items: string[]): string => `<ul>${items.map(i => `<li>${i}</li>`).join('')}</ul>\n`

/** A Markdown code fence longer than any run of backticks in `text`, so that text cannot close it. */
function fenced(text: string, lang: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map(m => m[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${lang}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`
}

const ICON = { passed: '✅', failed: '❌', skipped: '⏭️', interrupted: '⏹️' } as const

// Every step a run goes through, in order: a run that stopped early lists the rest as not reached.
const STEPS: StepName[] = ['inputs', 'check', 'pack', 'smoke', 'publish']

/** The steps recorded, then a row for each step the run never reached once it stopped. */
function stepRows(report: RunReport): StepRecord[] {
  const stopped = report.failure?.step ?? report.interrupted?.step
  if (stopped === undefined) return report.steps
  const seen = new Set(report.steps.map(s => s.name))
  const unreached = STEPS.filter(name => !seen.has(name)).map((name): StepRecord => ({
    name,
    outcome: 'skipped',
    detail: `not reached (stopped at ${stopped})`
  }))
  return [...report.steps, ...unreached]
}

/** Renders the report as the job summary's HTML/Markdown (pure: no I/O). */
export function renderSummary(report: RunReport): string {
  const parts: string[] = []
  parts.push(`<h2>Flask rock: ${inline(report.project?.name ?? 'Flask project')}</h2>\n`)

  if (report.interrupted) {
    parts.push(
      `<p><strong>⏹️ Interrupted (${report.interrupted.signal}) at step <code>${report.interrupted.step}</code></strong>: the run was stopped there.</p>\n`
    )
  } else if (report.failure) {
    parts.push(
      `<p><strong>❌ Failed at step <code>${report.failure.step}</code>:</strong> ${inline(
        report.failure.headline
      )}</p>\n`
    )
  }

  parts.push(
    table(
      ['Step', 'Result', 'Time', 'Details'],
      stepRows(report).map(step => [
        step.name,
        `${ICON[step.outcome]} ${step.outcome}`,
        duration(step.durationMs),
        inline(step.detail)
      ])
    )
  )

  const p = report.project
  if (p) {
    const facts: [string, string | undefined][] = [
      [
        'rockcraft.yaml',
        p.initWritten ? 'written by init: true, not in the repository' : undefined
      ],
      ['Base', p.base],
      ['Build base', p.buildBase],
      ['Version', p.version],
      ['WSGI entrypoint', p.wsgi],
      ['Worker', p.worker],
      [
        `Ships in /${p.appDir ?? 'flask/app'}`,
        p.ships &&
          (p.ships.join(' ') || '(nothing)') + (p.installed ? `; installed: ${p.installed}` : '')
      ],
      ['Build mode', report.buildMode && `${report.buildMode.mode} (${report.buildMode.reason})`],
      ['Cache', report.cache?.status],
      ['Pack time', report.packMs === undefined ? undefined : duration(report.packMs)],
      ['Rock', report.rock]
    ]
    parts.push(
      table(
        ['Project', inline(p.name ?? p.dir)],
        [...(p.name ? [['Directory', p.dir] as [string, string]] : []), ...facts]
          .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
          .map(([k, v]) => [k, code(v)])
      )
    )
    const lines = [
      ...p.problems.map(x => `❌ ${where(x)}${x.message}`),
      ...p.hints.map(x => `💡 ${where(x)}${x.message}`)
    ]
    if (lines.length > 0) parts.push(list(lines.map(inline)))
  }

  if (report.smoke) {
    const m = report.smoke
    parts.push('<h3>Smoke test</h3>\n')
    parts.push(
      table(
        ['Image', 'Worker', 'Status', 'Time to ready', 'Latency', 'Metrics'],
        [
          [
            code(m.image),
            inline(m.worker),
            String(m.status),
            duration(m.readyMs),
            `${Math.round(m.latencyMs)} ms`,
            Object.entries(m.metrics)
              .map(([k, v]) => code(`${k} ${v}`))
              .join('<br>')
          ]
        ]
      )
    )
    if (m.checks?.length) parts.push(list(m.checks.map(inline)))
    if (m.services?.length) {
      parts.push(
        table(
          ['Extra service', 'Startup', 'State after boot'],
          m.services.map(sv => [
            code(sv.name),
            inline(sv.startup),
            `${sv.current === 'active' ? '✅' : '⚠️'} ${inline(sv.current)}`
          ])
        )
      )
    }
  }

  if (report.sbom) {
    const s = report.sbom
    parts.push('<h3>SBOM</h3>\n')
    if (s.failed) parts.push(`<p>${inline(s.failed)}</p>\n`)
    if (s.file && s.counts) {
      parts.push(
        table(
          ['File', 'Python', 'Distribution packages', 'Go programs'],
          [
            [
              code(s.file),
              String(s.counts.python),
              `${s.counts.ubuntu}${s.distro ? ` ${inline(s.distro)}` : ''} (${inline(s.ubuntuSource ?? 'none')})`,
              String(s.counts.go)
            ]
          ]
        )
      )
      const lines = (s.versions ?? []).map(([what, v]) => `${inline(what)} ${code(v)}`)
      if (s.incomplete?.length) lines.push(`Incomplete: ${inline(s.incomplete.join('; '))}`)
      if (s.unknowns?.length) {
        lines.push(
          `Not known (${s.unknowns.length}, listed in the SBOM): ${inline(s.unknowns.slice(0, 3).join('; '))}${s.unknowns.length > 3 ? ' …' : ''}`
        )
      }
      parts.push(list(lines))
    }
  }

  if (report.diff) {
    parts.push(
      report.diff.html ??
        `<h3>What changes in the rock</h3>\n<p>${inline(report.diff.note ?? '')}</p>\n`
    )
  }

  if (report.publish) {
    const { skipped, images, digest } = report.publish
    parts.push('<h3>Published</h3>\n')
    if (skipped) parts.push(`<p>${inline(skipped)}</p>\n`)
    else {
      // A reference pushed by digest (repository@sha256:...) names it already.
      parts.push(
        list(
          images.map(
            ref => `${code(ref)}${digest && !ref.includes('@') ? ` @ ${code(digest)}` : ''}`
          )
        )
      )
    }
  }

  if (report.expandedYaml) {
    parts.push(
      '<details><summary>Expanded project (what <code>rockcraft expand-extensions</code> prints)</summary>' +
        `\n\n${fenced(report.expandedYaml, 'yaml')}\n\n</details>\n`
    )
  }
  return parts.join('')
}

function where(p: { file?: string; line?: number }): string {
  if (!p.file) return ''
  return p.line ? `${p.file}:${p.line}: ` : `${p.file}: `
}

/** Appends the summary when the runner offers one; a local run has none. Never fails the run. */
export async function writeSummary(report: RunReport): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!file) return
  try {
    await appendFile(file, renderSummary(report))
  } catch (err) {
    core.warning(`Could not write the job summary: ${(err as Error).message}`)
  }
}
