// skopeo moves rocks (OCI archives) into Docker and registries. rockcraft ships its own as
// rockcraft.skopeo; use that when present so the rock is read by the skopeo that wrote it.
import { onPath } from './exec.js'

export async function skopeoCommand(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return (await onPath('rockcraft.skopeo', env)) ? 'rockcraft.skopeo' : 'skopeo'
}
