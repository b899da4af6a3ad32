// Two small real rocks (OCI archives made here, every field known) that differ as a release does:
// packages bumped, a Pebble service added, the config and the app's files changed.
import { gzipSync } from 'node:zlib'
import { blob, index, manifest, sha256, tarball, type Entry } from '../rock/support/oci.js'

const SITE = 'lib/python3.12/site-packages'
const dist = (dir: string, name: string, version: string): Entry => ({
  path: `${SITE}/${dir}/METADATA`,
  data: `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n\nText\n`
})
const status = (pkgs: [string, string][]): Entry => ({
  path: 'var/lib/dpkg/status',
  data: pkgs
    .map(
      ([p, v]) =>
        `Package: ${p}\nStatus: install ok installed\nArchitecture: amd64\nVersion: ${v}\n`
    )
    .join('\n')
})
const pebble = (services: string): Entry => ({
  path: 'var/lib/pebble/default/layers/001-web.yaml',
  data: `summary: web\nservices:\n${services}`
})
export const FLASK_SERVICE =
  '  flask:\n    override: replace\n    startup: enabled\n    command: /bin/python3 -m gunicorn -c /flask/gunicorn.conf.py app:app -k [ sync ]\n'
const dir = (p: string): Entry => ({ path: p, type: '5' })
export const APP_LAYER: Entry[] = [
  dir('flask/'),
  dir('flask/app/'),
  { path: 'flask/app/app.py', data: 'app = 1\n' },
  { path: 'flask/app/old.py', data: 'gone soon\n' },
  dir('flask/app/static/'),
  { path: 'flask/app/static/logo.svg', data: '<svg/>' }
]
export const HOSTILE = 'flask/app/::warning::x <b>\u001b[31mred.py'

/** A .rock of these layers and this config, as skopeo writes one (blobs, then index.json). */
export function rock(layers: { entries: Entry[]; gzip?: boolean }[], config: object): Buffer {
  const tars = layers.map(l => tarball(l.entries))
  const layerBlobs = layers.map((l, i) => ({
    blob: blob(l.gzip ? gzipSync(tars[i]) : tars[i]),
    gzip: l.gzip
  }))
  const c = blob({
    architecture: 'amd64',
    os: 'linux',
    config,
    rootfs: { type: 'layers', diff_ids: tars.map(t => `sha256:${sha256(t)}`) }
  })
  const m = manifest(c, layerBlobs)
  return tarball([
    ...[...layerBlobs.map(l => l.blob), c, m].map(b => ({
      path: `blobs/sha256/${b.digest.slice(7)}`,
      data: b.data
    })),
    { path: 'index.json', data: index(m.digest) },
    { path: 'oci-layout', data: '{"imageLayoutVersion":"1.0.0"}' }
  ])
}

export const OLD = rock(
  [
    {
      gzip: true,
      entries: [
        { path: 'usr/lib/os-release', data: 'ID=ubuntu\nVERSION_ID="24.04"\n' },
        status([
          ['libc6', '2.39-0ubuntu8'],
          ['libssl3t64', '3.0.13-0ubuntu3']
        ]),
        dist('flask-3.0.0.dist-info', 'Flask', '3.0.0'),
        dist('requests-2.31.0.dist-info', 'requests', '2.31.0'),
        pebble(FLASK_SERVICE)
      ]
    },
    { entries: APP_LAYER }
  ],
  {
    User: '584792',
    Entrypoint: ['/usr/bin/pebble', 'enter'],
    Env: ['PATH=/usr/bin:/bin'],
    ExposedPorts: { '8000/tcp': {} },
    Labels: { 'org.opencontainers.image.version': '1.0' }
  }
)

export const NEW = rock(
  [
    {
      gzip: true,
      entries: [
        { path: 'usr/lib/os-release', data: 'ID=ubuntu\nVERSION_ID="24.04"\n' },
        status([
          ['libc6', '2.39-0ubuntu8'],
          ['libssl3t64', '3.0.13-0ubuntu3.1'],
          ['tzdata', '2024a-3ubuntu1']
        ]),
        dist('Flask-3.0.3.dist-info', 'Flask', '3.0.3'),
        dist('charset_normalizer-3.3.2.dist-info', 'charset_normalizer', '3.3.2'),
        pebble(
          FLASK_SERVICE.replace('[ sync ]', '[ gevent ]') +
            '  mail-worker:\n    override: replace\n    startup: enabled\n    command: python3 -m mail\n'
        )
      ]
    },
    { entries: APP_LAYER },
    {
      gzip: true,
      entries: [
        { path: 'flask/app/.wh.old.py' },
        { path: 'flask/app/app.py', data: 'app = 2 # bigger\n' },
        { path: HOSTILE, data: 'x' }
      ]
    }
  ],
  {
    User: '584792',
    Entrypoint: ['/usr/bin/pebble', 'enter'],
    Env: ['PATH=/usr/bin:/bin', 'FLASK_DEBUG=0'],
    ExposedPorts: { '8000/tcp': {} },
    Labels: { 'org.opencontainers.image.version': '1.1' }
  }
)
