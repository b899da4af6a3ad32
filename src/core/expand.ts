// The flask-framework extension as plain data, rockcraft's merge rules, and the project model's
// printing order: pure functions, no file system. check.ts gathers the facts they need.

export type Yaml = { [key: string]: unknown }

export const EXTENSION = 'flask-framework'
export const DAEMON_UID = 584792
/**
 * Where the rockcraft snap keeps the extension's data: sys.prefix of the snap's Python, which is
 * $SNAP, /snap/rockcraft/<revision>. rockcraft prints its revision number there, never `current`;
 * `current` is what we print when no rockcraft is installed to ask.
 */
export function configFilesSource(revision = 'current'): string {
  return `/snap/rockcraft/${revision}/share/rockcraft/extensions/flask-framework`
}
export const CONFIG_FILES_SOURCE = configFilesSource()

/**
 * The expansion as the rockcraft snap at `revision` prints it: the config-files part's source
 * names that revision. A source the project set itself is left alone.
 */
export function withRockcraftRevision(expanded: Yaml, revision: string): Yaml {
  const parts = expanded.parts
  if (!isMapping(parts)) return expanded
  for (const sep of PART_SEPARATORS) {
    const name = `${EXTENSION}${sep}config-files`
    const part = parts[name]
    if (!isMapping(part) || typeof part.source !== 'string') continue
    const source = part.source
    const ours = PROFILES.map(p => dataDir(CONFIG_FILES_SOURCE, p)).includes(source)
    if (!ours) continue
    const revised = configFilesSource(revision) + source.slice(CONFIG_FILES_SOURCE.length)
    return { ...expanded, parts: { ...parts, [name]: { ...part, source: revised } } }
  }
  return expanded
}

/**
 * What differs between rockcraft's two flask-framework implementations, as data: V1 for
 * ubuntu@22.04/24.04 (and bare on them), V2 for ubuntu@26.04 (rockcraft#1303, #1320, #1348,
 * #1332, #1308; see ROCKCRAFT_STATE). rockcraft picks one by the project base, build-base over
 * base: V1 when V1 supports it, V2 for anything else.
 */
export interface ExtensionProfile {
  name: 'V1' | 'V2'
  /** the bases (the `base` key) this implementation supports */
  bases: readonly string[]
  /** refused unless ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS is set */
  experimental: boolean
  /** where install-app puts the project (gunicorn's chdir), relative to / */
  appDir: string
  /** where gunicorn.conf.py goes, relative to / */
  configDir: string
  /** the config-files part's subdirectory of the extension's data directory ('' for none) */
  configData: string
  logDir: string
  gunicorn: string
  statsdTag: string
  /** what every user prime entry must match (Python's re.match) */
  prime: RegExp
  /** rockcraft#1332: the writable /app-data part */
  appData: boolean
  /** rockcraft#1308: a project with uv.lock and pyproject.toml is built by the uv plugin */
  uv: boolean
}

export const V1: ExtensionProfile = {
  name: 'V1',
  bases: ['bare', 'ubuntu@22.04', 'ubuntu:22.04', 'ubuntu@24.04'],
  experimental: false,
  appDir: 'flask/app',
  configDir: 'flask',
  configData: '',
  logDir: 'var/log/flask',
  gunicorn: 'gunicorn~=23.0',
  statsdTag: 'v0.26.0',
  prime: /^-? *flask\/app/,
  appData: false,
  uv: false
}

export const V2: ExtensionProfile = {
  name: 'V2',
  bases: ['bare', 'ubuntu@26.04'],
  experimental: true,
  appDir: 'app',
  configDir: 'var/lib/gunicorn',
  configData: 'v2',
  logDir: 'var/log/app',
  gunicorn: 'gunicorn~=26.0',
  statsdTag: 'v0.30.0',
  prime: /^-? *app(\/|$)/,
  appData: true,
  uv: true
}

const PROFILES = [V1, V2]

function dataDir(source: string, profile: ExtensionProfile): string {
  return profile.configData ? `${source}/${profile.configData}` : source
}

/**
 * The implementation rockcraft picks for this project (its _FrameworkFactory). Without a base key
 * (and no build-base) rockcraft would pick V2, but its project model refuses the project before
 * that matters: V1 then, so that messages about such a project name the parts as 22.04/24.04
 * users know them.
 */
