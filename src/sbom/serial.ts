// The SBOM's serialNumber: a name-based UUID (RFC 4122 version 5) of the rock's manifest digest,
// so the same rock always gets the same serial number, and two rocks never share one.
// actions/attest (and attest-sbom) accept a CycloneDX file only when it has one.
import { createHash } from 'node:crypto'

/** RFC 4122's namespace for names that are URLs (Appendix C, NameSpace_URL). */
const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'

/** A version 5 UUID of `name` in `namespace` (RFC 4122 4.3: SHA-1, version and variant bits set). */
export function uuidV5(name: string, namespace = NAMESPACE_URL): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
  hash[6] = (hash[6] & 0x0f) | 0x50
  hash[8] = (hash[8] & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** `urn:uuid:<uuid>` for the SBOM of the rock whose manifest digest is `digest` (sha256:...). */
export function sbomSerialNumber(digest: string): string {
  // The name is the rock as a purl names it by digest: a URL-like name, stable across runs.
  return `urn:uuid:${uuidV5(`pkg:oci/rock@${encodeURIComponent(digest)}`)}`
}
