import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { cacheDependencies, packCacheKey, type CacheKeyInput } from '../../src/pack/cache.js'
import { checkProject } from '../../src/core/index.js'
import { packProject } from '../../src/pack/pack.js'

const EXAMPLE = path.join(import.meta.dirname ?? '', '../../examples/flask-gevent')
let root: string
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cache-key-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

let n = 0
/** A fresh copy of the example, edited by `edit`, and the key its check result gives. */
async function keyAfter(
  edit: (dir: string) => void,
  over: Partial<CacheKeyInput> = {}
): Promise<string> {
  const dir = path.join(root, `p${n++}`)
  cpSync(EXAMPLE, dir, { recursive: true })
  edit(dir)
  return packCacheKey({
    runnerOs: 'Linux',
    arch: 'X64',
    mode: 'destructive',
    base: 'ubuntu@24.04',
    revision: '3339',
    dependencies: await cacheDependencies(packProject(await checkProject(dir))),
    ...over
  }).key
}
const same = (): void => {}
const yamlEdit = (from: RegExp, to: string) => (dir: string) => {
  const f = path.join(dir, 'rockcraft.yaml')
  writeFileSync(f, readFileSync(f, 'utf8').replace(from, to))
}

describe('pack cache key', () => {
  it('is stable, and unchanged by edits that do not decide the dependencies', async () => {
    const base = await keyAfter(same)
    expect(await keyAfter(same)).toBe(base)
    expect(await keyAfter(d => writeFileSync(path.join(d, 'README.md'), '# readme\n'))).toBe(base)
    expect(await keyAfter(d => appendFileSync(path.join(d, 'app.py'), '\n# more app code\n'))).toBe(
      base
    )
    // The extension moves top-level app files into the rock; they decide no download.
    expect(
      await keyAfter(d => {
        mkdirSync(path.join(d, 'templates'))
        writeFileSync(path.join(d, 'templates', 'index.html'), '<p>hi</p>\n')
      })
    ).toBe(base)
    expect(await keyAfter(yamlEdit(/^summary:.*$/m, 'summary: another summary'))).toBe(base)
    expect(await keyAfter(yamlEdit(/^version:.*$/m, 'version: "0.2"'))).toBe(base)
    expect(
      await keyAfter(d =>
        appendFileSync(
          path.join(d, 'rockcraft.yaml'),
          '\nservices:\n  flask:\n    command: /bin/true\n'
        )
      )
    ).toBe(base)
  })

  it('changes with each file that decides the dependencies', async () => {
    const base = await keyAfter(same)
    const keys = [
      await keyAfter(d => appendFileSync(path.join(d, 'requirements.txt'), 'requests\n')),
      await keyAfter(d =>
        writeFileSync(path.join(d, 'pyproject.toml'), '[project]\ndependencies = ["flask"]\n')
      ),
      await keyAfter(d =>
        appendFileSync(
          path.join(d, 'rockcraft.yaml'),
          '\nparts:\n  extra:\n    plugin: nil\n    stage-packages: [curl]\n'
        )
      ),
      await keyAfter(yamlEdit(/^platforms:\n {2}amd64:/m, 'platforms:\n  arm64:'))
    ]
    expect(new Set([base, ...keys]).size).toBe(5)
  })

  it('differs per base, build base, arch, OS, mode, scope and installed rockcraft revision', async () => {
    const keys = [
      await keyAfter(same),
      await keyAfter(same, { base: 'ubuntu@22.04' }),
      await keyAfter(same, { base: 'bare', buildBase: 'ubuntu@24.04' }),
      await keyAfter(same, { base: 'bare', buildBase: 'ubuntu@22.04' }),
      await keyAfter(same, { arch: 'ARM64' }),
      await keyAfter(same, { runnerOs: 'macOS' }),
      await keyAfter(same, { mode: 'lxd' }),
      await keyAfter(same, { revision: '1234' }),
      await keyAfter(same, { scope: 'nightly' })
    ]
    expect(new Set(keys).size).toBe(keys.length)
    // ubuntu:24.04 and ubuntu@24.04 are the same base.
    expect(await keyAfter(same, { base: 'ubuntu:24.04' })).toBe(keys[0])
  }, 120_000)

  it('is one entry per dependency set wherever the project sits in the workspace', async () => {
    // No path of the project, nor of this run, goes into the key: e2e copies each project to a
    // directory unique to the run, and a per-path key would add an entry on every run.
    const dirs = ['a', path.join('run-1234-1', 'flask-gevent'), path.join('run-1235-1', 'x', 'y')]
    const keys = new Set<string>()
    for (const d of dirs) {
      const dir = path.join(root, d)
      cpSync(EXAMPLE, dir, { recursive: true })
      keys.add(
        packCacheKey({
          runnerOs: 'Linux',
          arch: 'X64',
          mode: 'destructive',
          base: 'ubuntu@24.04',
          revision: '3339',
          dependencies: await cacheDependencies(packProject(await checkProject(dir)))
        }).key
      )
    }
    expect(keys.size).toBe(1)
    expect([...keys][0]).toMatch(
      /^flask-rock-pack-v2-Linux-X64-destructive-ubuntu@24.04-ubuntu@24.04-shared-rev3339-[0-9a-f]{64}$/
    )
  })

  it('keeps a scope apart in the key and in every restore prefix', () => {
    const input: CacheKeyInput = {
      runnerOs: 'Linux',
      arch: 'X64',
      mode: 'destructive',
      base: 'ubuntu@24.04',
      revision: '3339',
      dependencies: {}
    }
    const scoped = packCacheKey({ ...input, scope: 'e2e-1' })
    const plain = packCacheKey(input)
    expect(scoped.restoreKeys).toEqual([
      'flask-rock-pack-v2-Linux-X64-destructive-ubuntu@24.04-ubuntu@24.04-s.e2e-1-rev3339-',
      'flask-rock-pack-v2-Linux-X64-destructive-ubuntu@24.04-ubuntu@24.04-s.e2e-1-'
    ])
    for (const prefix of plain.restoreKeys) expect(scoped.key.startsWith(prefix)).toBe(false)
  })

  it('is under 512 characters and has no commas whatever the inputs', () => {
    const text = fc.string({ minLength: 40, maxLength: 300, unit: 'binary' })
    fc.assert(
      fc.property(
        text,
        text,
        text,
        text,
        fc.dictionary(text, text),
        (os, arch, base, rev, deps) => {
          const { key, restoreKeys } = packCacheKey({
            runnerOs: os,
            arch,
            mode: 'destructive',
            base,
            buildBase: base,
            revision: rev,
            dependencies: deps
          })
          for (const k of [key, ...restoreKeys]) {
            expect(k.length).toBeLessThan(512)
            expect(k).not.toMatch(/,/)
          }
          expect(key.startsWith(restoreKeys[0])).toBe(true)
          expect(restoreKeys[0].startsWith(restoreKeys[1])).toBe(true)
        }
      )
    )
  })
})

