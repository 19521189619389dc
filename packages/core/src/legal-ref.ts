/**
 * Legal references as data: which act, section, subsection (momentti) and point
 * (kohta), in the wording of which amending act, valid when, and where Finlex
 * has the text. One renderer per language, each in that language's citation
 * style:
 *
 * - fi: `toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)`
 * - sv: `lagen om utkomststöd 1412/1997 14 a § 1 mom. (1023/2022)`
 * - en: `Act 1412/1997 section 14 a(1) (1023/2022)`
 *
 * The acts' names are their short Finnish names and the Swedish titles of the
 * statute book (read in `eliask/finlex-data`, `data/asd/sv/<year>/`; 150/1930 is
 * not in that snapshot and is named as Finlex names it). See docs/core/README.md.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"
import { LocalDate } from "./local-date.js"
import type { Language } from "./localized.js"

const ACT = /^[1-9]\d{0,3}\/(1[89]\d\d|20\d\d)$/
const SECTION = /^[1-9]\d{0,2}( [a-z])?$/

/**
 * The number of an act in the statute book, `number/year`, e.g. `1412/1997`.
 *
 * @since 0.2.0
 */
export const ActNumber = /* @__PURE__ */ Schema.String.pipe(
  /* @__PURE__ */ Schema.check(
    /* @__PURE__ */ Schema.makeFilter((s: string) => ACT.test(s) || "Expected an act number like 1412/1997", {
      title: "ActNumber",
      description: "Number of an act in the Finnish statute book, number/year"
    })
  )
)

/**
 * A section number as the statute writes it: digits and an optional letter
 * after a space, e.g. `14 a`.
 *
 * @since 0.2.0
 */
export const SectionNumber = /* @__PURE__ */ Schema.String.pipe(
  /* @__PURE__ */ Schema.check(
    /* @__PURE__ */ Schema.makeFilter((s: string) => SECTION.test(s) || "Expected a section number like 14 or 14 a", {
      title: "SectionNumber",
      description: "Section number, digits and an optional letter after a space"
    })
  )
)

const Ordinal = /* @__PURE__ */ Schema.Int.pipe(
  /* @__PURE__ */ Schema.check(
    /* @__PURE__ */ Schema.makeFilter((n: number) => (n >= 1 && n <= 99) || "Expected a whole number from 1 to 99")
  )
)

/**
 * A reference to a provision: act, section, optional subsection (momentti) and
 * point (kohta), the amending act whose wording is meant, the period that
 * wording is valid for (`validTo` inclusive; open-ended when absent) and a
 * Finlex link to the text.
 *
 * @since 0.2.0
 */
export const LegalRef = /* @__PURE__ */ Schema.Struct({
  /** Act number, e.g. `1412/1997`. */
  act: ActNumber,
  /** Section, e.g. `14 a`. */
  section: SectionNumber,
  /** Subsection (momentti), 1-based. */
  subsection: /* @__PURE__ */ Schema.optionalKey(Ordinal),
  /** Point (kohta), 1-based. */
  point: /* @__PURE__ */ Schema.optionalKey(Ordinal),
  /** The amending act whose wording is meant, e.g. `1023/2022`. */
  amendedBy: /* @__PURE__ */ Schema.optionalKey(ActNumber),
  /** First day this wording is in force. */
  validFrom: /* @__PURE__ */ Schema.optionalKey(LocalDate),
  /** Last day this wording is in force (inclusive). */
  validTo: /* @__PURE__ */ Schema.optionalKey(LocalDate),
  /** Finlex address of the text (the amending act as enacted, or the consolidated act). */
  finlex: Schema.String
}).annotate({ title: "LegalRef" })

/** @since 0.2.0 */
export type LegalRef = typeof LegalRef.Type

/**
 * The same Schema as {@link LegalRef} under a name that differs from the type's, so that it is reachable as a
 * value through the namespace in the bundled type declarations (`LegalRef.schema`).
 *
 * @since 0.2.0
 */
export const schema = LegalRef

/** Names of an act in the three languages' citation styles. @since 0.2.0 */
export interface ActName {
  /** Finnish short name, lower case as cited mid-sentence, e.g. `toimeentulotukilaki`. */
  readonly fi: string
  /** Swedish title with the definite article as cited, e.g. `lagen om utkomststöd`. */
  readonly sv: string
  /** English short title, e.g. `Act on Social Assistance`; the English citation uses "Act N/YYYY". */
  readonly en: string
}

/**
 * The acts the packages cite, by number (titles from the statute book; Swedish
 * titles read in finlex-data `data/asd/sv/`).
 *
 * @since 0.2.0
 */
