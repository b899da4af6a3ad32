// The post step with real cleanup code: whatever main left behind is removed, and nothing
// outside our own temporary directories is touched.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { post } from '../src/post-step.js'

const STATE = 'STATE_flask-rock'

afterEach(() => {
  delete process.env[STATE]
  jest.restoreAllMocks()
})

describe('post', () => {
  it('removes the smoke env file, the registry auth file and the run temp dir', async () => {
    const root = mkdtempSync(join(tmpdir(), 'post-test-'))
    const tempDir = join(root, 'flask-rock-run')
    // Beside the run temp dir, not in it: removing the temp dir must not hide a missed cleanup.
    const envDir = join(root, 'flask-rock-smoke-x')
    const authDir = join(root, 'flask-rock-publish-y')
    for (const d of [tempDir, envDir, authDir]) mkdirSync(d, { recursive: true })
    writeFileSync(join(envDir, 'smoke.env'), 'SECRET=1\n', { mode: 0o600 })
    writeFileSync(join(authDir, 'auth.json'), '{"auths":{}}', { mode: 0o600 })
    writeFileSync(join(root, 'keep-me'), 'not ours')
    process.env[STATE] = JSON.stringify({
      isPost: true,
      envFile: join(envDir, 'smoke.env'),
      authFile: join(authDir, 'auth.json'),
      tempDir
    })
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    await post()
    expect(existsSync(tempDir)).toBe(false)
    expect(existsSync(envDir)).toBe(false)
    expect(existsSync(authDir)).toBe(false)
    expect(existsSync(join(root, 'keep-me'))).toBe(true)
  })

  it('does nothing when main never ran', async () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    await post()
    expect(write).not.toHaveBeenCalled()
  })
})
