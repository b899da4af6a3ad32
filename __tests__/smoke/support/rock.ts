// Builds a rock-like OCI archive for the smoke tests from real parts: a Debian root filesystem
// (mmdebstrap) with python3, Flask, gunicorn and gevent, the extension's config files, an app, the
// Pebble layer from the expansion, and two stand-ins (Pebble, statsd_exporter) named as such.
// The root filesystem is the slow part: it is cached under ~/.cache/flask-rock-tests/ keyed by
// a hash of its recipe.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runOk } from '../../../src/exec.js'
import { expandedServices, GUNICORN_CONF, pebbleLayerYaml, STATSD_MAPPING } from './services.js'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const STANDINS = path.join(HERE, '..', 'standins')
export const REPO = path.resolve(HERE, '..', '..', '..')
const DAEMON_UID = 584792

// Everything that decides the root filesystem's content; its hash names the cache entry.
const ROOTFS_RECIPE = [
  '--variant=essential',
  '--include=python3-flask,gunicorn,python3-gevent,python3-yaml,ca-certificates',
  `--customize-hook=echo "_daemon_:x:${DAEMON_UID}:${DAEMON_UID}::/nonexistent:/usr/sbin/nologin" >> "$1/etc/passwd"; echo "_daemon_:x:${DAEMON_UID}:" >> "$1/etc/group"`,
  'bookworm'
]
const MIRROR = 'http://deb.debian.org/debian'

function cacheDir(): string {
  return path.join(
    process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'),
    'flask-rock-tests'
  )
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false
  )
}

export interface RootFs {
  /** The gzipped layer blob. */
  blob: string
  /** sha256 of the gzipped blob (the manifest's layer digest) */
  digest: string
  /** sha256 of the uncompressed tar (the config's diff_id) */
  diffId: string
  size: number
}

/**
 * The cached root filesystem layer, built with mmdebstrap on first use (~40 s here) and stored
 * gzipped so that skopeo need not compress it again for every test rock.
 */
export async function rootFs(): Promise<RootFs> {
  const key = createHash('sha256')
    .update(JSON.stringify([ROOTFS_RECIPE, MIRROR]))
    .digest('hex')
    .slice(0, 16)
  const dir = cacheDir()
  await fs.mkdir(dir, { recursive: true })
  const blob = path.join(dir, `rootfs-${key}.tar.gz`)
  const infoFile = path.join(dir, `rootfs-${key}.json`)
  const lock = path.join(dir, `rootfs-${key}.lock`)
  // Test files run in parallel workers: one builds, the others wait for it.
  for (;;) {
    if (await exists(infoFile)) {
      return { blob, ...(JSON.parse(await fs.readFile(infoFile, 'utf8')) as Omit<RootFs, 'blob'>) }
    }
    try {
      await fs.mkdir(lock)
      break
    } catch {
      const age = Date.now() - (await fs.stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs
      if (age > 15 * 60_000) await fs.rm(lock, { recursive: true, force: true })
      await new Promise(r => setTimeout(r, 1000))
    }
  }
  try {
    const partial = path.join(dir, `rootfs-${key}.partial.tar`)
    await fs.rm(partial, { recursive: true, force: true })
    await fs.rm(`${partial}.gz`, { force: true })
    await runOk('mmdebstrap', [...ROOTFS_RECIPE, partial, MIRROR], {
      what: 'build the test root filesystem',
      timeoutMs: 10 * 60_000
    })
    const diffId = await sha256File(partial)
    await runOk('gzip', ['-1', '-n', partial], {
      what: 'compress the test root filesystem',
      timeoutMs: 5 * 60_000
    })
    const info = {
      digest: await sha256File(`${partial}.gz`),
      diffId,
      size: (await fs.stat(`${partial}.gz`)).size
    }
    await fs.rename(`${partial}.gz`, blob)
    await fs.writeFile(infoFile, JSON.stringify(info))
    return { blob, ...info }
  } finally {
    await fs.rm(lock, { recursive: true, force: true })
  }
}

export interface TestRockSpec {
  /** Used for the file name: <name>_0.1_amd64.rock */
  name: string
  /** A Flask project directory: its files go to /flask/app, its expansion gives the services. */
  app: string
  /** Replaces the extension's /flask/gunicorn.conf.py (to build broken rocks). */
  gunicornConf?: string
}

async function writeFile(root: string, rel: string, content: string, mode = 0o644): Promise<void> {
  const file = path.join(root, rel)
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o755 })
  await fs.writeFile(file, content, { mode })
  await fs.chmod(file, mode)
}

