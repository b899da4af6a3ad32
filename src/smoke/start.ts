// The smoke test's start: the container's environment (the deployer's and smoke-env, through a
// private env file), the worker plan, and `docker run` of the loaded rock; and how a failed
// container is explained (its log tail and state).
import { randomBytes } from 'node:crypto'
import * as os from 'node:os'
import * as path from 'node:path'
import { removeOnInterrupt } from '../process/interrupt.js'
import { privateDir, writePrivateFile } from '../process/private-file.js'
import { logText } from './boot-watch.js'
import { ENV_DIR_PREFIX, ENV_FILE, removeSmoke } from './cleanup.js'
import { deployerEnv, DEPLOYER_SECRETS, smokeEnvironment } from './deployer.js'
import {
  containerLogEntries,
  inspectContainer,
  runDetached,
  type ContainerState
} from './docker.js'
import { SmokeError } from './error.js'
import { taggedImage } from './image.js'
import type { RockLayout } from './layout.js'
import { checkAndLoad } from './load.js'
import type { SmokeLog } from './log.js'
import { planMigration } from './migration.js'
import type { SmokeOptions, SmokeResult } from './run.js'
import { workerOfLayers, workerPlan, type WorkerPlan } from './worker.js'

export const APP_PORT = 8000
export const METRICS_PORT = 9102
/** Every smoke container carries this label (cleanup, and tests checking for leftovers). */
export const SMOKE_LABEL = 'flask-rock-action.smoke'

const LOG_TAIL_LINES = 100

export function describeState(state: ContainerState | undefined): string {
  if (!state) return 'the container is gone'
  const parts = [`status ${state.status}`]
  if (!state.running) parts.push(`exit code ${state.exitCode}`)
  parts.push(state.oomKilled ? 'OOM-killed' : 'not OOM-killed')
  if (state.error) parts.push(`error: ${state.error}`)
  return parts.join(', ')
}

/** Docker env-file text. Values are taken literally (no quotes, no expansion). */
export function envFileText(env: Record<string, string>): string {
  return Object.entries(env)
    .map(([k, v]) => {
      if (/[\r\n\0]/.test(v)) throw new SmokeError(`smoke-env: the value of ${k} spans lines`)
      return `${k}=${v}\n`
    })
    .join('')
}

/** The failure's one line, then the container's log tail (both streams, by time) and state. */
export async function explainFailure(
  name: string,
  reason: string,
  log: SmokeLog,
  host?: string
): Promise<void> {
  // The reason may quote the app (its exception, its body): the log fences what it prints.
  log.info(`Smoke test failed: ${reason}`)
  await log.group(`Smoke test container ${name}: log tail and state`, async () => {
    const entries = await containerLogEntries(name, host, undefined, LOG_TAIL_LINES).catch(
      (e: Error) => `(cannot read the log: ${e.message.split('\n')[0]})`
    )
    // The container's words are the app's: the log keeps them from the runner and the terminal.
    if (typeof entries === 'string') log.info(entries)
    else log.info(logText(entries.slice(-LOG_TAIL_LINES)))
    const state = await inspectContainer(name, host).catch(() => undefined)
    log.info(`Container state: ${describeState(state)}`)
  })
}

async function writeEnvFile(text: string, tempDir: string): Promise<string> {
  const dir = await privateDir(tempDir, ENV_DIR_PREFIX)
  // Its secrets go on an interrupt even before the run records it (remember): the handler's list.
  removeOnInterrupt(dir)
  await writePrivateFile(path.join(dir, ENV_FILE), text)
  return dir
}

/** What the smoke test plans from the rock and the options before anything runs. */
export interface SmokeSetup {
  layout: RockLayout
  /** paas-charm's migration command, when one is to run. */
  migration?: string[]
  environment: SmokeResult['environment']
  /** The rock's Pebble inside the container (its entrypoint). */
  pebble: string
}

/** The log line naming the container's variables (never their values). */
function environmentText(environment: SmokeResult['environment']): string {
  const deployer = environment.deployer.map(k =>
    DEPLOYER_SECRETS.includes(k) ? `${k} (random, masked)` : k
  )
  const parts = [
    `Environment as paas-charm gives the app without configuration or relations: ${deployer.join(', ') || 'none left'}`
  ]
  if (environment.smokeEnv.length > 0)
    parts.push(`from smoke-env: ${environment.smokeEnv.join(', ')}`)
  return parts.join('; ')
}

/** A started smoke container, for the run that verifies it and closes it. */
export interface StartedSmoke {
  name: string
  image: string
  plan: WorkerPlan
  /** When `docker run` began (ms since the epoch). */
  startedAt: number
  ports: Record<string, number>
  envDir: string
  setup: SmokeSetup
}

