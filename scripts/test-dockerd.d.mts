// Types of scripts/test-dockerd.mjs for the TypeScript tests.
export const TEST_DOCKERD_ROOT: string
export const TEST_DOCKER_HOST: string
export function command(
  file: string,
  args: string[],
  timeoutMs?: number
): Promise<{ code: number; stdout: string; stderr: string }>
export function answers(host: string): Promise<boolean>
export function answeringDaemon(env: NodeJS.ProcessEnv): Promise<string | undefined>
export function removeBridge(root: string): Promise<void>
export function stopDaemon(root: string): Promise<'stopped' | 'gone'>
