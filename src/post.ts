// The post step: runs after the job's other steps, also when main failed or was cancelled.
import * as core from '@actions/core'
import { loadState } from './state.js'

export async function post(): Promise<void> {
  const state = loadState()
  if (!state.isPost) return
  core.info('Nothing to clean up.')
}

await post()
