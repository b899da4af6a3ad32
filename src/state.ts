// What the main step leaves for the post step (cache save, cleanup after a cancelled run).
import * as core from '@actions/core'

export interface PostState {
  /** Set by main so that the post step knows it runs after it. */
  isPost?: boolean
  /** Cache: the key main tried, the key it restored (exact or by prefix), the paths to save. */
  cacheKey?: string
  cacheMatchedKey?: string
  cachePaths?: string[]
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

const KEY = 'flask-rock'

let current: PostState = {}

/** Records part of the state; each call writes the whole object so the post step sees the latest. */
export function saveState(patch: Partial<PostState>): void {
  current = { ...current, ...patch }
  core.saveState(KEY, JSON.stringify(current))
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
