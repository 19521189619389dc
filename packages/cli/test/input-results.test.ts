/**
 * One error convention (issue 15) in the CLI's input reader: opening returns a `Result` (tryOpenInput), a failure while
 * streaming is the last record (`Failed`), nothing is thrown, and every reader of records exits 2 with the message.
 */
import { Readable } from "node:stream"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { ok } from "../src/batch.js"
import type { Context } from "../src/command.js"
import { openInput, tryOpenInput, unsafeOpenInput } from "../src/io/input.js"
import * as Output from "../src/io/output.js"
import { runRecords } from "../src/records.js"

/** A stream that gives `lines` and then fails as a disk or pipe does (EIO). */
const failingAfter = (text: string): Readable =>
  new Readable({
    read() {
      if (this.readableLength === 0 && !(this as { sent?: boolean }).sent) {
        ;(this as { sent?: boolean }).sent = true
        this.push(Buffer.from(text))
      } else this.destroy(Object.assign(new Error("EIO"), { code: "EIO" }))
    }
  })

const all = async (records: AsyncIterable<unknown>) => {
  const out: Array<unknown> = []
  for await (const r of records) out.push(r)
  return out
}

describe("tryOpenInput", () => {
  it("a missing file is a failure naming the reason, never the path", async () => {
    const r = await tryOpenInput("/nonexistent/person-Matti.json", "json")
    expect(Result.isFailure(r) && r.failure.message).toBe("Cannot read the input file: no such file")
    expect(Result.isFailure(r) && r.failure.message).not.toContain("Matti")
    await expect(unsafeOpenInput("/nonexistent/x.json", "json")).rejects.toThrow("no such file")
    expect(openInput).toBe(unsafeOpenInput)
  })

  it("empty input, a document that is not JSON: failures, not throws", async () => {
    const empty = await tryOpenInput(undefined, "json", Readable.from(["  \n"]))
    expect(Result.isFailure(empty) && empty.failure.message).toBe("Input is empty")
    const bad = await tryOpenInput(undefined, "json", Readable.from(["{nope"]))
    expect(Result.isFailure(bad) && bad.failure.message).toMatch(/^Input is not valid JSON: line 1, column 2/)
  })

  it("a CSV header that cannot be read is the one record, Failed", async () => {
    const r = await tryOpenInput(undefined, "csv", Readable.from(['a,"b\n1,2\n']))
    const records = Result.isSuccess(r) ? await all(r.success.records) : []
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ _tag: "Failed", index: 1 })
  })

  it("a read error while streaming NDJSON or CSV: the records before it, then Failed (the cut last line is not read)", async () => {
    const nd = await tryOpenInput(undefined, "ndjson", failingAfter('{"n":1}\n{"n":2}\n{"n"'))
    const a = Result.isSuccess(nd) ? await all(nd.success.records) : []
    expect(a.map((x) => (x as { _tag: string })._tag)).toEqual(["Value", "Value", "Failed"])
    expect((a[2] as { error: Error }).error.message).toBe("Cannot read the input: read error")
    const csv = await tryOpenInput(undefined, "csv", failingAfter("n,m\n1,2\n3,"))
    const b = Result.isSuccess(csv) ? await all(csv.success.records) : []
    expect(b.map((x) => (x as { _tag: string })._tag)).toEqual(["Value", "Failed"])
    const doc = await tryOpenInput(undefined, "json", failingAfter('{"n":'))
    expect(Result.isFailure(doc) && doc.failure.message).toBe("Cannot read the input: read error")
  })
})

describe("runRecords on an input that fails while streaming", () => {
  it("exit 2, the records before it written, the message in the error language, no summary line", async () => {
    const stdout = Output.collect()
    const stderr = Output.collect()
    const ctx: Context = {
      args: [],
      options: { quiet: false },
      language: "fi",
      format: "json",
      stdin: failingAfter('{"n":1}\n{"n":2}\n'),
      stdout,
      stderr,
      stderrTty: undefined
    }
    const { exitCode, summary } = await runRecords(ctx, (v) => ok(v), "ndjson")
    expect(exitCode).toBe(2)
    expect(stdout.text()).toBe('{"n":1}\n{"n":2}\n')
    expect(stderr.text()).toBe("Cannot read the input: read error\n")
    expect(summary.failure?.message).toBe("Cannot read the input: read error")
  })
})

describe("supplementary --explain on a day whose time limit cannot be computed", () => {
  it("--arrived-on 2016-06-01 (before Kela's basic assistance, 2017): exit 2 at arrivedOn with the rule, no date repeated", async () => {
    const { invoke } = await import("./support/invoke.js")
    const kela = {
      source: "letter",
      month: "2025-03",
      expenses: "1000.00",
      income: "700.00",
      assets: "0.00",
      basicAssistance: "300.00"
    }
    const app = {
      month: "2025-03",
      kela,
      guideline: "county-release-2024-10",
      lines: [{ category: "childrenHobbies", claimed: "450.00", guidelineItem: "children-hobbies", children: 1 }]
    }
    const { code, stdout, stderr } = await invoke(
      ["social-assistance", "supplementary", "--explain", "--arrived-on", "2016-06-01"],
      JSON.stringify(app)
    )
    expect(code).toBe(2)
    expect(stdout).toBe("")
    expect(stderr).toContain("arrivedOn")
    expect(stderr).toContain("provision-in-force")
    expect(stderr).not.toContain("2016")
  })
})
