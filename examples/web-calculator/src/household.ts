/**
 * The household a person enters on the page, validated field by field and turned into the engine's application
 * JSON (`Application.ApplicationJson` of `@osallistava/social-assistance`). Pure: no DOM, testable in Node.
 *
 * The page asks for ages, not birth dates (less personal data, and the engine only needs the age on the first day
 * of the month: 1412/1997 9 § categories). Each age is turned into a birth date six months before that birthday.
 *
 * @since 0.1.0
 */
import { Money } from "@osallistava/core"
import type { Application } from "@osallistava/social-assistance"
import { Result } from "effect"
import { type Lang, type MessageKey, t } from "./i18n.js"

/** Field names of the money inputs, in page order. @since 0.1.0 */
export const expenseFields = [
  "rent",
  "water",
  "householdElectricity",
  "homeInsurance",
  "healthCare",
  "prescriptionMedicine",
  "dayCareFee"
] as const

/** @since 0.1.0 */
export const incomeFields = [
  "applicantWage",
  "applicantUnemployment",
  "spouseWage",
  "spouseUnemployment",
  "housingAllowance",
  "childBenefit",
  "otherIncome"
] as const

/** @since 0.1.0 */
export type ExpenseField = (typeof expenseFields)[number]
/** @since 0.1.0 */
export type IncomeField = (typeof incomeFields)[number]
/** @since 0.1.0 */
export type MoneyField = ExpenseField | IncomeField | "savings"

/** The form as typed: every value a string, as read from the inputs. @since 0.1.0 */
export interface HouseholdInput {
  readonly month: string
  readonly municipality: string
  readonly applicantAge: string
  readonly livingWithParents: boolean
  readonly hasSpouse: boolean
  readonly spouseAge: string
  readonly children: ReadonlyArray<{
    readonly age: string
    readonly alternatingResidence: boolean
    /** Child maintenance (elatusapu) or maintenance allowance (elatustuki) paid for this child. */
    readonly maintenance: string
  }>
  readonly money: Readonly<Partial<Record<MoneyField, string>>>
}

/** One problem in the form: the id of the input, the message key and, for a too large amount, the limit. @since 0.1.0 */
export interface FieldError {
  readonly field: string
  readonly message: MessageKey
  /** The largest amount accepted, in cents (for `errAmountTooLarge` and `errSavingsTooLarge`). */
  readonly maxCents?: number
}

/**
 * The text of a form error in `lang`; a limit is formatted as money of that language (`100 000,00 €`, `€100,000.00`).
 * Never contains what was typed.
 *
 * @since 0.1.0
 */
export const fieldErrorText = (error: FieldError, lang: Lang): string =>
  t(
    lang,
    error.message,
    error.maxCents === undefined ? {} : { max: Money.format(Money.unsafeCents(error.maxCents), lang) }
  )

/** Where each money field goes in the application: expense kind, or income kind and whose income. */
const expenseKind: Record<ExpenseField, Application.ExpenseLine["kind"]> = {
  rent: "rent",
  water: "water",
  householdElectricity: "householdElectricity",
  homeInsurance: "homeInsurance",
  healthCare: "healthCare",
  prescriptionMedicine: "prescriptionMedicine",
  dayCareFee: "dayCareFee"
}

const incomeTarget: Record<IncomeField, { kind: Application.IncomeLine["kind"]; person: "applicant" | "spouse" }> = {
  applicantWage: { kind: "wage", person: "applicant" },
  applicantUnemployment: { kind: "basicUnemploymentAllowance", person: "applicant" },
  spouseWage: { kind: "wage", person: "spouse" },
  spouseUnemployment: { kind: "basicUnemploymentAllowance", person: "spouse" },
  housingAllowance: { kind: "housingAllowance", person: "applicant" },
  childBenefit: { kind: "childBenefit", person: "applicant" },
  otherIncome: { kind: "otherIncome", person: "applicant" }
}

/** Months the engine has parameters for (`MonthString` of the application schema). */
export const firstMonth = "2017-01"
/** @since 0.1.0 */
export const lastMonth = "2026-12"

/**
 * A birth date giving `age` full years on the first day of `month`: six months before the `age`th birthday falls
 * due, so the age is unambiguous. `birthDateForAge("2024-06", 37)` is `"1986-12-01"`.
 *
 * @since 0.1.0
 */
