// `flask-rock diff OLD NEW`: what changes between two rocks. Loaded only for this subcommand; it
// imports no @actions/* package.
import { parseArgs } from 'node:util'
import { writeUntrusted } from '../process/untrusted.js'
import { DiffError, diffJson, diffRocks, diffText, FILES_LISTED } from './index.js'

export const DIFF_USAGE = `Usage: flask-rock diff OLD NEW [--format text|json] [--files N]

Show what changes from the rock OLD to the rock NEW: image size (compressed and unpacked) and
each layer's; the Python distributions, Ubuntu packages and Go modules added, removed and
changed (as the SBOM reads them); the config (user, entrypoint, env, exposed ports, labels);
the Pebble layer's services; the files under the app directory (/flask/app, /app on 26.04).
Each side is a .rock file, an OCI layout directory, or an image reference (pulled by skopeo
with your own registry login, e.g. ghcr.io/org/app:edge). Both are read at the same time.

  --format json     the whole diff as JSON (what the action writes as output \`diff\`)
  --files N         list the first N changed, added and removed files (default ${FILES_LISTED})

Exit status: 0 compared (whether or not they differ), 1 a side cannot be read, 2 usage error.
`

class UsageError extends Error {}

async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      format: { type: 'string' },
      files: { type: 'string' }
    }
  })
  if (values.help) {
    process.stdout.write(DIFF_USAGE)
    return 0
  }
  if (positionals.length !== 2) {
    throw new UsageError(`expected OLD and NEW, got ${positionals.length} argument(s)`)
  }
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format must be text or json, not '${format}'`)
  }
  const files = values.files === undefined ? FILES_LISTED : Number(values.files)
  if (!Number.isSafeInteger(files) || files < 0) {
    throw new UsageError(`--files must be a whole number, not '${values.files}'`)
  }
  const diff = await diffRocks(positionals[0], positionals[1])
  // Names and paths come from the rocks: never read as workflow commands on a runner.
  writeUntrusted(format === 'json' ? diffJson(diff) : diffText(diff, files), line =>
    process.stdout.write(`${line}\n`)
  )
  return 0
}

export async function diffCommand(args: string[]): Promise<number> {
  try {
    return await run(args)
  } catch (err) {
    if (
      err instanceof UsageError ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`flask-rock diff: ${(err as Error).message}\n\n${DIFF_USAGE}`)
      return 2
    }
    if (err instanceof DiffError) {
      process.stderr.write(`flask-rock diff: ${err.message.split('\n')[0]}\n`)
      return 1
    }
    throw err
  }
}
