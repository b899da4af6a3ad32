#!/usr/bin/env node
// flask-rock: the action's check, expansion and init as a local command. Imports only the core
// (no @actions/*), so it starts about as fast as node itself.
import { parseArgs } from 'node:util'
import { printable } from '../process/untrusted.js'
// Only what starts a check: the check itself (rockcraft.yaml's parser and the rest) loads while
// python3 starts (startAnalysis), and --fix, init and expand load their code when run.
import { startAnalysis } from '../core/entrypoint.js'
import { ProjectError, ProjectUsageError } from '../core/project-error.js'
import type { CheckResult, Problem } from '../core/check.js'
import { bootCause, bootFixLine } from '../core/boot-text.js'
import { argsErrorText } from './cli-args.js'
import packageJson from '../../package.json' with { type: 'json' }

const USAGE = `Usage: flask-rock <command> [options] [DIR]

Check, expand and initialise a Flask project for rockcraft's flask-framework extension.
DIR is the project directory (default: the current directory).

Commands:
  check [--format text|json] [--fix] [DIR]
                                       report what rockcraft would refuse and what would stop
                                       the rock from booting (exit 1), else print the WSGI
                                       entrypoint, gunicorn worker and what ships in /flask/app
                                       (/app on Ubuntu 26.04); --fix writes the prime list that
                                       ships every project module the rock lacks into
                                       rockcraft.yaml, then checks
  expand [--format yaml|json] [DIR]    print the project with flask-framework expanded, as
                                       \`rockcraft expand-extensions\` does
  init [DIR] [--name N] [--base B] [--version V]
                                       write rockcraft.yaml unless one exists
  smoke ROCK [options]                 run the rock in Docker and prove it serves, as the
                                       action's smoke test does (flask-rock smoke --help)
  sbom ROCK [--format cyclonedx|text]  print the rock's SBOM (CycloneDX 1.6 JSON), as the
                                       action writes it (flask-rock sbom --help)
  diff OLD NEW [--format text|json]    what changes from rock OLD to rock NEW: sizes,
                                       packages, config, services, app files (each a .rock,
                                       an OCI layout or an image reference; flask-rock diff
                                       --help)

Options:
  --experimental-extensions            (check, expand) as rockcraft does with
                                       ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS set: needed for
                                       the Ubuntu 26.04 extension
  -h, --help                           show this help
  --version                            print flask-rock's version (before any command)

Exit status: 0 success, 1 the project has problems, 2 usage error.
`

class UsageError extends Error {}

type Values = Record<string, string | boolean | undefined>

/** One entry per subcommand: the options it takes and what it does with them. */
interface Command {
  options: string[]
  run: (values: Values, dir: string) => Promise<number>
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string' },
  fix: { type: 'boolean' },
  name: { type: 'string' },
  base: { type: 'string' },
  version: { type: 'string' },
  'experimental-extensions': { type: 'boolean' }
} as const

const COMMANDS: Record<string, Command> = {
  check: { options: ['format', 'fix', 'experimental-extensions'], run: check },
  expand: { options: ['format', 'experimental-extensions'], run: expand },
  init: { options: ['name', 'base', 'version'], run: init }
}

function where(p: Problem): string {
  if (!p.file) return ''
  return p.line ? `${p.file}:${p.line}: ` : `${p.file}: `
}

/** The check with python3 started first, as checkProject would start it itself. */
async function checked(dir: string, env: NodeJS.ProcessEnv): Promise<CheckResult> {
  const analysis = startAnalysis('python3', env)
  try {
    const { checkProject } = await import('../core/check.js')
    return await checkProject(dir, { env, analysis })
  } finally {
    analysis.cancel()
  }
}

async function report(result: CheckResult, bootAs: 'error' | 'warning'): Promise<void> {
  const { packProblems } = await import('../core/check.js')
  // Messages quote the project (names, paths, lines of its files): no terminal escapes.
  const out = (line: string): boolean =>
    process.stderr.write(`${printable(line)}
`)
  // rockcraft's refusals name their file already; where the JSON has a line, so does the text.
  for (const p of result.problems) out(`- ${p.line ? where(p) : ''}${p.message}`)
  // Not rockcraft's refusal: the build backend's, when the dependencies part runs pip install .
  for (const p of packProblems(result)) out(`- ${where(p)}the pack would fail: ${p.message}`)
  // Each module the rock lacks ends with the same change to rockcraft.yaml: said once, after them.
  const fixText = result.boot?.fixText
  for (const p of result.boot?.problems ?? []) {
    out(
      `${bootAs === 'error' ? '- ' : 'warning: '}${where(p)}the rock would not boot: ${bootCause(p.message, fixText)}`
    )
  }
  const fixLine = bootFixLine(result.boot)
  if (fixLine) out(fixLine)
  for (const p of result.boot?.warnings ?? []) out(`warning: ${where(p)}${p.message}`)
  for (const p of result.install?.warnings ?? []) out(`warning: ${where(p)}${p.message}`)
  for (const h of result.hints) out(`hint: ${where(h)}${h.message}`)
}

