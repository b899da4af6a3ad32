// `npm run rock:build` says what the test rock is made of, in its first line: Debian's Flask,
// gunicorn and gevent (with their versions; the project's requirements.txt, when there is one, is
// not installed), what `pip install .` of the project put into it, and which Pebble, real or
// stand-in, and why; a project it cannot pip-install is refused before anything is built.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { smokeSkipReason, EXAMPLES } from './support/harness.js'
import { REPO, rootFs, runtimeDir } from './support/rock.js'
import { checkProject } from '../../src/core/index.js'
import { itWith } from '../support/real-parts.js'

const work = mkdtempSync(path.join(os.tmpdir(), 'flask-rock-rock-build-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function rockBuild(
  args: string[],
  env: NodeJS.ProcessEnv = {}
): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [path.join(REPO, 'scripts/rock-build.mjs'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    // FLASK_ROCK_TEST_PEBBLE would pick the Pebble, and FLASK_ROCK_REQUIRE_REAL_PARTS (CI's) refuse
    // the stand-in: each test says what it looks at.
    env: {
      ...Object.fromEntries(
        Object.entries(process.env).filter(
          ([k]) => k !== 'FLASK_ROCK_TEST_PEBBLE' && k !== 'FLASK_ROCK_REQUIRE_REAL_PARTS'
        )
      ),
      ...env
    },
    timeout: 600_000
  })
  return { code: r.status, out: r.stdout + r.stderr }
}

