// The test rock installs the project as rockcraft's dependencies part does: `pip install .` of a
// pyproject.toml project, offline with Debian's build backend, into the rock's Python path. A
// src/-layout app (fixtures/src-layout-app: app.py imports the bookmarks package under src/, which
// only the install puts where the rock imports from) boots and answers, built with hatchling and
// with setuptools, smoke-tested on the shared daemon; the project's own tree is left as it was.
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, afterEach, beforeAll, expect, it } from '@jest/globals'
import { smokeTest, type SmokeOptions } from '../../src/smoke/index.js'
import { describeWith } from '../support/real-parts.js'
import { ensureTestDockerd } from './support/dockerd.js'
import {
  leftovers,
  removeTestImages,
  smokeOptions,
  testImage,
  useStateFile
} from './support/harness.js'
import { buildTestRock } from './support/rock.js'

const SRC_LAYOUT_APP = path.join(
  path.dirname(new URL(import.meta.url).pathname),
  'fixtures',
  'src-layout-app'
)

const describeReal = await describeWith('the src-layout test rock smoke tests', {
  root: true,
  tools: ['dockerd', 'docker', 'skopeo', 'mmdebstrap', 'unshare', 'setpriv']
})

/** Every file under dir, relative, sorted: what the build must leave unchanged. */
async function tree(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true })
  return entries.sort()
}

describeReal(
  'a src/-layout pyproject project: its test rock holds the project pip-installed',
  () => {
    let host: string
    let work: string
    let stateFile: string
    let options: (patch: Partial<SmokeOptions>) => SmokeOptions

    beforeAll(async () => {
      host = await ensureTestDockerd()
      work = await fs.mkdtemp(path.join(os.tmpdir(), 'flask-rock-project-install-'))
      stateFile = await useStateFile(work)
      options = smokeOptions({
        rock: '',
        // Each case loads its own image (options patch it): a second load under one tag would
        // leave the first image untagged on the daemon.
        image: testImage('bookmarks-hatchling'),
        timeoutSec: 90,
        dockerHost: host,
        tempDir: work,
        probes: [{ method: 'GET', path: '/', expect: 200, contains: 'bookmarks: 1 saved' }]
      })
    }, 120_000)

    afterEach(async () => {
      expect(await leftovers(host, stateFile)).toEqual([])
    })

    afterAll(async () => {
      delete process.env.GITHUB_STATE
      if (host) await removeTestImages(host, ['bookmarks-hatchling', 'bookmarks-setuptools'])
      if (work) await fs.rm(work, { recursive: true, force: true })
    })

    it('hatchling: says what pip installed, and the rock boots and answers', async () => {
      const before = await tree(SRC_LAYOUT_APP)
      const rock = await buildTestRock(
        { app: SRC_LAYOUT_APP, out: path.join(work, 'hatchling.rock') },
        work
      )
      expect(rock.installed).toBe('bookmarks/ (pip install . into the venv, hatchling)')
      expect(rock.notInstalled).toBe("the project's requirements.txt is not installed")
      // Built from a copy: no build/, dist/ or .egg-info in the project.
      expect(await tree(SRC_LAYOUT_APP)).toEqual(before)
      const result = await smokeTest(options({ rock: rock.file }))
      expect(result.status).toBe(200)
    }, 600_000)

    it('setuptools: the same project under setuptools.build_meta boots and answers', async () => {
      const project = path.join(work, 'setuptools-app')
      await fs.cp(SRC_LAYOUT_APP, project, { recursive: true })
      const pyproject = path.join(project, 'pyproject.toml')
      await fs.writeFile(
        pyproject,
        (await fs.readFile(pyproject, 'utf8'))
          .replace('requires = ["hatchling"]', 'requires = ["setuptools"]')
          .replace('"hatchling.build"', '"setuptools.build_meta"')
      )
      const rock = await buildTestRock(
        { app: project, out: path.join(work, 'setuptools.rock') },
        work
      )
      expect(rock.installed).toBe('bookmarks/ (pip install . into the venv, setuptools)')
      const result = await smokeTest(
        options({ rock: rock.file, image: testImage('bookmarks-setuptools') })
      )
      expect(result.status).toBe(200)
    }, 600_000)
  }
)