function oneDir(positionals: string[]): string {
  if (positionals.length > 1) throw new UsageError(`expected one DIR, got ${positionals.length}`)
  return positionals[0] ?? '.'
}

function formatOf(values: Values, allowed: string[]): string {
  const format = (values.format as string | undefined) ?? allowed[0]
  if (!allowed.includes(format)) {
    throw new UsageError(`--format must be ${allowed.join(' or ')}, not '${format}'`)
  }
  return format
}

/** The environment rockcraft would run in: with experimental extensions when asked. */
function checkEnv(values: Values): NodeJS.ProcessEnv {
  return values['experimental-extensions']
    ? { ...process.env, ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' }
    : process.env
}

async function check(values: Values, dir: string): Promise<number> {
  const format = formatOf(values, ['text', 'json'])
  const env = checkEnv(values)
  let result = await checked(dir, env)
  const { checkProject, installedLine, packProblems } = await import('../core/check.js')
  const fix = result.boot?.fix
  if (values.fix && fix && result.rockcraftFile) {
    const file = result.rockcraftFile
    const { writeFix } = await import('../core/fix.js')
    const changes = await writeFix(file, result.rockcraftText ?? '', fix)
    // stdout holds only the JSON document in that format
    const say = format === 'json' ? process.stderr : process.stdout
    for (const change of changes) say.write(printable(`fixed ${file}: ${change}\n`))
    result = await checkProject(dir, { env })
  }
  const failed =
    result.problems.length > 0 ||
    (result.boot?.problems.length ?? 0) > 0 ||
    packProblems(result).length > 0
  if (format === 'json') {
    const { checkReport } = await import('../core/check-report.js')
    process.stdout.write(JSON.stringify(checkReport(result), null, 2) + '\n')
    return failed ? 1 : 0
  }
  await report(result, 'error')
  if (failed) return 1
  const lines = [
    `wsgi: ${result.wsgi ?? '(services.flask.command is set)'}`,
    `worker: ${result.worker}`,
    ...(result.boot ? [`ships: ${result.boot.ships.join(' ') || '(nothing)'}`] : []),
    ...(result.install ? [`installed: ${installedLine(result.install)}`] : [])
  ]
  process.stdout.write(printable(lines.join('\n')) + '\n')
  return 0
}

async function expand(values: Values, dir: string): Promise<number> {
  const format = formatOf(values, ['yaml', 'json']) as 'yaml' | 'json'
  const result = await checked(dir, checkEnv(values))
  const { renderExpansion } = await import('../core/check.js')
  // rockcraft's verdict alone decides: boot problems are only warnings here.
  await report(result, 'warning')
  if (result.problems.length > 0 || !result.expanded) return 1
  // rockcraft prints the YAML through craft-cli, which adds a newline of its own.
  process.stdout.write(renderExpansion(result.expanded, format) + (format === 'yaml' ? '\n' : ''))
  return 0
}

async function init(values: Values, dir: string): Promise<number> {
  const { initRockcraftYaml } = await import('../core/init.js')
  const { path, written, nameNote } = await initRockcraftYaml(dir, {
    name: values.name as string | undefined,
    base: values.base as string | undefined,
    version: values.version as string | undefined
  })
  if (nameNote) process.stdout.write(`${printable(nameNote)}\n`)
  process.stdout.write(printable(written ? `wrote ${path}\n` : `${path} exists; left as it is\n`))
  return 0
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  // Its own module, loaded only for it: check and expand start without the smoke test's code.
  if (command === 'smoke') return (await import('../smoke/cli.js')).smokeCommand(rest)
  if (command === 'sbom') return (await import('../sbom/cli.js')).sbomCommand(rest)
  if (command === 'diff') return (await import('../diff/cli.js')).diffCommand(rest)
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    // Asked for: stdout, exit 0. No command at all is a usage error: stderr, exit 2.
    ;(command === undefined ? process.stderr : process.stdout).write(USAGE)
    return command === undefined ? 2 : 0
  }
  if (command === '--version' || command === '-V') {
    process.stdout.write(`flask-rock ${packageJson.version}\n`)
    return 0
  }
  if (command.startsWith('-')) throw new UsageError(`unknown option '${command}'`)
  const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
  if (!entry) throw new UsageError(`unknown command '${command}'`)
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: OPTIONS
  })
  if (values.help) {
    process.stdout.write(USAGE)
    return 0
  }
  for (const key of Object.keys(values)) {
    if (key !== 'help' && !entry.options.includes(key)) {
      throw new UsageError(`option --${key} does not apply to '${command}'`)
    }
  }
  return entry.run(values, oneDir(positionals))
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (err: unknown) => {
    if (
      err instanceof UsageError ||
      err instanceof ProjectUsageError ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`flask-rock: ${argsErrorText(err as Error)}\n\n${USAGE}`)
      process.exitCode = 2
    } else if (err instanceof ProjectError) {
      process.stderr.write(`flask-rock: ${printable(err.message)}\n`)
      process.exitCode = 1
    } else {
      process.stderr.write(`flask-rock: internal error: ${(err as Error)?.stack ?? String(err)}\n`)
      process.exitCode = 70
    }
  }
)
