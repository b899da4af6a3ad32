// The job summary: one table of steps, then the details a reviewer looks for.
import * as core from '@actions/core'
import { seconds, type RunReport } from './report.js'

// core.summary inserts table cells and details as raw HTML: anything from the project or a tool is escaped.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}

function duration(ms: number | undefined): string {
  return ms === undefined ? '—' : seconds(ms)
}

const ICON = { passed: '✅', failed: '❌', skipped: '⏭️' } as const

/** Renders the report as the job summary's HTML/Markdown (pure: no I/O). */
export function renderSummary(report: RunReport): string {
  const s = core.summary.emptyBuffer()
  const name = report.project?.name ?? 'Flask project'
  s.addHeading(`Flask rock: ${escapeHtml(name)}`, 2)

  if (report.failure) {
    s.addRaw(
      `<p><strong>❌ Failed at step <code>${report.failure.step}</code>:</strong> ${escapeHtml(
        report.failure.message.split('\n')[0]
      )}</p>`,
      true
    )
  }

  s.addTable([
    [
      { data: 'Step', header: true },
      { data: 'Result', header: true },
      { data: 'Time', header: true },
      { data: 'Details', header: true }
    ],
    ...report.steps.map(step => [
      step.name,
      `${ICON[step.outcome]} ${step.outcome}`,
      duration(step.durationMs),
      escapeHtml(step.detail)
    ])
  ])

  const p = report.project
  if (p) {
    const facts: [string, string | undefined][] = [
      ['Base', p.base],
      ['Build base', p.buildBase],
      ['Version', p.version],
      ['WSGI entrypoint', p.wsgi],
      ['Worker', p.worker],
      ['Ships in /flask/app', p.ships && (p.ships.join(' ') || '(nothing)')],
      ['Build mode', report.buildMode && `${report.buildMode.mode} (${report.buildMode.reason})`],
      ['Cache', report.cache?.status],
      ['Pack time', report.packMs === undefined ? undefined : duration(report.packMs)],
      ['Rock', report.rock]
    ]
    s.addTable([
      [
        { data: 'Project', header: true },
        { data: escapeHtml(p.dir), header: true }
      ],
      ...facts
        .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
        .map(([k, v]) => [k, `<code>${escapeHtml(v)}</code>`])
    ])
    const lines = [
      ...p.problems.map(x => `❌ ${where(x)}${x.message}`),
      ...p.hints.map(x => `💡 ${where(x)}${x.message}`)
    ]
    if (lines.length > 0) s.addList(lines.map(escapeHtml))
  }

  if (report.smoke) {
    const m = report.smoke
    s.addHeading('Smoke test', 3)
    s.addTable([
      [
        { data: 'Image', header: true },
        { data: 'Worker', header: true },
        { data: 'Status', header: true },
        { data: 'Time to ready', header: true },
        { data: 'Latency', header: true },
        { data: 'Metrics', header: true }
      ],
      [
        `<code>${escapeHtml(m.image)}</code>`,
        escapeHtml(m.worker),
        String(m.status),
        duration(m.readyMs),
        `${Math.round(m.latencyMs)} ms`,
        Object.entries(m.metrics)
          .map(([k, v]) => `<code>${escapeHtml(k)} ${v}</code>`)
          .join('<br>')
      ]
    ])
  }

  if (report.publish) {
    s.addHeading('Published', 3)
    if (report.publish.skipped) s.addRaw(`<p>${escapeHtml(report.publish.skipped)}</p>`, true)
    else
      s.addList(
        report.publish.images.map(
          ref =>
            `<code>${escapeHtml(ref)}</code>${report.publish?.digest ? ` @ <code>${escapeHtml(report.publish.digest)}</code>` : ''}`
        )
      )
  }

  if (report.expandedYaml) {
    s.addDetails(
      'Expanded project (what <code>rockcraft expand-extensions</code> prints)',
      `\n\n\`\`\`yaml\n${report.expandedYaml.replace(/```/g, '`\u200b``')}\n\`\`\`\n\n`
    )
  }
  return s.stringify()
}

function where(p: { file?: string; line?: number }): string {
  if (!p.file) return ''
  return p.line ? `${p.file}:${p.line}: ` : `${p.file}: `
}

/** Writes the summary when the runner offers one; a local run has none. Never fails the run. */
export async function writeSummary(report: RunReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.emptyBuffer().addRaw(renderSummary(report)).write()
  } catch (err) {
    core.warning(`Could not write the job summary: ${(err as Error).message}`)
  }
}
