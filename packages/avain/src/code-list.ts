/**
 * Official code lists as catalogs: THL's lists (Koodistopalvelu) arrive as
 * flat rows of text; {@link catalogFromCodeList} turns them into a
 * {@link Catalog}, reporting every row it could not take as it is as core's
 * `RuleViolation`. Kept apart from `catalog.ts`, which the scoring entry
 * shares and which imports nothing.
 *
 * @since 0.4.0 (the functions since 0.1.0, in `catalog.ts`)
 */
import { formatPath, RuleViolation } from "@osallistava/core/errors"
import { isLocalDate } from "@osallistava/core/local-date"
import type { Catalog, CatalogEntry, CatalogId, Label, Source } from "./catalog.js"

const problem = (row: number, column: string, rule: string, detail: string): RuleViolation =>
  new RuleViolation({ at: formatPath(["rows", row, column]), rule, detail })

/**
 * Column names of a flat code list (one row per code), e.g. a Kanta code
 * service export converted to CSV. Defaults: `code`, `fi`, `sv`, `en`,
 * `validFrom`, `validTo`, `rank`, `families` (`;`-separated).
 *
 * @since 0.1.0
 */
export interface CodeListColumns {
  readonly code?: string
  readonly fi?: string
  readonly sv?: string
  readonly en?: string
  readonly validFrom?: string
  readonly validTo?: string
  readonly rank?: string
  readonly families?: string
}

/**
 * A row that could not become a catalog entry as it is: core's
 * `RuleViolation` at `rows[i].<column>` (the column's name in the list),
 * with one of the rules `code-format`, `unique-code`, `label-fi-present`,
 * `label-present` (the Finnish label is used instead), `date-format`,
 * `rank-number`. No detail repeats a cell.
 *
 * @since 0.1.0 (core's `RuleViolation` since 0.4.0; before, a plain object `{ row, column, message }`)
 */
export type CodeListProblem = RuleViolation

/**
 * Builds one catalog from the rows of a flat code list (objects of column →
 * text). Entries from an official list are `provisional: false` unless
 * `provisional` says otherwise. A missing label in sv or en falls back to fi
 * (and is reported as a problem so the gap is visible). Dates must be
 * existing days, YYYY-MM-DD; a Finnish date `d.m.yyyy` is converted (core's
 * `LocalDate` test; `31.2.2026` or `2026-13-45` is a `date-format` problem).
 *
 * @example
 * ```ts
 * import { catalogFromCodeList } from "@osallistava/avain"
 * const { catalog, problems } = catalogFromCodeList({
 *   id: "goal-area", version: "2024", title: { fi: "Tavoitteet", sv: "Mål", en: "Goals" },
 *   source: { title: "THL - AVAIN tavoitteet", url: "https://koodistopalvelu.kanta.fi/" },
 *   rows: [{ code: "1", fi: "Taloudenhallinta", sv: "Hantering av ekonomin", en: "Managing one's finances" }]
 * })
 * ```
 * @since 0.1.0
 */
export const catalogFromCodeList = (input: {
  readonly id: CatalogId
  readonly version: string
  readonly title: Label
  readonly source: Source
  readonly classificationOid?: string
  readonly rows: ReadonlyArray<Readonly<Record<string, string | undefined>>>
  readonly columns?: CodeListColumns
  readonly provisional?: boolean
}): { readonly catalog: Catalog; readonly problems: ReadonlyArray<CodeListProblem> } => {
  const c = input.columns ?? {}
  const col = (k: keyof CodeListColumns): string => c[k] ?? k
  const problems: Array<CodeListProblem> = []
  const date = (text: string | undefined, row: number, column: string): string | undefined => {
    if (text === undefined || text.trim() === "") return undefined
    const t = text.trim()
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t)
    const iso = m === null ? t : `${m[3]}-${(m[2] as string).padStart(2, "0")}-${(m[1] as string).padStart(2, "0")}`
    // Core's one test of a date: the form and that the day exists (no 31.2.2026, no 2026-13-45).
    if (isLocalDate(iso)) return iso
    problems.push(problem(row, column, "date-format", "Expected an existing date YYYY-MM-DD or d.m.yyyy"))
    return undefined
  }
  const entries: Array<CatalogEntry> = []
  const seen = new Set<string>()
  input.rows.forEach((r, row) => {
    const code = r[col("code")]?.trim() ?? ""
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(code)) {
      problems.push(problem(row, col("code"), "code-format", "Expected a code of 1–64 characters A–Z, a–z, 0–9 . _ -"))
      return
    }
    if (seen.has(code)) {
      problems.push(problem(row, col("code"), "unique-code", "Code appears twice"))
      return
    }
    seen.add(code)
    const fi = r[col("fi")]?.trim() ?? ""
    if (fi === "") {
      problems.push(problem(row, col("fi"), "label-fi-present", "Missing Finnish label"))
      return
    }
    const other = (k: "sv" | "en") => {
      const v = r[col(k)]?.trim() ?? ""
      if (v === "") problems.push(problem(row, col(k), "label-present", "Missing label; the Finnish one is used"))
      return v === "" ? fi : v
    }
    const label = { fi, sv: other("sv"), en: other("en") }
    const validFrom = date(r[col("validFrom")], row, col("validFrom"))
    const validTo = date(r[col("validTo")], row, col("validTo"))
    const rankText = r[col("rank")]?.trim()
    let rank: number | undefined
    if (rankText !== undefined && rankText !== "") {
      rank = Number(rankText)
      if (!Number.isFinite(rank)) {
        problems.push(problem(row, col("rank"), "rank-number", "Expected a number"))
        rank = undefined
      }
    }
    const familiesText = r[col("families")]?.trim()
    const families =
      familiesText === undefined || familiesText === "" ? undefined : familiesText.split(";").map((f) => f.trim())
    entries.push({
      code,
      label,
      provisional: input.provisional ?? false,
      ...(validFrom === undefined ? {} : { validFrom }),
      ...(validTo === undefined ? {} : { validTo }),
      ...(rank === undefined ? {} : { rank }),
      ...(families === undefined ? {} : { families })
    })
  })
  return {
    catalog: {
      id: input.id,
      version: input.version,
      title: input.title,
      source: input.source,
      ...(input.classificationOid === undefined ? {} : { classificationOid: input.classificationOid }),
      entries
    },
    problems
  }
}
