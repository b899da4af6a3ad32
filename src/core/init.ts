// A rockcraft.yaml for a project that has none, shaped like `rockcraft init --profile flask-framework`.
import { open, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { ProjectError } from './check.js'

const DOCS = 'https://documentation.ubuntu.com/rockcraft/latest'
/** rockcraft's fallback when the directory name is not a valid project name. */
export const DEFAULT_NAME = 'my-rock-name'
export const INVALID_NAME =
  'invalid name: Names can only use ASCII lowercase letters, numbers, and hyphens. They must have at least one letter, may not start or end with a hyphen, and may not have two hyphens in a row.'
const BASES = ['bare', 'ubuntu@22.04', 'ubuntu:22.04', 'ubuntu@24.04', 'ubuntu@26.04']

/** craft-application's project-name rule, stated without its backtracking-prone regex. */
export function isValidProjectName(name: string): boolean {
  return (
    name.length > 0 &&
    /^[a-z0-9-]+$/.test(name) &&
    /[a-z]/.test(name) &&
    !name.startsWith('-') &&
    !name.endsWith('-') &&
    !name.includes('--')
  )
}

/** rockcraft.yaml text; the values are validated by the caller. */
export function renderRockcraftYaml(name: string, base: string, version: string): string {
  const baseLines =
    base === 'bare'
      ? [
          'base: bare # an ubuntu base such as ubuntu@24.04 is the alternative',
          'build-base: ubuntu@24.04 # required when the base is bare'
        ]
      : [`base: ${base}`]
  return [
    `# flask-framework reference: ${DOCS}/reference/extensions/flask-framework`,
    '',
    `name: ${name}`,
    `# bases: ${DOCS}/explanation/bases/`,
    ...baseLines,
    `version: "${version}" # for humans; semantic versioning is recommended`,
    'summary: A summary of your Flask application # up to 79 characters',
    'description: |',
    `  This is ${name}'s description. Say in a paragraph or two what the`,
    '  application does and who it is for.',
    '# the architectures to build on and for (`dpkg --print-architecture` shows yours)',
    'platforms:',
    '  amd64:',
    '  # arm64:',
    '',
    '# the extension expects app.py (or main.py, app/, src/) with an `app` object as the',
    '# WSGI entrypoint, and requirements.txt or pyproject.toml listing flask.',
    'extensions:',
    '  - flask-framework',
    ''
  ].join('\n')
}

export async function initRockcraftYaml(
  dir: string,
  opts: { name?: string; base?: string; version?: string } = {}
): Promise<{ path: string; written: boolean }> {
  const abs = path.resolve(dir)
  try {
    if (!(await stat(abs)).isDirectory()) {
      throw new ProjectError(`project path ${abs} is not a directory`)
    }
  } catch (err) {
    if (err instanceof ProjectError) throw err
    throw new ProjectError(`project directory ${abs} does not exist`)
  }
  if (opts.name !== undefined && !isValidProjectName(opts.name)) {
    throw new ProjectError(`${INVALID_NAME} Got '${opts.name}'.`)
  }
  const derived = path.basename(abs)
  const name = opts.name ?? (isValidProjectName(derived) ? derived : DEFAULT_NAME)
  const base = opts.base ?? 'bare'
  if (!BASES.includes(base)) {
    throw new ProjectError(
      `base '${base}' is not one the flask-framework extension supports: ${BASES.join(', ')}`
    )
  }
  const version = opts.version ?? '0.1'
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9:.+~-]{0,30}[A-Za-z0-9])?$/.test(version)) {
    throw new ProjectError(
      `version '${version}' is not valid: up to 32 letters, digits and . : + ~ -, starting and ending with a letter or digit`
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
  return { path: file, written: true }
}
