/**
 * The page structure: header with the language switch, the form (fieldsets with legends, a label for every input,
 * hints and errors tied with aria-describedby) and the result region. Texts are set by {@link applyTexts}, so a
 * language switch keeps everything typed.
 *
 * @since 0.1.0
 */
import { h } from "./dom.js"
import { expenseFields, incomeFields, type MoneyField } from "./household.js"
import { type Lang, langs, type MessageKey, t } from "./i18n.js"

/** Marks an element's text (or, with `attr`, an attribute) as the message `key`, with `{n}` filled from `n`. */
const i18n = (key: MessageKey, n?: number, attr?: string) => ({
  "data-i18n": key,
  "data-i18n-n": n,
  "data-i18n-attr": attr
})

/**
 * Sets every marked text and attribute under `root` in `lang`.
 *
 * @since 0.1.0
 */
export const applyTexts = (root: ParentNode, lang: Lang): void => {
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n]")) {
    const key = el.dataset["i18n"] as MessageKey
    const n = el.dataset["i18nN"]
    const text = t(lang, key, n === undefined ? {} : { n })
    const attr = el.dataset["i18nAttr"]
    if (attr !== undefined) el.setAttribute(attr, text)
    else el.textContent = text
  }
}

const languageNames: Record<Lang, string> = { fi: "Suomi", sv: "Svenska", en: "English" }

const requiredMark = () => h("span", { class: "required" }, " (", h("span", i18n("required")), ")")

const textField = (
  id: string,
  label: MessageKey,
  opts: { n?: number; inputmode?: string; hint?: string; required?: boolean; autocomplete?: string } = {}
) =>
  h(
    "div",
    { class: "field", "data-field": id },
    h("label", { for: id }, h("span", i18n(label, opts.n)), ...(opts.required ? [requiredMark()] : [])),
    h("input", {
      id,
      name: id,
      type: "text",
      inputmode: opts.inputmode ?? "decimal",
      autocomplete: opts.autocomplete ?? "off",
      required: opts.required,
      "aria-describedby": opts.hint,
      class: "fi-input"
    })
  )

const checkbox = (id: string, label: MessageKey, n?: number, controls?: string) =>
  h(
    "div",
    { class: "checkbox" },
    h("input", { id, name: id, type: "checkbox", "aria-controls": controls }),
    h("label", { for: id, ...i18n(label, n) })
  )

const moneyFieldset = (legend: MessageKey, hintId: string, fields: ReadonlyArray<MoneyField>) =>
  h(
    "fieldset",
    { class: "fi-fieldset" },
    h("legend", i18n(legend)),
    h("p", { class: "hint", id: hintId, ...i18n("amountHint") }),
    ...fields.map((f) => textField(f, f as MessageKey, { hint: hintId }))
  )

/**
 * One child's fieldset; `n` is its number on the page (1 = first).
 *
 * @since 0.1.0
 */
export const childRow = (n: number): HTMLLIElement =>
  h(
    "li",
    { class: "child" },
    h(
      "fieldset",
      { class: "fi-fieldset fi-fieldset--nested" },
      h("legend", i18n("childLegend", n)),
      textField(`child-${n}-age`, "childAge", { n, inputmode: "numeric", required: true }),
      checkbox(`child-${n}-alternating`, "alternatingResidence", n),
      textField(`child-${n}-maintenance`, "childMaintenance", { n }),
      h(
        "button",
        { type: "button", class: "fi-button fi-button--secondary", "data-remove-child": n },
        h("span", i18n("removeChild", n))
      )
    )
  )

/**
 * Renumbers the child rows after a removal: ids, labels and legends follow the new order, values stay.
 *
 * @since 0.1.0
 */
export const renumberChildren = (list: HTMLElement): void => {
  list.querySelectorAll<HTMLLIElement>(":scope > li").forEach((li, i) => {
    const n = i + 1
    for (const el of li.querySelectorAll<HTMLElement>("[data-i18n-n]")) el.dataset["i18nN"] = String(n)
    for (const el of li.querySelectorAll<HTMLElement>("[id^='child-']")) {
      const id = el.id.replace(/^child-\d+-/, `child-${n}-`)
      el.id = id
      el.setAttribute("name", id)
    }
    for (const el of li.querySelectorAll<HTMLLabelElement>("label[for^='child-']"))
      el.htmlFor = el.htmlFor.replace(/^child-\d+-/, `child-${n}-`)
    for (const el of li.querySelectorAll<HTMLElement>("[data-field^='child-']"))
      el.dataset["field"] = el.dataset["field"]!.replace(/^child-\d+-/, `child-${n}-`)
    li.querySelector<HTMLElement>("[data-remove-child]")!.dataset["removeChild"] = String(n)
  })
}

const compareMonthField = (id: string, label: MessageKey) =>
  h(
    "div",
    { class: "field", "data-field": id },
    h("label", { for: id }, h("span", i18n(label)), requiredMark()),
    h("input", {
      id,
      name: id,
      type: "text",
      inputmode: "numeric",
      autocomplete: "off",
      required: true,
      "aria-describedby": "compare-hint",
      class: "fi-input fi-input--short"
    })
  )

/**
 * The "what changed" view: two months whose law to compare, the button, and a result region with its own polite
 * live region (the household is the form's).
 *
 * @since 0.2.0
 */
