// What the rock's deployer (Canonical's 12-factor flask charm, canonical/paas-charm) gives the app
// that a bare `docker run` does not: its environment, and the extra Pebble services it starts.
// Read from paas-charm's App.gen_environment and App._app_layer (src/paas_charm/app.py) and the
// gunicorn workload config (src/paas_charm/_gunicorn/workload_config.py), commit 2975c3aa.
import { randomBytes } from 'node:crypto'
import { parse as parseYaml } from 'yaml'
import { SmokeError } from './error.js'

/**
 * The environment the charm gives the flask service (and its workers) with no configuration and
 * no relations: FLASK_METRICS_PORT and FLASK_METRICS_PATH (always), FLASK_BASE_URL (the charm's
 * is http://<app>.<model>:8000 or the ingress URL; here the address the app answers on in its
 * container), FLASK_SECRET_KEY (the charm's secret storage makes it with Python's
 * secrets.token_urlsafe(64): 64 random bytes, URL-safe base64 without padding; fresh each run).
 * Proxy variables and FLASK_PEER_FQDNS come only from model settings and peers, so not here.
 */
export function deployerEnv(ports: { app: number; metrics: number }): Record<string, string> {
  return {
    FLASK_METRICS_PORT: String(ports.metrics),
    FLASK_METRICS_PATH: '/metrics',
    FLASK_BASE_URL: `http://localhost:${ports.app}`,
    FLASK_SECRET_KEY: randomBytes(64).toString('base64url')
  }
}

/** Names whose values are secrets: masked in the log, never printed. */
export const DEPLOYER_SECRETS = ['FLASK_SECRET_KEY']

/** The variables the deployer always sets, each to a value that is never empty. */
export const DEPLOYER_VARIABLES = Object.keys(deployerEnv({ app: 0, metrics: 0 }))

/**
 * Refuses smoke-env setting a variable the deployer always sets to an empty value: it would
 * replace the deployer's (a random FLASK_SECRET_KEY) with nothing, which the deployer never does.
 * A workflow's `${{ secrets.X }}` is empty wherever the secret is missing (forks, new repositories).
 */
export function refuseEmptyDeployerValues(smokeEnv: Record<string, string>): void {
  const empty = DEPLOYER_VARIABLES.find(name => name in smokeEnv && smokeEnv[name] === '')
  if (empty) {
    throw new SmokeError(
      `${empty} is empty, which the deployer never sets it to: a missing secret gives an empty value (forks, new repositories). Leave ${empty} out (the smoke test sets ${empty === 'FLASK_SECRET_KEY' ? 'a random key' : 'the value the deployer would'}), or give it a value`
    )
  }
}

/** The container's environment: the deployer's, then smoke-env (which wins), and what came from where. */
export function smokeEnvironment(
  smokeEnv: Record<string, string>,
  deployer: Record<string, string>
): { env: Record<string, string>; fromDeployer: string[]; fromSmokeEnv: string[] } {
  refuseEmptyDeployerValues(smokeEnv)
  const fromDeployer = Object.keys(deployer).filter(k => !(k in smokeEnv))
  return {
    env: { ...deployer, ...smokeEnv },
    fromDeployer,
    fromSmokeEnv: Object.keys(smokeEnv)
  }
}

// paas-charm gives its environment to, and starts, the services whose lower-cased names end so.
const EXTRA_SERVICE = /-(worker|scheduler)$/

/** The extra services (workers and schedulers) of a Pebble plan (`pebble plan` output), in plan order. */
export function extraServicesOfPlan(planYaml: string): string[] {
  let plan: { services?: Record<string, unknown> } | null
  try {
    plan = parseYaml(planYaml) as typeof plan
  } catch {
    return []
  }
  return Object.keys(plan?.services ?? {}).filter(name => EXTRA_SERVICE.test(name.toLowerCase()))
}

export interface ServiceState {
  name: string
  /** Pebble's words: enabled or disabled. */
  startup: string
  /** Pebble's words: active, inactive, backoff, error; `unknown` when its row cannot be read. */
  current: string
}

// A name Pebble's table can show on one row and the smoke test can match exactly.
// eslint-disable-next-line no-control-regex
const PLAIN_NAME = /^[^\s\x00-\x1f\x7f]+$/

/**
 * The states of `names` in `pebble services` output (a table: Service, Startup, Current, Since).
 * Rows are matched by the exact name (a name is never split at spaces); a name with whitespace
 * or control characters, or without a row, is `unknown`.
 */
export function serviceStates(table: string, names: string[]): ServiceState[] {
  const rows = table.split('\n').slice(1)
  return names.map(name => {
    if (PLAIN_NAME.test(name)) {
      const row = rows.find(r => r.startsWith(name) && /^\s/.test(r.slice(name.length)))
      const cells = row?.slice(name.length).trim().split(/\s+/)
      if (cells && cells.length >= 2) return { name, startup: cells[0], current: cells[1] }
    }
    return { name, startup: 'unknown', current: 'unknown' }
  })
}

/** One line for the log and the summary: `mail-worker active, cron-scheduler backoff`. */
export function servicesText(states: ServiceState[]): string {
  return states.map(s => `${s.name} ${s.current}`).join(', ')
}
