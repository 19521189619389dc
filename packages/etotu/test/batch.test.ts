import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Csv, Decode, Dedupe, Delivery, KelaMapping, Notice, Stats, Triage, Workflow } from "../src/index.js"

const municipalities = ["091", "837", "564", "853", "049"]
const tags = [
  "ForwardedApplication",
  "ReducedBasicAmount",
  "SocialWorkNeeded",
  "UnemployedUnder25",
  "Unemployed25OrOver",
  "Immigrant"
] as const
const extra = (tag: string, i: number): Record<string, unknown> => {
  switch (tag) {
    case "ForwardedApplication":
      return { assistanceKind: ["supplementary", "preventive", "both"][i % 3] }
    case "ReducedBasicAmount":
      return {
        reductionPercent: i % 4 === 0 ? 40 : 20,
        referredToAssessment: i % 4 === 0,
        continuationMonth: 1 + (i % 3)
      }
    case "SocialWorkNeeded":
      return {
        reason: "lifeManagement",
        consent: true,
        personalDiscussionRequested: i % 5 === 0,
        phone: "+358 40 000 0000"
      }
    default:
      return {}
  }
}
/** A realistic day's delivery: shares as in Kelasto 2018 (R1: 51 % applications, 20 % reductions, 10 % 25+, 9 % social work, rest). */
const day = (count: number) => {
  const out: Array<unknown> = []
  for (let i = 0; i < count; i++) {
    const r = i % 100
    const tag = r < 51 ? tags[0] : r < 71 ? tags[1] : r < 81 ? tags[4] : r < 90 ? tags[2] : r < 96 ? tags[3] : tags[5]
    out.push({
      _tag: tag,
      formatVersion: 1,
      id: `2026-12-23-${i}`,
      decisionDate: "2026-12-23",
      municipality: municipalities[i % 5],
      urgency: i % 7 === 0 ? "urgent" : "nonUrgent",
      protectedPersonalData: i % 50 === 0,
      householdSize: 1 + (i % 4),
      ageGroup: tag === "UnemployedUnder25" ? "under25" : i % 9 === 0 ? "65plus" : "25to64",
      freeText: i % 11 === 0 ? 'vuokra, "sähkö"\nlääkkeet' : undefined,
      ...extra(tag, i)
    })
  }
  return out.map((x) => JSON.parse(JSON.stringify(x)))
}

describe("a realistic day's batch (3000 notices, some malformed, some duplicated)", () => {
  it("is decoded, deduplicated, triaged and reported without losing a good record", async () => {
    const good = day(3000)
    const lines = good.map((x) => JSON.stringify(x))
    // 40 malformed, 25 redelivered
    for (let k = 0; k < 40; k++)
      lines.splice(k * 70 + 3, 0, k % 2 ? "{not json" : JSON.stringify({ ...(good[k] as object), householdSize: 0 }))
    for (let k = 0; k < 25; k++) lines.push(lines[k * 100 + 5] as string)
    const results = Decode.decodeNdjson(lines.join("\n"))
    const d = Delivery.ingest(results, "2026-12-23")
    expect(d.bad.length).toBe(40)
    expect(d.accepted.length + d.duplicates.length + d.conflicts.length).toBe(3000 + 25 - (40 - 40))
    expect(d.accepted.length).toBe(3000)
    expect(new Set(d.accepted.map((a) => a.notice.id)).size).toBe(3000)
    // ordered by visibility, then urgent first
    for (let i = 1; i < d.accepted.length; i++)
      expect((d.accepted[i - 1] as Delivery.Accepted).visibleOn <= (d.accepted[i] as Delivery.Accepted).visibleOn).toBe(
        true
      )
    const t = Triage.triage(
      d.accepted.map((a) => a.notice),
      { ...Triage.defaultConfig("2026-12-23"), unemployed25OrOverCapacity: 100 }
    )
    expect(t.length).toBe(3000)
    expect(t[0]?.queue).toBe("urgent")
    expect(t.filter((x) => x.queue === "infoLetter").length).toBe(
      d.accepted.filter((a) => a.notice._tag === "Unemployed25OrOver" && a.notice.urgency === "nonUrgent").length - 100
    )
    const s = await Stats.stats(d.accepted.map((a) => ({ notice: a.notice })))
    expect(s.total).toBe(3000)
    expect(s.responses.find((r) => r.type === "ForwardedApplication")?.notices).toBe(1530)
  })
  it("is idempotent: delivering the same batch again yields nothing new", () => {
    const dd = new Dedupe.Deduplicator()
    const results = Decode.decodeBatch(day(500))
    expect(Delivery.ingest(results, "2026-12-23", dd).accepted.length).toBe(500)
    const again = Delivery.ingest(results, "2026-12-24", dd)
    expect(again.accepted.length).toBe(0)
    expect(again.duplicates.length).toBe(500)
  })
  it("a bounded deduplicator forgets the oldest ids", () => {
    const dd = new Dedupe.Deduplicator(10)
    const ns = Decode.decodeBatch(day(20)).flatMap((r) => (r._tag === "Ok" ? [r.notice] : []))
    for (const n of ns) dd.offer(n)
    expect(dd.size).toBe(10)
    expect(dd.offer(ns[0] as Notice.Notice)).toBe("new")
    expect(dd.offer(ns[19] as Notice.Notice)).toBe("duplicate")
  })
})

