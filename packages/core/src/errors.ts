/**
 * Shared error types and the one formatter that turns a Schema decode failure
 * into readable messages with field paths.
 *
 * Messages never contain the offending input value: an input may be a
 * henkilötunnus or a name, and errors end up in logs.
 *
 * @since 0.1.0
 */
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"

/**
 * One problem found in an input: where (`path`) and what rule failed (`message`).
 *
 * @since 0.1.0
 */
export interface InputIssue {
  /** Path segments from the document root, e.g. `["persons", 0, "birthDate"]`. */
  readonly path: ReadonlyArray<PropertyKey>
  /** The path as text, e.g. `persons[0].birthDate`; `(root)` for the document itself. */
  readonly at: string
  /** The rule that failed, e.g. `Expected a string matching YYYY-MM`. */
  readonly message: string
}

/**
 * Input that did not decode. Carries every issue found, each with its path.
 *
 * @since 0.1.0
 */
export class InvalidInput extends Data.TaggedError("InvalidInput")<{
  /** What was being decoded, e.g. `"social assistance application"`. */
  readonly subject: string
  readonly issues: ReadonlyArray<InputIssue>
}> {
  override get message(): string {
    return `Invalid ${this.subject}: ${this.issues.map((i) => `${i.at}: ${i.message}`).join("; ")}`
  }
}

/**
 * A domain rule that a decoded value breaks (dates out of order, an unknown
 * code, an amount outside its legal range).
 *
 * @since 0.1.0
 */
export class RuleViolation extends Data.TaggedError("RuleViolation")<{
  /** Field path, e.g. `goals[2].areaCode`. */
  readonly at: string
  /** Short rule identifier, e.g. `evaluation-after-start`. */
  readonly rule: string
  readonly detail: string
}> {
  override get message(): string {
    return `${this.at}: ${this.detail} (rule ${this.rule})`
  }
}

/**
 * No parameter (amount, percentage, limit) is in force for the requested date.
 * `lastKnownMonth` (`YYYY-MM`), when set, is the last month the parameter is
 * known for: the date is after every confirmed value (the message then names
 * only the parameter and that month, never the date asked for).
 *
 * @since 0.1.0
 */
export class ParameterNotInForce extends Data.TaggedError("ParameterNotInForce")<{
  readonly parameter: string
  readonly date: string
  /** @since 0.3.0 */
  readonly lastKnownMonth?: string
}> {
  override get message(): string {
    return this.lastKnownMonth === undefined
      ? `No value of parameter ${this.parameter} is in force on ${this.date}`
      : `No value of parameter ${this.parameter} is in force after ${this.lastKnownMonth}, the last month it is known for`
  }
}

/**
 * Renders a path as `persons[0].birthDate`.
 *
 * @since 0.1.0
 */
