import * as core from '@actions/core'
import { getInputs, InputError } from './context.js'
import { saveState } from './state.js'

export async function run(): Promise<void> {
  saveState({ isPost: true })
  try {
    const inputs = getInputs()
    core.info(`Project: ${inputs.projectPath}`)
  } catch (err) {
    core.setFailed(err instanceof InputError ? err.message : String(err))
  }
}
