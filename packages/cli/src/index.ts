/**
 * `@osallistava/cli`: the `osallistava` command-line tool, also usable as a
 * library (`run(argv, io)`) for embedding and tests.
 *
 * @since 0.1.0
 */
import { type Io, run as runApp } from "./app.js"
import { commands } from "./commands/index.js"
import { version } from "./version.js"

export { commandHelp, type Io } from "./app.js"
export { type BatchSummary, type Outcome, runBatch } from "./batch.js"
export type { Command, Context, OptionSpec } from "./command.js"
export { ExitCode, UsageError } from "./command.js"
export { commands } from "./commands/index.js"
export {
  type Input,
  InputError,
  type InputFormat,
  type InputRecord,
  maxCellChars,
  maxDocumentBytes,
  maxLineBytes,
  type OpenOptions,
  openInput,
  tryOpenInput,
  unsafeOpenInput
} from "./io/input.js"
export * as Output from "./io/output.js"

/**
 * Runs the tool with `argv` (without `node` and the script) and returns the exit code.
 *
 * @since 0.1.0
 */
export const run = (argv: ReadonlyArray<string>, io: Io): Promise<number> => runApp(argv, commands, io, version)
