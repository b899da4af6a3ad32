// `flask-rock check --fix`'s edit of rockcraft.yaml: the prime list the check asks for, written
// where the file's layout puts it, every other byte kept. Whole files in, whole files out.
import { describe, expect, it } from '@jest/globals'
import { fixPrime } from '../../src/core/fix.js'

const HEAD = `name: shop # the rock's name
base: ubuntu@24.04
version: "1.0"
summary: A shop
description: |
  It sells.
platforms:
  amd64:
  # arm64:
extensions: [flask-framework]
`

describe('fixPrime', () => {
  it("no parts: the template's commented `# parts:` becomes the real one, its install-app section the block", () => {
    const text = `${HEAD}\n# parts: # uncomment this line to add or change any part\n#   flask-framework/install-app:\n`
    expect(fixPrime(text, { prime: ['flask/app/app.py', 'flask/app/config.py'] })).toEqual({
      text: `${HEAD}\nparts:\n  flask-framework/install-app:\n    prime:\n      - flask/app/app.py\n      - flask/app/config.py\n`,
      changes: [
        'wrote parts.flask-framework/install-app.prime: flask/app/app.py, flask/app/config.py (what ships today and what the rock lacks)'
      ]
    })
  })

  it("rockcraft init's template: one parts block, the other commented parts kept below it", () => {
    const text = `${HEAD}
# uncomment the sections you need and adjust according to your requirements.
# parts:  # you need to uncomment this line to add or update any part.

#   flask-framework/install-app:
#     prime:
#       # By default, only the files in app/, templates/, static/, migrate, migrate.sh,
#       # migrate.py and app.py are copied into the image.
#       - flask/app/.env
#       - flask/app/app.py

#   flask-framework/dependencies:
#     stage-packages:
#       - libpq5
`
    const fixed = fixPrime(text, { prime: ['flask/app/app.py', 'flask/app/models'] }).text
    expect(fixed).toBe(`${HEAD}
# uncomment the sections you need and adjust according to your requirements.
parts:

  flask-framework/install-app:
    prime:
      - flask/app/app.py
      - flask/app/models

#   flask-framework/dependencies:
#     stage-packages:
#       - libpq5
`)
    expect(fixed.match(/parts:/g)).toHaveLength(1)
    const crlf = text.replace(/\n/g, '\r\n')
    expect(fixPrime(crlf, { prime: ['flask/app/app.py', 'flask/app/models'] }).text).toBe(
      fixed.replace(/\n/g, '\r\n')
    )
  })

  it('no parts and no template: the block is appended, CRLF kept', () => {
    const text = `${HEAD}# the end\n`.replace(/\n/g, '\r\n')
    expect(fixPrime(text, { prime: ['flask/app/app.py'] }).text).toBe(
      `${HEAD}# the end\nparts:\n  flask-framework/install-app:\n    prime:\n      - flask/app/app.py\n`.replace(
        /\n/g,
        '\r\n'
      )
    )
  })

  it('the last exclusion removed: the include list takes its place, never an empty prime', () => {
    const text = `${HEAD}parts:\n  flask-framework/install-app:\n    prime:\n      # keep the secrets out\n      - -flask/app/config.py\n    stage-packages: [libpq5]\n`
    expect(
      fixPrime(text, {
        remove: ['-flask/app/config.py'],
        prime: ['flask/app/app.py', 'flask/app/config.py']
      })
    ).toEqual({
      text: `${HEAD}parts:\n  flask-framework/install-app:\n    prime:\n      # keep the secrets out\n      - flask/app/app.py\n      - flask/app/config.py\n    stage-packages: [libpq5]\n`,
      changes: [
        'replaced -flask/app/config.py in parts.flask-framework/install-app.prime by what ships: flask/app/app.py, flask/app/config.py (an empty prime list would ship the default list)'
      ]
    })
  })

  it('a block prime list with comments: the new entries go after its last item, at its indent', () => {
    const text = `${HEAD}parts:
  flask-framework/install-app:
    # what ships
    prime:
    - flask/app/app.py # the entrypoint
    # templates too
    - flask/app/templates
  # after the list
  other-part:
    plugin: nil
`
    expect(
      fixPrime(text, { prime: ['flask/app/app.py', 'flask/app/templates', 'flask/app/models'] })
    ).toEqual({
      text: `${HEAD}parts:
  flask-framework/install-app:
    # what ships
    prime:
    - flask/app/app.py # the entrypoint
    # templates too
    - flask/app/templates
    - flask/app/models
  # after the list
  other-part:
    plugin: nil
`,
      changes: ['added flask/app/models to parts.flask-framework/install-app.prime']
    })
  })

  it('parts without the install-app part, and a part without prime, CRLF kept', () => {
    const text = `${HEAD}parts:\n    my-part:\n        plugin: nil\n`.replace(/\n/g, '\r\n')
    expect(fixPrime(text, { prime: ['flask/app/app.py', 'flask/app/db.py'] }).text).toBe(
      `${HEAD}parts:\n    my-part:\n        plugin: nil\n    flask-framework/install-app:\n      prime:\n        - flask/app/app.py\n        - flask/app/db.py\n`.replace(
        /\n/g,
        '\r\n'
      )
    )
    const part = `${HEAD}parts:\n  flask-framework/install-app:\n    stage-packages: [libpq5] # for psycopg\n`
    expect(fixPrime(part, { prime: ['flask/app/app.py'] }).text).toBe(
      `${part}    prime:\n      - flask/app/app.py\n`
    )
  })

  it('empty parts, part and prime keys are filled in place', () => {
    expect(fixPrime(`${HEAD}parts:\n# later\n`, { prime: ['flask/app/app.py'] }).text).toBe(
      `${HEAD}parts:\n  flask-framework/install-app:\n    prime:\n      - flask/app/app.py\n# later\n`
    )
    expect(
      fixPrime(`${HEAD}parts:\n  flask-framework/install-app:\n    prime:\n`, {
        prime: ['flask/app/app.py']
      }).text
    ).toBe(`${HEAD}parts:\n  flask-framework/install-app:\n    prime:\n      - flask/app/app.py\n`)
  })

  it('exclude mode: the exclusions that drop a module are removed, their lines only', () => {
    const text = `${HEAD}parts:\n  flask-framework/install-app:\n    prime:\n      - -flask/app/README.md\n      - -flask/app/config.py # secrets?\n      - -flask/app/tests\n`
    expect(fixPrime(text, { remove: ['-flask/app/config.py'] })).toEqual({
      text: `${HEAD}parts:\n  flask-framework/install-app:\n    prime:\n      - -flask/app/README.md\n      - -flask/app/tests\n`,
      changes: ['removed -flask/app/config.py from parts.flask-framework/install-app.prime']
    })
  })

  it('a flow prime list is extended in place; a flow mapping on the way is refused, the file untouched', () => {
    const text = `${HEAD}parts:\n  flask-framework/install-app:\n    prime: [flask/app/app.py, "flask/app/static"] # shipped\n`
    expect(
      fixPrime(text, { prime: ['flask/app/app.py', 'flask/app/static', 'flask/app/config.py'] })
        .text
    ).toBe(
      `${HEAD}parts:\n  flask-framework/install-app:\n    prime: [flask/app/app.py, "flask/app/static", flask/app/config.py] # shipped\n`
    )
    const flow = `${HEAD}parts: {flask-framework/install-app: {prime: [flask/app/app.py]}}\n`
    expect(() => fixPrime(flow, { prime: ['flask/app/app.py', 'flask/app/config.py'] })).toThrow(
      'cannot fix rockcraft.yaml in place (it is written in flow style); set parts.flask-framework/install-app.prime to [flask/app/app.py, flask/app/config.py] yourself'
    )
  })
})

describe('fixPrime on Ubuntu 26.04', () => {
  it("names the part as that base's extension does (flask-framework.install-app)", () => {
    const text = HEAD.replace('ubuntu@24.04', 'ubuntu@26.04')
    expect(fixPrime(text, { prime: ['app/app.py', 'app/config.py'] })).toEqual({
      text: `${text}parts:\n  flask-framework.install-app:\n    prime:\n      - app/app.py\n      - app/config.py\n`,
      changes: [
        'wrote parts.flask-framework.install-app.prime: app/app.py, app/config.py (what ships today and what the rock lacks)'
      ]
    })
  })
})
