// The pure core shared by the action and the flask-rock CLI.
export {
  checkProject,
  renderExpansion,
  ProjectError,
  ProjectUsageError,
  IGNORE_BOOT_MARKER,
  installedLine,
  packProblems,
  type CheckResult,
  type Problem
} from './check.js'
export { checkReport, type CheckReport } from './check-report.js'
export { fixPrime, writeFix } from './fix.js'
export { initRockcraftYaml } from './init.js'
export { CONFIG_FILES_SOURCE, withRockcraftRevision } from './expand.js'
