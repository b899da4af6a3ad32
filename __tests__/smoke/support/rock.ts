// Builds a rock-like OCI archive for the smoke tests from real parts, laid out as rockcraft lays out
// a flask-framework rock: a Debian root filesystem (mmdebstrap) with python3, Flask, gunicorn and
// gevent; the `_daemon_` user (584792) that the image runs as; the project's files where the
// expansion's install-app part puts them, owned by `_daemon_`; the extension's config files; the
// Pebble layer from the expansion at /var/lib/pebble/default/layers/001-<name>.yaml in 0777
// directories; and the real Pebble and statsd_exporter from ../shared/runtime/ (SHA256SUMS checked),
// or the stand-ins in standins/ only where that folder is missing.
// The root filesystem is the slow part: it is cached under ~/.cache/flask-rock-tests/ keyed by
// a hash of its recipe.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { run, runOk } from '../../../src/process/exec.js'
import { parse as parseToml } from 'smol-toml'
import { checkProject, installedLine, type CheckResult } from '../../../src/core/index.js'
import { gunicornConf, pebbleLayerYaml, STATSD_MAPPING, type PebbleService } from './services.js'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const STANDINS = path.join(HERE, '..', 'standins')
export const REPO = path.resolve(HERE, '..', '..', '..')
export const DAEMON_UID = 584792

// Everything that decides the root filesystem's content; its hash names the cache entry.
const ROOTFS_RECIPE = [
  '--variant=essential',
  '--include=python3-flask,gunicorn,python3-gevent,python3-yaml,ca-certificates',
  // The lines rockcraft writes for run-user _daemon_.
  `--customize-hook=echo "_daemon_:x:${DAEMON_UID}:${DAEMON_UID}::/var/lib/pebble/default:/usr/bin/false" >> "$1/etc/passwd"; echo "_daemon_:x:${DAEMON_UID}:" >> "$1/etc/group"`,
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

// The Debian packages that stand in for what the project's requirements.txt would install.
const APP_PACKAGES = ['python3-flask', 'gunicorn', 'python3-gevent'] as const

export interface RootFs {
  /** The gzipped layer blob. */
  blob: string
  /** sha256 of the gzipped blob (the manifest's layer digest) */
  digest: string
  /** sha256 of the uncompressed tar (the config's diff_id) */
  diffId: string
  size: number
  /** Versions of APP_PACKAGES in it (from its dpkg status). */
  packages: Record<string, string>
}

/** Package -> version for the wanted packages, from a dpkg status file's text. */
export function dpkgVersions(status: string, wanted: readonly string[]): Record<string, string> {
  const found: Record<string, string> = {}
  for (const stanza of status.split(/\n\n+/)) {
    const name = /^Package: (.+)$/m.exec(stanza)?.[1]
    const version = /^Version: (.+)$/m.exec(stanza)?.[1]
    if (name && version && wanted.includes(name)) found[name] = version
  }
  return found
}

async function packagesIn(blob: string): Promise<Record<string, string>> {
  const { stdout } = await runOk('tar', ['-xzOf', blob, './var/lib/dpkg/status'], {
    what: 'read the package versions of the test root filesystem',
    timeoutMs: 2 * 60_000,
    keepBytes: 64 << 20
  })
  return dpkgVersions(stdout, APP_PACKAGES)
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
      const info = JSON.parse(await fs.readFile(infoFile, 'utf8')) as Omit<RootFs, 'blob'>
      // An entry cached before the versions were recorded: read them once, then keep them.
      if (!info.packages) {
        info.packages = await packagesIn(blob)
        // Other test files read it meanwhile: a whole file or none (rename is atomic).
        const partialInfo = `${infoFile}.${process.pid}`
        await fs.writeFile(partialInfo, JSON.stringify(info))
        await fs.rename(partialInfo, infoFile)
      }
      return { blob, ...info }
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
      size: (await fs.stat(`${partial}.gz`)).size,
      packages: await packagesIn(`${partial}.gz`)
    }
    await fs.rename(`${partial}.gz`, blob)
    await fs.writeFile(infoFile, JSON.stringify(info))
    return { blob, ...info }
  } finally {
    await fs.rm(lock, { recursive: true, force: true })
  }
}

