import { Pathway } from "@osallistava/model"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { fullPath } from "./fixtures.js"

describe("pathway as Results (one error convention, issue 15)", () => {
  it("replayCase gives the same final state as replay, and step folds to it event by event", () => {
    const log = fullPath()
    const replayed = Pathway.replay(log)
    expect(replayed._tag).toBe("Ok")
    const r = Pathway.replayCase(log)
    expect(Result.isSuccess(r) && r.success).toEqual(replayed._tag === "Ok" && replayed.state)
    let state: Pathway.CaseState | undefined
    for (const event of log) {
      const next = Pathway.step(state, event)
      if (Result.isFailure(next)) throw next.failure
      state = next.success
    }
    expect(state).toEqual(Result.isSuccess(r) ? r.success : undefined)
  })
  it("a log that does not open with Kela's notice fails with the rule, not a throw", () => {
    const [, second] = fullPath()
    const r = Pathway.step(undefined, second!)
    expect(Result.isFailure(r) && [r.failure._tag, r.failure.rule, r.failure.index]).toEqual([
      "TransitionError",
      "first-event-is-notice",
      0
    ])
    const empty = Pathway.replayCase([])
    expect(Result.isFailure(empty) && empty.failure.rule).toBe("first-event-is-notice")
  })
})
