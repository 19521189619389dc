/**
 * The application (input) of a basic social assistance calculation: one family, one calendar month.
 *
 * @since 0.1.0
 */
import { Holidays } from "@osallistava/calendar"
import {
  ReductionGround as CoreReductionGround,
  decodeInput,
  EuroString,
  type InvalidInput,
  LocalDate,
  MunicipalityCodeOrName,
  PersonalIdentityCode,
  YearMonth
} from "@osallistava/core"
import type * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import {
  assetKinds,
  cappedHousingKinds,
  countedIncomeKinds,
  notCountedIncomeKinds,
  otherExpenseKinds
} from "./rules/kinds.js"

// core's LocalDate/YearMonth Schemas are not reachable through its namespaces in dist (type-only re-export),
// so the boundary formats are checked here with core's validators.
/** @since 0.1.0 */
export const DateString = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter((s: string) => LocalDate.isLocalDate(s) || "Expected a date YYYY-MM-DD", { title: "LocalDate" })
  )
)

/**
 * The last month the working-day calendar covers. The Schema accepts every month from 2017-01 on: whether its law is
 * known is the parameters' question (`ParameterNotInForce` names the parameter and its last known month), not the
 * Schema's.
 */
const LAST_CALENDAR_MONTH = `${Holidays.lastYear}-12`

/**
 * A month `YYYY-MM` from 2017-01 (Kela's basic assistance) to the end of the calendar's years.
 *
 * @since 0.1.0
 */
export const MonthString = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter(
      (s: string) =>
        (YearMonth.isYearMonth(s) && s >= "2017-01" && s <= LAST_CALENDAR_MONTH) ||
        "Expected a month YYYY-MM from 2017-01 (Kela's basic assistance)",
      { title: "YearMonth" }
    )
  )
)

/**
 * Role of a family member (Act 1412/1997 3 §). An adult child living with parents forms a separate family and
 * applies with `livingWithParents: true`.
 *
 * @since 0.1.0
 */
export const Role = Schema.Literals(["applicant", "spouse", "child"])

/**
 * A family member's pseudonymous identifier (`[A-Za-z0-9_-]{1,40}`), used to link income, expense and reduction
 * lines and written into the decision's lines; a henkilötunnus shape is refused (core's `isPseudonymous`).
 *
 * @since 0.4.0
 */
export const PersonId = Schema.NonEmptyString.pipe(
  Schema.check(
    Schema.isPattern(/^[A-Za-z0-9_-]{1,40}$/, { message: "Expected a pseudonymous id [A-Za-z0-9_-]{1,40}" }),
    PersonalIdentityCode.isPseudonymous
  )
)

/** @since 0.1.0 */
export const Person = Schema.Struct({
  /** Pseudonymous identifier used to link income, expense and reduction lines; never a henkilötunnus. */
  id: PersonId,
  role: Role,
  birthDate: DateString,
  /** Child living alternately (50/50) in two homes: the child's basic amount is split equally (Kela 2024). */
  alternatingResidence: Schema.optionalKey(Schema.Boolean),
  /** Applicant aged 18+ living with their parent(s): 73 % rate (9 § 1 mom 3 kohta). */
  livingWithParents: Schema.optionalKey(Schema.Boolean),
  /** Coeliac disease diagnosed (7 b § 2 mom from 2025-03). */
  coeliacDisease: Schema.optionalKey(Schema.Boolean)
}).annotate({ title: "Person" })

/** @since 0.1.0 */
export type Person = typeof Person.Type

/**
 * Expense kinds (7 § – 7 b §), from `rules/kinds.ts`. The first group is capped by the municipal housing-cost limit
 * (7 a § 1 mom 1–3 kohta).
 */
export { cappedHousingKinds, otherExpenseKinds } from "./rules/kinds.js"

/** @since 0.1.0 */
export const ExpenseKind = Schema.Literals([...cappedHousingKinds, ...otherExpenseKinds])

/** @since 0.1.0 */
export type ExpenseKind = typeof ExpenseKind.Type

