// What changes between two rocks (issue 26): `flask-rock diff OLD NEW` and the action's input
// compare-to. Each side is a .rock, an OCI layout directory or an image reference; both are read
// side by side, each within the rock read's bounds, and compared (compare.ts), then shown as text
// or as the job summary's section (render.ts).
import * as os from 'node:os'
import { compareSides, type RockDiff } from './compare.js'
import { readSides, type SideOptions } from './read.js'

export {
  compareSides,
  type BuildSbom,
  type Changed,
  type FileChange,
  type LayerChange,
  type RockDiff,
  type VersionChanges
} from './compare.js'
export { diffHtml, diffText, FILES_LISTED, shown, sizeText } from './render.js'
export {
  DiffError,
  NoSuchImage,
  readSide,
  readSides,
  type RockSide,
  type SideOptions
} from './read.js'

export interface DiffOptions extends Omit<SideOptions, 'tempDir'> {
  /** Where the private temp dir for copied sides goes (default the OS's). */
  tempParent?: string
}

/** Reads both sides side by side and compares them. Throws DiffError (NoSuchImage) for a side it cannot read. */
export async function diffRocks(
  oldSide: string,
  newSide: string,
  opts: DiffOptions = {}
): Promise<RockDiff> {
  const { tempParent, ...sideOpts } = opts
  // The SBOM's readers and the CycloneDX library load while the sides are read, not before.
  const sbom = import('../sbom/build.js')
  sbom.catch(() => undefined)
  const [a, b] = await readSides(oldSide, newSide, tempParent ?? os.tmpdir(), sideOpts)
  return compareSides(a, b, (await sbom).buildSbom)
}

/** The diff as the JSON file the action writes (output `diff`) and `--format json` prints. */
export function diffJson(d: RockDiff): string {
  return JSON.stringify(d, null, 2) + '\n'
}
