// Input reuse-rock: the key is proven (fast-check) to change with every input of the pack and
// with no leftover of it; the rock goes through a recorded Actions cache (a directory standing in
// for GitHub's cache service, with its exact-key-then-newest-prefix rule) and comes back the same
// bytes, saying which run packed it and when; an aged one is packed afresh. The store revision is
// read from a recorded `snap info` (no snapd here).
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'

// The cache service stand-in: saved entries by key in creation order.
const store = new Map<string, string>()
let serviceUp = true
const isFeatureAvailable = jest.fn(() => serviceUp)
const saveCache = jest.fn(async (paths: string[], key: string) => {
  if (store.has(key))
    throw new Error(
      `Unable to reserve cache with key ${key}, another job may be creating this cache.`
    )
  const copy = mkdtempSync(path.join(root, 'entry-'))
  await fs.cp(paths[0], copy, { recursive: true })
  store.set(key, copy)
  return store.size
})
const restoreCache = jest.fn(async (paths: string[], key: string, restoreKeys: string[] = []) => {
  let matched = store.has(key) ? key : undefined
  for (const prefix of restoreKeys) {
    if (matched) break
    matched = [...store.keys()].reverse().find(k => k.startsWith(prefix))
  }
  if (!matched) return undefined
  await fs.cp(store.get(matched)!, paths[0], { recursive: true })
  return matched
})
jest.unstable_mockModule('@actions/cache', () => ({ isFeatureAvailable, restoreCache, saveCache }))

const { packedByText, projectDigest, restoreRock, reuseKey, rockcraftRevision, saveRock } =
  await import('../../src/reuse/index.js')

let root = ''
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'flask-rock-reuse-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

let log = ''
beforeEach(() => {
  log = ''
  jest.restoreAllMocks()
  jest.spyOn(process.stdout, 'write').mockImplementation(c => ((log += String(c)), true))
})

/** A project tree: relative path -> content (and whether executable). */
type Tree = Record<string, { data: string; exec: boolean }>

function writeTree(tree: Tree): string {
  const dir = mkdtempSync(path.join(root, 'project-'))
  for (const [p, f] of Object.entries(tree)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true })
    writeFileSync(path.join(dir, p), f.data)
    chmodSync(path.join(dir, p), f.exec ? 0o755 : 0o644)
  }
  return dir
}

const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}(\.py|\.txt|\.html)?$/)
const treeArb = fc.dictionary(
  fc.oneof(
    name,
    fc.tuple(name, name).map(([a, b]) => `${a}_d/${b}`)
  ),
  fc.record({ data: fc.string({ maxLength: 40 }), exec: fc.boolean() }),
  { minKeys: 1, maxKeys: 6 }
)

describe('projectDigest: the files the pack reads', () => {
  it("changes with any content, name, executable bit or new file; not with .git or the pack's own leftovers (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        treeArb,
        fc.nat(),
        fc.integer({ min: 0, max: 3 }),
        async (tree, pick, how) => {
          const dir = writeTree(tree)
          try {
            const before = await projectDigest(dir)
            expect(await projectDigest(dir)).toBe(before) // stable
            // Not read by the pack: no change.
            mkdirSync(path.join(dir, '.git', 'objects'), { recursive: true })
            writeFileSync(path.join(dir, '.git', 'objects', 'ab'), String(pick))
            mkdirSync(path.join(dir, 'parts', 'flask-framework'), { recursive: true })
            writeFileSync(path.join(dir, 'parts', 'flask-framework', 'state'), 'x')
            writeFileSync(path.join(dir, 'app_0.1_amd64.rock'), 'rock bytes')
            writeFileSync(path.join(dir, 'app_0.1_amd64.cdx.json'), '{}')
            expect(await projectDigest(dir)).toBe(before)
            // Read by the pack: a change.
            const files = Object.keys(tree).sort()
            const target = path.join(dir, files[pick % files.length])
            if (how === 0) await fs.appendFile(target, 'x')
            if (how === 1) await fs.rename(target, `${target}_moved`)
            if (how === 2)
              await fs.chmod(target, tree[files[pick % files.length]].exec ? 0o644 : 0o755)
            if (how === 3) symlinkSync('app.py', path.join(dir, 'zz_link'))
            expect(await projectDigest(dir)).not.toBe(before)
          } finally {
            rmSync(dir, { recursive: true, force: true })
          }
        }
      ),
      { numRuns: 60 }
    )
  }, 60_000)
})

