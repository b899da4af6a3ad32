// A rock's contents, read once as the untrusted archive it is: what the smoke test's owner check
// and the SBOM read.
export { RockError } from './error.js'
export { DEFAULT_LIMITS, type ReadLimits } from './limits.js'
export { GO_PROGRAMS, KEEP_BYTES, type FileKind, type RockFile } from './layers.js'
export {
  readRock,
  readRockOnce,
  type BlobCopy,
  type RockContents,
  type SharedLayers,
  type VerifiedLayer
} from './read.js'
export { TarReader, type EntrySink, type EntryType, type TarHeader } from './tar.js'
