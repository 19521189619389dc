/**
 * Renders a decision of `@osallistava/social-assistance` as the page's result: the amount (announced through the
 * polite live region), the reminder that it is an estimate, a summary table, the explanation node by node with its
 * legal section, any notes (flags), and the justification text of `Explain.render`.
 *
 * @since 0.1.0
 */
import { Money } from "@osallistava/core"
import { type Decision, Explain } from "@osallistava/social-assistance"
import { h } from "./dom.js"
import { type Lang, t } from "./i18n.js"

const cents = (decimal: string) => {
  const parsed = Money.parse(decimal)
  // Decision amounts are always canonical decimal strings; a failure here is a bug in the engine.
  if (parsed._tag === "Failure") throw new Error("Decision amount is not a decimal euro string")
  return parsed.success
}

/**
 * A decision amount (`"238.09"`) for people: `238,09 €` in Finnish and Swedish, `€238.09` in English.
 *
 * @since 0.1.0
 */
export const formatEuros = (decimal: string, lang: Lang): string => Money.format(cents(decimal), lang)

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
        amount: formatEuros(decision.support, lang)
      })
    : t(lang, "resultNoSupport", { month: formatMonth(decision.month, lang) })

/**
 * Fills the result region for `decision`.
 *
 * @since 0.1.0
 */
export const renderDecision = (status: HTMLElement, details: HTMLElement, decision: Decision.Decision, lang: Lang) => {
  status.textContent = statusText(decision, lang)
  const totals: ReadonlyArray<[Parameters<typeof t>[1], string]> = [
    ["totalBasicAmounts", decision.totals.basicAmounts],
    ["totalOtherBasicExpenses", decision.totals.otherBasicExpenses],
    ["totalExpenses", decision.totals.expenses],
    ["totalIncome", decision.totals.income],
    ["totalAssets", decision.totals.assets],
    ["totalDifference", decision.totals.difference]
  ]
  details.replaceChildren(
    h(
      "p",
      { class: "amount", id: "result-amount" },
      h("span", { class: "amount-value", "data-cents": decision.supportCents }, formatEuros(decision.support, lang)),
      " ",
      h("span", { class: "amount-unit" }, t(lang, "perMonth"))
    ),
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
      ...decision.explanation.map((node) =>
        h(
          "li",
          {},
          Explain.renderNode(node, lang),
          " ",
          h("span", { class: "section" }, Explain.cite(node.legal, lang))
        )
      )
    ),
    ...(decision.flags.length > 0
      ? [
          h("h3", {}, t(lang, "flagsHeading")),
          h(
            "ul",
            { class: "flags" },
            ...Explain.render(decision, lang)
              .split("\n")
              .slice(-decision.flags.length)
              .map((l) => h("li", {}, l.replace(/^- /, "")))
          )
        ]
      : []),
    h(
      "details",
      { class: "justification" },
      h("summary", {}, t(lang, "justificationText")),
      h("pre", { id: "justification-text", tabindex: 0 }, Explain.render(decision, lang))
    )
  )
}
