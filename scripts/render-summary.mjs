#!/usr/bin/env node
// Renders the job summary's "What changes in the rock" section of `OLD -> NEW` as GitHub renders a
// job summary (cmark-gfm with GitHub's extensions, then a page with GitHub-like CSS) and takes a
// screenshot with headless Chromium, to look at what a reviewer sees.
//   node scripts/render-summary.mjs OLD NEW OUT.png   (needs cmark-gfm and chromium on PATH)
// Also writes OUT.html beside the screenshot.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { REPO, transpileTree } from './transpile.mjs'

const [oldSide, newSide, out] = process.argv.slice(2)
if (!out) {
  process.stderr.write('usage: node scripts/render-summary.mjs OLD NEW OUT.png\n')
  process.exit(2)
}

// Close to github.com's markdown-body in its light theme.
const CSS = `
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; max-width: 1012px; margin: 24px auto; padding: 24px;
  border: 1px solid #d0d7de; border-radius: 6px; color: #1f2328; font-size: 14px; line-height: 1.5;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; word-wrap: break-word; }
.markdown-body h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; }
.markdown-body p, .markdown-body table { margin: 0 0 16px; }
.markdown-body table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
.markdown-body th { font-weight: 600; }
.markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d0d7de; }
.markdown-body tr { background: #fff; border-top: 1px solid #d1d9e0b3; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body code { padding: .2em .4em; margin: 0; font-size: 85%; white-space: break-spaces;
  background: #818b981f; border-radius: 6px; font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
`

const tree = transpileTree()
const work = mkdtempSync(join(tmpdir(), 'flask-rock-render-'))
try {
  symlinkSync(join(REPO, 'package.json'), join(tree, 'package.json'))
  const { diffRocks, diffHtml } = await import(join(tree, 'src/diff/index.js'))
  const section = diffHtml(await diffRocks(oldSide, newSide))
  const html = execFileSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'],
    { input: section }
  ).toString()
  const page = resolve(out.replace(/\.png$/, '') + '.html')
  writeFileSync(
    page,
    `<!doctype html><meta charset="utf-8"><style>${CSS}</style><div class="markdown-body">${html}</div>\n`
  )
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${join(work, 'profile')}`,
      `--screenshot=${resolve(out)}`,
      '--window-size=1200,1600',
      `file://${page}`
    ],
    { stdio: 'ignore', timeout: 120_000 }
  )
  process.stdout.write(`${resolve(out)}\n${page}\n`)
} finally {
  rmSync(work, { recursive: true, force: true })
  rmSync(tree, { recursive: true, force: true })
}
