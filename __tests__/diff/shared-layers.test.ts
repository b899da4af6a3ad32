// The two sides of a diff share a layer they both hold (the base layer, in practice): the first
// read walks it, the other hashes its own stored bytes against the digest and takes that walk.
// A side whose bytes under a shared digest are not those bytes is refused all the same, and a side
// whose walk failed leaves the other side to walk the layer itself.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { diffRocks, DiffError } from '../../src/diff/index.js'
import {
  DEFAULT_LIMITS,
  readRock,
  type BlobCopy,
  type RockContents,
  type SharedLayers
} from '../../src/rock/index.js'
import { scratch, sha256, tarball } from '../rock/support/oci.js'
import { APP_LAYER, NEW, OLD } from './support.js'

let tmp: Awaited<ReturnType<typeof scratch>>
let oldRock = ''
let newRock = ''
let tampered = ''
/** The layer both rocks hold (the app layer, stored as a plain tar). */
const SHARED = sha256(tarball(APP_LAYER))

beforeAll(async () => {
  tmp = await scratch()
  oldRock = await tmp.write('old.rock', OLD)
  newRock = await tmp.write('new.rock', NEW)
  // NEW with one byte of the shared layer's blob changed: its manifest still names the digest.
  const bytes = Buffer.from(NEW)
  const blobAt = bytes.indexOf(`blobs/sha256/${SHARED}`)
  const at = bytes.indexOf('app = 1\n', blobAt + 512)
  expect([blobAt > 0, at > blobAt]).toEqual([true, true])
  bytes[at + 6] = '9'.charCodeAt(0)
  tampered = await tmp.write('tampered.rock', bytes)
})
afterAll(() => tmp.remove())

/** A copy that records which blobs a read walked (and takes no bytes). */
function recorder(): BlobCopy & { walked: string[] } {
  const walked: string[] = []
  return {
    walked,
    blob: hex => {
      walked.push(hex)
      return undefined
    }
  }
}

const facts = (c: RockContents): unknown => ({ ...c, rock: undefined })

it('walks a layer on both sides once, and each side reads as it reads alone', async () => {
  const shared: SharedLayers = new Map()
  const [oldCopy, newCopy] = [recorder(), recorder()]
  const [o, n] = await Promise.all([
    readRock(oldRock, DEFAULT_LIMITS, oldCopy, shared),
    readRock(newRock, DEFAULT_LIMITS, newCopy, shared)
  ])
  // Every layer claimed once, the shared one by one of the two reads only.
  expect(new Set(shared.keys())).toEqual(new Set([...o.blobs.layers, ...n.blobs.layers]))
  const walks = [...oldCopy.walked, ...newCopy.walked].filter(h => h === SHARED)
  expect(walks).toEqual([SHARED])
  expect(facts(o)).toEqual(facts(await readRock(oldRock)))
  expect(facts(n)).toEqual(facts(await readRock(newRock)))
})

it('refuses a side whose bytes under the shared digest are other bytes, whichever walks first', async () => {
  const refusal = (file: string): DiffError =>
    new DiffError(
      `cannot read ${file}: layer sha256:${SHARED.slice(0, 12)} does not match its digest`
    )
  await expect(diffRocks(oldRock, tampered)).rejects.toThrow(refusal(tampered))
  await expect(diffRocks(tampered, oldRock)).rejects.toThrow(refusal(tampered))
})

it('walks the layer itself when the read that claimed it failed', async () => {
  const failed = Promise.reject(new Error('that read failed'))
  const shared: SharedLayers = new Map([[SHARED, failed]])
  const copy = recorder()
  const o = await readRock(oldRock, DEFAULT_LIMITS, copy, shared)
  expect(copy.walked.filter(h => h === SHARED)).toEqual([SHARED])
  expect(facts(o)).toEqual(facts(await readRock(oldRock)))
})

it('takes a shared walk only for its own bytes hashed to the digest', async () => {
  const shared: SharedLayers = new Map()
  await readRock(oldRock, DEFAULT_LIMITS, undefined, shared)
  const copy = recorder()
  await expect(readRock(tampered, DEFAULT_LIMITS, copy, shared)).rejects.toThrow(
    `cannot read ${tampered}: layer sha256:${SHARED.slice(0, 12)} does not match its digest`
  )
  // Refused on the stored bytes' hash, without a walk of its own.
  expect(copy.walked).not.toContain(SHARED)
})
