// compare-to and reuse-rock in the action's main step, as main.test.ts runs it (INPUT_ variables
// in, the outputs file and the job summary out; the pack and smoke edges doubled), with the
// Actions cache service played by a directory (its exact-key-then-newest-prefix rule).
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { doublePackAndSmoke, runnerFiles, SMOKE_PASSED } from '../support/action-doubles.js'
import { OLD } from './support.js'

const { packStage, smokeTest } = await doublePackAndSmoke()
const store = new Map<string, string>()
const cacheRoot = mkdtempSync(join(tmpdir(), 'flask-rock-pipeline-cache-'))
jest.unstable_mockModule('@actions/cache', () => ({
  isFeatureAvailable: () => true,
  saveCache: async (paths: string[], key: string) => {
    const copy = join(cacheRoot, String(store.size))
    await fs.cp(paths[0], copy, { recursive: true })
    store.set(key, copy)
    return store.size
  },
  restoreCache: async (paths: string[], key: string, restoreKeys: string[] = []) => {
    const matched =
      (store.has(key) ? key : undefined) ??
      [...store.keys()].reverse().find(k => restoreKeys.some(p => k.startsWith(p)))
    if (matched) await fs.cp(store.get(matched)!, paths[0], { recursive: true })
    return matched
  }
}))
const { run } = await import('../../src/action/main.js')

const SUMMARY = join(mkdtempSync(join(tmpdir(), 'pipeline-summary-')), 'summary')
let work = ''
let project = ''
let savedEnv: NodeJS.ProcessEnv
let log = ''

beforeEach(() => {
  savedEnv = { ...process.env }
  work = mkdtempSync(join(tmpdir(), 'pipeline-test-'))
  project = join(work, 'project')
  cpSync(resolve('examples/flask-gevent'), project, { recursive: true })
  runnerFiles(work, SUMMARY, work)
  Object.assign(process.env, {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'org/app',
    GITHUB_RUN_ATTEMPT: '1',
    'INPUT_PROJECT-PATH': project
  })
  process.exitCode = undefined
  packStage.mockReset()
  smokeTest.mockReset()
  smokeTest.mockResolvedValue(SMOKE_PASSED)
  log = ''
  jest.spyOn(process.stdout, 'write').mockImplementation(c => ((log += String(c)), true))
})

afterEach(() => {
  process.env = savedEnv
  process.exitCode = undefined
  jest.restoreAllMocks()
  rmSync(work, { recursive: true, force: true })
})

afterAll(() => {
  rmSync(cacheRoot, { recursive: true, force: true })
  rmSync(join(SUMMARY, '..'), { recursive: true, force: true })
})

const outputs = (): string => readFileSync(join(work, 'output'), 'utf8')

describe('compare-to in the pipeline', () => {
  it('a reference it cannot read is a warning and a line in the summary; the run passes', async () => {
    writeFileSync(join(work, 'given.rock'), OLD)
    Object.assign(process.env, {
      INPUT_ROCK: join(work, 'given.rock'),
      'INPUT_COMPARE-TO': '127.0.0.1:9/app:edge'
    })
    await run()
    expect(process.exitCode).toBeUndefined()
    expect(log).toMatch(
      /^::warning::compare-to: could not compare with 127\.0\.0\.1:9\/app:edge: pull 127\.0\.0\.1:9\/app:edge: .+$/m
    )
    const section =
      /<h3>What changes in the rock<\/h3>\n<p>Could not compare with 127\.0\.0\.1:9\/app:edge: pull 127\.0\.0\.1:9\/app:edge: [^\n]+<\/p>\n/
    expect(readFileSync(SUMMARY, 'utf8')).toMatch(section)
    // After the SBOM, before anything else.
    expect(readFileSync(SUMMARY, 'utf8').indexOf('<h3>SBOM</h3>')).toBeLessThan(
      readFileSync(SUMMARY, 'utf8').indexOf('<h3>What changes in the rock</h3>')
    )
    expect(outputs()).not.toContain('diff<<')
  }, 60_000)
})

/** The pack stage writes the OLD rock into the project and returns it, as a pack would. */
function packsOldRock(): string {
  const packedRock = join(project, 'flask-gevent_0.1_amd64.rock')
  packStage.mockImplementation(async (_inputs: unknown, checked: unknown) => {
    writeFileSync(packedRock, OLD)
    return {
      rock: packedRock,
      durationMs: 95_000,
      mode: 'destructive',
      modeReason: 'test',
      install: { rockcraftVersion: 'rockcraft 1.9.0' },
      cache: { key: 'k', exactHit: false, restored: [] },
      differences: [],
      expansion: (checked as { expanded: Record<string, unknown> }).expanded
    }
  })
  return packedRock
}