export const formatPath = (path: ReadonlyArray<PropertyKey>): string => {
  if (path.length === 0) return "(root)"
  let out = ""
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`
    else {
      const name = String(segment)
      out += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? (out === "" ? name : `.${name}`) : `[${JSON.stringify(name)}]`
    }
  }
  return out
}

const typeNames: Readonly<Record<string, string>> = {
  String: "a string",
  Number: "a number",
  Boolean: "a boolean",
  BigInt: "a bigint",
  Objects: "an object",
  Arrays: "an array",
  Null: "null",
  Undefined: "no value",
  Literal: "a literal value"
}

/** Never includes the input: a leaf message names only the rule. */
const leafHook: SchemaIssue.LeafHook = (issue) => {
  const custom = "annotations" in issue ? issue.annotations?.["message"] : undefined
  if (typeof custom === "string") return custom
  switch (issue._tag) {
    case "InvalidType": {
      const expected = issue.ast.annotations?.["expected"] ?? issue.ast.annotations?.["title"]
      if (typeof expected === "string") return `Expected ${expected}`
      return `Expected ${typeNames[issue.ast._tag] ?? `a value of type ${issue.ast._tag.toLowerCase()}`}`
    }
    case "InvalidValue":
      return "Invalid value"
    case "MissingKey":
      return "Missing required field"
    case "UnexpectedKey":
      return "Unexpected field"
    case "Forbidden":
      return "Forbidden"
    case "OneOf":
      return "Matches more than one alternative"
  }
}

const formatter = /* @__PURE__ */ SchemaIssue.makeFormatterStandardSchemaV1({ leafHook })

/**
 * Flattens a Schema issue (or a `SchemaError`) into path + message entries.
 *
 * @since 0.1.0
 */
export const issuesOf = (error: Schema.SchemaError | SchemaIssue.Issue): ReadonlyArray<InputIssue> => {
  const issue = Schema.isSchemaError(error) ? error.issue : error
  return formatter(issue).issues.map((i) => {
    const path = (i.path ?? []).map((p) => (typeof p === "object" && p !== null && "key" in p ? p.key : p))
    return { path, at: formatPath(path), message: i.message }
  })
}

/**
 * Decodes unknown input with `schema`, returning a `Result` whose failure is
 * an {@link InvalidInput} naming every failing field. For callers who do not
 * use Effect.
 *
 * @example
 * ```ts
 * import { Schema, Result } from "effect"
 * import { decodeInput } from "@osallistava/core"
 * const r = decodeInput(Schema.Struct({ n: Schema.Number }), "example")({ n: "x" })
 * Result.isFailure(r) // true; r.failure.issues[0].at === "n"
 * ```
 * @since 0.1.0
 */
export const decodeInput =
  <S extends Schema.Decoder<unknown, never>>(schema: S, subject: string) =>
  (input: unknown): Result.Result<S["Type"], InvalidInput> => {
    const result = Schema.decodeUnknownResult(schema)(input, { errors: "all" })
    return Result.isSuccess(result)
      ? Result.succeed(result.success)
      : Result.fail(new InvalidInput({ subject, issues: issuesOf(result.failure) }))
  }

/**
 * Where and what, for one line of an error report: a field path (or
 * `(input)`, `(record)`) and the rule that failed.
 *
 * @since 0.2.0
 */
export interface ErrorLine {
  readonly at: string
  readonly message: string
}

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null

/**
 * The one formatter of the project's errors: every error a package returns
 * becomes lines of a field path and the rule that failed. It reads only the
 * fields that carry no input (paths, rule names, kinds, positions, dates of
 * parameters), never an input value and never the message of an error it does
 * not know (an engine's `SyntaxError` quotes the input): an unknown error is
 * shown by its class name only.
 *
 * Known: {@link InvalidInput}, {@link RuleViolation} and any error with the
 * same `at`/`rule`/`detail` fields (AVAIN's rule violations),
 * {@link ParameterNotInForce}, `CsvError`, `JsonSyntaxError`,
 * `InputTooLarge`.
 *
 * @example
 * ```ts
 * import { errorLines, RuleViolation } from "@osallistava/core"
 * errorLines(new RuleViolation({ at: "month", rule: "month-in-range", detail: "Month outside 2017-01 … 2026-12" }))
 * // [{ at: "month", message: "Month outside 2017-01 … 2026-12 (rule month-in-range)" }]
 * ```
 * @since 0.2.0
 */
export const errorLines = (error: unknown): ReadonlyArray<ErrorLine> => {
  if (isObject(error)) {
    switch (error["_tag"]) {
      case "InvalidInput":
        if (Array.isArray(error["issues"]))
          return (error["issues"] as ReadonlyArray<InputIssue>).map((i) => ({ at: i.at, message: i.message }))
        break
      case "ParameterNotInForce":
        return [
          {
            at: String(error["parameter"]),
            message:
              typeof error["lastKnownMonth"] === "string"
                ? `not in force after ${error["lastKnownMonth"]}, the last month it is known for (rule parameter-in-force)`
                : `no value in force on ${String(error["date"])} (rule parameter-in-force)`
          }
        ]
      case "CsvError":
      case "JsonSyntaxError":
      case "InputTooLarge":
        // Their messages are built from positions, kinds and limits only.
        return [{ at: "(input)", message: String((error as { message: unknown }).message) }]
    }
    if (typeof error["at"] === "string" && typeof error["rule"] === "string" && typeof error["detail"] === "string")
      return [{ at: error["at"], message: `${error["detail"]} (rule ${error["rule"]})` }]
  }
  const name =
    error instanceof Error
      ? error.name
      : isObject(error) && typeof error["_tag"] === "string"
        ? error["_tag"]
        : "unknown"
  return [{ at: "(input)", message: `internal error (${/^[A-Za-z]{1,40}$/.test(name) ? name : "unknown"})` }]
}

/**
 * {@link errorLines} as text, one `at: message` per line.
 *
 * @since 0.2.0
 */
export const formatError = (error: unknown): string =>
  errorLines(error)
    .map((l) => `${l.at}: ${l.message}`)
    .join("\n")

/**
 * An input larger than a reader's limit (a document, a line, a cell). Refused
 * while reading, before the input is buffered whole.
 *
 * @since 0.2.0
 */
export class InputTooLarge extends Data.TaggedError("InputTooLarge")<{
  /** What was too large: `document`, `line`, `cell`. */
  readonly what: "document" | "line" | "cell" | "row"
  readonly limitBytes: number
  /** 1-based line where it happened, when known. */
  readonly line?: number
}> {
  override get message(): string {
    const where = this.line === undefined ? "" : ` (line ${this.line})`
    return `the ${this.what} is larger than ${this.limitBytes} bytes${where}`
  }
}
