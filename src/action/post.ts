// The action's post entry: everything lives in post-step.ts so tests can call post() directly.
import { post } from './post-step.js'

await post()
