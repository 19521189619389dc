/**
 * Parsing JSON text without ever repeating it. `JSON.parse`'s own message
 * quotes the input (`Unexpected token 'M', "Maija Virtanen" is not valid
 * JSON`), and input may hold a name or a henkilötunnus; {@link parseJson}
 * returns a {@link JsonSyntaxError} with the line, the column and the kind of
 * error only, found by a small scanner of its own ({@link locateJsonError}).
 * The engine's message is never read.
 *
 * @since 0.2.0
 */
import * as Data from "effect/Data"
import * as Result from "effect/Result"

/**
 * - `unexpected-character`: a character that cannot stand where it is.
 * - `unexpected-end`: the text ends inside a value.
 * - `unterminated-string`: a string is not closed.
 * - `control-character`: a raw control character (e.g. a line break) inside a string.
 * - `invalid-escape`: a backslash escape JSON does not have.
 * - `invalid-number`: a malformed number (`01`, `1.`, `-`).
 * - `trailing-content`: more text after the document.
 * - `empty`: no value at all.
 *
 * @since 0.2.0
 */
export type JsonErrorKind =
  | "unexpected-character"
  | "unexpected-end"
  | "unterminated-string"
  | "control-character"
  | "invalid-escape"
  | "invalid-number"
  | "trailing-content"
  | "empty"

const describeKind: Readonly<Record<JsonErrorKind, string>> = {
  "unexpected-character": "unexpected character",
  "unexpected-end": "unexpected end of input",
  "unterminated-string": "unterminated string",
  "control-character": "control character inside a string",
  "invalid-escape": "invalid escape sequence",
  "invalid-number": "invalid number",
  "trailing-content": "unexpected text after the JSON value",
  empty: "no JSON value"
}

/**
 * The kind in words, e.g. `unexpected character`.
 *
 * @since 0.2.0
 */
export const describeJsonErrorKind = (kind: JsonErrorKind): string => describeKind[kind]

/** Where and what: 1-based line and column (UTF-16 code units), and the kind. @since 0.2.0 */
export interface JsonErrorLocation {
  readonly line: number
  readonly column: number
  readonly kind: JsonErrorKind
}

/**
 * Text that is not valid JSON. The message gives the line, the column and the
 * kind of error, never the text.
 *
 * @since 0.2.0
 */