/** @since 0.1.0 */
export const ExpenseLine = Schema.Struct({
  kind: ExpenseKind,
  /** Amount claimed; for `movingAllowance` and `coeliacDiet` the legal flat amount is used instead. */
  amount: EuroString,
  personId: Schema.optionalKey(Schema.String),
  /**
   * For `movingAllowance`: which of Kela's two amounts applies, `short` (120 €; Kela's example: one person moving
   * across town) or `long` (180 €). Kela sets it by the length of the move and the family size and publishes no
   * thresholds (kela.fi/toimeentulotuki-muuttokustannukset), so the caller states it.
   */
  distance: Schema.optionalKey(Schema.Literals(["short", "long"])),
  /** Compensated from elsewhere (law 8 §): not accepted. */
  compensatedElsewhere: Schema.optionalKey(Schema.Boolean)
}).annotate({ title: "ExpenseLine" })

/** @since 0.1.0 */
export type ExpenseLine = typeof ExpenseLine.Type

/**
 * Income kinds (11 §), from `rules/kinds.ts`: counted kinds and not-counted kinds (11 § 2 mom) per
 * kela.fi/toimeentulotuki-tulot-jotka-vaikuttavat and -tulot-jotka-eivat-vaikuta.
 */
export { countedIncomeKinds, earnedIncomeKinds, notCountedIncomeKinds } from "./rules/kinds.js"

/** @since 0.1.0 */
export const IncomeKind = Schema.Literals([...countedIncomeKinds, ...notCountedIncomeKinds, "minorAssistance"])

/** @since 0.1.0 */
export type IncomeKind = typeof IncomeKind.Type

/**
 * When the income was paid, relative to the month (13 §; kela.fi/social-assistance-assets-affecting):
 * - `thisMonth` (default): counted this month;
 * - `previousMonthsLastWorkingDay`: a wage paid on the previous month's last working day, counted this month;
 * - `thisMonthsLastWorkingDay`: paid on this month's last working day, counted next month (not now);
 * - `earlierMonthNotYetCounted`: earnings of an earlier month not counted before, counted now.
 *
 * @since 0.1.0
 */
export const IncomeTiming = Schema.Literals([
  "thisMonth",
  "previousMonthsLastWorkingDay",
  "thisMonthsLastWorkingDay",
  "earlierMonthNotYetCounted"
])

/** @since 0.1.0 */
export const IncomeLine = Schema.Struct({
  kind: IncomeKind,
  /** Net amount (after tax). */
  amount: EuroString,
  personId: Schema.String,
  timing: Schema.optionalKey(IncomeTiming),
  /**
   * Payment date; when given, the timing is derived from it (a wage paid on the month's last banking day counts next
   * month). If `timing` is also given, the two must agree.
   */
  paidOn: Schema.optionalKey(DateString),
  /** For a child's income: regular, more than minor income (e.g. orphan's pension) is counted up to the child's need. */
  regular: Schema.optionalKey(Schema.Boolean),
  /**
   * Occasional, minor income of any kind (11 § 2 mom 1 kohta: "vähäisiksi katsottavia ansiotuloja ja avustuksia",
   * 49/2005): the family's occasional lines (and every `minorAssistance` line) are disregarded together up to Kela's
   * limit (50 € a month for a person, 100 € for a family) while the disregard is in force; the excess is counted in
   * full. A kind that is never counted stays not counted.
   */
  occasional: Schema.optionalKey(Schema.Boolean)
}).annotate({ title: "IncomeLine" })

/** @since 0.1.0 */
export type IncomeLine = typeof IncomeLine.Type

/** @since 0.1.0 */
export const AssetLine = Schema.Struct({
  kind: Schema.Literals(assetKinds),
  amount: EuroString,
  personId: Schema.optionalKey(Schema.String),
  /** Savings, fund units, securities and savings insurance are immediately available (Kela); others get a realisation period. */
  immediatelyAvailable: Schema.Boolean
}).annotate({ title: "AssetLine" })

/** @since 0.1.0 */
export type AssetLine = typeof AssetLine.Type

/**
 * Ground of a basic-amount reduction: core's one § 10 vocabulary (`ReductionGround` of `@osallistava/core`, with the
 * dated regimes and fi/sv/en names), re-exported so that etotu's reduced-basic-amount notice and this calculator use
 * the same names.
 *
 * @since 0.1.0
 */
export const ReductionGround = CoreReductionGround.schema

