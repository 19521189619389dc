/**
 * Dates for people, per language: `1.3.2026` in Finnish and Swedish (the
 * Institute for the Languages of Finland's recommendation; Swedish in Finland
 * writes dates the same way), ISO 8601 `2026-03-01` in English. Machine
 * formats (JSON, CSV) keep ISO dates; this is only for text a person reads.
 *
 * @since 0.2.0
 */
import type { LocalDate } from "./local-date.js"
import type { Language } from "./localized.js"

/**
 * A calendar date as people read it: `1.3.2026` (fi, sv), `2026-03-01` (en).
 *
 * @example
 * ```ts
 * import { FormatDate, LocalDate } from "@osallistava/core"
 * FormatDate.date(LocalDate.unsafeFrom("2026-03-01"), "fi") // "1.3.2026"
 * ```
 * @since 0.2.0
 */
export const date = (d: LocalDate | string, language: Language): string => {
  if (language === "en") return d
  const [y, m, day] = d.split("-")
  return `${Number(day)}.${Number(m)}.${y}`
}

/**
 * A period of dates: `1.1.2027–31.12.2027` (fi, sv, an en dash without
 * spaces between numbers), `2027-01-01 – 2027-12-31` (en).
 *
 * @since 0.2.0
 */
export const range = (from: LocalDate | string, to: LocalDate | string, language: Language): string =>
  language === "en" ? `${from} – ${to}` : `${date(from, language)}–${date(to, language)}`

/**
 * A month as people read it: `3/2026` (fi, sv), `2026-03` (en). Anything that is not a `YYYY-MM` month is returned as
 * it is, so a caller never prints a half-formatted value.
 *
 * @example
 * ```ts
 * import { FormatDate } from "@osallistava/core"
 * FormatDate.month("2026-03", "sv") // "3/2026"
 * ```
 * @since 0.3.0
 */
export const month = (ym: string, language: Language): string => {
  const m = /^(\d{4})-(\d{2})$/.exec(ym)
  return language === "en" || m === null ? ym : `${Number(m[2])}/${m[1]}`
}
