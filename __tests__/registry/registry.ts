// Test fixtures for publishing: a real registry (Debian's docker-registry) on loopback with
// htpasswd auth behind TLS, a tiny real OCI archive standing in for a rock, and a recording
// skopeo wrapper that logs its argv and environment before exec'ing the real /usr/bin/skopeo.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import * as http from 'node:http'
import * as https from 'node:https'
import * as net from 'node:net'
import * as path from 'node:path'
import { runOk } from '../../src/process/exec.js'

const T = { timeoutMs: 30_000 }

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export interface Registry {
  /** host:port, as in image references. */
  host: string
  /** PEM of the self-signed certificate: the CA for SSL_CERT_FILE and for our own requests. */
  caFile: string
  ca: Buffer
  /** The certificate's key, for a TLS relay in front of the registry. */
  key: Buffer
  /** What the registry serves for name:tag, read with plain HTTP calls (not skopeo). */
  manifestDigest(name: string, tag: string): Promise<string | undefined>
  /** GET of a manifest (tag or digest), any media type: status, headers and the body as served. */
  manifest(
    name: string,
    reference: string
  ): Promise<{ status: number; digest?: string; mediaType?: string; body: string }>
  /** The repository's tags; [] when it has none (or does not exist). */
  tags(name: string): Promise<string[]>
  stop(): Promise<void>
}

/**
 * Starts docker-registry with htpasswd auth (bcrypt) and TLS on 127.0.0.1:<free port>; with
 * plainHttp, without TLS (a local registry or an internal mirror as users run them).
 */
