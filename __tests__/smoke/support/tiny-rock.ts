// A small real OCI archive for tests that read or load a rock without building a root filesystem.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'

/** _daemon_, as rockcraft owns the app's files (src/smoke/ownership.ts's DAEMON_UID). */
const DAEMON_UID = 584792

/**
 * A small real OCI archive: one layer whose `files` (default /flask/app/app.py) belong to `uid`,
 * for `architecture`. The smoke test reads it (tar headers) before it loads anything.
 */
export async function tinyRock(
  dir: string,
  uid = DAEMON_UID,
  architecture = 'amd64',
  files = ['flask/app/app.py']
): Promise<string> {
  const stage = path.join(dir, 'stage')
  const layout = path.join(dir, 'layout')
  for (const file of files) {
    await fs.mkdir(path.join(stage, path.dirname(file)), { recursive: true })
    await fs.writeFile(path.join(stage, file), 'app = None\n')
  }
  await fs.mkdir(path.join(layout, 'blobs', 'sha256'), { recursive: true })
  const layerTar = path.join(dir, 'layer.tar')
  execFileSync('tar', [
    '--owner',
    String(uid),
    '--group',
    String(uid),
    '--numeric-owner',
    '-cf',
    layerTar,
    '-C',
    stage,
    ...new Set(files.map(f => f.split('/')[0]))
  ])
  const put = async (content: Buffer | string): Promise<{ digest: string; size: number }> => {
    const hex = createHash('sha256').update(content).digest('hex')
    await fs.writeFile(path.join(layout, 'blobs', 'sha256', hex), content)
    return { digest: `sha256:${hex}`, size: Buffer.byteLength(content) }
  }
  const layer = await put(await fs.readFile(layerTar))
  const config = await put(
    JSON.stringify({
      architecture,
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [layer.digest] }
    })
  )
  const manifest = await put(
    JSON.stringify({
      schemaVersion: 2,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layer }]
    })
  )
  await fs.writeFile(path.join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}')
  await fs.writeFile(
    path.join(layout, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest }]
    })
  )
  const rock = path.join(dir, `app_0.1_${architecture}.rock`)
  execFileSync('tar', ['-cf', rock, '-C', layout, 'oci-layout', 'index.json', 'blobs'])
  return rock
}
