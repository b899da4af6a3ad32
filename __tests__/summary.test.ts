import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { escapeHtml, renderSummary, writeSummary } from '../src/summary.js'
import { newReport, runStep, skipStep, type RunReport } from '../src/report.js'

function passingReport(): RunReport {
  const report = newReport()
  report.steps.push(
    { name: 'inputs', outcome: 'passed', durationMs: 2, detail: 'read and valid' },
    {
      name: 'check',
      outcome: 'passed',
      durationMs: 180,
      detail: 'app:app, worker gevent, base bare'
    },
    { name: 'pack', outcome: 'passed', durationMs: 95_000, detail: 'flask-gevent_0.1_amd64.rock' }
  )
  report.project = {
    dir: '/w/examples/flask-gevent',
    name: 'flask-gevent',
    version: '0.1',
    base: 'bare',
    buildBase: 'ubuntu@24.04',
    wsgi: 'app:app',
    worker: 'gevent',
    problems: [],
    hints: [{ message: 'an annotated app: Flask = ... is not found', file: 'app.py', line: 3 }]
  }
  report.buildMode = { mode: 'destructive', reason: 'ephemeral runner on the build base' }
  report.cache = { status: 'hit (exact)', key: 'flask-rock-v1-Linux-X64-abc' }
  report.packMs = 95_000
  report.smoke = {
    image: 'flask-gevent:0.1',
    worker: 'gevent',
    status: 200,
    readyMs: 3100,
    latencyMs: 4.2,
    metrics: { flask_requests: 3, 'flask_response_code{status="200"}': 3 }
  }
  report.publish = { digest: 'sha256:' + 'a'.repeat(64), images: ['ghcr.io/o/app:1.0'] }
  report.expandedYaml = 'name: flask-gevent\nbase: bare\n'
  return report
}

describe('renderSummary', () => {
  it('shows every step, the project facts, smoke figures, the digest and the expansion', () => {
    const html = renderSummary(passingReport())
    expect(html).toContain('<h2>Flask rock: flask-gevent</h2>')
    for (const cell of [
      'inputs',
      'check',
      'pack',
      '✅ passed',
      '95.0 s',
      'app:app, worker gevent, base bare'
    ]) {
      expect(html).toContain(`<td>${cell}</td>`)
    }
    expect(html).toContain('<code>destructive (ephemeral runner on the build base)</code>')
    expect(html).toContain('<code>hit (exact)</code>')
    expect(html).toContain('💡 app.py:3: an annotated app: Flask = ... is not found')
    expect(html).toContain('<td>3.1 s</td>')
    expect(html).toContain('<code>flask_response_code{status=&#34;200&#34;} 3</code>')
    expect(html).toContain(`<code>ghcr.io/o/app:1.0</code> @ <code>sha256:${'a'.repeat(64)}</code>`)
    expect(html).toMatch(
      /<details><summary>Expanded project[^]*```yaml\nname: flask-gevent\nbase: bare\n/
    )
    expect(html).not.toContain('Failed at step')
  })

  it('names the failed step and its reason, escaping what the tool printed', async () => {
    const report = newReport()
    await expect(
      runStep(report, 'smoke', async () => {
        throw new Error('app answered 500 on /<script>\nmore lines')
      })
    ).rejects.toThrow('answered 500')
    skipStep(report, 'publish', 'the smoke test failed')
    const html = renderSummary(report)
    expect(html).toContain(
      '<strong>❌ Failed at step <code>smoke</code>:</strong> app answered 500 on /&#60;script&#62;</p>'
    )
    expect(html).toContain('<td>❌ failed</td>')
    expect(html).toContain('<td>⏭️ skipped</td><td>—</td><td>the smoke test failed</td>')
    expect(html).not.toContain('<script>')
  })
})

describe('writeSummary', () => {
  it('appends to the runner summary file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'summary-')), 'summary.md')
    writeFileSync(file, 'before\n')
    process.env.GITHUB_STEP_SUMMARY = file
    try {
      await writeSummary(passingReport())
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY
    }
    const text = readFileSync(file, 'utf8')
    expect(text.startsWith('before\n<h2>Flask rock: flask-gevent</h2>')).toBe(true)
  })

  it('escapes &, <, >, quotes', () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;')
  })
})