export function profileFor(yaml: Yaml): ExtensionProfile {
  if (!('base' in yaml) && !yaml['build-base']) return V1
  const base = routingBase(yaml)
  return base !== undefined && V1.bases.includes(base) ? V1 : V2
}

// craft-application's BASES_ALLOW_SLASH_IN_PART_NAME: on any other base, part names hold no '/'.
const BASES_ALLOW_SLASH = [
  'core',
  'core18',
  'core20',
  'core22',
  'core24',
  'ubuntu@16.04',
  'ubuntu@18.04',
  'ubuntu@20.04',
  'ubuntu@22.04',
  'ubuntu@24.04',
  'ubuntu@24.10',
  'ubuntu@25.04',
  'ubuntu@25.10',
  'centos@7',
  'almalinux@9'
]
const PART_SEPARATORS = ['/', '.'] as const

/** rockcraft#1345: '/' between the extension and part name on the old bases, '.' on the others. */
export function partSeparator(yaml: Yaml): '/' | '.' {
  if (!('base' in yaml) && !yaml['build-base']) return '/' // refused anyway, as for profileFor
  const base = routingBase(yaml)
  return base !== undefined && BASES_ALLOW_SLASH.includes(base) ? '/' : '.'
}

/** The extension's name for one of its parts, e.g. flask-framework.install-app on 26.04. */
export function partName(yaml: Yaml, part: string): string {
  return `${EXTENSION}${partSeparator(yaml)}${part}`
}

const PYTHON_FOR_BUILD_BASE: Record<string, string> = {
  'ubuntu@22.04': '3.10',
  'ubuntu:22.04': '3.10',
  'ubuntu@24.04': '3.12',
  'ubuntu:24.04': '3.12',
  // rockcraft#1320 (bare with build-base ubuntu@26.04): the Python Ubuntu 26.04 ships.
  'ubuntu@26.04': '3.14'
}
/** What install-app ships when the user's prime is empty: those of these that exist. */
export const DEFAULT_PRIME = [
  'app',
  'app.py',
  'main.py',
  'src',
  'migrate',
  'migrate.sh',
  'migrate.py',
  'static',
  'templates'
]
const NEVER_COPIED = [/^node_modules$/, /^\.git$/, /^\.yarn$/, /^.*\.rock$/s]

