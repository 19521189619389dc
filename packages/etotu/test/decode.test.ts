import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Decode, Dedupe, Notice } from "../src/index.js"

const good = (id: string) => ({
  _tag: "SocialWorkNeeded",
  formatVersion: 1,
  id,
  decisionDate: "2024-03-15",
  municipality: "091",
  urgency: "urgent",
  protectedPersonalData: false,
  householdSize: 1,
  ageGroup: "25to64",
  reason: "housing",
  consent: true,
  personalDiscussionRequested: false
})

describe("decode", () => {
  it("batch with bad records in the middle keeps every good one", () => {
    const r = Decode.decodeBatch([good("a"), { ...good("b"), urgency: "x" }, 7, good("c")])
    expect(r.map((x) => x._tag)).toEqual(["Ok", "Bad", "Bad", "Ok"])
    const bad = r[1]
    if (bad?._tag !== "Bad") throw new Error("expected Bad")
    expect(bad.record).toBe(2)
    expect(bad.issues.some((i) => i.at === "urgency")).toBe(true)
  })
  it("NDJSON: broken JSON line is one Bad record, no text echoed", () => {
    const text = `${JSON.stringify(good("a"))}\n{"secret":"010101-123N"\n${JSON.stringify(good("b"))}\n`
    const r = Decode.decodeNdjson(text)
    expect(r.map((x) => `${x._tag}${x.record}`)).toEqual(["Ok1", "Bad2", "Ok3"])
    expect(JSON.stringify(r[1])).not.toContain("010101")
  })
  it("a notice id shaped like a henkilötunnus is refused (ids are pseudonymous; triage repeats them)", () => {
    const r = Decode.decodeBatch([
      { ...good("a"), id: "131052-308T" },
      { ...good("b"), id: "n-131052-308T" }
    ])
    expect(r.map((x) => x._tag)).toEqual(["Bad", "Bad"])
    expect(JSON.stringify(r)).not.toContain("131052")
  })
  it("property: decoder never throws on arbitrary JSON and keeps all good records", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), fc.constant(good("g")))), (xs) => {
        const r = Decode.decodeBatch(xs)
        expect(r.length).toBe(xs.length)
        xs.forEach((x, i) => {
          if (x && typeof x === "object" && (x as { id?: unknown }).id === "g") expect(r[i]?._tag).toBe("Ok")
        })
      })
    )
  })
})

describe("legal basis by period", () => {
  it("forwarding: TTL 14 d § until 2022, 14 c § from 2023 (1023/2022)", () => {
    expect(Notice.legalBasis("ForwardedApplication", "2022-12-31" as never)).toBe("Act 1412/1997 § 14 d")
    expect(Notice.legalBasis("ForwardedApplication", "2023-01-01" as never)).toBe("Act 1412/1997 § 14 c")
  })
  it("immigrant: 1386/2010 § 87 a until 2024, 681/2023 § 84 from 2025", () => {
    expect(Notice.legalBasis("Immigrant", "2024-12-31" as never)).toContain("1386/2010")
    expect(Notice.legalBasis("Immigrant", "2025-01-01" as never)).toContain("681/2023")
  })
})

describe("idempotency", () => {
  it("same notice twice is a duplicate; same id with other content is a conflict", () => {
    const d = new Dedupe.Deduplicator()
    const r = Decode.decodeBatch([good("a"), good("a"), { ...good("a"), householdSize: 2 }])
    const ns = r.flatMap((x) => (x._tag === "Ok" ? [x.notice] : []))
    expect(ns.map((n) => d.offer(n))).toEqual(["new", "duplicate", "conflict"])
  })
})

describe("NDJSON property", () => {
  it("never throws on arbitrary text; one result per non-blank line", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (ls) => {
        const clean = ls.map((l) => l.replace(/[\r\n]/g, ""))
        const r = Decode.decodeNdjson(clean.join("\n"))
        expect(r.length).toBe(clean.filter((l) => l.trim() !== "").length)
      })
    )
  })
})
