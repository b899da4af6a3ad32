// The registry edge's one door: prove the registry before the slow steps (proveRegistry),
// publish a rock (publishRock), merge pushed images into one index
// (mergeImages), the post step's removal of a leftover auth file (cleanupPublish), and skopeo for
// the smoke test's load. Inside: the auth file, credentials and fork detection, retries, digests.
// Two leaves are also read directly, past this door, because they load nothing of the runner's
// I/O: image-ref.ts (pure) by input validation in context.ts, as smoke/probes.ts is, and
// skopeo.ts by the smoke test's load, whose code loads no @actions/* (the local CLI runs it).
export { PublishError } from './error.js'
export { publishRock, type PublishOptions, type PublishResult, type PushTarget } from './publish.js'
export { proveRegistry, type ProveOptions, type ProveResult } from './preflight.js'
export {
  indexAnnotations,
  mergeImages,
  type MergeEntry,
  type MergeOptions,
  type MergeResult
} from './merge.js'
export { cleanupPublish } from './auth-file.js'
export { githubEvent } from './credentials.js'
export { mergeProblem, parseRef, sameRepository, type ImageRef } from './image-ref.js'
export { skopeoCommand } from './skopeo.js'
