// Transpiles the repository's TypeScript (src/ and __tests__/smoke/support/) into a temporary tree
// of ES modules, file by file (no type check: `npm run lint` does that), so that scripts can load
// the action's code and the test support without a build step. About 3 s of CPU here (loading
// typescript is much of it); cachedTranspileTree() reuses the tree of the same sources.
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { homedir, tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = resolve(fileURLToPath(import.meta.url), '..', '..')

function* tsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) yield* tsFiles(full)
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) yield full
  }
}

const ROOTS = ['src', '__tests__/smoke/support', '__tests__/support']

/** Returns the tree's root: <tree>/src/..., <tree>/__tests__/smoke/support/... as .js files. */
export function transpileTree(parent = tmpdir()) {
  // Loaded only when there is something to transpile: it is most of the cost.
  const ts = createRequire(import.meta.url)('typescript')
  const tree = mkdtempSync(join(parent, 'flask-rock-ts-'))
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    esModuleInterop: true,
    isolatedModules: true
  }
  for (const root of ROOTS) {
    for (const file of tsFiles(join(REPO, root))) {
      const out = join(tree, relative(REPO, file)).replace(/\.ts$/, '.js')
      mkdirSync(dirname(out), { recursive: true })
      writeFileSync(
        out,
        ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: options }).outputText
      )
    }
  }
  // The compiled support finds the stand-ins, examples, fixtures and packages next to it.
  for (const p of [
    'node_modules',
    'scripts',
    'examples',
    '__tests__/smoke/standins',
    '__tests__/smoke/fixtures'
  ]) {
    mkdirSync(dirname(join(tree, p)), { recursive: true })
    symlinkSync(join(REPO, p), join(tree, p))
  }
  // The support looks for ../shared/runtime/ beside the repository, which the tree is not.
  process.env.FLASK_ROCK_RUNTIME_DIR ||= resolve(REPO, '..', 'shared', 'runtime', 'linux-amd64')
  return tree
}

/**
 * transpileTree()'s tree, kept under ~/.cache/flask-rock-tests/ keyed by this checkout and the
 * content of every file transpiled: a second run on the same sources skips the transpile. The
 * caller must not remove it. Falls back to a fresh temporary tree (`temporary: true`) where the
 * cache cannot be written.
 */
export function cachedTranspileTree() {
  // As transpileTree() does: the support looks for ../shared/runtime/ beside the repository.
  process.env.FLASK_ROCK_RUNTIME_DIR ||= resolve(REPO, '..', 'shared', 'runtime', 'linux-amd64')
  const hash = createHash('sha256').update(REPO)
  const repoKey = hash.copy().digest('hex').slice(0, 12)
  hash.update(readFileSync(join(REPO, 'node_modules/typescript/package.json')))
  for (const root of ROOTS) {
    for (const file of tsFiles(join(REPO, root))) {
      hash.update(`\0${relative(REPO, file)}\0`).update(readFileSync(file))
    }
  }
  const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'flask-rock-tests')
  const tree = join(cache, `ts-${repoKey}-${hash.digest('hex').slice(0, 16)}`)
  if (existsSync(join(tree, 'src'))) return { tree, temporary: false }
  try {
    mkdirSync(cache, { recursive: true })
    const fresh = transpileTree(cache)
    try {
      renameSync(fresh, tree)
    } catch {
      // Another run put the same tree there first.
      rmSync(fresh, { recursive: true, force: true })
    }
    // This checkout's trees of older sources: no run wants them for long.
    for (const name of readdirSync(cache)) {
      const old = join(cache, name)
      if (name.startsWith(`ts-${repoKey}-`) && old !== tree) {
        if (Date.now() - statSync(old).mtimeMs > 3_600_000)
          rmSync(old, { recursive: true, force: true })
      }
    }
    return { tree, temporary: false }
  } catch {
    return { tree: transpileTree(), temporary: true }
  }
}
