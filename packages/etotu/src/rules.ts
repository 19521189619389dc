/**
 * Cross-field rules that depend on the date (the law in force on the
 * decision date). Applied by every decoder after the Schema, so a notice that
 * the law of its date could not produce is a `Bad` record naming the field and
 * the rule, never a silent acceptance.
 *
 * @since 0.2.0
 */
import { type InputIssue, LegalRef, ReductionGround } from "@osallistava/core"
import * as LegalBasis from "./legal-basis.js"
import type { Notice } from "./notice.js"

const regime = (id: ReductionGround.Regime["id"]): ReductionGround.Regime =>
  ReductionGround.regimes.find((r) => r.id === id) as ReductionGround.Regime

/**
 * TTL 1412/1997 10 a § 3 mom in the wording of 1023/2022 (read from finlex-data asd20221023.xml): the first day of
 * core's `ReductionGround` regime 1023/2022, which the rules read; here for reference, not a second copy. @since 0.2.0
 */
export const referralBefore40From: string = regime("1023/2022").validFrom
/** Last day of core's regime 1023/2022 (the 10 a § 3 mom referral rule as read; law 26/2026 text unread after it). @since 0.2.0 */
export const referralBefore40KnownUntil: string = regime("1023/2022").validTo as string
/** From this date Kela sends a notice for each month a reduction continues (Kelasto T1: rule change 1.11.2023). @since 0.2.0 */
export const monthlyContinuationFrom = "2023-11-01"
/** First day of core's regime 26/2026 (HE 116/2025): the 50 % sanction and the new grounds (Kela/STT releases; text unread, provisional). @since 0.2.0 */
export const reform2026From: string = regime("26/2026").validFrom

const issue = (field: string, message: string): InputIssue => ({ path: [field], at: field, message })

/**
 * Issues of a decoded notice under the law of its decision date; empty when it
 * is consistent.
 *
 * @since 0.2.0
 */
export const check = (n: Notice): ReadonlyArray<InputIssue> => {
  const d = n.decisionDate
  const first = LegalBasis.firstDate(n._tag)
  const out: Array<InputIssue> = []
  if (d < first)
    out.push(
      issue("decisionDate", `Expected a date on or after ${first}: Kela did not send ${n._tag} notices before it`)
    )
  if (n._tag !== "ReducedBasicAmount") return out
  const p = n.reductionPercent
  // The law of the decision date from core's dated § 10 regimes (not a literal date): 50 % exists only under
  // 26/2026; 1023/2022 made the 10 a § referral a condition of 40 %.
  const regime = ReductionGround.regimeOn(d)
  if (p === 50 && regime?.id !== "26/2026")
    out.push(
      issue("reductionPercent", `Expected 20 or 40 before ${reform2026From}: the 50 % reduction came with law 26/2026`)
    )
  if (p === 40 && regime?.fortyNeedsRefusedAssessment === true && !n.referredToAssessment)
    out.push(
      issue(
        "referredToAssessment",
        "Expected true for a 40 % reduction: Kela must refer the client to a service-need assessment first (Act 1412/1997 § 10 a (3))"
      )
    )
  if (n.continuationMonth > 1 && d < monthlyContinuationFrom)
    out.push(
      issue(
        "continuationMonth",
        `Expected 1 before ${monthlyContinuationFrom}: Kela notified only the first month of a reduction`
      )
    )
  const g = n.ground
  if (g !== undefined) {
    // Which grounds and percentages the law of the decision date allows: core's one § 10 vocabulary and its regimes.
    const rule = ReductionGround.ruleOn(g, d)
    // Before 2026 a 40 % reduction is the continued conduct of a 1 mom. ground (10 § 2 mom.), so those grounds
    // may come with 40 % as well as 20 %.
    const continued =
      ReductionGround.regimeOn(d)?.id !== "26/2026" && rule !== undefined && rule.percentages.includes(20)
    if (rule === undefined)
      out.push(issue("ground", `Expected a ground of Act 1412/1997 § 10 in force on the decision date: ${g} is not`))
    else if (!(rule.percentages as ReadonlyArray<number>).includes(p) && !(continued && p === 40))
      out.push(
        issue(
          "reductionPercent",
          `Expected ${rule.percentages.join(" or ")} for ground ${g} (${rule.provisions.map(LegalRef.renderEn).join(", ")})`
        )
      )
  }
  return out
}