describe('reuse-rock in the pipeline', () => {
  it('packs and saves once; the next run of the same content restores the rock, smoke-tests it and says who packed it', async () => {
    const packedRock = packsOldRock()
    const inputs = {
      'INPUT_REUSE-ROCK': 'true',
      'INPUT_ROCKCRAFT-REVISION': '3070',
      'INPUT_CACHE-SCOPE': `t${Date.now()}`,
      GITHUB_RUN_ID: '100'
    }
    Object.assign(process.env, inputs)
    await run()
    expect(process.exitCode).toBeUndefined()
    expect(packStage).toHaveBeenCalledTimes(1)
    expect(log).toContain('Reuse: packing: no rock packed from this content yet\n')
    expect(log).toMatch(
      /^Reuse: saved the rock as flask-rock-reuse-v1-[a-z0-9]+-[0-9a-f]{40}-100-1$/m
    )

    // The next run, on a fresh checkout of the same content (no rock in it).
    rmSync(packedRock)
    log = ''
    writeFileSync(SUMMARY, '')
    packStage.mockClear()
    smokeTest.mockClear()
    process.env.GITHUB_RUN_ID = '101'
    await run()
    expect(process.exitCode).toBeUndefined()
    expect(packStage).not.toHaveBeenCalled()
    expect(smokeTest).toHaveBeenCalledWith(expect.objectContaining({ rock: packedRock }))
    expect(readFileSync(packedRock)).toEqual(OLD)
    const by =
      /^Reuse: reused (.+): packed by run 100-1 \(https:\/\/github\.com\/org\/app\/actions\/runs\/100\) on (\S+), ([0-9]+) min ago \(the same content, expansion, rockcraft 3070 and architecture\); cache key \S+$/m.exec(
        log
      )
    expect(by?.[1]).toBe(packedRock)
    expect(Date.now() - Date.parse(by![2])).toBeLessThan(120_000)
    expect(readFileSync(SUMMARY, 'utf8')).toContain(
      `<tr><td>pack</td><td>⏭️ skipped</td><td>—</td><td>reused ${packedRock}: packed by run 100-1 (https://github.com/org/app/actions/runs/100) on ${by![2]}, ${by![3]} min ago (the same content, expansion, rockcraft 3070 and architecture)</td></tr>`
    )

    // A changed file: packed again.
    await fs.appendFile(join(project, 'app.py'), '\n# changed\n')
    rmSync(packedRock)
    log = ''
    process.env.GITHUB_RUN_ID = '102'
    await run()
    expect(packStage).toHaveBeenCalledTimes(1)
    expect(log).toContain('Reuse: packing: no rock packed from this content yet\n')
  }, 60_000)

  it('with smoke-test false (the e2e cold job), saves right after the pack; the next run restores it and says so in rock-reused', async () => {
    const packedRock = packsOldRock()
    Object.assign(process.env, {
      'INPUT_REUSE-ROCK': 'true',
      'INPUT_SMOKE-TEST': 'false',
      'INPUT_ROCKCRAFT-REVISION': '3070',
      'INPUT_CACHE-SCOPE': `cold${Date.now()}`,
      GITHUB_RUN_ID: '200'
    })
    const reused = (): string[] =>
      [...outputs().matchAll(/^rock-reused<<(\S+)\n(.*)\n\1$/gm)].map(m => m[2])
    await run()
    expect(process.exitCode).toBeUndefined()
    expect(packStage).toHaveBeenCalledTimes(1)
    expect(smokeTest).not.toHaveBeenCalled()
    expect(log).toMatch(
      /^Reuse: saved the rock as flask-rock-reuse-v1-[a-z0-9]+-[0-9a-f]{40}-200-1$/m
    )
    expect(reused()).toEqual(['false'])

    rmSync(packedRock)
    writeFileSync(join(work, 'output'), '')
    log = ''
    packStage.mockClear()
    process.env.GITHUB_RUN_ID = '201'
    await run()
    expect(process.exitCode).toBeUndefined()
    expect(packStage).not.toHaveBeenCalled()
    expect(readFileSync(packedRock)).toEqual(OLD)
    expect(log).toMatch(/^Reuse: reused \S+: packed by run 200-1 /m)
    expect(reused()).toEqual(['true'])
  }, 60_000)
})
