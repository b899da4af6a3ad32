// What the smoke test takes from paas-charm, without Docker: the environment, the migration
// choice, the services' states, and the rock layouts (V1 /flask, V2 /app) as data.
import { describe, expect, it } from '@jest/globals'
import {
  deployerEnv,
  extraServicesOfPlan,
  serviceStates,
  servicesText,
  smokeEnvironment
} from '../../src/smoke/deployer.js'
import { SmokeError } from '../../src/smoke/error.js'
import {
  LAYOUT_ROOTS,
  layoutOf,
  migrationCommand,
  V1_LAYOUT,
  V2_LAYOUT
} from '../../src/smoke/layout.js'
import { planMigration } from '../../src/smoke/migration.js'

describe("the deployer's environment", () => {
  it('gives what paas-charm gives a flask app without config or relations, a fresh secret each run', () => {
    const one = deployerEnv({ app: 8000, metrics: 9102 })
    const two = deployerEnv({ app: 8000, metrics: 9102 })
    expect(Object.keys(one)).toEqual([
      'FLASK_METRICS_PORT',
      'FLASK_METRICS_PATH',
      'FLASK_BASE_URL',
      'FLASK_SECRET_KEY'
    ])
    expect(one).toMatchObject({
      FLASK_METRICS_PORT: '9102',
      FLASK_METRICS_PATH: '/metrics',
      FLASK_BASE_URL: 'http://localhost:8000'
    })
    // secrets.token_urlsafe(64): 64 random bytes in URL-safe base64 without padding.
    expect(one.FLASK_SECRET_KEY).toMatch(/^[A-Za-z0-9_-]{86}$/)
    expect(two.FLASK_SECRET_KEY).not.toBe(one.FLASK_SECRET_KEY)
  })

  it('lets smoke-env override any of it, and says which names came from where', () => {
    const deployer = { FLASK_BASE_URL: 'http://localhost:8000', FLASK_SECRET_KEY: 's' }
    expect(smokeEnvironment({ FLASK_SECRET_KEY: 'mine', DATABASE_URL: 'x' }, deployer)).toEqual({
      env: { FLASK_BASE_URL: 'http://localhost:8000', FLASK_SECRET_KEY: 'mine', DATABASE_URL: 'x' },
      fromDeployer: ['FLASK_BASE_URL'],
      fromSmokeEnv: ['FLASK_SECRET_KEY', 'DATABASE_URL']
    })
  })
})

describe('an empty value for a variable the deployer always sets', () => {
  it.each(['FLASK_SECRET_KEY', 'FLASK_BASE_URL', 'FLASK_METRICS_PORT', 'FLASK_METRICS_PATH'])(
    'refuses %s= by name, and takes any other empty variable',
    name => {
      const deployer = deployerEnv({ app: 8000, metrics: 9102 })
      const how = name === 'FLASK_SECRET_KEY' ? 'a random key' : 'the value the deployer would'
      expect(() => smokeEnvironment({ [name]: '', OTHER: '' }, deployer)).toThrow(
        new SmokeError(
          `${name} is empty, which the deployer never sets it to: a missing secret gives an empty value (forks, new repositories). Leave ${name} out (the smoke test sets ${how}), or give it a value`
        )
      )
      expect(smokeEnvironment({ OTHER: '' }, deployer).env.OTHER).toBe('')
    }
  )
})

describe('the migration paas-charm would run', () => {
  const paths = (...p: string[]): Set<string> => new Set(p)

  it('takes the later one found of migrate, migrate.sh, migrate.py and manage.py, in the layout’s app directory', () => {
    expect(migrationCommand(V1_LAYOUT, paths('flask/app/migrate'))).toEqual(['/flask/app/migrate'])
    expect(migrationCommand(V1_LAYOUT, paths('flask/app/migrate', 'flask/app/migrate.sh'))).toEqual(
      ['bash', '-eo', 'pipefail', 'migrate.sh']
    )
    expect(
      migrationCommand(
        V1_LAYOUT,
        paths('flask/app/migrate.py', 'flask/app/migrate', 'flask/app/migrate.sh')
      )
    ).toEqual(['python3', 'migrate.py'])
    expect(
      migrationCommand(V1_LAYOUT, paths('flask/app/migrate.py', 'flask/app/manage.py'))
    ).toEqual(['python3', 'manage.py', 'migrate'])
    expect(migrationCommand(V2_LAYOUT, paths('app/migrate'))).toEqual(['/app/migrate'])
    // Only the app directory itself counts: not a subdirectory, not the other layout's.
    expect(migrationCommand(V1_LAYOUT, paths('flask/app/app/migrate.py', 'app/migrate.py'))).toBe(
      undefined
    )
  })

  it('runs nothing for false, what is there for auto, and requires one for true', () => {
    const some = paths('flask/app/migrate.sh')
    expect(planMigration('false', V1_LAYOUT, some)).toBeUndefined()
    expect(planMigration('auto', V1_LAYOUT, some)).toEqual([
      'bash',
      '-eo',
      'pipefail',
      'migrate.sh'
    ])
    expect(planMigration('auto', V1_LAYOUT, paths())).toBeUndefined()
    expect(() => planMigration('true', V2_LAYOUT, paths('flask/app/migrate.sh'))).toThrow(
      'a migration was asked for (smoke-migrate true, --migrate), but the rock has no migrate, migrate.sh, migrate.py or manage.py in /app'
    )
  })
})

