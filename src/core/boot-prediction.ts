// The boot prediction in a Flask developer's words: the python bridge's graph, `pip install .`'s
// answer and the entrypoint search, turned into problems, warnings and the prime-list fix.
import * as path from 'node:path'
import type { BootPrediction, InstallPrediction, Problem } from './check.js'
import {
  entrypointCandidates,
  type BootGraph,
  type FoundApp,
  type MissingImport
} from './entrypoint.js'
import { DEFAULT_PRIME, partName, primeWith, type ExtensionProfile, type Yaml } from './expand.js'
import type { ProjectInstall } from './installed.js'
import { absolutize, PROJECT_FILE } from './project-files.js'

/** The marker that turns a boot problem on that import line into a warning. */
export const IGNORE_BOOT_MARKER = 'flask-rock: ignore-boot'

/** Turns the python bridge's boot graph into problems and warnings a Flask developer can act on. */
export function bootPrediction(
  abs: string,
  yaml: Yaml,
  topLevel: string[],
  graph: BootGraph,
  ships: string[],
  rockcraftFile: string | undefined,
  profile: ExtensionProfile,
  installed: string[],
  install: InstallPrediction | undefined
): BootPrediction {
  const INSTALL_APP = partName(yaml, 'install-app')
  const APP_PREFIX = `${profile.appDir}/`
  const warnings: Problem[] = []
  // Imports served from the venv are "installed", not "project" (shipped under /flask/app).
  const fromVenv = new Set(installed)
  for (const edge of graph.imports) {
    if (edge.status === 'project' && fromVenv.has(edge.to.split('.')[0])) edge.status = 'installed'
  }
  const fileOf = (m: MissingImport): Partial<Problem> =>
    m.file === null
      ? { file: rockcraftFile }
      : { file: path.join(abs, m.file), line: m.line, column: m.column }
  const inApp = (rel: string): string => `/${APP_PREFIX}${rel}`
  // A function's body runs at boot when module-level code calls it: say which call, unless it is
  // the factory gunicorn calls.
  const called = (m: MissingImport): string =>
    m.via?.file
      ? `, in code that ${m.via.call} at ${m.via.file}:${m.via.line} runs at import time`
      : ''
  const what = (m: MissingImport): string => {
    if (m.file === null) return `gunicorn imports the WSGI module ${m.module} (${m.projectPath})`
    const when = m.boot ? 'at boot' : 'when a request runs this code'
    if (m.kind === 'string') {
      const chosen = m.selector
        ? m.selector.default
          ? ` (its '${m.selector.key}' entry, chosen while ${m.selector.variable} is unset)`
          : ` when ${m.selector.variable}=${m.selector.key}`
        : ''
      return `${m.call} imports ${m.attribute === null ? m.module : `${m.module}.${m.attribute}`}${chosen} ${when}${called(m)}`
    }
    if (m.kind === 'pyfile') return `${m.call} reads ${inApp(m.module ?? '')} ${when}${called(m)}`
    return `${m.module} is imported ${when}${called(m)}`
  }
  const stops = (m: MissingImport): string =>
    m.kind === 'pyfile'
      ? `FileNotFoundError: [Errno 2] Unable to load configuration file (No such file or directory): '${inApp(m.module ?? '')}'`
      : m.kind === 'string'
        ? `werkzeug.utils.ImportStringError: import_string() failed for '${m.literal}' (${
            m.attribute === null
              ? `ModuleNotFoundError: No module named '${m.module}'`
              : `ImportError: ${m.initializing ? 'partially initialized ' : ''}module '${m.module}' has no attribute '${m.attribute}'${m.initializing ? ' (most likely due to a circular import)' : ''}`
          })`
        : `ModuleNotFoundError: No module named '${m.module}'`
  // One problem per file the rock lacks, at its first importing line, naming the others.
  const errors = new Map<string, { m: MissingImport; message?: string; also: MissingImport[] }>()
  // from_pyfile of a file the project does not have: no prime list ships it
  const absentFiles: Problem[] = []
  const chosenByDefault = new Set(
    graph.missing.filter(m => m.selector?.default).map(m => `${m.module}.${m.attribute}`)
  )
  for (const m of graph.missing) {
    if (m.guarded) continue // try/except ImportError: Python carries on without it
    if (m.selector && !m.selector.default && (m.status === 'missing' || m.status === 'absent')) {
      if (chosenByDefault.has(`${m.module}.${m.attribute}`)) continue // said once, as the default
      // another entry of a settings dict: the rock boots with the default, not with this one
      warnings.push({
        message: `${what(m)}, but ${m.status === 'missing' ? `the rock will not contain ${m.projectPath}` : 'the project has no such module'}: set so, gunicorn would stop with ${stops(m)}`,
        ...fileOf(m)
      })
      continue
    }
    if (m.status === 'computed') {
      warnings.push({
        message: `${m.call} runs at boot${called(m)} with a string built at run time: this check cannot tell which ${m.kind === 'pyfile' ? 'file it reads' : 'module it imports'}; make sure the rock has it`,
        ...fileOf(m)
      })
    } else if (m.status === 'unsure') {
      warnings.push({
        message: `${what(m)}; ${INSTALL_APP} moves files with organize globs, which this check does not follow: make sure ${inApp(m.projectPath ?? '')} is in the rock`,
        ...fileOf(m)
      })
    } else if (m.status === 'skipped') {
      warnings.push({
        message: `${what(m)}, but the rock will not contain ${m.projectPath}: with silent=True Flask skips it and the app starts without that configuration`,
        ...fileOf(m)
      })
    } else if (m.status === 'absent') {
      const lacks =
        m.attribute !== null
          ? `, which ${m.module} does not define and the project has no module ${m.module}.${m.attribute}`
          : m.kind === 'string'
            ? `, a module the project does not have`
            : ', a file the project does not have'
      const message = `${what(m)}${lacks}: gunicorn would stop with ${stops(m)}`
      if (m.boot && !m.ignored) absentFiles.push({ message, ...fileOf(m) })
      else warnings.push({ message, ...fileOf(m) })
    } else if (m.status === 'sibling') {
      const message = `${what(m)} as a top-level module, but it is ${m.projectPath}, next to the importing file: gunicorn runs from /${profile.appDir}, where only the project's top level is importable by that name. Import it relative to its package (from . import ${(m.module ?? '').split('.').pop()})`
      if (m.boot && !m.ignored) {
        errors.set(`sibling ${m.file}:${m.line} ${m.module}`, { m, message, also: [] })
      } else warnings.push({ message, ...fileOf(m) })
    } else if (m.boot && !m.ignored && install?.unsure && m.status === 'missing') {
      warnings.push({
        message: `${what(m)}, but the rock will not contain ${m.projectPath} under /${profile.appDir}; it boots only if pip install . puts ${(m.module ?? '').split('.')[0]} into the venv, which this check cannot tell from ${install.warnings[0]?.file ? path.basename(install.warnings[0].file) : 'the build configuration'}`,
        ...fileOf(m)
      })
    } else if (m.boot && m.ignored) {
      warnings.push({
        message: `${what(m)}, which the rock will not contain (${m.projectPath}); not an error because the line is marked "${IGNORE_BOOT_MARKER}"`,
        ...fileOf(m)
      })
    } else if (m.boot) {
      const key = m.projectPath ?? ''
      const seen = errors.get(key)
      if (seen) {
        if (m.file !== seen.m.file || m.line !== seen.m.line) seen.also.push(m)
      } else errors.set(key, { m, also: [] })
    }
  }
  // Request-time imports of a module that fails the boot anyway: the fix ships it.
  for (const m of graph.missing) {
    if (m.status === 'missing' && !m.boot && !m.guarded && !errors.has(m.projectPath ?? '')) {
      warnings.push({
        message: `${what(m)}, but the rock will not contain ${m.projectPath}: that request would fail with ${m.kind === 'pyfile' ? 'FileNotFoundError' : 'ModuleNotFoundError'}`,
        ...fileOf(m)
      })
    }
  }
  const additions = [
    ...new Set(
      [...errors.values()]
        .map(e => e.m)
        .filter(m => m.status === 'missing')
        .map(m => `${APP_PREFIX}${(m.projectPath ?? '').replace(/\/__init__\.py$/, '')}`)
    )
  ]
  const prime = primeWith(yaml, topLevel, additions)
  const userPrime = (yaml.parts as Yaml | undefined)?.[INSTALL_APP] as Yaml | undefined
  const exclusions = (Array.isArray(userPrime?.prime) ? (userPrime.prime as unknown[]) : [])
    .filter((e): e is string => typeof e === 'string' && e.startsWith('-'))
    .filter(e =>
      additions.some(a => a === e.slice(1).trim() || a.startsWith(`${e.slice(1).trim()}/`))
    )
  // Removing every entry leaves prime empty: the part's default list, which may lack the module.
  const userList = Array.isArray(userPrime?.prime) ? (userPrime.prime as unknown[]) : []
  const includeList =
    exclusions.length > 0 && userList.every(e => exclusions.includes(e as string))
      ? primeWith(
          { ...yaml, parts: { [INSTALL_APP]: { ...userPrime, prime: [] } } },
          topLevel,
          additions
        )
      : undefined
  const fix = prime
    ? `Add to ${PROJECT_FILE}: parts: {${INSTALL_APP}: {prime: [${prime.join(', ')}]}}`
    : includeList
      ? `Set parts.${INSTALL_APP}.prime in ${PROJECT_FILE} to [${includeList.join(', ')}] (removing ${exclusions.map(e => `"${e}"`).join(', ')} would leave it empty, which ships only the default list)`
      : exclusions.length > 0
        ? `Remove ${exclusions.map(e => `"${e}"`).join(', ')} from parts.${INSTALL_APP}.prime in ${PROJECT_FILE}`
        : `Make parts.${INSTALL_APP} in ${PROJECT_FILE} ship ${additions.join(', ') || 'it'}: its prime or stage drops it`
  const problems: Problem[] = [...errors.values()].map(({ m, message, also }) => ({
    message:
      message ??
      `${what(m)}${also.length > 0 ? ` (also at ${also.map(o => `${o.file ?? PROJECT_FILE}:${o.line}`).join(', ')})` : ''}, but the rock will not contain ${m.projectPath}: gunicorn would stop with ${stops(m)}. ${fix}`,
    ...fileOf(m)
  }))
  problems.push(...absentFiles)
  for (const a of graph.app) {
    const pkg = a.file.replace(/\/__init__\.py$/, '/')
    problems.push({
      message:
        a.kind === 'attribute'
          ? a.shadows
            ? `rockcraft's discovery picks ${a.shadows}, but Python imports the package ${pkg} (a regular package wins over a module of the same name), which never defines ${a.name}: gunicorn would stop with "${a.message}" Define ${a.name} in ${a.file}, or give ${a.shadows} a name the package does not shadow and serve it with services.flask.command`
            : `gunicorn serves ${a.name} from ${a.file}, which never defines it: it would stop with "${a.message}"`
          : a.kind === 'factory'
            ? `gunicorn calls ${a.name}() with no arguments: it would stop with ${a.message}. Give ${(a.params ?? []).join(', ')} a default value in the def of ${a.name}, as rockcraft serves the factory with no arguments`
            : `gunicorn serves ${a.what === 'None' ? 'an app that is None' : `${a.what}, not a WSGI callable`}: it would stop with "${a.message}"`,
      file: path.join(abs, a.file),
      line: a.line
    })
  }
  for (const u of graph.unreadable) {
    const p = absolutize(abs, u)
    const entry = {
      message: u.boot ? `${p.message}: Python would fail on it at boot` : p.message,
      file: p.file,
      line: p.line,
      column: p.column
    }
    if (u.boot) problems.push(entry)
    else warnings.push(entry)
  }
  if (graph.truncated) {
    warnings.push({
      message: `stopped following imports after ${graph.modules.length} modules; the prediction covers only those`
    })
  }
  return {
    problems,
    warnings,
    ships,
    appDir: profile.appDir,
    installed,
    graph,
    fixText: [...errors.values()].some(e => e.message === undefined) ? fix : undefined,
    fix: prime
      ? { prime }
      : exclusions.length > 0
        ? { remove: exclusions, ...(includeList ? { prime: includeList } : {}) }
        : undefined
  }
}

