// Which gunicorn worker the rock runs, and how to make it run the one asked for.
import { parse as parseYaml } from 'yaml'
import type { WorkerChoice } from '../action/context.js'
import { SmokeError } from './error.js'

export type Worker = 'sync' | 'gevent'

export interface WorkerPlan {
  worker: Worker
  /** Appended to the rock's entrypoint (Pebble): replaces the flask service's default args. */
  args: string[]
}

/** The worker the rock's flask service runs with, and whether `--args flask <worker>` can change it. */
export interface RockWorker {
  worker: Worker
  /** The command has Pebble default arguments: `-k [ <worker> ]`. */
  switchable: boolean
}

/** What to run for a worker choice; throws SmokeError when the choice cannot work. */
export function workerPlan(choice: WorkerChoice, rock: RockWorker): WorkerPlan {
  if (choice === 'auto' || choice === rock.worker) return { worker: rock.worker, args: [] }
  if (choice === 'gevent') {
    throw new SmokeError(
      "worker 'gevent' needs gevent in the project's requirements (requirements.txt or pyproject.toml); add it or use worker 'sync' or 'auto'"
    )
  }
  if (!rock.switchable) {
    throw new SmokeError(
      `worker '${choice}' cannot be forced: the rock's flask service command sets its worker without Pebble default arguments ('-k [ ${rock.worker} ]'); use worker 'auto'`
    )
  }
  return { worker: 'sync', args: ['--args', 'flask', 'sync'] }
}

interface LayerService {
  override?: string
  command?: string
}

/**
 * The flask service's worker from the rock's Pebble layers (file name -> YAML), applied in name
 * order like Pebble. A command without `-k` runs gunicorn's default, sync.
 */
export function workerOfLayers(layers: { name: string; text: string }[]): RockWorker {
  let command: string | undefined
  for (const layer of [...layers].sort((a, b) => a.name.localeCompare(b.name))) {
    if (!/\.ya?ml$/.test(layer.name)) continue
    let doc: { services?: Record<string, LayerService> } | null
    try {
      doc = parseYaml(layer.text) as typeof doc
    } catch {
      throw new SmokeError(`the rock's Pebble layer ${layer.name} is not valid YAML`)
    }
    const flask = doc?.services?.flask
    if (flask?.command !== undefined || flask?.override === 'replace') command = flask.command
  }
  if (command === undefined) {
    throw new SmokeError("the rock has no Pebble service 'flask': is it a flask-framework rock?")
  }
  return workerOfCommand(command)
}

/** The worker of a flask service command. A command without `-k` runs gunicorn's default, sync. */
export function workerOfCommand(command: string): RockWorker {
  const bracketed = /(?:^|\s)(?:-k|--worker-class)\s+\[\s*(\S+)\s*\]/.exec(command)
  const plain = /(?:^|\s)(?:-k|--worker-class)[\s=]+(\S+)/.exec(command)
  const worker = (bracketed?.[1] ?? plain?.[1] ?? 'sync').replace(/^['"]|['"]$/g, '')
  if (worker !== 'sync' && worker !== 'gevent') {
    throw new SmokeError(
      `the rock's flask service uses gunicorn worker '${worker}'; the smoke test knows sync and gevent`
    )
  }
  return { worker, switchable: bracketed !== null }
}

/** The worker class gunicorn reported ("Using worker: gevent"), or undefined. */
export function workerFromLog(log: string): string | undefined {
  return /Using worker: (\S+)/.exec(log)?.[1]
}
