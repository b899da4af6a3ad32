// A python3 that is a pyenv shim is resolved to the interpreter pyenv would exec, read from the
// places pyenv reads its choice; what this does not follow keeps the shim. The fake pyenv root
// below has a shim of pyenv's own shape and a libexec/pyenv that does what `pyenv exec` does
// for these cases, so each answer can be checked against running the shim itself.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { resolvePython } from '../../src/core/python-path.js'
import { cleanup, project } from './helpers.js'

afterAll(cleanup)

function fakePyenv(): { root: string; shims: string; system: string } {
  const root = project({})
  const shims = path.join(root, 'shims')
  mkdirSync(shims)
  writeFileSync(
    path.join(shims, 'python3'),
    `#!/usr/bin/env bash\nset -e\n[ -n "$PYENV_DEBUG" ] && set -x\n\nprogram="\${0##*/}"\n\nexport PYENV_ROOT="${root}"\nexec "${root}/libexec/pyenv" exec "$program" "$@"\n`
  )
  mkdirSync(path.join(root, 'libexec'))
  // pyenv exec, for the cases here: PYENV_VERSION, else the nearest .python-version, else $PYENV_ROOT/version
  writeFileSync(
    path.join(root, 'libexec/pyenv'),
    `#!/usr/bin/env bash\nshift; prog="$1"; shift\nv="$PYENV_VERSION"\nd="$PWD"\nwhile [ -z "$v" ]; do\n  if [ -f "$d/.python-version" ]; then v=$(head -n1 "$d/.python-version"); break; fi\n  [ "$d" = / ] && break; d=$(dirname "$d")\ndone\n[ -z "$v" ] && v=$(cat "$PYENV_ROOT/version" 2>/dev/null || echo system)\nif [ "$v" = system ]; then exec "$SYSTEM_DIR/$prog" "$@"; fi\n[ -d "$PYENV_ROOT/versions/$v" ] || { echo "pyenv: version \\\`$v' is not installed" >&2; exit 1; }\nexec "$PYENV_ROOT/versions/$v/bin/$prog" "$@"\n`
  )
  for (const f of ['shims/python3', 'libexec/pyenv']) chmodSync(path.join(root, f), 0o755)
  for (const v of ['3.11.7', '3.12.1']) {
    mkdirSync(path.join(root, 'versions', v, 'bin'), { recursive: true })
    symlinkSync('/usr/bin/python3', path.join(root, 'versions', v, 'bin/python3'))
  }
  const system = path.join(root, 'system')
  mkdirSync(system)
  symlinkSync('/usr/bin/python3', path.join(system, 'python3'))
  return { root, shims, system }
}

describe('resolvePython', () => {
  const { root, shims, system } = fakePyenv()
  const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    PATH: `${shims}:${system}:/usr/bin:/bin`,
    SYSTEM_DIR: system,
    ...extra
  })
  /** What running the shim itself executes: the interpreter's sys.executable. */
  const viaShim = (e: NodeJS.ProcessEnv, cwd: string): string =>
    execFileSync(path.join(shims, 'python3'), ['-c', 'import sys; print(sys.executable)'], {
      env: e,
      cwd
    })
      .toString()
      .trim()

  it('the global version file, a .python-version above the directory, PYENV_VERSION', async () => {
    writeFileSync(path.join(root, 'version'), '3.11.7\n')
    const plain = project({})
    expect(await resolvePython('python3', env(), plain)).toBe(
      path.join(root, 'versions/3.11.7/bin/python3')
    )
    const pinned = project({ '.python-version': '3.12.1\n', 'sub/x': '' })
    expect(await resolvePython('python3', env(), path.join(pinned, 'sub'))).toBe(
      path.join(root, 'versions/3.12.1/bin/python3')
    )
    expect(
      await resolvePython('python3', env({ PYENV_VERSION: '3.11.7' }), path.join(pinned, 'sub'))
    ).toBe(path.join(root, 'versions/3.11.7/bin/python3'))
    // the shim itself runs the same interpreter
    expect(viaShim(env(), path.join(pinned, 'sub'))).toBe(
      await resolvePython('python3', env(), path.join(pinned, 'sub'))
    )
  })

  it('system: the next python3 on PATH after the shims', async () => {
    writeFileSync(path.join(root, 'version'), 'system\n')
    expect(await resolvePython('python3', env(), project({}))).toBe(path.join(system, 'python3'))
  })

  it('what it does not follow keeps the shim: a version pyenv does not have, a path, no shim at all', async () => {
    const missing = project({ '.python-version': '3.9\n' })
    expect(await resolvePython('python3', env(), missing)).toBe('python3')
    expect(() => viaShim(env(), missing)).toThrow(/version `3\.9' is not installed/)
    expect(await resolvePython('/usr/bin/python3', env(), missing)).toBe('/usr/bin/python3')
    expect(await resolvePython('python3', { PATH: '/usr/bin:/bin' }, missing)).toBe('python3')
  })

  // This machine's own pyenv, when it has one: the same answer as `pyenv which`.
  const real = process.env.PYENV_ROOT || path.join(process.env.HOME ?? '/root', '.pyenv')
  ;(existsSync(path.join(real, 'shims/python3')) ? it : it.skip)(
    'the real pyenv agrees',
    async () => {
      const which = execFileSync(path.join(real, 'bin/pyenv'), ['which', 'python3'], {
        env: process.env
      })
        .toString()
        .trim()
      expect(
        await resolvePython('python3', {
          ...process.env,
          PATH: `${path.join(real, 'shims')}:${process.env.PATH}`
        })
      ).toBe(which)
    }
  )
})
