/**
 * The expense, income and asset kinds and their legal classes, written once: the application Schema takes its
 * literals from here, and the rules classify a line with one lookup in the code tables derived from them.
 *
 * @since 0.2.0
 */
import { type CodeTable, codeTable } from "./mechanisms/code-table.js"

/**
 * Housing costs capped by the municipal limit (7 a § 1 mom 1–3 kohta from 2023; 7 b § 1 mom 1 kohta before).
 *
 * @since 0.1.0
 */
export const cappedHousingKinds = [
  "rent",
  "maintenanceCharge",
  "financingChargeInterest",
  "housingLoanInterest",
  "plotRent",
  "saunaFee",
  "homeUpkeep",
  "heating"
] as const

/**
 * Other basic expenses (7 b §), outside the housing cap.
 *
 * @since 0.1.0
 */
export const otherExpenseKinds = [
  "water",
  "householdElectricity",
  "homeInsurance",
  "parkingReducedMobility",
  "healthCare",
  "prescriptionMedicine",
  "dayCareFee",
  "schoolChildActivityFee",
  "childContactCosts",
  "identityDocument",
  "movingCosts",
  "movingAllowance",
  "coeliacDiet",
  "commutingCosts"
] as const

/** @since 0.2.0 */
export type ExpenseKind = (typeof cappedHousingKinds)[number] | (typeof otherExpenseKinds)[number]

/**
 * Earned income (11 § 3 mom: the earned-income disregard applies to these). `carersFee` is the fee of an informal
 * carer (omaishoidon tuen hoitopalkkio, 937/2005) or a family carer (perhehoidon palkkio, 263/2015): earned income
 * like a wage (kela.fi/toimeentulotuki-tulot-jotka-vaikuttavat: "palkkio ja osapalkkio (mm. omaishoitajan
 * palkkiot …)"), which keeps the disregard for adults after 1.3.2026 (law 26/2026, see `earnedIncomeDisregard`).
 *
 * @since 0.1.0
 */
export const earnedIncomeKinds = ["wage", "selfEmploymentIncome", "carersFee"] as const

/**
 * Counted income kinds (11 § 1 mom; kela.fi/toimeentulotuki-tulot-jotka-vaikuttavat).
 *
 * @since 0.1.0
 */
export const countedIncomeKinds = [
  ...earnedIncomeKinds,
  "startUpGrant",
  "labourMarketSubsidy",
  "basicUnemploymentAllowance",
  "earningsRelatedUnemploymentAllowance",
  "housingAllowance",
  "studyGrant",
  "studentLoan",
  "childBenefit",
  "childCareAllowance",
  "maintenancePayment",
  "maintenanceAllowance",
  "sicknessAllowance",
  "parentalAllowance",
  "rehabilitationAllowance",
  "pension",
  "capitalIncome",
  "otherIncome"
] as const

/**
 * Income not counted (11 § 2 mom; kela.fi/toimeentulotuki-tulot-jotka-eivat-vaikuta).
 *
 * @since 0.1.0
 */
export const notCountedIncomeKinds = [
  "maternityGrant",
  "disabilityAllowance",
  "pensionersCareAllowance",
  "rehabilitationExpenseCompensation",
  "unemploymentExpenseCompensation",
  "unemploymentBenefitIncreasePart",
  "learningMaterialSupplement",
  "childWelfareAfterCareSupport",
  "withheldByEnforcement",
  "childSummerJobWage"
] as const

/** @since 0.2.0 */
export type IncomeKind =
  | (typeof countedIncomeKinds)[number]
  | (typeof notCountedIncomeKinds)[number]
  | "minorAssistance"

/** @since 0.2.0 */
export const assetKinds = [
  "bankSavings",
  "fundUnits",
  "securities",
  "savingsInsurance",
  "cash",
  "property",
  "vehicle",
  "other"
] as const

/** @since 0.2.0 */
export type AssetKind = (typeof assetKinds)[number]

/**
 * Income classes: not counted (11 § 2 mom), counted, earned (counted, with the disregard of 11 § 3 mom), minor gifts
 * and assistance (11 § 2 mom 1 kohta).
 *
 * @since 0.2.0
 */
export const IncomeClass = { notCounted: 0, counted: 1, earned: 2, minor: 3 } as const

/** @since 0.2.0 */
export type IncomeClass = (typeof IncomeClass)[keyof typeof IncomeClass]

const incomeClasses = (): Readonly<Record<IncomeKind, IncomeClass>> => {
  const out = {} as Record<IncomeKind, IncomeClass>
  for (const k of notCountedIncomeKinds) out[k] = IncomeClass.notCounted
  for (const k of countedIncomeKinds) out[k] = IncomeClass.counted
  for (const k of earnedIncomeKinds) out[k] = IncomeClass.earned
  out.minorAssistance = IncomeClass.minor
  return out
}

/**
 * The class of each income kind, derived from the lists above.
 *
 * @since 0.2.0
 */
export const incomeClassOf: Readonly<Record<IncomeKind, IncomeClass>> = incomeClasses()

const cappedSet = (): Readonly<Record<ExpenseKind, boolean>> => {
  const out = {} as Record<ExpenseKind, boolean>
  for (const k of otherExpenseKinds) out[k] = false
  for (const k of cappedHousingKinds) out[k] = true
  return out
}

/**
 * Whether an expense kind is a housing cost under the municipal cap, derived from the lists above.
 *
 * @since 0.2.0
 */
export const isCappedHousingKind: Readonly<Record<ExpenseKind, boolean>> = cappedSet()

/**
 * The income classes as a code table (`mechanisms/code-table.ts`): the rules' hot loop looks a line's class up here,
 * derived from {@link incomeClassOf}.
 *
 * @since 0.3.0
 */
export const incomeClassCodes: CodeTable = codeTable(Object.entries(incomeClassOf))

/**
 * Expense codes: an other basic expense (7 b §), a capped housing cost (7 a §), the moving allowance and the coeliac
 * diet (flat amounts).
 *
 * @since 0.3.0
 */
export const ExpenseCode = { other: 0, capped: 1, movingAllowance: 2, coeliacDiet: 3 } as const

/**
 * The expense kinds as a code table, derived from the lists above.
 *
 * @since 0.3.0
 */
export const expenseCodes: CodeTable = codeTable(
  Object.entries(isCappedHousingKind).map(([k, capped]): readonly [string, number] => [
    k,
    capped
      ? ExpenseCode.capped
      : k === "movingAllowance"
        ? ExpenseCode.movingAllowance
        : k === "coeliacDiet"
          ? ExpenseCode.coeliacDiet
          : ExpenseCode.other
  ])
)