/** Which Pebble a test rock carries: a real release, or the stand-in (no runtime folder). */
export type PebbleChoice = '1.32.1' | '1.19.2' | 'stand-in'
export const PEBBLE_CHOICES: readonly PebbleChoice[] = ['1.32.1', '1.19.2', 'stand-in']

/** The real binaries' folder: FLASK_ROCK_RUNTIME_DIR, else ../shared/runtime/linux-amd64 beside the repository. */
export function runtimeDir(): string {
  return (
    process.env.FLASK_ROCK_RUNTIME_DIR ||
    path.resolve(REPO, '..', 'shared', 'runtime', 'linux-amd64')
  )
}

export interface Runtime {
  /** What the rock runs, for the test output: "real Pebble v1.32.1 + real statsd_exporter v0.26.0". */
  label: string
  /** Why this one: "SHA256SUMS checked", "asked for with --pebble stand-in", "no .../SHA256SUMS". */
  why: string
  pebble: PebbleChoice
  /** Host files to ship as /usr/bin/pebble and /usr/bin/statsd_exporter. */
  pebbleFile: string
  exporterFile: string
}

const checkedSums = new Map<string, Promise<void>>()

/** Checks SHA256SUMS in the runtime folder once per process; throws naming a file that differs. */
function checkSums(dir: string): Promise<void> {
  let check = checkedSums.get(dir)
  if (!check) {
    check = (async () => {
      const lines = (await fs.readFile(path.join(dir, 'SHA256SUMS'), 'utf8'))
        .split('\n')
        .filter(l => l.trim() !== '')
      for (const line of lines) {
        const m = /^([0-9a-f]{64})\s+\*?(\S+)$/.exec(line.trim())
        if (!m) throw new Error(`${dir}/SHA256SUMS: cannot read line '${line}'`)
        const actual = await sha256File(path.join(dir, m[2]))
        if (actual !== m[1]) {
          throw new Error(`${dir}/${m[2]}: sha256 ${actual} differs from SHA256SUMS (${m[1]})`)
        }
      }
    })()
    checkedSums.set(dir, check)
  }
  return check
}

/**
 * The Pebble and statsd_exporter a test rock gets. `choice` undefined: FLASK_ROCK_TEST_PEBBLE, else
 * real Pebble v1.32.1 where the runtime folder exists, else the stand-ins. A real release asked for
 * by name must be there (no silent fallback); the folder's checksums are checked before use.
 */
export async function pickRuntime(choice?: PebbleChoice): Promise<Runtime> {
  const dir = runtimeDir()
  const present = await exists(path.join(dir, 'SHA256SUMS'))
  const asked = choice ?? (process.env.FLASK_ROCK_TEST_PEBBLE as PebbleChoice | undefined)
  if (asked !== undefined && !PEBBLE_CHOICES.includes(asked)) {
    throw new Error(`unknown Pebble '${asked}': use one of ${PEBBLE_CHOICES.join(', ')}`)
  }
  if (!present && asked === undefined && process.env.FLASK_ROCK_REQUIRE_REAL_PARTS === '1') {
    throw new Error(
      `${dir} has no SHA256SUMS: the real Pebble is required (FLASK_ROCK_REQUIRE_REAL_PARTS=1)`
    )
  }
  const pebble = asked ?? (present ? '1.32.1' : 'stand-in')
  if (pebble === 'stand-in') {
    return {
      label: 'Pebble STAND-IN + statsd_exporter STAND-IN (standins/)',
      why:
        asked === 'stand-in'
          ? 'the stand-in was asked for'
          : `${dir} has no SHA256SUMS; FLASK_ROCK_RUNTIME_DIR names the folder of the real ones`,
      pebble,
      pebbleFile: path.join(STANDINS, 'pebble_standin.py'),
      exporterFile: path.join(STANDINS, 'statsd_exporter_standin.py')
    }
  }
  if (!present) throw new Error(`real Pebble ${pebble} asked for, but ${dir} has no SHA256SUMS`)
  await checkSums(dir)
  return {
    label: `real Pebble v${pebble} + real statsd_exporter v0.26.0 (${dir})`,
    why: `from ${dir}, SHA256SUMS checked`,
    pebble,
    pebbleFile: path.join(dir, `pebble-${pebble}`),
    exporterFile: path.join(dir, 'statsd_exporter-0.26.0')
  }
}

