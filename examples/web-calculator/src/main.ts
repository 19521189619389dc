/**
 * The calculator page: wires the form, the language switch and the engine together.
 *
 * @since 0.1.0
 */
import "@fontsource/source-sans-3/latin-400.css"
import "@fontsource/source-sans-3/latin-600.css"
import "virtual:suomifi-tokens.css"
import "./styles.css"
import { type Application, calculate, type Decision, decodeApplication } from "@osallistava/social-assistance"
import { Result } from "effect"
import { compareFields, compareMonths, defaultBaselineMonth, defaultReformMonth, readMonths } from "./compare.js"
import { renderComparisonView } from "./compare-view.js"
import {
  expenseFields,
  type FieldError,
  fieldErrorText,
  type HouseholdInput,
  incomeFields,
  incomeReminders,
  lastMonth,
  type MoneyField,
  toApplication
} from "./household.js"
import { isLang, type Lang, t } from "./i18n.js"
import { municipalityOptions } from "./municipalities.js"
import { type Reminder, renderDecision } from "./result.js"
import { applyTexts, buildPage, childRow, renumberChildren } from "./view.js"

const root = document.getElementById("app")!
buildPage(root)

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T
const form = byId<HTMLFormElement>("calculator")
const childrenList = byId<HTMLOListElement>("children")
const status = byId("result-status")
const details = byId("result-details")

let lang: Lang = "fi"
let lastDecision: Decision.Decision | undefined
let lastErrors: ReadonlyArray<FieldError> = []
let lastReminders: ReadonlyArray<Reminder> = []
/** The "what changed" view: the household and the two months compared, or why there is nothing to show. */
type CompareState =
  | { readonly _tag: "Empty" }
  | { readonly _tag: "FormErrors" }
  | { readonly _tag: "EngineError" }
  | {
      readonly _tag: "Shown"
      readonly app: Application.Application
      readonly baseline: string
      readonly reform: string
    }
let compareState: CompareState = { _tag: "Empty" }
let compareErrors: ReadonlyArray<FieldError> = []
/** The engine refused the household (its typed error names a field path and rule, in English, for developers). */
let engineError: string | undefined

const initialLang = (): Lang => {
  const fromUrl = new URLSearchParams(location.search).get("lang")
  if (isLang(fromUrl)) return fromUrl
  const fromBrowser = navigator.language.slice(0, 2)
  return isLang(fromBrowser) ? fromBrowser : "fi"
}

const fillMunicipalities = () => {
  const select = byId<HTMLSelectElement>("municipality")
  const selected = select.value
  const placeholder = new Option("—", "")
  select.replaceChildren(placeholder, ...municipalityOptions(lang).map((o) => new Option(o.label, o.value)))
  select.value = selected
}

const render = () => {
  document.documentElement.lang = lang
  document.title = t(lang, "pageTitle")
  applyTexts(document.body, lang)
  fillMunicipalities()
  for (const b of document.querySelectorAll<HTMLButtonElement>("[data-lang]"))
    b.setAttribute("aria-pressed", String(b.dataset["lang"] === lang))
  showErrors(lastErrors, false)
  if (engineError !== undefined) status.textContent = t(lang, "errEngine")
  else if (lastDecision !== undefined) renderDecision(status, details, lastDecision, lang, lastReminders)
  else status.textContent = t(lang, "resultEmpty")
  renderCompare()
}

// --- the "what changed" view -------------------------------------------------------------------------------------

const compareForm = byId<HTMLFormElement>("compare-form")
const compareStatus = byId("compare-status")
const compareDetails = byId("compare-details")

const showCompareErrors = (errors: ReadonlyArray<FieldError>, focusFirst: boolean) => {
  for (const el of compareForm.querySelectorAll(".field-error")) el.remove()
  for (const id of Object.values(compareFields)) {
    const input = byId(id)
    input.removeAttribute("aria-invalid")
    input.setAttribute("aria-describedby", "compare-hint")
  }
  for (const e of errors) {
    const input = byId(e.field)
    const error = document.createElement("p")
    error.className = "field-error"
    error.id = `${e.field}-error`
    error.textContent = fieldErrorText(e, lang)
    input.before(error)
    input.setAttribute("aria-invalid", "true")
    input.setAttribute("aria-describedby", `compare-hint ${error.id}`)
  }
  if (focusFirst && errors[0] !== undefined) byId(errors[0].field).focus()
}

