// Installs what packing needs, by the recipe craft-actions proved on GitHub runners:
// snapd, then (for managed builds) LXD 5.21 with the Docker firewall fix, then rockcraft.
// Every tool is called by name through PATH, as on a runner.
import { stat } from 'node:fs/promises'
import { userInfo } from 'node:os'
import * as core from '../action/runner-io.js'
import { CommandError, onPath, run, runOk, tailLines } from '../process/exec.js'
import { timedGroup } from './group.js'
import { DEFAULT_RETRY, runWithRetry, type RetryPolicy } from './retry.js'

export interface InstallOptions {
  channel: string
  /** Empty: install from the channel. */
  revision: string
  /** Install and initialise LXD (managed builds); destructive builds do not need it. */
  lxd: boolean
  env?: NodeJS.ProcessEnv
  retry?: RetryPolicy
  /** The runner user to add to the lxd group; default the current user. */
  user?: string
  /** Whether / belongs to root (snap-confine refuses otherwise); injectable for tests. */
  rootOwnedByRoot?: () => Promise<boolean>
  /** Time limits of snapd's part; tests shorten them. */
  timeouts?: { snapMs?: number; seedMs?: number; budgetMs?: number }
}

export interface InstallReport {
  snapd: 'present' | 'installed'
  lxd: 'present' | 'installed' | 'not needed'
  rockcraft: 'installed' | 'refreshed'
  /** What `rockcraft --version` printed, e.g. "rockcraft 1.20.0". */
  rockcraftVersion: string
  /** The snap revision installed, e.g. "3339" (what the cache key and the expansion name). */
  rockcraftRevision: string
  durationMs: { snapd: number; lxd: number; rockcraft: number }
}

const APT_TIMEOUT = 10 * 60_000
const SNAP_TIMEOUT = 15 * 60_000
// snapd seeds itself after boot; an install before that fails "too early for operation".
const SEED_TIMEOUT = 10 * 60_000
// Every snapd call of one install together (the seed wait, LXD, rockcraft, retries and their
// waits): a hung snapd costs at most this, not 4 tries of 15 minutes.
const SNAP_BUDGET = 20 * 60_000
const SHORT_TIMEOUT = 2 * 60_000

async function rootIsRootOwned(): Promise<boolean> {
  const st = await stat('/')
  return st.uid === 0 && st.gid === 0
}

