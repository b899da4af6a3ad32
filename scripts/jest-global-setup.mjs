// Names this test run, so that what it starts (the test Docker daemon) can be told from what
// another run or a person started: workers inherit the variable.
export default function globalSetup() {
  process.env.FLASK_ROCK_TEST_RUN_ID ??= `${process.pid}-${Date.now()}`
}
