// The project's GitHub CI (ci.yml) builds the real Pebble and statsd_exporter from their upstream
// release tags, each checked against a pinned commit. Its pins must name the releases (tags and
// commits) ../shared/runtime holds (README and SHA256SUMS there) and the test rig asks for: one
// version each, everywhere.
import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { PEBBLE_CHOICES, REPO, runtimeDir } from '../smoke/support/rock.js'
import { itWith } from '../support/real-parts.js'

interface Pin {
  name: string
  repo: string
  tag: string
  commit: string
  pkg: string
}

function ciPins(): Pin[] {
  const ci = parse(readFileSync(path.join(REPO, '.github/workflows/ci.yml'), 'utf8')) as {
    jobs: { test: { steps: { run?: string }[] } }
  }
  const script = ci.jobs.test.steps.map(s => s.run ?? '').find(r => r.includes("<<'PINS'"))
  const block = /<<'PINS'\n([^]*?)\nPINS\n/.exec(script ?? '')?.[1] ?? ''
  return block.split('\n').map(line => {
    const [name, repo, tag, commit, pkg] = line.trim().split(/\s+/)
    return { name, repo, tag, commit, pkg }
  })
}

const itReal = await itWith('the runtime folder pins test', { runtime: true })

describe('ci.yml pins the real runtime of ../shared/runtime', () => {
  const pins = ciPins()

  it('pins each release by its upstream tag and commit, built from its main package', () => {
    expect(pins.map(p => p.name)).toEqual([
      'pebble-1.32.1',
      'pebble-1.19.2',
      'statsd_exporter-0.26.0'
    ])
    for (const pin of pins) {
      const pebble = /^pebble-(\d+\.\d+\.\d+)$/.exec(pin.name)?.[1]
      const exporter = /^statsd_exporter-(\d+\.\d+\.\d+)$/.exec(pin.name)?.[1]
      expect(pebble ?? exporter).toBeDefined()
      expect(pin.tag).toBe(`v${pebble ?? exporter}`)
      expect(pin.repo).toBe(pebble ? 'canonical/pebble' : 'prometheus/statsd_exporter')
      expect(pin.pkg).toBe(pebble ? './cmd/pebble' : '.')
      expect(pin.commit).toMatch(/^[0-9a-f]{40}$/)
    }
  })

  it('names the releases the test rig asks for', () => {
    const rigPebbles = PEBBLE_CHOICES.filter(c => c !== 'stand-in').map(v => `pebble-${v}`)
    const rig = readFileSync(path.join(REPO, '__tests__/smoke/support/rock.ts'), 'utf8')
    const exporters = [...new Set(rig.match(/statsd_exporter-\d+\.\d+\.\d+/g))]
    expect(pins.map(p => p.name).sort()).toEqual([...rigPebbles, ...exporters].sort())
  })

  // The runtime folder the pins must match: FLASK_ROCK_RUNTIME_DIR, else ../shared/runtime.
  const dir = runtimeDir()
  itReal(`names the files of the runtime folder (${dir})`, () => {
    const sums = readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8')
    const names = sums
      .split('\n')
      .filter(l => l.trim() !== '')
      .map(l => l.trim().split(/\s+\*?/)[1])
    expect(pins.map(p => p.name).sort()).toEqual(names.sort())
    // Its README's table names the same files with their tags.
    const readme = path.join(dir, '..', 'README.md')
    if (existsSync(readme)) {
      const rows = [
        ...readFileSync(readme, 'utf8').matchAll(
          /^\| `([^`]+)` \|[^|]+\| (v\S+) \| ([0-9a-f]{40}) \|/gm
        )
      ]
      expect(rows.map(m => m[1]).sort()).toEqual(names.sort())
      for (const [, file, tag, commit] of rows) {
        expect(file.endsWith(`-${tag.slice(1)}`)).toBe(true)
        // the very tag and commit ci.yml builds
        expect(pins.find(p => p.name === file)).toMatchObject({ tag, commit })
      }
    }
  })
})
