/**
 * The basic amount (perusosa, Act 1412/1997 9 §, index-adjusted under 9 a §): a percentage of the amount for a person
 * living alone by category (9 § 1–2 mom), children by age and sibling rank (9 § 3 mom), halved for a child living
 * alternately in two homes (Kela) and prorated by days for a part month (days / 30). Each amount is rounded half-up
 * to the cent.
 *
 * @since 0.2.0
 */
import type { LocalDate } from "@osallistava/core"
import type { Application } from "../application.js"
import { Cat, CHILD, childSlot, type Month, type Work } from "./context.js"
import { ageOf as ageFor, siblingRank } from "./family-3.js"
import { dateKeyOf, mulDivHalfUp, smi } from "./mechanisms/arithmetic.js"
import { act1412, type Category, type LegalRef, type ParameterUse, type TraceNode, type Tracer } from "./trace.js"

/** Category of each slot of `Month.amounts`. */
const slotCategory: ReadonlyArray<Category> = [
  "livingAlone",
  "singleParent",
  "otherAdult",
  "adultWithParents",
  "child10to17",
  "child10to17",
  "child10to17",
  "childUnder10",
  "childUnder10",
  "childUnder10"
]

// What the basic amount covers is 7 a § until 2022 and 7 § from 2023 (renumbered by 1023/2022); the percentages of
// 9 § are those of the act in force: 1184/2011 (single parent 110 %), 1220/2019 (114 %, from 2020), the temporary
// 1228/2022 (children 76 % / 69 %, 2023), 26/2026 (from 1.3.2026). 9 a §: the yearly index adjustment.
const covered2017 = act1412("7 a")
const covered2023 = act1412("7")
const index = act1412("9 a")
const v2017: ReadonlyArray<LegalRef> = [covered2017, act1412("9", { amendedBy: "1184/2011" }), index]
const v2020: ReadonlyArray<LegalRef> = [covered2017, act1412("9", { amendedBy: "1220/2019" }), index]
const v2023: ReadonlyArray<LegalRef> = [
  covered2023,
  act1412("9", {
    amendedBy: "1228/2022",
    validFrom: "2023-01-01" as LocalDate.LocalDate,
    validTo: "2023-12-31" as LocalDate.LocalDate
  }),
  index
]
const v2024: ReadonlyArray<LegalRef> = [covered2023, act1412("9", { amendedBy: "1220/2019" }), index]
const v2026: ReadonlyArray<LegalRef> = [covered2023, act1412("9", { amendedBy: "26/2026" }), index]

/**
 * The sections applied on `date` (`YYYY-MM-DD`).
 *
 * @since 0.2.0
 */
export const legalOn = (date: string): ReadonlyArray<LegalRef> => legalOnKey(dateKeyOf(date))

/** {@link legalOn} for a date as YYYYMMDD (`Month.lawDateKey`): numbers compare without a string comparison per node. */
const legalOnKey = (key: number): ReadonlyArray<LegalRef> =>
  key < 20200101 ? v2017 : key < 20230101 ? v2020 : key < 20240101 ? v2023 : key < 20260301 ? v2024 : v2026

/**
 * The slot of `Month.amounts` for person `i`: the category (9 § 1–2 mom) and, for a child, the sibling rank.
 *
 * @since 0.2.0
 */
export const slotOf = (i: number, W: Work): number => {
  if (W.roles[i] === CHILD) return childSlot(W.ages[i]! >= 10, Math.min(siblingRank(i, W), 2))
  if (W.spouses === 1) return Cat.otherAdult
  if (W.children > 0) return Cat.singleParent
  if (W.persons[i]!.livingWithParents === true) return Cat.adultWithParents
  return Cat.livingAlone
}

