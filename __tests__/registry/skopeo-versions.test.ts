// skopeo's version decides its flags and the Docker daemons it can load into. ubuntu-22.04 ships
// skopeo 1.4.1: no --preserve-digests, and Docker API 1.22, which Docker 25 and later refuse. A
// stand-in (a shell script named so) plays that skopeo in front of the real one; the real skopeo,
// the real registry and the real test daemon show the modern path still works as before.
import { afterEach, beforeEach, describe as describeJest, expect, it, jest } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import * as path from 'node:path'
import fc from 'fast-check'
import { publishRock } from '../../src/registry/index.js'
import {
  atLeast,
  daemonApiProblem,
  parseSkopeoVersion,
  PRESERVE_DIGESTS_SINCE,
  skopeoVersion
} from '../../src/registry/skopeo.js'
import { runOk } from '../../src/process/exec.js'
import { loadRock, removeImage } from '../../src/smoke/docker.js'
import { type Registry } from './registry.js'
import { registryWithRock } from './suite.js'
import { ensureTestDockerd } from '../smoke/support/dockerd.js'
import { skipReason } from '../support/real-parts.js'

const USER = 'rockpusher'
const PASSWORD = 'pw-versions-unlikely-elsewhere'

const skip = await skipReason('the skopeo version tests', {
  tools: ['/usr/bin/docker-registry', 'htpasswd', 'openssl', 'skopeo', 'umoci', 'docker']
})
const describe = skip ? (describeJest.skip as typeof describeJest) : describeJest

let root: string
let registry: Registry
let rock: string

registryWithRock(
  skip,
  'skopeo-versions-',
  USER,
  PASSWORD,
  made => ({ root, registry, rock } = made)
)

let bin: string
let callLog: string
const savedPath = process.env.PATH

beforeEach(async () => {
  if (skip) return
  bin = await mkdtemp(path.join(root, 'bin-'))
  callLog = path.join(bin, 'calls')
  await writeFile(callLog, '')
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})

afterEach(() => {
  jest.restoreAllMocks()
  process.env.PATH = savedPath
})

/**
 * A stand-in skopeo that reports `version` and refuses the flags that version lacks, as skopeo's
 * cobra does ("unknown flag"); it logs each call, then runs the real skopeo (or fails the
 * docker-daemon copy with `daemonSays`, as a daemon that refuses its API does).
 */
async function standInSkopeo(version: string, daemonSays = ''): Promise<void> {
  const refuseNew = atLeast(parseSkopeoVersion(`skopeo version ${version}`), PRESERVE_DIGESTS_SINCE)
    ? ''
    : `  --preserve-digests) echo 'time="2026-01-01T00:00:00Z" level=fatal msg="unknown flag: --preserve-digests"' >&2; exit 1;;`
  const script = `#!/bin/sh
# Stand-in skopeo ${version} for tests (ubuntu-22.04 ships 1.4.1): not the real tool.
if [ "$1" = "--version" ]; then echo "skopeo version ${version} commit: stand-in"; exit 0; fi
printf '%s\\n' "$*" >> '${callLog}'
for a in "$@"; do case "$a" in
${refuseNew}
  docker-daemon:*) if [ -n '${daemonSays}' ]; then echo 'time="2026-01-01T00:00:00Z" level=fatal msg="${daemonSays}"' >&2; exit 1; fi;;
esac; done
exec /usr/bin/skopeo "$@"
`
  await writeFile(path.join(bin, 'skopeo'), script)
  await chmod(path.join(bin, 'skopeo'), 0o755)
}

/** A stand-in docker whose daemon reports this version and oldest API; other calls fail. */
async function standInDocker(version: string, minApi: string): Promise<void> {
  const script = `#!/bin/sh
# Stand-in docker for tests: a daemon ${version} accepting API ${minApi} and later.
case "$*" in *"version --format"*) echo "${version} ${minApi}"; exit 0;; esac
echo "stand-in docker: unexpected call: $*" >&2; exit 1
`
  await writeFile(path.join(bin, 'docker'), script)
  await chmod(path.join(bin, 'docker'), 0o755)
}

const env = (): NodeJS.ProcessEnv => ({
  PATH: `${bin}:${savedPath}`,
  HOME: path.join(bin, 'home'),
  SSL_CERT_FILE: registry.caFile
})