export class JsonSyntaxError extends Data.TaggedError("JsonSyntaxError")<JsonErrorLocation> {
  override get message(): string {
    return `not valid JSON: line ${this.line}, column ${this.column}: ${describeKind[this.kind]}`
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"])
const HEX4 = /[0-9a-fA-F]{4}/y

const at = (text: string, pos: number, kind: JsonErrorKind): JsonErrorLocation => {
  let line = 1
  let lineStart = 0
  const end = Math.min(pos, text.length)
  for (let i = 0; i < end; i++)
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  return { line, column: end - lineStart + 1, kind }
}

/**
 * The first syntax error of `text` as JSON (RFC 8259), or `undefined` when it
 * is valid. Iterative, so deep nesting cannot overflow the stack.
 *
 * @example
 * ```ts
 * import { Json } from "@osallistava/core"
 * Json.locateJsonError('{"a": 1,\n "b": x}') // { line: 2, column: 7, kind: "unexpected-character" }
 * ```
 * @since 0.2.0
 */
export const locateJsonError = (text: string): JsonErrorLocation | undefined => {
  const n = text.length
  let pos = 0
  const stack: Array<number> = [] // 123 `{` or 91 `[`
  const ws = () => {
    while (pos < n) {
      const c = text.charCodeAt(pos)
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++
      else break
    }
  }
  /** Reads a string at `pos` (a quote); returns an error or undefined. */
  const string = (): JsonErrorLocation | undefined => {
    const open = pos
    pos++
    while (pos < n) {
      const c = text.charCodeAt(pos)
      if (c === 34) {
        pos++
        return undefined
      }
      if (c < 0x20) return at(text, pos, "control-character")
      if (c === 92) {
        const e = text[pos + 1]
        if (e === undefined) return at(text, open, "unterminated-string")
        if (e === "u") {
          HEX4.lastIndex = pos + 2
          if (!HEX4.test(text)) return at(text, pos, "invalid-escape")
          pos += 6
        } else if (ESCAPES.has(e)) pos += 2
        else return at(text, pos, "invalid-escape")
        continue
      }
      pos++
    }
    return at(text, open, "unterminated-string")
  }
  ws()
  if (pos >= n) return at(text, pos, "empty")
  // modes: 0 value, 1 after a value, 2 object key
  let mode = 0
  for (;;) {
    if (mode === 0) {
      ws()
      if (pos >= n) return at(text, pos, "unexpected-end")
      const c = text.charCodeAt(pos)
      if (c === 123 || c === 91) {
        stack.push(c)
        pos++
        ws()
        if (text.charCodeAt(pos) === (c === 123 ? 125 : 93)) {
          stack.pop()
          pos++
          mode = 1
        } else mode = c === 123 ? 2 : 0
        continue
      }
      if (c === 34) {
        const e = string()
        if (e) return e
      } else if (c === 45 || (c >= 48 && c <= 57)) {
        NUMBER.lastIndex = pos
        const m = NUMBER.exec(text)
        if (m === null) return at(text, pos, "invalid-number")
        pos += m[0].length
        const next = text.charCodeAt(pos)
        if (next === 46 || next === 101 || next === 69 || (next >= 48 && next <= 57))
          return at(text, pos, "invalid-number")
      } else {
        const word = text.startsWith("true", pos)
          ? 4
          : text.startsWith("null", pos)
            ? 4
            : text.startsWith("false", pos)
              ? 5
              : 0
        if (word === 0) {
          // Point at the first character that breaks `true`, `false` or `null` (or at the end of a cut-off one).
          const literal = c === 116 ? "true" : c === 102 ? "false" : c === 110 ? "null" : ""
          let k = 0
          while (k < literal.length && pos + k < n && text[pos + k] === literal[k]) k++
          return at(text, pos + k, pos + k >= n ? "unexpected-end" : "unexpected-character")
        }
        pos += word
      }
      mode = 1
      continue
    }
    if (mode === 2) {
      ws()
      if (pos >= n) return at(text, pos, "unexpected-end")
      if (text.charCodeAt(pos) !== 34) return at(text, pos, "unexpected-character")
      const e = string()
      if (e) return e
      ws()
      if (pos >= n) return at(text, pos, "unexpected-end")
      if (text.charCodeAt(pos) !== 58) return at(text, pos, "unexpected-character")
      pos++
      mode = 0
      continue
    }
    // after a value
    ws()
    const top = stack[stack.length - 1]
    if (top === undefined) return pos < n ? at(text, pos, "trailing-content") : undefined
    if (pos >= n) return at(text, pos, "unexpected-end")
    const c = text.charCodeAt(pos)
    if (c === 44) {
      pos++
      mode = top === 123 ? 2 : 0
    } else if ((c === 93 && top === 91) || (c === 125 && top === 123)) {
      stack.pop()
      pos++
    } else return at(text, pos, "unexpected-character")
  }
}

/**
 * `JSON.parse` as a `Result`: the value, or a {@link JsonSyntaxError} that
 * locates the problem without quoting the text.
 *
 * @example
 * ```ts
 * import { Json } from "@osallistava/core"
 * const r = Json.parseJson("Maija Virtanen")
 * // Failure: "not valid JSON: line 1, column 1: unexpected character"
 * ```
 * @since 0.2.0
 */
export const parseJson = (text: string): Result.Result<unknown, JsonSyntaxError> => {
  try {
    return Result.succeed(JSON.parse(text))
  } catch {
    // The engine's message quotes the input: only our own scanner's location is used.
    const found = locateJsonError(text) ?? at(text, 0, "unexpected-character")
    return Result.fail(new JsonSyntaxError(found))
  }
}
