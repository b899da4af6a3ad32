// The flask-framework's metrics, as the rock's statsd_exporter serves them on :9102/metrics.

export interface SmokeMetrics {
  /** flask_requests */
  requests: number
  /** flask_response_code by status */
  responseCodes: Record<string, number>
}

/** flask_requests and flask_response_code{status=...} from Prometheus text (others ignored). */
export function parseMetrics(text: string): SmokeMetrics {
  const metrics: SmokeMetrics = { requests: 0, responseCodes: {} }
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(line)
    if (!m) continue
    const value = Number(m[3])
    if (!Number.isFinite(value)) continue
    if (m[1] === 'flask_requests' && !m[2]) metrics.requests = value
    if (m[1] === 'flask_response_code') {
      const status = /status="([^"]*)"/.exec(m[2] ?? '')?.[1]
      if (status) metrics.responseCodes[status] = value
    }
  }
  return metrics
}