describe('skopeo --version', () => {
  it('reads 1.4.1, the real one, and nothing from a tool that names none', async () => {
    await standInSkopeo('1.4.1')
    expect(await skopeoVersion('skopeo', env())).toEqual({ text: '1.4.1', parts: [1, 4, 1] })
    const real = await skopeoVersion('/usr/bin/skopeo')
    expect(real.text).toMatch(/^[0-9]+\.[0-9]+\.[0-9]+$/)
    expect(parseSkopeoVersion('skopeo: command not found')).toEqual({
      text: 'skopeo: command not found'
    })
    // Read once per tool and PATH: a second ask calls nothing.
    await writeFile(path.join(bin, 'skopeo'), '#!/bin/sh\necho "skopeo version 9.9.9"\n')
    expect((await skopeoVersion('skopeo', env())).text).toBe('1.4.1')
  })

  it('orders versions as numbers, whatever they are', () => {
    const v = fc.tuple(fc.nat(40), fc.nat(40), fc.nat(40))
    fc.assert(
      fc.property(v, v, (a, b) => {
        const text = (x: number[]): string => `skopeo version ${x.join('.')} commit: x`
        const numeric = a[0] * 1e6 + a[1] * 1e3 + a[2] >= b[0] * 1e6 + b[1] * 1e3 + b[2]
        expect(atLeast(parseSkopeoVersion(text(a)), b)).toBe(numeric)
      })
    )
  })
})

describe('publish with the skopeo of ubuntu-22.04 (1.4.1)', () => {
  it('pushes without --preserve-digests, reporting the digest the registry serves', async () => {
    await standInSkopeo('1.4.1')
    const ref = `${registry.host}/flask/old-skopeo:1.0`
    const result = await publishRock({
      rock,
      refs: [ref],
      username: USER,
      password: PASSWORD,
      tempDir: bin,
      env: env(),
      retryDelayMs: 10
    })
    expect(result.digest).toBe(await registry.manifestDigest('flask/old-skopeo', '1.0'))
    const copies = (await readFile(callLog, 'utf8'))
      .split('\n')
      .filter(l => l.startsWith('--insecure-policy copy'))
    expect(copies).toHaveLength(1)
    expect(copies[0]).not.toContain('--preserve-digests')
  })

  it('the real skopeo gets --preserve-digests', async () => {
    const real = await skopeoVersion('/usr/bin/skopeo')
    expect(atLeast(real, PRESERVE_DIGESTS_SINCE)).toBe(true)
    // The stand-in at the real one's version passes every call on and records it.
    await standInSkopeo(real.text)
    const ref = `${registry.host}/flask/new-skopeo:1.0`
    await publishRock({
      rock,
      refs: [ref],
      username: USER,
      password: PASSWORD,
      tempDir: bin,
      env: env()
    })
    expect(await readFile(callLog, 'utf8')).toContain('copy --preserve-digests --digestfile')
  })
})

describe('loading into Docker with an old skopeo', () => {
  it('refuses skopeo 1.4.1 for Docker 28 before the load, naming both versions and the fix', async () => {
    await standInSkopeo('1.4.1')
    await standInDocker('28.0.4', '1.24')
    process.env.PATH = env().PATH
    const err = await loadRock(rock, 'flask-rock-never-loaded:1').catch((e: Error) => e)
    expect((err as Error).message).toBe(
      "skopeo 1.4.1 speaks Docker API 1.22, and this Docker daemon (Docker 28.0.4) accepts 1.24 and later: it cannot load the rock. Use a newer skopeo: the rockcraft snap's rockcraft.skopeo (install rockcraft, or let the action pack the rock), or run on ubuntu-24.04, whose skopeo speaks a newer API"
    )
    expect(await readFile(callLog, 'utf8')).toBe('') // no copy was tried
  })

  it("names the daemon's own refusal of a patched skopeo the same way", async () => {
    await standInSkopeo(
      '1.13.3',
      'writing blob: starting a load operation in docker engine: Error response from daemon: client version 1.41 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version'
    )
    await standInDocker('29.0.1', '1.44')
    process.env.PATH = env().PATH
    const err = await loadRock(rock, 'flask-rock-never-loaded:2').catch((e: Error) => e)
    expect((err as Error).message).toBe(
      "skopeo 1.13.3 speaks Docker API 1.41, and this Docker daemon (Docker 29.0.1) accepts 1.44 and later: it cannot load the rock. Use a newer skopeo: the rockcraft snap's rockcraft.skopeo (install rockcraft, or let the action pack the rock), or run on ubuntu-24.04, whose skopeo speaks a newer API"
    )
  })

  it('leaves an old skopeo alone with a daemon that still speaks API 1.22 (the real test daemon)', async () => {
    const host = await ensureTestDockerd()
    await standInSkopeo('1.4.1')
    process.env.PATH = env().PATH
    const min = await runOk(
      'docker',
      ['-H', host, 'version', '--format', '{{.Server.MinAPIVersion}}'],
      { what: 'ask the test daemon', timeoutMs: 30_000 }
    )
    const ref = `flask-rock-old-skopeo-${randomBytes(4).toString('hex')}:1`
    if (daemonApiProblem('skopeo', { text: '1.4.1', parts: [1, 4, 1] }, min.stdout.trim(), 'x')) {
      // A daemon of Docker 25 or later: the refusal above is what this machine would show.
      await expect(loadRock(rock, ref, host)).rejects.toThrow('speaks Docker API 1.22')
      return
    }
    try {
      await loadRock(rock, ref, host)
      expect(await readFile(callLog, 'utf8')).toContain(`docker-daemon:${ref}`)
    } finally {
      await removeImage(ref, host)
    }
  })
})
