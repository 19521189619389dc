import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { Decode, Stats, Workflow } from "../src/index.js"

const mk = (id: string, municipality: string) => {
  const r = Decode.decodeRecord(
    {
      _tag: "UnemployedUnder25",
      formatVersion: 1,
      id,
      decisionDate: "2026-11-23",
      municipality,
      urgency: "nonUrgent",
      protectedPersonalData: false,
      householdSize: 1,
      ageGroup: "under25"
    },
    1
  )
  if (r._tag !== "Ok") throw new Error("bad")
  return r.notice
}

describe("stats (hand-computed)", () => {
  it("6 notices in Helsinki, 2 in Tampere: Tampere (2) is suppressed and so is Helsinki, since the total 8 would give it back; open-day median and p90", async () => {
    const items = [0, 1, 2, 3, 4, 5].map((i) => {
      const n = mk(`h${i}`, "091")
      const c = Workflow.advance(
        Workflow.advance(Workflow.start(n, "2026-11-23"), { _tag: "BecameVisible", on: "2026-11-23" }) as Workflow.Case,
        { _tag: "Opened", on: `2026-11-${23 + i}` }
      ) as Workflow.Case
      return { notice: n, case: c }
    })
    items.push({ notice: mk("t1", "837") } as never, { notice: mk("t2", "837") } as never)
    const s = await Stats.stats(items)
    expect(s.total).toBe(8)
    expect(s.cells.map((c) => [c.municipality, c.count])).toEqual([
      ["091", null],
      ["837", null]
    ])
    // days to open: 0,1,2,3,4,5 → median (ceil(3)-1 = index 2) = 2, p90 (ceil(5.4)-1 = index 5) = 5
    expect(s.daysToOpen).toEqual({ n: 6, median: 2, p90: 5 })
    expect(s.daysToFirstContact.median).toBeNull()
    expect(s.byType).toEqual([{ type: "UnemployedUnder25", count: 8, share: 1 }])
  })
  it("the response steps are nested sums: 'cases 10, reached 9' would show the one not reached, so both hide", async () => {
    const items = Array.from({ length: 12 }, (_, i) => {
      const n = mk(`n${i}`, "091")
      let c = Workflow.advance(Workflow.start(n, "2026-11-23"), {
        _tag: "BecameVisible",
        on: "2026-11-23"
      }) as Workflow.Case
      if (i < 9) c = Workflow.advance(c, { _tag: "Opened", on: "2026-11-24" }) as Workflow.Case
      return i < 10 ? { notice: n, case: c } : { notice: n }
    })
    const s = await Stats.stats(items)
    const r = s.responses[0]
    expect(r?.notices).toBe(12)
    // notices 12 − cases 10 = 2 (small): cases hides, and no share over it is shown.
    expect(r?.cases).toBeNull()
    expect(r?.reachedShare).toBeNull()
    expect(s.total).toBe(12)
  })
})

describe("on-time share (Workflow.firstStepOnTime, one rule with isOverdue)", () => {
  it("a transferred notice is neither finished nor late: 3 on time of 4 finished, the transferred one not counted", () => {
    const acc = new Stats.Accumulator(1)
    const deadline = { due: "2026-11-30" }
    for (const [i, doneOn] of ["2026-11-24", "2026-11-30", "2026-11-27", "2026-12-01"].entries())
      acc.unsafeAdd(mk(`a${i}`, "091"), { visibleOn: "2026-11-23", deadline, doneOn })
    acc.unsafeAdd(mk("t", "091"), {
      visibleOn: "2026-11-23",
      deadline,
      doneOn: "2026-12-20",
      transferredOn: "2026-11-25"
    })
    expect(acc.result().withinDeadlineShare).toBe(0.75)
  })
})

describe("stats as Results (issue 15: one error convention)", () => {
  // A case given by the caller (a FollowUp is plain data): its dates are not checked until it is counted.
  const item = (i: number, opened: string) => {
    const n = mk(`r${i}`, "091")
    const c = Workflow.advance(Workflow.start(n, "2026-11-23"), {
      _tag: "BecameVisible",
      on: "2026-11-23"
    }) as Workflow.Case
    return { notice: n, case: { ...c, openedOn: opened } }
  }
  it("tryStats gives what unsafeStats gives; a case date that is not a date is existing-date at items[i].case.<field>", async () => {
    const good = [0, 1, 2, 3, 4, 5].map((i) => item(i, `2026-11-${24 + i}`))
    expect(await Stats.tryStats(good)).toEqual(Result.succeed(await Stats.unsafeStats(good)))
    const bad = [...good, item(6, "2026-11-31")]
    const r = await Stats.tryStats(bad)
    expect(Result.isFailure(r) && [r.failure.at, r.failure.rule, r.failure.message.includes("2026-11-31")]).toEqual([
      "items[6].case.openedOn",
      "existing-date",
      false
    ])
    await expect(Stats.unsafeStats(bad)).rejects.toThrow(/items\[6\]\.case\.openedOn/)
    expect(Stats.stats).toBe(Stats.unsafeStats)
  })
  it("Accumulator.tryAdd counts nothing of a refused notice", () => {
    const acc = new Stats.Accumulator()
    const empty = new Stats.Accumulator().result()
    const refused = acc.tryAdd(item(0, "2026-02-30").notice, item(0, "2026-02-30").case)
    expect(Result.isFailure(refused) && [refused.failure.at, refused.failure.rule]).toEqual([
      "case.openedOn",
      "existing-date"
    ])
    expect(acc.result()).toEqual(empty)
    const good = Array.from({ length: 6 }, (_, i) => item(i, "2026-11-24"))
    const only = new Stats.Accumulator()
    for (const g of good) {
      expect(Result.isSuccess(acc.tryAdd(g.notice, g.case))).toBe(true)
      only.unsafeAdd(g.notice, g.case)
    }
    expect(() => acc.unsafeAdd(item(9, "2026-13-01").notice, item(9, "2026-13-01").case)).toThrow(/case\.openedOn/)
    expect(acc.result()).toEqual(only.result())
    expect(acc.result().total).toBe(6)
  })
})
