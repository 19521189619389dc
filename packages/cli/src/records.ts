/**
 * Glue for commands that read records: open the input named by the first
 * positional argument (or stdin), run the batch, map the result to an exit code.
 *
 * @since 0.1.0
 */

import * as Result from "effect/Result"
import { type BatchSummary, type Outcome, runBatch } from "./batch.js"
import { type Context, ExitCode, refuse } from "./command.js"
import { type InputFormat, tryOpenInput } from "./io/input.js"
import * as Progress from "./io/progress.js"
import { errorLanguage } from "./messages.js"

/**
 * @since 0.1.0
 */
export const runRecords = async (
  context: Context,
  handle: (value: unknown, index: number) => Outcome | Promise<Outcome>,
  defaultFormat: InputFormat = "auto"
): Promise<{ readonly exitCode: number; readonly summary: BatchSummary }> => {
  const opened = await tryOpenInput(
    context.args[0],
    ((context.options["input-format"] as string | undefined) ?? defaultFormat) as InputFormat,
    context.stdin,
    { csvDelimiter: ((context.options["csv-delimiter"] as string | undefined) ?? "auto") as "auto" | "," | ";" }
  )
  // an input that cannot be opened or read to its end: exit 2 with its message (command.ts's refuse)
  if (Result.isFailure(opened))
    return {
      exitCode: await refuse(context, opened.failure),
      summary: { records: 0, ok: 0, errors: 0, milliseconds: 0, failure: opened.failure }
    }
  const input = opened.success
  const quiet = context.options["quiet"] === true
  const summary = await runBatch(input, handle, {
    format: context.format,
    failFast: context.options["fail-fast"] === true,
    stdout: context.stdout,
    stderr: context.stderr,
    progress: Progress.make(context.stderrTty, !quiet),
    summary: !quiet,
    language: errorLanguage(context)
  })
  if (summary.failure !== undefined) return { exitCode: await refuse(context, summary.failure), summary }
  return { exitCode: summary.errors > 0 ? ExitCode.badInput : ExitCode.ok, summary }
}
