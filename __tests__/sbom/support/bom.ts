// The parts of a CycloneDX document the SBOM tests read.

export interface Component {
  name: string
  version?: string
  purl?: string
  properties?: { name: string; value: string }[]
  components?: Component[]
}