/**
 * A reduction of one person's basic amount, decided by Kela (10 §). The safeguards are explicit decision inputs:
 * the reduction is applied only if both are confirmed.
 *
 * @since 0.1.0
 */
export const Reduction = Schema.Struct({
  personId: Schema.String,
  ground: ReductionGround,
  percentage: Schema.Literals([20, 40, 50]),
  safeguards: Schema.Struct({
    /** The reduction does not endanger the minimum needed for a life of dignity (e.g. housing). */
    minimumSubsistenceNotEndangered: Schema.Boolean,
    /** The reduction is not otherwise unreasonable. */
    notOtherwiseUnreasonable: Schema.Boolean,
    /** For 40 % in 2023-01 … 2026-01 (1023/2022): referred to a service-need assessment (10 a §) and refused it without a justified reason. Not needed in 2017–2022. */
    serviceNeedAssessmentRefused: Schema.optionalKey(Schema.Boolean)
  }),
  /** Month of this reduction within its decision (1 = first); checked against the maximum duration. */
  monthOfReduction: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 24 }))))
}).annotate({ title: "Reduction" })

/** @since 0.1.0 */
export type Reduction = typeof Reduction.Type

/**
 * Housing direction (7 a § from 2024-04): the month in which Kela directed the family to a cheaper home, any extension,
 * or a special ground for accepting full costs. The direction month counts as month 1 of the 3-month period (directed
 * in April → costs capped from July); this is a provisional reading — counted from the day of the direction (Act
 * 150/1930) the cap could start a month later. See the README's provisional points.
 *
 * @since 0.1.0
 */
export const HousingDirection = Schema.Struct({
  directedInMonth: Schema.optionalKey(
    Schema.String.pipe(
      Schema.check(Schema.isPattern(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "Expected a month YYYY-MM" }))
    )
  ),
  extensionMonths: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 24 })))),
  /**
   * Before 1.4.2024 only (7 b § 2 mom 815/2015; 7 a § 2 mom 1023/2022): the last month of the "sufficient period"
   * Kela set after the direction, during which the costs count in full (the statute sets no number of months).
   * Without it the period is not known to have ended and the costs count in full; it may not end before
   * `directedInMonth`.
   */
  periodEndsInMonth: Schema.optionalKey(
    Schema.String.pipe(
      Schema.check(Schema.isPattern(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "Expected a month YYYY-MM" }))
    )
  ),
  /**
   * Before 1.4.2024 only (7 b § 3 mom 815/2015; 7 a § 3 mom 1023/2022): there is no real possibility of a cheaper
   * home in the municipality, so the costs count in full after the period too.
   */
  noCheaperHomeInMunicipality: Schema.optionalKey(Schema.Boolean),
  specialGround: Schema.optionalKey(
    Schema.Literals([
      "childInterest",
      "disabilitySpace",
      "childContactSpace",
      "healthOrAge",
      "countyHousingService",
      "otherJustifiedReason"
    ])
  )
}).annotate({ title: "HousingDirection" })

/** @since 0.1.0 */
export const Application = Schema.Struct({
  month: MonthString,
  /** Statistics Finland code or name known to core (current, or merged since 2017); anything else is refused unechoed. */
  municipality: MunicipalityCodeOrName,
  /** Days covered when the period is shorter than a month (perusosa × days / 30). */
  days: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 30 })))),
  persons: Schema.Array(Person),
  expenses: Schema.Array(ExpenseLine),
  incomes: Schema.Array(IncomeLine),
  assets: Schema.optionalKey(Schema.Array(AssetLine)),
  reductions: Schema.optionalKey(Schema.Array(Reduction)),
  housingDirection: Schema.optionalKey(HousingDirection)
}).annotate({ title: "Application", description: "Basic social assistance application for one family and one month" })

/** @since 0.1.0 */
export type Application = typeof Application.Type

/** @since 0.1.0 */
export type ApplicationJson = typeof Application.Encoded

/**
 * Decodes an application once at the boundary. Errors name the field path and rule, never the input values.
 *
 * @since 0.1.0
 */
export const decodeApplication: (input: unknown) => Result.Result<Application, InvalidInput> = decodeInput(
  Application,
  "application"
)

/** @since 0.1.0 */
export const applicationJsonSchema = () => Schema.toJsonSchemaDocument(Application)
