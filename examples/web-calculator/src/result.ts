/**
 * Renders a decision of `@osallistava/social-assistance` as the page's result: the amount (announced through the
 * polite live region), reminders of income that is often forgotten, the reminder that it is an estimate, a summary
 * table, the explanation step by step with its legal section, any notes (flags), and the justification as text, all
 * in estimate wording (`estimate.ts`: nothing on the page reads as Kela's decision).
 *
 * @since 0.1.0
 */
import { Money } from "@osallistava/core"
import type { Decision } from "@osallistava/social-assistance"
import { h } from "./dom.js"
import { estimateJustification, estimateNotes, estimateSteps } from "./estimate.js"
import type { MoneyField } from "./household.js"
import { type Lang, type MessageKey, t } from "./i18n.js"

/** A reminder of income that is often forgotten: the message and the input it is about. @since 0.1.0 */
export interface Reminder {
  readonly message: MessageKey
  readonly field: MoneyField
}

/**
 * A decision amount in cents (`supportCents` 23809) for people: `238,09 €` in Finnish and Swedish, `€238.09` in
 * English. The decision's cents fields, never its decimal strings parsed back.
 *
 * @since 0.1.0
 */
export const formatEuros = (cents: Money.EuroCents, lang: Lang): string => Money.format(cents, lang)

/**
 * `2026-11` as `11/2026` in Finnish and Swedish, `November 2026` in English.
 *
 * @since 0.1.0
 */
export const formatMonth = (month: string, lang: Lang): string => {
  const [y, m] = month.split("-") as [string, string]
  if (lang !== "en") return `${Number(m)}/${y}`
  return new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(Number(y), Number(m) - 1, 1))
  )
}

/**
 * The sentence announced in the live region.
 *
 * @since 0.1.0
 */
export const statusText = (decision: Decision.Decision, lang: Lang): string =>
  decision.outcome === "granted"
    ? t(lang, "resultGranted", {
        month: formatMonth(decision.month, lang),
        amount: formatEuros(decision.supportCents, lang)
      })
    : t(lang, "resultNoSupport", { month: formatMonth(decision.month, lang) })

/**
 * Fills the result region for `decision`.
 *
 * @since 0.1.0
 */
export const renderDecision = (
  status: HTMLElement,
  details: HTMLElement,
  decision: Decision.Decision,
  lang: Lang,
  reminders: ReadonlyArray<Reminder> = []
) => {
  // The live region announces the amount and, when there are reminders, that they follow.
  status.textContent =
    reminders.length > 0 ? `${statusText(decision, lang)} ${t(lang, "remindersStatus")}` : statusText(decision, lang)
  const steps = estimateSteps(decision, lang)
  const notes = estimateNotes(decision, lang)
  const totals: ReadonlyArray<[Parameters<typeof t>[1], Money.EuroCents]> = [
    ["totalBasicAmounts", decision.totals.basicAmountsCents],
    ["totalOtherBasicExpenses", decision.totals.otherBasicExpensesCents],
    ["totalExpenses", decision.totals.expensesCents],
    ["totalIncome", decision.totals.incomeCents],
    ["totalAssets", decision.totals.assetsCents],
    ["totalDifference", decision.totals.differenceCents]
  ]
  details.replaceChildren(
    h(
      "p",
      { class: "amount", id: "result-amount" },
      h(
        "span",
        { class: "amount-value", "data-cents": decision.supportCents },
        formatEuros(decision.supportCents, lang)
      ),
      " ",
      h("span", { class: "amount-unit" }, t(lang, "perMonth"))
    ),
    ...(reminders.length > 0
      ? [
          h(
            "div",
            {
              class: "notice notice--reminder",
              id: "reminders",
              role: "region",
              "aria-labelledby": "reminders-heading"
            },
            h("h3", { id: "reminders-heading" }, t(lang, "remindersHeading")),
            h("p", {}, t(lang, "remindersIntro")),
            h(
              "ul",
              {},
              ...reminders.map((r) => {
                // "Lapsilisä: …": the benefit's name links to its input, the rest is the reminder.
                const [term, ...rest] = t(lang, r.message).split(": ")
                return h(
                  "li",
                  { "data-reminder": r.message },
                  h("a", { href: `#${r.field}` }, term ?? ""),
                  rest.length > 0 ? `: ${rest.join(": ")}` : ""
                )
              })
            )
          )
        ]
      : []),
    h(
      "div",
      { class: "notice notice--warning" },
      h("p", {}, h("strong", {}, t(lang, "estimateNotice"))),
      h(
        "p",
        {},
        t(lang, "applyAtKela"),
        " ",
        h("a", { href: t(lang, "kelaUrl"), rel: "noopener" }, t(lang, "kelaLinkText"))
      )
    ),
    h(
      "table",
      { class: "totals" },
      h("caption", {}, t(lang, "totalsCaption")),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, t(lang, "item")),
          h("th", { scope: "col", class: "num" }, t(lang, "amount"))
        )
      ),
      h(
        "tbody",
        {},
        ...totals.map(([key, value]) =>
          h("tr", {}, h("th", { scope: "row" }, t(lang, key)), h("td", { class: "num" }, formatEuros(value, lang)))
        )
      )
    ),
    h("h3", {}, t(lang, "explanationHeading")),
    h(
      "ol",
      { class: "explanation" },
      ...steps.map((step) => h("li", {}, step.text, " ", h("span", { class: "section" }, step.section)))
    ),
    ...(notes.length > 0
      ? [h("h3", {}, t(lang, "flagsHeading")), h("ul", { class: "flags" }, ...notes.map((n) => h("li", {}, n)))]
      : []),
    h(
      "details",
      { class: "justification" },
      h("summary", {}, t(lang, "justificationText")),
      h(
        "pre",
        { id: "justification-text", tabindex: 0 },
        estimateJustification(decision, lang, formatMonth(decision.month, lang))
      )
    )
  )
}
