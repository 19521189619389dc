/**
 * Assets (Act 1412/1997 12 §): immediately available assets (savings, fund units, securities, savings insurance) are
 * counted; other assets are given a realisation period and not counted yet. A child's assets count only up to what is
 * left of the child's own need after the child's income (12 § 2 mom 3 kohta; the same provisional reading of the need
 * as in `income-11.ts`).
 *
 * @since 0.2.0
 */
import type { Application } from "../application.js"
import { CHILD, type Month, type Work } from "./context.js"
import { personIndex } from "./family-3.js"
import { smi } from "./mechanisms/arithmetic.js"
import { takeUpTo } from "./mechanisms/take-up-to.js"
import { act1412, type LegalRef, type LineRuleId, noParameters, type TraceItem, type Tracer } from "./trace.js"

const legal: ReadonlyArray<LegalRef> = [act1412("12")]
const legalChild: ReadonlyArray<LegalRef> = [act1412("12"), act1412("12", { subsection: 2, point: 3 })]

/** The trace of the asset lines and their node (apart from the calculation, which then stays small). */
const traceAssets = (app: Application, W: Work, t: Tracer, total: number, childCapped: boolean): void => {
  const list = app.assets!
  const values = W.asset
  for (let k = 0; k < list.length; k++) {
    const a = list[k]!
    const rule: LineRuleId = !a.immediatelyAvailable
      ? "asset-realisation-period"
      : values[k]! < a.amount
        ? "child-asset-cap"
        : "asset-available"
    t.line("assets", k, smi(values[k]!), rule)
  }
  // arrays of their final length (an array grown by push keeps room for more)
  const items: Array<TraceItem> = new Array(list.length)
  let pendingCount = 0
  for (let k = 0; k < list.length; k++) {
    const a = list[k]!
    items[k] = { kind: a.kind, cents: smi(a.amount) }
    if (!a.immediatelyAvailable) pendingCount++
  }
  const pending: Array<TraceItem> = new Array(pendingCount)
  for (let k = 0, j = 0; k < list.length; k++) if (!list[k]!.immediatelyAvailable) pending[j++] = items[k]!
  t.node({
    ruleId: "assets",
    legal: childCapped ? legalChild : legal,
    parameters: noParameters,
    inputs: {
      lines: items,
      pending
    },
    result: smi(total)
  })
}

/**
 * Every asset line: checks it and counts it into `W.asset`. Returns the counted assets in total (cents), or FAIL.
 *
 * @since 0.2.0
 */
export const assets = (app: Application, _M: Month, W: Work, t: Tracer | undefined): number => {
  const list = app.assets
  if (list === undefined || list.length === 0) return 0
  if (W.asset.length < list.length) W.fitLines(list.length)
  const roles = W.roles
  const values = W.asset
  const owners = W.assetOwner
  let total = 0
  let anyChild = false
  for (let k = 0; k < list.length; k++) {
    const a = list[k]!
    const pi = personIndex(W, a.personId)
    if (pi === -1) return W.fail(`assets[${k}].personId`, "known-person", "The asset must name a family member")
    if (a.amount < 0) return W.fail(`assets[${k}].amount`, "non-negative-amount", "An asset cannot be negative")
    values[k] = a.immediatelyAvailable ? a.amount : 0
    owners[k] = pi
    if (pi >= 0 && roles[pi] === CHILD) anyChild = true
    total += values[k]!
  }
  let childCapped = false
  if (anyChild)
    for (let i = 0; i < W.count; i++) {
      if (roles[i] !== CHILD) continue
      let before = 0
      for (let k = 0; k < list.length; k++) if (owners[k] === i) before += values[k]!
      if (before === 0) continue
      const counted = takeUpTo(values, list.length, owners, i, owners, i, W.need[i]!, "taken")
      W.need[i] = W.need[i]! - counted
      total -= before - counted
      if (counted < before) childCapped = true
    }
  if (t !== undefined) traceAssets(app, W, t, total, childCapped)
  return total
}