export function isMapping(v: unknown): v is Yaml {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** The facts about the project directory the expansion depends on. */
export interface ProjectFacts {
  /** Names of the project's top-level entries (rockcraft lists only this level). */
  topLevel: string[]
  hasRequirementsTxt: boolean
  worker: 'sync' | 'gevent'
  /** undefined when the user's services.flask.command is kept */
  wsgi?: string
}

/** The user's services.flask.command, when set: rockcraft then skips entrypoint discovery. */
export function userFlaskCommand(yaml: Yaml): unknown {
  const services = yaml.services
  if (!isMapping(services)) return undefined
  const flask = services.flask
  return isMapping(flask) && flask.command ? flask.command : undefined
}

/** The effective base the extension routes on: build-base first, "x:y" read as "x@y". */
export function routingBase(yaml: Yaml): string | undefined {
  let base = (yaml['build-base'] || yaml.base) as unknown
  if (typeof base !== 'string' || base === '') return undefined
  if (base.split(':').length === 2 && !base.includes('@')) base = base.replace(':', '@')
  if (base === 'devel') return 'ubuntu@devel'
  return (base as string).split('@').length === 2 ? (base as string) : undefined
}

/** rockcraft's extension validation: experimental (V2: ubuntu@26.04 and unknown bases) first, then support. */
export function baseProblems(yaml: Yaml, env: NodeJS.ProcessEnv): string[] {
  if (!('base' in yaml)) return []
  const base = yaml.base
  const profile = profileFor(yaml)
  if (profile.experimental && !env.ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS) {
    return [`Extension is experimental: '${EXTENSION}'`]
  }
  if (typeof base !== 'string' || !profile.bases.includes(base)) {
    return [`Extension '${EXTENSION}' does not support base: ${pyRepr(base)}`]
  }
  return []
}

/** rockcraft's resolution for the experimental refusal, word for word. */
export const EXPERIMENTAL_RESOLUTION =
  'Run with ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=True to enable experimental extensions.'

/** craft-cli's last line for that refusal: its doc_slug under rockcraft's docs_url, whose
 * {version} craft-application renders as latest for a development build (a release puts its
 * own version there). */
export const EXPERIMENTAL_DOCS =
  'For more information, check out: https://documentation.ubuntu.com/rockcraft/latest/reference/extensions/'

function pyRepr(v: unknown): string {
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
  if (v === null || v === undefined) return 'None'
  if (typeof v === 'boolean') return v ? 'True' : 'False'
  return JSON.stringify(v)
}

/** The user's prime entries for the install-app part (rockcraft reads them with .get()). */
function userPrime(yaml: Yaml): unknown[] {
  const parts = isMapping(yaml.parts) ? yaml.parts : {}
  const part = parts[partName(yaml, 'install-app')]
  const prime = isMapping(part) ? part.prime : undefined
  return Array.isArray(prime) ? prime : []
}

/** rockcraft's refusal of a prime entry outside the app directory. */
export function primeProblemText(yaml: Yaml): string {
  return `flask-framework extension requires the 'prime' entry in the ${partName(yaml, 'install-app')} part to start with ${profileFor(yaml).appDir}`
}
export const PRIME_PROBLEM = primeProblemText({ base: 'ubuntu@24.04' })

/** Python's re.match of the profile's prime pattern: a prefix match. */
export function primeProblems(yaml: Yaml): string[] {
  const pattern = profileFor(yaml).prime
  const ok = userPrime(yaml).every(p => typeof p === 'string' && pattern.test(p))
  return ok ? [] : [primeProblemText(yaml)]
}

function appPrime(yaml: Yaml, facts: Pick<ProjectFacts, 'topLevel'>): string[] {
  const prime = userPrime(yaml) as string[]
  if (prime.length > 0) return prime
  const present = new Set(facts.topLevel)
  const { appDir } = profileFor(yaml)
  return DEFAULT_PRIME.filter(f => present.has(f)).map(f => `${appDir}/${f}`)
}

/** posix relpath(entry, appDir) for the include-mode organize map. */
function relTo(appDir: string, entry: string): string {
  const from = appDir.split('/')
  const to = entry.split('/').filter(s => s !== '' && s !== '.')
  const resolved: string[] = []
  for (const s of to) {
    if (s === '..') resolved.pop()
    else resolved.push(s)
  }
  let common = 0
  while (common < from.length && common < resolved.length && from[common] === resolved[common]) {
    common++
  }
  const rel = [...Array(from.length - common).fill('..'), ...resolved.slice(common)]
  return rel.length === 0 ? '.' : rel.join('/')
}

function installAppPart(yaml: Yaml, facts: Pick<ProjectFacts, 'topLevel'>): Yaml {
  const { appDir } = profileFor(yaml)
  const prime = appPrime(yaml, facts)
  const organize: Record<string, string> = {}
  if (prime.length > 0 && prime[0] && !prime[0].startsWith('-')) {
    for (const entry of prime) organize[relTo(appDir, entry)] = entry
  } else {
    for (const f of [...facts.topLevel].sort(pyStrCompare)) {
      if (!NEVER_COPIED.some(p => p.test(f))) organize[f] = `${appDir}/${f}`
    }
  }
  return {
    plugin: 'dump',
    source: '.',
    organize,
    stage: Object.values(organize),
    prime,
    permissions: [{ owner: DAEMON_UID, group: DAEMON_UID }]
  }
}

/**
 * rockcraft#1348 copies a flat layout (a project directory organized into itself, app -> app/app
 * on 26.04) in override-build instead of organize; that code was not readable (ROCKCRAFT_STATE),
 * so the rendered part may differ from rockcraft's there. The organize entries it concerns.
 */
export function unverifiedFlatLayout(installApp: Yaml | undefined): string[] {
  const organize = isMapping(installApp?.organize) ? installApp.organize : {}
  return Object.entries(organize)
    .filter(([src, dst]) => typeof dst === 'string' && dst.startsWith(`${src}/`))
    .map(([src, dst]) => `${src} -> ${String(dst)}`)
}

/** Python sorts strings by code point; JavaScript's default sort uses UTF-16 units. */
export function pyStrCompare(a: string, b: string): number {
  const ca = [...a]
  const cb = [...b]
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = ca[i].codePointAt(0)! - cb[i].codePointAt(0)!
    if (d !== 0) return d
  }
  return ca.length - cb.length
}

