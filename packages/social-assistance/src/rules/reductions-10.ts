/**
 * Reduction of the basic amount (Act 1412/1997 10 §, 10 a §), decided by Kela for one person: the ground and
 * percentage must be in force in the month, the maximum duration respected, and both safeguards confirmed (the
 * reduction must not endanger the minimum needed for a life of dignity nor be otherwise unreasonable, 10 § 3 mom);
 * otherwise the basic amount is not reduced. The reduced amount is `base × (100 − p) %` rounded half-up per person,
 * like every basic amount; the reduction is the difference.
 *
 * Until 31.1.2026 every reduction lasts at most two months. From 1.1.2023 (1023/2022) 40 % needs a refused service-need
 * assessment (10 § 2 mom 2 kohta, 10 a § 3 mom); in 2017–2022 (10 § 3 mom in the wording of 1294/2002, 1390/2010 and
 * 939/2012) it needed none: repeated conduct or a refusal after a 20 % reduction was enough. Which regime asks for the
 * assessment is core's `ReductionGround` regime table (`fortyNeedsRefusedAssessment`), read here, never a date
 * literal (docs/social-assistance/open-readings.md § 2). From 1.2.2026 (law 26/2026) only the labour-policy sanction has a maximum (six months),
 * with 20 % in its first month and 40 % only after it. A 50 % reduction of law 26/2026 needs Kela's order and a
 * one-month period to act first, so its earliest reduced month is core's `firstReducedMonth` (2026-03; Kela 28.1.2026,
 * sttinfo.fi/tiedote/71766190; docs/social-assistance/open-readings.md § 7).
 *
 * @since 0.2.0
 */
import * as ReductionGround from "@osallistava/core/reduction-ground"
import type { Application, Reduction } from "../application.js"
import { CHILD, type Month, type Work } from "./context.js"
import { personIndex } from "./family-3.js"
import { mulDivHalfUp, smi } from "./mechanisms/arithmetic.js"
import { act1412, type LegalRef, type Tracer } from "./trace.js"

/** Law 26/2026 in force (YYYYMMDD). */
const LAW_26_2026 = 20260201

const before2026: ReadonlyArray<LegalRef> = [act1412("10")]
const from2026: ReadonlyArray<LegalRef> = [act1412("10", { amendedBy: "26/2026" })]

/** The core regime in force on the month's first day (`YYYY-MM`). */
const regimeOf = (month: string): ReductionGround.Regime | undefined => ReductionGround.regimeOn(`${month}-01`)

/**
 * The provisions of a reduction: a 40 % reduction before 1.2.2026 cites the regime's own provisions (10 § 3 mom in
 * 2017–2022; 10 § 2 mom and 10 a § 3 mom from 2023), as core's regime table lists them.
 *
 * @since 0.2.0
 */
export const legalOn = (dateKey: number, percentage: number, month?: string): ReadonlyArray<LegalRef> => {
  if (dateKey >= LAW_26_2026) return from2026
  if (percentage !== 40 || month === undefined) return before2026
  return regimeOf(month)?.grounds.find((g) => g.ground === "repeatedRefusal")?.provisions ?? before2026
}

/** The trace node of one reduction (apart from the calculation, which then stays small). */
const traceReduction = (
  r: Reduction,
  i: number,
  monthNo: number,
  safe: boolean,
  base: number,
  after: number,
  M: Month,
  t: Tracer
): void => {
  const P = M.parameters
  if (P.reductions.provisional) t.flag("reductionRegimeProvisional")
  t.reduced(i, smi(after))
  t.node({
    ruleId: safe ? "basic-amount-reduction" : "basic-amount-reduction-not-applied",
    legal: legalOn(M.dateKey, r.percentage, M.month),
    parameters: [
      {
        name: "reductionRegimes",
        value: `${r.ground} ${r.percentage}`,
        validFrom: P.reductions.validFrom,
        validTo: P.reductions.validTo,
        source: P.reductions.source,
        provisional: P.reductions.provisional
      }
    ],
    inputs: {
      personId: r.personId,
      ground: r.ground,
      percentage: r.percentage,
      monthOfReduction: monthNo,
      minimumSubsistenceNotEndangered: r.safeguards.minimumSubsistenceNotEndangered,
      notOtherwiseUnreasonable: r.safeguards.notOtherwiseUnreasonable,
      basicAmount: smi(base)
    },
    result: smi(base - after)
  })
}

/**
 * Applies the reductions to `W.basic` (and a child's `W.need`); returns the total reduction in cents, or FAIL.
 *
 * @since 0.2.0
 */
export const reductions = (app: Application, M: Month, W: Work, t: Tracer | undefined): number => {
  const list = app.reductions
  if (list === undefined || list.length === 0) return 0
  const P = M.parameters
  const regime = P.reductions.value
  const before = M.dateKey < LAW_26_2026
  const coreRegime = M.reductionRegime
  const fortyNeedsAssessment = coreRegime?.fortyNeedsRefusedAssessment === true
  let total = 0
  for (let k = 0; k < list.length; k++) {
    const r = list[k]!
    const i = personIndex(W, r.personId)
    if (i < 0) return W.fail(`reductions[${k}].personId`, "known-person", "The reduction must name a family member")
    let allowed: ReadonlyArray<number> | undefined
    for (const g of regime.grounds) if (g.ground === r.ground) allowed = g.percentages
    if (allowed === undefined)
      return W.fail(
        `reductions[${k}].ground`,
        "ground-in-force",
        `This ground is not in force in ${M.month} (${regime.section})`
      )
    if (!allowed.includes(r.percentage))
      return W.fail(`reductions[${k}].percentage`, "percentage-for-ground", `Allowed: ${allowed.join(" or ")} %`)
    // Core's one check of the first reduced month (rule reduction-order-period; etotu's conversion makes the same).
    const order = ReductionGround.checkFirstReducedMonth(r.ground, M.month, coreRegime)
    if (order._tag === "Failure") return W.fail(`reductions[${k}].ground`, order.failure.rule, order.failure.detail)
    const monthNo = r.monthOfReduction ?? 1
    const limited = before || r.ground === "unemploymentBenefitSanction"
    if (limited && monthNo > regime.maxMonths)
      return W.fail(
        `reductions[${k}].monthOfReduction`,
        "maximum-duration",
        `At most ${regime.maxMonths} months at a time (${regime.section})`
      )
    if (r.ground === "unemploymentBenefitSanction" && r.percentage === 40 && monthNo < 2)
      return W.fail(
        `reductions[${k}].percentage`,
        "sanction-first-month-20",
        "20 % in the first month, 40 % only after it (law 26/2026)"
      )
    if (fortyNeedsAssessment && r.percentage === 40 && r.safeguards.serviceNeedAssessmentRefused !== true)
      return W.fail(
        `reductions[${k}].safeguards.serviceNeedAssessmentRefused`,
        "forty-percent-needs-assessment-refusal",
        "A 40 % reduction needs a refused service-need assessment (10 § 2 mom, 10 a § 3 mom)"
      )
    const safe = r.safeguards.minimumSubsistenceNotEndangered && r.safeguards.notOtherwiseUnreasonable
    const base = W.basic[i]!
    const after = safe ? mulDivHalfUp(base, (100 - r.percentage) * 10_000, 1_000_000) : base
    W.basic[i] = after
    if (W.roles[i] === CHILD) W.need[i] = after
    total += base - after
    if (t !== undefined) traceReduction(r, i, monthNo, safe, base, after, M, t)
  }
  return total
}
