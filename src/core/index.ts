// The pure core shared by the action and the flask-rock CLI.
export {
  checkProject,
  renderExpansion,
  ProjectError,
  type CheckResult,
  type Problem
} from './check.js'
export { initRockcraftYaml } from './init.js'
export { CONFIG_FILES_SOURCE, withRockcraftRevision } from './expand.js'