/** The Python version of a bare rock's build base, or undefined when rockcraft has none for it. */
export function barePython(yaml: Yaml): string | undefined {
  const buildBase = yaml['build-base']
  return typeof buildBase === 'string' ? PYTHON_FOR_BUILD_BASE[buildBase] : undefined
}

/** The uv plugin builds the dependencies (rockcraft#1308): V2, with uv.lock and pyproject.toml. */
export function usesUv(yaml: Yaml, facts: Pick<ProjectFacts, 'topLevel'>): boolean {
  return (
    profileFor(yaml).uv &&
    facts.topLevel.includes('uv.lock') &&
    facts.topLevel.includes('pyproject.toml')
  )
}

/** rockcraft#1308's refusal (validate_uv_lockfile), raised before the other project checks. */
export const UV_WITHOUT_PYPROJECT =
  'the plugin requires both uv.lock and pyproject.toml to be present'

function dependenciesPart(yaml: Yaml, facts: ProjectFacts): Yaml {
  const profile = profileFor(yaml)
  const bare = yaml.base === 'bare'
  const python = bare ? barePython(yaml) : undefined
  const stagePackages = bare ? [`python${python}-venv_ensurepip`] : ['python3-venv']
  const buildEnvironment = bare ? [{ PARTS_PYTHON_INTERPRETER: `python${python}` }] : []
  if (usesUv(yaml, facts)) {
    // rockcraft#1308 at its head a2586eb5: uv sync from the lock, then gunicorn installed into
    // the part's venv after it (the lock is the source of truth). The pin is V2's: see
    // ROCKCRAFT_STATE for what of the merged code could not be read.
    return {
      plugin: 'uv',
      'stage-packages': stagePackages,
      source: '.',
      'build-environment': buildEnvironment,
      'override-build': `craftctl default\nuv pip install --python \${CRAFT_PART_INSTALL}/bin/python ${profile.gunicorn}`
    }
  }
  return {
    plugin: 'python',
    'stage-packages': stagePackages,
    source: '.',
    'python-packages': [profile.gunicorn],
    'python-requirements': facts.hasRequirementsTxt ? ['requirements.txt'] : [],
    'build-environment': buildEnvironment
  }
}

function parts(yaml: Yaml, facts: ProjectFacts): Yaml {
  const profile = profileFor(yaml)
  const name = (part: string): string => partName(yaml, part)
  const bare = yaml.base === 'bare'
  const dependencies = dependenciesPart(yaml, facts)
  const configFile = `${profile.configDir}/gunicorn.conf.py`
  // V2's config directory is its own (/var/lib/gunicorn), writable by _daemon_ too.
  const configPermissions = [
    ...(profile.configDir === profile.appDir.split('/')[0] ? [] : [profile.configDir]),
    configFile
  ].map(path => ({ path, owner: DAEMON_UID, group: DAEMON_UID }))
  const out: Yaml = {
    [name('dependencies')]: dependencies,
    [name('install-app')]: installAppPart(yaml, facts),
    [name('config-files')]: {
      plugin: 'dump',
      source: dataDir(CONFIG_FILES_SOURCE, profile),
      organize: { 'gunicorn.conf.py': configFile },
      permissions: configPermissions
    },
    [name('statsd-exporter')]: {
      'build-snaps': ['go'],
      'source-tag': profile.statsdTag,
      plugin: 'go',
      source: 'https://github.com/prometheus/statsd_exporter.git'
    },
    [name('logging')]: {
      plugin: 'nil',
      'override-build': [
        'craftctl default',
        'mkdir -p $CRAFT_PART_INSTALL/opt/promtail',
        'mkdir -p $CRAFT_PART_INSTALL/etc/promtail',
        `mkdir -p $CRAFT_PART_INSTALL/${profile.logDir}`
      ].join('\n'),
      permissions: ['opt/promtail', 'etc/promtail', profile.logDir].map(path => ({
        path,
        owner: DAEMON_UID,
        group: DAEMON_UID
      }))
    }
  }
  if (bare) {
    out[name('runtime')] = {
      plugin: 'nil',
      'override-build':
        'mkdir -m 777 ${CRAFT_PART_INSTALL}/tmp\nln -sf /usr/bin/bash ${CRAFT_PART_INSTALL}/usr/bin/sh',
      'stage-packages': ['bash_bins', 'coreutils_bins', 'ca-certificates_data']
    }
    out[name('runtime-libs')] = { plugin: 'nil', 'stage-packages': ['libstdc++6'] }
  } else {
    // ca-certificates_data and python3-venv both ship this file with different content.
    dependencies.stage = ['-etc/ssl/certs/ca-certificates.crt']
    out[name('runtime')] = { plugin: 'nil', 'stage-packages': ['ca-certificates_data'] }
  }
  if (profile.appData) {
    // rockcraft#1332's AppDataDirMixin adds it after the framework's parts, unprefixed.
    out['app-data'] = {
      plugin: 'nil',
      'override-build': 'mkdir -p ${CRAFT_PART_INSTALL}/app-data',
      permissions: [{ path: 'app-data', owner: DAEMON_UID, group: DAEMON_UID }]
    }
  }
  return out
}

