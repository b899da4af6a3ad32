// A rockcraft.yaml for a project that has none, shaped like `rockcraft init --profile flask-framework`:
// the same fields and the same commented-out sections, so the parts a user will need next (the
// install-app prime list, build packages, runtime slices) are there to uncomment.
import { open, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { ProjectError, ProjectUsageError } from './check.js'
import { partName, profileFor } from './expand.js'
import { INVALID_NAME, INVALID_VERSION, isValidProjectName, isValidVersion } from './names.js'

export { isValidProjectName, INVALID_NAME } from './names.js'

const DOCS = 'https://documentation.ubuntu.com/rockcraft/latest'
/** rockcraft's fallback when no valid name can be made from the directory name. */
export const DEFAULT_NAME = 'my-rock-name'
const BASES = ['bare', 'ubuntu@22.04', 'ubuntu:22.04', 'ubuntu@24.04', 'ubuntu@26.04']
/** rockcraft init's build-base for a bare rock. */
const BARE_BUILD_BASE = 'ubuntu@24.04'

/**
 * A valid project name made from a directory name, and what was changed to get it:
 * `My_Flask_App` -> `my-flask-app` ("lower-cased; '_' replaced by '-'").
 */
export function nameFromFolder(folder: string): { name: string; changes: string[] } {
  const changes: string[] = []
  let name = folder
  if (name !== name.toLowerCase()) {
    name = name.toLowerCase()
    changes.push('lower-cased')
  }
  const replaced = [...new Set(name.match(/[^a-z0-9-]/g) ?? [])]
  if (replaced.length > 0) {
    name = name.replace(/[^a-z0-9-]+/g, '-')
    changes.push(`${replaced.map(c => `'${c}'`).join(', ')} replaced by '-'`)
  }
  const tidy = name.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '')
  if (tidy !== name) changes.push('repeated, leading and trailing hyphens dropped')
  name = tidy
  if (name.length > 40) {
    name = name.slice(0, 40).replace(/-+$/, '')
    changes.push('cut to 40 characters')
  }
  if (!isValidProjectName(name)) return { name: DEFAULT_NAME, changes: ['no letter left'] }
  return { name, changes }
}

/** rockcraft.yaml text; the values are validated by the caller. */
export function renderRockcraftYaml(name: string, base: string, version: string): string {
  const baseLines =
    base === 'bare'
      ? [
          'base: bare # an ubuntu base such as ubuntu@24.04 is the alternative',
          `build-base: ${BARE_BUILD_BASE} # required when the base is bare`
        ]
      : [`base: ${base}`]
  // The 26.04 (V2) extension names its parts with '.' and puts the project in /app.
  const yaml = base === 'bare' ? { base, 'build-base': BARE_BUILD_BASE } : { base }
  const { appDir, experimental } = profileFor(yaml)
  const installApp = partName(yaml, 'install-app')
  const dependencies = partName(yaml, 'dependencies')
  return [
    `# flask-framework reference: ${DOCS}/reference/extensions/flask-framework`,
    ...(experimental
      ? [
          `# the ${base} flask-framework extension is experimental: rockcraft needs`,
          '# ROCKCRAFT_ENABLE_EXPERIMENTAL_EXTENSIONS=1 (the action: experimental-extensions: true;',
          '# flask-rock check --experimental-extensions)'
        ]
      : []),
    '',
    `name: ${name}`,
    `# bases, and 'bare' bases for chiselled rocks: ${DOCS}/explanation/bases/`,
    ...baseLines,
    `version: "${version}" # for humans; semantic versioning is recommended`,
    'summary: A summary of your Flask application # up to 79 characters',
    'description: |',
    `  This is ${name}'s description. Say in a paragraph or two what the`,
    '  application does and who it is for.',
    '# the architectures to build on and run on (`dpkg --print-architecture` shows yours)',
    'platforms:',
    '  amd64:',
    '  # arm64:',
    '  # ppc64el:',
    '  # s390x:',
    '',
    '# the extension expects app.py (or main.py, app/, src/) with an `app` object as the',
    '# WSGI entrypoint, and requirements.txt or pyproject.toml listing flask.',
    'extensions:',
    '  - flask-framework',
    '',
    '# uncomment the sections you need.',
    '# parts: # uncomment this line to add or change any part',
    '',
    `#   ${installApp}:`,
    '#     prime:',
    '#       # only app/, app.py, main.py, src/, migrate, migrate.sh, migrate.py, static/ and',
    '#       # templates/ go into the rock by default. Listing entries here replaces that list:',
    '#       # keep the defaults you use, and add every module your app imports (config.py...).',
    `#       # each entry is "${appDir}/" followed by the path in the project.`,
    `#       - ${appDir}/app.py`,
    `#       - ${appDir}/config.py`,
    `#       - ${appDir}/templates`,
    `#       - ${appDir}/static`,
    '',
    '# Ubuntu packages needed to build a Python dependency:',
    `#   ${dependencies}:`,
    '#     build-packages:',
    '#       # for example, to build a package that needs pkg-config and libxmlsec1-dev:',
    '#       - pkg-config',
    '#       - libxmlsec1-dev',
    '',
    '# package slices (subsets of Debian packages: smaller, safer images) or whole Debian',
    `# packages in the rock. Slices: https://github.com/canonical/chisel-releases, ${DOCS}/explanation/chisel/`,
    '#   runtime-slices:',
    '#     plugin: nil',
    '#     stage-packages:',
    '#       # for example, the libs slice of libpq5:',
    '#       - libpq5_libs',
    '',
    '#   runtime-debs:',
    '#     plugin: nil',
    '#     stage-packages:',
    '#       - libpq5',
    ''
  ].join('\n')
}

