/**
 * The `Disclosure` namespace of `@osallistava/core`: every rule of the
 * import-free `./disclosure.js` (which never throws and fails closed on input
 * it cannot use), plus the `Result` versions that say what was wrong, with
 * the field path and the rule, as a core `RuleViolation` (issue 15's one
 * error convention). No message repeats a value.
 *
 * Rules: `disclosure-threshold` (a threshold is a whole number ≥ 1),
 * `disclosure-count` (a count is a whole number ≥ 0), `line-index` (a line
 * names values that exist), `rectangular-table` (every row as long as the
 * first).
 *
 * @since 0.4.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import {
  isCount,
  isThreshold,
  type Line,
  type LineTable,
  type LinkedOptions,
  line,
  linesWithin,
  linked,
  type Options,
  type Table,
  table
} from "./disclosure.js"
import { RuleViolation } from "./errors.js"

// Every export of the import-free module, types and values alike (the declarations are tsc's per-file output, so
// `Disclosure.Cell` stays a type and `Disclosure.line` a value for dependants).
export * from "./disclosure.js"

/**
 * A threshold read from input: a whole number ≥ 1 (rule
 * `disclosure-threshold`).
 *
 * @example
 * ```ts
 * import { Disclosure } from "@osallistava/core"
 * import * as Schema from "effect/Schema"
 * Schema.decodeUnknownResult(Disclosure.Threshold)(0) // failure
 * ```
 * @since 0.4.0
 */
export const Threshold = /* @__PURE__ */ Schema.Int.pipe(
  /* @__PURE__ */ Schema.check(
    /* @__PURE__ */ Schema.isGreaterThanOrEqualTo(1, {
      message: "Expected a disclosure threshold: a whole number ≥ 1 (rule disclosure-threshold)"
    })
  ),
  /* @__PURE__ */ Schema.annotate({ title: "Threshold", description: "Smallest count shown other than 0" })
)

/**
 * The threshold, or a `RuleViolation` at `at` (rule `disclosure-threshold`)
 * when it is not a whole number ≥ 1.
 *
 * @example
 * ```ts
 * import { Disclosure } from "@osallistava/core"
 * Disclosure.checkThreshold(0, "minCell") // failure: at "minCell", rule "disclosure-threshold"
 * ```
 * @since 0.4.0
 */
export const checkThreshold = (value: unknown, at = "threshold"): Result.Result<number, RuleViolation> =>
  isThreshold(value)
    ? Result.succeed(value)
    : Result.fail(new RuleViolation({ at, rule: "disclosure-threshold", detail: "Expected a whole number ≥ 1" }))

const notCount = (at: string) =>
  new RuleViolation({ at, rule: "disclosure-count", detail: "Expected a count: a whole number ≥ 0" })

const firstBadCount = (values: ReadonlyArray<number>, at: string): RuleViolation | undefined => {
  const i = values.findIndex((v) => !isCount(v))
  return i < 0 ? undefined : notCount(`${at}[${i}]`)
}

/**
 * `linked` as a `Result`: a `RuleViolation` when a value is not a count
 * (rule `disclosure-count`, at `values[i]`) or a line names an index outside
 * the values (rule `line-index`, at `lines[j]`).
 *
 * @since 0.4.0
 */
export const tryLinked = (
  values: ReadonlyArray<number>,
  lines: ReadonlyArray<Line>,
  options?: LinkedOptions
): Result.Result<ReadonlyArray<boolean>, RuleViolation> => {
  const bad = firstBadCount(values, "values")
  if (bad !== undefined) return Result.fail(bad)
  const j = lines.findIndex((l) => !linesWithin([l], values.length))
  if (j >= 0)
    return Result.fail(
      new RuleViolation({
        at: `lines[${j}]`,
        rule: "line-index",
        detail: "Expected indices of the values: whole numbers from 0 to the number of values − 1"
      })
    )
  return Result.succeed(linked(values, lines, options))
}

/**
 * `line` as a `Result`: a `RuleViolation` when a count is not a whole number
 * ≥ 0 (rule `disclosure-count`, at `counts[i]`).
 *
 * @example
 * ```ts
 * import { Disclosure } from "@osallistava/core"
 * Disclosure.tryLine([5, 1.5]) // failure: at "counts[1]", rule "disclosure-count"
 * ```
 * @since 0.4.0
 */
export const tryLine = (counts: ReadonlyArray<number>, options?: Options): Result.Result<LineTable, RuleViolation> => {
  const bad = firstBadCount(counts, "counts")
  return bad === undefined ? Result.succeed(line(counts, options)) : Result.fail(bad)
}

/**
 * `table` as a `Result`: a `RuleViolation` when a row's length differs from
 * the first row's (rule `rectangular-table`, at `counts[r]`) or a count is
 * not a whole number ≥ 0 (rule `disclosure-count`, at `counts[r][c]`).
 *
 * @since 0.4.0
 */
export const tryTable = (
  counts: ReadonlyArray<ReadonlyArray<number>>,
  options?: Options
): Result.Result<Table, RuleViolation> => {
  const columns = counts[0]?.length ?? 0
  for (let r = 0; r < counts.length; r++) {
    const row = counts[r] as ReadonlyArray<number>
    if (row.length !== columns)
      return Result.fail(
        new RuleViolation({
          at: `counts[${r}]`,
          rule: "rectangular-table",
          detail: "Expected as many cells as the first row"
        })
      )
    const bad = firstBadCount(row, `counts[${r}]`)
    if (bad !== undefined) return Result.fail(bad)
  }
  return Result.succeed(table(counts, options))
}