describe('pack cache key of a uv project on 26.04 (rockcraft#1308: the uv plugin builds from uv.lock)', () => {
  const ENABLED = { ...process.env, ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' }
  const LOCK =
    'version = 1\nrequires-python = ">=3.12"\n\n[[package]]\nname = "flask"\nversion = "3.1.0"\n'

  /** The example as a uv project (pyproject.toml + uv.lock) on `base`, edited, and its key. */
  async function uvKey(base: string, edit: (dir: string) => void): Promise<string> {
    const dir = path.join(root, `uv${n++}`)
    cpSync(EXAMPLE, dir, { recursive: true })
    writeFileSync(
      path.join(dir, 'pyproject.toml'),
      '[project]\nname = "flask-gevent"\nversion = "0.1"\ndependencies = ["flask", "gevent"]\n'
    )
    writeFileSync(path.join(dir, 'uv.lock'), LOCK)
    yamlEdit(/^base: .*$/m, `base: ${base}`)(dir)
    edit(dir)
    const checked = await checkProject(dir, { env: ENABLED })
    expect(checked.problems).toEqual([])
    return packCacheKey({
      runnerOs: 'Linux',
      arch: 'X64',
      mode: 'destructive',
      base,
      revision: '3339',
      dependencies: await cacheDependencies(packProject(checked))
    }).key
  }
  const lockEdit = (dir: string): void =>
    appendFileSync(
      path.join(dir, 'uv.lock'),
      '\n[[package]]\nname = "gevent"\nversion = "25.5.1"\n'
    )

  it('on 26.04 uv.lock decides the key; a file the pack does not read does not', async () => {
    const base = await uvKey('ubuntu@26.04', same)
    expect(await uvKey('ubuntu@26.04', same)).toBe(base)
    expect(await uvKey('ubuntu@26.04', d => writeFileSync(path.join(d, 'README.md'), 'x\n'))).toBe(
      base
    )
    expect(await uvKey('ubuntu@26.04', lockEdit)).not.toBe(base)
  })

  it('on 24.04 the python plugin ignores uv.lock, and so does the key', async () => {
    const base = await uvKey('ubuntu@24.04', same)
    expect(await uvKey('ubuntu@24.04', lockEdit)).toBe(base)
  })
})
