// What the main step leaves for the post step (cache save, cleanup after a cancelled run).
// The post step does not trust it: anything could have rewritten it (see owned.ts).
import { randomBytes } from 'node:crypto'
import * as core from './runner-io.js'

/** This run of the main step: its smoke containers carry it as RUN_LABEL. */
export const RUN_ID = randomBytes(8).toString('hex')
/** The label naming the run that started a container: the post step removes only its own. */
export const RUN_LABEL = 'flask-rock-action.run'

export interface PostState {
  /** Set by main so that the post step knows it runs after it. */
  isPost?: boolean
  /** RUN_ID of the main step. */
  runId?: string
  /** Cache: the key main tried, the key it restored (exact or by prefix), the project's base
   * (which picks the base image directory to save; the post step computes every path itself). */
  cacheKey?: string
  cacheMatchedKey?: string
  cacheBase?: string
  /** Set only after a successful pack: the post step saves the cache only then. */
  packSucceeded?: boolean
  /** Smoke test leftovers to remove if main did not get to it. */
  containerName?: string
  envFile?: string
  /** An image the smoke test loaded under a reference of its own, removed when the job ends. */
  smokeImage?: string
  /** Registry auth file to remove if main did not get to it. */
  authFile?: string
  /** Directory of our temporary files for this run. */
  tempDir?: string
}

/** The runner's state file cannot be written: reported as one line. */
export class StateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StateError'
  }
}

const KEY = 'flask-rock'

let current: PostState = {}

/**
 * Records part of the state; each call writes the whole object so the post step sees the latest.
 * Without GITHUB_STATE (a run by hand: no post step) it is kept here only (see local-run.ts).
 */
export function saveState(patch: Partial<PostState>): void {
  current = { ...current, ...patch }
  if (!process.env.GITHUB_STATE) return
  try {
    core.saveState(KEY, JSON.stringify(current))
  } catch (err) {
    throw new StateError(
      `Cannot record the post step's state in GITHUB_STATE (${process.env.GITHUB_STATE}): ${(err as Error).message}`
    )
  }
}

/** The state saved so far by this process. */
export function currentState(): PostState {
  return current
}

export function loadState(): PostState {
  const raw = core.getState(KEY)
  if (raw === '') return {}
  try {
    return JSON.parse(raw) as PostState
  } catch {
    return {}
  }
}