describe('reuseKey', () => {
  const parts = fc.record({
    content: fc.stringMatching(/^[0-9a-f]{64}$/),
    expansion: fc.string({ maxLength: 200 }),
    rockcraftRevision: fc.stringMatching(/^[0-9]{1,5}$/),
    arch: fc.constantFrom('amd64', 'arm64', 'riscv64'),
    platform: fc.constantFrom('', 'amd64', 'arm64'),
    scope: fc.stringMatching(/^[a-z0-9-]{0,10}$/)
  })
  const fields = ['content', 'expansion', 'rockcraftRevision', 'arch', 'platform', 'scope'] as const

  it('is the same for the same inputs, and changes when any one input of the pack changes (property)', () => {
    fc.assert(
      fc.property(parts, parts, fc.constantFrom(...fields), (a, b, field) => {
        expect(reuseKey({ ...a })).toBe(reuseKey(a))
        const changed = { ...a, [field]: b[field] }
        if (b[field] !== a[field]) expect(reuseKey(changed)).not.toBe(reuseKey(a))
        expect(reuseKey(a)).toMatch(new RegExp(`^flask-rock-reuse-v1-${a.arch}-[0-9a-f]{40}$`))
      }),
      { numRuns: 500 }
    )
  })
})

describe('a rock through the recorded cache', () => {
  const RUN = {
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'org/app',
    GITHUB_SHA: 'a'.repeat(40)
  }
  const PACKED_AT = Date.parse('2026-12-06T03:00:00Z')
  const key = reuseKey({
    content: 'c'.repeat(64),
    expansion: 'name: app\n',
    rockcraftRevision: '3070',
    arch: 'amd64',
    platform: '',
    scope: ''
  })

  it('saves a smoke-tested rock and restores the same bytes, saying which run packed it and when', async () => {
    const temp = mkdtempSync(path.join(root, 'temp-'))
    const rock = path.join(temp, 'app_0.1_amd64.rock')
    writeFileSync(rock, 'the rock bytes')
    expect(await saveRock(key, rock, temp, RUN, PACKED_AT)).toBe(`${key}-4242-1`)
    expect(saveCache).toHaveBeenCalledTimes(1)
    expect(log).toBe(`Reuse: saved the rock as ${key}-4242-1\n`)

    const project = mkdtempSync(path.join(root, 'checkout-'))
    const outcome = await restoreRock({
      key,
      projectDir: project,
      tempDir: temp,
      maxAgeMs: 7 * 86_400_000,
      now: PACKED_AT + 2.5 * 3_600_000
    })
    expect(outcome).toEqual({
      hit: true,
      rock: path.join(project, 'app_0.1_amd64.rock'),
      by: {
        rock: 'app_0.1_amd64.rock',
        packedAt: '2026-12-06T03:00:00.000Z',
        runId: '4242-1',
        runUrl: 'https://github.com/org/app/actions/runs/4242',
        sha: 'a'.repeat(40)
      },
      ageMs: 2.5 * 3_600_000,
      key: `${key}-4242-1`
    })
    expect(await fs.readFile(path.join(project, 'app_0.1_amd64.rock'), 'utf8')).toBe(
      'the rock bytes'
    )
    if (outcome.hit) {
      expect(packedByText(outcome.by, outcome.ageMs)).toBe(
        `run 4242-1 (https://github.com/org/app/actions/runs/4242) at commit aaaaaaaaaaaa on 2026-12-06T03:00:00.000Z, 2.5 h ago`
      )
    }
    // The working copies are gone: only the restored rock stays.
    expect(await fs.readdir(temp)).toEqual(['app_0.1_amd64.rock'])

    // Older than the maximum age: packed afresh, and a fresh pack saves an entry of its own.
    const aged = await restoreRock({
      key,
      projectDir: project,
      tempDir: temp,
      maxAgeMs: 86_400_000,
      now: PACKED_AT + 2 * 86_400_000
    })
    expect(aged).toEqual({
      hit: false,
      key,
      why: 'the rock packed by run 4242-1 (https://github.com/org/app/actions/runs/4242) at commit aaaaaaaaaaaa on 2026-12-06T03:00:00.000Z, 48.0 h ago is older than reuse-rock-max-age'
    })
    expect(
      await saveRock(key, rock, temp, { ...RUN, GITHUB_RUN_ID: '4300' }, PACKED_AT + 2 * 86_400_000)
    ).toBe(`${key}-4300-1`)
    const fresh = await restoreRock({
      key,
      projectDir: project,
      tempDir: temp,
      maxAgeMs: 86_400_000,
      now: PACKED_AT + 2 * 86_400_000 + 1000
    })
    expect(fresh.hit && fresh.by.runId).toBe('4300-1')

    // Another content: nothing to reuse.
    expect(
      await restoreRock({
        key: key.replace(/.$/, 'x'),
        projectDir: project,
        tempDir: temp,
        maxAgeMs: 86_400_000
      })
    ).toEqual({
      hit: false,
      key: key.replace(/.$/, 'x'),
      why: 'no rock packed from this content yet'
    })
  })

  it('refuses an entry whose record names a path, not a rock file; and says when there is no cache service', async () => {
    const temp = mkdtempSync(path.join(root, 'temp-'))
    const evil = mkdtempSync(path.join(root, 'evil-'))
    writeFileSync(
      path.join(evil, 'reuse.json'),
      JSON.stringify({
        rock: '../../etc/passwd.rock',
        packedAt: '2026-12-06T03:00:00Z',
        runId: '1'
      })
    )
    store.set('flask-rock-reuse-v1-amd64-evil-1-1', evil)
    expect(
      await restoreRock({
        key: 'flask-rock-reuse-v1-amd64-evil',
        projectDir: temp,
        tempDir: temp,
        maxAgeMs: 1e12
      })
    ).toEqual({
      hit: false,
      key: 'flask-rock-reuse-v1-amd64-evil',
      why: 'the cache entry flask-rock-reuse-v1-amd64-evil-1-1 says nothing readable of its rock'
    })
    serviceUp = false
    try {
      expect(await restoreRock({ key, projectDir: temp, tempDir: temp, maxAgeMs: 1 })).toEqual({
        hit: false,
        why: 'no cache service here (a fork, GHES or a local run)'
      })
    } finally {
      serviceUp = true
    }
  })
})

