// Temp projects on disk for the core's tests, and the PyYAML oracle.
import { execFileSync } from 'node:child_process'
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

// Debian's PyYAML (under /usr/bin/python3) dumping with craft-application's settings: the oracle
// for how `rockcraft expand-extensions` prints.
const CRAFT_DUMP = `
import json, sys, yaml
def repr_str(dumper, data):
    if "\\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)
yaml.add_representer(str, repr_str, Dumper=yaml.SafeDumper)
docs = json.load(sys.stdin)
json.dump([yaml.dump(d, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True) for d in docs], sys.stdout)
`

/** What PyYAML prints for each document, dumped the way craft-application dumps a project. */
export function pyyamlDump(docs: unknown[]): string[] {
  const out = execFileSync('/usr/bin/python3', ['-c', CRAFT_DUMP], {
    input: JSON.stringify(docs),
    maxBuffer: 64 << 20
  })
  return JSON.parse(out.toString('utf8')) as string[]
}
