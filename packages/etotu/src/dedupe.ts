/**
 * Idempotency: the same notice delivered twice is processed once. Key = notice
 * id + hash of its canonical content; a same-id notice with different content
 * is reported as a conflict rather than silently dropped.
 *
 * Notices are flat records of primitives, so the canonical form is the sorted
 * `key=value` list; the deduplicator keeps a 53-bit hash of it per id (not
 * cryptographic: a collision within one id would hide a conflict with
 * probability ~2⁻⁵³). Memory grows with distinct ids; bound it with
 * `maxEntries` (oldest ids are forgotten first), e.g. the ids of the last few
 * weeks, since Kela redelivers within days, not months [I].
 *
 * @since 0.1.0
 */
import { createHash } from "node:crypto"
import * as Notice from "./notice.js"

const canonical = (u: unknown): string => {
  if (Array.isArray(u)) return `[${u.map(canonical).join(",")}]`
  if (u !== null && typeof u === "object") {
    const o = u as Record<string, unknown>
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(",")}}`
  }
  return JSON.stringify(u)
}

/** SHA-256 of the canonical JSON of a notice. @since 0.1.0 */
export const contentHash = (n: Notice.Notice): string => createHash("sha256").update(canonical(n)).digest("hex")

/** cyrb53: a fast 53-bit string hash (public domain, bryc). @since 0.2.0 */
export const hash53 = (s: string): number => {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

// Every field of every notice type, in a fixed order (no per-record sorting).
const FIELDS = Notice.fields

/**
 * Fast content fingerprint of a notice (cyrb53 over its fields in a fixed
 * order; absent and present fields are told apart). Fields outside the format
 * are ignored (decoded notices have none).
 *
 * @since 0.2.0
 */
export const fingerprint = (n: Notice.Notice): number => {
  const o = n as unknown as Record<string, unknown>
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let f = 0; f < FIELDS.length; f++) {
    const v = o[FIELDS[f] as string]
    const s = v === undefined ? "\u0002" : typeof v === "string" ? v : String(v)
    for (let i = 0; i <= s.length; i++) {
      const c = i === s.length ? 1 : s.charCodeAt(i)
      h1 = Math.imul(h1 ^ c, 2654435761)
      h2 = Math.imul(h2 ^ c, 1597334677)
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/** Outcome of offering a notice to a {@link Deduplicator}. @since 0.1.0 */
export type Seen = "new" | "duplicate" | "conflict"

/**
 * Stateful deduplicator over a stream. With `maxEntries` it keeps two
 * generations of at most `maxEntries / 2` ids each and drops the older
 * generation when the newer fills up: memory is bounded and every id is
 * remembered for at least the last `maxEntries / 2` distinct notices.
 *
 * @since 0.1.0
 */
export class Deduplicator {
  private current = new Map<string, number>()
  private previous = new Map<string, number>()
  private readonly generation: number
  /** @param maxEntries bound on remembered ids (default: unbounded). */
  constructor(maxEntries: number = Number.POSITIVE_INFINITY) {
    this.generation = Math.max(1, Math.floor(maxEntries / 2))
  }
  /** @since 0.1.0 */
  offer(n: Notice.Notice): Seen {
    const h = fingerprint(n)
    const prev = this.current.get(n.id) ?? this.previous.get(n.id)
    if (prev === undefined) {
      if (this.current.size >= this.generation) {
        this.previous = this.current
        this.current = new Map()
      }
      this.current.set(n.id, h)
      return "new"
    }
    return prev === h ? "duplicate" : "conflict"
  }
  /** Number of ids remembered. @since 0.2.0 */
  get size(): number {
    return this.current.size + this.previous.size
  }
}
