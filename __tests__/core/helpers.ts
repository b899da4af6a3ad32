// Temp projects on disk for the core's tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

// rockcraft's unit-test project, plus the summary and description its Project model requires.
export const FLASK_YAML = {
  name: 'foo-bar',
  summary: 'A Flask app',
  description: 'It serves.',
  base: 'ubuntu@22.04',
  platforms: { amd64: {} },
  extensions: ['flask-framework']
}

const made: string[] = []

/** Files (string or Buffer content) and directories (value null) under a fresh temp dir. */
export function project(
  files: Record<string, string | Buffer | null>,
  yaml?: Record<string, unknown>
): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'flask-rock-core-'))
  made.push(dir)
  if (yaml) writeFileSync(path.join(dir, 'rockcraft.yaml'), JSON.stringify(yaml, null, 2))
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel)
    if (content === null) {
      mkdirSync(full, { recursive: true })
    } else {
      mkdirSync(path.dirname(full), { recursive: true })
      writeFileSync(full, content)
    }
  }
  return dir
}

export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}
