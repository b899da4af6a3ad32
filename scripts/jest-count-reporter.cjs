// Ends every test run with one plain line, "tests: N passed, N failed, N skipped", that CI can read.
class CountReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results
    process.stdout.write(
      `tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`
    )
  }
}
module.exports = CountReporter
