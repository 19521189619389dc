import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Decode, LegalBasis, Notice } from "../src/index.js"
import { rawNotice } from "./fixtures.js"

// Each row: [type, date, expected citation, recipient, source of the expectation]
const cases: ReadonlyArray<[Notice.NoticeType, string, string, LegalBasis.Recipient, string]> = [
  ["ForwardedApplication", "2017-01-02", "Act 1412/1997 § 14 d", "municipality", "815/2015, 1107/2016"],
  ["ForwardedApplication", "2022-12-31", "Act 1412/1997 § 14 d", "municipality", "1023/2022 moved it to 14 c"],
  ["ForwardedApplication", "2023-01-01", "Act 1412/1997 § 14 c", "wellbeingServicesCounty", "1023/2022 14 c §"],
  ["ReducedBasicAmount", "2019-06-01", "Act 1412/1997 § 10 (2), § 18 a (3)", "municipality", "815/2015 10 § 2 mom"],
  ["ReducedBasicAmount", "2023-01-01", "Act 1412/1997 § 10, § 10 a, § 18 h", "wellbeingServicesCounty", "1023/2022"],
  ["ReducedBasicAmount", "2026-01-31", "Act 1412/1997 § 10, § 10 a, § 18 h", "wellbeingServicesCounty", "1023/2022"],
  [
    "ReducedBasicAmount",
    "2026-02-01",
    "Act 1412/1997 § 10, § 10 a (as amended by 26/2026)",
    "wellbeingServicesCounty",
    "26/2026"
  ],
  ["SocialWorkNeeded", "2020-03-01", "Act 1301/2014 § 35; Act 1412/1997 § 4 (3)", "municipality", "SHL 35 §"],
  [
    "SocialWorkNeeded",
    "2024-03-01",
    "Act 1301/2014 § 35; Act 1412/1997 § 14 e",
    "wellbeingServicesCounty",
    "1023/2022 14 e §"
  ],
  ["UnemployedUnder25", "2017-05-01", "Act 189/2001 § 27 (2)", "municipality", "1109/2016: from 1.5.2017"],
  ["Unemployed25OrOver", "2018-01-01", "Act 189/2001 § 27 (2)", "municipality", "1109/2016: from 1.1.2018"],
  ["Unemployed25OrOver", "2025-06-01", "Act 189/2001 § 27 (2)", "wellbeingServicesCounty", "counties from 2023"],
  ["Immigrant", "2017-07-01", "Act 1386/2010 § 87 a", "municipality", "1110/2016"],
  ["Immigrant", "2024-12-31", "Act 1386/2010 § 87 a", "wellbeingServicesCounty", "counties 2023–2024"],
  ["Immigrant", "2025-01-01", "Act 681/2023 § 84 (3)", "municipality", "681/2023; recipient back to municipality (T1)"]
]

describe("legal basis by period (Finlex originals via eliask/finlex-data)", () => {
  it.each(cases)("%s on %s → %s (%s; %s)", (type, date, citation, recipient) => {
    const b = LegalBasis.on(type, date)
    expect(b?.citation).toBe(citation)
    expect(b?.recipient).toBe(recipient)
    expect(Notice.legalBasis(type, date)).toBe(citation)
  })
  it("no basis before the law: under-25 before 1.5.2017, 25+ before 1.1.2018 (1109/2016 voimaantulo)", () => {
    expect(LegalBasis.on("UnemployedUnder25", "2017-04-30")).toBeUndefined()
    expect(LegalBasis.on("Unemployed25OrOver", "2017-12-31")).toBeUndefined()
    expect(LegalBasis.firstDate("Unemployed25OrOver")).toBe("2018-01-01")
  })
  it("the periods of each type are contiguous and cover every date from the first", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(Notice.names) as Array<Notice.NoticeType>)),
        fc.date({ min: new Date("2018-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
        (type, d) => {
          const date = d.toISOString().slice(0, 10)
          expect(LegalBasis.on(type, date)).toBeDefined()
        }
      )
    )
  })
  it("only the 26/2026 row is provisional", () => {
    expect(LegalBasis.table.filter((r) => r.provisional).map((r) => r.enactedBy)).toEqual(["26/2026"])
  })
})

const reduction = (extra: Record<string, unknown>) =>
  rawNotice(
    "ReducedBasicAmount",
    "nonUrgent",
    { id: "r1", reductionPercent: 20, referredToAssessment: false, continuationMonth: 1, ...extra },
    "2024-05-10"
  )
const issuesAt = (x: unknown) => {
  const r = Decode.decodeRecord(x, 1)
  return r._tag === "Ok" ? [] : r.issues.map((i) => i.at)
}

describe("dated rules of reductions", () => {
  it("40 % from 2023 without referral is refused (TTL 10 a § 3 mom, 1023/2022)", () => {
    expect(issuesAt(reduction({ reductionPercent: 40 }))).toEqual(["referredToAssessment"])
    expect(issuesAt(reduction({ reductionPercent: 40, referredToAssessment: true }))).toEqual([])
    expect(issuesAt(reduction({ reductionPercent: 40, decisionDate: "2022-12-30" }))).toEqual([])
  })
  it("a notice per continued month only from 1.11.2023 (Kelasto T1)", () => {
    expect(issuesAt(reduction({ continuationMonth: 2, decisionDate: "2023-10-31" }))).toEqual(["continuationMonth"])
    expect(issuesAt(reduction({ continuationMonth: 2, decisionDate: "2023-11-01" }))).toEqual([])
  })
  it("50 % and the 2026 grounds only from 1.2.2026 (law 26/2026, provisional)", () => {
    expect(issuesAt(reduction({ reductionPercent: 50, decisionDate: "2026-01-31" }))).toEqual(["reductionPercent"])
    expect(
      issuesAt(reduction({ reductionPercent: 50, decisionDate: "2026-02-02", ground: "primaryBenefitNotApplied" }))
    ).toEqual([])
    expect(issuesAt(reduction({ decisionDate: "2025-05-05", ground: "unemploymentBenefitSanction" }))).toEqual([
      "ground"
    ])
    expect(
      issuesAt(reduction({ reductionPercent: 20, decisionDate: "2026-03-02", ground: "notRegisteredAsJobseeker" }))
    ).toEqual(["reductionPercent"])
    expect(
      issuesAt(
        reduction({
          reductionPercent: 40,
          referredToAssessment: true,
          decisionDate: "2026-03-02",
          ground: "integrationPlanNeglected"
        })
      )
    ).toEqual(["reductionPercent"])
  })
  it("a type before its law is a Bad record naming decisionDate", () => {
    const r = Decode.decodeRecord({ ...reduction({}), _tag: "Unemployed25OrOver", decisionDate: "2017-12-29" }, 3)
    expect(r).toMatchObject({ _tag: "Bad", record: 3 })
    expect(issuesAt({ ...reduction({}), _tag: "Unemployed25OrOver", decisionDate: "2017-12-29" })).toEqual([
      "decisionDate"
    ])
  })
})
