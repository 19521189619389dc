/**
 * The amount of basic social assistance (Act 1412/1997 6 §): the difference between the expenses (basic amount and
 * other basic expenses, 7 §–7 b §) and the income and assets (11 §, 12 §); nothing when the difference is not
 * positive.
 *
 * @since 0.2.0
 */
import { smi } from "./mechanisms/arithmetic.js"
import { act1412, type LegalRef, noParameters, type Tracer } from "./trace.js"

const legal: ReadonlyArray<LegalRef> = [act1412("6")]

/**
 * Support in cents.
 *
 * @since 0.2.0
 */
export const difference = (
  expenses: number,
  income: number,
  assets: number,
  month: string,
  t: Tracer | undefined
): number => {
  const d = expenses - income - assets
  const support = Math.max(d, 0)
  if (t !== undefined)
    t.node({
      ruleId: "support",
      legal,
      parameters: noParameters,
      inputs: { expenses: smi(expenses), income: smi(income), assets: smi(assets), difference: smi(d), month },
      result: smi(support)
    })
  return support
}
