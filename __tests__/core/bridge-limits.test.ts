// The python3 bridge's bounds (issue 19 item 7): Python's parser on a hostile module is held to a
// memory limit, and hitting it is one clear line, not gigabytes and a 30 s timeout.
import { afterAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { checkProject } from '../../src/core/check.js'
import { MAX_BRIDGE_MEMORY, MAX_SOURCE_BYTES } from '../../src/core/entrypoint.js'
import { cleanup, project } from './helpers.js'

afterAll(cleanup)

const YAML =
  'name: big\nbase: ubuntu@24.04\nversion: "0.1"\nsummary: s\ndescription: d\nplatforms:\n  amd64:\nextensions: [flask-framework]\n'

describe('the python3 bridge under a memory bound', () => {
  it('a 16 MB list literal in app.py: a clear error within seconds, not a parse that grows to gigabytes', async () => {
    const dir = project({ 'rockcraft.yaml': YAML, 'requirements.txt': 'flask\n' })
    const head = 'from flask import Flask\napp = Flask(__name__)\nX = ['
    const items = Math.floor((MAX_SOURCE_BYTES - head.length - 3) / 2)
    writeFileSync(path.join(dir, 'app.py'), `${head}${'1,'.repeat(items)}]\n`)
    const started = Date.now()
    await expect(checkProject(dir, { python: '/usr/bin/python3' })).rejects.toThrow(
      `finding the WSGI entrypoint: Python needed more than the ${MAX_BRIDGE_MEMORY >> 20} MB this check allows it parsing app.py; the check stops there (the rock itself is not limited so)`
    )
    expect(Date.now() - started).toBeLessThan(25_000)
  }, 60_000)
})
