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
  it("6 notices in Helsinki, 2 in Tampere: Tampere cell suppressed (<5); open-day median and p90", async () => {
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
      ["091", 6],
      ["837", null]
    ])
    // days to open: 0,1,2,3,4,5 → median (ceil(3)-1 = index 2) = 2, p90 (ceil(5.4)-1 = index 5) = 5
    expect(s.daysToOpen).toEqual({ n: 6, median: 2, p90: 5 })
    expect(s.daysToFirstContact.median).toBeNull()
    expect(s.byType).toEqual([{ type: "UnemployedUnder25", count: 8, share: 1 }])
  })
})
