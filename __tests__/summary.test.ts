// The job summary as a reviewer reads it: each test compares the WHOLE summary (or the whole file),
// so that nothing is added twice, dropped or left unescaped unnoticed.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { escapeHtml, renderSummary, writeSummary } from '../src/action/summary.js'
import { headline, newReport, runStep, skipStep, type RunReport } from '../src/action/report.js'
import { tempDir } from './support/temp.js'

const DIGEST = 'sha256:' + 'a'.repeat(64)

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
    dir: 'examples/flask-gevent',
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
  report.rock = 'examples/flask-gevent/flask-gevent_0.1_amd64.rock'
  report.smoke = {
    image: 'flask-gevent:0.1',
    worker: 'gevent',
    status: 200,
    readyMs: 3100,
    latencyMs: 4.6,
    metrics: { flask_requests: 3, 'flask_response_code{status="200"}': 3 }
  }
  report.publish = { digest: DIGEST, images: ['ghcr.io/o/app:1.0', 'ghcr.io/o/app:latest'] }
  report.expandedYaml = 'name: flask-gevent\nbase: bare\n'
  return report
}

const EXPANSION_HEAD =
  '<details><summary>Expanded project (what <code>rockcraft expand-extensions</code> prints)</summary>'
const STEPS_HEAD = '<table><tr><th>Step</th><th>Result</th><th>Time</th><th>Details</th></tr>'

