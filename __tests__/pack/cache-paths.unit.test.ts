// The pack cache's key and paths, whole: the key a run saves under and restores from, what each
// archive carries, and root tar's exact argv. Pure functions (cacheDependencies reads a temp file).
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import {
  baseImageDir,
  cacheArchiveDir,
  cacheDependencies,
  cacheTrees,
  canonicalJson,
  packCacheKey,
  tarCreateArgs,
  tarExtractArgs,
  type CacheKeyInput
} from '../../src/pack/cache.js'

const sha = (s: string): string => createHash('sha256').update(s).digest('hex')

const INPUT: CacheKeyInput = {
  runnerOs: 'Linux',
  arch: 'X64',
  mode: 'destructive',
  base: 'ubuntu:22.04',
  revision: '3339',
  dependencies: { 'requirements.txt': 'abc', 'rockcraft.yaml': '{}' }
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x"y', c: null }, 2, true], c: {} })).toBe(
      '{"a":[{"c":null,"d":"x\\"y"},2,true],"b":1,"c":{}}'
    )
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }))
  })

  it('writes absent values as null, and scalars as JSON', () => {
    expect(canonicalJson(undefined)).toBe('null')
    expect(canonicalJson({ a: undefined })).toBe('{"a":null}')
    expect(canonicalJson([])).toBe('[]')
    expect(canonicalJson(0)).toBe('0')
    expect(canonicalJson('')).toBe('""')
    expect(canonicalJson(false)).toBe('false')
  })
})

describe('packCacheKey', () => {
  it('is the platform, the revision and the dependencies hash; the restore keys its prefixes', () => {
    const platform = 'flask-rock-pack-v2-Linux-X64-destructive-ubuntu@22.04-ubuntu@22.04-shared'
    expect(packCacheKey(INPUT)).toEqual({
      key: `${platform}-rev3339-${sha('{"requirements.txt":"abc","rockcraft.yaml":"{}"}')}`,
      restoreKeys: [`${platform}-rev3339-`, `${platform}-`]
    })
  })

  it('takes the build base apart from the base, and the scope as its own segment', () => {
    expect(
      packCacheKey({ ...INPUT, base: 'bare', buildBase: 'ubuntu:24.04', scope: 'e2e' })
        .restoreKeys[1]
    ).toBe('flask-rock-pack-v2-Linux-X64-destructive-bare-ubuntu@24.04-s.e2e-')
  })

  it('keeps plain parts up to 48 characters, and shortens others to a readable prefix and a hash', () => {
    const plain48 = 'a'.repeat(46)
    expect(packCacheKey({ ...INPUT, scope: plain48 }).restoreKeys[1]).toBe(
      `flask-rock-pack-v2-Linux-X64-destructive-ubuntu@22.04-ubuntu@22.04-s.${plain48}-`
    )
    const long = 'b'.repeat(47)
    expect(packCacheKey({ ...INPUT, scope: long }).restoreKeys[1]).toBe(
      `flask-rock-pack-v2-Linux-X64-destructive-ubuntu@22.04-ubuntu@22.04-s.${'b'.repeat(33)}~${sha(`s.${long}`).slice(0, 12)}-`
    )
    expect(packCacheKey({ ...INPUT, runnerOs: 'My OS, v2', revision: 'x/y' }).restoreKeys).toEqual([
      `flask-rock-pack-v2-My_OS_v2~${sha('My OS, v2').slice(0, 12)}-X64-destructive-ubuntu@22.04-ubuntu@22.04-shared-revx_y~${sha('revx/y').slice(0, 12)}-`,
      `flask-rock-pack-v2-My_OS_v2~${sha('My OS, v2').slice(0, 12)}-X64-destructive-ubuntu@22.04-ubuntu@22.04-shared-`
    ])
    expect(packCacheKey({ ...INPUT, arch: 'A1.b_c@d-e' }).restoreKeys[1]).toBe(
      'flask-rock-pack-v2-Linux-A1.b_c@d-e-destructive-ubuntu@22.04-ubuntu@22.04-shared-'
    )
  })
})

