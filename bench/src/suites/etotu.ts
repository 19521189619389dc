/**
 * eTotu: decode + triage of a stream of notices (NDJSON lines), one working day's batch at a time, with memory
 * sampled as the stream grows. The lines are generated in chunks of 10 000; generating a chunk is timed apart from
 * processing it, so the figures are for decode + triage alone. Only the current chunk and the current day's batch
 * are held.
 *
 * Baseline (hand-written): `JSON.parse`, a check of the tag and of the type of each common field, a queue by type and
 * urgency, and a sort of the day's batch by urgency and id. It does not compute legal deadlines (working days,
 * holidays) or reasons, which `Triage.triage` does: the ratio shows what those cost.
 *
 * @since 0.1.0
 */
import { Decode, Notice, Triage } from "@osallistava/etotu"
import { noticeLines } from "../population/index.js"

/** @since 0.1.0 */
export interface MemorySample {
  readonly notices: number
  /** After a full garbage collection when available (`--expose-gc`), so retained memory, not garbage. */
  readonly heapUsedBytes: number
  readonly rssBytes: number
}

/** @since 0.1.0 */
export interface StreamRun {
  readonly mode: "ours" | "baseline"
  readonly notices: number
  readonly decoded: number
  readonly invalid: number
  readonly triaged: number
  readonly processSeconds: number
  readonly generateSeconds: number
  readonly perSecond: number
  readonly samples: ReadonlyArray<MemorySample>
}

/** Runs a full garbage collection when node was started with --expose-gc. @since 0.1.0 */
export const collect = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc !== undefined) gc()
}

// The six notice types are the format's vocabulary, not logic: taken from the package (its per-type names), so the
// baseline checks the same tags without a copy of the list.
const TAGS = new Set<string>(Object.keys(Notice.names))

interface Plain {
  readonly id: string
  readonly tag: string
  readonly urgent: boolean
  readonly decisionDate: string
}

const plainDecode = (line: string): Plain | undefined => {
  let o: Record<string, unknown>
  try {
    o = JSON.parse(line) as Record<string, unknown>
  } catch {
    return undefined
  }
  if (o === null || typeof o !== "object") return undefined
  const tag = o["_tag"]
  const id = o["id"]
  const d = o["decisionDate"]
  if (typeof tag !== "string" || !TAGS.has(tag) || typeof id !== "string" || typeof d !== "string") return undefined
  if (o["formatVersion"] !== 1 || typeof o["municipality"] !== "string" || typeof o["householdSize"] !== "number")
    return undefined
  return { id, tag, urgent: o["urgency"] === "urgent", decisionDate: d }
}

const plainTriage = (batch: Array<Plain>): Array<{ id: string; queue: string; position: number }> => {
  batch.sort((a, b) => (a.urgent === b.urgent ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.urgent ? -1 : 1))
  return batch.map((n, i) => ({
    id: n.id,
    position: i + 1,
    queue: n.urgent
      ? "urgent"
      : n.tag === "ForwardedApplication"
        ? "applications"
        : n.tag === "UnemployedUnder25"
          ? "youth"
          : n.tag === "Immigrant"
            ? "immigrant"
            : "socialWork"
  }))
}

/** @since 0.1.0 */
export const runStream = (seed: number, count: number, mode: "ours" | "baseline", sampleEvery = 100_000): StreamRun => {
  const CHUNK = 10_000
  const samples: Array<MemorySample> = []
  let processNs = 0n
  let generateNs = 0n
  let decoded = 0
  let invalid = 0
  let triaged = 0
  let day = ""
  let batch: Array<Notice.Notice> = []
  let plainBatch: Array<Plain> = []
  const flushDay = () => {
    if (mode === "ours") {
      if (batch.length > 0) triaged += Triage.triage(batch, Triage.defaultConfig(day)).length
      batch = []
    } else {
      if (plainBatch.length > 0) triaged += plainTriage(plainBatch).length
      plainBatch = []
    }
  }
  for (let from = 0; from < count; from += CHUNK) {
    const t0 = process.hrtime.bigint()
    const lines = [...noticeLines(seed, Math.min(CHUNK, count - from), from)]
    const t1 = process.hrtime.bigint()
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      if (mode === "ours") {
        const r = Decode.decodeLine(line, from + i + 1)
        if (r._tag !== "Ok") {
          invalid++
          continue
        }
        decoded++
        // Notices are received the working day after Kela's decision; a day's batch is triaged together.
        if (r.notice.decisionDate !== day) {
          flushDay()
          day = r.notice.decisionDate
        }
        batch.push(r.notice)
      } else {
        const n = plainDecode(line)
        if (n === undefined) {
          invalid++
          continue
        }
        decoded++
        if (n.decisionDate !== day) {
          flushDay()
          day = n.decisionDate
        }
        plainBatch.push(n)
      }
    }
    const t2 = process.hrtime.bigint()
    generateNs += t1 - t0
    processNs += t2 - t1
    const done = from + lines.length
    if (done % sampleEvery === 0 || done === count) {
      // Retained memory: collect garbage first when the run has --expose-gc (the bench script sets it).
      collect()
      const m = process.memoryUsage()
      samples.push({ notices: done, heapUsedBytes: m.heapUsed, rssBytes: m.rss })
    }
  }
  const t = process.hrtime.bigint()
  flushDay()
  processNs += process.hrtime.bigint() - t
  const processSeconds = Number(processNs) / 1e9
  return {
    mode,
    notices: count,
    decoded,
    invalid,
    triaged,
    processSeconds,
    generateSeconds: Number(generateNs) / 1e9,
    perSecond: count / processSeconds,
    samples
  }
}
