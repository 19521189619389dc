/**
 * Message catalogs: every text a package prints for a person, keyed, in fi,
 * sv and en, with `{name}` placeholders; and the check each package's tests
 * run over its catalog (and the examples over their whole output) so that an
 * untranslated English text or a missing key fails a test instead of reaching
 * a Finnish or Swedish reader.
 *
 * @since 0.2.0
 */
import * as L from "./localized.js"

/** A package's messages by key. @since 0.2.0 */
export type Catalog<K extends string = string> = Readonly<Record<K, L.Localized>>

/**
 * Defines a catalog (the type keeps its keys, so a missing key is a type error).
 *
 * @since 0.2.0
 */
export const make = <K extends string>(messages: Readonly<Record<K, L.Localized>>): Catalog<K> => messages

/**
 * One message in one language with its placeholders filled.
 *
 * @example
 * ```ts
 * import { Catalog } from "@osallistava/core"
 * const m = Catalog.make({ spells: { fi: "jaksoja {n}", sv: "perioder {n}", en: "spells {n}" } })
 * Catalog.text(m, "spells", "sv", { n: 290 }) // "perioder 290"
 * ```
 * @since 0.2.0
 */
export const text = <K extends string>(
  catalog: Catalog<K>,
  key: K,
  language: L.Language,
  values: Readonly<Record<string, string | number>> = {}
): string => L.interpolate(catalog[key], values)[language]

/**
 * English words that are not also Finnish or Swedish words: one of them in a
 * Finnish or Swedish text means a text was left untranslated. (Words shared
 * with Swedish, such as `in`, `plan`, `under`, `median`, `social`, `service`,
 * `start`, `experiment`, `per`, `total`, `rent`, `is`, `by` or `be`, and Finnish
 * `on`, are deliberately not listed.)
 *
 * @since 0.2.0
 */
export const englishWords: ReadonlySet<string> = new Set([
  "the",
  "and",
  "of",
  "to",
  "with",
  "without",
  "not",
  "or",
  "for",
  "from",
  "at",
  "least",
  "over",
  "are",
  "was",
  "has",
  "have",
  "this",
  "that",
  "which",
  "new",
  "duplicate",
  "conflict",
  "started",
  "evaluated",
  "evaluation",
  "assessment",
  "assessed",
  "issues",
  "issue",
  "month",
  "months",
  "day",
  "days",
  "working",
  "delay",
  "undue",
  "policy",
  "act",
  "law",
  "notice",
  "notices",
  "notified",
  "reached",
  "planned",
  "spell",
  "spells",
  "ended",
  "attrition",
  "goal",
  "goals",
  "attained",
  "required",
  "comparison",
  "case",
  "cases",
  "deadline",
  "deadlines",
  "done",
  "due",
  "met",
  "late",
  "open",
  "overdue",
  "cancelled",
  "received",
  "report",
  "client",
  "clients",
  "review",
  "agreed",
  "statutory",
  "basic",
  "amount",
  "reduced",
  "application",
  "unemployed",
  "needed",
  "work",
  "worker",
  "activation",
  "participation",
  "housing",
  "employment",
  "education",
  "health",
  "financial",
  "management",
  "validation",
  "square",
  "note",
  "provisional",
  "codes",
  "income",
  "benefit",
  "allowance",
  "support",
  "supplement",
  "child",
  "children",
  "excess",
  "decision",
  "estimate",
  "calculation",
  "error",
  "missing",
  "unknown",
  "expected",
  "value",
  "field",
  "must",
  "between",
  "than",
  "less",
  "more",
  "only",
  "one",
  "two",
  "three",
  "usage",
  "language",
  "supported"
])

/** Why a text failed the check. @since 0.2.0 */
export type ProblemRule = "missing" | "same-as-english" | "english-word" | "identifier" | "placeholders"

/** One failure of {@link check} or {@link untranslated}. Never quotes more than the offending word. @since 0.2.0 */
export interface Problem {
  readonly key: string
  readonly language: L.Language
  readonly rule: ProblemRule
  /** The English word or identifier found (from the stop list, or a `CamelCase` code). */
  readonly word?: string
}

