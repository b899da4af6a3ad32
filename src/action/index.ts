// The action's main entry: everything lives in main.ts so tests can call run() directly.
import { run } from './main.js'

await run()
