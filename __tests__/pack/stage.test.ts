// The whole pack stage on stand-ins: mode choice, cache restore, install, cross-check, pack.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, expect, it, jest } from '@jest/globals'
import type { CheckResult } from '../../src/core/index.js'
import type { PostState } from '../../src/action/state.js'
import {
  captureOutput,
  FRESH_INSTALL_WITHOUT_LXD,
  makeStandIns,
  type StandIns
} from '../stand-ins/standins.js'

// The action log and the stand-ins' streamed output stay out of the test run's output.
captureOutput()
import { describeWith } from '../support/real-parts.js'

const isFeatureAvailable = jest.fn<() => boolean>()
const restoreCache = jest.fn<() => Promise<string | undefined>>()
const saveCache = jest.fn<() => Promise<number>>()
jest.unstable_mockModule('@actions/cache', () => ({ isFeatureAvailable, restoreCache, saveCache }))
let recorded: PostState = {}
jest.unstable_mockModule('../../src/action/state.js', () => ({
  saveState: (patch: Partial<PostState>) => void (recorded = { ...recorded, ...patch }),
  loadState: () => recorded
}))
const { packStage } = await import('../../src/pack/stage.js')
const { parseInputs, InputError } = await import('../../src/action/context.js')
const { checkProject, renderExpansion, withRockcraftRevision } =
  await import('../../src/core/index.js')

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
  // The rockcraft stand-in prints what the real one would: the same expansion, at its revision.
  writeFileSync(
    path.join(s.dir, 'expansion.yaml'),
    renderExpansion(withRockcraftRevision(checked.expanded!, '3339'), 'yaml')
  )
  recorded = {}
  isFeatureAvailable.mockReset().mockReturnValue(true)
  restoreCache.mockReset().mockResolvedValue(undefined)
})
afterEach(() => s.remove())

// The destructive pack makes a root-owned cache directory (real install -o 0), as root.
const describe = await describeWith('the pack stage tests', { root: true, tools: ['install'] })

describe('packStage', () => {
  it('on a fresh hosted runner of the build base release: destructive, no LXD, cached, packed', async () => {
    const cache = path.join(s.dir, 'cache')
    const r = await packStage(inputs(), checked, opts())
    expect(s.calls()).toEqual([
      ...FRESH_INSTALL_WITHOUT_LXD,
      'rockcraft expand-extensions',
      `sudo install -d -o 0 -g 0 ${cache}`,
      `sudo env XDG_CACHE_HOME=${cache} GOMODCACHE=${cache}/go-mod rockcraft pack --destructive-mode --verbosity brief`
    ])
    const rock = path.join(project, 'flask-sync_0.1_amd64.rock')
    expect(r).toMatchObject({
      mode: 'destructive',
      rock,
      rocks: [{ platform: 'amd64', buildFor: ['amd64'], rock }],
      differences: []
    })
    expect(r.install.rockcraftRevision).toBe('3339')
    // The cache is keyed on the revision installed, restored after installing it.
    expect(restoreCache).toHaveBeenCalledTimes(1)
    expect(recorded.cacheKey).toMatch(/-ubuntu@24.04-ubuntu@24.04-shared-rev3339-[0-9a-f]{64}$/)
    expect(recorded.packSucceeded).toBe(true)
  })

  it('names the installed revision in the config-files source, where rockcraft does: no difference reported', async () => {
    // What rockcraft prints: its data dir inside the snap at its revision, not `current`.
    const theirs = withRockcraftRevision(checked.expanded!, '77')
    expect(
      (theirs.parts as Record<string, { source: string }>)['flask-framework/config-files'].source
    ).toBe('/snap/rockcraft/77/share/rockcraft/extensions/flask-framework')
    writeFileSync(path.join(s.dir, 'expansion.yaml'), renderExpansion(theirs, 'yaml'))
    const r = await packStage(inputs({ 'rockcraft-revision': '77' }), checked, opts())
    expect(r.differences).toEqual([])
    expect(r.expansion).toEqual(theirs)
  })

  it('with two platforms building here: destructive packs the one built for this runner, LXD packs both', async () => {
    const host = process.arch === 'arm64' ? 'arm64' : 'amd64'
    const other = host === 'amd64' ? 'arm64' : 'amd64'
    const file = path.join(project, 'rockcraft.yaml')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /^platforms:\n {2}amd64:\n/m,
        `platforms:\n  cross:\n    build-on: [${host}]\n    build-for: [${other}]\n  ${host}:\n`
      )
    )
    checked = await checkProject(project)
    writeFileSync(
      path.join(s.dir, 'expansion.yaml'),
      renderExpansion(withRockcraftRevision(checked.expanded!, '3339'), 'yaml')
    )
    const mine = path.join(project, `flask-sync_0.1_${host}.rock`)
    const cross = path.join(project, 'flask-sync_0.1_cross.rock')

    const d = await packStage(inputs(), checked, opts())
    expect(s.calls().at(-1)).toMatch(/rockcraft pack --destructive-mode --platform (amd64|arm64) /)
    expect(s.calls().at(-1)).toContain(`--platform ${host} `)
    expect(d.rocks).toEqual([{ platform: host, buildFor: [host], rock: mine }])

    writeFileSync(osRelease, 'ID=ubuntu\nVERSION_ID="22.04"\n')
    const l = await packStage(inputs(), checked, opts())
    expect(l.mode).toBe('lxd')
    expect(s.calls().at(-1)).toBe('sudo --user runner env rockcraft pack --verbosity brief')
    expect(l.rock).toBe(mine)
    expect(l.rocks).toEqual([
      { platform: 'cross', buildFor: [other], rock: cross },
      { platform: host, buildFor: [host], rock: mine }
    ])

    const picked = await packStage(inputs({ platform: 'cross' }), checked, opts())
    expect(s.calls().at(-1)).toBe(
      'sudo --user runner env rockcraft pack --platform cross --verbosity brief'
    )
    expect(picked.rocks).toEqual([{ platform: 'cross', buildFor: [other], rock: cross }])

    const calls = s.calls().length
    await expect(packStage(inputs({ platform: 'riscv64' }), checked, opts())).rejects.toThrow(
      `Input 'platform': the project has no platform 'riscv64' (it has cross, ${host})`
    )
    expect(s.calls()).toHaveLength(calls)
  }, 120_000)

  it('on another release packs in LXD and restores no cache', async () => {
    writeFileSync(osRelease, 'ID=ubuntu\nVERSION_ID="22.04"\n')
    s.install('snap', 'lxd', 'lxc', 'rockcraft')
    const r = await packStage(inputs({ 'rockcraft-revision': '77' }), checked, opts())
    expect(r.mode).toBe('lxd')
    expect(r.modeReason).toMatch(/runner is ubuntu@22.04 but the project builds on ubuntu@24.04/)
    expect(s.calls().at(-1)).toBe('sudo --user runner env rockcraft pack --verbosity brief')
    expect(s.calls()).toContain('sudo snap refresh rockcraft --classic --revision 77')
    expect(s.calls()).not.toContain(expect.stringMatching(/install -d/))
    expect(restoreCache).not.toHaveBeenCalled()
  })

  it("reports where rockcraft's expansion differs from ours and returns rockcraft's", async () => {
    const theirs = withRockcraftRevision({ ...checked.expanded!, 'run-user': 'root' }, '3339')
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
