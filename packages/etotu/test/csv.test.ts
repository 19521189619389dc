import { describe, expect, it } from "vitest"
import { Csv, Decode } from "../src/index.js"

const header =
  "_tag,formatVersion,id,decisionDate,municipality,urgency,protectedPersonalData,householdSize,ageGroup,freeText,assistanceKind"
describe("CSV", () => {
  it("quoting: comma, doubled quote and newline inside a quoted field", () => {
    const r = Csv.decodeCsv(
      `${header}\nForwardedApplication,1,a1,2026-11-20,091,nonUrgent,false,2,25to64,"b,""c""\nd",supplementary\n`
    )
    expect(r[0]?._tag === "Ok" && r[0].notice.freeText).toBe('b,"c"\nd')
  })
  // Issue 15: a stray quote swallowed the rest of the file in one reader, short rows were padded in another.
  it.each([
    [
      'a stray quote (x"y)',
      'ForwardedApplication,1,a"2,2026-11-20,091,urgent,false,1,25to64,,preventive',
      "column 25: a quote inside an unquoted field"
    ],
    ["a short row", "ForwardedApplication,1,a2,2026-11-20", "(4 fields, the header has 11)"]
  ])("%s is one Bad row with its line; the rows around it are read", (_n, row, message) => {
    const good = (id: string) => `ForwardedApplication,1,${id},2026-11-20,091,urgent,false,1,25to64,,preventive`
    const r = Csv.decodeCsv([header, good("a1"), row, good("a3")].join("\r\n"))
    expect(r.map((x) => x._tag)).toEqual(["Ok", "Bad", "Ok"])
    expect(r[1]?._tag === "Bad" && r[1].issues[0]?.message).toContain(`CSV line 3, `)
    expect(r[1]?._tag === "Bad" && r[1].issues[0]?.message).toContain(message)
  })
  it("semicolon-separated exports are read (detected from the header)", () => {
    const r = Csv.decodeCsv(
      `${header.replaceAll(",", ";")}\nForwardedApplication;1;a1;2026-11-20;091;urgent;false;1;25to64;"a;b";preventive\n`
    )
    expect(r[0]?._tag === "Ok" && r[0].notice.freeText).toBe("a;b")
  })
  it("bad row in the middle keeps both good rows, with record number and field path", () => {
    const text = [
      header,
      'ForwardedApplication,1,a1,2026-11-20,091,nonUrgent,false,2,25to64,"vuokra, sähkö",supplementary',
      "ForwardedApplication,1,a2,2026-13-01,091,nonUrgent,false,2,25to64,,supplementary",
      "ForwardedApplication,1,a3,2026-11-20,091,urgent,true,1,under25,,preventive"
    ].join("\n")
    const r = Csv.decodeCsv(text)
    expect(r.map((x) => x._tag)).toEqual(["Ok", "Bad", "Ok"])
    const ok = r[0]
    if (ok?._tag !== "Ok") throw new Error("expected Ok")
    expect(ok.notice.freeText).toBe("vuokra, sähkö")
    const bad = r[1]
    if (bad?._tag !== "Bad") throw new Error("expected Bad")
    expect(bad.record).toBe(2)
    expect(bad.issues.map((i) => i.at)).toContain("decisionDate")
  })
})

describe("identifier fields refuse a henkilötunnus shape (core's shared check)", () => {
  it.each(["id", "kelaDecisionId"])("%s", (field) => {
    const n = {
      _tag: "ForwardedApplication",
      formatVersion: 1,
      id: "a1",
      decisionDate: "2026-11-20",
      municipality: "091",
      urgency: "urgent",
      protectedPersonalData: false,
      householdSize: 1,
      ageGroup: "25to64",
      assistanceKind: "preventive",
      [field]: "x131052-308T"
    }
    const r = Decode.decodeRecord(n, 1)
    expect(r._tag === "Bad" && r.issues.map((i) => i.at)).toEqual([field])
    expect(JSON.stringify(r)).not.toContain("131052")
  })
})

describe("decodeLine", () => {
  it("a line that is not JSON: column and kind, not the text", () => {
    const r = Decode.decodeLine('{"id": Maija 131052-308T}', 4)
    expect(r).toEqual({
      _tag: "Bad",
      record: 4,
      issues: [{ path: [], at: "(root)", message: "Expected valid JSON (column 8: unexpected character)" }]
    })
  })
})
