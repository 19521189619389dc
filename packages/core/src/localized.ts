/**
 * Text in the three languages osallistava speaks: Finnish and Swedish (the
 * national languages, in which statutes are authoritative) and English.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/** @since 0.1.0 */
export const Language = /* @__PURE__ */ Schema.Literals(["fi", "sv", "en"]).annotate({
  title: "Language",
  description: "fi (Finnish), sv (Swedish) or en (English)"
})

/** @since 0.1.0 */
export type Language = typeof Language.Type

/** @since 0.1.0 */
export const languages: ReadonlyArray<Language> = ["fi", "sv", "en"]

/**
 * A label or explanation in fi, sv and en. All three are required so that
 * no user ever sees an empty label.
 *
 * @since 0.1.0
 */
export const Localized = /* @__PURE__ */ Schema.Struct({
  fi: Schema.NonEmptyString,
  sv: Schema.NonEmptyString,
  en: Schema.NonEmptyString
}).annotate({ title: "Localized", description: "Text in Finnish, Swedish and English" })

/** @since 0.1.0 */
export type Localized = typeof Localized.Type

/**
 * Makes a {@link Localized} text.
 *
 * @example
 * ```ts
 * import { Localized } from "@osallistava/core"
 * const label = Localized.make("perusosa", "grunddel", "basic amount")
 * Localized.get(label, "sv") // "grunddel"
 * ```
 * @since 0.1.0
 */
export const make = (fi: string, sv: string, en: string): Localized => ({ fi, sv, en })

/** @since 0.1.0 */
export const get = (text: Localized, language: Language): string => text[language]

/**
 * Fills `{name}` placeholders in each language with the same values.
 *
 * @example
 * ```ts
 * import { Localized } from "@osallistava/core"
 * const t = Localized.interpolate(Localized.make("{n} päivää", "{n} dagar", "{n} days"), { n: 7 })
 * t.en // "7 days"
 * ```
 * @since 0.1.0
 */
export const interpolate = (text: Localized, values: Readonly<Record<string, string | number>>): Localized => {
  const fill = (s: string) =>
    s.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
  return { fi: fill(text.fi), sv: fill(text.sv), en: fill(text.en) }
}

/**
 * Applies a function to each language's text (e.g. to format an amount per language).
 *
 * @since 0.1.0
 */
export const byLanguage = (f: (language: Language) => string): Localized => ({ fi: f("fi"), sv: f("sv"), en: f("en") })
