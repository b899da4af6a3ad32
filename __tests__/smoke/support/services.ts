// The Pebble layer of a test rock comes from our own flask-framework expansion of the test
// project (checkProject -> expanded.services), so the smoke tests run what the action renders.
import { stringify } from 'yaml'

export interface PebbleService {
  override: 'replace' | 'merge'
  startup: 'enabled' | 'disabled'
  command: string
  summary?: string
  after?: string[]
  user?: string
  'on-failure'?: 'restart' | 'shutdown' | 'ignore'
}

/** The layer file rockcraft writes at /var/lib/pebble/default/layers/001-<name>.yaml. */
export function pebbleLayerYaml(services: Record<string, PebbleService>): string {
  return stringify({ summary: 'Rock layer', description: 'Services of the test rock', services })
}

/** gunicorn.conf.py as the extension's config-files part ships it (facts §1), for an app directory. */
export function gunicornConf(appDir: string): string {
  return `"""gunicorn configuration."""

bind = ["0.0.0.0:8000"]
chdir = "${appDir}"
statsd_host = "localhost:9125"
`
}

/** /flask/gunicorn.conf.py of a V1 rock. */
export const GUNICORN_CONF = gunicornConf('/flask/app')

/** /statsd-mapping.conf as the extension ships it (facts §1). */
export const STATSD_MAPPING = `mappings:
  - match: gunicorn.request.status.*
    name: flask_response_code
    labels:
      status: $1
  - match: gunicorn.requests
    name: flask_requests
  - match: gunicorn.request.duration
    name: flask_request_duration
`