/** The venv's share of what imports at boot, in the words of the ships line. */
export function installedLine(install: InstallPrediction): string {
  const names = install.modules.map(m => (m.package ? `${m.name}/` : `${m.name}.py`))
  return `${names.join(' ') || '(nothing)'} (pip install . into the venv, ${install.backend})`
}

/** installed.ts's answer as problems and warnings on the project's files. */
export function installPrediction(
  abs: string,
  p: ProjectInstall,
  dependencies: string
): InstallPrediction {
  const at = (file?: string): string | undefined => file && path.join(abs, file)
  const pip = `pip install . (in ${dependencies})`
  return {
    backend: p.backend,
    modules: p.modules,
    problems: p.failure
      ? [{ message: `${pip} would stop: ${p.failure.message}`, file: at(p.failure.file) }]
      : [],
    warnings: [
      ...p.unsure.map(u => ({
        message: `what ${pip} puts into the venv is unsure: ${u.message}`,
        file: at(u.file ?? p.file)
      })),
      ...p.notes.map(n => ({ message: n.message, file: at(n.file) }))
    ],
    unsure: p.unsure.length > 0
  }
}

/** Where rockcraft looked, and where the project's Flask app actually is, with the fix. */
export function entrypointHints(
  abs: string,
  name: string | undefined,
  appDir: string,
  apps?: FoundApp[]
): Problem[] {
  const searched = entrypointCandidates(name).join(', ')
  const hints: Problem[] = [
    {
      message: `rockcraft looks for a module-level app or application (or def create_app / make_app) only in ${searched}${name ? '' : ' and <name>/ (name: is not set)'}`
    }
  ]
  for (const app of apps ?? []) {
    const top = app.file.split('/')[0]
    const factory = app.attr.endsWith('()')
    const shim = factory
      ? `from ${app.module} import ${app.attr.slice(0, -2)}" and "app = ${app.attr}`
      : `from ${app.module} import ${app.attr}${app.attr === 'app' ? '' : ' as app'}`
    // app.py and the other default entries ship without a prime list
    const ships = DEFAULT_PRIME.includes(top)
      ? ''
      : `, and ship ${top} in the rock: add ${appDir}/${top} to the install-app prime list (flask-rock check then names the whole list)`
    hints.push({
      message: `a Flask app is here (${app.module}:${app.attr}), where rockcraft does not look: add app.py at the project's top level with "${shim}"${ships}`,
      file: path.join(abs, app.file),
      line: app.line
    })
  }
  return hints
}
