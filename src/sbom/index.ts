// The SBOM of a rock (CycloneDX 1.6 JSON): what the action writes beside the rock (output `sbom`)
// and `flask-rock sbom` prints. It shares the smoke test's one read of the rock.
import * as fs from 'node:fs/promises'
import { readRockOnce } from '../rock/index.js'
import { buildSbom, type RockFacts, type Sbom, type SbomSummary } from './build.js'
import { readPackRecord, type PackRecord } from './pack-record.js'

export {
  buildSbom,
  SBOM_BOUNDS,
  SBOM_LIMITS,
  type RockFacts,
  type Sbom,
  type SbomBounds,
  type SbomSummary
} from './build.js'
export { readPackRecord, type PackRecord } from './pack-record.js'
export { statsdExporterTag } from './go-version.js'

export const TOOL = { name: 'flask-rock-action', version: '1' }

/** Where the SBOM of a rock goes: beside it, `<name>_<version>_<arch>.cdx.json`. */
export function sbomPath(rock: string): string {
  return `${rock.replace(/\.rock$/, '')}.cdx.json`
}

export interface RockSbomOptions {
  project?: RockFacts
  /** The work dir whose parts/ state the pack left (destructive mode). */
  packDir?: string
  /** Why there is no pack record to read (LXD mode: it stays in the instance). */
  packRecordNote?: string
}

/** Reads the rock (once per process) and the pack's record, and builds the SBOM. */
export async function rockSbom(rock: string, opts: RockSbomOptions = {}): Promise<Sbom> {
  const [contents, packRecord] = await Promise.all([
    readRockOnce(rock),
    opts.packDir ? readPackRecord(opts.packDir) : Promise.resolve<PackRecord | undefined>(undefined)
  ])
  return buildSbom({
    contents,
    project: opts.project,
    packRecord,
    packRecordNote:
      opts.packRecordNote ??
      (opts.packDir && !packRecord
        ? `the pack left no parts/ state in ${opts.packDir}`
        : undefined),
    tool: TOOL
  })
}

/** Builds the SBOM and writes it beside the rock; returns its path and summary. */
export async function writeRockSbom(
  rock: string,
  opts: RockSbomOptions = {}
): Promise<{ file: string; summary: SbomSummary }> {
  const sbom = await rockSbom(rock, opts)
  const file = sbomPath(rock)
  await fs.writeFile(file, sbom.json + '\n')
  return { file, summary: sbom.summary }
}

/** The summary in a few lines: counts, top-level versions, where the distribution's packages came from. */
export function sbomLines(summary: SbomSummary): string[] {
  const v = summary.versions
  const known = (x: string | undefined): string => x ?? 'unknown'
  return [
    `Components: ${summary.counts.python} Python, ${summary.counts.ubuntu} ${summary.distro ?? 'distribution'} packages (from ${summary.ubuntuSource === 'none' ? 'nowhere: unknown' : summary.ubuntuSource}), ${summary.counts.go} Go programs`,
    `Flask ${known(v.flask)}, gunicorn ${known(v.gunicorn)}, Python ${known(v.python)}, Pebble ${known(v.pebble)}, statsd_exporter ${known(v.statsdExporter)}`,
    ...(summary.incomplete.length ? [`Incomplete: ${summary.incomplete.join('; ')}`] : []),
    ...(summary.unknowns.length
      ? [
          `Not known (${summary.unknowns.length}): ${summary.unknowns.slice(0, 3).join('; ')}${summary.unknowns.length > 3 ? '; ...' : ''}`
        ]
      : [])
  ]
}
