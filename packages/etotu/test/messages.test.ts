import { Catalog } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { Messages, Notice } from "../src/index.js"

const noticeTypes = Notice.Notice.members.map((m) => m.fields._tag.schema.literal as string)

describe("etotu message catalog: every text in fi and sv, none left in English", () => {
  it("names every notice type, delivery outcome, queue, reason and reduction ground", () => {
    expect(Object.keys(Messages.noticeTypes).sort()).toEqual([...noticeTypes].sort())
    expect(Catalog.check(Messages.noticeTypes, { keys: noticeTypes })).toEqual([])
    expect(Catalog.check(Messages.noticeDescriptions, { keys: noticeTypes, names: ["Kela"] })).toEqual([])
    expect(Catalog.check(Messages.deliveries, { keys: ["new", "duplicate", "conflict"] })).toEqual([])
    expect(Catalog.check(Messages.socialWorkReasons, { keys: [...Notice.SocialWorkReason.literals] })).toEqual([])
    expect(Catalog.check(Messages.reductionGrounds, { keys: [...Notice.ReductionGround.literals] })).toEqual([])
  })

  it("every catalog passes the check", () => {
    for (const [name, catalog] of Object.entries(Messages.catalogs))
      expect({ name, problems: Catalog.check(catalog, { names: ["Kela"] }) }).toEqual({ name, problems: [] })
  })

  it("renders every message in fi and sv with its placeholders filled", () => {
    for (const catalog of Object.values(Messages.catalogs))
      for (const key of Object.keys(catalog))
        for (const lang of ["fi", "sv"] as const) {
          const s = Catalog.text(catalog, key, lang, {
            record: 3,
            count: 2,
            date: "1.3.2026",
            days: 7,
            basis: "sosiaalihuoltolaki 1301/2014 36 § 2 mom."
          })
          expect(s).not.toMatch(/\{\w+\}/)
          expect(Catalog.untranslated(s, ["Kela"])).toEqual([])
        }
  })
})
