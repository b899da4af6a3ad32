// The project's GitHub CI (ci.yml) lays out the real Pebble and statsd_exporter from their official
// release archives. Its pins must name the releases ../shared/runtime holds (README and SHA256SUMS
// there) and the test rig asks for: one version each, everywhere.
import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { PEBBLE_CHOICES, REPO } from '../smoke/support/rock.js'

interface Pin {
  name: string
  url: string
  sum: string
  member: string
}

function ciPins(): Pin[] {
  const ci = parse(readFileSync(path.join(REPO, '.github/workflows/ci.yml'), 'utf8')) as {
    jobs: { test: { steps: { run?: string }[] } }
  }
  const script = ci.jobs.test.steps.map(s => s.run ?? '').find(r => r.includes("<<'PINS'"))
  const block = /<<'PINS'\n([^]*?)\nPINS\n/.exec(script ?? '')?.[1] ?? ''
  return block.split('\n').map(line => {
    const [name, url, sum, member] = line.trim().split(/\s+/)
    return { name, url, sum, member }
  })
}

/** The runtime folder the pins must match: FLASK_ROCK_RUNTIME_DIR, else ../shared/runtime. */
function runtimeFolder(): string | undefined {
  const dir =
    process.env.FLASK_ROCK_RUNTIME_DIR ||
    path.resolve(REPO, '..', 'shared', 'runtime', 'linux-amd64')
  if (existsSync(path.join(dir, 'SHA256SUMS'))) return dir
  if (process.env.FLASK_ROCK_REQUIRE_REAL_PARTS === '1') {
    throw new Error(`${dir} has no SHA256SUMS (FLASK_ROCK_REQUIRE_REAL_PARTS=1)`)
  }
  return undefined
}

describe('ci.yml pins the real runtime of ../shared/runtime', () => {
  const pins = ciPins()

  it('pins each release by its official archive, with a SHA-256 or a marked TODO', () => {
    expect(pins.map(p => p.name)).toEqual([
      'pebble-1.32.1',
      'pebble-1.19.2',
      'statsd_exporter-0.26.0'
    ])
    for (const pin of pins) {
      const pebble = /^pebble-(\d+\.\d+\.\d+)$/.exec(pin.name)?.[1]
      const exporter = /^statsd_exporter-(\d+\.\d+\.\d+)$/.exec(pin.name)?.[1]
      if (pebble) {
        expect(pin.url).toBe(
          `https://github.com/canonical/pebble/releases/download/v${pebble}/pebble_v${pebble}_linux_amd64.tar.gz`
        )
        expect(pin.member).toBe('pebble')
      } else {
        expect(pin.url).toBe(
          `https://github.com/prometheus/statsd_exporter/releases/download/v${exporter}/statsd_exporter-${exporter}.linux-amd64.tar.gz`
        )
        expect(pin.member).toBe(`statsd_exporter-${exporter}.linux-amd64/statsd_exporter`)
      }
      expect(pin.sum).toMatch(/^([0-9a-f]{64}|TODO)$/)
    }
  })

  it('names the releases the test rig asks for', () => {
    const rigPebbles = PEBBLE_CHOICES.filter(c => c !== 'stand-in').map(v => `pebble-${v}`)
    const rig = readFileSync(path.join(REPO, '__tests__/smoke/support/rock.ts'), 'utf8')
    const exporters = [...new Set(rig.match(/statsd_exporter-\d+\.\d+\.\d+/g))]
    expect(pins.map(p => p.name).sort()).toEqual([...rigPebbles, ...exporters].sort())
  })

  const dir = runtimeFolder()
  ;(dir ? it : it.skip)(
    `names the files of the runtime folder (${dir ?? 'not on this machine'})`,
    () => {
      const sums = readFileSync(path.join(dir!, 'SHA256SUMS'), 'utf8')
      const names = sums
        .split('\n')
        .filter(l => l.trim() !== '')
        .map(l => l.trim().split(/\s+\*?/)[1])
      expect(pins.map(p => p.name).sort()).toEqual(names.sort())
      // Its README's table names the same files with their tags.
      const readme = path.join(dir!, '..', 'README.md')
      if (existsSync(readme)) {
        const rows = [
          ...readFileSync(readme, 'utf8').matchAll(/^\| `([^`]+)` \|[^|]+\| v(\S+) \|/gm)
        ]
        expect(rows.map(m => m[1]).sort()).toEqual(names.sort())
        for (const [, file, tag] of rows) expect(file.endsWith(`-${tag}`)).toBe(true)
      }
    }
  )
})
