/**
 * A wellbeing services county's guideline (soveltamisohje, myöntämisperusteet) for supplementary (1412/1997 7 c §)
 * and preventive (8 §) social assistance, as dated data: each item names its expense category, the amount or cap the
 * guideline gives (or that it gives none), the period (once, per month, per year, per child per year), the conditions,
 * and the guideline's own section. A county loads its own guideline as JSON with {@link decodeGuideline}, no code.
 *
 * The guideline is the starting point of the social worker's discretion, not its end: a decision may deviate from an
 * item with a reason (the worker's accepted amount, {@link SupplementaryLine}), and where an item gives no amount the
 * worker's amount and reason are required.
 *
 * @since 0.3.0
 */
import { decodeInput, EuroString, type InvalidInput, PersonalIdentityCode } from "@osallistava/core"
import type * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { DateString } from "../application.js"

const idPattern = /^[a-z0-9][a-z0-9.-]{0,63}$/

/**
 * A code naming a guideline or one of its items: lower case letters, digits, dots and dashes, 1–64 characters; a
 * henkilötunnus shape is refused.
 *
 * @since 0.3.0
 */
export const GuidelineId = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter(
      (s: string) => idPattern.test(s) || "Expected a code of lower-case letters, digits, dots and dashes (1–64)",
      { title: "GuidelineId" }
    ),
    PersonalIdentityCode.isPseudonymous
  )
)

/**
 * Expense categories of supplementary and preventive assistance (7 c §, 8 §), as the counties' guidelines name them.
 *
 * @since 0.3.0
 */
export const categories = [
  "householdGoods",
  "childrenHobbies",
  "specialDiet",
  "funeralCosts",
  "funeralCoffin",
  "funeralUrn",
  "studyCosts",
  "rentDeposit",
  "movingCosts",
  "housingCostsAboveLimit",
  "glasses",
  "dentalCare",
  "medicines",
  "childContactCosts",
  "guardianFees",
  "rentArrears",
  "otherSpecialNeed"
] as const

/** @since 0.3.0 */
export const Category = Schema.Literals(categories)

/** @since 0.3.0 */
export type Category = (typeof categories)[number]

/**
 * What the guideline says about the amount: a fixed amount (`fixed`), a ceiling (`cap`: the necessary cost up to
 * it), a range the worker decides within (`range`: the guideline's amount depends on circumstances it does not
 * tabulate), a typical amount (`typical`: the guideline names what the expense costs on average, e.g. "yhteensä
 * keskimäärin 500 €", but not a limit: the worker's accepted amount with a reason is required, and the letter prints
 * the typical amount), or no amount at all (`none`: the worker's accepted amount with a reason is required).
 *
 * @since 0.3.0
 */
export const ItemAmount = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("fixed"), amount: EuroString }),
  Schema.Struct({ kind: Schema.Literal("cap"), amount: EuroString }),
  Schema.Struct({ kind: Schema.Literal("range"), min: EuroString, max: EuroString }),
  Schema.Struct({ kind: Schema.Literal("typical"), amount: EuroString }),
  Schema.Struct({ kind: Schema.Literal("none") })
]).annotate({ title: "ItemAmount" })

/** The amount kinds of a guideline item, read from {@link ItemAmount}'s members (one list). @since 0.3.0 */
export const itemAmountKinds: ReadonlyArray<ItemAmount["kind"]> = ItemAmount.members.map((m) => m.fields.kind.literal)

/** @since 0.3.0 */
export type ItemAmount = typeof ItemAmount.Type

/**
 * The period an amount or cap is for: `once` (per event), `perMonth`, `perYear` (per family), `perChildPerYear`.
 *
 * @since 0.3.0
 */
export const Period = Schema.Literals(["once", "perMonth", "perYear", "perChildPerYear"])

/** @since 0.3.0 */
export type Period = typeof Period.Type

/**
 * Conditions a guideline attaches to an item (codes; their fi/sv/en texts are in the messages).
 *
 * @since 0.3.0
 */
export const conditionCodes = [
  "receiptOrEstimate",
  "necessaryAndReasonable",
  "longTermClient",
  "noOtherMeans",
  "notCoveredByBasicAmount",
  "doctorStatement",
  "estateWithoutMeans",
  "familySizeDependent"
] as const

/** @since 0.3.0 */
export const Condition = Schema.Literals(conditionCodes)

/** @since 0.3.0 */
export type Condition = (typeof conditionCodes)[number]

/** @since 0.3.0 */
export const GuidelineItem = Schema.Struct({
  id: GuidelineId,
  category: Category,
  /** The guideline's own section or heading where the item is, e.g. `4.8`. */
  section: Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(120))),
  amount: ItemAmount,
  period: Period,
  conditions: Schema.Array(Condition),
  /** `7 c` supplementary, `8` preventive. */
  legalBasis: Schema.Literals(["7 c", "8"])
}).annotate({ title: "GuidelineItem" })

/** @since 0.3.0 */
export type GuidelineItem = typeof GuidelineItem.Type

/**
 * A county guideline: who issued it, the document (title, date, address), its validity and its items.
 *
 * @since 0.3.0
 */
export const Guideline = Schema.Struct({
  id: GuidelineId,
  /** The wellbeing services county (or Helsinki), by its Finnish name; `null` where the source does not name it. */
  county: Schema.NullOr(Schema.String.pipe(Schema.check(Schema.isMaxLength(120)))),
  document: Schema.Struct({
    title: Schema.String.pipe(Schema.check(Schema.isMinLength(1), Schema.isMaxLength(300))),
    /** The date the document was issued or adopted; `null` where the stored copy does not give it. */
    issued: Schema.NullOr(DateString),
    url: Schema.String.pipe(Schema.check(Schema.isPattern(/^https:\/\/\S+$/, { message: "Expected an https address" })))
  }),
  validFrom: DateString,
  /** Last day in force (inclusive), `null` when open-ended. */
  validTo: Schema.NullOr(DateString),
  items: Schema.Array(GuidelineItem).pipe(Schema.check(Schema.isMinLength(1)))
}).annotate({
  title: "Guideline",
  description: "A county guideline for supplementary and preventive social assistance"
})

/** @since 0.3.0 */
export type Guideline = typeof Guideline.Type

/**
 * Decodes a county's own guideline (parsed JSON). Failures name the field path and the rule, never a value.
 *
 * @example
 * ```ts
 * import { Supplementary } from "@osallistava/social-assistance"
 * const g = Supplementary.decodeGuideline(JSON.parse(text)) // Result<Guideline, InvalidInput>
 * ```
 * @since 0.3.0
 */
export const decodeGuideline: (input: unknown) => Result.Result<Guideline, InvalidInput> = decodeInput(
  Guideline,
  "supplementary assistance guideline"
)

/** Whether `guideline` is in force on `date`. @since 0.3.0 */
export const inForce = (guideline: Guideline, date: string): boolean =>
  guideline.validFrom <= date && (guideline.validTo === null || date <= guideline.validTo)

/** The item `id` of a guideline. @since 0.3.0 */
export const item = (guideline: Guideline, id: string): GuidelineItem | undefined =>
  guideline.items.find((i) => i.id === id)

/**
 * The JSON Schema of a guideline, for a county writing its own (draft 2020-12 document).
 *
 * @since 0.3.0
 */
export const guidelineJsonSchema = () => Schema.toJsonSchemaDocument(Guideline)
