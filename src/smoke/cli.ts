// `flask-rock smoke ROCK ...`: the action's smoke test on a developer's machine, same verdicts and
// messages, plain output. Loaded only for this subcommand; it imports no @actions/* package.
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { argsErrorText } from '../cli/cli-args.js'
import { stopChildren } from '../process/exec.js'
import { handleInterrupts, interrupted } from '../process/interrupt.js'
import { printable } from '../process/untrusted.js'
import { SmokeError } from './error.js'
import type { SmokeLog } from './log.js'
import { parseConcurrency, parseProbe, type ConcurrencyPlan, type Probe } from './probes.js'
import { cleanupSmoke } from './cleanup.js'
import { smokeTest, type SmokeLeftovers } from './run.js'

export const SMOKE_USAGE = `Usage: flask-rock smoke ROCK [--worker auto|sync|gevent] [--probe LINE]...
                        [--concurrency N[ PATH]] [--timeout S] [--env-file FILE]
                        [--docker-host URL] [--format text|json] [--migrate]
                        [--services report|require]

Run the rock in Docker and prove it serves, as the action's smoke test does: the probes answer,
gunicorn runs the worker asked for, the metrics count the answers, the app runs as _daemon_ and
docker stop ends it cleanly. The rock is loaded as NAME:VERSION-smoke-<random>, from the name and
version the rock carries; the container, the env file and that image are removed, also on Ctrl-C.

  --probe LINE        [METHOD] PATH [=STATUS] [~TEXT], repeatable (default: GET /); ~TEXT: the
                      body must contain TEXT
  --concurrency N[ PATH]
                      N GETs at once (default path: the first probe's), p50/p95 and errors
  --env-file FILE     KEY=VALUE lines for the container (handed over in a private file)
  --docker-host URL   the daemon (default: DOCKER_HOST, else Docker's own default)
  --migrate           run the migration script paas-charm would run (migrate, migrate.sh,
                      migrate.py, manage.py) before the app starts; fail when the rock has none
  --services MODE     the rock's *-worker/*-scheduler services: report (default) their state,
                      or require them active

Exit status: 0 passed, 1 failed, 2 usage error, 130/143 interrupted (SIGINT/SIGTERM).
`

class UsageError extends Error {}

const RUN_SETTLE_MS = 1000

/** The run's log; silent once interrupted (the interrupt handler alone speaks then). */
function streamLog(out: NodeJS.WritableStream): SmokeLog {
  // What the rock and its app say reaches a terminal: no escape sequences.
  const write = (stream: NodeJS.WritableStream, line: string): void => {
    if (!interrupted()) stream.write(`${printable(line)}\n`)
  }
  return {
    info: line => write(out, line),
    warning: line => write(process.stderr, `warning: ${line}`),
    group: async (title, body) => {
      write(out, `--- ${title}`)
      try {
        await body()
      } finally {
        write(out, '---')
      }
    }
  }
}

/** KEY=VALUE lines (blank lines and # comments skipped); a bad line is named by number only. */
export function parseEnvFile(text: string, file: string): Record<string, string> {
  const env: Record<string, string> = {}
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return
    const eq = line.indexOf('=')
    const key = eq < 0 ? '' : line.slice(0, eq).trim()
    // The value may be a secret: never echoed.
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) || line.slice(eq + 1).includes('\r')) {
      throw new UsageError(`${file}:${i + 1}: not a KEY=VALUE line`)
    }
    env[key] = line.slice(eq + 1)
  })
  return env
}