/**
 * Where a rock keeps the app, by flask-framework extension: v1 (bases up to 24.04) under /flask;
 * v2 (ubuntu@26.04, rockcraft pull requests #1348 and #1332) the app in /app, the mutable gunicorn
 * config in /var/lib/gunicorn, logs in /var/log/app and a writable /app-data. Paths without '/'.
 */
export const RIG_LAYOUTS = {
  v1: {
    app: 'flask/app',
    gunicornConf: 'flask/gunicorn.conf.py',
    owned: ['flask', 'opt/promtail', 'etc/promtail', 'var/log/flask'],
    dirs: ['opt/promtail', 'etc/promtail', 'var/log/flask']
  },
  v2: {
    app: 'app',
    gunicornConf: 'var/lib/gunicorn/gunicorn.conf.py',
    owned: ['app', 'var/lib/gunicorn', 'app-data', 'opt/promtail', 'etc/promtail', 'var/log/app'],
    dirs: ['app-data', 'opt/promtail', 'etc/promtail', 'var/log/app']
  }
} as const
export type RigLayout = keyof typeof RIG_LAYOUTS

export interface TestRockSpec {
  /** A Flask project directory: its files ship as the expansion's install-app part says. */
  app: string
  /** The extension's layout to lay the rock out in (default v1, /flask). */
  layout?: RigLayout
  /** More Pebble services for the rock's layer (workers, schedulers), `{app}` standing for the app directory. */
  services?: Record<string, PebbleService>
  /** The rock file to write; default <outDir>/<name>_<version>_amd64.rock */
  out?: string
  /** Replaces the extension's gunicorn.conf.py (to build broken rocks). */
  gunicornConf?: string
  /** Default: pickRuntime()'s. */
  pebble?: PebbleChoice
  /** Breaks the rock as a rock without rockcraft's 0777 Pebble directory is broken. */
  pebbleDirMode?: number
  /** More files for the app layer, by path in the rock (no leading '/'): a venv's dists, say. */
  files?: Record<string, string | Buffer>
}

export interface TestRock {
  file: string
  name: string
  version: string
  runtime: Runtime
  /** Debian's versions of Flask, gunicorn and gevent in it (not the project's requirements). */
  packages: Record<string, string>
  /** What of the project's own dependencies the test rock leaves out, said plainly ('' for none). */
  notInstalled: string
  /** What `pip install .` put into the rock's Python path, as the check's installed: line says it
   * ('' for a project without pyproject.toml or setup.py). */
  installed: string
}

/**
 * The project's requirements the test rock leaves out: requirements.txt, when there is one ('' when
 * not). rockcraft's dependencies part installs them from PyPI; the test rock has Debian's Flask,
 * gunicorn and gevent instead.
 */
export function notInstalledText(project: CheckResult): string {
  return project.dependencyFiles.some(f => path.basename(f) === 'requirements.txt')
    ? "the project's requirements.txt is not installed"
    : ''
}

// The build backends Debian bookworm packages, which the test rock's offline `pip install .` builds
// with (on the host's Debian Python); rockcraft fetches any backend from PyPI.
const DEBIAN_BACKENDS = ['python3-setuptools', 'flit', 'python3-poetry-core', 'python3-hatchling']
// The root filesystem's Python (Debian bookworm's), where its path takes locally installed packages.
const ROCK_SITE_PACKAGES = 'usr/local/lib/python3.11/dist-packages'
// `pip install .` runs the project's build code: as nobody, without a network.
const NOBODY = 65534
const PYTHON = '/usr/bin/python3'

/**
 * The module pip imports to build the project: pyproject.toml's [build-system] build-backend
 * (without its ":object"), setuptools' when there is none; undefined when pyproject.toml cannot be
 * read (the check says why; pip will too).
 */