function renderCompare() {
  showCompareErrors(compareErrors, false)
  compareDetails.replaceChildren()
  delete compareStatus.dataset["engineError"]
  switch (compareState._tag) {
    case "Empty":
      compareStatus.textContent = t(lang, "compareEmpty")
      return
    case "FormErrors":
      compareStatus.textContent = t(lang, "compareFormErrors")
      return
    case "EngineError":
      compareStatus.textContent = t(lang, "errEngine")
      return
    case "Shown": {
      const view = compareMonths(compareState.app, compareState.baseline, compareState.reform, lang)
      if (Result.isFailure(view)) {
        compareStatus.textContent = t(lang, "errEngine")
        compareStatus.dataset["engineError"] = view.failure
        return
      }
      renderComparisonView(compareStatus, compareDetails, view.success, lang)
    }
  }
}

const submitCompare = () => {
  const months = readMonths(value(compareFields.baseline), value(compareFields.reform))
  compareErrors = Result.isFailure(months) ? months.failure : []
  const app = toApplication(readForm())
  if (Result.isFailure(app)) {
    lastErrors = app.failure
    showErrors(lastErrors, compareErrors.length === 0)
    compareState = { _tag: "FormErrors" }
  } else {
    lastErrors = []
    showErrors(lastErrors, false)
    const decoded = decodeApplication(app.success)
    compareState = Result.isFailure(decoded)
      ? { _tag: "EngineError" }
      : Result.isFailure(months)
        ? { _tag: "Empty" }
        : { _tag: "Shown", app: decoded.success, baseline: months.success.baseline, reform: months.success.reform }
  }
  renderCompare()
  if (compareErrors.length > 0) showCompareErrors(compareErrors, true)
}

const setLang = (next: Lang) => {
  lang = next
  const url = new URL(location.href)
  url.searchParams.set("lang", next)
  history.replaceState(null, "", url)
  render()
}

// --- form state -------------------------------------------------------------------------------------------------

const value = (id: string) => byId<HTMLInputElement>(id).value
const checked = (id: string) => byId<HTMLInputElement>(id).checked

const readForm = (): HouseholdInput => {
  const money: Partial<Record<MoneyField, string>> = {}
  for (const f of [...expenseFields, ...incomeFields, "savings"] as const) money[f] = value(f)
  return {
    month: value("month"),
    municipality: value("municipality"),
    applicantAge: value("applicantAge"),
    livingWithParents: checked("livingWithParents"),
    hasSpouse: checked("hasSpouse"),
    spouseAge: value("spouseAge"),
    children: [...childrenList.children].map((_, i) => ({
      age: value(`child-${i + 1}-age`),
      alternatingResidence: checked(`child-${i + 1}-alternating`),
      maintenance: value(`child-${i + 1}-maintenance`)
    })),
    money
  }
}