describe("CSV", () => {
  it("property: every type round-trips through encode → decodeCsv", () => {
    const all = Decode.decodeBatch(day(300)).flatMap((r) => (r._tag === "Ok" ? [r.notice] : []))
    fc.assert(
      fc.property(fc.subarray(all, { minLength: 1 }), (ns) => {
        const back = Csv.decodeCsv(Csv.encode(ns))
        expect(back.map((r) => (r._tag === "Ok" ? r.notice : r))).toEqual(ns)
      }),
      { numRuns: 50 }
    )
    expect(new Set(all.map((n) => n._tag)).size).toBe(6)
  })
  it("property: streaming over chunks split anywhere equals decoding the whole text", async () => {
    const text = Csv.encode(Decode.decodeBatch(day(40)).flatMap((r) => (r._tag === "Ok" ? [r.notice] : [])))
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(text.length), { maxLength: 8 }), async (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b)
        const chunks: Array<string> = []
        let prev = 0
        for (const p of points) {
          chunks.push(text.slice(prev, p))
          prev = p
        }
        chunks.push(text.slice(prev))
        const out: Array<Decode.RecordResult> = []
        for await (const r of Csv.decodeCsvStream(
          (async function* () {
            yield* chunks
          })()
        ))
          out.push(r)
        expect(out).toEqual(Csv.decodeCsv(text))
      }),
      { numRuns: 30 }
    )
  })
  it("a row with the wrong number of cells is one Bad record", () => {
    const r = Csv.decodeCsv("_tag,formatVersion\nImmigrant,1,extra\n")
    expect(r[0]).toMatchObject({ _tag: "Bad", record: 1 })
  })
})

describe("triage policies", () => {
  const ns = Decode.decodeBatch(day(100)).flatMap((r) => (r._tag === "Ok" ? [r.notice] : []))
  it("under-25 notices to another service when the municipality so decides (seed 003, Tampere 2018)", () => {
    const t = Triage.triage(ns, { ...Triage.defaultConfig("2026-12-23"), under25ToOtherService: true })
    const u = ns.filter((n) => n._tag === "UnemployedUnder25" && n.urgency === "nonUrgent").map((n) => n.id)
    expect(u.length).toBeGreaterThan(0)
    for (const id of u) expect(t.find((x) => x.noticeId === id)?.queue).toBe("otherService")
  })
  it("streaming Triager gives the same queue and due date as the batch triage without a cap", () => {
    const cfg = Triage.defaultConfig("2026-12-23")
    const tr = new Triage.Triager(cfg)
    const batch = new Map(Triage.triage(ns, cfg).map((x) => [x.noticeId, x]))
    for (const n of ns) {
      const s = tr.unsafeNext(n)
      expect([s.queue, s.due]).toEqual([batch.get(n.id)?.queue, batch.get(n.id)?.due])
    }
  })
  it("property: triage is a permutation with positions 1..n, urgent before non-urgent", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ns), (xs) => {
        const t = Triage.triage(xs, Triage.defaultConfig("2026-12-23"))
        expect(t.map((x) => x.position)).toEqual(xs.map((_, i) => i + 1))
        expect(new Set(t.map((x) => x.noticeId))).toEqual(new Set(xs.map((x) => x.id)))
        const firstNon = t.findIndex((x) => x.queue !== "urgent")
        if (firstNon >= 0) expect(t.slice(firstNon).some((x) => x.queue === "urgent")).toBe(false)
      })
    )
  })
})

