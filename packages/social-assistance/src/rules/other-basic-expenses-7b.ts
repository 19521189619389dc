/**
 * Other basic expenses (Act 1412/1997 7 b §; 7 b § as amended by 815/2015 until 2022): accepted at their necessary
 * amount as claimed, nothing for a cost compensated from elsewhere (8 §), and, from 1.3.2025, the flat coeliac-diet
 * amount for a person aged 16 or over with the diagnosis (7 b § 2 mom, law 847/2024). Also the pass over every
 * expense line: housing costs go to the housing rule (`housing-costs-7a.ts`).
 *
 * @since 0.2.0
 */
import type { Application } from "../application.js"
import { CHILD, FAIL, type Month, type Work } from "./context.js"
import { ageOf, personIndex } from "./family-3.js"
import { housingCosts, movingAllowance } from "./housing-costs-7a.js"
import { ExpenseCode, expenseCodes } from "./kinds.js"
import { dateKeyOf, smi } from "./mechanisms/arithmetic.js"
import { codeOf } from "./mechanisms/code-table.js"
import { act1412, type LegalRef, type LineRuleId, noParameters, type TraceItem, type Tracer } from "./trace.js"

const until2022: ReadonlyArray<LegalRef> = [act1412("7 b", { amendedBy: "815/2015" })]
const from2023: ReadonlyArray<LegalRef> = [act1412("7 b", { amendedBy: "1023/2022" })]
const from2025: ReadonlyArray<LegalRef> = [act1412("7 b", { amendedBy: "847/2024" })]
const coeliacLegal: ReadonlyArray<LegalRef> = [act1412("7 b", { subsection: 2, amendedBy: "847/2024" })]

/** The section in force on `date` (`YYYY-MM-DD`). @since 0.2.0 */
export const legalOn = (date: string): ReadonlyArray<LegalRef> => legalOnKey(dateKeyOf(date))

/** {@link legalOn} for a date as YYYYMMDD (`Month.lawDateKey`). */
const legalOnKey = (key: number): ReadonlyArray<LegalRef> =>
  key < 20230101 ? until2022 : key < 20250201 ? from2023 : from2025

/**
 * The coeliac-diet amount of one line in cents (0 when not accepted), or FAIL when the line names no family member.
 *
 * @since 0.2.0
 */
export const coeliacDiet = (k: number, pi: number, M: Month, W: Work, t: Tracer | undefined): number => {
  if (pi < 0)
    return W.fail(`expenses[${k}].personId`, "coeliac-person", "The coeliac diet line must name a family member")
  const c = M.parameters.coeliac
  const person = W.persons[pi]!
  const age = ageOf(pi, M, W)
  const ok = c !== undefined && person.coeliacDisease === true && age >= c.value.minimumAge
  const accepted = ok ? c.value.amount : 0
  if (t !== undefined)
    t.node({
      ruleId: ok ? "coeliac-diet" : "coeliac-diet-not-accepted",
      legal: coeliacLegal,
      parameters:
        c === undefined
          ? []
          : [
              {
                name: "coeliacDietAllowance",
                value: c.value.amount,
                validFrom: c.validFrom,
                validTo: c.validTo,
                source: c.source,
                provisional: c.provisional
              }
            ],
      inputs: {
        personId: person.id,
        coeliacDisease: person.coeliacDisease === true,
        age,
        ...(c === undefined ? {} : { minimumAge: c.value.minimumAge })
      },
      result: accepted
    })
  return accepted
}

/** Whether expense line `k` is an other basic expense claimed as such (not housing, compensated or a flat amount). */
const claimedOther = (list: Application["expenses"], W: Work, k: number): boolean => {
  const e = list[k]!
  return !(
    W.expenseCapped[k] === 1 ||
    e.compensatedElsewhere === true ||
    e.kind === "movingAllowance" ||
    e.kind === "coeliacDiet"
  )
}

/** The trace node of the other basic expenses claimed as such (apart from the calculation, which then stays small). */
const traceOther = (app: Application, M: Month, W: Work, t: Tracer): void => {
  const list = app.expenses
  let count = 0
  for (let k = 0; k < list.length; k++) if (claimedOther(list, W, k)) count++
  if (count === 0) return
  // an array of its final length (an array grown by push keeps room for more)
  const items: Array<TraceItem> = new Array(count)
  let sum = 0
  for (let k = 0, j = 0; k < list.length; k++)
    if (claimedOther(list, W, k)) {
      items[j++] = { kind: list[k]!.kind, cents: smi(W.expense[k]!) }
      sum += W.expense[k]!
    }
  t.node({
    ruleId: "other-basic-expense",
    legal: legalOnKey(M.lawDateKey),
    parameters: noParameters,
    inputs: { lines: items },
    result: smi(sum)
  })
}

/**
 * Every expense line: checks it, accepts its amount into `W.expense`, adds a child's lines to the child's own need,
 * and caps the housing costs. Returns the accepted expenses in total (cents), or FAIL.
 *
 * @since 0.2.0
 */
export const expenses = (app: Application, M: Month, W: Work, t: Tracer | undefined): number => {
  const list = app.expenses
  const m = list.length
  if (W.expense.length < m) W.fitLines(m)
  const roles = W.roles
  const need = W.need
  const expense = W.expense
  const cappedLines = W.expenseCapped
  let other = 0
  let housing = 0
  let anyHousing = false
  for (let k = 0; k < m; k++) {
    const e = list[k]!
    const pi = personIndex(W, e.personId)
    if (pi === -1) return W.fail(`expenses[${k}].personId`, "known-person", "The expense must name a family member")
    if (e.amount < 0) return W.fail(`expenses[${k}].amount`, "non-negative-amount", "An expense cannot be negative")
    const code = codeOf(expenseCodes, e.kind)
    let accepted: number = e.amount
    let rule: LineRuleId = "other-basic-expense"
    const compensated = e.compensatedElsewhere === true
    if (compensated) {
      accepted = 0
      rule = "compensated-elsewhere"
    } else if (code === ExpenseCode.movingAllowance) {
      accepted = movingAllowance(e, k, M, W, t)
      if (accepted === FAIL) return FAIL
      rule = "moving-allowance"
    } else if (code === ExpenseCode.coeliacDiet) {
      accepted = coeliacDiet(k, pi, M, W, t)
      if (accepted === FAIL) return FAIL
      rule = accepted > 0 ? "coeliac-diet" : "coeliac-diet-not-accepted"
    }
    const capped = !compensated && code === ExpenseCode.capped
    expense[k] = accepted
    cappedLines[k] = capped ? 1 : 0
    if (capped) {
      anyHousing = true
      housing += accepted
    } else {
      other += accepted
      if (t !== undefined) t.line("expenses", k, smi(accepted), rule)
    }
    if (pi >= 0 && roles[pi] === CHILD) need[pi] = need[pi]! + accepted
  }
  if (anyHousing) {
    housing = housingCosts(app, M, W, t, housing)
    if (housing === FAIL) return FAIL
  }
  if (t !== undefined) traceOther(app, M, W, t)
  return other + housing
}