async function blob(
  layout: string,
  content: string | Buffer
): Promise<{ digest: string; size: number }> {
  const digest = createHash('sha256').update(content).digest('hex')
  await fs.writeFile(path.join(layout, 'blobs', 'sha256', digest), content)
  return { digest: `sha256:${digest}`, size: Buffer.byteLength(content) }
}

/** Builds <outDir>/<name>_0.1_amd64.rock (an oci-archive) and returns its path. */
export async function buildTestRock(spec: TestRockSpec, outDir: string): Promise<string> {
  const base = await rootFs()
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-test-'))
  try {
    const stage = path.join(work, 'stage')
    await fs.mkdir(stage, { mode: 0o755 })
    const appDir = path.join(stage, 'flask', 'app')
    await fs.mkdir(appDir, { recursive: true, mode: 0o755 })
    await fs.cp(spec.app, appDir, { recursive: true })
    // install-app's permissions: the app belongs to _daemon_.
    await runOk('chown', ['-R', `${DAEMON_UID}:${DAEMON_UID}`, appDir], {
      what: 'own the test app',
      timeoutMs: 30_000
    })
    await writeFile(stage, 'flask/gunicorn.conf.py', spec.gunicornConf ?? GUNICORN_CONF)
    await writeFile(stage, 'statsd-mapping.conf', STATSD_MAPPING)
    const services = await expandedServices(spec.app)
    await writeFile(
      stage,
      `var/lib/pebble/default/layers/001-rockcraft-${spec.name}.yaml`,
      pebbleLayerYaml(services)
    )
    // /bin is a symlink to usr/bin in the Debian root filesystem: ship into usr/bin.
    for (const [standin, target] of [
      ['pebble_standin.py', 'usr/bin/pebble'],
      ['statsd_exporter_standin.py', 'usr/bin/statsd_exporter']
    ]) {
      await writeFile(stage, target, await fs.readFile(path.join(STANDINS, standin), 'utf8'), 0o755)
    }
    const layerTar = path.join(work, 'app-layer.tar')
    await runOk(
      'tar',
      [
        '--numeric-owner',
        '--sort=name',
        '-cf',
        layerTar,
        '-C',
        stage,
        'flask',
        'statsd-mapping.conf',
        'usr',
        'var'
      ],
      { what: 'pack the test app layer', timeoutMs: 60_000 }
    )

    const layout = path.join(work, 'layout')
    await fs.mkdir(path.join(layout, 'blobs', 'sha256'), { recursive: true })
    await fs.writeFile(path.join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
    await fs.symlink(base.blob, path.join(layout, 'blobs', 'sha256', base.digest))
    const appLayer = await blob(layout, await fs.readFile(layerTar))
    const config = await blob(
      layout,
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        config: {
          // Like a rock: Pebble is the entrypoint, no CMD, and the run_user.
          Entrypoint: ['/usr/bin/pebble', 'enter'],
          Cmd: [],
          User: `${DAEMON_UID}:${DAEMON_UID}`,
          Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']
        },
        rootfs: { type: 'layers', diff_ids: [`sha256:${base.diffId}`, appLayer.digest] }
      })
    )
    const layerType = 'application/vnd.oci.image.layer.v1.tar'
    const manifest = await blob(
      layout,
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [
          { mediaType: `${layerType}+gzip`, digest: `sha256:${base.digest}`, size: base.size },
          { mediaType: layerType, ...appLayer }
        ]
      })
    )
    await fs.writeFile(
      path.join(layout, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            ...manifest,
            annotations: { 'org.opencontainers.image.ref.name': '0.1' }
          }
        ]
      })
    )
    await fs.mkdir(outDir, { recursive: true })
    const rock = path.join(outDir, `${spec.name}_0.1_amd64.rock`)
    await fs.rm(rock, { force: true })
    await runOk(
      'skopeo',
      ['--insecure-policy', 'copy', `oci:${layout}:0.1`, `oci-archive:${rock}`],
      {
        what: 'write the test rock',
        timeoutMs: 5 * 60_000
      }
    )
    return rock
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
}
