// `flask-rock smoke` names its image after the rock's own name and version, as the action does
// (NAME:VERSION-smoke-<12 hex>): the name from its Pebble layer (001-<name>.yaml, as rockcraft
// writes it), the version from its label org.opencontainers.image.version. The rock is untrusted:
// only a name rockcraft itself would take is used.
import { describe, expect, it } from '@jest/globals'
import { rockIdentity } from '../../src/smoke/load.js'

const LAYERS = 'var/lib/pebble/default/layers'
const VERSION = 'org.opencontainers.image.version'

describe('rockIdentity', () => {
  it('reads a rockcraft rock: its Pebble layer and its version label', () => {
    expect(rockIdentity([`${LAYERS}/001-flask-sync.yaml`], { [VERSION]: '0.1' })).toEqual({
      name: 'flask-sync',
      version: '0.1'
    })
  })
  it('falls back to "rock" and no version for what rockcraft would not write', () => {
    const hostile = [
      `${LAYERS}/001-../../etc.yaml`,
      `${LAYERS}/001-Upper.yaml`,
      `${LAYERS}/001-a--b.yaml`,
      `${LAYERS}/001-${'a'.repeat(41)}.yaml`,
      `${LAYERS}/1-short.yaml`,
      `${LAYERS}/001-app.yml`
    ]
    expect(rockIdentity(hostile, { [VERSION]: 12 })).toEqual({ name: 'rock' })
    expect(rockIdentity([], { [VERSION]: '  ' })).toEqual({ name: 'rock' })
  })
  it('takes the first layer with a name rockcraft takes', () => {
    expect(
      rockIdentity([`${LAYERS}/001-Bad.yaml`, `${LAYERS}/002-good-app.yaml`], {
        [VERSION]: '2:1.0'
      })
    ).toEqual({ name: 'good-app', version: '2:1.0' })
  })
})
