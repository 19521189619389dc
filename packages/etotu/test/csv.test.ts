import { describe, expect, it } from "vitest"
import { Csv } from "../src/index.js"

const header =
  "_tag,formatVersion,id,decisionDate,municipality,urgency,protectedPersonalData,householdSize,ageGroup,freeText,assistanceKind"
describe("CSV", () => {
  it("quoting: comma, doubled quote and newline inside a quoted field", () => {
    expect(Csv.parseRows('a,"b,""c""\nd",e\r\nf,g,h\n')).toEqual([
      ["a", 'b,"c"\nd', "e"],
      ["f", "g", "h"]
    ])
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
