import { describe, expect, it } from '@jest/globals'
import { parseRef, sameRepository } from '../../src/registry/image-ref.js'

const d = `sha256:${'b'.repeat(64)}`

describe('parseRef', () => {
  it.each([
    [
      'ghcr.io/org/app:1.0',
      { registry: 'ghcr.io', repository: 'ghcr.io/org/app', path: 'org/app', tag: '1.0' }
    ],
    ['ghcr.io/org/app', { registry: 'ghcr.io', repository: 'ghcr.io/org/app', path: 'org/app' }],
    [
      `ghcr.io/org/app@${d}`,
      { registry: 'ghcr.io', repository: 'ghcr.io/org/app', path: 'org/app', digest: d }
    ],
    [
      `ghcr.io/org/app:1@${d}`,
      { registry: 'ghcr.io', repository: 'ghcr.io/org/app', path: 'org/app', tag: '1', digest: d }
    ],
    [
      'localhost:5000/app',
      { registry: 'localhost:5000', repository: 'localhost:5000/app', path: 'app' }
    ],
    [
      '127.0.0.1:5000/a/b:x',
      { registry: '127.0.0.1:5000', repository: '127.0.0.1:5000/a/b', path: 'a/b', tag: 'x' }
    ],
    ['app:1', { registry: 'docker.io', repository: 'app', path: 'library/app', tag: '1' }],
    ['org/app', { registry: 'docker.io', repository: 'org/app', path: 'org/app' }],
    [
      'index.docker.io/library/app',
      { registry: 'docker.io', repository: 'index.docker.io/library/app', path: 'library/app' }
    ]
  ])('%s', (ref, want) => {
    expect(parseRef(ref)).toEqual(want)
  })
})

describe('sameRepository', () => {
  it('sees one repository through tags, digests and Docker Hub spellings', () => {
    expect(sameRepository('ghcr.io/org/app:1', `ghcr.io/org/app@${d}`)).toBe(true)
    expect(sameRepository('app:1', 'docker.io/library/app')).toBe(true)
    expect(sameRepository('registry-1.docker.io/org/app', 'org/app:2')).toBe(true)
  })
  it('tells registries, ports and paths apart', () => {
    expect(sameRepository('ghcr.io/org/app', 'quay.io/org/app')).toBe(false)
    expect(sameRepository('localhost:5000/app', 'localhost:5001/app')).toBe(false)
    expect(sameRepository('ghcr.io/org/app', 'ghcr.io/org/app/sub')).toBe(false)
  })
})
