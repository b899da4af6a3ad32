// The load alongside the read (src/smoke/archive-load.ts) against the real daemon, with skopeo as
// the oracle: the image `docker load` makes from the read's copy is the very image skopeo loads
// from the archive (same layers, same config). What the copy cannot carry whole (a multi-member gzip
// layer, whose trailer gives only its last member's size) and what the read refuses (a layer that
// is not what the config says) tag nothing; a stopped load leaves no image behind.
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { runOk, stopChildren } from '../../src/process/exec.js'
import { readRock, DEFAULT_LIMITS } from '../../src/rock/index.js'
import { ArchiveLoad } from '../../src/smoke/archive-load.js'
import { imageExists, loadRock, removeImage } from '../../src/smoke/docker.js'
import { runImage } from '../../src/smoke/image.js'
import { cleanupSmoke } from '../../src/smoke/cleanup.js'
import {
  blob,
  index,
  manifest,
  sha256,
  tarball,
  type Blob,
  type Entry
} from '../rock/support/oci.js'
import { describeWith } from '../support/real-parts.js'
import { ensureTestDockerd } from './support/dockerd.js'

const describeReal = await describeWith('the archive-load tests', { tools: ['docker', 'skopeo'] })

/** A layer's stored form: plain tar, one gzip member, or two gzip members back to back. */
type Stored = 'tar' | 'gzip' | 'gzip-2-members'

/** A rock of these layers, blobs before index.json as skopeo writes them; `diffIds` overrides the config's. */
function rockOf(layers: { entries: Entry[]; stored: Stored }[], diffIds?: string[]): Buffer {
  const tars = layers.map(l => tarball(l.entries))
  const blobs: Blob[] = layers.map((l, i) => {
    const tar = tars[i]
    if (l.stored === 'tar') return blob(tar)
    if (l.stored === 'gzip') return blob(gzipSync(tar))
    const half = Math.floor(tar.length / 2)
    return blob(Buffer.concat([gzipSync(tar.subarray(0, half)), gzipSync(tar.subarray(half))]))
  })
  const config = blob({
    architecture: 'amd64',
    os: 'linux',
    config: { Labels: { 'org.opencontainers.image.version': '0.1' } },
    rootfs: { type: 'layers', diff_ids: diffIds ?? tars.map(t => `sha256:${sha256(t)}`) }
  })
  const rockManifest = manifest(
    config,
    blobs.map((b, i) => ({ blob: b, gzip: layers[i].stored !== 'tar' }))
  )
  return tarball([
    ...[...blobs, config, rockManifest].map(b => ({
      path: `blobs/sha256/${b.digest.slice(7)}`,
      data: b.data
    })),
    { path: 'index.json', data: index(rockManifest.digest) },
    { path: 'oci-layout', data: '{"imageLayoutVersion":"1.0.0"}' }
  ])
}

const APP: Entry[] = [
  { path: 'flask/', type: '5', uid: 584792 },
  { path: 'flask/app/', type: '5', uid: 584792 },
  { path: 'flask/app/app.py', data: 'from flask import Flask\napp = Flask(__name__)\n'.repeat(200) }
]
const ETC: Entry[] = [
  { path: 'etc/', type: '5' },
  { path: 'etc/hostname', data: 'rock\n' }
]

