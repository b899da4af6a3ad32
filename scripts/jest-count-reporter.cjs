// Ends every test run with the lines a person must see: why tests were skipped (jest drops the
// console output of a test file whose tests were all skipped, so skipReason() in
// __tests__/support/real-parts.ts writes them to a file named here), then one plain line,
// "tests: N passed, N failed, N skipped", that CI can read.
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

class CountReporter {
  constructor() {
    // Test workers start after this and inherit it.
    this.skipsFile = path.join(os.tmpdir(), `flask-rock-test-skips-${process.pid}-${Date.now()}`)
    process.env.FLASK_ROCK_TEST_SKIPS_FILE = this.skipsFile
  }

  onRunComplete(_contexts, results) {
    let skips = ''
    try {
      skips = fs.readFileSync(this.skipsFile, 'utf8')
      fs.rmSync(this.skipsFile, { force: true })
    } catch {
      // nothing was skipped for a missing part
    }
    const lines = [...new Set(skips.split('\n').filter(l => l !== ''))]
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results
    process.stdout.write(
      lines.map(l => `${l}\n`).join('') +
        `tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`
    )
  }
}
module.exports = CountReporter