/** The flask service's command as the extension writes it. */
export function flaskCommand(yaml: Yaml, wsgi: string | undefined, worker: string): string {
  const { configDir } = profileFor(yaml)
  return `/bin/python3 -m gunicorn -c /${configDir}/gunicorn.conf.py '${wsgi}' -k [ ${worker} ]`
}

/** The extension's root snippet (flask-framework/gunicorn.py get_root_snippet). */
export function rootSnippet(yaml: Yaml, facts: ProjectFacts): Yaml {
  const flask: Yaml = {
    override: 'replace',
    startup: 'enabled',
    after: ['statsd-exporter'],
    user: '_daemon_'
  }
  if (!userFlaskCommand(yaml)) flask.command = flaskCommand(yaml, facts.wsgi, facts.worker)
  return {
    run_user: '_daemon_',
    services: {
      flask,
      'statsd-exporter': {
        override: 'merge',
        command:
          '/bin/statsd_exporter --statsd.mapping-config=/statsd-mapping.conf --statsd.listen-udp=localhost:9125 --statsd.listen-tcp=localhost:9125',
        summary: 'statsd exporter service',
        startup: 'enabled',
        user: '_daemon_'
      }
    },
    parts: parts(yaml, facts)
  }
}

function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0
  if (isMapping(v)) return Object.keys(v).length > 0
  return Boolean(v)
}

/** rockcraft's merge of one extension property into the user's value. */
export function mergeProperty(user: unknown, ext: unknown): unknown {
  if (!truthy(user)) return ext
  if (Array.isArray(user) && Array.isArray(ext)) {
    const merged = [...ext, ...user]
    return merged.every(i => typeof i === 'string') ? [...new Set(merged)] : merged
  }
  if (isMapping(user) && isMapping(ext)) {
    for (const [key, value] of Object.entries(ext)) user[key] = mergeProperty(user[key], value)
    return user
  }
  return user
}

/** Applies the snippet to a deep copy of the user's yaml, without the `extensions` key. */
export function applySnippet(userYaml: Yaml, snippet: Yaml): Yaml {
  const out = structuredClone(userYaml)
  delete out.extensions
  for (const [key, value] of Object.entries(snippet)) out[key] = mergeProperty(out[key], value)
  if (!('parts' in out)) out.parts = {}
  return out
}

