// The parts of a CycloneDX document the SBOM tests read.

export interface Component {
  type?: string
  name: string
  version?: string
  'bom-ref'?: string
  purl?: string
  properties?: { name: string; value: string }[]
  components?: Component[]
}
