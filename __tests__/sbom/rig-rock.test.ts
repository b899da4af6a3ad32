// The SBOM of the smoke rig's rock (a Debian root filesystem with dpkg status, Debian's Flask and
// gunicorn, the real Pebble and statsd_exporter) against what the test reads itself from the same
// parts: dpkg-query on the root filesystem's status, Python's importlib.metadata on its
// dist-packages, the build info lines in the runtime binaries and what those print for --version.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { Spec, Validation } from '@cyclonedx/cyclonedx-library'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { writeRockSbom } from '../../src/sbom/index.js'
import { describeWith } from '../support/real-parts.js'
import { EXAMPLES } from '../smoke/support/harness.js'
import { buildTestRock, rootFs, type TestRock } from '../smoke/support/rock.js'
import type { Component } from './support/bom.js'

const property = (c: Component, name: string): string[] =>
  (c.properties ?? []).filter(p => p.name === `flask-rock:${name}`).map(p => p.value)

const describeRig = await describeWith('the SBOM of the rig rock', {
  root: true,
  tools: ['mmdebstrap', 'skopeo', 'tar', 'gzip', 'dpkg-query', '/usr/bin/python3'],
  runtime: true
})

describeRig('the SBOM of the rig rock', () => {
  let dir = ''
  let rock: TestRock
  let root = ''
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-sbom-rig-'))
    // The real binaries by name: their build info is what is checked (no stand-in fallback).
    rock = await buildTestRock({ app: path.join(EXAMPLES, 'flask-gevent'), pebble: '1.32.1' }, dir)
    // Only what is read: the dpkg database and the Python distributions' metadata.
    root = path.join(dir, 'root')
    await fs.mkdir(root)
    execFileSync('tar', [
      '-xzf',
      (await rootFs()).blob,
      '-C',
      root,
      '--wildcards',
      './var/lib/dpkg/status',
      './usr/lib/python3/dist-packages/*.dist-info/METADATA',
      './usr/lib/python3/dist-packages/*.egg-info/PKG-INFO'
    ])
  }, 600_000)
  afterAll(() => fs.rm(dir, { recursive: true, force: true }))

  it('lists what is inside: every installed deb, every Python distribution, the Go programs and their modules', async () => {
    const started = performance.now()
    const { file, summary } = await writeRockSbom(rock.file, {
      project: { name: rock.name, version: rock.version, base: 'bare', buildBase: 'ubuntu@24.04' },
      packRecordNote: 'no pack in this test'
    })
    const ms = performance.now() - started
    const json = await fs.readFile(file, 'utf8')
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(json)).toBeNull()
    const bom = JSON.parse(json) as { components: Component[] }
    const of = (scheme: string): Component[] =>
      bom.components.filter(c => c.purl?.startsWith(`pkg:${scheme}/`))

    const debs = execFileSync(
      'dpkg-query',
      [
        '--admindir',
        path.join(root, 'var/lib/dpkg'),
        '-W',
        '-f',
        '${db:Status-Status} ${Package} ${Version} ${Architecture}\\n'
      ],
      { encoding: 'utf8' }
    )
      .split('\n')
      .filter(l => l.startsWith('installed '))
      .map(l => l.split(' ').slice(1).join(' '))
      .sort()
    expect(debs.length).toBeGreaterThan(50)
    expect(
      of('deb')
        .map(c => `${c.name} ${c.version} ${/arch=([^&]+)/.exec(c.purl!)![1]}`)
        .sort()
    ).toEqual(debs)
    // The rock's own os-release names the namespace (Debian here, Ubuntu in a real rock).
    expect(of('deb')[0].purl).toMatch(/^pkg:deb\/debian\/[^?]+\?arch=[a-z0-9]+&distro=debian-12$/)

    const dists = JSON.parse(
      execFileSync(
        '/usr/bin/python3',
        [
          '-c',
          'import importlib.metadata as m, json, sys; print(json.dumps(sorted(f"{d.metadata[\'Name\']} {d.version}" for d in m.distributions(path=sys.argv[1:]))))',
          path.join(root, 'usr/lib/python3/dist-packages')
        ],
        { encoding: 'utf8' }
      )
    ) as string[]
    expect(dists).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Flask /),
        expect.stringMatching(/^gunicorn /)
      ])
    )
    expect(
      of('pypi')
        .map(c => `${c.name} ${c.version}`)
        .sort()
    ).toEqual(dists)

    const goPrograms = bom.components.filter(c =>
      c.properties?.some(p => p.name === 'flask-rock:go-toolchain')
    )
    expect(goPrograms.map(c => c.name).sort()).toEqual([
      'github.com/canonical/pebble',
      'github.com/prometheus/statsd_exporter'
    ])
    for (const [name, binary] of [
      ['github.com/canonical/pebble', rock.runtime.pebbleFile],
      ['github.com/prometheus/statsd_exporter', rock.runtime.exporterFile]
    ]) {
      const text = (await fs.readFile(binary)).toString('latin1')
      // The linker keeps the module list twice (build info and runtime/debug's copy): a set.
      const modules = [
        ...new Set([...text.matchAll(/\ndep\t([^\t\n]+)\t([^\t\n]+)/g)].map(m => `${m[1]} ${m[2]}`))
      ]
      const toolchain = /(go1\.[0-9.]+)/.exec(text.slice(text.indexOf('\xff Go buildinf:')))![1]
      const program = goPrograms.find(c => c.name === name)!
      // (devel) and no -ldflags (-trimpath): the version is the one its data holds, the one it
      // prints (the oracle: the binary run).
      const printed = execFileSync(
        binary,
        name.endsWith('pebble') ? ['version', '--client'] : ['--version'],
        {
          encoding: 'utf8'
        }
      )
      const stated = /^(?:statsd_exporter, version )?(v?[0-9.]+)/.exec(printed)![1]
      expect([
        program.version,
        ...property(program, 'version-source'),
        ...property(program, 'unknown')
      ]).toEqual([stated.startsWith('v') ? stated : `v${stated}`, 'binary-string'])
      console.log(JSON.stringify(program.components).slice(0, 600))
      expect(program.components!.map(c => `${c.name} ${c.version}`).sort()).toEqual(
        [...modules, `stdlib ${toolchain.slice(2)}`].sort()
      )
    }

    expect(summary.counts).toEqual({ python: dists.length, ubuntu: debs.length, go: 2 })
    expect(summary.ubuntuSource).toBe('dpkg status')
    // Debian's packages, named so (the rock's os-release), not Ubuntu's.
    expect(summary.distro).toBe('Debian')
    console.log(
      `rig rock SBOM: ${summary.counts.python} Python, ${summary.counts.ubuntu} deb, ${summary.counts.go} Go programs ` +
        `(${goPrograms.reduce((n, c) => n + c.components!.length, 0)} Go modules); read + SBOM ${Math.round(ms)} ms`
    )
  })
})