describe('cacheDependencies', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'flask-rock-cache-paths-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("hashes each dependency file's bytes, and keeps of rockcraft.yaml what decides the build", async () => {
    writeFileSync(path.join(dir, 'requirements.txt'), 'flask\n')
    writeFileSync(path.join(dir, 'rockcraft.yaml'), 'ignored: true\n')
    const expanded = {
      summary: 'not in the key',
      services: { flask: {} },
      platforms: { amd64: null },
      'package-repositories': [{ type: 'apt', ppa: 'x/y' }],
      parts: {
        'flask-framework/install-app': {
          plugin: 'dump',
          organize: { a: 'b' },
          stage: ['x'],
          prime: ['y']
        },
        'flask-framework.install-app': {
          plugin: 'dump',
          organize: { c: 'd' },
          stage: ['s'],
          prime: ['z']
        },
        'flask-framework/dependencies': { plugin: 'python', stage: ['kept'] },
        empty: null
      }
    }
    expect(
      await cacheDependencies({
        dir,
        dependencyFiles: [path.join(dir, 'rockcraft.yaml'), path.join(dir, 'requirements.txt')],
        expanded
      })
    ).toEqual({
      'requirements.txt': sha('flask\n'),
      'rockcraft.yaml':
        '{"package-repositories":[{"ppa":"x/y","type":"apt"}],"parts":{"empty":{},"flask-framework.install-app":{"plugin":"dump"},"flask-framework/dependencies":{"plugin":"python","stage":["kept"]},"flask-framework/install-app":{"plugin":"dump"}},"platforms":{"amd64":null}}'
    })
  })

  it('writes an expansion without parts as empty parts', async () => {
    expect(await cacheDependencies({ dir, dependencyFiles: [], expanded: {} })).toEqual({
      'rockcraft.yaml': '{"package-repositories":null,"parts":{},"platforms":null}'
    })
  })
})

describe('cache paths', () => {
  it("keeps the archives in one fixed directory under the runner's home", () => {
    expect(cacheArchiveDir()).toBe(path.join(homedir(), '.cache', 'flask-rock-archive'))
  })

  it.each([
    ['ubuntu@24.04', 'ubuntu:24.04'],
    ['ubuntu:22.04', 'ubuntu:22.04'],
    ['bare', undefined],
    ['ubuntu@24.041', undefined],
    ['xubuntu@24.04', undefined],
    ['ubuntu@4.04', undefined],
    ['ubuntu@24.4', undefined],
    ['ubuntu@24x04', undefined],
    ['ubuntu#24.04', undefined],
    ['ubuntu@ab.cd', undefined]
  ])('the base image of %s is under images/%s', (base, dir) => {
    expect(baseImageDir(base)).toBe(dir)
  })

  it('carries the downloads, and the base image when the base has one', () => {
    expect(cacheTrees('/p', 'ubuntu@24.04', '/c')).toEqual([
      { archive: 'downloads.tar', dir: '/c', member: '.' },
      { archive: 'base-image.tar', dir: '/p', member: 'images/ubuntu:24.04' }
    ])
    expect(cacheTrees('/p', 'bare', '/c')).toEqual([
      { archive: 'downloads.tar', dir: '/c', member: '.' }
    ])
  })

  it("gives root's tar the exact argv: owners, modes, user xattrs, one member", () => {
    const keep = [
      '--numeric-owner',
      '--preserve-permissions',
      '--xattrs',
      '--xattrs-include=user.*'
    ]
    const image = { archive: 'base-image.tar', dir: '/p', member: 'images/ubuntu:24.04' }
    const downloads = { archive: 'downloads.tar', dir: '/c', member: '.' }
    expect(tarCreateArgs('/a/x.tar', image)).toEqual([
      'tar',
      '--create',
      '--file',
      '/a/x.tar',
      '--format=posix',
      ...keep,
      '--directory',
      '/p',
      'images/ubuntu:24.04'
    ])
    expect(tarExtractArgs('/a/x.tar', image)).toEqual([
      'tar',
      '--extract',
      '--file',
      '/a/x.tar',
      ...keep,
      '--same-owner',
      '--directory',
      '/p',
      'images/ubuntu:24.04'
    ])
    expect(tarExtractArgs('/a/d.tar', downloads)).toEqual([
      'tar',
      '--extract',
      '--file',
      '/a/d.tar',
      ...keep,
      '--same-owner',
      '--directory',
      '/c'
    ])
  })
})