describe('renderSummary', () => {
  it('shows every step, the project facts, smoke figures, every image with its digest and the expansion', () => {
    expect(renderSummary(passingReport())).toBe(
      '<h2>Flask rock: flask-gevent</h2>\n' +
        STEPS_HEAD +
        '<tr><td>inputs</td><td>✅ passed</td><td>0.0 s</td><td>read and valid</td></tr>' +
        '<tr><td>check</td><td>✅ passed</td><td>0.2 s</td><td>app:app, worker gevent, base bare</td></tr>' +
        '<tr><td>pack</td><td>✅ passed</td><td>95.0 s</td><td>flask-gevent_0.1_amd64.rock</td></tr>' +
        '</table>\n' +
        '<table><tr><th>Project</th><th>flask-gevent</th></tr>' +
        '<tr><td>Directory</td><td><code>examples/flask-gevent</code></td></tr>' +
        '<tr><td>Base</td><td><code>bare</code></td></tr>' +
        '<tr><td>Build base</td><td><code>ubuntu@24.04</code></td></tr>' +
        '<tr><td>Version</td><td><code>0.1</code></td></tr>' +
        '<tr><td>WSGI entrypoint</td><td><code>app:app</code></td></tr>' +
        '<tr><td>Worker</td><td><code>gevent</code></td></tr>' +
        '<tr><td>Build mode</td><td><code>destructive (ephemeral runner on the build base)</code></td></tr>' +
        '<tr><td>Cache</td><td><code>hit (exact)</code></td></tr>' +
        '<tr><td>Pack time</td><td><code>95.0 s</code></td></tr>' +
        '<tr><td>Rock</td><td><code>examples/flask-gevent/flask-gevent_0.1_amd64.rock</code></td></tr>' +
        '</table>\n' +
        '<ul><li>💡 app.py:3: an annotated app: Flask = ... is not found</li></ul>\n' +
        '<h3>Smoke test</h3>\n' +
        '<table><tr><th>Image</th><th>Worker</th><th>Status</th><th>Time to ready</th><th>Latency</th><th>Metrics</th></tr>' +
        '<tr><td><code>flask-gevent:0.1</code></td><td>gevent</td><td>200</td><td>3.1 s</td><td>5 ms</td>' +
        '<td><code>flask_requests 3</code><br><code>flask_response_code{status=&#34;200&#34;} 3</code></td></tr>' +
        '</table>\n' +
        '<h3>Published</h3>\n' +
        `<ul><li><code>ghcr.io/o/app:1.0</code> @ <code>${DIGEST}</code></li>` +
        `<li><code>ghcr.io/o/app:latest</code> @ <code>${DIGEST}</code></li></ul>\n` +
        `${EXPANSION_HEAD}\n\n\`\`\`yaml\nname: flask-gevent\nbase: bare\n\`\`\`\n\n</details>\n`
    )
  })

  it('names the failed step and its first reason in the headline and the Details cell', async () => {
    const report = newReport()
    skipStep(report, 'inputs', 'given')
    await expect(
      runStep(report, 'check', async () => {
        throw new Error(
          'rockcraft would refuse this project:\n- missing flask package dependency in requirements file.\n- <b>x</b>'
        )
      })
    ).rejects.toThrow('refuse')
    report.project = {
      dir: '.',
      initWritten: true,
      problems: [
        { message: 'missing flask package dependency in requirements file.' },
        { message: '<b>x</b>', file: 'rockcraft.yaml' }
      ],
      hints: []
    }
    const reason =
      'rockcraft would refuse this project: missing flask package dependency in requirements file. (and 1 more)'
    expect(renderSummary(report)).toBe(
      '<h2>Flask rock: Flask project</h2>\n' +
        `<p><strong>❌ Failed at step <code>check</code>:</strong> ${reason}</p>\n` +
        STEPS_HEAD +
        '<tr><td>inputs</td><td>⏭️ skipped</td><td>—</td><td>given</td></tr>' +
        `<tr><td>check</td><td>❌ failed</td><td>${report.steps[1].durationMs! < 50 ? '0.0 s' : 'x'}</td><td>${reason}</td></tr>` +
        // The steps it never reached, each with a row.
        '<tr><td>pack</td><td>⏭️ skipped</td><td>—</td><td>not reached (stopped at check)</td></tr>' +
        '<tr><td>smoke</td><td>⏭️ skipped</td><td>—</td><td>not reached (stopped at check)</td></tr>' +
        '<tr><td>publish</td><td>⏭️ skipped</td><td>—</td><td>not reached (stopped at check)</td></tr>' +
        '</table>\n' +
        '<table><tr><th>Project</th><th>.</th></tr>' +
        '<tr><td>rockcraft.yaml</td><td><code>written by init: true, not in the repository</code></td></tr>' +
        '</table>\n' +
        '<ul><li>❌ missing flask package dependency in requirements file.</li>' +
        '<li>❌ rockcraft.yaml: &#60;b&#62;x&#60;/b&#62;</li></ul>\n'
    )
  })

  it('an interrupted run: the step says interrupted, no failure headline, the rest not reached', () => {
    const report = newReport()
    report.steps.push(
      { name: 'inputs', outcome: 'passed', durationMs: 2, detail: 'read and valid' },
      { name: 'check', outcome: 'passed', durationMs: 180, detail: 'app:app, worker sync' },
      { name: 'pack', outcome: 'skipped', detail: 'rock given: app.rock' }
    )
    // As runStep records a step stopped by a signal (the run by hand in interrupt.test.ts).
    report.steps.push({
      name: 'smoke',
      outcome: 'interrupted',
      durationMs: 1200,
      detail: 'interrupted (SIGINT)'
    })
    report.interrupted = { step: 'smoke', signal: 'SIGINT' }
    expect(report.failure).toBeUndefined()
    const html = renderSummary(report)
    expect(html).toBe(
      '<h2>Flask rock: Flask project</h2>\n' +
        '<p><strong>⏹️ Interrupted (SIGINT) at step <code>smoke</code></strong>: the run was stopped there.</p>\n' +
        STEPS_HEAD +
        '<tr><td>inputs</td><td>✅ passed</td><td>0.0 s</td><td>read and valid</td></tr>' +
        '<tr><td>check</td><td>✅ passed</td><td>0.2 s</td><td>app:app, worker sync</td></tr>' +
        '<tr><td>pack</td><td>⏭️ skipped</td><td>—</td><td>rock given: app.rock</td></tr>' +
        '<tr><td>smoke</td><td>⏹️ interrupted</td><td>1.2 s</td><td>interrupted (SIGINT)</td></tr>' +
        '<tr><td>publish</td><td>⏭️ skipped</td><td>—</td><td>not reached (stopped at smoke)</td></tr>' +
        '</table>\n'
    )
    expect(html).not.toMatch(/Failed|failed/)
  })

  it('keeps every project value inside its cell: line breaks, Markdown and HTML stay text', () => {
    const hostile = 'v1\n\n## heading [link](https://evil.example) </td></table>\r\n<img src=x>'
    const report = passingReport()
    report.project!.version = hostile
    report.project!.name = hostile
    report.steps[1].detail = hostile
    report.smoke!.worker = hostile
    report.publish = { images: [], skipped: hostile }
    const inCell =
      'v1<br><br>## heading [link](https://evil.example) &#60;/td&#62;&#60;/table&#62;<br>&#60;img src=x&#62;'
    const html = renderSummary(report)
    expect(html).toContain(`<h2>Flask rock: ${inCell}</h2>\n`)
    expect(html).toContain(
      `<tr><td>check</td><td>✅ passed</td><td>0.2 s</td><td>${inCell}</td></tr>`
    )
    expect(html).toContain(`<tr><td>Version</td><td><code>${inCell}</code></td></tr>`)
    expect(html).toContain(`<td>${inCell}</td><td>200</td>`)
    expect(html).toContain(`<h3>Published</h3>\n<p>${inCell}</p>\n`)
    expect(markdownOutsideHtml(html)).toEqual([])
  })

  it("lists the rock's extra services with their states, names kept as text", () => {
    const report = passingReport()
    report.smoke!.services = [
      { name: 'mail-worker', startup: 'enabled', current: 'active' },
      { name: '<b>cron</b>\n## x-scheduler', startup: 'enabled', current: 'backoff' }
    ]
    const html = renderSummary(report)
    expect(html).toContain(
      '<table><tr><th>Extra service</th><th>Startup</th><th>State after boot</th></tr>' +
        '<tr><td><code>mail-worker</code></td><td>enabled</td><td>✅ active</td></tr>' +
        '<tr><td><code>&#60;b&#62;cron&#60;/b&#62;<br>## x-scheduler</code></td><td>enabled</td><td>⚠️ backoff</td></tr>' +
        '</table>\n'
    )
    expect(markdownOutsideHtml(html)).toEqual([])
    delete report.smoke!.services
    expect(renderSummary(report)).not.toContain('Extra service')
  })

  it('no text in any field becomes Markdown (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('\n', '\r', '#', '<', '>', '`', '|', '[', 'a', ' ', '-', '*')
    })
    fc.assert(
      fc.property(text, text, text, text, (a, b, c, yaml) => {
        const report = passingReport()
        report.project!.name = a
        report.project!.version = b
        report.project!.hints = [{ message: c, file: a, line: 1 }]
        report.steps[0].detail = c
        report.smoke!.image = b
        report.publish = { images: [a, b], digest: c }
        report.cache = { status: a }
        report.expandedYaml = yaml === '' ? 'x' : yaml
        expect(markdownOutsideHtml(renderSummary(report))).toEqual([])
      }),
      { numRuns: 300 }
    )
  })

  it("names the rock's distribution and says an SBOM is incomplete, its text escaped", () => {
    const report = newReport()
    report.sbom = {
      file: 'web.cdx.json',
      counts: { python: 0, ubuntu: 20000, go: 0 },
      ubuntuSource: 'dpkg status',
      distro: 'Debian',
      incomplete: ['/var/lib/dpkg/status: the SBOM lists 20000 components at most; <b>x</b>'],
      versions: [['Flask', 'unknown']],
      unknowns: []
    }
    const html = renderSummary(report)
    expect(html.slice(html.indexOf('<h3>SBOM</h3>'))).toBe(
      '<h3>SBOM</h3>\n' +
        '<table><tr><th>File</th><th>Python</th><th>Distribution packages</th><th>Go programs</th></tr>' +
        '<tr><td><code>web.cdx.json</code></td><td>0</td><td>20000 Debian (dpkg status)</td><td>0</td></tr></table>\n' +
        '<ul><li>Flask <code>unknown</code></li><li>Incomplete: /var/lib/dpkg/status: the SBOM lists 20000 components at most; &#60;b&#62;x&#60;/b&#62;</li></ul>\n'
    )
  })

  it('fences an expansion holding backticks with a longer fence, keeping the text as it is', () => {
    const report = newReport()
    report.expandedYaml = 'a: "```"\nb: "````"'
    expect(renderSummary(report)).toBe(
      '<h2>Flask rock: Flask project</h2>\n' +
        `${STEPS_HEAD}</table>\n` +
        `${EXPANSION_HEAD}\n\n\`\`\`\`\`yaml\na: "\`\`\`"\nb: "\`\`\`\`"\n\`\`\`\`\`\n\n</details>\n`
    )
  })

  it('shows a published image without a digest, and no empty facts', () => {
    const report = passingReport()
    report.publish = { images: ['localhost:5000/app:1'] }
    report.project = { dir: 'p', version: '', problems: [], hints: [] }
    for (const key of ['buildMode', 'cache', 'packMs', 'rock', 'smoke', 'expandedYaml'] as const)
      delete report[key]
    report.steps = []
    expect(renderSummary(report)).toBe(
      '<h2>Flask rock: Flask project</h2>\n' +
        `${STEPS_HEAD}</table>\n` +
        '<table><tr><th>Project</th><th>p</th></tr></table>\n' +
        '<h3>Published</h3>\n' +
        '<ul><li><code>localhost:5000/app:1</code></li></ul>\n'
    )
  })
})