async function buildBackendModule(dir: string): Promise<string | undefined> {
  let text: string
  try {
    text = await fs.readFile(path.join(dir, 'pyproject.toml'), 'utf8')
  } catch {
    return 'setuptools.build_meta' // setup.py alone
  }
  try {
    const system = (parseToml(text) as { 'build-system'?: { 'build-backend'?: unknown } })[
      'build-system'
    ]
    const backend = system?.['build-backend'] ?? 'setuptools.build_meta'
    return typeof backend === 'string' ? backend.split(':')[0].trim() : undefined
  } catch {
    return undefined
  }
}

/** Whether the host's Debian Python can import the module (its name is an argument, never code). */
async function importable(module: string): Promise<boolean> {
  const r = await run(
    PYTHON,
    [
      '-c',
      'import importlib.util, sys; sys.exit(0 if importlib.util.find_spec(sys.argv[1]) else 1)',
      module
    ],
    { what: `look for the build backend ${module}`, timeoutMs: 30_000 }
  )
  return r.code === 0
}

/**
 * Whether the test rock can `pip install .` the project as rockcraft's dependencies part does (the
 * check's installed: rule: a pyproject.toml or setup.py); throws, before anything is built, when it
 * cannot: a backend the host's Debian Python lacks, or one the check says refuses the project.
 */
export async function projectInstallPlan(
  project: CheckResult
): Promise<{ backend: string } | undefined> {
  const install = project.install
  if (!install) return undefined
  const cannot = 'the test rock cannot pip install . this project'
  const refusal = install.problems[0]
  if (refusal) {
    const where = refusal.file ? ` (${path.basename(refusal.file)})` : ''
    throw new Error(`${cannot}: ${refusal.message}${where}`)
  }
  const module = await buildBackendModule(project.dir)
  // The check names the backends it models; any other it reads as setuptools.
  const backend =
    module && install.backend.startsWith('setuptools') && !module.startsWith('setuptools')
      ? module
      : install.backend
  if (module && !(await importable(module))) {
    throw new Error(
      `${cannot}: its build backend ${backend} is not installed here (the test rock builds offline with Debian's: ${DEBIAN_BACKENDS.join(', ')}; bookworm has no pdm-backend or uv_build); rockcraft's dependencies part fetches it from PyPI. Nothing was built`
    )
  }
  return { backend }
}

/**
 * `pip install .` of the project into the stage's site-packages, as rockcraft's dependencies part
 * runs it but offline: Debian's build backends, no index, no dependencies (the rock has Debian's
 * Flask). Built from a copy, so the project gets no build/ or .egg-info; returns the check's
 * installed: line for what landed.
 */
async function pipInstallProject(
  projectDir: string,
  backend: string,
  stage: string,
  work: string
): Promise<string> {
  const build = path.join(work, 'pip')
  const source = path.join(build, 'project')
  const target = path.join(build, 'site')
  // nobody must reach its directory inside the work directory.
  await fs.chmod(work, 0o711)
  await fs.mkdir(target, { recursive: true })
  await fs.cp(projectDir, source, {
    recursive: true,
    filter: from => path.basename(from) !== '.git'
  })
  await runOk('chown', ['-R', `${NOBODY}:${NOBODY}`, build], {
    what: 'hand the project copy to nobody for pip',
    timeoutMs: 60_000
  })
  // prettier-ignore
  const pip = [
    '--net', 'setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups',
    PYTHON, '-m', 'pip', 'install', '--no-index', '--no-deps', '--no-build-isolation',
    '--no-cache-dir', '--disable-pip-version-check', '--no-warn-script-location', '--quiet',
    '--target', target, source
  ]
  try {
    await runOk('unshare', pip, {
      what: `pip install . of the project (${backend}, offline)`,
      timeoutMs: 5 * 60_000,
      cwd: build,
      // Nothing of the caller's pip configuration or index: the build sees Debian's packages only.
      env: {
        PATH: '/usr/bin:/bin',
        HOME: '/nonexistent',
        PIP_CONFIG_FILE: '/dev/null',
        LANG: 'C.UTF-8'
      }
    })
  } catch (err) {
    // pip's own last words are the reason: put them on the first line.
    const tail = (err as Error).message.split('\n').slice(1)
    const reason = tail.filter(l => !/^\s*(note|hint|╰─>|│|\[end of output\])/i.test(l)).at(-1)
    throw new Error(
      `pip install . of the project failed (${backend}, offline): ${reason?.trim() ?? (err as Error).message}`,
      { cause: err }
    )
  }
  // Scripts carry the host's interpreter line; rockcraft writes its own into the venv's bin.
  await fs.rm(path.join(target, 'bin'), { recursive: true, force: true })
  const site = path.join(stage, ROCK_SITE_PACKAGES)
  await fs.mkdir(path.dirname(site), { recursive: true, mode: 0o755 })
  await fs.cp(target, site, { recursive: true })
  await runOk('chown', ['-R', '0:0', site], {
    what: 'own the installed project as root',
    timeoutMs: 60_000
  })
  const entries = (await fs.readdir(site, { withFileTypes: true }))
    .filter(e => !e.name.endsWith('.dist-info') && e.name !== '__pycache__')
    .map(e => (e.isDirectory() ? `${e.name}/` : e.name))
    .sort()
  return `${entries.join(' ') || '(nothing)'} (pip install . into the venv, ${backend})`
}