describe('rockcraftRevision', () => {
  // `snap info --unicode=never rockcraft` as the store answered it; `snap list` as without rockcraft.
  const SNAP_INFO = `name:      rockcraft
summary:   Create OCI images using the language from Snapcraft and Charmcraft
publisher: Canonical**
license:   GPL-3.0
channels:
  latest/stable:    1.9.0                   2025-03-19 (3070) 69MB classic
  latest/candidate: ^
  latest/beta:      1.10.0.post8+g9c0b3f2c  2025-04-01 (3131) 70MB classic
  latest/edge:      1.10.0.post29+gd9a8c7df 2025-04-09 (3158) 70MB classic
`
  let env: NodeJS.ProcessEnv
  beforeAll(() => {
    const bin = mkdtempSync(path.join(root, 'bin-'))
    writeFileSync(path.join(bin, 'snap-info.txt'), SNAP_INFO)
    writeFileSync(
      path.join(bin, 'snap'),
      `#!/bin/sh\n# Stand-in snap: the store's recorded answer; rockcraft not installed.\ncase "$1" in\n  info) cat '${bin}/snap-info.txt';;\n  list) echo "error: no matching snaps installed" >&2; exit 1;;\n  *) exit 2;;\nesac\n`
    )
    chmodSync(path.join(bin, 'snap'), 0o755)
    env = { ...process.env, PATH: `${bin}:${process.env.PATH}` }
  })

  it.each([
    ['', 'latest/stable', '3070'],
    ['', 'stable', '3070'],
    ['', 'latest/edge', '3158'],
    ['', 'latest/candidate', '3070'], // ^: as the channel above
    ['', '2.x/stable', undefined],
    ['3001', 'latest/stable', '3001']
  ])('pinned %j, channel %s -> %s', async (pinned, channel, revision) => {
    expect(await rockcraftRevision(pinned, channel, env)).toBe(revision)
  })
})
