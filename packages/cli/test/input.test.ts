/**
 * Issue 16 as a new user found it: no input in any message, bounded input everywhere, usage errors for bad paths
 * and options. Each case is the command line of the issue, run in-process.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { maxDocumentBytes, maxLineBytes } from "../src/index.js"
import { invoke } from "./support/invoke.js"

const examples = fileURLToPath(new URL("../examples/", import.meta.url))
const HETU = "131052-308T"

describe("no input in any message", () => {
  it("a name that is not JSON: line, column and kind only (was: the parser's text with the name)", async () => {
    const r = await invoke(["avain", "validate", "-"], "Maija Virtanen\n")
    expect(r).toMatchObject({ code: 2, stdout: "" })
    expect(r.stderr).toBe("Input is not valid JSON: line 1, column 1: unexpected character\n")
  })

  it("a henkilötunnus after a letter in broken JSON (was: printed)", async () => {
    const r = await invoke(["social-assistance", "calculate", "-"], '{"x": A131052-308T}\n')
    expect(r.code).toBe(2)
    expect(r.stderr).toBe("Input is not valid JSON: line 1, column 7: unexpected character\n")
  })

  it("binary input is located, not quoted", async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x0a, 0x81, 0x82])
    const r = await invoke(["avain", "validate", "-"], Readable.from([bytes]))
    expect(r.code).toBe(2)
    expect(r.stderr).toBe("Input is not valid JSON: line 1, column 1: unexpected character\n")
  })

  it("a bad NDJSON line gives its column, not its text", async () => {
    const r = await invoke(["etotu", "decode", "--input-format", "ndjson", "-q"], `{"id": Maija ${HETU}}\n`)
    expect(r.stderr).toBe("record 1: (record): the line is not valid JSON: column 8: unexpected character\n")
  })

  it("an unknown option is not repeated", async () => {
    const r = await invoke(["avain", "validate", `--${HETU}`])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^Unknown option \(the options of the command are listed below\)\n/)
    expect(r.stderr).not.toContain("131052")
  })

  it.each(["recordId", "planId"])("an AVAIN %s shaped like a henkilötunnus: exit 2, not echoed", async (field) => {
    const line = readFileSync(`${examples}avain-records.ndjson`, "utf8").split("\n")[0] as string
    const record = { ...JSON.parse(line), [field]: `x${HETU}` }
    const r = await invoke(["avain", "validate", "--input-format", "ndjson", "-q"], `${JSON.stringify(record)}\n`)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr).toBe(
      `record 1: ${field}: Must not contain a henkilötunnus (pseudonymous data only) (rule schema)\n`
    )
  })

  it("social-assistance municipality 131052-308T: refused, not echoed (was: accepted and echoed)", async () => {
    const line = readFileSync(`${examples}sa-applications.ndjson`, "utf8").split("\n")[0] as string
    const app = { ...JSON.parse(line), municipality: HETU }
    const r = await invoke(["social-assistance", "calculate", "-q"], `${JSON.stringify(app)}\n`)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr).toMatch(/^record 1: municipality: Expected a municipality code or name of Statistics Finland/)
    expect(r.stderr).not.toContain("131052")
  })
})

describe("usage errors: paths and languages", () => {
  const dir = mkdtempSync(join(tmpdir(), "osallistava-input-"))
  it("a directory is a usage error (exit 2), the path not repeated", async () => {
    const r = await invoke(["avain", "validate", dir])
    expect(r).toMatchObject({ code: 2, stderr: "Cannot read the input: the path is a directory, not a file\n" })
  })
  it("a missing file is a usage error (exit 2), the path not repeated", async () => {
    const r = await invoke(["etotu", "decode", join(dir, `${HETU}.ndjson`)])
    expect(r).toMatchObject({ code: 2, stderr: "Cannot read the input file: no such file\n" })
  })
  it("an unknown --lang is a usage error listing fi, sv, en, said in all three languages (its own is not known)", async () => {
    const r = await invoke(["calendar", "holidays", "2026", "--lang", "xx"])
    expect(r).toMatchObject({
      code: 2,
      stderr:
        "--lang: tuntematon kieli; valitse fi, sv tai en\n--lang: okänt språk; välj fi, sv eller en\n--lang: unknown language; choose fi, sv or en\n"
    })
  })
})

/** `count` chunks of `size` characters of `c`, counting how many were pulled. */
const lazy = (head: string, c: string, size: number, count: number, tail = "") => {
  let pulled = 0
  const stream = Readable.from(
    (function* () {
      yield head
      const chunk = c.repeat(size)
      for (let i = 0; i < count; i++) {
        pulled++
        yield chunk
      }
      yield tail
    })()
  )
  return { stream, pulled: () => pulled }
}