export async function installRockcraft(opts: InstallOptions): Promise<InstallReport> {
  const env = opts.env ?? process.env
  const retry = opts.retry ?? DEFAULT_RETRY
  const user = opts.user ?? userInfo().username
  const sudo = (what: string, args: string[], timeoutMs = SHORT_TIMEOUT) =>
    runOk('sudo', args, { what, timeoutMs, env, stream: true })
  const timeouts = opts.timeouts ?? {}
  // Set when snapd is first asked (the seed wait): the budget is snapd's, not apt's.
  let snapPolicy: RetryPolicy | undefined
  const policy = (): RetryPolicy =>
    (snapPolicy ??= {
      ...retry,
      deadline: Date.now() + (timeouts.budgetMs ?? SNAP_BUDGET),
      explainTimeout: () => snapChanges(env)
    })
  const sudoSnap = (what: string, args: string[]) =>
    runWithRetry(
      'sudo',
      ['snap', ...args],
      { what, timeoutMs: timeouts.snapMs ?? SNAP_TIMEOUT, env, stream: true },
      policy()
    )

  const snapd = await timedGroup('Install snapd', async () => {
    let state: InstallReport['snapd'] = 'present'
    if (await onPath('snap', env)) {
      core.info('snapd is already installed')
    } else {
      await sudo('update the apt package lists', ['apt-get', 'update', '-q'], APT_TIMEOUT)
      await sudo('install snapd', ['apt-get', 'install', '-qy', 'snapd'], APT_TIMEOUT)
      state = 'installed'
    }
    // GitHub's images have / owned by the runner user, which snap-confine refuses.
    if (!(await (opts.rootOwnedByRoot ?? rootIsRootOwned)())) {
      await sudo('give / back to root for snap-confine', ['chown', 'root:root', '/'])
    }
    // One bounded wait, no retry: a snapd that has not seeded by then will not install anything.
    await runWithRetry(
      'snap',
      ['wait', 'system', 'seed.loaded'],
      { what: 'wait for snapd to seed', timeoutMs: timeouts.seedMs ?? SEED_TIMEOUT, env },
      { ...policy(), attempts: 1 }
    )
    return state
  })

  const lxd = await timedGroup('Install LXD', async () => {
    if (!opts.lxd) {
      core.info('LXD is not needed: rockcraft builds on the runner itself (destructive mode)')
      return 'not needed' as const
    }
    let state: InstallReport['lxd'] = 'present'
    await sudo('create the lxd group', ['groupadd', '--force', '--system', 'lxd'])
    await sudo(`add ${user} to the lxd group`, ['usermod', '--append', '--groups', 'lxd', user])
    // The snap, not `lxd` on PATH: Ubuntu's lxd-installer puts a stub there that installs
    // another channel on first use (craft-actions checks /snap/bin/lxd for the same reason).
    if (await snapRevision('lxd', env)) {
      core.info('LXD is already installed (snap)')
    } else {
      // 5.21 is the LTS track rockcraft is tested against.
      await sudoSnap('install LXD', ['install', 'lxd', '--channel', '5.21/stable'])
      state = 'installed'
    }
    await sudo('wait for LXD to start', ['lxd', 'waitready', '--timeout', '300'], 6 * 60_000)
    const pools = await sudo('list LXD storage pools', [
      'lxc',
      'storage',
      'list',
      '--format',
      'csv'
    ])
    if (pools.stdout.trim() === '') {
      await sudo('initialise LXD', ['lxd', 'init', '--auto'], 5 * 60_000)
    } else {
      core.info('LXD is already initialised')
    }
    // Docker sets the FORWARD policy to DROP, which cuts LXD instances off the network.
    await sudo('let LXD instances through the Docker firewall', [
      'iptables',
      '-P',
      'FORWARD',
      'ACCEPT'
    ])
    return state
  })

  const rockcraft = await timedGroup('Install rockcraft', async () => {
    const present = (await snapRevision('rockcraft', env)) !== undefined
    const source = opts.revision ? ['--revision', opts.revision] : ['--channel', opts.channel]
    const from = opts.revision ? `revision ${opts.revision}` : `channel ${opts.channel}`
    if (present) {
      await sudoSnap(`refresh rockcraft to ${from}`, [
        'refresh',
        'rockcraft',
        '--classic',
        ...source
      ])
    } else {
      await sudoSnap(`install rockcraft from ${from}`, [
        'install',
        'rockcraft',
        '--classic',
        ...source
      ])
    }
    const version = await runOk('rockcraft', ['--version'], {
      what: 'ask rockcraft its version',
      timeoutMs: SHORT_TIMEOUT,
      env
    })
    const text = version.stdout.trim()
    const revision = await snapRevision('rockcraft', env)
    if (!revision) throw new CommandError(`snap list rockcraft shows no revision after installing`)
    core.info(`${present ? 'Refreshed' : 'Installed'} ${text} (revision ${revision}) from ${from}`)
    return { state: present ? ('refreshed' as const) : ('installed' as const), text, revision }
  })

  return {
    snapd: snapd.value,
    lxd: lxd.value,
    rockcraft: rockcraft.value.state,
    rockcraftVersion: rockcraft.value.text,
    rockcraftRevision: rockcraft.value.revision,
    durationMs: { snapd: snapd.durationMs, lxd: lxd.durationMs, rockcraft: rockcraft.durationMs }
  }
}

/** snapd's recent changes (`snap changes`), for a message about a hung snapd. */
async function snapChanges(env: NodeJS.ProcessEnv): Promise<string> {
  const listed = await run('snap', ['changes'], {
    what: 'ask snapd for its changes',
    timeoutMs: 30_000,
    env
  }).catch(() => undefined)
  if (!listed || listed.code !== 0 || listed.timedOut) {
    return 'snapd state: `snap changes` did not answer either'
  }
  return `snapd state (snap changes):\n${tailLines(listed.stdout, 12)}`
}

/**
 * The installed revision of a snap, from `snap list NAME` (its Rev column); undefined when snapd
 * or the snap is missing. A local install's revision looks like "x1".
 */
export async function snapRevision(
  name: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string | undefined> {
  if (!(await onPath('snap', env))) return undefined
  const listed = await run('snap', ['list', name], {
    what: `ask snapd for ${name}`,
    timeoutMs: SHORT_TIMEOUT,
    env
  }).catch(() => undefined)
  if (!listed || listed.code !== 0) return undefined
  const [header, ...rows] = listed.stdout.split('\n').map(l => l.trim().split(/\s+/))
  const column = header.indexOf('Rev')
  const row = rows.find(r => r[0] === name)
  const revision = column >= 0 ? row?.[column] : undefined
  return revision && /^x?[0-9]{1,9}$/.test(revision) ? revision : undefined
}
