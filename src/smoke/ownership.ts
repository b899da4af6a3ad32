// File owners as rockcraft's own spread test checks them: everything under the roots of the rock's
// layout (src/smoke/layout.ts: /flask or /app, the promtail and log dirs) belongs to _daemon_
// (584792). Bare rocks have no shell or find, so
// the owners are read from the rock's layer archives themselves (their tar headers), not from a
// container. A warm rock whose cache changed its owners is caught here too.
import { readRockOnce, type BlobCopy } from '../rock/index.js'
import { LAYOUT_ROOTS } from './layout.js'

export const DAEMON_UID = 584792

export interface RockImage {
  /** From the image config (amd64, arm64...). */
  architecture?: string
  /** The image config's labels (rockcraft's: org.opencontainers.image.version, .title...); unchecked. */
  labels: Record<string, unknown>
  /** Path (no leading '/') -> uid, for the files under the roots. */
  owners: Map<string, number>
  /** The files in Pebble's layers directory (the services the rock runs), by name. */
  pebbleLayers: { name: string; text: string }[]
  /** The image's blobs (sha256 hex): its config and its layers, in order. */
  blobs: { config: string; layers: string[] }
  /** The config's diff_ids, each checked against its layer by the read. */
  diffIds: string[]
}

/**
 * The image a rock (an OCI archive) holds: its architecture, and the owners of the files under
 * `roots`, layers applied in order (later entries win, whiteouts remove). The rock is read once
 * (the SBOM shares the read; `copy` gets its blobs when this call starts it); a rock it will not
 * read throws RockError.
 */
export async function rockImage(
  rock: string,
  roots: string[] = LAYOUT_ROOTS,
  copy?: BlobCopy
): Promise<RockImage> {
  const contents = await readRockOnce(rock, copy)
  const under = (p: string): boolean => roots.some(r => p === r || p.startsWith(`${r}/`))
  const layers = [...contents.files].filter(([, f]) => f.kind === 'pebble-layer')
  return {
    architecture: contents.architecture,
    labels: contents.labels,
    owners: new Map([...contents.owners].filter(([p]) => under(p))),
    pebbleLayers: layers.map(([p, f]) => ({
      name: p.slice(p.lastIndexOf('/') + 1),
      text: f.data.toString('utf8')
    })),
    blobs: contents.blobs,
    diffIds: contents.diffIds
  }
}

/** Paths under the roots not owned by _daemon_, as `/path (uid N)`, sorted. */
export function foreignOwners(owners: Map<string, number>): string[] {
  return [...owners]
    .filter(([, uid]) => uid !== DAEMON_UID)
    .map(([p, uid]) => `/${p} (uid ${uid})`)
    .sort()
}
