/**
 * Deadlines checked against the original statutes in `eliask/finlex-data`:
 * - `data/asd/fi/2015/asd20150815.xml` (Act 815/2015, TTL 2017–2022): 14 b §
 *   urgent "samana tai viimeistään seuraavana arkipäivänä", **14 c §** non-urgent
 *   "viimeistään seitsemäntenä arkipäivänä" (14 a § was who grants the aid).
 * - `data/asd/fi/2022/asd20221023.xml` (Act 1023/2022, from 2023): the
 *   7th-weekday limit moved to 14 a § 1 mom; 14 b § was neither amended nor repealed.
 *
 * The later deadlines of the municipal case (SHL 45 § 2 mom., the personal
 * discussion of TTL 14 d §/14 e §) are `@osallistava/model`'s
 * (`Deadlines.deadlinesOf`), tested there (test/lifecycle.test.ts).
 */
import { describe, expect, it } from "vitest"
import { LegalBasis, Workflow } from "../src/index.js"
import { notice } from "./fixtures.js"

const app = (urgency: string, decisionDate: string) =>
  notice("ForwardedApplication", urgency, { assistanceKind: "supplementary" }, decisionDate)
describe("TTL 1412/1997 14 c § (815/2015): forwarded applications 2017–2022", () => {
  it("non-urgent application decided 2022: 7th working day under 14 c § (815/2015), not 14 a §", () => {
    const d = Workflow.deadlineOf(app("nonUrgent", "2022-03-01"), "2022-03-02")
    expect(d.due).toBe("2022-03-11")
    expect(d.basis).toContain("Act 1412/1997 section 14 c(1) (815/2015)")
    expect(d.basis).not.toContain("section 14 a")
    expect(d.ref?.section).toBe("14 c")
  })
  it("non-urgent application decided 2023: 7th working day under 14 a § (1023/2022)", () => {
    const d = Workflow.deadlineOf(app("nonUrgent", "2023-03-01"), "2023-03-02")
    expect(d.due).toBe("2023-03-13")
    expect(d.basis).toContain("Act 1412/1997 section 14 a(1) (1023/2022)")
  })
  it("urgent application in both periods: same or next working day under 14 b §", () => {
    expect(Workflow.deadlineOf(app("urgent", "2022-03-04"), "2022-03-04")).toMatchObject({
      due: "2022-03-07",
      basis: expect.stringContaining("section 14 b (815/2015)")
    })
    expect(Workflow.deadlineOf(app("urgent", "2024-03-01"), "2024-03-01").basis).toContain("section 14 b (815/2015)")
  })
  it("legal-basis row 2017–2022 names 14 c § for the 7-weekday limit (815/2015)", () => {
    const r = LegalBasis.on("ForwardedApplication", "2020-06-01")
    expect(r?.duty).toContain("§ 14 c")
    expect(r?.duty).not.toContain("§ 14 a")
    expect(LegalBasis.on("ForwardedApplication", "2024-06-01")?.duty).toContain("§ 14 a")
  })
})

describe("Act 681/2023 15 § 5 mom: multisectoral integration assessment started without delay", () => {
  // 15 §: 1 mom (groups, item 4 social assistance), 2 mom (found in a § 14 assessment),
  // 3 mom (municipality and immigrant alone), 4 mom (victims of trafficking: 3-year limit),
  // 5 mom ("käynnistettävä viipymättä, kun kunta saa tiedon tällaisesta henkilöstä").
  it("immigrant notice from 2025 cites § 15 (5), not § 15 (4)", () => {
    const immigrant = notice("Immigrant", "nonUrgent", {}, "2025-10-30")
    expect(Workflow.deadlineOf(immigrant, "2025-10-31").basis).toContain("Act 681/2023 § 15 (5)")
    expect(LegalBasis.on("Immigrant", "2025-10-30")?.duty).toContain("§ 15 (1) 4, (5)")
  })
})

describe("Kotoutumislaki 1386/2010 87 a § as amended by 936/2022 (finlex-data asd20220936.xml): 2023–2024 notices to the county", () => {
  it("no two-month law deadline in 2023–2024; 2017–2022 keeps 10 § 1 mom.'s two months", () => {
    const y2022 = Workflow.deadlineOf(notice("Immigrant", "nonUrgent", {}, "2022-10-31"), "2022-10-31")
    expect(y2022).toMatchObject({ due: "2023-01-02", kind: "law" })
    expect(y2022.basis).toContain("Act 1386/2010 section 10(1)")
    const y2024 = Workflow.deadlineOf(notice("Immigrant", "nonUrgent", {}, "2024-10-31"), "2024-10-31")
    expect(y2024.kind).toBe("policy")
    expect(y2024.basis).toContain("936/2022")
  })
})