// The printed project follows rockcraft's Project model: its fields in declaration order, only
// those that were set, services in the Pebble Service model's order.
const PROJECT_FIELDS = [
  'name',
  'title',
  'version',
  'summary',
  'description',
  'base',
  'build-base',
  'platforms',
  'contact',
  'issues',
  'source-code',
  'license',
  'adopt-info',
  'parts',
  'package-repositories',
  'environment',
  'run-user',
  'services',
  'checks',
  'entrypoint-service',
  'entrypoint-command'
]
const SERVICE_FIELDS = [
  'override',
  'command',
  'summary',
  'description',
  'startup',
  'after',
  'before',
  'requires',
  'environment',
  'user',
  'user-id',
  'group',
  'group-id',
  'working-dir',
  'on-success',
  'on-failure',
  'on-check-failure',
  'backoff-delay',
  'backoff-factor',
  'backoff-limit',
  'kill-delay'
]
const DEPRECATED_COLON_BASES = ['ubuntu:20.04', 'ubuntu:22.04']

/** Levenshtein distance: edits from a to b. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    row = next
  }
  return row[b.length]
}

/** The known top-level key nearest an unknown one (a typo's few edits away), if any. */
export function nearestField(field: string): string | undefined {
  const key = field.toLowerCase().replace(/_/g, '-')
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1
  for (const known of ['extensions', ...PROJECT_FIELDS]) {
    const d = editDistance(key, known)
    if (d < bestDistance) [best, bestDistance] = [known, d]
  }
  return best
}

/** Top-level keys rockcraft's model refuses (it forbids extra fields). */
export function unknownFields(yaml: Yaml): string[] {
  return Object.keys(yaml).filter(
    k => k !== 'extensions' && !PROJECT_FIELDS.includes(k.replace(/_/g, '-'))
  )
}

function ordered(obj: Yaml, fields: string[]): Yaml {
  const out: Yaml = {}
  for (const f of fields) if (f in obj) out[f] = obj[f]
  for (const k of Object.keys(obj)) if (!(k in out)) out[k] = obj[k]
  return out
}

/** The expanded data as the Project model dumps it (to_yaml_string: by alias, only set fields). */
export function asProjectModel(expanded: Yaml): Yaml {
  // Fields are printed by their alias (run_user -> run-user); an alias the user wrote wins.
  const data: Yaml = {}
  for (const [key, value] of Object.entries(expanded)) {
    const alias = key.replace(/_/g, '-')
    if (!(alias in data) || key === alias) data[alias] = value
  }
  if (!data.title) data.title = data.name
  for (const key of ['base', 'build-base']) {
    const v = data[key]
    if (typeof v === 'string' && DEPRECATED_COLON_BASES.includes(v)) data[key] = v.replace(':', '@')
  }
  if (typeof data.version === 'number') data.version = String(data.version)
  if (isMapping(data.platforms)) {
    const platforms: Yaml = {}
    for (const [label, p] of Object.entries(data.platforms)) {
      platforms[label] = truthy(p)
        ? isMapping(p)
          ? ordered(p, ['build-on', 'build-for'])
          : p
        : { 'build-on': [label], 'build-for': [label] }
    }
    data.platforms = platforms
  }
  if (isMapping(data.services)) {
    const services: Yaml = {}
    for (const [name, s] of Object.entries(data.services)) {
      services[name] = isMapping(s) ? ordered(s, SERVICE_FIELDS) : s
    }
    data.services = services
  }
  return ordered(data, PROJECT_FIELDS)
}

/** The expanded install-app part: what decides the files under the app directory. */
export function expandedInstallApp(yaml: Yaml, topLevel: string[]): Yaml | undefined {
  const name = partName(yaml, 'install-app')
  const expanded = applySnippet(yaml, { parts: { [name]: installAppPart(yaml, { topLevel }) } })
  const parts = expanded.parts
  const part = isMapping(parts) ? parts[name] : undefined
  return isMapping(part) ? part : undefined
}

/**
 * The install-app prime list with `additions` (entries under the app directory) added, keeping the entries
 * that ship today (the defaults that exist, or the user's); undefined when adding entries cannot
 * help (exclude mode, where an entry is missing because an exclusion or the stage drops it).
 */
export function primeWith(
  yaml: Yaml,
  topLevel: string[],
  additions: string[]
): string[] | undefined {
  const current = appPrime(yaml, { topLevel })
  if (current.length === 0 || current[0].startsWith('-')) return undefined
  const added = additions.filter(a => !current.includes(a))
  return added.length === 0 ? undefined : [...current, ...added]
}