export const birthDateForAge = (month: string, age: number): string => {
  const [y, m] = month.split("-").map(Number) as [number, number]
  const index = (y - age) * 12 + (m - 1) - 6
  const year = Math.floor(index / 12)
  const mon = (index % 12) + 1
  return `${String(year).padStart(4, "0")}-${String(mon).padStart(2, "0")}-01`
}

const parseAge = (text: string, min: number, max: number): number | undefined => {
  const s = text.trim()
  if (!/^\d{1,3}$/.test(s)) return undefined
  const n = Number(s)
  return n >= min && n <= max ? n : undefined
}

/**
 * The largest amounts the page takes, in cents: 100 000 € for a month's expense or income, 10 000 000 € of savings.
 * Anything above is a typing slip (cents typed without the comma, digits twice), not a household's month; the person
 * gets a message saying the amount is too large, and the engine never sees it.
 *
 * @since 0.1.0
 */
export const maxMonthlyCents = 100_000_00
/** @since 0.1.0 */
export const maxSavingsCents = 10_000_000_00

type AmountError = "errAmount" | "errAmountTooLarge" | "errSavingsTooLarge"

const amountError = (field: string, message: AmountError): FieldError =>
  message === "errAmount"
    ? { field, message }
    : { field, message, maxCents: message === "errSavingsTooLarge" ? maxSavingsCents : maxMonthlyCents }

/** A euro amount as typed (`"675"`, `"1 234,50"`, `""` for none) → decimal string, `null` for none. */
const parseAmount = (text: string | undefined, savings = false): Result.Result<string | null, AmountError> => {
  const s = (text ?? "").trim()
  if (s === "") return Result.succeed(null)
  const cents = Money.parse(s)
  if (Result.isFailure(cents))
    // core refuses magnitudes beyond a safe integer of cents as its `safe-range` rule: too large, not malformed.
    return Result.fail(
      cents.failure.rule === "safe-range" ? (savings ? "errSavingsTooLarge" : "errAmountTooLarge") : "errAmount"
    )
  if (cents.success < 0) return Result.fail("errAmount")
  if (cents.success > (savings ? maxSavingsCents : maxMonthlyCents))
    return Result.fail(savings ? "errSavingsTooLarge" : "errAmountTooLarge")
  return Result.succeed(cents.success === 0 ? null : Money.toDecimalString(cents.success))
}

/**
 * Validates the form and builds the application JSON. Every error names the input (`id`) and the message to show
 * next to it; amounts left empty or zero are left out of the application.
 *
 * @since 0.1.0
 */
