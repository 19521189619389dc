/**
 * The page shows an estimate, never a decision. `@osallistava/social-assistance` words its explanation as Kela's
 * decision letter ("Perustoimeentulotukea myönnetään …", "Hakija ohjataan …", "hakijalle on annettava ohjaus …"), so
 * everything the page takes from it passes through here: the last step (the support) and the housing-limit note are
 * written from the page's own catalog with estimate wording, and any other sentence in decision wording is dropped
 * (with the page's own sentence in its place where the step needs one). Pure: no DOM, testable in Node.
 *
 * @since 0.1.0
 */
import { Money } from "@osallistava/core"
import { type Decision, Explain } from "@osallistava/social-assistance"
import { type Lang, type MessageKey, t } from "./i18n.js"

/**
 * Decision wording, per language, that must never appear on the page (the calculator is not Kela and decides nothing).
 *
 * @since 0.1.0
 */
export const decisionWording: Readonly<Record<Lang, ReadonlyArray<RegExp>>> = {
  fi: [/myönn/i, /\bohjataan\b/i, /annettava ohjaus/i, /\bpäätetään\b/i],
  sv: [/bevilja/i, /\bhänvisas\b/i, /ges hänvisning/i],
  en: [/\bgrant(?:ed|s)?\b/i, /\bis directed\b/i, /must be directed/i]
}

/** @since 0.1.0 */
export const hasDecisionWording = (text: string, lang: Lang): boolean =>
  decisionWording[lang].some((re) => re.test(text))

/** Sentences of `text`, split after `.`, `!` or `?` followed by a space (decimal commas and points stay inside). */
const sentences = (text: string): Array<string> => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== "")

/**
 * `text` without its sentences in decision wording; `dropped` tells whether any was removed.
 *
 * @since 0.1.0
 */
export const withoutDecisionWording = (
  text: string,
  lang: Lang
): { readonly text: string; readonly dropped: boolean } => {
  const all = sentences(text)
  const kept = all.filter((s) => !hasDecisionWording(s, lang))
  return { text: kept.join(" "), dropped: kept.length < all.length }
}

// --- the engine's explanation: structured steps that `Explain` words in fi, sv and en -------------------------------

type Node = Decision.Decision["explanation"][number]

/**
 * The engine names persons by their ids, which `toApplication` sets to `applicant`, `spouse` and `child-1`, `child-2`,
 * … (ASCII, the same in every language, never personal data). In Finnish and Swedish text they are written as the
 * page's words for them (hakija, puoliso, lapsi 1; sökande, make/maka, barn 1).
 *
 * @since 0.1.0
 */
export const localizePersonIds = (text: string, lang: Lang): string =>
  lang === "en"
    ? text
    : text.replace(/\b(applicant|spouse|child-(\d+))\b/g, (_, id: string, n?: string) =>
        n !== undefined
          ? t(lang, "personChild", { n })
          : t(lang, id === "applicant" ? "personApplicant" : "personSpouse")
      )

const nodeText = (node: Node, lang: Lang): string => localizePersonIds(Explain.renderNode(node, lang), lang)

const nodeSection = (node: Node, lang: Lang): string => Explain.cite(node.legal, lang)

const flagText = (flag: Decision.Decision["flags"][number], lang: Lang): string => Explain.flagTexts[flag][lang]

// --- what the page shows ----------------------------------------------------------------------------------------------

/** One step of the estimate: its text in estimate wording and its legal reference. @since 0.1.0 */
export interface Step {
  readonly ruleId: string
  readonly text: string
  readonly section: string
}

/** A decision amount from its cents field (never its decimal string parsed back). */
const euros = (cents: Money.EuroCents, lang: Lang): string => Money.format(cents, lang)

/** Flags the page words itself because the engine's text for them is an instruction of the decision. */
const ownFlagTexts: Readonly<Partial<Record<Decision.Decision["flags"][number], MessageKey>>> = {
  housingDirectionRequired: "flagHousingOverLimit"
}

/**
 * The explanation of `decision` step by step, in estimate wording: the support step from the decision's totals, the
 * other steps as the engine words them minus any sentence in decision wording.
 *
 * @since 0.1.0
 */
export const estimateSteps = (decision: Decision.Decision, lang: Lang): ReadonlyArray<Step> =>
  decision.explanation.map((node) => estimateStep(decision, node, lang))

/**
 * One step (`node`, a step of `decision`'s explanation or of its trace) in estimate wording: the support step from the
 * decision's totals, any other step as the engine words it minus any sentence in decision wording.
 *
 * @since 0.2.0
 */
export const estimateStep = (decision: Decision.Decision, node: Node, lang: Lang): Step => {
  const section = nodeSection(node, lang)
  if (node.ruleId === "support") {
    const totals = decision.totals
    const params = {
      expenses: euros(totals.expensesCents, lang),
      income: euros(totals.incomeCents, lang),
      assets: euros(totals.assetsCents, lang),
      difference: euros(totals.differenceCents, lang),
      support: euros(decision.supportCents, lang)
    }
    const key = decision.outcome === "granted" ? "estimateSupportStep" : "estimateNoSupportStep"
    return { ruleId: node.ruleId, text: t(lang, key, params), section }
  }
  const { text, dropped } = withoutDecisionWording(nodeText(node, lang), lang)
  const extra = dropped
    ? [t(lang, node.ruleId.startsWith("housing") ? "estimateHousingOverLimit" : "estimateStep")]
    : []
  return { ruleId: node.ruleId, text: [text, ...extra].filter((s) => s !== "").join(" "), section }
}

/**
 * The decision's notes (flags) in estimate wording.
 *
 * @since 0.1.0
 */
export const estimateNotes = (decision: Decision.Decision, lang: Lang): ReadonlyArray<string> =>
  decision.flags.map((flag) => {
    const own = ownFlagTexts[flag]
    if (own !== undefined) return t(lang, own)
    const { text } = withoutDecisionWording(flagText(flag, lang), lang)
    return text === "" ? t(lang, "estimateNote") : text
  })

/**
 * The whole justification as plain text: a heading, one line per step with its legal reference, then the notes.
 *
 * @since 0.1.0
 */
export const estimateJustification = (decision: Decision.Decision, lang: Lang, month: string): string => {
  const notes = estimateNotes(decision, lang)
  return [
    t(lang, "justificationHeading", { month }),
    "",
    ...estimateSteps(decision, lang).map((s) => `- ${s.text}${s.section === "" ? "" : ` [${s.section}]`}`),
    ...(notes.length > 0 ? ["", t(lang, "flagsHeading"), ...notes.map((n) => `- ${n}`)] : [])
  ].join("\n")
}
