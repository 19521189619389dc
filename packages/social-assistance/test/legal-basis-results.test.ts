import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { tryLegalBasis, unsafeLegalBasis } from "../src/discretionary.js"
import {
  tryForwardingSection,
  tryProcessingSections,
  unsafeForwardingSection,
  unsafeProcessingSections
} from "../src/forwarding.js"

const rule = (r: Result.Result<unknown, { readonly _tag: string; readonly rule: string }>) =>
  Result.isFailure(r) ? [r.failure._tag, r.failure.rule] : "success"

describe("one error convention (issue 15): the sections of 1412/1997 as a Result before 2017 (Kela's basic assistance from 1.1.2017)", () => {
  it("in force: the same citation as the unsafe… form (14 d § to 2022, 14 c § from 2023: 1023/2022)", () => {
    expect(tryForwardingSection("2022-12-31")).toEqual(Result.succeed(unsafeForwardingSection("2022-12-31")))
    expect(tryForwardingSection("2023-01-01")).toEqual(Result.succeed(unsafeForwardingSection("2023-01-01")))
    expect(tryProcessingSections("2024-05-01")).toEqual(Result.succeed(unsafeProcessingSections("2024-05-01")))
    expect(tryLegalBasis("preventive", "2023-01-01")).toEqual(
      Result.succeed("toimeentulotukilaki 1412/1997 8 § (1023/2022)")
    )
    expect(tryLegalBasis("supplementary", "2024-05-01")).toEqual(
      Result.succeed(unsafeLegalBasis("supplementary", "2024-05-01"))
    )
  })
  it("before 2017 or not a date: ProvisionNotInForce, and the unsafe… form throws it", () => {
    expect(rule(tryForwardingSection("2016-12-31"))).toEqual(["ProvisionNotInForce", "no-row-for-date"])
    expect(rule(tryProcessingSections("2016-06-01"))).toEqual(["ProvisionNotInForce", "no-row-for-date"])
    expect(rule(tryLegalBasis("supplementary", "31.12.2016"))).toEqual(["ProvisionNotInForce", "not-a-date"])
    expect(() => unsafeLegalBasis("preventive", "2016-12-31")).toThrow()
  })
})
