/**
 * The link from Kela's forwarded application (an eTotu `ForwardedApplication` notice: the client asked Kela to
 * forward expenses for supplementary or preventive assistance, 1412/1997 14 c § 1 mom. (1023/2022); 14 d § to 2022)
 * to the wellbeing services county's case: which decision it needs (`Supplementary.calculate` for 7 c §,
 * `Supplementary.decidePreventive` for 8 §, or both), that Kela's basic-assistance decision exists (Kela forwards
 * after deciding, so 14 § 2 mom. is met), and the decision deadline from the day the county received it (7 working
 * days, urgent 1: calendar's `StatutoryLimits.socialAssistanceDecision`).
 *
 * @since 0.3.0
 */
import type { StatutoryLimits } from "@osallistava/calendar"
import type { LocalDate } from "@osallistava/core"
import type { Notice } from "@osallistava/etotu"
import { Supplementary } from "@osallistava/social-assistance"

/** The county's case opened from a forwarded application. @since 0.3.0 */
export interface CountyCase {
  readonly noticeId: string
  /** The decisions the county makes: supplementary (7 c §), preventive (8 §) or both. */
  readonly decisions: ReadonlyArray<"supplementary" | "preventive">
  /** Date of Kela's basic-assistance decision the notice relates to. */
  readonly kelaDecisionDate: string
  /** Always true for a forwarded application: Kela forwards after deciding basic assistance. */
  readonly kelaDecisionExists: true
  readonly urgent: boolean
  readonly receivedOn: LocalDate.LocalDate
  /** The county's decision deadline with its provision. */
  readonly decisionDue: StatutoryLimits.StatutoryDeadline
}

/**
 * The county's case for a notice, or `undefined` when the notice is not a forwarded application.
 *
 * @example
 * ```ts
 * import { CountyCase } from "@osallistava/model"
 * const c = CountyCase.fromNotice(notice, "2026-03-02") // { decisions: ["supplementary"], decisionDue: { due: "2026-03-11", … } }
 * ```
 * @since 0.3.0
 */
export const fromNotice = (notice: Notice.Notice, receivedOn: LocalDate.LocalDate): CountyCase | undefined => {
  if (notice._tag !== "ForwardedApplication") return undefined
  const urgent = notice.urgency === "urgent"
  return {
    noticeId: notice.id,
    decisions:
      notice.assistanceKind === "both"
        ? ["supplementary", "preventive"]
        : [notice.assistanceKind === "supplementary" ? "supplementary" : "preventive"],
    kelaDecisionDate: notice.decisionDate,
    kelaDecisionExists: true,
    urgent,
    receivedOn,
    decisionDue: Supplementary.decisionDeadline(receivedOn, { urgent })
  }
}
