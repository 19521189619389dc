/**
 * Hand-written baseline: the support amount of the synthetic applications (2017-05 … 2026-02 rules as they apply
 * to them) as one plain function, with no validation, no explanation and no typed errors. It covers only what the
 * generator produces: applicant, optional spouse and children, rent/water/electricity, counted incomes with the
 * per-earner earned-income disregard (first 150 €/month, 11 § 3 mom), immediately available savings; no reductions,
 * no housing-cost cap (the cap applies only after a housing direction, 7 a §), no part months.
 *
 * Parameters (the single-person amount and the category percentages, 9 §) are read from the package's dated tables
 * once per month: they are data, and the baseline is the arithmetic per household.
 *
 * @since 0.1.0
 */
import type { Application } from "@osallistava/social-assistance"
import { Engine } from "@osallistava/social-assistance"
import { Result } from "effect"

/** @since 0.1.0 */
export interface PlainMonth {
  readonly year: number
  readonly month: number
  readonly livingAlone: number
  readonly singleParent: number
  readonly otherAdult: number
  readonly adultWithParents: number
  readonly child10: ReadonlyArray<number>
  readonly childUnder10: ReadonlyArray<number>
  readonly disregardMax: number
}

const pctOf = (single: number, millionths: number) => Math.floor((single * millionths + 500_000) / 1_000_000)

/** @since 0.1.0 */
export const plainMonth = (month: string): PlainMonth => {
  const p = Engine.parametersFor(month)
  if (Result.isFailure(p)) throw new Error(p.failure.message)
  const s = p.success.single.value
  const q = p.success.percentages.value
  const ranks = (b: number) => [pctOf(s, b), pctOf(s, b - q.secondChildStep), pctOf(s, b - q.laterChildStep)]
  return {
    year: Number(month.slice(0, 4)),
    month: Number(month.slice(5, 7)),
    livingAlone: pctOf(s, q.livingAlone),
    singleParent: pctOf(s, q.singleParent),
    otherAdult: pctOf(s, q.otherAdult),
    adultWithParents: pctOf(s, q.adultWithParents),
    child10: ranks(q.child10to17),
    childUnder10: ranks(q.childUnder10),
    disregardMax: p.success.disregard.value.maximum
  }
}

/** Support in cents. @since 0.1.0 */
export const plainSupport = (app: Application.Application, m: PlainMonth): number => {
  const ps = app.persons
  let spouse = false
  let children = 0
  for (const p of ps) {
    if (p.role === "spouse") spouse = true
    else if (p.role === "child") children++
  }
  let need = 0
  for (const p of ps) {
    if (p.role !== "child") {
      need += spouse
        ? m.otherAdult
        : children > 0
          ? m.singleParent
          : p.livingWithParents
            ? m.adultWithParents
            : m.livingAlone
      continue
    }
    let rank = 0
    for (const q of ps)
      if (q !== p && q.role === "child" && (q.birthDate < p.birthDate || (q.birthDate === p.birthDate && q.id < p.id)))
        rank++
    const by = Number(p.birthDate.slice(0, 4))
    const bm = Number(p.birthDate.slice(5, 7))
    const bd = Number(p.birthDate.slice(8, 10))
    const age = m.year - by - (m.month < bm || (m.month === bm && bd > 1) ? 1 : 0)
    need += (age >= 10 ? m.child10 : m.childUnder10)[Math.min(rank, 2)]!
  }
  for (const e of app.expenses) need += e.amount
  let income = 0
  let wageA = 0
  let wageS = 0
  for (const i of app.incomes) {
    income += i.amount
    if (i.kind === "wage") {
      if (i.personId === "a") wageA += i.amount
      else wageS += i.amount
    }
  }
  income -= Math.min(wageA, m.disregardMax) + Math.min(wageS, m.disregardMax)
  if (app.assets) for (const a of app.assets) if (a.immediatelyAvailable) income += a.amount
  return Math.max(need - income, 0)
}
