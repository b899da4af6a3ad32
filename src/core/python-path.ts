// The python3 the check runs, without paying for a pyenv shim: the shim is a bash script that runs
// `pyenv exec`, about 0.4 s of CPU before Python starts, more than the whole check. pyenv's own
// choice is read from the same places pyenv reads it (PYENV_VERSION, the nearest .python-version,
// $PYENV_ROOT/version) and the interpreter it would exec is run directly; anything this does not
// follow (a version pyenv would resolve by prefix, a virtualenv, a missing interpreter) keeps the
// shim, which is slow but right.
import { access, constants, open, readFile } from 'node:fs/promises'
import * as path from 'node:path'

async function executable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false
  )
}

/** The first `name` on PATH, as execvp would find it. */
async function onPath(name: string, pathVar: string, skip?: string): Promise<string | undefined> {
  for (const dir of pathVar.split(path.delimiter)) {
    if (!dir || (skip && path.resolve(dir) === path.resolve(skip))) continue
    const file = path.join(dir, name)
    if (await executable(file)) return file
  }
  return undefined
}

async function head(file: string, bytes = 1024): Promise<string> {
  const handle = await open(file, 'r')
  try {
    const buf = Buffer.alloc(bytes)
    const { bytesRead } = await handle.read(buf, 0, bytes, 0)
    return buf.subarray(0, bytesRead).toString('latin1')
  } finally {
    await handle.close()
  }
}

/** pyenv's version names for `dir`, in its order of precedence; undefined when none is set. */
async function pyenvVersions(
  root: string,
  env: NodeJS.ProcessEnv,
  dir: string
): Promise<string[] | undefined> {
  if (env.PYENV_VERSION) return env.PYENV_VERSION.split(':').filter(Boolean)
  const files: string[] = []
  for (let d = path.resolve(env.PYENV_DIR || dir); ; d = path.dirname(d)) {
    files.push(path.join(d, '.python-version'))
    if (path.dirname(d) === d) break
  }
  files.push(path.join(root, 'version'))
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => undefined)
    if (text === undefined) continue
    const names = text
      .split('\n')
      .map(l => l.trim().split(/\s+/)[0])
      .filter(w => w && !w.startsWith('#') && w !== '..' && !w.includes('/'))
    return names.length > 0 ? names : undefined
  }
  return ['system']
}

/**
 * The interpreter `command` runs: itself, unless it is a pyenv shim whose choice can be read
 * without running pyenv, then the interpreter pyenv would exec.
 */
export async function resolvePython(
  command: string,
  env: NodeJS.ProcessEnv,
  cwd = process.cwd()
): Promise<string> {
  if (command.includes('/')) return command
  const pathVar = env.PATH ?? ''
  const found = await onPath(command, pathVar)
  if (!found) return command
  const text = await head(found).catch(() => '')
  const shim = /^#!.*\b(ba)?sh\b[\s\S]*exec "([^"]*\/libexec\/pyenv)" exec "\$program"/.exec(text)
  if (!shim) return command
  const root =
    /export PYENV_ROOT="([^"]+)"/.exec(text)?.[1] ??
    env.PYENV_ROOT ??
    path.dirname(path.dirname(shim[2]))
  const versions = await pyenvVersions(root, env, cwd)
  for (const version of versions ?? []) {
    // a version pyenv does not have is pyenv's own error to give: the shim gives it
    if (version !== 'system' && !(await executable(path.join(root, 'versions', version)))) {
      return command
    }
    const exe =
      version === 'system'
        ? await onPath(command, pathVar, path.dirname(found))
        : path.join(root, 'versions', version, 'bin', command)
    if (exe && (await executable(exe))) {
      // a system python3 that is itself a shim of another root: leave it to that shim
      return version === 'system' && /libexec\/pyenv/.test(await head(exe).catch(() => ''))
        ? command
        : exe
    }
  }
  return command
}
