/**
 * The municipalities offered in the form: every municipality named in the housing-cost decree annexes (VNA 144/2024,
 * 580/2024), which is the list the engine can cap housing costs for. Values are the Finnish names the engine accepts;
 * in Swedish the Swedish name is shown where `@osallistava/core` knows it.
 *
 * `@osallistava/social-assistance` does not export the list of annex municipalities, so it is read from the package
 * source through an alias set in vite.config.ts and tsconfig.json (reported to the package owner).
 *
 * @since 0.1.0
 */
import { Municipality } from "@osallistava/core"
import { housingLimitRows } from "@osallistava/social-assistance/housing-cost-limits-data"
import type { Lang } from "./i18n.js"

const names: ReadonlyArray<string> = [...new Set(housingLimitRows.map((row) => row[2]))]

const collator: Record<Lang, Intl.Collator> = {
  fi: new Intl.Collator("fi"),
  sv: new Intl.Collator("sv"),
  en: new Intl.Collator("fi")
}

/** @since 0.1.0 */
export interface MunicipalityOption {
  /** Finnish name, as the engine takes it. */
  readonly value: string
  readonly label: string
}

/**
 * Options in the alphabetical order of `lang`.
 *
 * @since 0.1.0
 */
export const municipalityOptions = (lang: Lang): ReadonlyArray<MunicipalityOption> =>
  names
    .map((fi) => ({ value: fi, label: lang === "sv" ? (Municipality.findByName(fi)?.sv ?? fi) : fi }))
    .sort((a, b) => collator[lang].compare(a.label, b.label))