const skip = await smokeSkipReason()
const itReal = await itWith('the rock build with the real Pebble', { runtime: true })
;(skip ? describe.skip : describe)('npm run rock:build', () => {
  const out = path.join(work, 'x.rock')
  const app = async (): Promise<string> => {
    const p = (await rootFs()).packages
    return `made of: Debian bookworm's Flask ${p['python3-flask']}, gunicorn ${p.gunicorn} and gevent ${p['python3-gevent']}; the project's requirements.txt is not installed`
  }

  it('names the stand-in Pebble and why: no real binaries where it looks', async () => {
    const empty = mkdtempSync(path.join(work, 'no-runtime-'))
    const r = rockBuild(['--project', path.join(EXAMPLES, 'flask-sync'), '--out', out], {
      FLASK_ROCK_RUNTIME_DIR: empty
    })
    expect(r.out).toMatch(
      new RegExp(
        `^${escape(await app())}; Pebble and statsd_exporter STAND-INs \\(${escape(empty)} has no SHA256SUMS; FLASK_ROCK_RUNTIME_DIR names the folder of the real ones\\)\nwrote ${escape(out)} \\(flask-sync 0\\.1\\) in \\d+\\.\\d s\n$`
      )
    )
    expect(r.code).toBe(0)
  }, 600_000)

  it('names the stand-in asked for', async () => {
    const r = rockBuild([
      '--project',
      path.join(EXAMPLES, 'flask-sync'),
      '--out',
      out,
      '--pebble',
      'stand-in'
    ])
    expect(r.out.split('\n')[0]).toBe(
      `${await app()}; Pebble and statsd_exporter STAND-INs (the stand-in was asked for)`
    )
  }, 600_000)

  itReal(
    'names the real Pebble and where it came from, where the runtime folder is',
    async () => {
      const dir = runtimeDir()
      const r = rockBuild(['--project', path.join(EXAMPLES, 'flask-sync'), '--out', out], {
        FLASK_ROCK_RUNTIME_DIR: dir
      })
      expect(r.out.split('\n')[0]).toBe(
        `${await app()}; real Pebble v1.32.1 and statsd_exporter v0.26.0 (from ${dir}, SHA256SUMS checked)`
      )
    },
    600_000
  )

  /** A src-layout pyproject project (no requirements.txt) built with the given backend. */
  function srcLayoutProject(requires: string, backend: string): string {
    const project = mkdtempSync(path.join(work, 'bookmarks-'))
    const file = (rel: string, text: string): void => {
      mkdirSync(path.dirname(path.join(project, rel)), { recursive: true })
      writeFileSync(path.join(project, rel), text)
    }
    file(
      'pyproject.toml',
      `[build-system]\nrequires = ["${requires}"]\nbuild-backend = "${backend}"\n\n[project]\nname = "bookmarks"\nversion = "0.1"\ndependencies = ["flask"]\n`
    )
    file('src/bookmarks/__init__.py', 'from flask import Flask\n\napp = Flask(__name__)\n')
    file('app.py', 'from bookmarks import app\n')
    file(
      'rockcraft.yaml',
      'name: bookmarks\nbase: ubuntu@24.04\nversion: "0.1"\nsummary: s\ndescription: d\nplatforms:\n  amd64:\nextensions:\n  - flask-framework\n'
    )
    return project
  }

  it('a src-layout pyproject project: pip-installs it and says what it installed, no requirements.txt named', async () => {
    const project = srcLayoutProject('setuptools', 'setuptools.build_meta')
    const rock = path.join(work, 'bookmarks.rock')
    const r = rockBuild(['--project', project, '--out', rock, '--pebble', 'stand-in'])
    const p = (await rootFs()).packages
    expect(r.out).toMatch(
      new RegExp(
        `^${escape(`made of: Debian bookworm's Flask ${p['python3-flask']}, gunicorn ${p.gunicorn} and gevent ${p['python3-gevent']}; installed: bookmarks/ (pip install . into the venv, setuptools); Pebble and statsd_exporter STAND-INs (the stand-in was asked for)`)}\nwrote ${escape(rock)} \\(bookmarks 0\\.1\\) in \\d+\\.\\d s\n$`
      )
    )
    expect(r.code).toBe(0)
  }, 600_000)

  it.each([
    ['pdm-backend', 'pdm-backend', 'pdm.backend'],
    ['uv_build', 'uv_build', 'uv_build'],
    // A backend the check does not model: named as pyproject.toml names it.
    ['maturin', 'maturin', 'maturin']
  ])(
    'a project whose backend is not here (%s): says so, with its name, before building anything',
    (name, requires, backend) => {
      const rock = path.join(work, `${name}.rock`)
      const r = rockBuild([
        '--project',
        srcLayoutProject(requires, backend),
        '--out',
        rock,
        '--pebble',
        'stand-in'
      ])
      expect(r.out).toBe(
        `rock:build: the test rock cannot pip install . this project: its build backend ${name} is not installed here (the test rock builds offline with Debian's: python3-setuptools, flit, python3-poetry-core, python3-hatchling; bookworm has no pdm-backend or uv_build); rockcraft's dependencies part fetches it from PyPI. Nothing was built\n`
      )
      expect(r.code).toBe(1)
      expect(existsSync(rock)).toBe(false)
    },
    60_000
  )

  it("a project the check says setuptools refuses: the check's words, before building anything", async () => {
    const project = srcLayoutProject('setuptools', 'setuptools.build_meta')
    // Two top-level packages beside app.py, no src/: a flat layout setuptools will not guess.
    rmSync(path.join(project, 'src'), { recursive: true })
    for (const pkg of ['pkga', 'pkgb']) {
      mkdirSync(path.join(project, pkg))
      writeFileSync(path.join(project, pkg, '__init__.py'), '')
    }
    const refusal = (await checkProject(project)).install?.problems[0]?.message
    expect(refusal).toContain(
      "setuptools: Multiple top-level packages discovered in a flat-layout: ['pkga', 'pkgb']"
    )
    const rock = path.join(work, 'flat.rock')
    const r = rockBuild(['--project', project, '--out', rock, '--pebble', 'stand-in'])
    expect(r.out).toBe(
      `rock:build: the test rock cannot pip install . this project: ${refusal} (pyproject.toml)\n`
    )
    expect(r.code).toBe(1)
    expect(existsSync(rock)).toBe(false)
  }, 60_000)
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
