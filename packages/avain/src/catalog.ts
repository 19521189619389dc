/**
 * AVAIN code sets as versioned data: goal areas (tavoitealueet), situational
 * factors (tilannetekijät), social-work methods (menetelmät) with their
 * families, services (palvelut), goal intents, attainment levels and the
 * assessment scale of methods and services.
 *
 * THL's official code lists of the working-age client plan (Kanta code
 * service, OID arc 1.2.246.537.6) were not reachable when this was written
 * (see docs/avain/reference.md §§ 4, 10, 11). Every catalog therefore names
 * its source and classification OID (when known) and every entry carries a
 * `provisional` flag; a vendor drops the official lists in with
 * {@link parseCatalogSet} without code changes. Code never relies on the
 * position of an entry, only on its `code` (attainment order is the explicit
 * `rank` of a level).
 *
 * This module imports nothing heavy: it is shared by the scoring hot paths.
 *
 * @since 0.1.0
 */

/** Text in Finnish, Swedish and English. @since 0.1.0 */
export interface Label {
  readonly fi: string
  readonly sv: string
  readonly en: string
}

/** Where a catalog or an entry comes from. @since 0.1.0 */
export interface Source {
  /** e.g. `"THL 2018, Osallistavan sosiaaliturvan kokeilu, väliraportti, Kuvio 3"`. */
  readonly title: string
  readonly url?: string
}

/**
 * One code of a catalog.
 *
 * @since 0.1.0
 */
export interface CatalogEntry {
  readonly code: string
  readonly label: Label
  /** True when the entry is not confirmed from THL's official list. */
  readonly provisional: boolean
  /** First day the code may be used (inclusive); the catalog's `validFrom` when absent. */
  readonly validFrom?: string
  /** Last day the code may be used (inclusive); open-ended when absent. */
  readonly validTo?: string
  /** Method families the method belongs to (methods only), by code of {@link CatalogSet.methodFamilies}. */
  readonly families?: ReadonlyArray<string>
  /** Order of an attainment or assessment level: a higher rank is a better result. */
  readonly rank?: number
  /** Method families only: which classification the family belongs to. */
  readonly dimension?: "participatory-model" | "support-kind"
  readonly source?: Source
}

/**
 * A code list (koodisto) at one version.
 *
 * @since 0.1.0
 */
export interface Catalog {
  /** e.g. `"goal-area"`. */
  readonly id: CatalogId
  readonly version: string
  readonly title: Label
  readonly source: Source
  /** OID of the classification in the Kanta code service, when known. */
  readonly classificationOid?: string
  readonly entries: ReadonlyArray<CatalogEntry>
}

/** The catalogs of AVAIN. @since 0.1.0 */
export type CatalogId =
  | "goal-area"
  | "goal-intent"
  | "attainment-level"
  | "factor"
  | "method"
  | "method-family"
  | "service"
  | "assessment-level"

/** @since 0.1.0 */
export const catalogIds: ReadonlyArray<CatalogId> = [
  "goal-area",
  "goal-intent",
  "attainment-level",
  "factor",
  "method",
  "method-family",
  "service",
  "assessment-level"
]

/**
 * All catalogs in force together over a date range, with the attainment
 * threshold THL reports against ("vähintään melko hyvin", at least fairly well).
 *
 * @since 0.1.0
 */
export interface CatalogSet {
  /** e.g. `"provisional-2026.1"`. */
  readonly version: string
  /** First day (inclusive) records dated on it are checked against this set. */
  readonly validFrom: string
  /** Last day (inclusive); open-ended when absent. */
  readonly validTo?: string
  readonly source: Source
  /** Code of the attainment level counted as attained "at least" ("vähintään melko hyvin"). */
  readonly attainmentThreshold: string
  readonly catalogs: { readonly [K in CatalogId]: Catalog }
}

/** True when some entry of the set is provisional. @since 0.1.0 */
export const hasProvisional = (set: CatalogSet): boolean =>
  catalogIds.some((id) => set.catalogs[id].entries.some((e) => e.provisional))

/**
 * A fast lookup over one catalog set, built once and reused by validation,
 * scoring and reports.
 *
 * @since 0.1.0
 */
export interface CatalogIndex {
  readonly set: CatalogSet
  /** Entry by catalog and code. */
  readonly entry: (catalog: CatalogId, code: string) => CatalogEntry | undefined
  /** True when `code` exists in `catalog` and is valid on `date` (YYYY-MM-DD). */
  readonly isValidOn: (catalog: CatalogId, code: string, date: string) => boolean
  /** True when an attainment level code is at or above the threshold. */
  readonly isAttained: (attainmentCode: string) => boolean
  /** Method family codes of a method ([] when unknown). */
  readonly familiesOf: (methodCode: string) => ReadonlyArray<string>
  readonly label: (catalog: CatalogId, code: string, language: keyof Label) => string
  /** `"all"` when every entry is provisional, `"none"` when none is, else `"some"`. */
  readonly provisionalEntries: "all" | "none" | "some"
}

