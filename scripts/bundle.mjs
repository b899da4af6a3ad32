// Bundles each entry with ncc into one self-contained file under dist/.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync, mkdirSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const entries = { index: 'src/index.ts', post: 'src/post.ts', cli: 'src/cli.ts' }
rmSync('dist', { recursive: true, force: true })
mkdirSync('dist')
for (const [name, src] of Object.entries(entries)) {
  const out = mkdtempSync(join(tmpdir(), `ncc-${name}-`))
  execFileSync('node_modules/.bin/ncc', ['build', src, '-o', out, '--target', 'es2022', '-q'], {
    stdio: 'inherit'
  })
  const files = readdirSync(out)
  // Chunks of dynamic import()s (main loads pack, smoke and publish only past check-only); the
  // entry loads them from its own directory by these names.
  const chunks = files.filter(f => /^\d+\.index\.js$/.test(f))
  const extra = files.filter(f => f !== 'index.js' && f !== 'package.json' && !chunks.includes(f))
  if (extra.length > 0) throw new Error(`ncc emitted extra files for ${src}: ${extra.join(', ')}`)
  if (chunks.length > 0 && name !== 'index') {
    throw new Error(`only the index entry may have chunks (their names would collide): ${src}`)
  }
  for (const chunk of chunks) cpSync(join(out, chunk), join('dist', chunk))
  cpSync(join(out, 'index.js'), join('dist', `${name}.js`))
  rmSync(out, { recursive: true, force: true })
}
chmodSync('dist/cli.js', 0o755)
