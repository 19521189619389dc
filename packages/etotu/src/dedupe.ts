/**
 * Idempotency: the same notice delivered twice is processed once. Key = notice
 * id + hash of its canonical content; a same-id notice with different content
 * is reported as a conflict rather than silently dropped.
 *
 * @since 0.1.0
 */
import { createHash } from "node:crypto"
import type * as Notice from "./notice.js"

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

/** Outcome of offering a notice to a {@link Deduplicator}. @since 0.1.0 */
export type Seen = "new" | "duplicate" | "conflict"

/** Stateful deduplicator over a stream. @since 0.1.0 */
export class Deduplicator {
  private readonly seen = new Map<string, string>()
  /** @since 0.1.0 */
  offer(n: Notice.Notice): Seen {
    const h = contentHash(n)
    const prev = this.seen.get(n.id)
    if (prev === undefined) {
      this.seen.set(n.id, h)
      return "new"
    }
    return prev === h ? "duplicate" : "conflict"
  }
}