const indexCache = new WeakMap<CatalogSet, CatalogIndex>()

/**
 * Builds (and caches) the lookup of a catalog set.
 *
 * @example
 * ```ts
 * import { indexCatalogSet, provisionalCatalogSet } from "@osallistava/avain"
 * const ix = indexCatalogSet(provisionalCatalogSet)
 * ix.isAttained("fairly-well") // true
 * ```
 * @since 0.1.0
 */
export const indexCatalogSet = (set: CatalogSet): CatalogIndex => {
  const cached = indexCache.get(set)
  if (cached !== undefined) return cached
  const maps = new Map<CatalogId, Map<string, CatalogEntry>>()
  for (const id of catalogIds) {
    const m = new Map<string, CatalogEntry>()
    for (const e of set.catalogs[id].entries) m.set(e.code, e)
    maps.set(id, m)
  }
  const levels = maps.get("attainment-level") as Map<string, CatalogEntry>
  const thresholdRank = levels.get(set.attainmentThreshold)?.rank
  const attained = new Map<string, boolean>()
  for (const [code, e] of levels)
    attained.set(code, thresholdRank !== undefined && e.rank !== undefined && e.rank >= thresholdRank)
  let provisionalCount = 0
  let total = 0
  for (const m of maps.values())
    for (const e of m.values()) {
      total++
      if (e.provisional) provisionalCount++
    }
  const index: CatalogIndex = {
    set,
    provisionalEntries: provisionalCount === total ? "all" : provisionalCount === 0 ? "none" : "some",
    entry: (catalog, code) => maps.get(catalog)?.get(code),
    isValidOn: (catalog, code, date) => {
      const e = maps.get(catalog)?.get(code)
      if (e === undefined) return false
      const from = e.validFrom ?? set.validFrom
      if (date < from) return false
      const to = e.validTo ?? set.validTo
      return to === undefined || date <= to
    },
    isAttained: (code) => attained.get(code) === true,
    familiesOf: (code) => maps.get("method")?.get(code)?.families ?? [],
    label: (catalog, code, language) => maps.get(catalog)?.get(code)?.label[language] ?? code
  }
  indexCache.set(set, index)
  return index
}

/**
 * The catalog set in force on `date` among `sets` (the latest `validFrom`
 * not after `date` whose `validTo` is not before it), or `undefined`.
 *
 * @since 0.1.0
 */
export const catalogSetOn = (sets: ReadonlyArray<CatalogSet>, date: string): CatalogSet | undefined => {
  let best: CatalogSet | undefined
  for (const s of sets) {
    if (s.validFrom > date) continue
    if (s.validTo !== undefined && s.validTo < date) continue
    if (best === undefined || s.validFrom > best.validFrom) best = s
  }
  return best
}

/**
 * Codes in use that are provisional, per catalog: what a report must warn about.
 *
 * @since 0.1.0
 */
export const provisionalCodes = (
  index: CatalogIndex,
  used: { readonly [K in CatalogId]?: Iterable<string> }
): ReadonlyArray<{ readonly catalog: CatalogId; readonly code: string }> => {
  const out: Array<{ catalog: CatalogId; code: string }> = []
  for (const id of catalogIds) {
    const codes = used[id]
    if (codes === undefined) continue
    for (const code of codes) if (index.entry(id, code)?.provisional !== false) out.push({ catalog: id, code })
  }
  return out.sort((a, b) => (a.catalog === b.catalog ? (a.code < b.code ? -1 : 1) : a.catalog < b.catalog ? -1 : 1))
}

/**
 * A new catalog set with some catalogs replaced (e.g. by official lists
 * from {@link catalogFromCodeList}) and its own version and validity.
 *
 * @since 0.1.0
 */
export const withCatalogs = (
  base: CatalogSet,
  replace: { readonly [K in CatalogId]?: Catalog },
  meta: {
    readonly version: string
    readonly validFrom: string
    readonly validTo?: string
    readonly source: Source
    readonly attainmentThreshold?: string
  }
): CatalogSet => ({
  version: meta.version,
  validFrom: meta.validFrom,
  ...(meta.validTo === undefined ? {} : { validTo: meta.validTo }),
  source: meta.source,
  attainmentThreshold: meta.attainmentThreshold ?? base.attainmentThreshold,
  catalogs: { ...base.catalogs, ...replace }
})
