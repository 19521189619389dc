/**
 * The shape of a CLI command and the context it runs in.
 *
 * @since 0.1.0
 */

import type { Readable } from "node:stream"
import { type Language, PersonalIdentityCode } from "@osallistava/core"
import type { InputError } from "./io/input.js"
import type { Output } from "./io/output.js"
import { errorLanguage } from "./messages.js"

/** An option of a command (a `node:util` parseArgs option plus its help text). */
export interface OptionSpec {
  readonly type: "string" | "boolean"
  readonly short?: string
  readonly description: string
  readonly default?: string | boolean
  readonly choices?: ReadonlyArray<string>
  /**
   * A boolean option that may be followed by a value of another option, e.g. `--explain sv` meaning
   * `--explain --lang sv` (and `--explain=sv`). Only the listed values are taken, so a file name after
   * the flag stays a positional argument.
   */
  readonly optionalValueOf?: { readonly option: string; readonly values: ReadonlyArray<string> }
}

/** Everything a command may touch. Tests pass in-memory streams. */
export interface Context {
  /** Positional arguments after the command path. */
  readonly args: ReadonlyArray<string>
  readonly options: Readonly<Record<string, string | boolean | undefined>>
  readonly language: Language
  readonly format: "json" | "text"
  readonly stdin: Readable
  readonly stdout: Output
  readonly stderr: Output
  /** The real stderr stream when it may show a progress bar. */
  readonly stderrTty: NodeJS.WriteStream | undefined
}

/** @since 0.1.0 */
export interface Command {
  /** e.g. `["calendar", "holidays"]`. */
  readonly path: ReadonlyArray<string>
  readonly summary: string
  readonly usage: string
  readonly description: string
  readonly examples: ReadonlyArray<string>
  readonly options: Readonly<Record<string, OptionSpec>>
  /** Returns the exit code: 0 success, 2 bad input. */
  readonly run: (context: Context) => Promise<number>
}

/** Exit codes. */
export const ExitCode = { ok: 0, internal: 1, badInput: 2 } as const

/** Thrown by a command for a usage error (unknown value, missing argument): exit 2 with the message. */
export class UsageError extends Error {
  override readonly name = "UsageError"
}

/**
 * A usage or input error a command returns instead of throwing (issue 15: one
 * error convention): written to stderr as the CLI writes a thrown one (an
 * input error in the language of the error lines when it carries its texts),
 * exit 2.
 *
 * @since 0.4.0
 */
export const refuse = async (
  context: Pick<Context, "stderr" | "options" | "language" | "format">,
  error: UsageError | InputError
): Promise<number> => {
  const message = "localized" in error && error.localized ? error.localized(errorLanguage(context)) : error.message
  await context.stderr.write(`${PersonalIdentityCode.redact(message)}\n`)
  return ExitCode.badInput
}
