// Transpiles the repository's TypeScript (src/ and __tests__/smoke/support/) into a temporary tree
// of ES modules, file by file (no type check: `npm run lint` does that), so that scripts can load
// the action's code and the test support without a build step. Takes about a second.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

export const REPO = resolve(fileURLToPath(import.meta.url), '..', '..')

function* tsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) yield* tsFiles(full)
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) yield full
  }
}

/** Returns the tree's root: <tree>/src/..., <tree>/__tests__/smoke/support/... as .js files. */
export function transpileTree() {
  const tree = mkdtempSync(join(tmpdir(), 'flask-rock-ts-'))
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    esModuleInterop: true,
    isolatedModules: true
  }
  for (const root of ['src', '__tests__/smoke/support', '__tests__/support']) {
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
