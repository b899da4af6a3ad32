// `flask-rock sbom ROCK`: the SBOM the action writes beside a rock, printed. Loaded only for this
// subcommand; it imports no @actions/* package.
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { parseArgs } from 'node:util'
import { loadProjectYaml } from '../core/check.js'
import { isMapping, partName, profileFor } from '../core/expand.js'
import { printable } from '../process/untrusted.js'
import { RockError } from '../rock/index.js'
import { rockSbom, sbomLines, statsdExporterTag, type RockFacts } from './index.js'

export const SBOM_USAGE = `Usage: flask-rock sbom ROCK [--format cyclonedx|text] [--project DIR]

Print the rock's SBOM as the action writes it (output \`sbom\`): CycloneDX 1.6 JSON listing the
Python distributions, the Ubuntu packages (dpkg status, a chisel manifest, or the stage-packages
the pack recorded under DIR/parts/), the Go programs' modules and the rock itself.

  --format text     the counts and top-level versions instead of the JSON
  --project DIR     the project the rock was packed from: its rockcraft.yaml names the rock's
                    name, version, base and build-base; a destructive pack's parts/ state there
                    lists the stage-packages

Exit status: 0 printed, 1 the rock cannot be read, 2 usage error.
`

class UsageError extends Error {}

const PROJECT_MAX = 1024 * 1024

/** name, version, base and build-base as rockcraft.yaml spells them (strings only). */
async function projectFacts(dir: string): Promise<RockFacts> {
  const file = path.join(dir, 'rockcraft.yaml')
  const text = await fs.readFile(file, 'utf8').catch(() => undefined)
  if (text === undefined || text.length > PROJECT_MAX) {
    throw new UsageError(`--project ${dir}: no readable rockcraft.yaml there`)
  }
  const { data: yaml = {}, problem } = loadProjectYaml(text, file)
  // Rockcraft packs no rock from it either: its facts are not guessed at.
  if (problem) throw new UsageError(`--project ${dir}: ${problem.message}`)
  const field = (key: string): string | undefined => {
    const value = yaml[key]
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
  }
  // The expansion's statsd-exporter part: the extension's tag, unless the project overrides it.
  const part = partName(yaml, 'statsd-exporter')
  const own = isMapping(yaml.parts) ? yaml.parts[part] : undefined
  return {
    name: field('name'),
    version: field('version'),
    base: field('base'),
    buildBase: field('build-base'),
    statsdExporterTag: statsdExporterTag({
      parts: {
        [part]: { 'source-tag': profileFor(yaml).statsdTag, ...(isMapping(own) ? own : {}) }
      }
    })
  }
}

async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      format: { type: 'string' },
      project: { type: 'string' }
    }
  })
  if (values.help) {
    process.stdout.write(SBOM_USAGE)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError(`expected one ROCK, got ${positionals.length}`)
  const format = values.format ?? 'cyclonedx'
  if (format !== 'cyclonedx' && format !== 'text') {
    throw new UsageError(`--format must be cyclonedx or text, not '${format}'`)
  }
  const project = values.project ? await projectFacts(values.project) : undefined
  const sbom = await rockSbom(positionals[0], {
    project,
    packDir: values.project,
    packRecordNote: values.project ? undefined : 'no project given (--project) for its pack record'
  })
  // The summary quotes the rock (versions, paths): no terminal escapes. The JSON escapes its own.
  process.stdout.write(
    format === 'text' ? printable(sbomLines(sbom.summary).join('\n')) + '\n' : sbom.json + '\n'
  )
  return 0
}

export async function sbomCommand(args: string[]): Promise<number> {
  try {
    return await run(args)
  } catch (err) {
    if (
      err instanceof UsageError ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`flask-rock sbom: ${(err as Error).message}\n\n${SBOM_USAGE}`)
      return 2
    }
    if (err instanceof RockError) {
      process.stderr.write(`flask-rock sbom: ${printable(err.message)}\n`)
      return 1
    }
    throw err
  }
}
