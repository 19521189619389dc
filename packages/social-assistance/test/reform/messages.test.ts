import { Catalog } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { messages } from "../../src/reform/messages.js"

describe("reform messages", () => {
  it("every message is in fi, sv and en with the same placeholders and no English in fi or sv", () => {
    expect(Catalog.check(messages, { names: ["OECD", "JSON"] })).toEqual([])
  })
})

import { Result } from "effect"
import { compare, ofMonth, renderComparison, renderSummary, simulate } from "../../src/reform/index.js"
import { single } from "./helpers.js"

describe("reform texts", () => {
  const apps = Array.from({ length: 40 }, (_, i) =>
    single("2026-03", `${400 + i}.00`, i % 2 === 0 ? [{ kind: "wage", amount: `${100 + 10 * i}.00` }] : [])
  )
  const feb = ofMonth("2026-02")
  const mar = ofMonth("2026-03")
  it("the Finnish and Swedish summary and comparison hold no untranslated text", () => {
    const r = simulate(apps, feb, mar)
    const c = compare(apps[0]!, feb, mar)
    if (Result.isFailure(c)) throw new Error("compare")
    for (const lang of ["fi", "sv"] as const) {
      expect(Catalog.untranslated(renderSummary(r, feb.kind, mar.kind, lang), ["OECD", "JSON"])).toEqual([])
      expect(Catalog.untranslated(renderComparison(c.success, lang))).toEqual([])
    }
    expect(renderSummary(r, feb.kind, mar.kind, "en")).toContain("By household type")
  })
})