describe("bounded input", () => {
  it("a one-line JSON document over 64 MiB is refused while reading, not buffered whole", async () => {
    const mib = 1024 * 1024
    const big = lazy('["', "a", mib, 200, '"]')
    const r = await invoke(["social-assistance", "calculate", "--input-format", "json"], big.stream)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `Input: the JSON document is larger than ${maxDocumentBytes} bytes (64 MiB); send batches as NDJSON\n`
    )
    // Stopped right after the limit: at most a few chunks of read-ahead beyond 64.
    expect(big.pulled()).toBeLessThan(80)
  })

  it("auto detection does not buffer a one-line document either", async () => {
    const big = lazy('{"a":"', "a", 1024 * 1024, 200, '"}')
    const r = await invoke(["avain", "validate"], big.stream)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("larger than 67108864 bytes")
    expect(big.pulled()).toBeLessThan(80)
  })

  it("an NDJSON line over 1 MiB is reported and skipped as it is read; the next line is read", async () => {
    const line = readFileSync(`${examples}etotu-notices.ndjson`, "utf8").split("\n")[0] as string
    const long = lazy(`${line}\n"`, "x", 64 * 1024, 64, `"\n${line.replace('"id":"', '"id":"z')}\n`)
    const r = await invoke(["etotu", "decode", "--input-format", "ndjson"], long.stream)
    expect(r.code).toBe(2)
    expect(r.stdout.trim().split("\n")).toHaveLength(2)
    expect(r.stderr).toContain(`record 2: (record): the line is longer than ${maxLineBytes} bytes (1 MiB)\n`)
    expect(r.stderr).toContain("summary: 3 records, 2 ok, 1 error,")
  })

  it("a CSV cell over 64 KiB is an error of its row; the next row is read", async () => {
    const csv = readFileSync(`${examples}etotu-notices.csv`, "utf8").split("\n")
    const text = `${csv[0]}\n${csv[1]?.replace("vuokra, sähkö", "x".repeat(70_000))}\n${csv[2]}\n`
    const r = await invoke(["etotu", "decode", "--input-format", "csv"], text)
    expect(r.stderr).toContain("record 1: (record): CSV line 2, column ")
    expect(r.stderr).toContain("a cell is longer than the limit (65536)")
    expect(r.stdout.trim().split("\n")).toHaveLength(1)
  })

  it("a CSV file with ; is read with --csv-delimiter ; and detected without it", async () => {
    const csv = readFileSync(`${examples}etotu-notices.csv`, "utf8")
      .split("\n")
      .map((l) => l.replace('"vuokra, sähkö"', "vuokra"))
      .map((l) => l.replaceAll(",", ";"))
      .join("\n")
    const dir = mkdtempSync(join(tmpdir(), "osallistava-csv-"))
    writeFileSync(join(dir, "semi.csv"), csv)
    for (const extra of [[], ["--csv-delimiter", ";"]]) {
      const r = await invoke(["etotu", "decode", join(dir, "semi.csv"), "-q", ...extra])
      expect(r.code).toBe(0)
      expect(r.stdout.trim().split("\n")).toHaveLength(2)
    }
  })

  it("a stray quote (x\"y) in a CSV row is that row's error; the rows around it are read", async () => {
    const csv = readFileSync(`${examples}etotu-notices.csv`, "utf8").split("\n")
    const bad = csv[1]?.replace(",a1,", ',a"1,')
    const r = await invoke(
      ["etotu", "decode", "--input-format", "csv", "-q"],
      [csv[0], csv[2], bad, csv[2]?.replace(",a2,", ",a3,")].join("\n")
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      "record 2: (record): CSV line 3, column 25: a quote inside an unquoted field (quote the field and double the quote)\n"
    )
    expect(r.stdout.trim().split("\n")).toHaveLength(2)
  })
})
