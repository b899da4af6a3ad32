// A run by hand interrupted: `flask-rock smoke` and `node dist/index.js` without a runner, bundled
// by ncc and spawned as a user runs them, get real signals (Ctrl-C reaches the whole process group:
// node, docker and skopeo alike; `kill` reaches node alone). Each says it was interrupted first and
// only that, removes what it made (container, image, the rock read into the temp dir, the registry
// auth file, its temp dirs) and exits 130 (SIGINT) or 143 (SIGTERM).
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  writeFileSync
} from 'node:fs'
import * as net from 'node:net'
import * as path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readRock } from '../src/rock/index.js'
import { imageExists, inspectContainer } from '../src/smoke/docker.js'
import { ensureTestDockerd } from './smoke/support/dockerd.js'
import { EXAMPLES, smokeSkipReason } from './smoke/support/harness.js'
import { buildTestRock, REPO } from './smoke/support/rock.js'
import { tinyRock } from './smoke/support/tiny-rock.js'
import { tempDir } from './support/temp.js'

const bundles: Record<string, string> = {}
let work = ''

/** ncc's bundle of an entry, as `npm run bundle` makes it. */
function bundle(entry: string): string {
  const out = tempDir('flask-rock-interrupt-bundle-')
  execFileSync(
    path.join(REPO, 'node_modules/.bin/ncc'),
    ['build', path.join(REPO, entry), '-o', out, '--target', 'es2022', '-q'],
    { cwd: REPO, stdio: 'pipe' }
  )
  return path.join(out, 'index.js')
}

beforeAll(() => {
  work = tempDir('flask-rock-interrupt-')
  bundles.cli = bundle('src/cli/cli.ts')
  bundles.action = bundle('src/action/index.ts')
}, 300_000)

