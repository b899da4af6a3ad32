// flask-rock spawned the way a user runs it: the CLI bundled by ncc (as `npm run bundle` does),
// run by node on temp projects. Bad input must give a clear message, exit 1, no stack trace,
// and no hang.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { INVALID_NAME, INVALID_VERSION } from '../../src/core/names.js'
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
    ['build', path.join(ROOT, 'src/cli/cli.ts'), '-o', cliDir, '--target', 'es2022', '-q'],
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
const FLASK_APP = 'from flask import Flask\napp = Flask(__name__)\n'

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
    const dir = yaml('name: x\nbase: [unclosed\n')
    const r = flaskRock(['check', dir])
    // The line where the parser gave up (the flow list never closes: the end, line 3).
    expect(r.stderr).toBe(
      `- ${dir}/rockcraft.yaml:3: error parsing 'rockcraft.yaml': Flow sequence in block collection must be sufficiently indented and end with a ]\n`
    )
    expectCleanFailure(r, /^- \S+\/rockcraft\.yaml:3: error parsing 'rockcraft.yaml': .+/)
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

  // a real WSGI app: the check also says what gunicorn would make of the one it serves
  const req = (content: string | Buffer): string =>
    project({ 'app.py': FLASK_APP, 'requirements.txt': content }, FLASK_YAML)

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
    // rockcraft's Path.read_text() raises: not a refusal, a crash, so the pack fails
    expectCleanFailure(
      r,
      /^- \/.*\/requirements\.txt: the pack would fail: rockcraft would crash reading requirements\.txt: Path\.read_text\(\) decodes it as UTF-8 and raises UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 6: invalid start byte\. Save it as UTF-8$/m
    )
  })
  it('pyproject.toml that is not TOML', () => {
    const dir = project(
      { 'app.py': 'app = 1', 'pyproject.toml': '[project\nname = 1\n' },
      FLASK_YAML
    )
    expectCleanFailure(
      flaskRock(['check', dir]),
      /^- \S+\/pyproject\.toml:1: error parsing pyproject.toml: .+/m
    )
  })
  it('app.py with NUL bytes', () => {
    const dir = project({ 'requirements.txt': 'flask', 'app.py': 'app = 1\0\n' }, FLASK_YAML)
    expectCleanFailure(flaskRock(['check', dir]), /^- error parsing app.py: .*null bytes/m)
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

describe('usage errors: exit 2, the reason, then the usage', () => {
  const usage = (r: Run, reason: string): void => {
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' })
    expect(r.stderr).toMatch(/^flask-rock: .*\n\nUsage: flask-rock <command> \[options\] \[DIR\]\n/)
    expect(r.stderr.split('\n')[0]).toBe(`flask-rock: ${reason}`)
  }
  it('init with a bad --name, --base or --version writes nothing', () => {
    const dir = project(GOOD)
    usage(flaskRock(['init', '--name', 'Bad_Name', dir]), `--name: ${INVALID_NAME} Got 'Bad_Name'.`)
    usage(
      flaskRock(['init', '--base', 'ubuntu@20.04', dir]),
      "--base: the flask-framework extension supports bare, ubuntu@22.04, ubuntu:22.04, ubuntu@24.04, ubuntu@26.04; not 'ubuntu@20.04'"
    )
    usage(
      flaskRock(['init', '--version', 'v1: "x"', dir]),
      `--version: ${INVALID_VERSION} Got 'v1: "x"'.`
    )
    expect(existsSync(path.join(dir, 'rockcraft.yaml'))).toBe(false)
  })
  it('a DIR that is missing or a file', () => {
    usage(
      flaskRock(['check', '/nonexistent/flask-project']),
      'project directory /nonexistent/flask-project does not exist'
    )
    usage(
      flaskRock(['init', '/nonexistent/flask-project']),
      'project directory /nonexistent/flask-project does not exist'
    )
    const file = path.join(project(GOOD), 'app.py')
    usage(flaskRock(['expand', file]), `project path ${file} is not a directory`)
  })
  it('an unknown option is named as an option, before or after the command', () => {
    usage(flaskRock(['--bogus']), "unknown option '--bogus'")
    // parseArgs's own message ends in an unbalanced quote (as in '-- "--bogus"): ours is one line.
    usage(flaskRock(['check', '--bogus']), "unknown option '--bogus'")
    usage(flaskRock(['expand', '-x']), "unknown option '-x'")
    usage(flaskRock(['frobnicate']), "unknown command 'frobnicate'")
  })
  it('--version prints the version', () => {
    const version = (
      JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
    ).version
    expect(flaskRock(['--version'])).toMatchObject({
      code: 0,
      stdout: `flask-rock ${version}\n`,
      stderr: ''
    })
  })
})

describe('rockcraft refusals and hints, as rockcraft words them (issue 8, issue 9)', () => {
  const withYaml = (text: string, files: Record<string, string> = GOOD): string =>
    project({ ...files, 'rockcraft.yaml': text })
  const YAML = (name: string, version: string, base = 'ubuntu@24.04'): string =>
    `name: ${name}\nbase: ${base}\nversion: ${version}\nsummary: s\ndescription: d\nplatforms:\n  amd64:\nextensions: [flask-framework]\n`

  it("name and version by the Project model's rules, in craft-application's words", () => {
    const dir = withYaml(YAML('Flask_App', '1.0 beta'))
    const r = flaskRock(['check', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `- ${dir}/rockcraft.yaml:1: ${INVALID_NAME} (in field 'name', input: 'Flask_App')\n` +
        `- ${dir}/rockcraft.yaml:3: ${INVALID_VERSION} (in field 'version', input: '1.0 beta')\n`
    )
    const longDir = withYaml(YAML(`a${'-b'.repeat(20)}`, `"${'1'.repeat(33)}"`))
    const long = flaskRock(['check', longDir])
    expect(long.stderr).toBe(
      `- ${longDir}/rockcraft.yaml:1: string should have at most 40 characters (in field 'name', input: 'a${'-b'.repeat(20)}')\n` +
        `- ${longDir}/rockcraft.yaml:3: string should have at most 32 characters (in field 'version', input: '${'1'.repeat(33)}')\n`
    )
    // Valid edge cases pass: a version ending in + or ~, a name with digits.
    expect(flaskRock(['check', withYaml(YAML('shop-2', '"1.0+git~"'))]).code).toBe(0)
  })

  it("base ubuntu@20.04: rockcraft's refusal, and a hint naming the bases that work", () => {
    const dir = withYaml(YAML('shop', '"1.0"', 'ubuntu@20.04'))
    const r = flaskRock(['check', dir])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `- ${dir}/rockcraft.yaml:2: Extension is experimental: 'flask-framework'\n` +
        `hint: ${dir}/rockcraft.yaml:2: the flask-framework extension supports the bases ubuntu@22.04, ubuntu@24.04 and bare with build-base ubuntu@22.04 or ubuntu@24.04 (and, experimental, ubuntu@26.04 and bare with build-base ubuntu@26.04); base ubuntu@20.04 is not one of them\n`
    )
    // ubuntu@26.04 is experimental: there the hint is rockcraft's own advice.
    const next = flaskRock(['check', withYaml(YAML('shop', '"1.0"', 'ubuntu@26.04'))])
    expect(next.stderr).toMatch(
      /^hint: .*rockcraft.yaml:2: Run with ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=True to enable experimental extensions\.$/m
    )
  })

  it('an unknown key: its line, and the nearest known key ("did you mean")', () => {
    const dir = withYaml(YAML('shop', '"1.0"').replace('extensions:', 'extentions:'))
    const r = flaskRock(['check', dir])
    expect(r).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        `- ${dir}/rockcraft.yaml:8: extra field 'extentions' not permitted in top-level configuration\n` +
        `- rockcraft.yaml does not use the flask-framework extension (add "extensions: [flask-framework]")\n` +
        `hint: ${dir}/rockcraft.yaml:8: 'extentions': did you mean \`extensions\`?\n`
    })
    const report = JSON.parse(flaskRock(['check', '--format', 'json', dir]).stdout) as {
      hints: unknown[]
    }
    expect(report.hints).toEqual([
      {
        message: "'extentions': did you mean `extensions`?",
        file: 'rockcraft.yaml',
        line: 8,
        column: 1
      }
    ])
    // Nothing near: no guess.
    const far = flaskRock(['check', withYaml(`${YAML('shop', '"1.0"')}zzzzzz: 1\n`)])
    expect(far.stderr).toMatch(/^- .*rockcraft\.yaml:9: extra field 'zzzzzz' not permitted/)
    expect(far.stderr).not.toMatch(/did you mean/)
  })

  it('a base the extension does not support: its line and the supported bases', () => {
    const dir = withYaml(YAML('shop', '"1.0"', 'ubuntu@20.04'))
    expect(flaskRock(['check', '--experimental-extensions', dir])).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        `- ${dir}/rockcraft.yaml:2: Extension 'flask-framework' does not support base: 'ubuntu@20.04'\n` +
        `hint: ${dir}/rockcraft.yaml:2: the flask-framework extension supports the bases ubuntu@22.04, ubuntu@24.04 and bare with build-base ubuntu@22.04 or ubuntu@24.04 (and, experimental, ubuntu@26.04 and bare with build-base ubuntu@26.04)\n`
    })
  })

  it('--experimental-extensions: check and expand take the 26.04 (V2) extension, as rockcraft does with the variable', () => {
    const dir = withYaml(YAML('shop', '"1.0"', 'ubuntu@26.04'))
    // Refused, nothing on stdout (no ships line): each line of stderr ends with its own newline.
    // (Issue 24's "ships: app.py- Extension is experimental" joins the stdout of an accepted
    // run to the stderr of a refused one; one run never prints both.)
    const at = `${dir}/rockcraft.yaml:2`
    expect(flaskRock(['check', dir])).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        `- ${at}: Extension is experimental: 'flask-framework'\n` +
        `hint: ${at}: Run with ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=True to enable experimental extensions.\n` +
        `hint: ${at}: For more information, check out: https://documentation.ubuntu.com/rockcraft/latest/reference/extensions/\n` +
        `hint: ${at}: the 26.04 (V2) flask-framework extension is experimental in rockcraft: enable it with the action input experimental-extensions: true, or flask-rock check --experimental-extensions (both set ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS for the check and the pack)\n`
    })
    const checked = flaskRock(['check', '--experimental-extensions', dir])
    expect(checked).toMatchObject({
      code: 0,
      stdout: 'wsgi: app:app\nworker: sync\nships: app.py\n',
      stderr: ''
    })
    const expanded = flaskRock(['expand', dir, '--experimental-extensions'])
    expect(expanded.code).toBe(0)
    expect(expanded.stdout).toContain(
      "    command: /bin/python3 -m gunicorn -c /var/lib/gunicorn/gunicorn.conf.py 'app:app'\n"
    )
    expect(expanded.stdout).toContain('  flask-framework.install-app:\n')
    expect(flaskRock(['init', '--experimental-extensions', dir])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("option --experimental-extensions does not apply to 'init'")
    })
  })

  it('a hint shows its location once', () => {
    const dir = project(
      {
        'requirements.txt': 'flask\n',
        'app.py': 'from flask import Flask\napp: Flask = Flask(__name__)\n'
      },
      FLASK_YAML
    )
    const r = flaskRock(['check', dir])
    expect(r.stderr).toBe(
      '- Missing WSGI entrypoint in default search locations\n' +
        `hint: ${dir}/app.py:2: the annotated assignment 'app: ...' is not found by rockcraft's entrypoint discovery; write 'app = ...' without the annotation\n`
    )
  })

  it('a FIFO app.py is refused at once, not read', () => {
    const dir = project({ 'requirements.txt': 'flask\n' }, FLASK_YAML)
    execFileSync('mkfifo', [path.join(dir, 'app.py')])
    const started = Date.now()
    const r = flaskRock(['check', dir])
    expect(r.stderr).toBe('- app.py is not a regular file\n')
    expect(r.code).toBe(1)
    expect(Date.now() - started).toBeLessThan(15_000) // python3's own limit is 30 s
  })

  it('flask declared where rockcraft does not look: Poetry, a -r include, pip-compile hashes', () => {
    const poetry = project(
      {
        'app.py': FLASK_APP,
        'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.12"\nFlask = "^3.0"\n'
      },
      FLASK_YAML
    )
    expect(flaskRock(['check', poetry]).stderr).toBe(
      '- missing flask package dependency in requirements file.\n' +
        `hint: ${poetry}/pyproject.toml: flask is listed under [tool.poetry.dependencies], which rockcraft does not read: export a requirements.txt (poetry export -f requirements.txt -o requirements.txt --without-hashes) or list it in [project].dependencies\n`
    )
    const included = project(
      {
        'app.py': FLASK_APP,
        'requirements.txt': '-r requirements/base.txt\n',
        'requirements/base.txt': 'flask==3.0.3\n'
      },
      FLASK_YAML
    )
    expect(flaskRock(['check', included]).stderr).toBe(
      '- missing flask package dependency in requirements file.\n' +
        `hint: ${included}/requirements.txt:1: flask is listed in requirements/base.txt, which requirements.txt includes with -r; rockcraft reads only requirements.txt itself (pip will still install requirements/base.txt). Add a line "flask" to requirements.txt\n`
    )
    const hashed = project(
      { 'app.py': FLASK_APP, 'requirements.txt': 'flask==3.0.3 \\\n    --hash=sha256:00\n' },
      FLASK_YAML
    )
    const r = flaskRock(['check', hashed])
    expect(r.stderr.split('\n')).toContain(
      `hint: ${hashed}/requirements.txt:1: "flask==3.0.3 \\" continues on the next line, as pip-compile --generate-hashes writes it; rockcraft reads each line on its own and skips this one, so it does not see flask. Generate requirements.txt without --generate-hashes, or add a line "flask==3.0.3"`
    )
  })

  it('no rockcraft.yaml: says how to make one', () => {
    const dir = project(GOOD)
    expect(flaskRock(['check', dir]).stderr).toBe(
      `- Project file 'rockcraft.yaml' not found in '${dir}'.\n` +
        "hint: write one with `flask-rock init` (or the action's `init: true`), shaped like `rockcraft init --profile flask-framework`\n"
    )
  })
})
