import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Decode, Notice } from "../src/index.js"

const tags = [
  "ForwardedApplication",
  "ReducedBasicAmount",
  "SocialWorkNeeded",
  "UnemployedUnder25",
  "Unemployed25OrOver",
  "Immigrant"
]
const poolOf = (f: string) => {
  const pools: Record<string, ReadonlyArray<unknown>> = {
    _tag: [...tags, "Other", 1],
    formatVersion: [1, 2, "1"],
    id: ["a1", "", "x".repeat(65), "ok:._-9", 5, "ä"],
    decisionDate: ["2024-02-29", "2023-02-29", "2026-11-23", "2017-12-31", "x", 20240101],
    kelaDecisionId: ["K-1", 7, undefined],
    municipality: ["091", "837", "999", 91, "91"],
    urgency: ["urgent", "nonUrgent", "URGENT"],
    protectedPersonalData: [true, false, "true"],
    householdSize: [1, 30, 0, 31, 2.5, "2"],
    ageGroup: ["under25", "25to64", "65plus", "old"],
    phone: ["+358 40 123 4567", "12", "abc"],
    freeText: ["vuokra", "x".repeat(4001), 3],
    assistanceKind: ["supplementary", "preventive", "both", "other"],
    reductionPercent: [20, 40, 50, 30, "20"],
    ground: ["refusedWorkOrService", "primaryBenefitNotApplied", "nope"],
    referredToAssessment: [true, false, 1],
    continuationMonth: [1, 2, 0, 1.5],
    reason: ["housing", "health", "x"],
    consent: [true, false, null],
    personalDiscussionRequested: [true, false, "no"]
  }
  return fc.constantFrom(...(pools[f] ?? [undefined]))
}
const fields = Notice.fields
const valid = (tag: string): Record<string, unknown> => ({
  _tag: tag,
  formatVersion: 1,
  id: "n-1",
  decisionDate: "2024-06-03",
  municipality: "091",
  urgency: "nonUrgent",
  protectedPersonalData: false,
  householdSize: 2,
  ageGroup: "25to64",
  ...(tag === "ForwardedApplication" ? { assistanceKind: "both" } : {}),
  ...(tag === "ReducedBasicAmount" ? { reductionPercent: 20, referredToAssessment: true, continuationMonth: 1 } : {}),
  ...(tag === "SocialWorkNeeded" ? { reason: "health", consent: true, personalDiscussionRequested: false } : {})
})
const record = fc
  .tuple(
    fc.constantFrom(...tags),
    fc.array(
      fc.constantFrom(...fields).chain((f) => poolOf(f).map((v) => [f, v] as const)),
      { maxLength: 3 }
    ),
    fc.subarray(["kelaDecisionId", "phone", "freeText", "ground"])
  )
  .map(([tag, muts, drop]) => {
    const o = valid(tag)
    for (const [f, v] of muts) {
      if (v === undefined) delete o[f]
      else o[f] = v
    }
    for (const f of drop) delete o[f]
    return o
  })

describe("fast path agrees with the Schema", () => {
  it("property: same Ok/Bad and the same decoded value on generated near-valid records", () => {
    let oks = 0
    fc.assert(
      fc.property(record, (x) => {
        const a = Decode.decodeRecord(x, 1)
        const b = Decode.decodeRecordWithSchema(x, 1)
        expect(a._tag).toBe(b._tag)
        if (a._tag === "Ok" && b._tag === "Ok") {
          oks++
          expect(a.notice).toEqual(b.notice)
        }
      }),
      { numRuns: 1000 }
    )
    expect(oks).toBeGreaterThan(0)
  })
  it("property: arbitrary JSON never throws and agrees on Ok/Bad", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (x) => {
        expect(Decode.decodeRecord(x, 1)._tag).toBe(Decode.decodeRecordWithSchema(x, 1)._tag)
      })
    )
  })
})