/** What pip installed, with the check's prediction beside it where the two differ. */
function installedText(landed: string, project: CheckResult): string {
  const predicted = project.install ? installedLine(project.install) : ''
  return landed === predicted ? landed : `${landed}, where the check says ${predicted}`
}

async function writeFile(
  root: string,
  rel: string,
  content: string | Buffer,
  mode = 0o644
): Promise<void> {
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

interface Part {
  organize?: Record<string, string>
}

/**
 * Copies the project's files where install-app's organize map puts them (under the stage), moved
 * from flask/app to the layout's app directory when the expansion is a V1 one.
 */
async function stageAppFiles(
  project: string,
  stage: string,
  parts: Record<string, Part>,
  appDir: string
): Promise<void> {
  const organize =
    (parts['flask-framework/install-app'] ?? parts['flask-framework.install-app'])?.organize ?? {}
  for (const [from, to] of Object.entries(organize)) {
    const source = path.resolve(project, from)
    const target = path.resolve(stage, to.replace(/^flask\/app(?=\/|$)/, appDir))
    if (
      !source.startsWith(path.resolve(project) + path.sep) ||
      !target.startsWith(stage + path.sep)
    ) {
      throw new Error(`install-app organizes ${from} -> ${to}: outside the project or the rock`)
    }
    await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o755 })
    await fs.cp(source, target, { recursive: true })
  }
}

/** The entrypoint rockcraft sets: Pebble in /usr/bin from ubuntu@24.04 on, /bin before. */
export function pebbleEntrypoint(base: string | undefined): string[] {
  const legacy = base === 'ubuntu@22.04' || base === 'ubuntu:22.04'
  return [legacy ? '/bin/pebble' : '/usr/bin/pebble', 'enter']
}

/**
 * What a test rock is made of, in one line: Debian's app packages (not the project's pins) and
 * which Pebble, and why that one.
 */
export function testRockMaterials(
  rock: Pick<TestRock, 'packages' | 'runtime' | 'notInstalled' | 'installed'>
): string {
  const version = (p: string): string => rock.packages[p] ?? 'missing'
  const app = [
    `Debian bookworm's Flask ${version('python3-flask')}, gunicorn ${version('gunicorn')} and gevent ${version('python3-gevent')}`,
    rock.notInstalled,
    rock.installed && `installed: ${rock.installed}`
  ]
    .filter(Boolean)
    .join('; ')
  const runtime =
    rock.runtime.pebble === 'stand-in'
      ? `Pebble and statsd_exporter STAND-INs (${rock.runtime.why})`
      : `real Pebble v${rock.runtime.pebble} and statsd_exporter v0.26.0 (${rock.runtime.why})`
  return `${app}; ${runtime}`
}

