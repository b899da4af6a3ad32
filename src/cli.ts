#!/usr/bin/env node
// flask-rock: the action's check, expansion and init as a local command. Imports only the core
// (no @actions/*), so it starts about as fast as node itself.
import { parseArgs } from 'node:util'
import {
  checkProject,
  initRockcraftYaml,
  ProjectError,
  renderExpansion,
  type Problem
} from './core/index.js'
import { smokeCommand } from './smoke/cli.js'

const USAGE = `Usage: flask-rock <command> [options] [DIR]

Check, expand and initialise a Flask project for rockcraft's flask-framework extension.
DIR is the project directory (default: the current directory).

Commands:
  check [DIR]                          report what rockcraft would refuse (exit 1), else print
                                       the WSGI entrypoint and gunicorn worker
  expand [--format yaml|json] [DIR]    print the project with flask-framework expanded, as
                                       \`rockcraft expand-extensions\` does
  init [DIR] [--name N] [--base B] [--version V]
                                       write rockcraft.yaml unless one exists
  smoke ROCK [options]                 run the rock in Docker and prove it serves, as the
                                       action's smoke test does (flask-rock smoke --help)

Options:
  -h, --help                           show this help

Exit status: 0 success, 1 the project has problems, 2 usage error.
`

class UsageError extends Error {}

function where(p: Problem): string {
  if (!p.file) return ''
  return p.line ? `${p.file}:${p.line}: ` : `${p.file}: `
}

function report(problems: Problem[], hints: Problem[]): void {
  for (const p of problems) process.stderr.write(`- ${p.message}\n`)
  for (const h of hints) process.stderr.write(`hint: ${where(h)}${h.message}\n`)
}

function oneDir(positionals: string[]): string {
  if (positionals.length > 1) throw new UsageError(`expected one DIR, got ${positionals.length}`)
  return positionals[0] ?? '.'
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  // Its own module: the smoke test's options and output.
  if (command === 'smoke') return smokeCommand(rest)
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    // Asked for: stdout, exit 0. No command at all is a usage error: stderr, exit 2.
    ;(command === undefined ? process.stderr : process.stdout).write(USAGE)
    return command === undefined ? 2 : 0
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      format: { type: 'string' },
      name: { type: 'string' },
      base: { type: 'string' },
      version: { type: 'string' }
    }
  })
  if (values.help) {
    process.stdout.write(USAGE)
    return 0
  }
  const allowed: Record<string, string[]> = {
    check: [],
    expand: ['format'],
    init: ['name', 'base', 'version']
  }
  if (!(command in allowed)) throw new UsageError(`unknown command '${command}'`)
  for (const key of Object.keys(values)) {
    if (key !== 'help' && !allowed[command].includes(key)) {
      throw new UsageError(`option --${key} does not apply to '${command}'`)
    }
  }
  const dir = oneDir(positionals)

  if (command === 'init') {
    const { path, written } = await initRockcraftYaml(dir, {
      name: values.name,
      base: values.base,
      version: values.version
    })
    process.stdout.write(written ? `wrote ${path}\n` : `${path} exists; left as it is\n`)
    return 0
  }

  const format = values.format ?? 'yaml'
  if (format !== 'yaml' && format !== 'json') {
    throw new UsageError(`--format must be yaml or json, not '${format}'`)
  }
  const result = await checkProject(dir)
  if (result.problems.length > 0 || !result.expanded) {
    report(result.problems, result.hints)
    return 1
  }
  if (command === 'check') {
    report([], result.hints)
    process.stdout.write(`wsgi: ${result.wsgi ?? '(services.flask.command is set)'}\n`)
    process.stdout.write(`worker: ${result.worker}\n`)
    return 0
  }
  report([], result.hints)
  // rockcraft prints the YAML through craft-cli, which adds a newline of its own.
  process.stdout.write(renderExpansion(result.expanded, format) + (format === 'yaml' ? '\n' : ''))
  return 0
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (err: unknown) => {
    if (
      err instanceof UsageError ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`flask-rock: ${(err as Error).message}\nTry 'flask-rock --help'.\n`)
      process.exitCode = 2
    } else if (err instanceof ProjectError) {
      process.stderr.write(`flask-rock: ${err.message}\n`)
      process.exitCode = 1
    } else {
      process.stderr.write(`flask-rock: internal error: ${(err as Error)?.stack ?? String(err)}\n`)
      process.exitCode = 70
    }
  }
)
