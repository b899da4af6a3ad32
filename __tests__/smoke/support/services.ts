// The Pebble layer of a test rock, written from the flask-framework expansion's `services`
// (facts §1). This is the ONE place that says what the expansion produces for the smoke tests:
// once the core's checkProject() lands, return its expanded.services here instead.
import { stringify } from 'yaml'

export type Worker = 'sync' | 'gevent'

export interface PebbleService {
  override: 'replace' | 'merge'
  startup: 'enabled' | 'disabled'
  command: string
  summary?: string
  after?: string[]
  user?: string
}

export function expandedServices(wsgi: string, worker: Worker): Record<string, PebbleService> {
  return {
    flask: {
      override: 'replace',
      startup: 'enabled',
      after: ['statsd-exporter'],
      user: '_daemon_',
      command: `/bin/python3 -m gunicorn -c /flask/gunicorn.conf.py '${wsgi}' -k [ ${worker} ]`
    },
    'statsd-exporter': {
      override: 'merge',
      command:
        '/bin/statsd_exporter --statsd.mapping-config=/statsd-mapping.conf --statsd.listen-udp=localhost:9125 --statsd.listen-tcp=localhost:9125',
      summary: 'statsd exporter service',
      startup: 'enabled',
      user: '_daemon_'
    }
  }
}

/** The layer file rockcraft writes at /var/lib/pebble/default/layers/001-rockcraft-<name>.yaml. */
export function pebbleLayerYaml(services: Record<string, PebbleService>): string {
  return stringify({ summary: 'Rock layer', description: 'Services of the test rock', services })
}

/** /flask/gunicorn.conf.py as the extension's config-files part ships it (facts §1). */
export const GUNICORN_CONF = `"""gunicorn configuration."""

bind = ["0.0.0.0:8000"]
chdir = "/flask/app"
statsd_host = "localhost:9125"
`

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
