// The project check: reads what rockcraft reads (rockcraft.yaml, requirements.txt, pyproject.toml,
// the top level of the project, the entrypoint candidates), reports every refusal at once in
// rockcraft's words, and expands the project when it would be accepted.
import { readdir, stat } from 'node:fs/promises'
import * as path from 'node:path'
import {
  analyzeProject,
  entrypointCandidates,
  PythonMissingError,
  wsgiOfCommand,
  type BootGraph,
  type ProjectQuestion,
  type StartedAnalysis
} from './entrypoint.js'
import {
  EXTENSION,
  applySnippet,
  asProjectModel,
  barePython,
  baseProblems,
  EXPERIMENTAL_DOCS,
  EXPERIMENTAL_RESOLUTION,
  expandedInstallApp,
  isMapping,
  partName,
  partSeparator,
  primeProblems,
  routingBase,
  profileFor,
  rootSnippet,
  unknownFields,
  nearestField,
  unverifiedFlatLayout,
  userFlaskCommand,
  V1,
  V2,
  type Yaml
} from './expand.js'
import type { InstalledModule, ProjectInstall } from './installed.js'
import { bootPrediction, entrypointHints, installPrediction } from './boot-prediction.js'
import {
  absolutize,
  exists,
  MAX_PROJECT_FILE_BYTES,
  PROJECT_FILE,
  readProjectText
} from './project-files.js'
import { ProjectError, ProjectUsageError } from './project-error.js'
import { flaskElsewhere, readRequirements, uvProblems } from './project-requirements.js'
import { loadProjectYaml, modelBaseProblems, type Where } from './project-yaml.js'
import { dumpPyYaml, type YamlValue } from './pyyaml.js'
import { providedImportNames } from './import-names.js'
import { nameVersionProblems } from './names.js'

export interface Problem {
  message: string
  file?: string
  line?: number
  column?: number
}

export interface CheckResult {
  dir: string
  rockcraftFile?: string
  /** rockcraft.yaml as the check read it (check --fix refuses a file changed since) */
  rockcraftText?: string
  name?: string
  version?: string
  base?: string
  buildBase?: string
  platforms: string[]
  problems: Problem[]
  hints: Problem[]
  wsgi?: string
  worker: 'sync' | 'gevent'
  requirements: string[]
  dependencyFiles: string[]
  expanded?: Record<string, unknown>
  /** the boot prediction; absent when it could not run (no rockcraft.yaml, a bad prime...) */
  boot?: BootPrediction
  /** what `pip install .` in flask-framework/dependencies does; absent without setup.py/pyproject.toml */
  install?: InstallPrediction
  /** where rockcraft itself would crash on the project (not refuse it): the pack fails */
  rockcraftCrashes?: Problem[]
}

/** Every reason the pack would fail though rockcraft accepts the project: rockcraft's own crash,
 * the build backend's refusal of `pip install .`. */
export function packProblems(result: CheckResult): Problem[] {
  return [...(result.rockcraftCrashes ?? []), ...(result.install?.problems ?? [])]
}

/** What the dependencies part's `pip install .` does with the project (installed.ts). */
export interface InstallPrediction {
  /** the build backend pip runs */
  backend: string
  /** top-level modules and packages it puts into the venv, importable at boot */
  modules: InstalledModule[]
  /** the backend would refuse the project: the pack would fail */
  problems: Problem[]
  /** what it installs is unsure, or configuration the backend does not read */
  warnings: Problem[]
  /** the modules may be incomplete */
  unsure: boolean
}

/** What the rock would do at boot, beside rockcraft's own verdict. */
export interface BootPrediction {
  /** the rock would not boot: project modules imported at boot that the rock lacks */
  problems: Problem[]
  /** missing modules imported only at request time, marked `flask-rock: ignore-boot`, or unsure */
  warnings: Problem[]
  /** top-level entries under the app directory (/flask/app, /app on 26.04), directories with a trailing "/" */
  ships: string[]
  /** where the rock holds the project: flask/app, or app on 26.04 */
  appDir: string
  /** top-level names the boot imports from the venv, where `pip install .` put them */
  installed: string[]
  graph: BootGraph
  /** what makes the rock ship every module it lacks: the whole install-app prime list to write,
   * or the exclusions to remove from it (`flask-rock check --fix` applies it) */
  fix?: { prime?: string[]; remove?: string[] }
  /** the change to rockcraft.yaml, in words, that ends each problem of a module the rock lacks */
  fixText?: string
}

export { ProjectError, ProjectUsageError } from './project-error.js'

