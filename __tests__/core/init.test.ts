import { afterAll, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { execFileSync } from 'node:child_process'
import { checkProject, ProjectError } from '../../src/core/check.js'
import { initRockcraftYaml, isValidProjectName } from '../../src/core/init.js'
import { cleanup, project } from './helpers.js'
import { describeWith, PYYAML } from '../support/real-parts.js'

afterAll(cleanup)

function load(file: string): Record<string, unknown> {
  const out = execFileSync('/usr/bin/python3', [
    '-c',
    'import json,sys,yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)',
    file
  ])
  return JSON.parse(out.toString('utf8')) as Record<string, unknown>
}

const describePyYaml = await describeWith('the init tests (read back with PyYAML)', PYYAML)

describePyYaml('initRockcraftYaml', () => {
  it('writes the flask-framework profile: bare on ubuntu@24.04, version "0.1", name from the directory', async () => {
    const parent = project({})
    const dir = path.join(parent, 'my-flask-app')
    mkdirSync(dir)
    const { path: file, written } = await initRockcraftYaml(dir)
    expect(written).toBe(true)
    expect(load(file)).toEqual({
      name: 'my-flask-app',
      base: 'bare',
      'build-base': 'ubuntu@24.04',
      version: '0.1',
      summary: 'A summary of your Flask application',
      description:
        "This is my-flask-app's description. Say in a paragraph or two what the\napplication does and who it is for.\n",
      platforms: { amd64: null },
      extensions: ['flask-framework']
    })
  })

  it('derives the name from the folder and says what it changed', async () => {
    const parent = project({})
    const dir = path.join(parent, 'My_Flask App')
    mkdirSync(dir)
    const r = await initRockcraftYaml(dir)
    expect(load(r.path).name).toBe('my-flask-app')
    expect(r.nameNote).toBe(
      `name: my-flask-app (from the folder name "My_Flask App": lower-cased; '_', ' ' replaced by '-'; rockcraft names use lower-case letters, digits and single hyphens). Change it in rockcraft.yaml or pass --name`
    )
  })

  it('falls back to my-rock-name, saying so, when no letter is left', async () => {
    const parent = project({})
    const dir = path.join(parent, '2024_')
    mkdirSync(dir)
    const r = await initRockcraftYaml(dir)
    expect(load(r.path).name).toBe('my-rock-name')
    expect(r.nameNote).toMatch(
      /^name: my-rock-name \(from the folder name "2024_": no letter left;/
    )
  })

  it('a folder name that is already valid is used as it is, without a note', async () => {
    const parent = project({})
    const dir = path.join(parent, 'shop-2')
    mkdirSync(dir)
    const r = await initRockcraftYaml(dir)
    expect(load(r.path).name).toBe('shop-2')
    expect(r.nameNote).toBeUndefined()
  })

  it("keeps rockcraft's commented sections: install-app prime, build-packages, runtime slices and debs", async () => {
    const dir = project({})
    const { path: file } = await initRockcraftYaml(dir, { name: 'shop' })
    const text = readFileSync(file, 'utf8')
    for (const line of [
      '# parts: # uncomment this line to add or change any part',
      '#   flask-framework/install-app:',
      '#       - flask/app/config.py',
      '#   flask-framework/dependencies:',
      '#     build-packages:',
      '#   runtime-slices:',
      '#       - libpq5_libs',
      '#   runtime-debs:'
    ]) {
      expect(text.split('\n')).toContain(line)
    }
    // Uncommenting the parts line and the install-app section gives a valid project.
    const uncommented = text
      .split('\n')
      .map(l =>
        l === '# parts: # uncomment this line to add or change any part'
          ? 'parts:'
          : /^# ( {2}flask-framework\/install-app:| {4}prime:| {6}- flask\/app\/)/.test(l)
            ? l.slice(2)
            : l
      )
      .join('\n')
    writeFileSync(file, uncommented)
    expect(load(file).parts).toEqual({
      'flask-framework/install-app': {
        prime: [
          'flask/app/app.py',
          'flask/app/config.py',
          'flask/app/templates',
          'flask/app/static'
        ]
      }
    })
  })

  it('--base ubuntu@26.04: the V2 names (flask-framework.install-app, app/...), experimental said, and the check accepts it once enabled', async () => {
    const dir = project({ 'requirements.txt': 'flask\n', 'app.py': 'app = object()\n' })
    const { path: file } = await initRockcraftYaml(dir, { name: 'shop', base: 'ubuntu@26.04' })
    const text = readFileSync(file, 'utf8')
    const lines = text.split('\n')
    expect(lines.slice(0, 4)).toEqual([
      '# flask-framework reference: https://documentation.ubuntu.com/rockcraft/latest/reference/extensions/flask-framework',
      '# the ubuntu@26.04 flask-framework extension is experimental: rockcraft needs',
      '# ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=1 (the action: experimental-extensions: true;',
      '# flask-rock check --experimental-extensions)'
    ])
    for (const line of ['#   flask-framework.install-app:', '#   flask-framework.dependencies:']) {
      expect(lines).toContain(line)
    }
    expect(text).not.toContain('flask/app')
    expect(text).not.toContain('flask-framework/')
    const uncommented = lines
      .map(l =>
        l === '# parts: # uncomment this line to add or change any part'
          ? 'parts:'
          : /^# ( {2}flask-framework\.install-app:| {4}prime:| {6}- app\/)/.test(l)
            ? l.slice(2)
            : l
      )
      .join('\n')
    writeFileSync(file, uncommented.replace('- app/config.py', '- app/app.py'))
    expect(load(file).parts).toEqual({
      'flask-framework.install-app': {
        prime: ['app/app.py', 'app/app.py', 'app/templates', 'app/static']
      }
    })
    writeFileSync(file, text)
    const refused = await checkProject(dir, { env: {} })
    expect(refused.problems.map(p => p.message)).toEqual([
      "Extension is experimental: 'flask-framework'"
    ])
    const ok = await checkProject(dir, { env: { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' } })
    expect(ok.problems).toEqual([])
    expect(Object.keys(ok.expanded!.parts as object)).toContain('flask-framework.install-app')
  })

  it('takes name, base and version', async () => {
    const dir = project({})
    const { path: file } = await initRockcraftYaml(dir, {
      name: 'shop',
      base: 'ubuntu@22.04',
      version: '1.2.3'
    })
    const y = load(file)
    expect(y).toMatchObject({ name: 'shop', base: 'ubuntu@22.04', version: '1.2.3' })
    expect(y['build-base']).toBeUndefined()
  })

  it('never writes over an existing file', async () => {
    const dir = project({ 'rockcraft.yaml': 'mine\n' })
    const r = await initRockcraftYaml(dir, { name: 'x-y' })
    expect(r.written).toBe(false)
    expect(readFileSync(path.join(dir, 'rockcraft.yaml'), 'utf8')).toBe('mine\n')
  })

  it('refuses bad names, bases, versions and directories with ProjectError', async () => {
    const dir = project({})
    await expect(initRockcraftYaml(dir, { name: 'Bad--Name' })).rejects.toThrow(ProjectError)
    await expect(initRockcraftYaml(dir, { base: 'ubuntu@18.04' })).rejects.toThrow(
      /^--base: the flask-framework extension supports bare, .*; not 'ubuntu@18.04'$/
    )
    await expect(initRockcraftYaml(dir, { version: 'a b' })).rejects.toThrow(
      /^--version: invalid version: Valid versions .* Got 'a b'\.$/
    )
    await expect(initRockcraftYaml(path.join(dir, 'nope'))).rejects.toThrow(/does not exist/)
    writeFileSync(path.join(dir, 'f'), '')
    await expect(initRockcraftYaml(path.join(dir, 'f'))).rejects.toThrow(/not a directory/)
  })

  it('names follow craft-application rules', () => {
    for (const ok of ['a', 'my-app', 'app2', '2app', 'a-b-c'])
      expect(isValidProjectName(ok)).toBe(true)
    for (const bad of ['', '-a', 'a-', 'a--b', 'A', '123', 'a_b', 'é']) {
      expect(isValidProjectName(bad)).toBe(false)
    }
  })
})
