import { Readable } from "node:stream"
import { Csv } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { invalid, ok } from "../src/batch.js"
import type { Context } from "../src/command.js"
import { openInput } from "../src/io/input.js"
import * as Output from "../src/io/output.js"
import { runRecords } from "../src/records.js"

const chunks = async function* (parts: ReadonlyArray<string>) {
  yield* parts
}
const rows = async (parts: ReadonlyArray<string>) => {
  const out: Array<ReadonlyArray<string>> = []
  for await (const row of Csv.readCsv(chunks(parts))) if (row._tag === "Row") out.push(row.fields)
  return out
}

describe("CSV reader (RFC 4180)", () => {
  it("reads quoted fields with commas, quotes and line breaks, across chunk boundaries", async () => {
    const text = '\ufeffa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"multi\nline",\n'
    const expected = [
      ["a", "b", "c"],
      ["1", "x, y", 'say "hi"'],
      ["2", "multi\nline", ""]
    ]
    expect(await rows([text])).toEqual(expected)
    expect(await rows(text.split(""))).toEqual(expected)
  })
  it("reads a last row without a line break and skips blank lines", async () => {
    expect(await rows(["a,b\n\n1,2"])).toEqual([
      ["a", "b"],
      ["1", "2"]
    ])
  })
})

const context = (stdinText: string, options: Record<string, string | boolean> = {}) => {
  const stdout = Output.collect()
  const stderr = Output.collect()
  const ctx: Context = {
    args: [],
    options: { quiet: false, ...options },
    language: "fi",
    format: "json",
    stdin: Readable.from([stdinText]),
    stdout,
    stderr,
    stderrTty: undefined
  }
  return { ctx, stdout, stderr }
}

const handler = (value: unknown) => {
  const n = (value as { n?: unknown }).n
  return typeof n === "number" ? ok({ double: n * 2 }) : invalid([{ at: "n", message: "Expected a number" }])
}

describe("record batches", () => {
  it("NDJSON from stdin: good records out, bad ones reported with record number, exit 2, summary", async () => {
    const { ctx, stdout, stderr } = context('{"n":1}\n{"n":"x"}\nnot json\n\n{"n":3}\n')
    const { exitCode, summary } = await runRecords(ctx, handler)
    expect(exitCode).toBe(2)
    expect(stdout.text()).toBe('{"double":2}\n{"double":6}\n')
    expect(stderr.text()).toContain("record 2: n: Expected a number")
    expect(stderr.text()).toContain("record 3: (record): the line is not valid JSON: column 2: unexpected character")
    expect(summary).toMatchObject({ records: 4, ok: 2, errors: 2 })
    expect(stderr.text()).toMatch(/summary: 4 records, 2 ok, 2 errors/)
  })

  it("--fail-fast stops at the first bad record", async () => {
    const { ctx, stdout } = context('{"n":1}\n{"n":"x"}\n{"n":3}\n', { "fail-fast": true })
    const { summary } = await runRecords(ctx, handler)
    expect(summary.records).toBe(2)
    expect(stdout.text()).toBe('{"double":2}\n')
  })

  it("a pretty-printed JSON document is single mode: one pretty JSON document out", async () => {
    const { ctx, stdout, stderr } = context('{\n  "n": 21\n}\n')
    const { exitCode } = await runRecords(ctx, handler)
    expect(exitCode).toBe(0)
    expect(JSON.parse(stdout.text())).toEqual({ double: 42 })
    expect(stderr.text()).toBe("")
  })

  it("a JSON array is a batch", async () => {
    const input = await openInput(undefined, "json", Readable.from(['[{"n":1},\n{"n":2}]']))
    expect(input.mode).toBe("batch")
    const values: Array<unknown> = []
    for await (const r of input.records) values.push(r)
    expect(values).toHaveLength(2)
  })

  it("CSV rows become objects keyed by the header; a short row is reported, not fatal", async () => {
    const input = await openInput(undefined, "csv", Readable.from(["n,m\n1,2\n3\n4,5\n"]))
    const values: Array<unknown> = []
    for await (const r of input.records) values.push(r)
    expect(values).toEqual([
      { _tag: "Value", index: 1, value: { n: "1", m: "2" } },
      {
        _tag: "Unreadable",
        index: 2,
        message: "CSV line 3, column 1: the row does not have as many fields as the header (1 fields, the header has 2)"
      },
      { _tag: "Value", index: 3, value: { n: "4", m: "5" } }
    ])
  })
})