// Moved out of this file; importers elsewhere keep their names from here.
export { IGNORE_BOOT_MARKER, installedLine } from './boot-prediction.js'
export {
  MAX_PROJECT_FILE_BYTES,
  MAX_REQUIREMENTS_BYTES,
  MAX_UV_LOCK_BYTES,
  PROJECT_FILE
} from './project-files.js'
export { loadProjectYaml, pyFloatStr } from './project-yaml.js'

export const MISSING_REQUIREMENTS =
  "missing a requirements file (requirements.txt or pyproject.toml). The flask-framework extension requires one of these files with 'flask' specified as a dependency."
export const MISSING_FLASK = 'missing flask package dependency in requirements file.'

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined
}

async function projectDir(dir: string): Promise<string> {
  const abs = path.resolve(dir)
  let info
  try {
    info = await stat(abs)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new ProjectUsageError(
      code === 'ENOENT'
        ? `project directory ${abs} does not exist`
        : `cannot open project directory ${abs}: ${code ?? (err as Error).message}`
    )
  }
  if (!info.isDirectory()) {
    throw new ProjectUsageError(`project path ${abs} is not a directory`)
  }
  return abs
}

export async function checkProject(
  dir: string,
  opts: {
    env?: NodeJS.ProcessEnv
    python?: string
    /** python3 already started (startAnalysis) with this env and python */
    analysis?: StartedAnalysis
  } = {}
): Promise<CheckResult> {
  const env = opts.env ?? process.env
  const abs = await projectDir(dir)
  const result: CheckResult = {
    dir: abs,
    platforms: [],
    problems: [],
    hints: [],
    worker: 'sync',
    requirements: [],
    dependencyFiles: []
  }
  const problems = result.problems

  // python3 starts now and gets its question (the candidates depend on the project name, the
  // boot prediction on the expanded install-app part) once rockcraft.yaml is read: its start-up
  // overlaps ours. null: nothing to ask.
  let ask: (q: ProjectQuestion | null) => void = () => {}
  const question = new Promise<ProjectQuestion | null>(resolve => (ask = resolve))
  const analysis = (
    opts.analysis
      ? opts.analysis.analyze(abs, question)
      : analyzeProject(abs, question, opts.python, env)
  ).catch((err: unknown) => err)
  const listing = readdir(abs)
  // installed.ts (and its TOML parser) is loaded only for a project pip installs itself.
  const install = listing
    .then(
      async (names): Promise<ProjectInstall | undefined> =>
        names.includes('pyproject.toml') || names.includes('setup.py')
          ? (await import('./installed.js')).predictInstall(abs)
          : undefined,
      () => undefined
    )
    .catch((err: unknown) => ({
      backend: 'unknown',
      file: 'pyproject.toml',
      modules: [],
      notes: [],
      unsure: [{ message: `cannot read the build configuration: ${(err as Error).message}` }]
    }))

  const requirements = readRequirements(abs)
  const projectFile = path.join(abs, PROJECT_FILE)
  let yaml: Yaml | undefined
  let at: Where = () => ({ file: projectFile })
  const topLevel = await listing.catch((err: NodeJS.ErrnoException) => {
    ask(null)
    throw new ProjectError(`cannot list project directory ${abs}: ${err.code ?? err.message}`)
  })
  try {
    // rockcraft.yaml
    if (await exists(projectFile)) {
      result.rockcraftFile = projectFile
      const { text, problem } = await readProjectText(abs, PROJECT_FILE, MAX_PROJECT_FILE_BYTES)
      if (problem) problems.push(problem)
      if (text !== undefined) {
        result.rockcraftText = text
        const loaded = loadProjectYaml(text, projectFile)
        if (loaded.problem) problems.push(loaded.problem)
        yaml = loaded.data
        if (loaded.at) at = loaded.at
      }
    } else {
      problems.push({ message: `Project file '${PROJECT_FILE}' not found in '${abs}'.` })
      result.hints.push({
        message:
          "write one with `flask-rock init` (or the action's `init: true`), shaped like `rockcraft init --profile flask-framework`"
      })
    }
    if (yaml) {
      result.name = str(yaml.name)
      result.version = str(yaml.version)
      result.base = str(yaml.base)
      result.buildBase = str(yaml['build-base'])
      if (isMapping(yaml.platforms)) result.platforms = Object.keys(yaml.platforms)
      for (const field of unknownFields(yaml)) {
        problems.push({
          message: `extra field '${field}' not permitted in top-level configuration`,
          ...at([field])
        })
        const near = nearestField(field)
        if (near)
          result.hints.push({ message: `'${field}': did you mean \`${near}\`?`, ...at([field]) })
      }
      // The Project model's required fields, in its order.
      for (const field of ['name', 'summary', 'description', 'base', 'platforms']) {
        if (!(field in yaml)) {
          problems.push({
            message: `field '${field}' required in top-level configuration`,
            file: projectFile
          })
        }
      }
      for (const [field, message] of nameVersionProblems(yaml)) {
        problems.push({ message, ...at([field]) })
      }
      for (const field of ['platforms', 'parts', 'services', 'environment', 'checks']) {
        const value = yaml[field]
        if (value !== undefined && value !== null && !isMapping(value)) {
          problems.push({ message: `field '${field}' must be a mapping`, ...at([field]) })
        }
      }
      const extensions = Array.isArray(yaml.extensions) ? yaml.extensions : []
      if (!extensions.includes(EXTENSION)) {
        problems.push({
          message: `${PROJECT_FILE} does not use the ${EXTENSION} extension (add "extensions: [${EXTENSION}]")`,
          ...at(['extensions'])
        })
      }
      for (const other of extensions.filter(e => e !== EXTENSION)) {
        problems.push({
          message: `only the ${EXTENSION} extension is supported here, not ${JSON.stringify(other)}`,
          ...at(['extensions'])
        })
      }
      const refusals = baseProblems(yaml, env)
      for (const message of refusals) problems.push({ message, ...at(['base']) })
      if (refusals.some(p => p.startsWith(`Extension '${EXTENSION}' does not support base`))) {
        result.hints.push({
          message: `the ${EXTENSION} extension supports the bases ${SUPPORTED_BASES}`,
          ...at(['base'])
        })
      }
      if (refusals.some(p => p.startsWith('Extension is experimental'))) {
        // Experimental support is only for 26.04: any other base is refused once enabled.
        const experimental = baseProblems(yaml, { ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS: '1' })
        if (experimental.length === 0) {
          result.hints.push({ message: EXPERIMENTAL_RESOLUTION, ...at(['base']) })
          result.hints.push({ message: EXPERIMENTAL_DOCS, ...at(['base']) })
          result.hints.push({ message: EXPERIMENTAL_HERE, ...at(['base']) })
        } else {
          result.hints.push({
            message: `the ${EXTENSION} extension supports the bases ${SUPPORTED_BASES}; base ${String(yaml.base)}${yaml['build-base'] ? ` with build-base ${String(yaml['build-base'])}` : ''} is not one of them`,
            ...at(['base'])
          })
        }
      }
    }
  } catch (err) {
    ask(null) // python3 is waiting for its question: let it go
    throw err
  }
  const profile = yaml ? profileFor(yaml) : V1
  const userCommand = yaml ? userFlaskCommand(yaml) : undefined
  const userWsgi = userCommand
    ? wsgiOfCommand(userCommand, `/${profile.configDir}/gunicorn.conf.py`)
    : undefined
  let installPart: Yaml | undefined
  if (yaml && primeProblems(yaml).length === 0) {
    installPart = expandedInstallApp(yaml, topLevel)
  }
  const installed = await install
  if (installed) {
    const dependencies = yaml ? partName(yaml, 'dependencies') : `${EXTENSION}/dependencies`
    result.install = installPrediction(abs, installed, dependencies)
  }
  // Dependencies: what they install is what an absolute import of their names finds.
  const reqs = await requirements
  if (userCommand && (!userWsgi || !installPart)) ask(null)
  else {
    ask({
      candidates: userCommand ? null : entrypointCandidates(result.name),
      wsgi: userWsgi,
      install: installPart ?? null,
      appDir: profile.appDir,
      installed: Object.fromEntries((installed?.modules ?? []).map(m => [m.name, m.path])),
      provided: providedImportNames(reqs.names)
    })
  }

  result.requirements = [...reqs.names].sort()
  result.worker = reqs.names.has('gevent') ? 'gevent' : 'sync'
  result.dependencyFiles = [...reqs.files, ...(result.rockcraftFile ? [result.rockcraftFile] : [])]
  result.hints.push(...reqs.hints)
  problems.push(...reqs.problems)
  if (reqs.crashes.length > 0) result.rockcraftCrashes = reqs.crashes
  if (yaml && profile.uv) problems.push(...(await uvProblems(abs, yaml, topLevel, result)))
  if (!reqs.hasAny) problems.push({ message: MISSING_REQUIREMENTS })
  else if (reqs.problems.length === 0 && reqs.crashes.length === 0 && !reqs.names.has('flask')) {
    problems.push({ message: MISSING_FLASK, file: reqs.files[0] })
    result.hints.push(...(await flaskElsewhere(abs)))
  }

  const found = await analysis
  if (found instanceof PythonMissingError) {
    // With the user's own command, only the boot prediction needed Python: go on without it.
    if (!userCommand) throw new ProjectError(found.message)
    result.hints.push({ message: `no boot prediction: ${found.message}` })
  } else if (found instanceof Error) throw found
  if (found !== undefined && found !== null && !(found instanceof Error)) {
    const {
      hints,
      problem,
      wsgi,
      apps,
      boot,
      ships,
      installed: fromVenv
    } = found as Awaited<ReturnType<typeof analyzeProject>>
    result.hints.push(...hints.map(h => absolutize(abs, h)))
    if (!userCommand) {
      if (problem) problems.push(absolutize(abs, problem))
      result.wsgi = wsgi
      // Where rockcraft looked and where the app is, unless a near miss already says why.
      if (problem && !problem.file && hints.length === 0) {
        result.hints.push(...entrypointHints(abs, result.name, profile.appDir, apps))
      }
    }
    if (boot && yaml) {
      result.boot = bootPrediction(
        abs,
        yaml,
        topLevel,
        boot,
        ships ?? [],
        result.rockcraftFile,
        profile,
        fromVenv ?? [],
        result.install
      )
    }
  }

  if (yaml) {
    for (const message of primeProblems(yaml)) {
      problems.push({ message, ...at(['parts', partName(yaml, 'install-app'), 'prime']) })
    }
    if (partSeparator(yaml) === '.' && isMapping(yaml.parts)) {
      // rockcraft#1345: from 26.04 on, part names hold no '/', and the extension's use '.'.
      for (const part of Object.keys(yaml.parts).filter(p => p.includes('/'))) {
        const ours = part.startsWith(`${EXTENSION}/`)
          ? `: the extension's part is ${EXTENSION}.${part.slice(EXTENSION.length + 1)} on this base`
          : ''
        problems.push({
          message: `part name '${part}' contains '/', which rockcraft does not allow on base ${routingBaseOf(yaml)}${ours}`,
          ...at(['parts', part])
        })
      }
    }
    for (const [field, message] of modelBaseProblems(yaml))
      problems.push({ message, ...at([field]) })
    if (yaml.base === 'bare') {
      if (!yaml['build-base']) {
        problems.push({
          message: 'When "base" is "bare", a build-base must be specified.',
          ...at(['base'])
        })
      } else if (!barePython(yaml)) {
        problems.push({
          message: `Unable to determine the Python version for the build-base ${String(yaml['build-base'])}`,
          ...at(['build-base'])
        })
      }
    }
  }

  // rockcraft that crashes on the project expands nothing
  if (yaml && problems.length === 0 && reqs.crashes.length === 0) {
    const snippet = rootSnippet(yaml, {
      topLevel,
      hasRequirementsTxt: reqs.hasRequirementsTxt,
      worker: result.worker,
      wsgi: result.wsgi
    })
    result.expanded = asProjectModel(applySnippet(yaml, snippet))
    const flat = unverifiedFlatLayout(
      (result.expanded.parts as Yaml | undefined)?.[partName(yaml, 'install-app')] as Yaml
    )
    if (profile === V2 && flat.length > 0) {
      result.hints.push({
        message: `${partName(yaml, 'install-app')} organizes ${flat.join(', ')} here; rockcraft#1348 copies such a flat layout in override-build instead, and its code could not be read (ROCKCRAFT_STATE): this part of the expansion may differ from rockcraft's`
      })
    }
  }
  return result
}

const SUPPORTED_BASES =
  'ubuntu@22.04, ubuntu@24.04 and bare with build-base ubuntu@22.04 or ubuntu@24.04 (and, experimental, ubuntu@26.04 and bare with build-base ubuntu@26.04)'

function routingBaseOf(yaml: Yaml): string {
  return routingBase(yaml) ?? String(yaml['build-base'] ?? yaml.base)
}

/** How to enable the experimental 26.04 extension here, beside rockcraft's own resolution. */
export const EXPERIMENTAL_HERE =
  'the 26.04 (V2) flask-framework extension is experimental in rockcraft: enable it with the action input experimental-extensions: true, or flask-rock check --experimental-extensions (both set ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS for the check and the pack)'

/** The expanded project as `rockcraft expand-extensions` prints it (yaml), or as JSON. */
export function renderExpansion(
  expanded: Record<string, unknown>,
  format: 'yaml' | 'json'
): string {
  if (format === 'json') return JSON.stringify(expanded, null, 2) + '\n'
  return dumpPyYaml(expanded as YamlValue)
}
