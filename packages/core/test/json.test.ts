import * as Result from "effect/Result"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { errorLines, formatError, InputTooLarge, Json, RuleViolation } from "../src/index.js"

describe("Json.parseJson: line, column and kind, never the text", () => {
  it.each([
    ["Maija Virtanen", 1, 1, "unexpected-character"],
    ['{"x": A131052-308T}', 1, 7, "unexpected-character"],
    ['{"a": 1,\n "b": x}', 2, 7, "unexpected-character"],
    ['{"a": "open', 1, 7, "unterminated-string"],
    ['{"a": "tab\there"}', 1, 11, "control-character"],
    ['["\\q"]', 1, 3, "invalid-escape"],
    ["[01]", 1, 3, "invalid-number"],
    ["[1.]", 1, 3, "invalid-number"],
    ["[-]", 1, 2, "invalid-number"],
    ['{"a": 1} x', 1, 10, "trailing-content"],
    ['{"a": [1, 2', 1, 12, "unexpected-end"],
    ["tru", 1, 4, "unexpected-end"],
    ["nul x", 1, 4, "unexpected-character"],
    ["", 1, 1, "empty"],
    ["  \n ", 2, 2, "empty"],
    ['{"a" 1}', 1, 6, "unexpected-character"],
    ["[1,]", 1, 4, "unexpected-character"]
  ])("%j → line %i, column %i, %s", (text, line, column, kind) => {
    const r = Json.parseJson(text)
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isSuccess(r)) return
    expect({ line: r.failure.line, column: r.failure.column, kind: r.failure.kind }).toEqual({ line, column, kind })
    expect(r.failure.message).not.toMatch(/Maija|131052|open|here/)
  })

  it("the message names only the place and the kind", () => {
    const r = Json.parseJson("Maija Virtanen")
    expect(Result.isFailure(r) && r.failure.message).toBe("not valid JSON: line 1, column 1: unexpected character")
  })

  it("binary input is located, not quoted", () => {
    const text = new TextDecoder().decode(new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0x80, 0x0a, 0x42]))
    const r = Json.parseJson(text)
    expect(Result.isFailure(r) && r.failure.message).toBe("not valid JSON: line 1, column 1: unexpected character")
  })

  it("deep nesting does not overflow the locator", () => {
    expect(Json.locateJsonError(`${"[".repeat(200_000)}x`)?.kind).toBe("unexpected-character")
  })

  it("the locator agrees with JSON.parse on random text: an error exactly when JSON.parse throws", () => {
    const text = fc.oneof(
      fc.json(),
      fc.string({
        unit: fc.constantFrom(
          "{",
          "}",
          "[",
          "]",
          '"',
          ":",
          ",",
          "1",
          "0",
          "-",
          ".",
          "e",
          " ",
          "\\",
          "n",
          "u",
          "a",
          "\n",
          "t"
        ),
        maxLength: 20
      }),
      fc.json().chain((j) => fc.nat(j.length).map((i) => j.slice(0, i)))
    )
    fc.assert(
      fc.property(text, (t) => {
        let valid = true
        try {
          JSON.parse(t)
        } catch {
          valid = false
        }
        expect(Json.locateJsonError(t) === undefined).toBe(valid)
      }),
      { numRuns: 2000 }
    )
  })
})

describe("errorLines / formatError: the one formatter", () => {
  it("rule violations name the path and the rule", () => {
    expect(formatError(new RuleViolation({ at: "month", rule: "month-in-range", detail: "Month outside range" }))).toBe(
      "month: Month outside range (rule month-in-range)"
    )
  })
  it("an unknown error shows its class name only, never its message", () => {
    const e = new SyntaxError("Unexpected token 'M', \"Maija Virtanen\" is not valid JSON")
    expect(errorLines(e)).toEqual([{ at: "(input)", message: "internal error (SyntaxError)" }])
    expect(formatError({ message: "131052-308T" })).toBe("(input): internal error (unknown)")
  })
  it("size limits", () => {
    expect(formatError(new InputTooLarge({ what: "line", limitBytes: 1024, line: 3 }))).toBe(
      "(input): the line is larger than 1024 bytes (line 3)"
    )
  })
})
