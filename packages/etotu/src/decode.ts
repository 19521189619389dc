/**
 * Batch decoding of notices (JSON array, NDJSON lines). A batch never stops at
 * a bad record; each record yields its own result with record number and
 * issues (field path + rule). Errors never contain record values.
 *
 * @since 0.1.0
 */
import { decodeInput, type InputIssue, InvalidInput, Json } from "@osallistava/core"
import * as Result from "effect/Result"
import * as Fast from "./fast.js"
import * as Notice from "./notice.js"
import * as Rules from "./rules.js"

/** Result for one record (1-based `record`). @since 0.1.0 */
export type RecordResult =
  | { readonly _tag: "Ok"; readonly record: number; readonly notice: Notice.Notice }
  | { readonly _tag: "Bad"; readonly record: number; readonly issues: ReadonlyArray<InputIssue> }

const decodeNotice = decodeInput(Notice.Notice, "eTotu notice")

const withRules = (notice: Notice.Notice, record: number): RecordResult => {
  const issues = Rules.check(notice)
  return issues.length === 0 ? { _tag: "Ok", record, notice } : { _tag: "Bad", record, issues }
}

/**
 * Decode one already-parsed record: the Schema (through a fast path that
 * accepts exactly what the Schema accepts), then the dated rules of
 * `Rules.check`. Never throws.
 *
 * @since 0.1.0
 */
export const decodeRecord = (input: unknown, record: number): RecordResult => {
  const fast = Fast.decode(input)
  if (fast !== undefined) return withRules(fast, record)
  const r = decodeNotice(input)
  return Result.isSuccess(r) ? withRules(r.success, record) : { _tag: "Bad", record, issues: r.failure.issues }
}

/**
 * One notice as a `Result` (the one error convention of issue 15): the
 * decoded notice, or core's `InvalidInput` whose issues name each field path
 * and rule (Schema and dated rules alike), never a value. The batch functions
 * below keep their per-record `RecordResult`, which also carries the record
 * number, like core's `Csv` rows.
 *
 * @since 0.3.0
 */
export const decodeOne = (input: unknown): Result.Result<Notice.Notice, InvalidInput> => {
  const r = decodeRecord(input, 1)
  return r._tag === "Ok"
    ? Result.succeed(r.notice)
    : Result.fail(new InvalidInput({ subject: "eTotu notice", issues: r.issues }))
}

/** Decode with the Schema only (no fast path); for tests and reference. @since 0.2.0 */
export const decodeRecordWithSchema = (input: unknown, record: number): RecordResult => {
  const r = decodeNotice(input)
  return Result.isSuccess(r) ? withRules(r.success, record) : { _tag: "Bad", record, issues: r.failure.issues }
}

/**
 * Decode one NDJSON line; a JSON syntax error becomes a `Bad` result with the column and the kind of error (core's
 * `Json.parseJson`), never the text. @since 0.1.0
 */
export const decodeLine = (line: string, record: number): RecordResult => {
  const parsed = Json.parseJson(line)
  if (Result.isFailure(parsed)) {
    const e = parsed.failure
    const message = `Expected valid JSON (column ${e.column}: ${Json.describeJsonErrorKind(e.kind)})`
    return { _tag: "Bad", record, issues: [{ path: [], at: "(root)", message }] }
  }
  return decodeRecord(parsed.success, record)
}

/** Decode an array of parsed records. @since 0.1.0 */
export const decodeBatch = (inputs: ReadonlyArray<unknown>): ReadonlyArray<RecordResult> =>
  inputs.map((x, i) => decodeRecord(x, i + 1))

/** Decode NDJSON text; blank lines are skipped but keep line numbering. @since 0.1.0 */
export const decodeNdjson = (text: string): ReadonlyArray<RecordResult> => {
  const out: Array<RecordResult> = []
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (line.trim() !== "") out.push(decodeLine(line, i + 1))
  }
  return out
}

/** Streaming: NDJSON lines in, results out, constant memory. @since 0.1.0 */
export async function* decodeStream(lines: AsyncIterable<string>): AsyncGenerator<RecordResult> {
  let n = 0
  for await (const line of lines) {
    n++
    if (line.trim() !== "") yield decodeLine(line, n)
  }
}
