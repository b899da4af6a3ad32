// Mutation check of the python3 script src/core/entrypoint.ts runs (PROJECT_PY, joined from the
// parts in src/core/bridge/), which StrykerJS does not mutate (to it, each part is one string):
// `npm run test:bridge-mutation`.
// Each hand mutation below breaks one rule of the boot walk; the boot tests must fail for every
// one. Mutants are written into a copy of the tree in a temp directory, never into the checkout.
//   node scripts/mutate-bridge.mjs            the focused suite (__tests__/core/boot-bridge.test.ts)
//   node scripts/mutate-bridge.mjs --full     also __tests__/core/boot.test.ts (bundles; minutes each)
// A mutation whose code text is no longer in the script (or is there more than once) stops the run
// with exit code 2: the script changed, so the site must be picked again, never skipped.
// Exit code 1 when a mutant survives.
import { spawn } from 'node:child_process'
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')
const BRIDGE_PARTS = ['read', 'modules', 'predict', 'served'].map(p => `src/core/bridge/${p}.ts`)
BRIDGE_PARTS.push('src/core/entrypoint.ts')
const TESTS = ['__tests__/core/boot-bridge.test.ts']
if (process.argv.includes('--full')) TESTS.push('__tests__/core/boot.test.ts')
const RUN_TIMEOUT_MS = 15 * 60_000

/** name: what breaks; find: code text in the script (exactly once); replace: the mutant. */
const MUTATIONS = [
  {
    name: 'the standard library check flipped',
    find: 'if i == 0 and top in STDLIB:',
    replace: 'if i == 0 and top not in STDLIB:'
  },
  {
    name: 'try/except ImportError no longer guards',
    find: 'inner = guarded or any(catches_import_error(h) for h in node.handlers)',
    replace: 'inner = guarded'
  },
  {
    name: 'relative imports one package level too high',
    find: 'base = parts[: len(parts) - (node.level - 1)]',
    replace: 'base = parts[: len(parts) - node.level]'
  },
  {
    name: 'a relative import just above the top-level package accepted',
    find: '(node.level > 1 and node.level - 1 == len(parts))',
    replace: '(False)'
  },
  {
    name: 'if TYPE_CHECKING: taken as code that runs',
    find: 'def is_type_checking(test):\n    return ',
    replace: 'def is_type_checking(test):\n    return False and '
  },
  {
    name: 'function bodies taken as run at boot',
    find: 'yield from events(node.body, False, guarded, False)',
    replace: 'yield from events(node.body, True, guarded, False)'
  },
  {
    name: "the factory's body not followed",
    find: 'calls.append((owner, ftree, fdef, {"file": None, "line": None, "call": factory + "()"}, 1))',
    replace: 'pass'
  },
  {
    name: 'the ignore-boot marker not read',
    find: 'ignored = MARKER in (lines[node.lineno - 1] if node.lineno <= len(lines) else "")\n                if not boot',
    replace: 'ignored = False\n                if not boot'
  },
  {
    name: 'the last line of a module not read (off by one)',
    find: 'ignored = MARKER in (lines[node.lineno - 1] if node.lineno <= len(lines) else "")\n                if not boot',
    replace:
      'ignored = MARKER in (lines[node.lineno - 1] if node.lineno < len(lines) else "")\n                if not boot'
  },
  {
    name: 'a module next to its importer not recognised',
    find: 'elif i == 0 and importer and "/" in importer["file"]:',
    replace: 'elif i == 1 and importer and "/" in importer["file"]:'
  }
]

let sandbox
let child
function removeSandbox() {
  if (sandbox) rmSync(sandbox, { recursive: true, force: true })
}

function fail(message) {
  console.error(`mutate-bridge: ${message}`)
  removeSandbox()
  process.exit(2)
}

/** Each part's file and the python3 source in it (between `String.raw\`` and a closing line). */
const parts = BRIDGE_PARTS.map(file => {
  const source = readFileSync(path.join(ROOT, file), 'utf8')
  const open = /(?:^|\n)(?:export )?const [A-Z_]+_PY = String\.raw`/.exec(source)
  const start = open ? open.index + open[0].length : -1
  const end = start < 0 ? -1 : source.indexOf('\n`\n', start)
  if (start < 0 || end < 0) fail(`the embedded script (... = String.raw\`...\`) is not in ${file}`)
  return { file, source, start, end, script: source.slice(start, end) }
})

/** The part's file with one mutation applied to its script; fails loudly on a lost site. */
function mutant({ name, find, replace }) {
  const count = parts.reduce((n, p) => n + p.script.split(find).length - 1, 0)
  if (count !== 1) {
    fail(
      `mutation "${name}": its code text is ${count === 0 ? 'not in' : `${count} times in`} the script: ${JSON.stringify(find)}. The script changed; pick the site again`
    )
  }
  const { file, source, start, end, script } = parts.find(p => p.script.includes(find))
  return { file, text: source.slice(0, start) + script.replace(find, replace) + source.slice(end) }
}

// Every site is checked before anything runs.
const mutants = MUTATIONS.map(m => ({ ...m, ...mutant(m) }))

sandbox = mkdtempSync(path.join(tmpdir(), 'flask-rock-bridge-mutation-'))
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child?.kill('SIGTERM')
    removeSandbox()
    process.exit(130)
  })
}

for (const entry of [
  'src',
  '__tests__',
  'scripts',
  'jest.config.js',
  'tsconfig.json',
  'package.json'
])
  cpSync(path.join(ROOT, entry), path.join(sandbox, entry), { recursive: true })
symlinkSync(realpathSync(path.join(ROOT, 'node_modules')), path.join(sandbox, 'node_modules'))

/** Runs the boot tests in the sandbox: true when they all pass. */
function testsPass() {
  return new Promise((resolve, reject) => {
    const jest = path.join(sandbox, 'node_modules/jest/bin/jest.js')
    let output = ''
    child = spawn(
      process.execPath,
      ['--experimental-vm-modules', jest, '--ci', '--silent', '--verbose', ...TESTS],
      {
        cwd: sandbox,
        env: { ...process.env, FLASK_ROCK_KEEP_TEST_DOCKERD: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: RUN_TIMEOUT_MS
      }
    )
    child.stdout.on('data', d => (output += d))
    child.stderr.on('data', d => (output += d))
    child.on('error', reject)
    child.on('close', code => resolve({ pass: code === 0, output }))
  })
}

const seconds = since => `${((Date.now() - since) / 1000).toFixed(1)} s`
let survived = 0
try {
  const began = Date.now()
  const baseline = await testsPass()
  if (!baseline.pass) {
    console.error(baseline.output)
    fail('the boot tests fail on the unmutated script: fix them first')
  }
  console.log(
    `unmutated: tests pass (${seconds(began)}); ${mutants.length} mutants of the boot walk`
  )
  for (const m of mutants) {
    const t = Date.now()
    writeFileSync(path.join(sandbox, m.file), m.text)
    const { pass, output } = await testsPass()
    writeFileSync(path.join(sandbox, m.file), parts.find(p => p.file === m.file).source)
    if (pass) survived++
    console.log(`${pass ? 'SURVIVED' : 'killed  '}  ${m.name} (${seconds(t)})`)
    // What caught it: the failing tests' names.
    for (const line of output.split('\n').filter(l => l.includes('✕')))
      console.log(`    ${line.trim()}`)
  }
  const killed = mutants.length - survived
  console.log(
    `${killed} of ${mutants.length} killed (${Math.round((100 * killed) / mutants.length)}%), ${seconds(began)} in all`
  )
} finally {
  removeSandbox()
}
process.exit(survived > 0 ? 1 : 0)
