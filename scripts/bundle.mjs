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
  const extra = files.filter(f => f !== 'index.js' && f !== 'package.json')
  if (extra.length > 0) throw new Error(`ncc emitted extra files for ${src}: ${extra.join(', ')}`)
  cpSync(join(out, 'index.js'), join('dist', `${name}.js`))
  rmSync(out, { recursive: true, force: true })
}
chmodSync('dist/cli.js', 0o755)