describe("stats", () => {
  it("property: independent of input order; medians equal a sort-based computation", async () => {
    const ns = Decode.decodeBatch(day(60)).flatMap((r) => (r._tag === "Ok" ? [r.notice] : []))
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(40), { minLength: 60, maxLength: 60 }), async (delays) => {
        const items = ns.map((n, i) => {
          const c = Workflow.start(n, "2026-12-23")
          const v = Workflow.advance(c, { _tag: "BecameVisible", on: c.visibleOn }) as Workflow.Case
          const on = new Date(Date.parse(`${c.visibleOn}T00:00:00Z`) + (delays[i] as number) * 86400000)
            .toISOString()
            .slice(0, 10)
          return { notice: n, case: Workflow.advance(v, { _tag: "Opened", on }) as Workflow.Case }
        })
        const a = await Stats.stats(items)
        const b = await Stats.stats([...items].reverse())
        expect(a).toEqual(b)
        const sorted = [...delays].sort((x, y) => x - y)
        expect(a.daysToOpen.median).toBe(sorted[Math.ceil(0.5 * sorted.length) - 1])
        expect(a.daysToOpen.p90).toBe(sorted[Math.ceil(0.9 * sorted.length) - 1])
      }),
      { numRuns: 30 }
    )
  })
  it("small cells and small denominators are suppressed (minCell 5)", async () => {
    const ns = Decode.decodeBatch(day(10)).flatMap((r) => (r._tag === "Ok" ? [r.notice] : []))
    const s = await Stats.stats(ns.map((n) => ({ notice: n })))
    expect(s.cells.every((c) => c.count === null)).toBe(true)
    expect(s.responses.find((r) => r.type === "ForwardedApplication")).toMatchObject({
      notices: 10,
      cases: 0, // zeros are shown (docs/privacy/disclosure-control.md): a zero describes nobody
      reachedShare: null
    })
  })
})

describe("KelaMapping (the one place for Kela's side)", () => {
  it("maps Kelasto's published labels to our types and urgencies; Kela's format is not public", () => {
    expect(KelaMapping.kelaFormatIsPublic).toBe(false)
    expect(KelaMapping.typeOfLabel("Unemployed person 25 or over, on social assistance for 12 months")).toBe(
      "Unemployed25OrOver"
    )
    expect(KelaMapping.typeOfLabel("  alennettu   perusosa ")).toBe("ReducedBasicAmount")
    expect(KelaMapping.urgencyOfLabel("Non-urgent")).toBe("nonUrgent")
    expect(KelaMapping.typeOfLabel("Something else")).toBeUndefined()
    for (const t of Object.keys(Notice.names) as Array<Notice.NoticeType>)
      expect(KelaMapping.typeOfLabel(KelaMapping.typeLabels[t].kelastoEn)).toBe(t)
  })
})

describe("triage ordering rules (municipal policy)", () => {
  const mk = (id: string, tag: string, ageGroup: string) => {
    const r = Decode.decodeRecord(
      {
        _tag: tag,
        formatVersion: 1,
        id,
        decisionDate: "2026-12-23",
        municipality: "837",
        urgency: "nonUrgent",
        protectedPersonalData: false,
        householdSize: 1,
        ageGroup,
        ...(tag === "SocialWorkNeeded" ? { reason: "health", consent: true, personalDiscussionRequested: false } : {})
      },
      1
    )
    if (r._tag !== "Ok") throw new Error("bad")
    return r.notice
  }
  const ns = [
    mk("a", "Immigrant", "25to64"),
    mk("b", "SocialWorkNeeded", "65plus"),
    mk("c", "SocialWorkNeeded", "25to64")
  ]
  it("type order, then age group, then known clients, each with its reason", () => {
    const cfg = Triage.defaultConfig("2026-12-23")
    expect(Triage.triage(ns, cfg).map((t) => t.noticeId)).toEqual(["a", "b", "c"])
    const byType = Triage.triage(ns, { ...cfg, typeOrder: ["SocialWorkNeeded"] })
    expect(byType.map((t) => t.noticeId)).toEqual(["b", "c", "a"])
    const byAge = Triage.triage(ns, { ...cfg, typeOrder: ["SocialWorkNeeded"], ageGroupOrder: ["25to64"] })
    expect(byAge.map((t) => t.noticeId)).toEqual(["c", "b", "a"])
    const known = Triage.triage(ns, { ...cfg, knownClients: "last", isKnownClient: (id) => id === "a" })
    expect(known.map((t) => t.noticeId)).toEqual(["b", "c", "a"])
    expect(known[2]?.reasons).toContain("known client")
  })
})
