// flask-rock spawned the way a user runs it: the CLI bundled by ncc (as `npm run bundle` does),
// run by node on temp projects. Bad input must give a clear message, exit 1, no stack trace,
// and no hang.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { cleanup, FLASK_YAML, project } from './helpers.js'

const ROOT = path.resolve(import.meta.dirname ?? '.', '../..')
let cliDir = ''
let cli = ''

beforeAll(() => {
  cliDir = mkdtempSync(path.join(tmpdir(), 'flask-rock-cli-'))
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/ncc'),
    ['build', path.join(ROOT, 'src/cli.ts'), '-o', cliDir, '--target', 'es2022', '-q'],
    { cwd: ROOT, stdio: 'pipe' }
  )
  cli = path.join(cliDir, 'index.js')
}, 120_000)

afterAll(() => {
  cleanup()
  rmSync(cliDir, { recursive: true, force: true })
})

interface Run {
  code: number | null
  stdout: string
  stderr: string
  ms: number
}

function flaskRock(args: string[], cwd = ROOT): Run {
  const started = Date.now()
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '' }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started }
}

function expectCleanFailure(r: Run, pattern: RegExp): void {
  expect(r.code).toBe(1)
  expect(r.stderr).toMatch(pattern)
  expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/) // no stack trace
  // no hang; how fast is measured in bench/ (a loaded machine makes a tight bound flaky)
  expect(r.ms).toBeLessThan(10_000)
}

const GOOD = { 'requirements.txt': 'flask\n', 'app.py': 'app = object()\n' }

describe('flask-rock check / expand / init', () => {
  it('check prints the entrypoint and worker', () => {
    const r = flaskRock([
      'check',
      project({ ...GOOD, 'requirements.txt': 'flask\ngevent\n' }, FLASK_YAML)
    ])
    expect(r).toMatchObject({ code: 0, stdout: 'wsgi: app:app\nworker: gevent\nships: app.py\n' })
  })

  it('check reports every problem as a "- " line and exits 1', () => {
    const r = flaskRock(['check', project({}, FLASK_YAML)])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      "- missing a requirements file (requirements.txt or pyproject.toml). The flask-framework extension requires one of these files with 'flask' specified as a dependency.\n" +
        '- Missing WSGI entrypoint in default search locations\n' +
        'hint: rockcraft looks for a module-level app or application (or def create_app / make_app) only in app.py, main.py, app/__init__.py, app/app.py, app/main.py, src/__init__.py, src/app.py, src/main.py, foo_bar/__init__.py, foo_bar/app.py, foo_bar/main.py\n'
    )
  })

  it('DIR defaults to the current directory', () => {
    const r = flaskRock(['check'], project(GOOD, FLASK_YAML))
    expect(r.code).toBe(0)
  })

  it('expand prints YAML by default and JSON on request', () => {
    const dir = project(GOOD, FLASK_YAML)
    const yaml = flaskRock(['expand', dir])
    expect(yaml.code).toBe(0)
    expect(yaml.stdout).toMatch(/^name: foo-bar\ntitle: foo-bar\nsummary: A Flask app\n/)
    // craft-cli prints the YAML text as a message: one more newline when captured.
    expect(yaml.stdout).toMatch(/user: _daemon_\n\n$/)
    const json = flaskRock(['expand', '--format', 'json', dir])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toMatchObject({ name: 'foo-bar', 'run-user': '_daemon_' })
  })

  it('expand of a project rockcraft would refuse: exit 1, its error lines', () => {
    const r = flaskRock(['expand', project({ 'app.py': 'app = 1' }, FLASK_YAML)])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^- missing a requirements file/)
  })

  it('init writes rockcraft.yaml once and never over an existing file', () => {
    const dir = project(GOOD)
    const first = flaskRock(['init', dir, '--name', 'my-app', '--base', 'ubuntu@24.04'])
    expect(first).toMatchObject({ code: 0, stdout: `wrote ${path.join(dir, 'rockcraft.yaml')}\n` })
    const text = readFileSync(path.join(dir, 'rockcraft.yaml'), 'utf8')
    const again = flaskRock(['init', dir, '--name', 'other'])
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/exists; left as it is/)
    expect(readFileSync(path.join(dir, 'rockcraft.yaml'), 'utf8')).toBe(text)
    // What init wrote is a project the check accepts.
    const check = flaskRock(['check', dir])
    expect(check).toMatchObject({ code: 0, stdout: 'wsgi: app:app\nworker: sync\nships: app.py\n' })
  })

  it('usage errors exit 2', () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['check', '--bogus'],
      ['expand', '--format', 'toml'],
      ['check', 'a', 'b'],
      ['check', '--name', 'x']
    ]) {
      const r = flaskRock(args)
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
    }
  })

  it('--help prints usage and exits 0', () => {
    for (const args of [['--help'], ['expand', '--help'], ['-h']]) {
      const r = flaskRock(args)
      expect(r.code).toBe(0)
      expect(r.stdout).toMatch(/^Usage: flask-rock/)
    }
  })
})

