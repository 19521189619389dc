/**
 * The AVAIN catalog sets this service validates, scores and reports with.
 *
 * The avain package ships a PROVISIONAL set (THL's official code lists of the
 * working-age client plan were not reachable; see the package README). A
 * vendor replaces it here with the official lists loaded through
 * `parseCatalogSet`, adding a set per version with its `validFrom`: records
 * are checked against the set in force on their date.
 *
 * @since 0.1.0
 */
import { type CatalogId, type CatalogSet, provisionalCatalogSet } from "@osallistava/avain"

/** @since 0.1.0 */
export const catalogSets: ReadonlyArray<CatalogSet> = [provisionalCatalogSet]

/** Every code of a catalog in any of the sets. @since 0.1.0 */
export const knownCodes = (id: CatalogId): ReadonlySet<string> =>
  new Set(catalogSets.flatMap((s) => s.catalogs[id].entries.map((e) => e.code)))
