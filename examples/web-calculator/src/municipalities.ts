/**
 * The municipalities offered in the form: Statistics Finland's 2026 list from `@osallistava/core`, limited to those
 * the housing-cost decree annex covers (VNA 144/2024 as amended by 580/2024; all of mainland Finland). Åland is left
 * out: basic social assistance there is not granted by Kela under Act 1412/1997 but by the Åland municipalities under
 * Åland's own legislation. Values are the municipality codes, which the engine accepts; labels are the Finnish or
 * Swedish names.
 *
 * @since 0.1.0
 */
import { Municipality } from "@osallistava/core"
import { Parameters } from "@osallistava/social-assistance"
import { Result } from "effect"
import type { Lang } from "./i18n.js"

const covered: ReadonlyArray<Municipality.Municipality> = Municipality.municipalities.filter((m) =>
  Result.isSuccess(Parameters.housingLimit(m.code, "2025", 1))
)

const collator: Record<Lang, Intl.Collator> = {
  fi: new Intl.Collator("fi"),
  sv: new Intl.Collator("sv"),
  en: new Intl.Collator("fi")
}

/** @since 0.1.0 */
export interface MunicipalityOption {
  /** Statistics Finland code, e.g. `"106"` (Hyvinkää). */
  readonly value: string
  readonly label: string
}

/**
 * Options in the alphabetical order of `lang`.
 *
 * @since 0.1.0
 */
export const municipalityOptions = (lang: Lang): ReadonlyArray<MunicipalityOption> =>
  covered
    .map((m) => ({ value: m.code, label: lang === "sv" ? m.sv : m.fi }))
    .sort((a, b) => collator[lang].compare(a.label, b.label))
