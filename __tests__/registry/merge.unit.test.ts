import { describe, expect, it } from '@jest/globals'
import { buildahMessage, indexAnnotations } from '../../src/registry/merge.js'

describe('indexAnnotations', () => {
  it('takes source, revision and created from the runner', () => {
    expect(
      indexAnnotations(
        {
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'org/app',
          GITHUB_SHA: 'a'.repeat(40)
        },
        new Date('2026-11-25T12:00:00Z')
      )
    ).toEqual({
      'org.opencontainers.image.source': 'https://github.com/org/app',
      'org.opencontainers.image.revision': 'a'.repeat(40),
      'org.opencontainers.image.created': '2026-11-25T12:00:00.000Z'
    })
  })

  it('leaves out what a local run does not know', () => {
    expect(indexAnnotations({ GITHUB_REPOSITORY: 'org/app' }, new Date(0))).toEqual({
      'org.opencontainers.image.created': '1970-01-01T00:00:00.000Z'
    })
  })
})

describe('buildahMessage', () => {
  it('takes the last Error: line with what follows it, past harmless logged errors', () => {
    // As buildah 1.28 prints a push into a repository that lacks the images.
    const stderr = [
      'time="2026-11-25T14:14:46Z" level=error msg="Error while trying to find image on local storage: unsupported transport \\"docker\\" for looking up local images"',
      'Getting image list signatures',
      'Error: Uploading manifest list failed, attempted the following formats: application/vnd.oci.image.index.v1+json(uploading manifest 1.0 to 127.0.0.1:5599/org/other: errors:',
      'manifest blob unknown: blob unknown to registry',
      ')',
      ''
    ].join('\n')
    expect(buildahMessage(stderr)).toBe(
      'Uploading manifest list failed, attempted the following formats: application/vnd.oci.image.index.v1+json(uploading manifest 1.0 to 127.0.0.1:5599/org/other: errors: manifest blob unknown: blob unknown to registry )'
    )
  })

  it('falls back to the last logrus error when there is no Error: line', () => {
    expect(buildahMessage('time="x" level=fatal msg="reading manifest: unauthorized"\n')).toBe(
      'reading manifest: unauthorized'
    )
  })
})