/**
 * Loads the rock and starts its container, for startSmoke's run (which removes it).
 * Throws SmokeError for a choice or rock that cannot work (before anything runs) and
 * CommandError when loading or starting fails (nothing is left behind then).
 */
export async function startContainer(opts: SmokeOptions): Promise<StartedSmoke> {
  const log = opts.log
  // Bad choices and values fail before anything runs.
  const known =
    opts.projectWorker && workerPlan(opts.worker, { worker: opts.projectWorker, switchable: true })
  const named = opts.image === undefined ? undefined : taggedImage(opts.image)
  const deployer = deployerEnv({ app: APP_PORT, metrics: METRICS_PORT })
  const { env, fromDeployer, fromSmokeEnv } = smokeEnvironment(opts.env, deployer)
  for (const k of DEPLOYER_SECRETS) if (fromDeployer.includes(k)) log.mask?.(env[k])
  const envText = envFileText(env)
  if (opts.probes.length === 0) throw new SmokeError('no probe to ask the app')
  // The migration is planned from the read, before the load is awaited: a rock that cannot
  // give the migration asked for is refused like a rock that cannot be read.
  const {
    read,
    planned: migration,
    image
  } = await checkAndLoad(opts, named, r =>
    planMigration(opts.migrate ?? 'false', r.layout, r.paths)
  )
  const setup = {
    layout: read.layout,
    migration,
    environment: { deployer: fromDeployer, smokeEnv: fromSmokeEnv }
  }
  log.info(environmentText(setup.environment))
  if (opts.migrate && opts.migrate !== 'false' && !setup.migration) {
    log.info(
      `No migration script in ${setup.layout.appDir} (migrate, migrate.sh, migrate.py, manage.py): nothing to run, as the charm would run none`
    )
  }
  const plan =
    known ||
    workerPlan(
      opts.worker,
      workerOfLayers(
        // The rock's own Pebble layers (from the read), not a container's copy of them.
        read.pebbleLayers
      )
    )

  const name = `flask-rock-smoke-${randomBytes(6).toString('hex')}`
  const envDir = await writeEnvFile(envText, opts.tempDir ?? os.tmpdir())
  const envFile = path.join(envDir, ENV_FILE)
  let started = false
  try {
    // Recorded before the container exists, so that a killed main step leaves nothing behind.
    opts.remember?.({ containerName: name, envFile })
    const startedAt = Date.now()
    // --verbose copies service output to the container log on every Pebble version (PEBBLE_VERBOSE
    // only from v1.20); it must come before --args, which takes every word after it.
    // --hold: with a migration to run first, Pebble starts no service until replan, as under the charm.
    const args = ['--verbose', ...(setup.migration ? ['--hold'] : []), ...plan.args]
    log.info(
      `Starting ${name} from ${image} (worker ${plan.worker}: pebble enter ${args.join(' ')})`
    )
    await runDetached(
      {
        image,
        name,
        labels: { ...opts.labels, [SMOKE_LABEL]: 'true' },
        envFile,
        env: {},
        publish: [APP_PORT, METRICS_PORT],
        args
      },
      opts.dockerHost
    )
    const state = await inspectContainer(name, opts.dockerHost)
    if (state && !state.running) {
      // Pebble itself gave up (a directory it cannot write, a bad layer): its own words say why.
      const entries = await containerLogEntries(name, opts.dockerHost).catch(() => [])
      const words = entries.map(e => e.text.trim()).filter(t => t !== '')
      throw new SmokeError(
        `the rock's entrypoint (Pebble) exited at once with code ${state.exitCode}: ${words[words.length - 1] ?? 'it wrote nothing'}`
      )
    }
    const ports = state?.ports ?? {}
    if (!ports[`${APP_PORT}/tcp`] || !ports[`${METRICS_PORT}/tcp`]) {
      throw new SmokeError(
        `the container's ports ${APP_PORT} and ${METRICS_PORT} were not published (${describeState(state)})`
      )
    }
    started = true
    return {
      name,
      image,
      plan,
      startedAt,
      ports,
      envDir,
      setup: { ...setup, pebble: state?.path || '/usr/bin/pebble' }
    }
  } catch (err) {
    // docker run can fail after creating the container (a port, a bad entrypoint).
    if (await inspectContainer(name, opts.dockerHost).catch(() => undefined)) {
      await explainFailure(name, (err as Error).message.split('\n')[0], log, opts.dockerHost)
    }
    throw err
  } finally {
    if (!started) await removeSmoke(name, envDir, opts)
  }
}