export interface InitResult {
  path: string
  written: boolean
  /** says how the name was made from the folder name, when it differs from it */
  nameNote?: string
}

export async function initRockcraftYaml(
  dir: string,
  opts: { name?: string; base?: string; version?: string } = {}
): Promise<InitResult> {
  const abs = path.resolve(dir)
  try {
    if (!(await stat(abs)).isDirectory()) {
      throw new ProjectUsageError(`project path ${abs} is not a directory`)
    }
  } catch (err) {
    if (err instanceof ProjectUsageError) throw err
    throw new ProjectUsageError(`project directory ${abs} does not exist`)
  }
  if (opts.name !== undefined && !isValidProjectName(opts.name)) {
    throw new ProjectUsageError(`--name: ${INVALID_NAME} Got '${opts.name}'.`)
  }
  let name = opts.name
  let nameNote: string | undefined
  if (name === undefined) {
    const folder = path.basename(abs)
    const derived = nameFromFolder(folder)
    name = derived.name
    if (derived.changes.length > 0) {
      nameNote = `name: ${name} (from the folder name ${JSON.stringify(folder)}: ${derived.changes.join('; ')}; rockcraft names use lower-case letters, digits and single hyphens). Change it in rockcraft.yaml or pass --name`
    }
  }
  const base = opts.base ?? 'bare'
  if (!BASES.includes(base)) {
    throw new ProjectUsageError(
      `--base: the flask-framework extension supports ${BASES.join(', ')}; not '${base}'`
    )
  }
  const version = opts.version ?? '0.1'
  if (!isValidVersion(version) || version.length > 32) {
    throw new ProjectUsageError(
      `--version: ${version.length > 32 ? 'at most 32 characters' : INVALID_VERSION} Got '${version}'.`
    )
  }
  const file = path.join(abs, 'rockcraft.yaml')
  let handle
  try {
    // "wx": never over an existing file, even one created a moment ago.
    handle = await open(file, 'wx')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return { path: file, written: false }
    throw new ProjectError(`cannot write ${file}: ${code ?? (err as Error).message}`)
  }
  try {
    await handle.writeFile(renderRockcraftYaml(name, base, version))
  } finally {
    await handle.close()
  }
  return { path: file, written: true, nameNote }
}
