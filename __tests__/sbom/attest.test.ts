// Our SBOM as actions/attest reads it. Its acceptance rule (src/sbom.ts of actions/attest, and of
// actions/attest-sbom's predicate, read upstream; no code copied): the file is at most 16 MiB, it
// parses as JSON, it is not taken for SPDX (spdxVersion and SPDXID both set), and it is CycloneDX
// when bomFormat, serialNumber and specVersion are all set (non-empty). We hold our SBOM to the
// exact forms as well: bomFormat CycloneDX, specVersion 1.6, serialNumber a version 5 urn:uuid
// derived from the rock's manifest digest (Python's uuid.uuid5 is the oracle).
import { describe, expect, it, afterAll, beforeAll } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import { writeRockSbom } from '../../src/sbom/index.js'
import { sbomSerialNumber, uuidV5 } from '../../src/sbom/serial.js'
import { buildSbom } from '../../src/sbom/build.js'
import { image, scratch, tarball, type Entry } from '../rock/support/oci.js'
import { readRock } from '../../src/rock/index.js'

/** CycloneDX 1.6's pattern for serialNumber (bom-1.6.schema.json), as the task states it. */
const SERIAL = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const ATTEST_MAX_BYTES = 16 * 1024 * 1024

let work: Awaited<ReturnType<typeof scratch>>
beforeAll(async () => {
  work = await scratch()
})
afterAll(() => work.remove())

const entries = (flask: string): Entry[] => [
  {
    path: 'usr/lib/python3/dist-packages/flask-x.dist-info/METADATA',
    data: `Name: Flask\nVersion: ${flask}\n`
  }
]

describe('actions/attest accepts our SBOM', () => {
  it('as CycloneDX: bomFormat, serialNumber and specVersion set, in their exact forms, under 16 MiB', async () => {
    const rock = await work.write(
      'a_1.0_amd64.rock',
      tarball(image([{ entries: entries('3.1.0') }]).entries)
    )
    const { file } = await writeRockSbom(rock)
    const { size } = await fs.stat(file)
    expect(size).toBeLessThanOrEqual(ATTEST_MAX_BYTES)
    const sbom = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>
    // SPDX is tried first: neither of its two fields may be there.
    expect(sbom.spdxVersion).toBeUndefined()
    expect(sbom.SPDXID).toBeUndefined()
    expect({
      bomFormat: sbom.bomFormat,
      specVersion: sbom.specVersion,
      serialNumber: sbom.serialNumber
    }).toEqual({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      serialNumber: sbomSerialNumber((await readRock(rock)).digest)
    })
    expect(sbom.serialNumber).toMatch(SERIAL)
  })

  it('with the same serialNumber for the same rock and another for another rock', async () => {
    const one = await readRock(
      await work.write('b.rock', tarball(image([{ entries: entries('3.1.0') }]).entries))
    )
    const other = await readRock(
      await work.write('c.rock', tarball(image([{ entries: entries('3.1.1') }]).entries))
    )
    const serial = (contents: typeof one, at: number): unknown =>
      JSON.parse(
        buildSbom({
          contents,
          tool: { name: 't', version: '1' },
          timestamp: new Date(at)
        }).json
      ).serialNumber
    expect(serial(one, 0)).toBe(serial(one, 86_400_000))
    expect(serial(one, 0)).not.toBe(serial(other, 0))
    expect(serial(one, 0)).toMatch(SERIAL)
  })
})

describe('uuidV5', () => {
  it('equals Python uuid.uuid5 on generated names, and holds CycloneDX pattern', () => {
    const names = fc.sample(fc.string({ unit: 'binary', maxLength: 80 }), {
      numRuns: 200,
      seed: 23
    })
    names.push('', 'sha256:' + 'a'.repeat(64), 'pkg:oci/rock@sha256%3A' + '0'.repeat(64))
    const python = execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import json,sys,uuid\nfor n in json.load(sys.stdin): print(uuid.uuid5(uuid.NAMESPACE_URL, n))'
      ],
      { input: JSON.stringify(names), encoding: 'utf8' }
    )
      .trimEnd()
      .split('\n')
    expect(names.map(n => uuidV5(n))).toEqual(python)
    for (const n of names) expect(`urn:uuid:${uuidV5(n)}`).toMatch(SERIAL)
  })
})
