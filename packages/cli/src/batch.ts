/**
 * The batch runner every command uses: reads records, applies a handler,
 * writes results as NDJSON (or one JSON document in single mode), reports
 * bad records on stderr with record number, field path and rule, and ends
 * with a summary. Constant memory: one record at a time.
 *
 * @since 0.1.0
 */
import type { InputIssue, Language } from "@osallistava/core"
import type { Input, InputError } from "./io/input.js"
import type { Output } from "./io/output.js"
import type { Progress } from "./io/progress.js"
import { batch, batchSummary, issueLine, text } from "./messages.js"

/** What a handler returns for one record. */
export type Outcome =
  | { readonly _tag: "Ok"; readonly json: unknown; readonly text?: string }
  | { readonly _tag: "Invalid"; readonly issues: ReadonlyArray<Pick<InputIssue, "at" | "message">> }

/** @since 0.1.0 */
export const ok = (json: unknown, text?: string): Outcome =>
  text === undefined ? { _tag: "Ok", json } : { _tag: "Ok", json, text }

/** @since 0.1.0 */
export const invalid = (issues: ReadonlyArray<Pick<InputIssue, "at" | "message">>): Outcome => ({
  _tag: "Invalid",
  issues
})

/** @since 0.1.0 */
export interface BatchOptions {
  readonly format: "json" | "text"
  readonly failFast: boolean
  readonly stdout: Output
  readonly stderr: Output
  readonly progress: Progress
  /** Print the closing summary line (batch mode). */
  readonly summary: boolean
  /** Language of the lines on stderr (the CLI's catalog); English when absent. @since 0.2.0 */
  readonly language?: Language
}

/** @since 0.1.0 */
export interface BatchSummary {
  readonly records: number
  readonly ok: number
  readonly errors: number
  readonly milliseconds: number
  /** Set when the input could not be read to its end (exit 2 with this error; no summary line). @since 0.4.0 */
  readonly failure?: InputError
}

/**
 * Runs `handle` over every record of `input`.
 *
 * @since 0.1.0
 */
export const runBatch = async (
  input: Input,
  handle: (value: unknown, index: number) => Outcome | Promise<Outcome>,
  options: BatchOptions
): Promise<BatchSummary> => {
  const started = performance.now()
  let records = 0
  let good = 0
  let errors = 0
  let failure: InputError | undefined
  for await (const record of input.records) {
    if (record._tag === "Failed") {
      failure = record.error
      break
    }
    records++
    const outcome: Outcome =
      record._tag === "Unreadable"
        ? invalid([issueLine({ at: "(record)", message: record.message }, options.language ?? "en")])
        : await handle(record.value, record.index)
    if (outcome._tag === "Ok") {
      good++
      if (options.format === "text" && outcome.text !== undefined) await options.stdout.write(`${outcome.text}\n`)
      else if (input.mode === "single") await options.stdout.write(`${JSON.stringify(outcome.json, null, 2)}\n`)
      else await options.stdout.write(`${JSON.stringify(outcome.json)}\n`)
    } else {
      errors++
      const l = options.language ?? "en"
      const where = input.mode === "single" ? text(batch, "input", l) : text(batch, "record", l, { n: record.index })
      for (const issue of outcome.issues) await options.stderr.write(`${where}: ${issue.at}: ${issue.message}\n`)
      if (options.failFast) break
    }
    const p = input.progress()
    options.progress.update(records, errors, p.bytes, p.totalBytes)
  }
  options.progress.done()
  const summary = { records, ok: good, errors, milliseconds: Math.round(performance.now() - started) }
  if (failure !== undefined) return { ...summary, failure }
  if (options.summary && input.mode === "batch")
    await options.stderr.write(
      `${batchSummary({ records, ok: good, errors, ms: summary.milliseconds }, options.language ?? "en")}\n`
    )
  return summary
}
