// The pack stage's one door: main checks the expansion against the installed rockcraft and
// packs through packStage; the post step saves the cache through savePackCache. Everything else
// in this folder is its inside.
export { packStage, type PackInputs, type PackStageResult } from './stage.js'
export { savePackCache } from './cache.js'
export { expansionForInstalledRockcraft } from './revision.js'
