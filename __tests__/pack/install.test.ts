import { mkdirSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { installRockcraft, type InstallOptions } from '../../src/pack/install.js'
import {
  captureOutput,
  FRESH_INSTALL_WITHOUT_LXD,
  makeStandIns,
  type StandIns
} from '../stand-ins/standins.js'

// The action log and the stand-ins' streamed output stay out of the test run's output.
captureOutput()

let s: StandIns
const waits: number[] = []
const opts = (over: Partial<InstallOptions> = {}): InstallOptions => ({
  channel: 'latest/stable',
  revision: '',
  lxd: true,
  env: s.env,
  user: 'runner',
  rootOwnedByRoot: async () => true,
  retry: { attempts: 3, firstDelayMs: 1000, sleep: async ms => void waits.push(ms) },
  ...over
})

beforeEach(() => {
  s = makeStandIns()
  waits.length = 0
})
afterEach(() => s.remove())

const LXD_SETUP = [
  'sudo groupadd --force --system lxd',
  'sudo usermod --append --groups lxd runner',
  'snap list lxd',
  'sudo snap install lxd --channel 5.21/stable',
  'sudo lxd waitready --timeout 300',
  'sudo lxc storage list --format csv',
  'sudo lxd init --auto',
  'sudo iptables -P FORWARD ACCEPT'
]

describe('installRockcraft', () => {
  it('on a fresh runner installs snapd, LXD and rockcraft, in that order', async () => {
    const report = await installRockcraft(opts({ rootOwnedByRoot: async () => false }))
    expect(s.calls()).toEqual([
      'sudo apt-get update -q',
      'sudo apt-get install -qy snapd',
      'sudo chown root:root /',
      'snap wait system seed.loaded',
      ...LXD_SETUP,
      'snap list rockcraft',
      'sudo snap install rockcraft --classic --channel latest/stable',
      'rockcraft --version',
      'snap list rockcraft'
    ])
    expect(report).toMatchObject({
      snapd: 'installed',
      lxd: 'installed',
      rockcraft: 'installed',
      rockcraftVersion: 'rockcraft 1.20.0',
      rockcraftRevision: '3339'
    })
    expect(waits).toEqual([])
  })

  it('refreshes rockcraft and skips what is in place when all is installed', async () => {
    s.install('snap', 'lxd', 'lxc', 'rockcraft')
    // An LXD that answers with a storage pool is initialised already.
    writeFileSync(`${s.dir}/lxd-initialised`, '')
    const report = await installRockcraft(opts({ channel: '1.x/candidate' }))
    expect(s.calls()).toEqual([
      'snap wait system seed.loaded',
      'sudo groupadd --force --system lxd',
      'sudo usermod --append --groups lxd runner',
      'snap list lxd',
      'sudo lxd waitready --timeout 300',
      'sudo lxc storage list --format csv',
      'sudo iptables -P FORWARD ACCEPT',
      'snap list rockcraft',
      'sudo snap refresh rockcraft --classic --channel 1.x/candidate',
      'rockcraft --version',
      'snap list rockcraft'
    ])
    expect(report).toMatchObject({ snapd: 'present', lxd: 'present', rockcraft: 'refreshed' })
  })

  it('judges LXD installed by its snap, not by an lxd on PATH (Ubuntu puts an installer stub there)', async () => {
    s.install('snap', 'rockcraft')
    // lxd-installer's /usr/sbin/lxd: on PATH, but no snap behind it.
    const stubDir = `${s.dir}/sbin`
    mkdirSync(stubDir)
    writeFileSync(`${stubDir}/lxd`, '#!/bin/sh\necho "installing the lxd snap" >&2\nexit 1\n', {
      mode: 0o755
    })
    const env = { ...s.env, PATH: `${s.env.PATH}:${stubDir}` }
    const report = await installRockcraft(opts({ env, lxd: true }))
    expect(s.calls().slice(0, 5)).toEqual([
      'snap wait system seed.loaded',
      'sudo groupadd --force --system lxd',
      'sudo usermod --append --groups lxd runner',
      'snap list lxd',
      'sudo snap install lxd --channel 5.21/stable'
    ])
    expect(report.lxd).toBe('installed')
  })

  it('installs a pinned revision instead of the channel, and reports the revision installed', async () => {
    s.install('snap')
    const report = await installRockcraft(opts({ revision: '1234', lxd: false }))
    expect(report.rockcraftRevision).toBe('1234')
    expect(s.calls()).toEqual([
      'snap wait system seed.loaded',
      'snap list rockcraft',
      'sudo snap install rockcraft --classic --revision 1234',
      'rockcraft --version',
      'snap list rockcraft'
    ])
  })

  it('for destructive builds installs no LXD', async () => {
    const report = await installRockcraft(opts({ lxd: false }))
    expect(s.calls()).toEqual(FRESH_INSTALL_WITHOUT_LXD)
    expect(report.lxd).toBe('not needed')
  })

  it('retries a transient snap error with backoff, then succeeds', async () => {
    s.install('snap')
    s.scenario([
      {
        match: 'snap install rockcraft',
        fail: 2,
        stderr:
          'error: too early for operation, device not yet seeded or device model not acknowledged'
      }
    ])
    const report = await installRockcraft(opts({ lxd: false }))
    expect(s.calls()).toEqual([
      'snap wait system seed.loaded',
      'snap list rockcraft',
      'sudo snap install rockcraft --classic --channel latest/stable',
      'sudo snap install rockcraft --classic --channel latest/stable',
      'sudo snap install rockcraft --classic --channel latest/stable',
      'rockcraft --version',
      'snap list rockcraft'
    ])
    expect(waits).toEqual([1000, 2000])
    expect(report.rockcraft).toBe('installed')
  })

  it('gives up with a clear message after the last try of a persistent transient error', async () => {
    s.install('snap')
    s.scenario([
      {
        match: 'snap install lxd',
        fail: 99,
        stderr: 'error: snap "lxd" has "auto-refresh" change in progress'
      }
    ])
    const err = (await installRockcraft(opts()).catch(e => e)) as Error
    expect(err.message).toMatch(
      /^install LXD: sudo exited with code 1\nerror: snap "lxd" has "auto-refresh" change in progress\n\(gave up after 3 tries/
    )
    expect(s.calls().filter(c => c === 'sudo snap install lxd --channel 5.21/stable')).toHaveLength(
      3
    )
    expect(s.calls()).not.toContain('sudo snap install rockcraft --classic --channel latest/stable')
    expect(waits).toEqual([1000, 2000])
  })

  it('fails at once, without retries, on an error that is not transient', async () => {
    s.install('snap')
    s.scenario([
      { match: 'snap install rockcraft', fail: 99, stderr: 'error: snap "rockcraft" not found' }
    ])
    const err = (await installRockcraft(opts({ lxd: false })).catch(e => e)) as Error
    expect(err.message).toBe(
      'install rockcraft from channel latest/stable: sudo exited with code 1\nerror: snap "rockcraft" not found'
    )
    expect(waits).toEqual([])
  })

  it('waits for snapd to seed first, and ends a hung install after one try with snapd state', async () => {
    s.install('snap')
    s.scenario([
      { match: 'sudo snap install rockcraft', fail: 99, hangMs: 60_000, stderr: 'never printed' }
    ])
    const started = Date.now()
    const err = (await installRockcraft(
      opts({ lxd: false, timeouts: { snapMs: 1500, budgetMs: 60_000 } })
    ).catch(e => e)) as Error
    expect(Date.now() - started).toBeLessThan(20_000) // one try of 1.5 s, not 3 tries
    expect(err.message).toBe(
      'install rockcraft from channel latest/stable: sudo did not finish within 2 s (a time-out is not retried: a hung snapd hangs again)\n' +
        'snapd state (snap changes):\n' +
        'ID   Status  Spawn                   Ready  Summary\n' +
        '3    Doing   today at 05:01 UTC      -      Install "rockcraft" snap'
    )
    expect(s.calls()).toEqual([
      'snap wait system seed.loaded',
      'snap list rockcraft',
      'sudo snap install rockcraft --classic --channel latest/stable',
      'snap changes'
    ])
    expect(waits).toEqual([])
  }, 30_000)

  it('gives every snapd call of one install one time limit: a try gets only what is left', async () => {
    s.install('snap')
    s.scenario([
      { match: 'snap wait system seed.loaded', fail: 1, hangMs: 60_000, stderr: 'never printed' }
    ])
    const started = Date.now()
    const err = (await installRockcraft(
      opts({ lxd: false, timeouts: { seedMs: 60_000, snapMs: 60_000, budgetMs: 1500 } })
    ).catch(e => e)) as Error
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(err.message).toMatch(
      /^wait for snapd to seed: snap did not finish within [12] s \(a time-out is not retried: a hung snapd hangs again\)\nsnapd state \(snap changes\):\nID/
    )
    expect(s.calls()).toEqual(['snap wait system seed.loaded', 'snap changes'])
  }, 30_000)

  it('a transient error is retried only while the time limit leaves room for the wait', async () => {
    s.install('snap')
    s.scenario([
      { match: 'snap install rockcraft', fail: 99, stderr: 'error: too early for operation' }
    ])
    const err = (await installRockcraft(
      opts({
        lxd: false,
        timeouts: { budgetMs: 5 * 60_000 },
        retry: { attempts: 3, firstDelayMs: 10 * 60_000, sleep: async ms => void waits.push(ms) }
      })
    ).catch(e => e)) as Error
    // A first wait of 10 minutes does not fit in a limit of 5: no second try.
    expect(err.message).toBe(
      'install rockcraft from channel latest/stable: sudo exited with code 1\nerror: too early for operation\n(gave up after 1 tries of a transient-looking failure)'
    )
    expect(waits).toEqual([])
  }, 30_000)
})
