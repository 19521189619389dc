/**
 * What the service keeps of a record, and in what form.
 *
 * Data minimisation (GDPR Art. 5(1)(c)): scoring and cohort reports need the
 * codes, dates and pseudonymous references only. Free text (a goal in the
 * client's own words, `mechanisms`) belongs to the client plan in the client
 * information system and is **not stored** here: names and other
 * identifying details that no validator can recognise typically hide in free
 * text. Unknown fields are already dropped by the record Schema.
 *
 * @since 0.1.0
 */
import type { AvainRecord } from "@osallistava/avain"

/**
 * The record without its free-text fields.
 *
 * @since 0.1.0
 */
export const withoutFreeText = (r: AvainRecord): AvainRecord => {
  const { mechanisms: _m, ...rest } = r
  if (rest.phase === "start") return { ...rest, goals: rest.goals.map(({ text: _t, ...g }) => g) }
  return rest
}

const sortKeys = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (v !== null && typeof v === "object") {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k])
    return out
  }
  return v
}

/**
 * JSON with object keys sorted: equal records give equal text, which makes
 * an idempotent replay detectable by comparing strings.
 *
 * @since 0.1.0
 */
export const canonicalJson = (v: unknown): string => JSON.stringify(sortKeys(v))