/**
 * Lines the runner would read as Markdown: the summary is HTML blocks (each ends at a blank line)
 * and one fenced block inside <details>. Anything else is text that escaped its element.
 */
function markdownOutsideHtml(html: string): string[] {
  const lines = html.split('\n')
  const outside: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === EXPANSION_HEAD && lines[i + 1] === '') {
      // The fence opens after a blank line and must close only on its own closing line.
      const fence = /^(`{3,})yaml$/.exec(lines[i + 2])?.[1]
      const end = fence ? lines.indexOf(fence, i + 3) : -1
      if (end < 0 || lines[end + 1] !== '' || lines[end + 2] !== '</details>') outside.push(line)
      i = end < 0 ? lines.length : end + 2
      continue
    }
    if (line === '' && i === lines.length - 1) continue
    if (!/^<(h2|h3|p|table|ul)>.*<\/(h2|h3|p|table|ul)>$/.test(line)) outside.push(line)
  }
  return outside
}

describe('headline', () => {
  it.each([
    ['one line', 'one line'],
    ['first\nsecond', 'first'],
    ['refused:\n- a\n- b\n- c', 'refused: a (and 2 more)'],
    ['refused:\n\n  - only one  \n', 'refused: only one'],
    ['ends with colon:', 'ends with colon:'],
    ['load failed: \r\ntail line', 'load failed: tail line']
  ])('%j -> %j', (message, expected) => {
    expect(headline(message)).toBe(expected)
  })
})

describe('writeSummary', () => {
  const saved = process.env.GITHUB_STEP_SUMMARY
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY
    else process.env.GITHUB_STEP_SUMMARY = saved
  })

  it('appends the summary once to what other steps wrote', async () => {
    const file = join(tempDir('summary-'), 'summary.md')
    writeFileSync(file, 'before\n')
    process.env.GITHUB_STEP_SUMMARY = file
    await writeSummary(passingReport())
    expect(readFileSync(file, 'utf8')).toBe(`before\n${renderSummary(passingReport())}`)
  })

  it('warns in one line, and does not fail, when the summary file cannot be written', async () => {
    const dir = tempDir('summary-')
    process.env.GITHUB_STEP_SUMMARY = dir
    const log: string[] = []
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      log.push(String(chunk))
      return true
    })
    try {
      await writeSummary(passingReport())
    } finally {
      write.mockRestore()
    }
    expect(log).toEqual([
      `::warning::Could not write the job summary: EISDIR: illegal operation on a directory, open '${dir}'\n`
    ])
  })

  it('writes nothing, and does not fail, without a summary file', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    try {
      await expect(writeSummary(passingReport())).resolves.toBeUndefined()
      expect(write).not.toHaveBeenCalled()
    } finally {
      write.mockRestore()
    }
  })

  it('escapes &, <, >, quotes', () => {
    expect(escapeHtml(`<a href="x">&'`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;')
  })
})