export async function startRegistry(
  dir: string,
  user: string,
  password: string,
  { plainHttp = false }: { plainHttp?: boolean } = {}
): Promise<Registry> {
  await mkdir(path.join(dir, 'data'), { recursive: true })
  const caFile = path.join(dir, 'cert.pem')
  const keyFile = path.join(dir, 'key.pem')
  await runOk(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      caFile,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1'
    ],
    { what: 'make a self-signed certificate', ...T }
  )
  const htpasswd = await runOk('htpasswd', ['-iBn', user], {
    what: 'make the htpasswd file',
    input: password,
    ...T
  })
  await writeFile(path.join(dir, 'htpasswd'), htpasswd.stdout)
  const port = await freePort()
  const config = {
    version: 0.1,
    log: { level: 'warn' },
    storage: { filesystem: { rootdirectory: path.join(dir, 'data') } },
    http: {
      addr: `127.0.0.1:${port}`,
      ...(plainHttp ? {} : { tls: { certificate: caFile, key: keyFile } })
    },
    auth: { htpasswd: { realm: 'test', path: path.join(dir, 'htpasswd') } }
  }
  // JSON is YAML.
  await writeFile(path.join(dir, 'config.yml'), JSON.stringify(config))
  const child: ChildProcess = spawn(
    '/usr/bin/docker-registry',
    ['serve', path.join(dir, 'config.yml')],
    {
      stdio: ['ignore', 'ignore', 'pipe']
    }
  )
  let log = ''
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()))
  const ca = await readFile(caFile)
  const host = `127.0.0.1:${port}`
  const basic = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64')

  const request = (method: string, p: string, headers: Record<string, string> = {}) =>
    new Promise<{
      status: number
      headers: Record<string, string | string[] | undefined>
      body: string
    }>((resolve, reject) => {
      const req = (plainHttp ? http : https).request(
        { host: '127.0.0.1', port, path: p, method, ca, headers, timeout: 5000 },
        res => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8')
            })
          )
        }
      )
      req.on('timeout', () => req.destroy(new Error('timeout')))
      req.on('error', reject)
      req.end()
    })

  const deadline = Date.now() + 15_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${log}`)
    try {
      if ((await request('GET', '/v2/')).status === 401) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`docker-registry did not start: ${log}`)
    await new Promise(r => setTimeout(r, 100))
  }

  return {
    host,
    caFile,
    ca,
    key: await readFile(keyFile),
    async manifestDigest(name, tag) {
      const res = await request('HEAD', `/v2/${name}/manifests/${tag}`, {
        authorization: basic,
        accept: [
          'application/vnd.oci.image.manifest.v1+json',
          'application/vnd.docker.distribution.manifest.v2+json'
        ].join(', ')
      })
      if (res.status !== 200) return undefined
      return res.headers['docker-content-digest'] as string
    },
    async manifest(name, reference) {
      const res = await request('GET', `/v2/${name}/manifests/${reference}`, {
        authorization: basic,
        accept: [
          'application/vnd.oci.image.index.v1+json',
          'application/vnd.docker.distribution.manifest.list.v2+json',
          'application/vnd.oci.image.manifest.v1+json',
          'application/vnd.docker.distribution.manifest.v2+json'
        ].join(', ')
      })
      return {
        status: res.status,
        digest: res.headers['docker-content-digest'] as string | undefined,
        mediaType: res.headers['content-type'] as string | undefined,
        body: res.body
      }
    },
    async tags(name) {
      const res = await request('GET', `/v2/${name}/tags/list`, { authorization: basic })
      if (res.status === 404) return []
      return ((JSON.parse(res.body) as { tags?: string[] | null }).tags ?? []).sort()
    },
    stop: () =>
      new Promise<void>(resolve => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
  }
}

/**
 * A tiny real OCI image in an OCI archive, like a .rock: one file in one layer, its config saying
 * linux/<arch> (amd64 by default, whatever machine runs the test). It need not run here.
 */
export async function buildRock(dir: string, arch = 'amd64', layerBytes = 0): Promise<string> {
  const layout = path.join(dir, 'layout')
  const content = path.join(dir, 'content')
  await mkdir(content, { recursive: true })
  // Random bytes (for a benchmark's layer of a given size) do not compress.
  await writeFile(
    path.join(content, 'hello.txt'),
    Buffer.concat([Buffer.from(`hello from a test rock for ${arch}\n`), randomBytes(layerBytes)])
  )
  const opts = { what: 'build the test rock', ...T }
  await runOk('umoci', ['init', '--layout', layout], opts)
  await runOk('umoci', ['new', '--image', `${layout}:latest`], opts)
  await runOk(
    'umoci',
    ['insert', '--image', `${layout}:latest`, path.join(content, 'hello.txt'), '/hello.txt'],
    opts
  )
  await runOk(
    'umoci',
    ['config', '--image', `${layout}:latest`, '--os', 'linux', '--architecture', arch],
    opts
  )
  const rock = path.join(dir, `test_1.0_${arch}.rock`)
  await runOk(
    '/usr/bin/skopeo',
    ['--insecure-policy', 'copy', `oci:${layout}:latest`, `oci-archive:${rock}`],
    opts
  )
  return rock
}

export interface SkopeoRecorder {
  /** Directory to put first on PATH. */
  binDir: string
  /** Every call so far: the tool, argv, environment, and the mode of any auth file while in use. */
  calls(): Promise<{ tool: string; argv: string[]; env: string; authModes: string[] }[]>
  /** The raw record, for "nothing secret anywhere" checks. */
  raw(): Promise<string>
  /** Forgets the calls so far. */
  clear(): Promise<void>
}

/**
 * Stand-ins for `skopeo` (and the other tools named) that record argv and env, then exec the
 * real /usr/bin/<tool>.
 */
export async function recordingSkopeo(
  dir: string,
  tools: readonly string[] = ['skopeo']
): Promise<SkopeoRecorder> {
  const binDir = path.join(dir, 'bin')
  // One file per call (calls may overlap), named by start time and pid so they sort in order.
  const records = path.join(dir, 'tool-calls')
  await mkdir(binDir, { recursive: true })
  await mkdir(records, { recursive: true })
  for (const tool of tools) {
    const script = `#!/bin/sh
# Stand-in ${tool} for tests: records the call, then runs the real one.
{
  echo "=== call ${tool}"
  for a in "$@"; do printf 'arg %s\\n' "$a"; done
  prev=""
  for a in "$@"; do
    case "$prev" in --dest-authfile|--authfile)
      printf 'authmode %s %s\\n' "$(stat -c %a "$a")" "$(stat -c %a "$(dirname "$a")")";;
    esac
    prev="$a"
  done
  env | sed 's/^/env /'
} > '${records}'/"$(date +%s%N)-$$"
exec /usr/bin/${tool} "$@"
`
    const wrapper = path.join(binDir, tool)
    await writeFile(wrapper, script)
    await chmod(wrapper, 0o755)
  }
  const raw = async () => {
    const files = (await readdir(records)).sort()
    return (await Promise.all(files.map(f => readFile(path.join(records, f), 'utf8')))).join('')
  }
  return {
    binDir,
    raw,
    async clear() {
      for (const f of await readdir(records)) await rm(path.join(records, f))
    },
    async calls() {
      return (await raw())
        .split('=== call ')
        .filter(c => c !== '')
        .map(c => {
          const lines = c.split('\n')
          const pick = (p: string) => lines.filter(l => l.startsWith(p)).map(l => l.slice(p.length))
          return {
            tool: lines[0],
            argv: pick('arg '),
            env: pick('env ').join('\n'),
            authModes: pick('authmode ')
          }
        })
    }
  }
}
