#!/usr/bin/env node
// Builds a test rock of a Flask project, laid out as rockcraft lays out a flask-framework rock, from
// Debian's Flask/gunicorn/gevent (not the project's requirements.txt), the project itself
// pip-installed offline with Debian's build backend when it has pyproject.toml or setup.py, and the
// real Pebble and statsd_exporter (see __tests__/smoke/support/rock.ts); its first line says which
// versions, what pip installed and which Pebble, and why.
//   npm run -s rock:build -- --project DIR --out FILE.rock [--pebble 1.32.1|1.19.2|stand-in] [--layout v1|v2]
// --layout v2 lays the rock out as rockcraft's 26.04 extension does (/app, /var/lib/gunicorn).
// Needs root (file owners), mmdebstrap, skopeo and tar (and python3-pip for pip install .); the first build makes the root filesystem (~1 min).
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { cachedTranspileTree } from './transpile.mjs'

const USAGE =
  'Usage: npm run -s rock:build -- --project DIR --out FILE.rock [--pebble 1.32.1|1.19.2|stand-in] [--layout v1|v2]\n'

function usage(message) {
  process.stderr.write(`rock:build: ${message}\n${USAGE}`)
  process.exit(2)
}

let values
try {
  ;({ values } = parseArgs({
    options: {
      project: { type: 'string' },
      out: { type: 'string' },
      pebble: { type: 'string' },
      layout: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  }))
} catch (err) {
  usage(err.message)
}
if (values.help) {
  process.stdout.write(USAGE)
  process.exit(0)
}
if (!values.project) usage('--project DIR is required')
if (!values.out) usage('--out FILE.rock is required')
if (values.pebble !== undefined && !['1.32.1', '1.19.2', 'stand-in'].includes(values.pebble)) {
  usage(`--pebble must be 1.32.1, 1.19.2 or stand-in, not '${values.pebble}'`)
}

if (values.layout !== undefined && !['v1', 'v2'].includes(values.layout)) {
  usage(`--layout must be v1 or v2, not '${values.layout}'`)
}

const { tree, temporary } = cachedTranspileTree()
try {
  const { buildTestRock, testRockMaterials } = await import(
    join(tree, '__tests__/smoke/support/rock.js')
  )
  const started = Date.now()
  const rock = await buildTestRock(
    { app: values.project, out: values.out, pebble: values.pebble, layout: values.layout },
    '.'
  )
  // A test rock, not the rock rockcraft would pack: say what it is made of.
  process.stdout.write(`made of: ${testRockMaterials(rock)}\n`)
  process.stdout.write(
    `wrote ${rock.file} (${rock.name} ${rock.version}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
  )
} catch (err) {
  process.stderr.write(`rock:build: ${err.message.split('\n')[0]}\n`)
  process.exitCode = 1
} finally {
  if (temporary) rmSync(tree, { recursive: true, force: true })
}
