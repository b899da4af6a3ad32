// Bundles each entry with ncc into dist/<entry>.js. Dynamic import()s become chunks beside it,
// named <id>.<entry>.js by ncc after the entry's file name, so entries never share a chunk name.
import { createRequire } from 'node:module'
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ncc = createRequire(import.meta.url)('@vercel/ncc')
const entries = { index: 'src/action/index.ts', post: 'src/action/post.ts', cli: 'src/cli/cli.ts' }
rmSync('dist', { recursive: true, force: true })
mkdirSync('dist')
for (const [name, src] of Object.entries(entries)) {
  const filename = `${name}.js`
  const { code, assets } = await ncc(resolve(src), { filename, target: 'es2022', quiet: true })
  writeFileSync(join('dist', filename), code)
  for (const [asset, { source }] of Object.entries(assets)) {
    if (asset === 'package.json') continue // ncc's {"type": "module"}: the project's own says so
    if (!asset.endsWith(`.${filename}`)) {
      throw new Error(`ncc emitted ${asset} for ${src}: only chunks are expected`)
    }
    writeFileSync(join('dist', asset), source)
  }
}
chmodSync('dist/cli.js', 0o755)