describe('bad input: a clear error, exit 1, no stack trace, no hang', () => {
  const yaml = (text: string): string => {
    const dir = project(GOOD)
    writeFileSync(path.join(dir, 'rockcraft.yaml'), text)
    return dir
  }

  it('rockcraft.yaml that is not YAML, with its line', () => {
    const r = flaskRock(['check', yaml('name: x\nbase: [unclosed\n')])
    expectCleanFailure(r, /^- error parsing 'rockcraft.yaml': .+/)
  })
  it('rockcraft.yaml that is not a mapping', () => {
    expectCleanFailure(flaskRock(['check', yaml('- a\n- b\n')]), /must be a mapping/)
    expectCleanFailure(flaskRock(['check', yaml('')]), /must be a mapping.*holds nothing/)
  })
  it('an alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i)
      const cur = String.fromCharCode(97 + i)
      bomb.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    expectCleanFailure(
      flaskRock(['check', yaml(bomb.join('\n') + '\n')]),
      /error parsing 'rockcraft.yaml'/
    )
  })
  it('no name', () => {
    expectCleanFailure(
      flaskRock([
        'check',
        yaml('base: ubuntu@22.04\nplatforms: {amd64: }\nextensions: [flask-framework]\n')
      ]),
      /^- field 'name' required in top-level configuration$/m
    )
  })
  it('duplicate keys, as craft refuses them', () => {
    expectCleanFailure(
      flaskRock(['check', yaml('name: a\nname: b\n')]),
      /error parsing 'rockcraft.yaml'/
    )
  })

  const req = (content: string | Buffer): string =>
    project({ 'app.py': 'app = 1', 'requirements.txt': content }, FLASK_YAML)

  it('requirements.txt with CRLF is read like Python reads it', () => {
    expect(flaskRock(['check', req('requests\r\nFlask\r\ngevent\r\n')]).stdout).toBe(
      'wsgi: app:app\nworker: gevent\nships: app.py\n'
    )
  })
  it('requirements.txt with a BOM: flask on line 1 is lost, with a hint why', () => {
    const r = flaskRock(['check', req('\ufeffflask\n')])
    expectCleanFailure(r, /^- missing flask package dependency in requirements file\.$/m)
    expect(r.stderr).toMatch(/hint: .*byte order mark/)
  })
  it('requirements.txt with -r, --hash, markers, extras and VCS URLs', () => {
    const ok = flaskRock([
      'check',
      req(
        '-r base.txt\n--hash=sha256:00\nflask[async]==3.0 ; python_version >= "3.8"\ngit+https://github.com/gevent/gevent.git#egg=gevent\n'
      )
    ])
    expect(ok).toMatchObject({ code: 0, stdout: 'wsgi: app:app\nworker: sync\nships: app.py\n' })
    const vcsOnly = flaskRock([
      'check',
      req('git+https://github.com/pallets/flask.git#egg=flask\n')
    ])
    expectCleanFailure(vcsOnly, /missing flask package dependency/)
    const hashed = flaskRock(['check', req('flask==3.0 --hash=sha256:00\n')])
    expectCleanFailure(hashed, /missing flask package dependency/)
    expect(hashed.stderr).toMatch(/hint: .*line 1 is ignored by rockcraft/)
  })
  it('requirements.txt with non-UTF-8 bytes', () => {
    const r = flaskRock([
      'check',
      req(Buffer.from([0x66, 0x6c, 0x61, 0x73, 0x6b, 0x0a, 0xff, 0xfe, 0x0a]))
    ])
    expectCleanFailure(r, /^- requirements.txt is not valid UTF-8 \(line 2\)$/m)
  })
  it('pyproject.toml that is not TOML', () => {
    const dir = project(
      { 'app.py': 'app = 1', 'pyproject.toml': '[project\nname = 1\n' },
      FLASK_YAML
    )
    expectCleanFailure(flaskRock(['check', dir]), /^- error parsing pyproject.toml: .+/m)
  })
  it('app.py with NUL bytes', () => {
    const dir = project({ 'requirements.txt': 'flask', 'app.py': 'app = 1\0\n' }, FLASK_YAML)
    expectCleanFailure(flaskRock(['check', dir]), /^- error parsing app.py: .*null bytes/m)
  })
  it('a project path that is missing or a file', () => {
    expectCleanFailure(
      flaskRock(['check', '/nonexistent/flask-project']),
      /^flask-rock: project directory \/nonexistent\/flask-project does not exist\n$/
    )
    const file = path.join(project(GOOD), 'app.py')
    expectCleanFailure(
      flaskRock(['expand', file]),
      /^flask-rock: project path .* is not a directory\n$/
    )
  })
  it('a symlink at the project root pointing outside the project', () => {
    const outside = project({ 'requirements.txt': 'flask\n' })
    const dir = project({ 'app.py': 'app = 1' }, FLASK_YAML)
    symlinkSync(path.join(outside, 'requirements.txt'), path.join(dir, 'requirements.txt'))
    expectCleanFailure(
      flaskRock(['check', dir]),
      /^- requirements.txt is a symlink to .*, outside the project/m
    )
  })
  it('files of many MB', () => {
    const big = Buffer.alloc(40 << 20, 'flask\n')
    const dir = project(
      { 'app.py': big, 'requirements.txt': big, 'pyproject.toml': big },
      FLASK_YAML
    )
    writeFileSync(path.join(dir, 'rockcraft.yaml'), big)
    const r = flaskRock(['check', dir])
    expectCleanFailure(r, /^- rockcraft.yaml is 40.0 MB, over the 1 MB this check reads/m)
    expect(r.stderr).toMatch(/^- requirements.txt is 40.0 MB/m)
    expect(r.stderr).toMatch(/^- app.py is larger than 16 MB/m)
  })
})

it('the bundled CLI does not pull in @actions/*', () => {
  expect(existsSync(cli)).toBe(true)
  expect(readFileSync(cli, 'utf8')).not.toMatch(/@actions\/(core|cache|http-client)/)
})
