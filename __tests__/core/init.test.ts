import { afterAll, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { execFileSync } from 'node:child_process'
import { ProjectError } from '../../src/core/check.js'
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

  it('falls back to my-rock-name when the directory is not a valid name', async () => {
    const parent = project({})
    const dir = path.join(parent, 'My_App')
    mkdirSync(dir)
    const { path: file } = await initRockcraftYaml(dir)
    expect(load(file).name).toBe('my-rock-name')
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
      /base 'ubuntu@18.04'/
    )
    await expect(initRockcraftYaml(dir, { version: 'a b' })).rejects.toThrow(/version 'a b'/)
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