/** Builds a rock of the project (an oci-archive) and returns where and with what. */
export async function buildTestRock(spec: TestRockSpec, outDir: string): Promise<TestRock> {
  const project = await checkProject(spec.app)
  if (!project.expanded || !project.name) {
    throw new Error(
      `test project ${spec.app} is one rockcraft would refuse: ${project.problems.map(p => p.message).join('; ')}`
    )
  }
  const name = project.name
  const version = project.version ?? '0.1'
  const plan = await projectInstallPlan(project)
  const runtime = await pickRuntime(spec.pebble)
  const rig = RIG_LAYOUTS[spec.layout ?? 'v1']
  const base = await rootFs()
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-test-'))
  try {
    const stage = path.join(work, 'stage')
    await fs.mkdir(stage, { mode: 0o755 })
    await stageAppFiles(spec.app, stage, project.expanded.parts as Record<string, Part>, rig.app)
    const installed = plan
      ? installedText(await pipInstallProject(spec.app, plan.backend, stage, work), project)
      : ''
    await writeFile(stage, rig.gunicornConf, spec.gunicornConf ?? gunicornConf(`/${rig.app}`))
    for (const dir of rig.dirs) {
      await fs.mkdir(path.join(stage, dir), { recursive: true, mode: 0o755 })
    }
    // The extension's permissions: the app, its config and the logging dirs belong to _daemon_.
    for (const owned of rig.owned) {
      await runOk('chown', ['-R', `${DAEMON_UID}:${DAEMON_UID}`, path.join(stage, owned)], {
        what: `own /${owned} as _daemon_`,
        timeoutMs: 30_000
      })
    }
    await writeFile(stage, 'statsd-mapping.conf', STATSD_MAPPING)
    for (const [rel, content] of Object.entries(spec.files ?? {})) {
      await writeFile(stage, rel, content)
    }
    const services = { ...(project.expanded.services as Record<string, PebbleService>) }
    // The flask command names the gunicorn config where the layout keeps it.
    services.flask = {
      ...services.flask,
      command: services.flask.command.replace(
        /-c \/\S*gunicorn\.conf\.py/,
        `-c /${rig.gunicornConf}`
      )
    }
    for (const [name, service] of Object.entries(spec.services ?? {})) {
      services[name] = { ...service, command: service.command.replaceAll('{app}', `/${rig.app}`) }
    }
    // Pebble runs as _daemon_, so rockcraft makes its directory writable by all.
    const pebbleDir = path.join(stage, 'var/lib/pebble/default')
    await writeFile(
      stage,
      `var/lib/pebble/default/layers/001-${name}.yaml`,
      pebbleLayerYaml(services)
    )
    const dirMode = spec.pebbleDirMode ?? 0o777
    await fs.chmod(path.join(pebbleDir, 'layers'), dirMode)
    await fs.chmod(pebbleDir, dirMode)
    // /bin is a symlink to usr/bin in the Debian root filesystem: ship into usr/bin.
    await writeFile(stage, 'usr/bin/pebble', await fs.readFile(runtime.pebbleFile), 0o755)
    await writeFile(
      stage,
      'usr/bin/statsd_exporter',
      await fs.readFile(runtime.exporterFile),
      0o755
    )
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
        ...(await fs.readdir(stage)).sort()
      ],
      { what: 'pack the test app layer', timeoutMs: 60_000 }
    )

    const annotations = {
      'org.opencontainers.image.version': version,
      'org.opencontainers.image.title': name
    }
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
          // Like a rock: Pebble is the entrypoint, no CMD, and the run-user.
          Entrypoint: pebbleEntrypoint(project.base),
          Cmd: [],
          User: String(DAEMON_UID),
          Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
          // rockcraft labels the config and annotates the manifest alike (Project.generate_metadata).
          Labels: annotations
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
        ],
        annotations
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
            annotations: { 'org.opencontainers.image.ref.name': 'rock' }
          }
        ]
      })
    )
    const file = path.resolve(spec.out ?? path.join(outDir, `${name}_${version}_amd64.rock`))
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.rm(file, { force: true })
    // skopeo's path form: a ':' in the file's own path would end the path early.
    const partial = path.join(work, 'rock.tar')
    await runOk(
      'skopeo',
      ['--insecure-policy', 'copy', `oci:${layout}:rock`, `oci-archive:${partial}`],
      { what: 'write the test rock', timeoutMs: 5 * 60_000 }
    )
    await fs.copyFile(partial, file)
    return {
      file,
      name,
      version,
      runtime,
      packages: base.packages,
      notInstalled: notInstalledText(project),
      installed
    }
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
}
