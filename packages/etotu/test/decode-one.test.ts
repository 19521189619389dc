import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { Decode } from "../src/index.js"
import { rawNotice } from "./fixtures.js"

describe("Decode.decodeOne: one notice as a Result (one error convention, issue 15)", () => {
  it("gives the notice decodeRecord gives", () => {
    const input = rawNotice("SocialWorkNeeded", "urgent", {
      reason: "housing",
      consent: true,
      personalDiscussionRequested: false
    })
    const batch = Decode.decodeRecord(input, 1)
    expect(Decode.decodeOne(input)).toEqual(Result.succeed(batch._tag === "Ok" ? batch.notice : undefined))
  })
  it("fails with InvalidInput naming the field and the rule, without the value", () => {
    const r = Decode.decodeOne(
      rawNotice("SocialWorkNeeded", "urgent", {
        reason: "Maija Virtanen",
        consent: true,
        personalDiscussionRequested: false
      })
    )
    expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidInput")
    expect(Result.isFailure(r) && r.failure.issues.map((i) => i.at)).toContain("reason")
    expect(Result.isFailure(r) && JSON.stringify(r.failure.issues) + r.failure.message).not.toContain("Maija")
  })
})