describeReal('a rock loaded into Docker from its own read', () => {
  let host: string
  let work: string
  let count = 0
  const refs: string[] = []
  const ref = (): string => {
    const r = `flask-rock-archive-load-test:${process.pid}-${++count}`
    refs.push(r)
    return r
  }
  const write = async (data: Buffer): Promise<string> => {
    const file = path.join(work, `rock-${++count}.rock`)
    await fs.writeFile(file, data)
    return file
  }
  const docker = async (args: string[]): Promise<string> =>
    (await runOk('docker', ['-H', host, ...args], { what: 'docker', timeoutMs: 60_000 })).stdout
  const inspect = async (
    r: string
  ): Promise<{
    Architecture: string
    Config: { Labels: Record<string, string> }
    RootFS: { Layers: string[] }
  }> => JSON.parse(await docker(['image', 'inspect', r]))[0]
  /** Reads the rock with a load alongside; finishes it under `r` when the read passes. */
  const readAndLoad = async (rock: string, r: string) => {
    const load = new ArchiveLoad(rock, host)
    const contents = await readRock(rock, DEFAULT_LIMITS, load)
    return { contents, result: await load.finish(r, contents.blobs) }
  }
  /** Every image id the daemon holds (tagged or not), sorted. */
  const images = async (): Promise<string[]> =>
    [
      ...new Set((await docker(['image', 'ls', '--all', '--quiet'])).split('\n').filter(Boolean))
    ].sort()

  beforeAll(async () => {
    host = await ensureTestDockerd()
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-archive-load-'))
  }, 120_000)

  afterAll(async () => {
    for (const r of refs) await removeImage(r, host)
    await fs.rm(work, { recursive: true, force: true })
  })

  it("makes the image skopeo makes: the same layers (the config's diff_ids) and config", async () => {
    const rock = await write(
      rockOf([
        { entries: APP, stored: 'gzip' },
        { entries: ETC, stored: 'tar' }
      ])
    )
    const streamed = ref()
    const { result } = await readAndLoad(rock, streamed)
    expect(result).toEqual({ loaded: true })
    const bySkopeo = ref()
    await loadRock(rock, bySkopeo, host)
    const [ours, theirs] = [await inspect(streamed), await inspect(bySkopeo)]
    // The same image: the layers the rock's config names (its diff_ids), the same config. (Its id
    // is the config's digest in Docker's classic store, the manifest's in the containerd store.)
    const diffIds = [APP, ETC].map(entries => `sha256:${sha256(tarball(entries))}`)
    expect(ours.RootFS.Layers).toEqual(theirs.RootFS.Layers)
    expect(ours.RootFS.Layers).toEqual(diffIds)
    expect(ours.Config.Labels).toEqual({ 'org.opencontainers.image.version': '0.1' })
    expect(ours.Architecture).toBe('amd64')
  }, 120_000)

  it('stops a copy its gzip trailer misstates (two members), tags nothing, and skopeo still loads the rock', async () => {
    const rock = await write(rockOf([{ entries: APP, stored: 'gzip-2-members' }]))
    const r = ref()
    const before = await images()
    const { result } = await readAndLoad(rock, r)
    expect(result).toEqual({
      loaded: false,
      why: expect.stringMatching(/^a blob [0-9a-f]{12} is longer than its size said \(\d+ bytes\)$/)
    })
    expect(await imageExists(r, host)).toBe(false)
    expect(await images()).toEqual(before)
    await loadRock(rock, r, host)
    expect(await imageExists(r, host)).toBe(true)
  }, 120_000)

  it('refuses a layer that is not what the config says in the read itself, and the stopped load tags nothing', async () => {
    const wrong = `sha256:${sha256('another layer')}`
    const rock = await write(rockOf([{ entries: APP, stored: 'gzip' }], [wrong]))
    const before = await images()
    const load = new ArchiveLoad(rock, host)
    await expect(readRock(rock, DEFAULT_LIMITS, load)).rejects.toThrow(
      new RegExp(
        `^cannot read ${rock}: layer sha256:[0-9a-f]{12} does not match the config's diff_id for layer 1 \\(${wrong.slice(0, 19)}\\)$`
      )
    )
    // What the smoke test does with a refused read (checkAndLoad).
    await load.abort()
    expect(await images()).toEqual(before)
  }, 120_000)

  it('never copies or decompresses a blob the image does not name: 3 MiB of gzipped zeros (3 GiB unpacked) puts nothing on the daemon', async () => {
    // 48 gzip members of 64 MiB of zeros each, back to back: 3 MiB stored, 3 GiB decompressed.
    const member = gzipSync(Buffer.alloc(64 * 1024 * 1024))
    const bomb = Buffer.concat(Array.from({ length: 48 }, () => member))
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024)
    const good = rockOf([{ entries: APP, stored: 'gzip' }])
    // The stray blob first, as a crafted rock would put it: before the index is known.
    const stray = tarball([{ path: `blobs/sha256/${sha256(bomb)}`, data: bomb }])
    const rock = await write(Buffer.concat([stray.subarray(0, stray.length - 1024), good]))
    const load = new ArchiveLoad(rock, host)
    const copied: string[] = []
    let bytes = 0
    const counting = {
      blob: (hex: string, form: 'tar' | 'raw', size: number) => {
        copied.push(hex)
        const sink = load.blob(hex, form, size)
        return (
          sink && {
            data: (chunk: Buffer) => {
              bytes += chunk.length
              return sink.data(chunk)
            },
            end: () => sink.end()
          }
        )
      }
    }
    const started = Date.now()
    const contents = await readRock(rock, DEFAULT_LIMITS, counting)
    const r = ref()
    expect(await load.finish(r, contents.blobs)).toEqual({ loaded: true })
    expect(copied).not.toContain(sha256(bomb))
    expect(copied).toEqual([contents.blobs.config, ...contents.blobs.layers])
    // The config and one small layer: kilobytes, not gigabytes.
    expect(bytes).toBeLessThan(64 * 1024)
    // Nothing decompressed 3 GiB (that alone takes several seconds here).
    expect(Date.now() - started).toBeLessThan(10_000)
    const loaded = await inspect(r)
    expect(loaded.RootFS.Layers).toEqual(contents.diffIds)
  }, 120_000)

  it('leaves no image when Ctrl-C stops docker load right after the archive went whole: the cleanup waits for the daemon, then removes it', async () => {
    const noise = Buffer.alloc(2 * 1024 * 1024)
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 251
    const rock = await write(
      rockOf([{ entries: [...APP, { path: 'noise.bin', data: noise }], stored: 'gzip' }])
    )
    const r = runImage('flask-rock-interrupt-test', '0.1')
    refs.push(r)
    const load = new ArchiveLoad(rock, host)
    const contents = await readRock(rock, DEFAULT_LIMITS, load)
    const finishing = load.finish(r, contents.blobs)
    // The interrupt handler's first move: every child stopped, docker load among them.
    await new Promise(resolve => setTimeout(resolve, 50))
    await stopChildren()
    const result = await finishing
    const warnings: string[] = []
    await cleanupSmoke(
      { smokeImage: r },
      {
        info: () => undefined,
        warning: line => void warnings.push(line),
        group: (_t, body) => body()
      },
      { dockerHost: host }
    )
    expect(warnings).toEqual([])
    // Whatever the daemon did with the load, the image is gone now and stays gone.
    await new Promise(resolve => setTimeout(resolve, 2000))
    expect(await imageExists(r, host)).toBe(false)
    expect(result.loaded === true || /docker load/.test(result.why)).toBe(true)
  }, 120_000)

  it('does not hold the read when docker load ends early (no daemon there): it says why', async () => {
    // A layer of a few MiB: more than the pipes hold, so a copy waiting on a dead load would stall.
    const noise = Buffer.alloc(4 * 1024 * 1024)
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 251
    const rock = await write(
      rockOf([{ entries: [{ path: 'noise.bin', data: noise }], stored: 'gzip' }])
    )
    const load = new ArchiveLoad(rock, 'unix:///nonexistent/flask-rock-test.sock')
    const started = Date.now()
    const contents = await readRock(rock, DEFAULT_LIMITS, load)
    // Far below the copy's 60 s stall limit: the ended load let the read go on at once.
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(await load.finish(ref(), contents.blobs)).toEqual({
      loaded: false,
      why: expect.stringMatching(
        /^docker load ended early \(exit code 1\): .*(Cannot connect to the Docker daemon|no such file)/
      )
    })
  }, 120_000)

  it('leaves nothing when stopped after the read (a refused rock)', async () => {
    const rock = await write(rockOf([{ entries: APP, stored: 'gzip' }]))
    const before = await images()
    const load = new ArchiveLoad(rock, host)
    await readRock(rock, DEFAULT_LIMITS, load)
    await load.abort()
    expect(await images()).toEqual(before)
    // Stopped is final: a later finish loads nothing, and says so.
    expect(await load.finish(ref(), { config: '0'.repeat(64), layers: [] })).toEqual({
      loaded: false,
      why: 'stopped'
    })
  }, 120_000)
})
