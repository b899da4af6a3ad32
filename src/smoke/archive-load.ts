// Loads a rock into Docker from the smoke test's own read of it. The read hands over each blob as
// it streams by (a layer decompressed, as the owner check decompresses it anyway) and this writes
// them to `docker load` as a docker-archive, so the daemon gets no gzip to undo and skopeo no
// archive to unpack first. The image's reference goes in last (manifest.json), once the rock has
// passed its checks: a refused rock is never tagged, and a cut-off archive loads nothing. The
// daemon checks each layer against the config's diff_ids, so a blob that is not what the rock's
// config says fails the load; whatever cannot go this way is loaded by skopeo instead (loadRock).
import { PassThrough } from 'node:stream'
import tarStream from 'tar-stream'
import { run, tailLines, type RunResult } from '../process/exec.js'
import type { BlobCopy, EntrySink } from '../rock/index.js'
import { imageExists, LOAD_TIMEOUT_MS } from './docker.js'

/** How long a write may wait for `docker load` to take more before the copy gives up. */
const STALL_MS = 60_000

/** How `docker load` ended, in its exit code and its own last line. */
function ended(how: string, r: RunResult): string {
  const said = tailLines(r.stderr, 1)
  return `docker load ${how} (exit code ${r.code})${said ? `: ${said}` : ''}`
}

/**
 * References whose whole archive went to `docker load` but whose load was not seen to end (a
 * Ctrl-C stopped the client): the daemon may still tag them a moment later.
 */
const unsettled = new Set<string>()
/** How long an interrupted run's cleanup waits for such a load to tag its image. */
export const LOAD_SETTLE_MS = 20_000

/**
 * Waits (at most `boundMs`) until a load of `ref` this process handed whole to the daemon shows
 * its image, so that the cleanup's `docker image rm` finds it; at once for any other reference.
 */
export async function loadSettled(
  ref: string,
  host?: string,
  boundMs = LOAD_SETTLE_MS
): Promise<void> {
  if (!unsettled.has(ref)) return
  const until = Date.now() + boundMs
  while (Date.now() < until) {
    if (await imageExists(ref, host)) break
    await new Promise(resolve => setTimeout(resolve, 250))
  }
  unsettled.delete(ref)
}

export type ArchiveLoadResult = { loaded: true } | { loaded: false; why: string }

export class ArchiveLoad implements BlobCopy {
  private pack: tarStream.Pack | undefined
  private loading: Promise<RunResult> | undefined
  private failure: string | undefined
  /** Settles when the copy fails or `docker load` ends: no write waits past it. */
  private readonly over: Promise<void>
  private endOver!: () => void
  private readonly stop = new AbortController()
  /** Blobs copied whole, by sha256 hex: their names in the archive. */
  private readonly names = new Map<string, string>()

  constructor(
    private readonly rock: string,
    private readonly host?: string
  ) {
    this.over = new Promise(resolve => (this.endOver = resolve))
  }

  /** Starts `docker load` on the first blob: a rock that is no archive runs nothing. */
  private start(): tarStream.Pack {
    if (this.pack) return this.pack
    const pack = tarStream.pack()
    const stdin = new PassThrough()
    pack.on('error', () => stdin.destroy())
    pack.pipe(stdin)
    this.pack = pack
    this.loading = run('docker', [...(this.host ? ['-H', this.host] : []), 'load'], {
      what: `load ${this.rock} into Docker`,
      timeoutMs: LOAD_TIMEOUT_MS,
      input: stdin,
      signal: this.stop.signal
    })
    // Ended before the archive did (a daemon it cannot reach): no write waits for it any more.
    this.loading.then(
      r => this.fail(ended('ended early', r)),
      (err: Error) => this.fail(err.message.split('\n')[0])
    )
    return pack
  }

  private fail(why: string): void {
    this.failure ??= why
    this.endOver()
  }

  blob(hex: string, form: 'tar' | 'raw', size: number): EntrySink | undefined {
    if (this.failure) return undefined
    const name = form === 'tar' ? `${hex}.tar` : `${hex}.blob`
    const entry = this.start().entry({ name, size, mode: 0o644 })
    // tar-stream's own check: an entry that ends short of its size.
    entry.on('error', (err: Error) => this.fail(`writing ${name}: ${err.message}`))
    let written = 0
    return {
      data: async chunk => {
        if (this.failure) return
        written += chunk.length
        if (written > size) {
          this.fail(`a blob ${hex.slice(0, 12)} is longer than its size said (${size} bytes)`)
          return
        }
        if (entry.write(chunk)) return
        let timer: NodeJS.Timeout | undefined
        await Promise.race([
          new Promise<void>(resolve => entry.once('drain', () => resolve())),
          this.over,
          new Promise<void>(resolve => {
            timer = setTimeout(() => {
              this.fail(`docker load took no input for ${STALL_MS / 1000} s`)
              resolve()
            }, STALL_MS)
          })
        ])
        clearTimeout(timer)
      },
      end: () => {
        if (this.failure) return
        entry.end(null)
        this.names.set(hex, name)
      }
    }
  }

  /**
   * Names the image `ref` and ends the archive; resolves when Docker has it, or says why not (the
   * caller loads it another way). `blobs`: the image's config and layers, as the read found them.
   */
  async finish(
    ref: string,
    blobs: { config: string; layers: string[] }
  ): Promise<ArchiveLoadResult> {
    if (!this.pack)
      return { loaded: false, why: 'this process read the rock before, so no blob streamed to it' }
    if (this.failure) {
      const why = this.failure
      await this.abort()
      return { loaded: false, why }
    }
    // Every blob the read found went whole into the archive (a blob it could not copy is a
    // failure above); a name missing here is Docker's to refuse.
    const manifest = [
      {
        Config: this.names.get(blobs.config),
        RepoTags: [ref],
        Layers: blobs.layers.map(h => this.names.get(h))
      }
    ]
    this.pack.entry({ name: 'manifest.json', mode: 0o644 }, JSON.stringify(manifest))
    this.pack.finalize()
    unsettled.add(ref)
    const result = await this.loading!.catch((err: Error) => err)
    // Killed (an interrupt: the docker client exits 130 or 143 on SIGINT or SIGTERM), the daemon
    // may finish the load anyway: left unsettled for the cleanup.
    const killed =
      !(result instanceof Error) &&
      (result.signal !== null || [130, 143].includes(result.code ?? 0))
    if (!killed) unsettled.delete(ref)
    if (result instanceof Error) return { loaded: false, why: result.message.split('\n')[0] }
    if (result.code !== 0 || result.timedOut) {
      return {
        loaded: false,
        why: result.timedOut
          ? `docker load did not finish within ${LOAD_TIMEOUT_MS / 60_000} minutes`
          : ended('failed', result)
      }
    }
    return { loaded: true }
  }

  /** Stops the load (the archive never named an image: nothing is tagged). */
  async abort(): Promise<void> {
    this.fail('stopped')
    if (!this.loading) return
    this.stop.abort()
    this.pack?.destroy()
    await this.loading.catch(() => undefined)
  }
}