/** The two parameters a basic amount reads: the amount for a person living alone and the slot's percentage. */
const basicParameters = (M: Month, slot: number): ReadonlyArray<ParameterUse> => {
  const P = M.parameters
  return [
    {
      name: "basicAmountSingle",
      value: P.single.value,
      validFrom: P.single.validFrom,
      validTo: P.single.validTo,
      source: P.single.source,
      provisional: P.single.provisional
    },
    {
      name: "categoryPercentages",
      value: M.percentages[slot]!,
      validFrom: P.percentages.validFrom,
      validTo: P.percentages.validTo,
      source: P.percentages.source,
      provisional: P.percentages.provisional
    }
  ]
}

const basicParametersOf = (M: Month, slot: number): ReadonlyArray<ParameterUse> => {
  let uses = M.basicParameters[slot]
  if (uses === undefined) {
    uses = basicParameters(M, slot)
    M.basicParameters[slot] = uses
  }
  return uses
}

/** The trace node of person `i`'s basic amount (apart from the calculation, which then stays small). */
const traceBasic = (
  i: number,
  slot: number,
  full: number,
  share: number,
  alternating: boolean,
  days: number | undefined,
  M: Month,
  W: Work,
  t: Tracer
): void => {
  const p = W.persons[i]!
  const category = slotCategory[slot]!
  const rank = W.roles[i] === CHILD ? siblingRank(i, W) + 1 : 0
  t.basic(i, category, rank, M.percentages[slot]!, smi(full), smi(share))
  const age = ageFor(i, M, W)
  // A whole month's basic amount node depends only on the month, the person's id, role, age, rank and slot: one frozen
  // node per month and such key, shared by every decision that has it (a traced batch keeps every node it is given).
  const shareable = !alternating && days === undefined && age >= 0 && age < 256 && rank < 64
  const key = shareable ? ((age * 64 + rank) * 16 + slot) * 4 + W.roles[i]! : -1
  let byKey: Map<number, TraceNode> | undefined
  if (shareable) {
    byKey = M.basicNodes.get(p.id)
    if (byKey === undefined) {
      byKey = new Map()
      M.basicNodes.set(p.id, byKey)
    }
    const shared = byKey.get(key)
    if (shared !== undefined) {
      t.node(shared)
      return
    }
  }
  const node: TraceNode = {
    ruleId: "basic-amount",
    legal: legalOnKey(M.lawDateKey),
    parameters: basicParametersOf(M, slot),
    inputs:
      alternating || days !== undefined
        ? {
            personId: p.id,
            role: p.role,
            ageOnFirstDayOfMonth: age,
            category,
            siblingRank: rank,
            percentage: M.percentages[slot]!,
            fullAmount: smi(full),
            ...(alternating ? { alternatingResidence: true } : {}),
            ...(days !== undefined ? { days } : {})
          }
        : {
            personId: p.id,
            role: p.role,
            ageOnFirstDayOfMonth: age,
            category,
            siblingRank: rank,
            percentage: M.percentages[slot]!,
            fullAmount: smi(full)
          },
    result: smi(share)
  }
  if (byKey !== undefined) {
    Object.freeze(node.inputs)
    byKey.set(key, Object.freeze(node))
  }
  t.node(node)
}

/**
 * Each person's basic amount into `W.basic` (and, for a child, the start of the child's own need `W.need`); returns
 * the family's total in cents.
 *
 * @since 0.2.0
 */
export const basicAmounts = (app: Application, M: Month, W: Work, t: Tracer | undefined): number => {
  const persons = W.persons
  const n = W.count
  const days = app.days
  const prorate = days !== undefined && days < 30
  const amounts = M.amounts
  const basic = W.basic
  const need = W.need
  let total = 0
  for (let i = 0; i < n; i++) {
    const slot = slotOf(i, W)
    const full = amounts[slot]!
    const child = W.roles[i] === CHILD
    const alternating = child && persons[i]!.alternatingResidence === true
    let share = full
    if (alternating) share = mulDivHalfUp(share, 1, 2)
    if (prorate) share = mulDivHalfUp(share, days, 30)
    basic[i] = share
    need[i] = child ? share : 0
    total += share
    if (t !== undefined) traceBasic(i, slot, full, share, alternating, prorate ? days : undefined, M, W, t)
  }
  return total
}
