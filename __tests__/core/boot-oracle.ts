// An independent boot of a project as the rock would hold it: the project's files laid out as the
// expanded install-app part (dump plugin: organize, then stage and prime) puts them under
// /flask/app, the project itself installed by the real `pip install .` (Debian's pip and build
// backends, offline) into a site directory standing in for the venv's site-packages, then the app
// imported from /flask/app the way gunicorn does (its own import_app, /flask/app first on sys.path)
// and asked for GET /. And the whole boot: Debian's real gunicorn started on a laid-out /flask/app
// as the rock's service starts it, asked for GET / over HTTP (bootRock). The one boot oracle of
// the core's tests (boot-oracle.test.ts, installed.test.ts).
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

const PYTHON = '/usr/bin/python3'

export type Verdict =
  | { verdict: 'boots' }
  | { verdict: 'pack fails'; why: string }
  | { verdict: 'would not boot'; why: string }

export interface OracleAnswer {
  result: Verdict
  /** top-level names pip put into the site directory */
  installed: string[]
  /** top-level entries under /flask/app */
  ships: string[]
}

// craft-parts' fileset matching, as the boot bridge and rockcraft apply stage/prime: a path is kept
// when it (or a directory above it) matches an include, and no exclude matches it.
function globRe(pattern: string): RegExp {
  const body = pattern
    .split('')
    .map(c => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${body}(/.*)?$`)
}

function kept(entries: unknown, rel: string): boolean {
  if (!Array.isArray(entries) || entries.length === 0) return true
  const list = entries.filter((e): e is string => typeof e === 'string')
  const include = list.filter(e => !e.startsWith('-'))
  const exclude = list.filter(e => e.startsWith('-')).map(e => e.slice(1).trim())
  if (include.length > 0 && !include.some(e => globRe(e.replace(/\/$/, '')).test(rel))) return false
  return !exclude.some(e => globRe(e.replace(/\/$/, '')).test(rel))
}

function walk(dir: string, rel = ''): string[] {
  const out: string[] = []
  for (const name of readdirSync(path.join(dir, rel))) {
    const r = rel ? `${rel}/${name}` : name
    if (statSync(path.join(dir, r)).isDirectory()) out.push(...walk(dir, r))
    else out.push(r)
  }
  return out
}

/** Lays out what the install-app part primes, under <dest>/flask/app. */
export function layOutFlaskApp(project: string, part: Record<string, unknown>, dest: string): void {
  const organize = (part.organize ?? {}) as Record<string, string>
  for (const file of walk(project)) {
    let target = file
    for (const [from, to] of Object.entries(organize)) {
      const src = path.posix.normalize(from)
      if (src === '.' || file === src || file.startsWith(`${src}/`)) {
        target = src === '.' ? `${to}/${file}` : to + file.slice(src.length)
        break
      }
    }
    if (!target.startsWith('flask/app/')) continue
    if (!kept(part.stage, target) || !kept(part.prime, target)) continue
    mkdirSync(path.dirname(path.join(dest, target)), { recursive: true })
    cpSync(path.join(project, file), path.join(dest, target))
  }
}

const BOOT = `
import site, sys
app_dir, site_dir, wsgi = sys.argv[1:4]
sys.path.insert(0, app_dir)  # gunicorn chdirs to /flask/app and puts it first
site.addsitedir(site_dir)    # the venv's site-packages
from gunicorn.util import import_app
from werkzeug.test import Client
app = import_app(wsgi)
print("status", Client(app).get("/").status_code)
`

/** Packs (pip install .) and boots the project the way the rock would; the verdict and what it saw. */
export function bootOracle(
  project: string,
  installPart: Record<string, unknown>,
  wsgi: string
): OracleAnswer {
  const work = mkdtempSync(path.join(tmpdir(), 'flask-rock-oracle-'))
  try {
    const source = path.join(work, 'source')
    cpSync(project, source, { recursive: true })
    const siteDir = path.join(work, 'site')
    mkdirSync(siteDir)
    const env = { PATH: '/usr/bin:/bin', HOME: work, PYTHONDONTWRITEBYTECODE: '1' }
    const hasBuild = ['pyproject.toml', 'setup.py'].some(f => {
      try {
        return statSync(path.join(source, f)).isFile()
      } catch {
        return false
      }
    })
    let installed: string[] = []
    if (hasBuild) {
      const pip = spawnSync(
        PYTHON,
        [
          '-m', 'pip', 'install', '--no-build-isolation', '--no-index', '--no-deps',
          '--disable-pip-version-check', '--no-cache-dir', '--quiet', '--target', siteDir, '.'
        ], // prettier-ignore
        { cwd: source, env, encoding: 'utf8', timeout: 120_000 }
      )
      if (pip.status !== 0) {
        const why = `${pip.stdout}\n${pip.stderr}`
          .split('\n')
          .filter(l => /Error|error:|refus|Multiple|No file|Unable|not possible/.test(l))
          .join(' / ')
        return { result: { verdict: 'pack fails', why }, installed: [], ships: [] }
      }
      installed = readdirSync(siteDir)
        .filter(n => !/\.(dist|egg)-info$|^__pycache__$|^bin$/.test(n))
        .map(n => n.replace(/\.py$/, ''))
        .sort()
    }
    const rock = path.join(work, 'rock')
    layOutFlaskApp(project, installPart, rock)
    const appDir = path.join(rock, 'flask/app')
    mkdirSync(appDir, { recursive: true })
    const ships = readdirSync(appDir).sort()
    const boot = spawnSync(PYTHON, ['-I', '-c', BOOT, appDir, siteDir, wsgi], {
      cwd: appDir,
      env,
      encoding: 'utf8',
      timeout: 60_000
    })
    if (boot.status === 0 && boot.stdout.includes('status 200')) {
      return { result: { verdict: 'boots' }, installed, ships }
    }
    const why = boot.stderr.trim().split('\n').pop() ?? `exit ${boot.status}`
    return { result: { verdict: 'would not boot', why }, installed, ships }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export interface Boot {
  /** GET / answered 200 */
  serves: boolean
  /** gunicorn's output when it did not */
  log: string
}

/** Debian's gunicorn on the laid-out /flask/app, the way the rock's service starts it; `env`: the
 * service's environment (a charm's configuration, FLASK_CONFIG...). */
export async function bootRock(
  rock: string,
  wsgi: string,
  env: Record<string, string> = {}
): Promise<Boot> {
  const port = await freePort()
  const cwd = mkdtempSync(path.join(tmpdir(), 'flask-rock-oracle-cwd-'))
  const child = spawn(
    '/usr/bin/python3',
    [
      '-m',
      'gunicorn',
      '--chdir',
      path.join(rock, 'flask/app'),
      '-b',
      `127.0.0.1:${port}`,
      '-w',
      '1',
      '-k',
      'sync',
      wsgi
    ],
    {
      cwd,
      env: { ...env, PATH: '/usr/bin:/bin', PYTHONDONTWRITEBYTECODE: '1', HOME: cwd },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    }
  )
  let log = ''
  child.stdout.on('data', (d: Buffer) => (log += d.toString()))
  child.stderr.on('data', (d: Buffer) => (log += d.toString()))
  let exited = false
  const done = new Promise<void>(resolve =>
    child.once('exit', () => {
      exited = true
      resolve()
    })
  )
  let serves = false
  const deadline = Date.now() + 20_000
  while (!exited && Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) })
      serves = res.status === 200
      break
    } catch {
      await new Promise(r => setTimeout(r, 100))
    }
  }
  if (!exited) process.kill(-child.pid!, 'SIGKILL')
  await done
  rmSync(cwd, { recursive: true, force: true })
  return { serves, log }
}

/** The last line of the traceback gunicorn printed (the error the worker died with). */
export function died(log: string): string {
  const lines = log.split('\n').filter(l => /^\S*(Error|Exception)\b|Error: /.test(l))
  return lines[lines.length - 1] ?? log
}
