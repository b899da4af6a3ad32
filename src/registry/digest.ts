// Manifest digests: what a registry serves is named by the sha256 of its exact bytes.
import { createHash } from 'node:crypto'

export const DIGEST = /^sha256:[a-f0-9]{64}$/

/** sha256:<hex> of a manifest as the registry serves it (JSON, so UTF-8). */
export function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`
}
