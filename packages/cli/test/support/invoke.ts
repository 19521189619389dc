import { Readable } from "node:stream"
import { Output, run } from "../../src/index.js"

/** What one in-process run of the CLI printed, and its exit code. */
export interface Invocation {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs the CLI in-process on `argv` with `stdin` (text or a stream; empty by default) and collects what it writes:
 * the one runner of every CLI test (no terminal on stderr, so no progress line).
 */
export const invoke = async (argv: ReadonlyArray<string>, stdin: string | Readable = ""): Promise<Invocation> => {
  const stdout = Output.collect()
  const stderr = Output.collect()
  const input = typeof stdin === "string" ? Readable.from([stdin]) : stdin
  const code = await run(argv, { stdin: input, stdout, stderr, stderrTty: undefined })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}
