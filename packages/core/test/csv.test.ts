import { parse as csvParse } from "csv-parse/sync"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Csv } from "../src/index.js"

const rows = (text: string, options?: Csv.CsvOptions) =>
  Csv.parseCsv(text, options).map((i) =>
    i._tag === "Row" ? i.fields : `${i.error.kind}@${i.error.line}:${i.error.column}`
  )

describe("Csv.parseCsv (RFC 4180)", () => {
  it.each([
    [
      "plain rows, LF",
      "a,b\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"]
      ]
    ],
    [
      "CRLF and a last row without a line end",
      "a,b\r\n1,2",
      [
        ["a", "b"],
        ["1", "2"]
      ]
    ],
    [
      "lone CR line ends",
      "a,b\r1,2\r",
      [
        ["a", "b"],
        ["1", "2"]
      ]
    ],
    [
      "quoted delimiter, doubled quote, line break",
      'a,b\n"x,y","say ""hi""\nthere"\n',
      [
        ["a", "b"],
        ["x,y", 'say "hi"\nthere']
      ]
    ],
    [
      "empty cells kept",
      "a,b,c\n,,\n",
      [
        ["a", "b", "c"],
        ["", "", ""]
      ]
    ],
    ["a quoted empty cell is a row", 'a\n""\n', [["a"], [""]]],
    ["blank lines skipped", "a\n\n1\n\r\n", [["a"], ["1"]]],
    [
      "BOM stripped",
      "\uFEFFa,b\n1,2\n",
      [
        ["a", "b"],
        ["1", "2"]
      ]
    ],
    [
      "semicolon detected from the header",
      "a;b\n1,5;2\n",
      [
        ["a", "b"],
        ["1,5", "2"]
      ]
    ],
    ["comma wins a tie", "a\n1;2\n", [["a"], ["1;2"]]]
  ])("%s", (_name, text, expected) => {
    expect(rows(text)).toEqual(expected)
  })

  // Issue 15: in the old avain reader a cell like x"y swallowed the rest of the file.
  it.each([
    ['stray quote inside an unquoted field (x"y)', 'a,b\nx"y,1\n2,3\n', [["a", "b"], "stray-quote@2:2", ["2", "3"]]],
    ["text after a closing quote", 'a,b\n"x"y,1\n2,3\n', [["a", "b"], "text-after-quote@2:4", ["2", "3"]]],
    ["unterminated quote at the end", 'a,b\n1,"open\n2,3\n', [["a", "b"], "unterminated-quote@2:3"]],
    [
      "a cell over the limit",
      `a\n${"x".repeat(20)}\nok\n`,
      [["a"], "cell-too-long@2:11", ["ok"]],
      { maxCellChars: 10 }
    ],
    [
      "a row over the limit",
      `a,b\n${"x,".repeat(20)}\nok,1\n`,
      [["a", "b"], "row-too-long@2:31", ["ok", "1"]],
      { maxRowChars: 30 }
    ],
    ["too many fields", "a\n1,2,3,4\nok\n", [["a"], "too-many-fields@2:6", ["ok"]], { maxFields: 3 }]
  ])("%s is an error with line and column, the next row is read", (_name, text, expected, options?: Csv.CsvOptions) => {
    expect(rows(text, options)).toEqual(expected)
  })

  it("an explicit delimiter is used as given", () => {
    expect(rows("a;b\n1,2\n", { delimiter: "," })).toEqual([["a;b"], ["1", "2"]])
  })

  it("errors name the place and the kind, never the content", () => {
    const [, bad] = Csv.parseCsv('a,b\nMaija"Virtanen,131052-308T\n')
    expect(bad?._tag).toBe("Error")
    if (bad?._tag !== "Error") return
    expect(bad.error.message).toBe(
      "CSV line 2, column 6: a quote inside an unquoted field (quote the field and double the quote)"
    )
    expect(JSON.stringify(bad.error)).not.toMatch(/Maija|Virtanen|131052/)
  })

  it("chunks split anywhere give the same rows (streaming)", async () => {
    const text = '\uFEFFid;note\r\n1;"a;b\r\n""c"""\r\n2;x"y\r\n3;\r\n'
    const whole = rows(text)
    for (let size = 1; size <= text.length; size++) {
      const chunks: Array<string> = []
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size))
      const got: Array<unknown> = []
      for await (const i of Csv.readCsv(chunks))
        got.push(i._tag === "Row" ? i.fields : `${i.error.kind}@${i.error.line}:${i.error.column}`)
      expect(got).toEqual(whole)
    }
  })

  it("agrees with csv-parse on random valid documents", () => {
    const cell = fc.string({
      unit: fc.constantFrom("a", "b", " ", ",", ";", '"', "\n", "\r\n", "ä", "1"),
      maxLength: 8
    })
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((n) => fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 6 })),
        fc.constantFrom(",", ";" as const),
        fc.constantFrom("\n", "\r\n"),
        (table, delimiter, eol) => {
          const text = table.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(delimiter)).join(eol) + eol
          const ours = Csv.parseCsv(text, { delimiter }).map((i) => (i._tag === "Row" ? i.fields : i.error.kind))
          const theirs = csvParse(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as Array<
            Array<string>
          >
          expect(ours).toEqual(theirs)
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe("Csv.parseCsvRecords", () => {
  it("maps rows to the header; a short or long row is an error, not padded or cut", () => {
    const out = Csv.parseCsvRecords("a,b\n1,2\n3\n4,5,6\n7,8\n")
    expect(out.map((r) => (r._tag === "Record" ? r.cells : `${r.record}:${r.error.message}`))).toEqual([
      { a: "1", b: "2" },
      "2:CSV line 3, column 1: the row does not have as many fields as the header (1 fields, the header has 2)",
      "3:CSV line 4, column 1: the row does not have as many fields as the header (3 fields, the header has 2)",
      { a: "7", b: "8" }
    ])
  })

  it.each([
    ["empty column name", "a,,c\n1,2,3\n", "empty-column-name"],
    ["duplicate column name", "a,a\n1,2\n", "duplicate-column-name"]
  ])("a bad header (%s) is one error and no row is read", (_n, text, kind) => {
    const out = Csv.parseCsvRecords(text)
    expect(out).toHaveLength(1)
    expect(out[0]?._tag === "Error" && out[0].error.kind).toBe(kind)
  })
})

describe("README example", () => {
  it("shows the real output", () => {
    expect(
      Csv.parseCsvRecords('id;note\n1;"a;b"\n2;x"y\n3\n').map((r) => (r._tag === "Record" ? r.cells : r.error.message))
    ).toEqual([
      { id: "1", note: "a;b" },
      "CSV line 3, column 4: a quote inside an unquoted field (quote the field and double the quote)",
      "CSV line 4, column 1: the row does not have as many fields as the header (1 fields, the header has 2)"
    ])
  })
})