export const compareSection = (): HTMLElement =>
  h(
    "section",
    { id: "compare", class: "compare", "aria-labelledby": "compare-heading" },
    h("h2", { id: "compare-heading", ...i18n("compareHeading") }),
    h("p", i18n("compareIntro")),
    h(
      "form",
      { id: "compare-form", novalidate: true },
      h(
        "fieldset",
        { class: "fi-fieldset" },
        h("legend", i18n("compareLegend")),
        h("p", { class: "hint", id: "compare-hint", ...i18n("monthHint") }),
        h(
          "div",
          { class: "compare-months" },
          compareMonthField("compare-baseline", "compareBaseline"),
          compareMonthField("compare-reform", "compareReform")
        )
      ),
      h("button", { type: "submit", id: "compare-submit", class: "fi-button", ...i18n("compareSubmit") })
    ),
    h("p", {
      id: "compare-status",
      class: "result-status",
      role: "status",
      "aria-live": "polite",
      "aria-atomic": "true"
    }),
    h("div", { id: "compare-details" })
  )

/**
 * Builds the whole page into `root`.
 *
 * @since 0.1.0
 */
export const buildPage = (root: HTMLElement): void => {
  const header = h(
    "header",
    { class: "fi-header" },
    h(
      "div",
      { class: "container header-inner" },
      h("span", { class: "brand", ...i18n("service") }),
      h(
        "div",
        { class: "language-switch", role: "group", "aria-labelledby": "language-label" },
        h("span", { id: "language-label", class: "visually-hidden", ...i18n("languageGroup") }),
        ...langs.map((l) =>
          h("button", { type: "button", class: "language-button", lang: l, "data-lang": l }, languageNames[l])
        )
      )
    )
  )

  const form = h(
    "form",
    { id: "calculator", novalidate: true },
    h(
      "div",
      {
        id: "error-summary",
        class: "error-summary",
        tabindex: -1,
        hidden: true,
        "aria-labelledby": "error-summary-heading"
      },
      h("h2", { id: "error-summary-heading", ...i18n("errorSummary") }),
      h("ul")
    ),
    h(
      "fieldset",
      { class: "fi-fieldset" },
      h("legend", i18n("periodLegend")),
      h(
        "div",
        { class: "field", "data-field": "month" },
        h("label", { for: "month" }, h("span", i18n("month")), requiredMark()),
        h("p", { class: "hint", id: "month-hint", ...i18n("monthHint") }),
        h("input", {
          id: "month",
          name: "month",
          type: "text",
          inputmode: "numeric",
          autocomplete: "off",
          placeholder: "2026-11",
          required: true,
          "aria-describedby": "month-hint",
          class: "fi-input fi-input--short"
        })
      ),
      h(
        "div",
        { class: "field", "data-field": "municipality" },
        h("label", { for: "municipality" }, h("span", i18n("municipality")), requiredMark()),
        h("p", { class: "hint", id: "municipality-hint", ...i18n("municipalityHint") }),
        h("select", {
          id: "municipality",
          name: "municipality",
          required: true,
          "aria-describedby": "municipality-hint",
          class: "fi-select"
        })
      )
    ),
    h(
      "fieldset",
      { class: "fi-fieldset" },
      h("legend", i18n("householdLegend")),
      textField("applicantAge", "applicantAge", { inputmode: "numeric", required: true }),
      checkbox("livingWithParents", "livingWithParents"),
      checkbox("hasSpouse", "hasSpouse", undefined, "spouse-fields"),
      h(
        "div",
        { id: "spouse-fields", hidden: true },
        textField("spouseAge", "spouseAge", { inputmode: "numeric", required: true })
      ),
      h(
        "fieldset",
        { class: "fi-fieldset fi-fieldset--nested" },
        h("legend", i18n("childrenLegend")),
        h("p", { id: "no-children", class: "hint", ...i18n("noChildren") }),
        h("ol", { id: "children", class: "children" }),
        h(
          "button",
          { type: "button", id: "add-child", class: "fi-button fi-button--secondary" },
          h("span", { "aria-hidden": "true" }, "+ "),
          h("span", i18n("addChild"))
        )
      )
    ),
    moneyFieldset("expensesLegend", "expenses-hint", expenseFields),
    h(
      "fieldset",
      { class: "fi-fieldset" },
      h("legend", i18n("incomesLegend")),
      h("p", { class: "hint", id: "incomes-hint", ...i18n("amountHint") }),
      ...incomeFields.map((f) =>
        f === "spouseWage" || f === "spouseUnemployment"
          ? h("div", { class: "spouse-only", hidden: true }, textField(f, f, { hint: "incomes-hint" }))
          : textField(f, f, { hint: "incomes-hint" })
      )
    ),
    moneyFieldset("assetsLegend", "assets-hint", ["savings"]),
    h("button", { type: "submit", id: "submit", class: "fi-button", ...i18n("submit") })
  )

  const result = h(
    "section",
    { id: "result", class: "result", "aria-labelledby": "result-heading" },
    h("h2", { id: "result-heading", ...i18n("resultHeading") }),
    h("p", {
      id: "result-status",
      class: "result-status",
      role: "status",
      "aria-live": "polite",
      "aria-atomic": "true"
    }),
    h("div", { id: "result-details" })
  )

  const main = h(
    "main",
    { id: "main", tabindex: -1 },
    h(
      "div",
      { class: "container" },
      h("h1", i18n("pageTitle")),
      h("p", { class: "lead", ...i18n("intro") }),
      h("div", { class: "notice" }, h("p", {}, h("strong", i18n("estimateNotice"))), h("p", i18n("privacyNotice"))),
      h("div", { class: "layout" }, form, result),
      compareSection()
    )
  )

  const footer = h("footer", { class: "fi-footer" }, h("div", { class: "container" }, h("p", i18n("footer"))))
  const announcer = h("div", { id: "announcer", class: "visually-hidden", "aria-live": "polite" })
  root.replaceChildren(
    h("a", { class: "skip-link", href: "#main", ...i18n("skipLink") }),
    header,
    main,
    footer,
    announcer
  )
}
