// The smoke test's load: read the rock (architecture, owners, layout, name and version) and load
// it into Docker in the same pass, then check Docker holds the image the read checked.
import * as path from 'node:path'
import { RockError, type BlobCopy } from '../rock/index.js'
import { ArchiveLoad } from './archive-load.js'
import { containerdStore, loadedImage, loadRock, removeImage } from './docker.js'
import { SmokeError } from './error.js'
import { isRunImage, runImage } from './image.js'
import { LAYOUT_ROOTS, layoutOf, type RockLayout } from './layout.js'
import { DAEMON_UID, foreignOwners, rockImage, type RockImage } from './ownership.js'
import type { SmokeOptions } from './run.js'

const DOCKER_ARCH: Record<string, string> = {
  x64: 'amd64',
  arm64: 'arm64',
  ppc64: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64'
}

/** A rock's own name and version, as rockcraft records them in it (not its file name). */
export interface RockIdentity {
  /** From its Pebble layer, `/var/lib/pebble/default/layers/001-<name>.yaml`; 'rock' without one. */
  name: string
  /** Its label org.opencontainers.image.version (rockcraft's `version`). */
  version?: string
}

// rockcraft's project names: lower-case letters, digits and single hyphens, at most 40 characters.
const ROCK_NAME = /^[a-z0-9](?:-?[a-z0-9])*$/
const PEBBLE_LAYER_FILE = /^\d{3}-(.+)\.yaml$/

/** The name and version a rock carries; anything else in its (untrusted) files is ignored. */
export function rockIdentity(layerFiles: string[], labels: Record<string, unknown>): RockIdentity {
  const name = layerFiles
    .map(f => PEBBLE_LAYER_FILE.exec(path.posix.basename(f))?.[1])
    .find((n): n is string => n !== undefined && n.length <= 40 && ROCK_NAME.test(n))
  const version = labels['org.opencontainers.image.version']
  return {
    name: name ?? 'rock',
    ...(typeof version === 'string' && version.trim() !== '' ? { version } : {})
  }
}

/** The rock as read, with the layout it follows and the paths under that layout. */
export type CheckedRock = RockImage & { layout: RockLayout; paths: Map<string, number> }

/**
 * Reads the rock itself: an OCI archive for this machine's architecture, its files owned right
 * where its layout says; returns the layout and the paths under it.
 */
async function checkRockFile(rock: string, copy?: BlobCopy): Promise<CheckedRock> {
  let image: Awaited<ReturnType<typeof rockImage>>
  try {
    image = await rockImage(rock, LAYOUT_ROOTS, copy)
  } catch (err) {
    // The reader's one line ("cannot read <rock>: <why>"); anything else is a bug, not the rock.
    if (err instanceof RockError) throw new SmokeError(err.message)
    throw err
  }
  const here = DOCKER_ARCH[process.arch] ?? process.arch
  if (image.architecture && image.architecture !== here) {
    throw new SmokeError(`${rock} is built for ${image.architecture}; this machine runs ${here}`)
  }
  const layout = layoutOf(image.owners)
  const under = (p: string): boolean =>
    layout.ownedRoots.some(r => p === r || p.startsWith(`${r}/`))
  const foreign = foreignOwners(new Map([...image.owners].filter(([p]) => under(p))))
  if (foreign.length > 0) {
    throw new SmokeError(
      `files in the rock are not owned by _daemon_ (${DAEMON_UID}), as rockcraft makes them: ${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ` and ${foreign.length - 5} more` : ''}`
    )
  }
  return { ...image, layout, paths: image.owners }
}

/**
 * Reads the rock (architecture, owners) and loads it into Docker in the same pass: the read hands
 * its blobs to `docker load` as they stream by (ArchiveLoad), and the image is named only once
 * the read and the plan passed, so a refused rock never takes a tag (not the user's, not the
 * run's). Unnamed (flask-rock smoke), the image is named after the rock's own name and version,
 * which only the read knows. Whatever the streamed load cannot take, skopeo loads afterwards.
 */
export async function checkAndLoad<T>(
  opts: SmokeOptions,
  named: string | undefined,
  plan: (read: CheckedRock) => T
): Promise<{ read: CheckedRock; planned: T; image: string }> {
  const load = new ArchiveLoad(opts.rock, opts.dockerHost)
  let read: CheckedRock
  let planned: T
  try {
    read = await checkRockFile(opts.rock, load)
    planned = plan(read)
  } catch (err) {
    await load.abort()
    throw err
  }
  const identity = rockIdentity(
    read.pebbleLayers.map(l => l.name),
    read.labels
  )
  const image = named ?? runImage(identity.name, identity.version)
  // Remembered before it is tagged: whatever a killed run leaves is removed by the cleanup.
  if (isRunImage(image)) opts.remember?.({ smokeImage: image })
  opts.log.info(`Loading ${opts.rock} into Docker as ${image}`)
  const streamed = await load.finish(image, read.blobs)
  if (!streamed.loaded) {
    opts.log.info(
      `The load alongside the read did not complete (${streamed.why}): loading with skopeo`
    )
    await loadRock(opts.rock, image, opts.dockerHost)
  }
  await sameImage(image, read, opts.dockerHost)
  return { read, planned, image }
}

/**
 * The image Docker loaded is the image the read checked (and the SBOM describes): its layers are
 * the config's diff_ids and its ID the config's digest (the manifest's in containerd's store,
 * where the layers alone are compared). Otherwise it is removed and the step fails saying which.
 */
async function sameImage(image: string, read: CheckedRock, host?: string): Promise<void> {
  const loaded = await loadedImage(image, host)
  const config = `sha256:${read.blobs.config}`
  let differs: string | undefined
  if (JSON.stringify(loaded.layers) !== JSON.stringify(read.diffIds)) {
    differs = `its layers (${loaded.layers.length}: ${loaded.layers.map(l => l.slice(7, 19)).join(', ')}) are not the ones the read checked (${read.diffIds.length}: ${read.diffIds.map(l => l.slice(7, 19)).join(', ')})`
  } else if (loaded.id !== config && !(await containerdStore(host))) {
    differs = `its ID ${loaded.id.slice(0, 19)} is not the config digest the read checked, ${config.slice(0, 19)}`
  }
  if (!differs) return
  await removeImage(image, host).catch(() => undefined)
  throw new SmokeError(
    `Docker loaded another image than the rock's read: ${differs}; not testing an image other than the one checked and described by the SBOM`
  )
}
