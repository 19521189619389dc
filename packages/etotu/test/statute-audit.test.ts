/**
 * Deadlines checked against the original statutes in `eliask/finlex-data`:
 * - `data/asd/fi/2015/asd20150815.xml` (Act 815/2015, TTL 2017–2022): 14 b §
 *   urgent "samana tai viimeistään seuraavana arkipäivänä", **14 c §** non-urgent
 *   "viimeistään seitsemäntenä arkipäivänä" (14 a § was who grants the aid).
 * - `data/asd/fi/2022/asd20221023.xml` (Act 1023/2022, from 2023): the
 *   7th-weekday limit moved to 14 a § 1 mom; 14 b § was neither amended nor repealed.
 * - `data/asd/fi/2014/asd20141301.xml` (SHL 1301/2014, in force 1.4.2015):
 *   45 § 2 mom already says "Päätös on kuitenkin toimeenpantava viimeistään
 *   3 kuukaudessa asian vireilletulosta"; 677/2023 kept the sentence.
 */
import { describe, expect, it } from "vitest"
import { LegalBasis, Workflow } from "../src/index.js"
import { notice } from "./fixtures.js"

const app = (urgency: string, decisionDate: string) =>
  notice("ForwardedApplication", urgency, { assistanceKind: "supplementary" }, decisionDate)
const sw = (decisionDate: string) =>
  notice(
    "SocialWorkNeeded",
    "nonUrgent",
    { reason: "housing", consent: true, personalDiscussionRequested: false },
    decisionDate
  )

describe("TTL 1412/1997 14 c § (815/2015): forwarded applications 2017–2022", () => {
  it("non-urgent application decided 2022: 7th working day under 14 c § (815/2015), not 14 a §", () => {
    const d = Workflow.deadlineOf(app("nonUrgent", "2022-03-01"), "2022-03-02")
    expect(d.due).toBe("2022-03-11")
    expect(d.basis).toContain("§ 14 c")
    expect(d.basis).not.toContain("§ 14 a")
  })
  it("non-urgent application decided 2023: 7th working day under 14 a § (1023/2022)", () => {
    const d = Workflow.deadlineOf(app("nonUrgent", "2023-03-01"), "2023-03-02")
    expect(d.due).toBe("2023-03-13")
    expect(d.basis).toContain("§ 14 a")
  })
  it("urgent application in both periods: same or next working day under 14 b §", () => {
    expect(Workflow.deadlineOf(app("urgent", "2022-03-04"), "2022-03-04")).toMatchObject({
      due: "2022-03-07",
      basis: expect.stringContaining("§ 14 b")
    })
    expect(Workflow.deadlineOf(app("urgent", "2024-03-01"), "2024-03-01").basis).toContain("§ 14 b")
  })
  it("legal-basis row 2017–2022 names 14 c § for the 7-weekday limit (815/2015)", () => {
    const r = LegalBasis.on("ForwardedApplication", "2020-06-01")
    expect(r?.duty).toContain("§ 14 c")
    expect(r?.duty).not.toContain("§ 14 a")
    expect(LegalBasis.on("ForwardedApplication", "2024-06-01")?.duty).toContain("§ 14 a")
  })
})

describe("SHL 1301/2014 45 § 2 mom (original text, in force 1.4.2015): decisions implemented within 3 months", () => {
  it("applies to an assessment completed in 2024, not only from 2025", () => {
    expect(Workflow.implementationLimitFrom).toBe("2015-04-01")
    let c: Workflow.Case = Workflow.start(sw("2024-03-01"), "2024-03-04")
    for (const e of [
      { _tag: "BecameVisible", on: "2024-03-04" },
      { _tag: "Opened", on: "2024-03-04" },
      { _tag: "AssessmentStarted", on: "2024-03-04" },
      { _tag: "AssessmentCompleted", on: "2024-03-04" }
    ] as const) {
      const n = Workflow.advance(c, e)
      if ("_tag" in n) throw new Error(n.event)
      c = n
    }
    const s = Workflow.deadlines(c, "2024-06-05").find((d) => d.step === "servicesStarted")
    expect(s).toMatchObject({ due: "2024-06-04", overdue: true, kind: "law" })
    expect(s?.basis).toContain("§ 45 (2)")
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