export const toApplication = (
  input: HouseholdInput
): Result.Result<Application.ApplicationJson, ReadonlyArray<FieldError>> => {
  const errors: Array<FieldError> = []
  const month = input.month.trim()
  const monthOk = /^\d{4}-(0[1-9]|1[0-2])$/.test(month) && month >= firstMonth && month <= lastMonth
  if (!monthOk) errors.push({ field: "month", message: "errMonth" })
  if (input.municipality.trim() === "") errors.push({ field: "municipality", message: "errMunicipality" })

  const applicantAge = parseAge(input.applicantAge, 18, 120)
  if (applicantAge === undefined) errors.push({ field: "applicantAge", message: "errAdultAge" })
  const spouseAge = input.hasSpouse ? parseAge(input.spouseAge, 18, 120) : undefined
  if (input.hasSpouse && spouseAge === undefined) errors.push({ field: "spouseAge", message: "errAdultAge" })
  const childAges = input.children.map((child, i) => {
    const age = parseAge(child.age, 0, 17)
    if (age === undefined) errors.push({ field: `child-${i + 1}-age`, message: "errChildAge" })
    return age
  })
  // Maintenance is the child's own income, counted only up to the child's own need (11 § 2 mom 2 kohta), so it is
  // asked per child and sent with the child's id.
  const childMaintenance = input.children.map((child, i) => {
    const parsed = parseAmount(child.maintenance)
    if (Result.isFailure(parsed)) errors.push(amountError(`child-${i + 1}-maintenance`, parsed.failure))
    return Result.isSuccess(parsed) ? parsed.success : null
  })

  const amounts = new Map<MoneyField, string>()
  for (const field of [...expenseFields, ...incomeFields, "savings"] as const) {
    if ((field === "spouseWage" || field === "spouseUnemployment") && !input.hasSpouse) continue
    const parsed = parseAmount(input.money[field], field === "savings")
    if (Result.isFailure(parsed)) errors.push(amountError(field, parsed.failure))
    else if (parsed.success !== null) amounts.set(field, parsed.success)
  }
  if (errors.length > 0) return Result.fail(errors)

  const born = (age: number | undefined) => birthDateForAge(month, age ?? 0)
  const persons: Array<Application.ApplicationJson["persons"][number]> = [
    {
      id: "applicant",
      role: "applicant",
      birthDate: born(applicantAge),
      // The engine applies the 73 % rate only to an applicant without spouse or children (9 § 1 mom 3 kohta).
      ...(input.livingWithParents ? { livingWithParents: true } : {})
    }
  ]
  if (input.hasSpouse) persons.push({ id: "spouse", role: "spouse", birthDate: born(spouseAge) })
  input.children.forEach((child, i) => {
    persons.push({
      id: `child-${i + 1}`,
      role: "child",
      birthDate: born(childAges[i]),
      ...(child.alternatingResidence ? { alternatingResidence: true } : {})
    })
  })

  const expenses: Array<Application.ApplicationJson["expenses"][number]> = []
  for (const field of expenseFields) {
    const amount = amounts.get(field)
    if (amount !== undefined) expenses.push({ kind: expenseKind[field], amount })
  }
  const incomes: Array<Application.ApplicationJson["incomes"][number]> = []
  for (const field of incomeFields) {
    const amount = amounts.get(field)
    if (amount !== undefined)
      incomes.push({ kind: incomeTarget[field].kind, amount, personId: incomeTarget[field].person })
  }
  childMaintenance.forEach((amount, i) => {
    if (amount !== null) incomes.push({ kind: "maintenancePayment", amount, personId: `child-${i + 1}` })
  })
  const savings = amounts.get("savings")
  return Result.succeed({
    month,
    municipality: input.municipality.trim(),
    persons,
    expenses,
    incomes,
    ...(savings !== undefined
      ? { assets: [{ kind: "bankSavings", amount: savings, personId: "applicant", immediatelyAvailable: true }] }
      : {})
  })
}

/**
 * Income that is often forgotten, as reminders next to the result (they never block the estimate):
 * - child benefit when there are children and none is entered (Kela pays it for every child under 17);
 * - the single-parent supplement of the child benefit when there are children and no spouse;
 * - the general housing allowance when rent is entered and no housing allowance (social assistance is the last
 *   resort: the primary benefits are applied for first);
 * - the child increase of the labour market subsidy and unemployment allowance when there are children and an
 *   unemployment benefit is entered, for months up to 2024-03: the increase was abolished from 1 April 2024
 *   (government proposal HE 73/2023 vp, Act on unemployment security amendments in force 1.4.2024).
 * Each names the input to check.
 *
 * @since 0.1.0
 */
export const incomeReminders = (
  input: HouseholdInput
): ReadonlyArray<{ readonly message: MessageKey; readonly field: MoneyField }> => {
  const filled = (field: MoneyField) => {
    const text = (input.money[field] ?? "").trim()
    const cents = Money.parse(text)
    return text !== "" && Result.isSuccess(cents) && cents.success > 0
  }
  const children = input.children.length > 0
  const out: Array<{ message: MessageKey; field: MoneyField }> = []
  if (children && !filled("childBenefit")) out.push({ message: "remindChildBenefit", field: "childBenefit" })
  if (children && !input.hasSpouse) out.push({ message: "remindSingleParentSupplement", field: "childBenefit" })
  if (filled("rent") && !filled("housingAllowance"))
    out.push({ message: "remindHousingAllowance", field: "housingAllowance" })
  const unemployment = filled("applicantUnemployment")
    ? "applicantUnemployment"
    : input.hasSpouse && filled("spouseUnemployment")
      ? "spouseUnemployment"
      : undefined
  if (children && unemployment !== undefined && input.month.trim() <= lastChildIncreaseMonth)
    out.push({ message: "remindChildIncrease", field: unemployment })
  return out
}

/** The last month with a child increase on unemployment benefits (abolished from 1.4.2024, HE 73/2023 vp). */
export const lastChildIncreaseMonth = "2024-03"
