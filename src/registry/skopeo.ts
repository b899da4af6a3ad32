// skopeo moves rocks (OCI archives) into Docker and registries. rockcraft ships its own as
// rockcraft.skopeo; use that when present so the rock is read by the skopeo that wrote it.
import { onPath, tailLines } from '../process/exec.js'

export async function skopeoCommand(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return (await onPath('rockcraft.skopeo', env)) ? 'rockcraft.skopeo' : 'skopeo'
}

/** skopeo's own message, without the logrus decoration: `time=... level=fatal msg="..."`. */
export function skopeoMessage(stderr: string): string {
  const lines = tailLines(stderr, 50).split('\n')
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /level=(?:fatal|error) msg="((?:[^"\\]|\\.)*)"/.exec(lines[i])
    if (m) return m[1].replace(/\\(.)/g, '$1')
  }
  return lines[lines.length - 1] ?? ''
}
