/**
 * Fills the "what changed" region from a {@link ComparisonView}: the sentence announced in its polite live region, a
 * table of both estimated amounts and the difference, and the changed steps with their changed parameters and their
 * two explanations (already in estimate wording).
 *
 * @since 0.2.0
 */
import type { ComparisonView } from "./compare.js"
import { h } from "./dom.js"
import { type Lang, t } from "./i18n.js"
import { formatMonth } from "./result.js"

/** The sentence announced in the live region. @since 0.2.0 */
export const compareStatusText = (v: ComparisonView, lang: Lang): string =>
  t(lang, "compareStatus", {
    month: formatMonth(v.month, lang),
    baseline: formatMonth(v.baselineMonth, lang),
    reform: formatMonth(v.reformMonth, lang),
    before: v.baselineAmount,
    after: v.reformAmount,
    change: v.change
  })

/** @since 0.2.0 */
export const renderComparisonView = (
  status: HTMLElement,
  details: HTMLElement,
  v: ComparisonView,
  lang: Lang
): void => {
  status.textContent = compareStatusText(v, lang)
  const lawOf = (month: string) => t(lang, "compareLawOf", { month: formatMonth(month, lang) })
  const row = (id: string, label: string, value: string, cents: number) =>
    h("tr", { id }, h("th", { scope: "row" }, label), h("td", { class: "num", "data-cents": cents }, value))
  details.replaceChildren(
    h(
      "table",
      { class: "totals", id: "compare-amounts" },
      h("caption", {}, t(lang, "compareCaption")),
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
        row("compare-baseline-amount", lawOf(v.baselineMonth), v.baselineAmount, v.baselineCents),
        row("compare-reform-amount", lawOf(v.reformMonth), v.reformAmount, v.reformCents),
        row("compare-change", t(lang, "compareDifference"), v.change, v.changeCents)
      )
    ),
    h("h3", { id: "compare-changes-heading" }, t(lang, "compareChangesHeading")),
    v.steps.length === 0
      ? h("p", { id: "compare-no-change" }, t(lang, "compareNoChange"))
      : h(
          "ol",
          { class: "compare-steps", "aria-labelledby": "compare-changes-heading" },
          ...v.steps.map((s) =>
            h(
              "li",
              { "data-step": s.step },
              h("p", {}, h("strong", {}, s.name), `: ${s.before} → ${s.after}`),
              ...(s.parameters.length > 0
                ? [h("ul", { class: "compare-parameters" }, ...s.parameters.map((p) => h("li", {}, p)))]
                : []),
              ...(s.beforeText !== undefined
                ? [h("p", { class: "compare-before" }, h("span", {}, `${lawOf(v.baselineMonth)}: `), s.beforeText)]
                : []),
              ...(s.afterText !== undefined
                ? [h("p", { class: "compare-after" }, h("span", {}, `${lawOf(v.reformMonth)}: `), s.afterText)]
                : [])
            )
          )
        ),
    h("div", { class: "notice notice--warning" }, h("p", {}, t(lang, "compareNotice")))
  )
}