export async function smokeCommand(argv: string[]): Promise<number> {
  let options
  try {
    options = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        worker: { type: 'string', default: 'auto' },
        probe: { type: 'string', multiple: true },
        concurrency: { type: 'string', default: '0' },
        timeout: { type: 'string', default: '120' },
        'env-file': { type: 'string' },
        'docker-host': { type: 'string' },
        format: { type: 'string', default: 'text' },
        migrate: { type: 'boolean', default: false },
        services: { type: 'string', default: 'report' }
      }
    })
  } catch (err) {
    return usage(argsErrorText(err as Error))
  }
  const { values, positionals } = options
  if (values.help) {
    process.stdout.write(SMOKE_USAGE)
    return 0
  }
  let probes: Probe[]
  let concurrency: ConcurrencyPlan | undefined
  let env: Record<string, string> = {}
  try {
    if (positionals.length !== 1)
      throw new UsageError(`expected one ROCK, got ${positionals.length}`)
    if (!['auto', 'sync', 'gevent'].includes(values.worker)) {
      throw new UsageError(`--worker must be auto, sync or gevent, not '${values.worker}'`)
    }
    if (!/^[1-9]\d{0,3}$/.test(values.timeout)) {
      throw new UsageError(`--timeout must be a number of seconds from 1 to 9999`)
    }
    if (values.services !== 'report' && values.services !== 'require') {
      throw new UsageError(`--services must be report or require, not '${values.services}'`)
    }
    if (values.format !== 'text' && values.format !== 'json') {
      throw new UsageError(`--format must be text or json, not '${values.format}'`)
    }
    probes = (values.probe ?? ['GET /']).map(line => {
      try {
        return parseProbe(line)
      } catch (err) {
        throw new UsageError((err as Error).message)
      }
    })
    try {
      concurrency = parseConcurrency(values.concurrency)
    } catch (err) {
      throw new UsageError(`--${(err as Error).message}`)
    }
    if (values['env-file']) {
      const file = values['env-file']
      const text = await fs.readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot read --env-file ${file}: ${err.code ?? err.message}`)
      })
      env = parseEnvFile(text, file)
    }
    const rockStat = await fs.stat(positionals[0]).catch(() => undefined)
    if (!rockStat?.isFile()) throw new UsageError(`${positionals[0]}: no such file`)
  } catch (err) {
    if (err instanceof UsageError) return usage(err.message)
    throw err
  }

  const json = values.format === 'json'
  // With --format json, stdout holds the JSON alone; the log goes to stderr.
  const log = streamLog(json ? process.stderr : process.stdout)
  const rock = path.resolve(positionals[0])
  const dockerHost = values['docker-host'] || process.env.DOCKER_HOST || undefined
  const left: SmokeLeftovers = {}
  // Ctrl-C or a kill: say so, stop the children, remove what this run made, exit 130 or 143.
  const unhandle = handleInterrupts({
    who: 'flask-rock smoke',
    stopChildren,
    async cleanup() {
      const quiet: SmokeLog = {
        info: () => {},
        warning: line => void process.stderr.write(`warning: ${printable(line)}\n`),
        group: (_title, body) => body()
      }
      const container = left.containerName
      await cleanupSmoke(left, quiet, { dockerHost })
      // A `docker run` cut short may still have the daemon make its container a moment later.
      if (container) {
        await new Promise(r => setTimeout(r, RUN_SETTLE_MS))
        await cleanupSmoke({ containerName: container }, quiet, { dockerHost })
      }
    }
  })
  try {
    const result = await smokeTest({
      rock,
      concurrency,
      worker: values.worker as 'auto' | 'sync' | 'gevent',
      probes,
      timeoutSec: Number(values.timeout),
      env,
      dockerHost,
      log,
      remember: patch => Object.assign(left, patch),
      removeRunImage: true,
      migrate: values.migrate ? 'true' : 'false',
      services: values.services as 'report' | 'require'
    })
    if (interrupted()) return new Promise<number>(() => {})
    if (json) process.stdout.write(`${JSON.stringify({ verdict: 'pass', ...result }, null, 2)}\n`)
    return 0
  } catch (err) {
    // The handler reports and exits; what failed because of the interrupt is no verdict.
    if (interrupted()) return new Promise<number>(() => {})
    const reason = (err as Error).message.split('\n')[0]
    if (json) process.stdout.write(`${JSON.stringify({ verdict: 'fail', reason }, null, 2)}\n`)
    process.stderr.write(
      `flask-rock smoke: ${err instanceof SmokeError ? '' : 'error: '}${printable(reason)}\n`
    )
    return 1
  } finally {
    if (!interrupted()) unhandle()
  }
}

function usage(message: string): number {
  process.stderr.write(`flask-rock smoke: ${message}\nTry 'flask-rock smoke --help'.\n`)
  return 2
}