const showErrors = (errors: ReadonlyArray<FieldError>, focusSummary: boolean) => {
  for (const el of form.querySelectorAll(".field-error")) el.remove()
  for (const el of form.querySelectorAll<HTMLElement>("[aria-invalid]")) {
    el.removeAttribute("aria-invalid")
    const ids = (el.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .filter((id) => id !== "" && !id.endsWith("-error"))
    if (ids.length > 0) el.setAttribute("aria-describedby", ids.join(" "))
    else el.removeAttribute("aria-describedby")
  }
  const summary = byId("error-summary")
  const list = summary.querySelector("ul")!
  list.replaceChildren()
  summary.hidden = errors.length === 0
  for (const e of errors) {
    const input = byId(e.field)
    const message = fieldErrorText(e, lang)
    const error = document.createElement("p")
    error.className = "field-error"
    error.id = `${e.field}-error`
    error.textContent = message
    input.before(error)
    input.setAttribute("aria-invalid", "true")
    input.setAttribute("aria-describedby", `${input.getAttribute("aria-describedby") ?? ""} ${error.id}`.trim())
    const label = form.querySelector(`label[for="${e.field}"]`)?.textContent ?? e.field
    const link = document.createElement("a")
    link.href = `#${e.field}`
    link.textContent = `${label}: ${message}`
    link.addEventListener("click", (ev) => {
      ev.preventDefault()
      input.focus()
    })
    const li = document.createElement("li")
    li.append(link)
    list.append(li)
  }
  if (focusSummary && errors.length > 0) summary.focus()
}

const submit = () => {
  const input = readForm()
  const app = toApplication(input)
  lastDecision = undefined
  engineError = undefined
  delete status.dataset["engineError"]
  details.replaceChildren()
  if (Result.isFailure(app)) {
    lastErrors = app.failure
    showErrors(lastErrors, true)
    status.textContent = t(lang, "resultEmpty")
    return
  }
  lastErrors = []
  showErrors(lastErrors, false)
  // Typed engine errors name the field path and rule, never a value (e.g. a municipality with no housing limit).
  const decoded = decodeApplication(app.success)
  if (Result.isFailure(decoded)) {
    engineError = String(decoded.failure.message)
    status.textContent = t(lang, "errEngine")
    status.dataset["engineError"] = engineError
    return
  }
  const decision = calculate(decoded.success)
  if (Result.isFailure(decision)) {
    engineError = String(decision.failure.message)
    status.textContent = t(lang, "errEngine")
    status.dataset["engineError"] = engineError
    return
  }
  lastDecision = decision.success
  lastReminders = incomeReminders(input)
  renderDecision(status, details, lastDecision, lang, lastReminders)
  byId("result").scrollIntoView({ block: "start" })
}

// --- events --------------------------------------------------------------------------------------------------------

form.addEventListener("submit", (ev) => {
  ev.preventDefault()
  submit()
})

compareForm.addEventListener("submit", (ev) => {
  ev.preventDefault()
  submitCompare()
})

for (const b of document.querySelectorAll<HTMLButtonElement>("[data-lang]"))
  b.addEventListener("click", () => setLang(b.dataset["lang"] as Lang))

const syncSpouse = () => {
  const on = checked("hasSpouse")
  byId("spouse-fields").hidden = !on
  for (const el of form.querySelectorAll<HTMLElement>(".spouse-only")) el.hidden = !on
  byId("hasSpouse").setAttribute("aria-expanded", String(on))
}
byId("hasSpouse").addEventListener("change", syncSpouse)

const announce = (text: string) => {
  byId("announcer").textContent = text
}

const syncChildren = () => {
  byId("no-children").hidden = childrenList.children.length > 0
}

byId("add-child").addEventListener("click", () => {
  const n = childrenList.children.length + 1
  const row = childRow(n)
  applyTexts(row, lang)
  childrenList.append(row)
  syncChildren()
  byId(`child-${n}-age`).focus()
  announce(t(lang, "childAdded", { n }))
})

childrenList.addEventListener("click", (ev) => {
  const button = (ev.target as HTMLElement).closest<HTMLButtonElement>("[data-remove-child]")
  if (button === null) return
  const n = Number(button.dataset["removeChild"])
  button.closest("li")!.remove()
  renumberChildren(childrenList)
  applyTexts(childrenList, lang)
  syncChildren()
  lastErrors = lastErrors.filter((e) => !e.field.startsWith("child-"))
  showErrors(lastErrors, false)
  const next = childrenList.children.length >= n ? `child-${n}-age` : n > 1 ? `child-${n - 1}-age` : "add-child"
  byId(next).focus()
  announce(t(lang, "childRemoved"))
})

// Default month: this month, or the last month the engine has parameters for.
const now = new Date()
const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`
byId<HTMLInputElement>("month").value = thisMonth < lastMonth ? thisMonth : lastMonth

byId<HTMLInputElement>(compareFields.baseline).value = defaultBaselineMonth
byId<HTMLInputElement>(compareFields.reform).value = defaultReformMonth

lang = initialLang()
syncSpouse()
syncChildren()
render()