interface Ended {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** A child of its own process group (a terminal's foreground job), its output collected. */
function start(
  args: string[],
  env: NodeJS.ProcessEnv
): { child: ChildProcess; ended: Promise<Ended>; out: () => string } {
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
  const ended = new Promise<Ended>(resolve =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  )
  return { child, ended, out: () => stdout }
}

async function until(
  what: string,
  test: () => boolean,
  child: ChildProcess,
  ms = 120_000
): Promise<void> {
  const end = Date.now() + ms
  while (!test()) {
    if (child.exitCode !== null) throw new Error(`exited ${child.exitCode} before ${what}`)
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}`)
    await new Promise(r => setTimeout(r, 10))
  }
}

const interruptLines = (who: string, signal: string): string =>
  `${who}: interrupted (${signal}); cleaning up\n${who}: interrupted (${signal}); cleaned up\n`

const skip = await smokeSkipReason()
;(skip ? describe.skip : describe)(
  'flask-rock smoke interrupted (real Docker, real signals)',
  () => {
    let host = ''
    let rock = ''
    beforeAll(async () => {
      host = await ensureTestDockerd()
      const built = await buildTestRock({ app: path.join(EXAMPLES, 'flask-sync') }, work)
      // A file name that says nothing: the image is named from the rock's own name and version.
      rock = path.join(work, 'break1.rock')
      copyFileSync(built.file, rock)
    }, 600_000)

    it('Ctrl-C while the container starts: says so first and alone, removes container and image, exits 130', async () => {
      const tmp = mkdtempSync(path.join(work, 'tmp-'))
      const run = start([bundles.cli, 'smoke', rock, '--probe', 'GET / =200'], {
        DOCKER_HOST: host,
        TMPDIR: tmp
      })
      await until(
        'the container start',
        () => /^Starting flask-rock-smoke-/m.test(run.out()),
        run.child
      )
      process.kill(-run.child.pid!, 'SIGINT') // the terminal's Ctrl-C: the whole process group
      const r = await run.ended
      expect(r.stderr).toBe(interruptLines('flask-rock smoke', 'SIGINT'))
      expect(r.code).toBe(130)
      const image = /as (flask-sync:0\.1-smoke-[0-9a-f]{12})$/m.exec(r.stdout)?.[1]
      expect(r.stdout).toMatch(
        new RegExp(
          `^Loading ${rock} into Docker as ${image}\nEnvironment as paas-charm gives the app without configuration or relations: [^\n]*\nStarting flask-rock-smoke-[0-9a-f]{12} from ${image} \\(worker sync: pebble enter --verbose\\)\n$`
        )
      )
      expect(await imageExists(image!, host)).toBe(false)
      // This run's container, by its name: other runs may share the daemon.
      const container = /^Starting (flask-rock-smoke-[0-9a-f]{12}) /m.exec(r.stdout)![1]
      expect(await inspectContainer(container, host)).toBeUndefined()
      expect(readdirSync(tmp)).toEqual([])
    }, 300_000)

    it('the action by hand, Ctrl-C while the app boots: interrupted, not failed, and nothing else said', async () => {
      const tmp = mkdtempSync(path.join(work, 'tmp-'))
      const summary = path.join(work, 'summary-smoke.md')
      writeFileSync(summary, '')
      const run = start([bundles.action], {
        DOCKER_HOST: host,
        TMPDIR: tmp,
        GITHUB_STEP_SUMMARY: summary,
        'INPUT_PROJECT-PATH': path.join(EXAMPLES, 'flask-sync'),
        INPUT_ROCK: rock,
        'INPUT_SMOKE-PROBES': 'GET / =200'
      })
      await until(
        'the container start',
        () => /^Starting flask-rock-smoke-/m.test(run.out()),
        run.child
      )
      process.kill(-run.child.pid!, 'SIGINT')
      const r = await run.ended
      expect(r.stderr).toBe(interruptLines('flask-rock-action', 'SIGINT'))
      expect(r.code).toBe(130)
      // Nothing of the smoke test after the start line: no empty log-tail group, no warning that the container
      // could not be removed, no stack trace, no failure; and no workflow command anywhere.
      const tail = r.stdout.slice(r.stdout.search(/^Starting flask-rock-smoke-/m)).split('\n')
      // (The SBOM, written alongside the smoke test, may have said its lines meanwhile.)
      const sbom = /^(SBOM: |Components: |Flask \d|Not known \(\d+\): )/
      expect(tail.slice(1).filter(line => !sbom.test(line))).toEqual([''])
      expect(r.stdout).not.toMatch(/::|Could not remove|Missing file|[Ff]ailed/)
      const html = readFileSync(summary, 'utf8')
      expect(html).toContain(
        '<p><strong>⏹️ Interrupted (SIGINT) at step <code>smoke</code></strong>: the run was stopped there.</p>'
      )
      expect(html).toContain(
        '<tr><td>publish</td><td>⏭️ skipped</td><td>—</td><td>not reached (stopped at smoke)</td></tr>'
      )
      expect(html).not.toMatch(/Failed at step|❌/)
      expect(readdirSync(tmp)).toEqual([])
    }, 300_000)

    it('a kill (SIGTERM) while the rock is read: nothing loaded, nothing left in the temp dir, exits 143', async () => {
      const tmp = mkdtempSync(path.join(work, 'tmp-'))
      const run = start([bundles.cli, 'smoke', rock], { DOCKER_HOST: host, TMPDIR: tmp })
      // The rock is read in the process itself (nothing unpacked): while it reads, it holds the file open.
      const file = realpathSync(rock)
      const reading = (): boolean => {
        const fds = `/proc/${run.child.pid}/fd`
        try {
          return readdirSync(fds).some(fd => {
            try {
              return readlinkSync(path.join(fds, fd)) === file
            } catch {
              return false
            }
          })
        } catch {
          return false
        }
      }
      await until('the rock being read', reading, run.child)
      run.child.kill('SIGTERM')
      const r = await run.ended
      expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
        code: 143,
        stdout: '',
        stderr: interruptLines('flask-rock smoke', 'SIGTERM')
      })
      expect(readdirSync(tmp)).toEqual([])
    }, 300_000)

    it('a kill while the rock loads into Docker (alongside its read): no image is left', async () => {
      const tmp = mkdtempSync(path.join(work, 'tmp-'))
      // The image Docker would make of this rock, by id: its config's digest.
      const { blobs } = await readRock(rock)
      const id = `sha256:${blobs.config}`
      expect(await imageExists(id, host)).toBe(false)
      const run = start([bundles.cli, 'smoke', rock], { DOCKER_HOST: host, TMPDIR: tmp })
      // `docker load` runs from the read's first blob on, taking the blobs as they stream by.
      const loading = (): boolean => {
        try {
          return readdirSync('/proc').some(pid => {
            try {
              const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
              const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
              const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
              return ppid === run.child.pid && argv.includes('load')
            } catch {
              return false
            }
          })
        } catch {
          return false
        }
      }
      await until('the load', loading, run.child)
      run.child.kill('SIGTERM')
      const r = await run.ended
      expect(r.stderr).toBe(interruptLines('flask-rock smoke', 'SIGTERM'))
      expect(r.code).toBe(143)
      // Killed before the image was named: the archive Docker got names no image, so none is made.
      expect(r.stdout).toBe('')
      expect(await imageExists(id, host)).toBe(false)
      expect(readdirSync(tmp)).toEqual([])
    }, 300_000)
  }
)

describe('the action run by hand (no runner)', () => {
  const byHand = (inputs: Record<string, string>, tmp: string): ReturnType<typeof start> =>
    start([bundles.action], {
      TMPDIR: tmp,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
    })

  it('interrupted during publish: the registry auth file and its temp dirs are removed, exit 143', async () => {
    // A registry that takes the connection and never answers: the push hangs until the kill.
    const sockets: net.Socket[] = []
    const registry = net.createServer(s => void sockets.push(s))
    await new Promise<void>(r => registry.listen(0, '127.0.0.1', r))
    const port = (registry.address() as net.AddressInfo).port
    const tmp = mkdtempSync(path.join(work, 'tmp-'))
    // A real OCI archive: skopeo reads it whole before it reaches the registry that never answers.
    const rock = await tinyRock(mkdtempSync(path.join(work, 'rock-')))
    try {
      const run = byHand(
        {
          'project-path': path.join(EXAMPLES, 'flask-sync'),
          rock,
          'smoke-test': 'false',
          push: `127.0.0.1:${port}/app:1`,
          'registry-username': 'u',
          'registry-password': 'hunter2-secret'
        },
        tmp
      )
      await until(
        'the push',
        () => /^Pushing app_0\.1_amd64\.rock to /m.test(run.out()),
        run.child,
        60_000
      )
      const ours = (): string[] => readdirSync(tmp).filter(f => f.startsWith('flask-rock-'))
      // The auth file exists while skopeo pushes (in the run's private temp dir).
      const authFiles = execFileSync('find', [tmp, '-name', 'auth.json'], { encoding: 'utf8' })
      expect(authFiles).toMatch(/\/auth\.json\n/)
      run.child.kill('SIGTERM')
      const r = await run.ended
      expect(r.stderr).toBe(interruptLines('flask-rock-action', 'SIGTERM'))
      expect(r.code).toBe(143)
      // After the push line only skopeo's own progress: no failure, no outputs, no summary of a
      // run cut short.
      const tail = r.stdout.slice(r.stdout.search(/^Pushing app_0\.1_amd64\.rock/m)).split('\n')
      expect(tail[0]).toBe(`Pushing app_0.1_amd64.rock to 127.0.0.1:${port}/app:1`)
      expect(tail.pop()).toBe('')
      for (const line of tail.slice(1)) {
        expect(line).toMatch(
          /^(Getting image source signatures|Copying (blob|config) sha256:[0-9a-f]{64})$/
        )
      }
      expect(r.stdout + r.stderr).not.toContain('hunter2')
      expect(ours()).toEqual([])
    } finally {
      for (const s of sockets) s.destroy()
      registry.close()
    }
  }, 120_000)

  it('prints a multi-line error as plain lines, not %0A-joined workflow commands', () => {
    const project = mkdtempSync(path.join(work, 'project-'))
    for (const f of ['rockcraft.yaml', 'app.py']) {
      copyFileSync(path.join(EXAMPLES, 'flask-sync', f), path.join(project, f))
    }
    writeFileSync(path.join(project, 'requirements.txt'), 'requests\n')
    const r = spawnSync(process.execPath, [bundles.action], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        'INPUT_PROJECT-PATH': project,
        'INPUT_CHECK-ONLY': 'true'
      },
      encoding: 'utf8',
      timeout: 60_000
    })
    expect(r.status).toBe(1)
    expect(r.stdout).not.toContain('%0A')
    expect(r.stdout).not.toMatch(/^::(error|warning)/m)
    const requirements = path.relative(process.cwd(), path.join(project, 'requirements.txt'))
    expect(r.stdout.slice(r.stdout.indexOf('error: '))).toBe(
      `error: ${requirements}: rockcraft would refuse this project: missing flask package dependency in requirements file.\n` +
        'error: rockcraft would refuse this project:\n- missing flask package dependency in requirements file.\n'
    )
  }, 60_000)
})