/** What the check may accept. @since 0.2.0 */
export interface CheckOptions {
  /** Keys the catalog must have (e.g. every stage of a union type). */
  readonly keys?: ReadonlyArray<string>
  /** Words that are the same in every language (names, codes: `Kela`, `THL`, `AVAIN`, `eTotu`). */
  readonly names?: ReadonlyArray<string>
}

const wordsOf = (s: string): ReadonlyArray<string> => s.match(/\p{L}+/gu) ?? []
const placeholdersOf = (s: string): string => [...(s.match(/\{\w+\}/g) ?? [])].sort().join(",")
const camelCase = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u
const kebabCase = /^\p{Ll}+(?:-\p{Ll}+)+$/u
// Parts of kebab-case codes (`avain-start`, `in-progress`) that are English even
// where the word alone is also Swedish; a Finnish compound such as
// `log-rank-testi` has none of them.
const codeParts = new Set(["start", "in", "under", "plan", "social", "service", "per", "total", "by", "is"])

/**
 * The untranslated words of one Finnish or Swedish text: English stop-list
 * words, and program identifiers that a person should never read: a
 * `CamelCase` code (`SocialWorkNeeded`) or a kebab-case code with an English
 * part (`avain-start`, `in-progress`).
 *
 * @example
 * ```ts
 * import { Catalog } from "@osallistava/core"
 * Catalog.untranslated("aloitettu 4, evaluated 3") // ["evaluated"]
 * ```
 * @since 0.2.0
 */
export const untranslated = (text: string, names: ReadonlyArray<string> = []): ReadonlyArray<string> => {
  const allowed = new Set(names.map((n) => n.toLowerCase()))
  const found: Array<string> = []
  for (const w of wordsOf(text)) {
    const lower = w.toLowerCase()
    if (englishWords.has(lower) && !allowed.has(lower)) found.push(w)
  }
  for (const token of text.split(/\s+/)) {
    const bare = token.replace(/^[("'[]+|[)"'\],.;:]+$/g, "")
    if (allowed.has(bare.toLowerCase())) continue
    const code =
      camelCase.test(bare) ||
      (kebabCase.test(bare) && bare.split("-").some((p) => englishWords.has(p) || codeParts.has(p)))
    if (code) found.push(bare)
  }
  return found
}

const meaningful = (s: string, names: ReadonlySet<string>): string =>
  wordsOf(s.replace(/\{\w+\}/g, " "))
    .filter((w) => !names.has(w.toLowerCase()))
    .join(" ")

/**
 * Checks a catalog: every key present with a non-empty text in each language,
 * the same placeholders in fi, sv and en, and the Finnish and Swedish texts
 * neither equal to the English one (apart from names and numbers) nor holding
 * an English word or a program identifier. An empty result means it passed.
 *
 * @since 0.2.0
 */
export const check = (
  catalog: Readonly<Record<string, unknown>>,
  options: CheckOptions = {}
): ReadonlyArray<Problem> => {
  const problems: Array<Problem> = []
  const names = new Set((options.names ?? []).map((n) => n.toLowerCase()))
  const keys = [...new Set([...Object.keys(catalog), ...(options.keys ?? [])])]
  for (const key of keys) {
    const entry = catalog[key] as Partial<Record<L.Language, unknown>> | undefined
    const text = (lang: L.Language): string | undefined => {
      const v = entry?.[lang]
      return typeof v === "string" && v.trim() !== "" ? v : undefined
    }
    for (const lang of L.languages)
      if (text(lang) === undefined) problems.push({ key, language: lang, rule: "missing" })
    const en = text("en")
    for (const lang of ["fi", "sv"] as const) {
      const s = text(lang)
      if (s === undefined || en === undefined) continue
      if (placeholdersOf(s) !== placeholdersOf(en)) problems.push({ key, language: lang, rule: "placeholders" })
      const own = meaningful(s, names)
      if (own !== "" && own === meaningful(en, names)) problems.push({ key, language: lang, rule: "same-as-english" })
      for (const word of untranslated(s.replace(/\{\w+\}/g, " "), options.names)) {
        const rule: ProblemRule = englishWords.has(word.toLowerCase()) ? "english-word" : "identifier"
        problems.push({ key, language: lang, rule, word })
      }
    }
  }
  return problems
}
