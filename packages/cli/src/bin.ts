#!/usr/bin/env node
import { run } from "./index.js"
/**
 * The `osallistava` binary.
 */
import * as Output from "./io/output.js"

const stdout = Output.fromStream(process.stdout)
const stderr = Output.fromStream(process.stderr)

// A closed pipe (`osallistava … | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0)
})

run(process.argv.slice(2), { stdin: process.stdin, stdout, stderr, stderrTty: process.stderr }).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    // Only the error's class: an internal message might quote input, and input may hold personal data.
    process.stderr.write(`internal error (${e instanceof Error ? e.name : "unknown"}); please report it\n`)
    process.exitCode = 1
  }
)
