// A run by hand (`npm run example`, `node dist/index.js` with INPUT_ variables) has no runner
// around it: no GITHUB_STATE, so no post step will run, and often no GITHUB_OUTPUT. Outputs then
// go to a file of ours and are printed as plain lines at the end (not the deprecated ::set-output
// command), and what the post step would remove is removed when main ends.
import { readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { stopChildren } from '../process/exec.js'
import { handleInterrupts, interrupted } from '../process/interrupt.js'
import { privateDir } from '../process/private-file.js'
import * as core from './runner-io.js'
import { currentState } from './state.js'
import { infoUntrusted } from '../process/untrusted.js'

export interface LocalRun {
  /** Prints the outputs and removes what this run made. Never throws. */
  finish(): Promise<void>
}

/** A LocalRun when no post step will follow this run (no GITHUB_STATE), else undefined. */
export async function startLocalRun(): Promise<LocalRun | undefined> {
  if (process.env.GITHUB_STATE) return undefined
  core.printAnnotationsPlain()
  let outputsDir: string | undefined
  if (!process.env.GITHUB_OUTPUT) {
    outputsDir = await privateDir(tmpdir(), 'flask-rock-outputs-')
    process.env.GITHUB_OUTPUT = path.join(outputsDir, 'outputs')
    await writeFile(process.env.GITHUB_OUTPUT, '')
  }
  // Ctrl-C or a kill: no post step follows, so the handler does its work (never the cache save).
  handleInterrupts({
    who: 'flask-rock-action',
    stopChildren,
    async cleanup() {
      if (outputsDir) await rm(outputsDir, { recursive: true, force: true }).catch(() => {})
      const { post } = await import('./post-step.js')
      await post({ ...currentState(), cacheKey: undefined })
    }
  })
  return {
    async finish() {
      // The interrupt handler cleans up and exits: what main does meanwhile must not.
      if (interrupted()) return new Promise<void>(() => {})
      if (outputsDir) {
        const text = await readFile(path.join(outputsDir, 'outputs'), 'utf8').catch(() => '')
        // Files in this run's temp dir go with it, just below: say so rather than name a ghost.
        const tempDir = currentState().tempDir
        for (const [name, value] of parseOutputs(text)) {
          const gone = tempDir !== undefined && value.startsWith(tempDir + path.sep)
          infoUntrusted(
            `Output ${name}: ${value}${gone ? ' (removed as this run ends; `npx flask-rock expand DIR` prints the expansion)' : ''}`
          )
        }
        await rm(outputsDir, { recursive: true, force: true })
        delete process.env.GITHUB_OUTPUT
      }
      // Loaded here: a runner's run (the common case) never needs the post step's modules in main.
      const { post } = await import('./post-step.js')
      await post(currentState())
    }
  }
}

/**
 * The outputs a GITHUB_OUTPUT file's `name<<delimiter` records set, in the order first set; an
 * output set twice (worker: by the check, then by the smoke test) has its last value, as on a runner.
 */
export function parseOutputs(text: string): [string, string][] {
  const re = /^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm
  return [...new Map([...text.matchAll(re)].map(m => [m[1], m[3]] as const))]
}
