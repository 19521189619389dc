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
    expect(s?.basis).toContain("Act 1301/2014 section 45(2)")
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

describe("SHL 1301/2014 45 § 2 mom: three months counted from when the matter became pending ('asian vireilletulosta', finlex-data asd20141301.xml)", () => {
  it("notice received 4.3.2024, assessment completed 2.4.2024: due 4.6.2024, not 2.7.2024", () => {
    let c: Workflow.Case = Workflow.start(sw("2024-03-01"), "2024-03-04")
    for (const e of [
      { _tag: "BecameVisible", on: "2024-03-04" },
      { _tag: "Opened", on: "2024-03-04" },
      { _tag: "AssessmentStarted", on: "2024-03-20" },
      { _tag: "AssessmentCompleted", on: "2024-04-02" }
    ] as const) {
      const n = Workflow.advance(c, e)
      if ("_tag" in n) throw new Error(n.event)
      c = n
    }
    expect(Workflow.deadlines(c, "2024-04-03").find((d) => d.step === "servicesStarted")?.due).toBe("2024-06-04")
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

describe("personal discussion across 1.1.2023 (1023/2022 has no transitional provision; docs/calendar/README.md)", () => {
  it("Kela decision 30.12.2022 received 2.1.2023: 14 d § 2 mom. (1023/2022), due 12.1.2023", () => {
    const n = notice(
      "SocialWorkNeeded",
      "nonUrgent",
      { reason: "housing", consent: true, personalDiscussionRequested: true },
      "2022-12-30"
    )
    const c = { ...Workflow.start(n, "2023-01-02"), personalDiscussionRequested: true }
    const d = Workflow.deadlines(c, "2023-01-03").find((s) => s.step === "personalDiscussion")
    expect(d?.due).toBe("2023-01-12")
    expect(d?.basis).toContain("Act 1412/1997 section 14 d(2) (1023/2022)")
  })
})
