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
const CONFIG_FILES_PART = 'flask-framework/config-files'

/**
 * The expansion as the rockcraft snap at `revision` prints it: the config-files part's source
 * names that revision. A source the project set itself is left alone.
 */
export function withRockcraftRevision(expanded: Yaml, revision: string): Yaml {
  const parts = expanded.parts
  if (!isMapping(parts)) return expanded
  const part = parts[CONFIG_FILES_PART]
  if (!isMapping(part) || part.source !== CONFIG_FILES_SOURCE) return expanded
  return {
    ...expanded,
    parts: { ...parts, [CONFIG_FILES_PART]: { ...part, source: configFilesSource(revision) } }
  }
}

const V1_BASES = ['bare', 'ubuntu@22.04', 'ubuntu:22.04', 'ubuntu@24.04']
const V2_BASES = ['ubuntu@26.04']
const PYTHON_FOR_BUILD_BASE: Record<string, string> = {
  'ubuntu@22.04': '3.10',
  'ubuntu:22.04': '3.10',
  'ubuntu@24.04': '3.12',
  'ubuntu:24.04': '3.12'
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

/** rockcraft's extension validation: experimental (v2, ubuntu@26.04 and unknown bases) first, then support. */
export function baseProblems(yaml: Yaml, env: NodeJS.ProcessEnv): string[] {
  if (!('base' in yaml)) return []
  const base = yaml.base
  const routed = routingBase(yaml)
  const v1 = routed !== undefined && V1_BASES.includes(routed)
  if (!v1 && !env.ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS) {
    return [`Extension is experimental: '${EXTENSION}'`]
  }
  const supported = v1 ? V1_BASES : V2_BASES
  if (typeof base !== 'string' || !supported.includes(base)) {
    return [`Extension '${EXTENSION}' does not support base: ${pyRepr(base)}`]
  }
  return []
}

function pyRepr(v: unknown): string {
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
  if (v === null || v === undefined) return 'None'
  if (typeof v === 'boolean') return v ? 'True' : 'False'
  return JSON.stringify(v)
}

/** The user's prime entries for flask-framework/install-app (rockcraft reads them with .get()). */
function userPrime(yaml: Yaml): unknown[] {
  const parts = isMapping(yaml.parts) ? yaml.parts : {}
  const part = parts[`${EXTENSION}/install-app`]
  const prime = isMapping(part) ? part.prime : undefined
  return Array.isArray(prime) ? prime : []
}

export const PRIME_PROBLEM =
  "flask-framework extension requires the 'prime' entry in the flask-framework/install-app part to start with flask/app"

/** Python's re.match("-? *flask/app", p): a prefix match. */
export function primeProblems(yaml: Yaml): string[] {
  const ok = userPrime(yaml).every(p => typeof p === 'string' && /^-? *flask\/app/.test(p))
  return ok ? [] : [PRIME_PROBLEM]
}

function appPrime(yaml: Yaml, facts: ProjectFacts): string[] {
  const prime = userPrime(yaml) as string[]
  if (prime.length > 0) return prime
  const present = new Set(facts.topLevel)
  return DEFAULT_PRIME.filter(f => present.has(f)).map(f => `flask/app/${f}`)
}

/** posix relpath(entry, "flask/app") for the include-mode organize map. */
function relToApp(entry: string): string {
  const from = ['flask', 'app']
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

function installAppPart(yaml: Yaml, facts: ProjectFacts): Yaml {
  const prime = appPrime(yaml, facts)
  const organize: Record<string, string> = {}
  if (prime.length > 0 && prime[0] && !prime[0].startsWith('-')) {
    for (const entry of prime) organize[relToApp(entry)] = entry
  } else {
    for (const f of [...facts.topLevel].sort(pyStrCompare)) {
      if (!NEVER_COPIED.some(p => p.test(f))) organize[f] = `flask/app/${f}`
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

function parts(yaml: Yaml, facts: ProjectFacts): Yaml {
  const bare = yaml.base === 'bare'
  const python = bare ? barePython(yaml) : undefined
  const dependencies: Yaml = {
    plugin: 'python',
    'stage-packages': bare ? [`python${python}-venv_ensurepip`] : ['python3-venv'],
    source: '.',
    'python-packages': ['gunicorn~=23.0'],
    'python-requirements': facts.hasRequirementsTxt ? ['requirements.txt'] : [],
    'build-environment': bare ? [{ PARTS_PYTHON_INTERPRETER: `python${python}` }] : []
  }
  const out: Yaml = {
    'flask-framework/dependencies': dependencies,
    'flask-framework/install-app': installAppPart(yaml, facts),
    'flask-framework/config-files': {
      plugin: 'dump',
      source: CONFIG_FILES_SOURCE,
      organize: { 'gunicorn.conf.py': 'flask/gunicorn.conf.py' },
      permissions: [{ path: 'flask/gunicorn.conf.py', owner: DAEMON_UID, group: DAEMON_UID }]
    },
    'flask-framework/statsd-exporter': {
      'build-snaps': ['go'],
      'source-tag': 'v0.26.0',
      plugin: 'go',
      source: 'https://github.com/prometheus/statsd_exporter.git'
    },
    'flask-framework/logging': {
      plugin: 'nil',
      'override-build': [
        'craftctl default',
        'mkdir -p $CRAFT_PART_INSTALL/opt/promtail',
        'mkdir -p $CRAFT_PART_INSTALL/etc/promtail',
        'mkdir -p $CRAFT_PART_INSTALL/var/log/flask'
      ].join('\n'),
      permissions: ['opt/promtail', 'etc/promtail', 'var/log/flask'].map(path => ({
        path,
        owner: DAEMON_UID,
        group: DAEMON_UID
      }))
    }
  }
  if (bare) {
    out['flask-framework/runtime'] = {
      plugin: 'nil',
      'override-build':
        'mkdir -m 777 ${CRAFT_PART_INSTALL}/tmp\nln -sf /usr/bin/bash ${CRAFT_PART_INSTALL}/usr/bin/sh',
      'stage-packages': ['bash_bins', 'coreutils_bins', 'ca-certificates_data']
    }
    out['flask-framework/runtime-libs'] = { plugin: 'nil', 'stage-packages': ['libstdc++6'] }
  } else {
    // ca-certificates_data and python3-venv both ship this file with different content.
    dependencies.stage = ['-etc/ssl/certs/ca-certificates.crt']
    out['flask-framework/runtime'] = { plugin: 'nil', 'stage-packages': ['ca-certificates_data'] }
  }
  return out
}

/** The extension's root snippet (flask-framework/gunicorn.py get_root_snippet). */
export function rootSnippet(yaml: Yaml, facts: ProjectFacts): Yaml {
  const flask: Yaml = {
    override: 'replace',
    startup: 'enabled',
    after: ['statsd-exporter'],
    user: '_daemon_'
  }
  if (!userFlaskCommand(yaml)) {
    flask.command = `/bin/python3 -m gunicorn -c /flask/gunicorn.conf.py '${facts.wsgi}' -k [ ${facts.worker} ]`
  }
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

/** The expanded flask-framework/install-app part: what decides the files under /flask/app. */
export function expandedInstallApp(yaml: Yaml, topLevel: string[]): Yaml | undefined {
  const snippet = rootSnippet(yaml, { topLevel, hasRequirementsTxt: false, worker: 'sync' })
  const expanded = applySnippet(yaml, { parts: snippet.parts })
  const parts = expanded.parts
  const part = isMapping(parts) ? parts[`${EXTENSION}/install-app`] : undefined
  return isMapping(part) ? part : undefined
}

/**
 * The install-app prime list with `additions` (flask/app/... entries) added, keeping the entries
 * that ship today (the defaults that exist, or the user's); undefined when adding entries cannot
 * help (exclude mode, where an entry is missing because an exclusion or the stage drops it).
 */
export function primeWith(
  yaml: Yaml,
  topLevel: string[],
  additions: string[]
): string[] | undefined {
  const current = appPrime(yaml, {
    topLevel,
    hasRequirementsTxt: false,
    worker: 'sync'
  })
  if (current.length === 0 || current[0].startsWith('-')) return undefined
  const added = additions.filter(a => !current.includes(a))
  return added.length === 0 ? undefined : [...current, ...added]
}
