// What a read of a rock gives (RockContents), made directly in memory: for the SBOM's unit
// suites, which need a rock's files (a hostile rock's among them) without writing an archive.
import { fileKind, type RockFile } from '../../../src/rock/layers.js'
import type { RockContents } from '../../../src/rock/index.js'

/** A file's text, or a whole RockFile where a test needs its kind, size or Go facts. */
export type FileSpec = string | Buffer | RockFile

/**
 * Contents holding these files, each kept whole unless given as a RockFile. A path's kind is the
 * one a read gives it (fileKind); a path no kind takes must be given as a RockFile. Texts that are
 * equal share one Buffer, as a hostile rock's thousand copies of one file would cost nothing here.
 */
export function contentsOf(
  files: Iterable<[string, FileSpec]>,
  over: Partial<RockContents> = {}
): RockContents {
  const map = new Map<string, RockFile>()
  const shared = new Map<string, Buffer>()
  for (const [p, spec] of files) {
    if (typeof spec === 'string' || Buffer.isBuffer(spec)) {
      const kind = fileKind(p)
      if (kind === undefined) throw new Error(`contentsOf: ${p} is no file a read keeps`)
      let data: Buffer
      if (typeof spec === 'string') {
        data = shared.get(spec) ?? Buffer.from(spec)
        shared.set(spec, data)
      } else data = spec
      map.set(p, { kind, data, size: data.length, truncated: false })
    } else map.set(p, spec)
  }
  return {
    rock: 'test.rock',
    digest: `sha256:${'d'.repeat(64)}`,
    architecture: 'amd64',
    annotations: {},
    labels: {},
    layers: 1,
    owners: new Map(),
    files: map,
    blobs: { config: 'c'.repeat(64), layers: ['e'.repeat(64)] },
    diffIds: [`sha256:${'f'.repeat(64)}`],
    ...over
  }
}