export const acts: Readonly<Record<string, ActName>> = {
  "150/1930": {
    fi: "laki säädettyjen määräaikain laskemisesta",
    sv: "lagen om beräknande av laga tid",
    en: "Act on the Calculation of Statutory Time Limits"
  },
  "1412/1997": { fi: "toimeentulotukilaki", sv: "lagen om utkomststöd", en: "Act on Social Assistance" },
  "189/2001": {
    fi: "laki kuntouttavasta työtoiminnasta",
    sv: "lagen om arbetsverksamhet i rehabiliteringssyfte",
    en: "Act on Rehabilitative Work Activity"
  },
  "13/2003": {
    fi: "laki sähköisestä asioinnista viranomaistoiminnassa",
    sv: "lagen om elektronisk kommunikation i myndigheternas verksamhet",
    en: "Act on Electronic Services and Communication in the Public Sector"
  },
  "434/2003": { fi: "hallintolaki", sv: "förvaltningslagen", en: "Administrative Procedure Act" },
  "1386/2010": {
    fi: "laki kotoutumisen edistämisestä",
    sv: "lagen om främjande av integration",
    en: "Act on the Promotion of Immigrant Integration"
  },
  "1301/2014": { fi: "sosiaalihuoltolaki", sv: "socialvårdslagen", en: "Social Welfare Act" },
  "681/2023": {
    fi: "laki kotoutumisen edistämisestä",
    sv: "lagen om främjande av integration",
    en: "Act on the Promotion of Integration"
  }
}

/**
 * Finlex address of an act: the consolidated text (`ajantasa`), or with
 * `"original"` the act as enacted (`alkup`), which is where an amending act's
 * wording is read.
 *
 * @example
 * ```ts
 * import { LegalRef } from "@osallistava/core"
 * LegalRef.finlexUrl("1023/2022", "original") // "https://finlex.fi/fi/laki/alkup/2022/20221023"
 * ```
 * @since 0.2.0
 */
export const finlexUrl = (act: string, form: "consolidated" | "original" = "consolidated"): string => {
  const [number = "", year = ""] = act.split("/")
  return `https://finlex.fi/fi/laki/${form === "original" ? "alkup" : "ajantasa"}/${year}/${year}${number.padStart(4, "0")}`
}

/**
 * Makes a reference; the Finlex link is the amending act as enacted when
 * `amendedBy` is given (that is where the wording is), else the consolidated act.
 *
 * @since 0.2.0
 */
export const make = (fields: Omit<LegalRef, "finlex"> & { readonly finlex?: string }): LegalRef => ({
  ...fields,
  finlex:
    fields.finlex ?? (fields.amendedBy === undefined ? finlexUrl(fields.act) : finlexUrl(fields.amendedBy, "original"))
})

const amending = (ref: LegalRef) => (ref.amendedBy === undefined ? "" : ` (${ref.amendedBy})`)

/**
 * Finnish citation: `toimeentulotukilaki 1412/1997 14 a § 1 mom. 3 kohta (1023/2022)`.
 *
 * @since 0.2.0
 */
export const renderFi = (ref: LegalRef): string => {
  const name = acts[ref.act]?.fi ?? "laki"
  const mom = ref.subsection === undefined ? "" : ` ${ref.subsection} mom.`
  const kohta = ref.point === undefined ? "" : ` ${ref.point} kohta`
  return `${name} ${ref.act} ${ref.section} §${mom}${kohta}${amending(ref)}`
}

/**
 * Swedish citation: `lagen om utkomststöd 1412/1997 14 a § 1 mom. 3 punkten (1023/2022)`.
 *
 * @since 0.2.0
 */
export const renderSv = (ref: LegalRef): string => {
  const name = acts[ref.act]?.sv ?? "lagen"
  const mom = ref.subsection === undefined ? "" : ` ${ref.subsection} mom.`
  const punkt = ref.point === undefined ? "" : ` ${ref.point} punkten`
  return `${name} ${ref.act} ${ref.section} §${mom}${punkt}${amending(ref)}`
}

/**
 * English citation: `Act 1412/1997 section 14 a(1)(3) (1023/2022)`.
 *
 * @since 0.2.0
 */
export const renderEn = (ref: LegalRef): string => {
  const mom = ref.subsection === undefined ? "" : `(${ref.subsection})`
  const point = ref.point === undefined ? "" : `(${ref.point})`
  return `Act ${ref.act} section ${ref.section}${mom}${point}${amending(ref)}`
}

/**
 * The citation in `language`'s style.
 *
 * @example
 * ```ts
 * import { LegalRef } from "@osallistava/core"
 * const ref = LegalRef.make({ act: "1412/1997", section: "14 a", subsection: 1, amendedBy: "1023/2022" })
 * LegalRef.render(ref, "fi") // "toimeentulotukilaki 1412/1997 14 a § 1 mom. (1023/2022)"
 * LegalRef.render(ref, "sv") // "lagen om utkomststöd 1412/1997 14 a § 1 mom. (1023/2022)"
 * LegalRef.render(ref, "en") // "Act 1412/1997 section 14 a(1) (1023/2022)"
 * ```
 * @since 0.2.0
 */
export const render = (ref: LegalRef, language: Language): string =>
  language === "fi" ? renderFi(ref) : language === "sv" ? renderSv(ref) : renderEn(ref)

/** The citation in all three languages. @since 0.2.0 */
export const renderAll = (ref: LegalRef): { readonly fi: string; readonly sv: string; readonly en: string } => ({
  fi: renderFi(ref),
  sv: renderSv(ref),
  en: renderEn(ref)
})

/** Whether two references name the same provision in the same wording (validity and link ignored). @since 0.2.0 */
export const sameProvision = (a: LegalRef, b: LegalRef): boolean =>
  a.act === b.act &&
  a.section === b.section &&
  a.subsection === b.subsection &&
  a.point === b.point &&
  a.amendedBy === b.amendedBy
