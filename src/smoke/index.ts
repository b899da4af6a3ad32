// The smoke test: what the action (main, post) and `flask-rock smoke` use.
export { SmokeError } from './error.js'
export { consoleLog, type SmokeLog } from './log.js'
export { dockerTag, isRunImage, runImage, taggedImage } from './image.js'
export { parseConcurrency, parseProbe, parseProbes, probeText, type Probe } from './probes.js'
export {
  workerOfCommand,
  workerOfLayers,
  workerPlan,
  type RockWorker,
  type Worker
} from './worker.js'
export { cleanupSmoke } from './cleanup.js'
export { APP_PORT, METRICS_PORT, SMOKE_LABEL } from './start.js'
export {
  smokeTest,
  startSmoke,
  type SmokeLeftovers,
  type SmokeOptions,
  type SmokeResult,
  type SmokeRun
} from './run.js'
