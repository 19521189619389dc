/**
 * One pass over the rules of Act 1412/1997 for one family and one month, in the order of the law's calculation:
 * family (3 §), basic amounts (9 §), reductions (10 §), expenses (7 a §, 7 b §), income (11 §, 13 §), assets (12 §),
 * difference (6 §). With a tracer every step is recorded; without one nothing is allocated on the normal path.
 *
 * @since 0.2.0
 */
import type { Application } from "../application.js"
import { assets } from "./assets-12.js"
import { basicAmounts } from "./basic-amount-9.js"
import { FAIL, type Month, type Work } from "./context.js"
import { difference } from "./difference-6.js"
import { family } from "./family-3.js"
import { flagHealthCare2026 } from "./health-care-26-2026.js"
import { incomes } from "./income-11.js"
import { expenses } from "./other-basic-expenses-7b.js"
import { reductions } from "./reductions-10.js"
import { act1412, type LegalRef, noParameters, type Tracer } from "./trace.js"

const legalProvisional: ReadonlyArray<LegalRef> = [act1412("9 a")]

/**
 * Totals of one calculation in cents, filled by {@link run} when given.
 *
 * @since 0.2.0
 */
export interface Totals {
  basicAmounts: number
  otherBasicExpenses: number
  income: number
  assets: number
}

/**
 * Support in cents for `app` in month `M`, or FAIL with the error in `W.failure`.
 *
 * @since 0.2.0
 */
export const run = (app: Application, M: Month, W: Work, t?: Tracer, totals?: Totals): number => {
  W.failure = undefined
  if (family(app, M, W) === FAIL) return FAIL
  let basic = basicAmounts(app, M, W, t)
  // the optional lists are looked at here, so that an application without them makes no call for them
  const reductionList = app.reductions
  if (reductionList !== undefined && reductionList.length > 0) {
    const reduced = reductions(app, M, W, t)
    if (reduced === FAIL) return FAIL
    basic -= reduced
  }
  const other = expenses(app, M, W, t)
  if (other === FAIL) return FAIL
  const income = incomes(app, M, W, t)
  if (income === FAIL) return FAIL
  const assetList = app.assets
  let assetTotal = 0
  if (assetList !== undefined && assetList.length > 0) {
    assetTotal = assets(app, M, W, t)
    if (assetTotal === FAIL) return FAIL
  }
  if (totals !== undefined) {
    totals.basicAmounts = basic
    totals.otherBasicExpenses = other
    totals.income = income
    totals.assets = assetTotal
  }
  if (t !== undefined) {
    const P = M.parameters
    if (P.single.provisional || P.percentages.provisional) t.flag("basicAmountProvisional")
    flagHealthCare2026(app, M, W, t)
    if (M.lawOf !== undefined) {
      // assumeLaw "lastKnown": the month is after the last confirmed parameters (9 a §: the amounts of a new year are
      // confirmed by Kela's index release), computed with the law of `lawOf`
      t.flag("provisionalLaw")
      t.node({
        ruleId: "provisional-law",
        legal: legalProvisional,
        parameters: noParameters,
        inputs: { month: M.month, lawOf: M.lawOf },
        result: 0
      })
    }
  }
  return difference(basic + other, income, assetTotal, M.month, t)
}
