// The smoke test's migration: paas-charm's migration script, planned from the rock and run in the
// container before Pebble (held until then) starts the services.
import type { MigrateChoice } from '../action/context.js'
import { tailLines } from '../process/exec.js'
import { execInContainer } from './docker.js'
import { SmokeError } from './error.js'
import { migrationCommand, type RockLayout } from './layout.js'
import type { MigrationResult, RunningSmoke } from './run.js'

// The migration's output kept (its tail, per stream) and shown in its log group.
const MIGRATION_KEEP_BYTES = 256 * 1024
const MIGRATION_LOG_LINES = 200
// Lines of the migration's output quoted in the verdict when it fails.
const MIGRATION_QUOTE_LINES = 3

// `pebble replan`, `pebble plan`, `pebble services`: each answers within a second or two.
export const PEBBLE_CALL_MS = 60_000

/** A single line of the project's words, for a verdict. */
export function oneLine(text: string): string {
  return (
    text
      .split(/\r?\n/)
      .map(l => l.trim())
      .filter(l => l !== '')
      .join(' | ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x1f\x7f]/g, ' ')
  )
}

/** The migration to run for smoke-migrate, or undefined; throws when `true` finds none. */
export function planMigration(
  choice: MigrateChoice,
  layout: RockLayout,
  paths: ReadonlySet<string> | Map<string, unknown>
): string[] | undefined {
  if (choice === 'false') return undefined
  const command = migrationCommand(layout, paths)
  if (!command && choice === 'true') {
    throw new SmokeError(
      `a migration was asked for (smoke-migrate true, --migrate), but the rock has no migrate, migrate.sh, migrate.py or manage.py in ${layout.appDir}`
    )
  }
  return command
}

/**
 * Runs the migration as paas-charm does before it starts the app: in the container, from the
 * app directory, as _daemon_, with the app's environment (the container's), no stdin; bounded by
 * smoke-timeout. Its output is the project's: fenced in its log group.
 */
export async function migrate(run: RunningSmoke, command: string[]): Promise<MigrationResult> {
  const workdir = run.setup.layout.appDir
  const shown = command.join(' ')
  const left = run.deadline - Date.now()
  if (left <= 0)
    throw new SmokeError(`no time left for the migration within ${run.opts.timeoutSec} s`)
  let result!: Awaited<ReturnType<typeof execInContainer>>
  await run.log.group(`Migration: ${shown} (in ${workdir} as _daemon_)`, async () => {
    result = await execInContainer(
      run.name,
      command,
      `run the migration ${shown}`,
      { user: '_daemon_', workdir, timeoutMs: left, keepBytes: MIGRATION_KEEP_BYTES },
      run.opts.dockerHost
    )
    for (const [stream, text] of [
      ['stdout', result.stdout],
      ['stderr', result.stderr]
    ] as const) {
      const lines = tailLines(text, MIGRATION_LOG_LINES)
      if (lines === '') continue
      run.log.info(`${stream} (last lines, as the migration wrote them):`)
      run.log.info(lines)
    }
    run.log.info(
      result.timedOut
        ? `Stopped after ${(result.durationMs / 1000).toFixed(1)} s: smoke-timeout`
        : `Exit code ${result.code} after ${(result.durationMs / 1000).toFixed(1)} s`
    )
  })
  if (result.timedOut) {
    throw new SmokeError(
      `the migration (${shown}) did not finish within the smoke timeout (${run.opts.timeoutSec} s)`
    )
  }
  if (result.code !== 0) {
    const quoted = oneLine(tailLines(result.stderr || result.stdout, MIGRATION_QUOTE_LINES))
    throw new SmokeError(
      `the migration (${shown}, in ${workdir} as _daemon_) failed with exit code ${result.code}${quoted ? `: ${quoted}` : ' and printed nothing'}`
    )
  }
  run.log.info(`Migration ${shown} passed in ${result.durationMs} ms`)
  return { command, workdir, ms: result.durationMs, exitCode: 0 }
}

/**
 * After the migration, Pebble (held until then) starts the default services, as the charm's
 * replan does. Whether they stay up is for the probe and the boot watch to tell: replan's own
 * failure (a worker that exits at once) is logged, not a verdict.
 */
export async function startServices(run: RunningSmoke): Promise<number> {
  const at = Date.now()
  const result = await execInContainer(
    run.name,
    [run.setup.pebble, 'replan'],
    'start the services (pebble replan)',
    { timeoutMs: PEBBLE_CALL_MS },
    run.opts.dockerHost
  )
  if (result.code !== 0 || result.timedOut) {
    run.log.info('pebble replan did not start every service:')
    run.log.info(tailLines(result.stderr || result.stdout, 20) || '(no output)')
  }
  return at
}
