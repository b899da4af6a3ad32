import { mkdirSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { installRockcraft, type InstallOptions } from '../../src/pack/install.js'
import { captureOutput, makeStandIns, type StandIns } from '../stand-ins/standins.js'

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
    expect(s.calls().slice(0, 4)).toEqual([
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
      'snap list rockcraft',
      'sudo snap install rockcraft --classic --revision 1234',
      'rockcraft --version',
      'snap list rockcraft'
    ])
  })

  it('for destructive builds installs no LXD', async () => {
    const report = await installRockcraft(opts({ lxd: false }))
    expect(s.calls()).toEqual([
      'sudo apt-get update -q',
      'sudo apt-get install -qy snapd',
      'snap list rockcraft',
      'sudo snap install rockcraft --classic --channel latest/stable',
      'rockcraft --version',
      'snap list rockcraft'
    ])
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
})
