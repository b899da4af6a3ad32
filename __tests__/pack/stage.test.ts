// The whole pack stage on stand-ins: mode choice, cache restore, install, cross-check, pack.
import { cpSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { CheckResult } from '../../src/core/index.js'
import type { PostState } from '../../src/state.js'
import { makeStandIns, type StandIns } from '../stand-ins/standins.js'

const isFeatureAvailable = jest.fn<() => boolean>()
const restoreCache = jest.fn<() => Promise<string | undefined>>()
const saveCache = jest.fn<() => Promise<number>>()
jest.unstable_mockModule('@actions/cache', () => ({ isFeatureAvailable, restoreCache, saveCache }))
let recorded: PostState = {}
jest.unstable_mockModule('../../src/state.js', () => ({
  saveState: (patch: Partial<PostState>) => void (recorded = { ...recorded, ...patch }),
  loadState: () => recorded
}))
const { packStage } = await import('../../src/pack/stage.js')
const { parseInputs, InputError } = await import('../../src/context.js')
const { checkProject, renderExpansion } = await import('../../src/core/index.js')

let s: StandIns
let project: string
let osRelease: string
// What main hands the stage: the project as the core checked and expanded it.
let checked: CheckResult
const opts = () => ({
  env: s.env,
  user: 'runner',
  osRelease,
  cacheHome: path.join(s.dir, 'cache'),
  rootOwnedByRoot: async () => true,
  retry: { attempts: 2, firstDelayMs: 0, sleep: async () => {} }
})
const inputs = (values: Record<string, string> = {}) =>
  parseInputs(name => ({ 'project-path': 'flask-sync', ...values })[name] ?? '', s.dir)

beforeEach(async () => {
  s = makeStandIns({ RUNNER_ENVIRONMENT: 'github-hosted', RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' })
  project = path.join(s.dir, 'flask-sync')
  cpSync(path.join(import.meta.dirname ?? '', '../../examples/flask-sync'), project, {
    recursive: true
  })
  osRelease = path.join(s.dir, 'os-release')
  writeFileSync(osRelease, 'ID=ubuntu\nVERSION_ID="24.04"\n')
  checked = await checkProject(project)
  // The rockcraft stand-in prints what the real one would: the same expansion.
  writeFileSync(path.join(s.dir, 'expansion.yaml'), renderExpansion(checked.expanded!, 'yaml'))
  recorded = {}
  isFeatureAvailable.mockReset().mockReturnValue(true)
  restoreCache.mockReset().mockResolvedValue(undefined)
})
afterEach(() => s.remove())

describe('packStage', () => {
  it('on a fresh hosted runner of the build base release: destructive, no LXD, cached, packed', async () => {
    const r = await packStage(inputs(), checked, opts())
    expect(s.calls()).toEqual([
      'sudo apt-get update -q',
      'sudo apt-get install -qy snapd',
      'snap list rockcraft',
      'sudo snap install rockcraft --classic --channel latest/stable',
      'rockcraft --version',
      'rockcraft expand-extensions',
      `sudo env XDG_CACHE_HOME=${path.join(s.dir, 'cache')} rockcraft pack --destructive-mode --verbosity brief`
    ])
    expect(r).toMatchObject({
      mode: 'destructive',
      rock: path.join(project, 'flask-sync_0.1_amd64.rock'),
      differences: []
    })
    expect(restoreCache).toHaveBeenCalledTimes(1)
    expect(recorded.packSucceeded).toBe(true)
    expect(recorded.cachePaths).toContain(path.join(project, 'parts'))
  })

  it('on another release packs in LXD and restores no cache', async () => {
    writeFileSync(osRelease, 'ID=ubuntu\nVERSION_ID="22.04"\n')
    s.install('snap', 'lxd', 'lxc', 'rockcraft')
    const r = await packStage(inputs({ 'rockcraft-revision': '77' }), checked, opts())
    expect(r.mode).toBe('lxd')
    expect(r.modeReason).toMatch(/runner is ubuntu@22.04 but the project builds on ubuntu@24.04/)
    expect(s.calls().at(-1)).toBe('sudo --user runner env rockcraft pack --verbosity brief')
    expect(s.calls()).toContain('sudo snap refresh rockcraft --classic --revision 77')
    expect(restoreCache).not.toHaveBeenCalled()
  })

  it("reports where rockcraft's expansion differs from ours and returns rockcraft's", async () => {
    const theirs = { ...checked.expanded!, 'run-user': 'root' }
    writeFileSync(path.join(s.dir, 'expansion.yaml'), renderExpansion(theirs, 'yaml'))
    const r = await packStage(inputs(), checked, opts())
    expect(r.differences).toEqual(['run-user'])
    expect(r.expansion).toEqual(theirs)
  })

  it('refuses a project the check did not expand, before anything is installed', async () => {
    const err = await packStage(inputs(), { ...checked, expanded: undefined }, opts()).catch(e => e)
    expect(err).toBeInstanceOf(InputError)
    expect((err as Error).message).toBe(
      `cannot pack ${project}: it lacks an expansion (the project check refused it)`
    )
    expect(s.calls()).toEqual([])
    expect(restoreCache).not.toHaveBeenCalled()
  })

  it('records no success when the pack fails', async () => {
    s.scenario([{ match: 'rockcraft pack', fail: 1, stderr: 'Failed to pull source' }])
    await expect(packStage(inputs(), checked, opts())).rejects.toThrow(
      /pack the rock in destructive mode/
    )
    expect(recorded.packSucceeded).toBeUndefined()
  })

  it.each([
    ['rockcraft-channel', 'latest/stable --devmode'],
    ['rockcraft-channel', 'nightly'],
    ['rockcraft-revision', '-1'],
    ['rockcraft-revision', 'x1'],
    ['build-mode', 'managed'],
    ['build-mode', 'destructive'] // valid, but this runner's release differs from the build base
  ])('refuses %s %j with a clear error before anything is installed', async (input, value) => {
    writeFileSync(osRelease, 'ID=ubuntu\nVERSION_ID="22.04"\n')
    const err = await (async () => packStage(inputs({ [input]: value }), checked, opts()))().catch(
      e => e
    )
    expect(err).toBeInstanceOf(InputError)
    expect((err as Error).message).toMatch(
      new RegExp(
        input === 'build-mode' && value === 'destructive'
          ? 'destructive builds on the runner'
          : `'${input}'`
      )
    )
    expect(s.calls()).toEqual([])
    expect(restoreCache).not.toHaveBeenCalled()
  })
})