describe('rock layouts', () => {
  it('knows a V2 rock by its gunicorn config in /var/lib/gunicorn, and V1 otherwise', () => {
    expect(layoutOf(new Set(['var/lib/gunicorn/gunicorn.conf.py', 'app/app.py']))).toBe(V2_LAYOUT)
    expect(layoutOf(new Set(['flask/gunicorn.conf.py', 'app/app.py']))).toBe(V1_LAYOUT)
    expect(layoutOf(new Map([['flask/app/app.py', 584792]]))).toBe(V1_LAYOUT)
  })

  it('reads every root any layout owns or marks, once', () => {
    expect(LAYOUT_ROOTS).toEqual([
      'flask',
      'opt/promtail',
      'etc/promtail',
      'var/log/flask',
      'app',
      'var/lib/gunicorn',
      'var/log/app'
    ])
    expect(V2_LAYOUT).toEqual({
      name: 'v2',
      appDir: '/app',
      gunicornConf: '/var/lib/gunicorn/gunicorn.conf.py',
      logDir: '/var/log/app',
      ownedRoots: ['app', 'var/lib/gunicorn', 'opt/promtail', 'etc/promtail', 'var/log/app']
    })
  })
})

describe('the extra services', () => {
  it("takes the *-worker and *-scheduler services of Pebble's plan, whatever their case", () => {
    const plan = `services:
    flask:
        override: replace
        command: gunicorn
    statsd-exporter:
        command: exporter
    Mail-Worker:
        command: python3 worker.py
    "odd name -worker":
        command: x
    cron-scheduler:
        command: python3 cron.py
    workers:
        command: not one
`
    expect(extraServicesOfPlan(plan)).toEqual(['Mail-Worker', 'odd name -worker', 'cron-scheduler'])
    expect(extraServicesOfPlan('services: {}\n')).toEqual([])
    expect(extraServicesOfPlan('{{{ not yaml')).toEqual([])
    expect(extraServicesOfPlan('')).toEqual([])
  })

  it('reads their states from `pebble services`, matching whole names; odd names are unknown, never split', () => {
    const table = `Service          Startup  Current   Since
cron-scheduler   enabled  active    today at 10:00 UTC
flask            enabled  active    today at 10:00 UTC
mail-worker      enabled  backoff   today at 10:00 UTC
mail-worker-2    enabled  active    today at 10:00 UTC
odd              enabled  active    today at 10:00 UTC
`
    expect(
      serviceStates(table, ['mail-worker', 'cron-scheduler', 'odd name -worker', 'gone-worker'])
    ).toEqual([
      { name: 'mail-worker', startup: 'enabled', current: 'backoff' },
      { name: 'cron-scheduler', startup: 'enabled', current: 'active' },
      { name: 'odd name -worker', startup: 'unknown', current: 'unknown' },
      { name: 'gone-worker', startup: 'unknown', current: 'unknown' }
    ])
    // A control character in a name never matches a row.
    expect(
      serviceStates('Service Startup Current\nx\n-worker enabled active\n', ['x\n-worker'])
    ).toEqual([{ name: 'x\n-worker', startup: 'unknown', current: 'unknown' }])
    expect(
      servicesText([
        { name: 'mail-worker', startup: 'enabled', current: 'backoff' },
        { name: 'cron-scheduler', startup: 'enabled', current: 'active' }
      ])
    ).toBe('mail-worker backoff, cron-scheduler active')
  })
})
