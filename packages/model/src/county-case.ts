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
import * as Result from "effect/Result"

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
 * Why a county case has no decision deadline: a day before the provision (`ProvisionNotInForce`, before 2017, when
 * the county's deadline for a forwarded application begins) or outside the calendar's tables (`YearOutOfRange`,
 * 1900–2100). Neither repeats the day.
 *
 * @since 0.4.0
 */
export type CountyCaseError = Supplementary.LimitError

/**
 * The county's case for a notice, `Result.succeed(undefined)` when the notice is not a forwarded application, or a
 * failure when the day it was received has no decision deadline (see {@link CountyCaseError}).
 *
 * @example
 * ```ts
 * import { CountyCase } from "@osallistava/model"
 * import * as Result from "effect/Result"
 * const c = CountyCase.tryFromNotice(notice, "2026-03-02") // Result.succeed({ decisions: ["supplementary"], decisionDue: { due: "2026-03-11", … } })
 * ```
 * @since 0.4.0
 */
export const tryFromNotice = (
  notice: Notice.Notice,
  receivedOn: LocalDate.LocalDate
): Result.Result<CountyCase | undefined, CountyCaseError> => {
  if (notice._tag !== "ForwardedApplication") return Result.succeed(undefined)
  const urgent = notice.urgency === "urgent"
  return Result.map(Supplementary.tryDecisionDeadline(receivedOn, { urgent }), (decisionDue) => ({
    noticeId: notice.id,
    decisions:
      notice.assistanceKind === "both"
        ? ["supplementary", "preventive"]
        : [notice.assistanceKind === "supplementary" ? "supplementary" : "preventive"],
    kelaDecisionDate: notice.decisionDate,
    kelaDecisionExists: true,
    urgent,
    receivedOn,
    decisionDue
  }))
}

/**
 * {@link tryFromNotice} that throws: the county's case for a notice, or `undefined` when the notice is not a
 * forwarded application.
 *
 * @example
 * ```ts
 * import { CountyCase } from "@osallistava/model"
 * const c = CountyCase.unsafeFromNotice(notice, "2026-03-02") // { decisions: ["supplementary"], decisionDue: { due: "2026-03-11", … } }
 * ```
 * @throws ProvisionNotInForce before 2017; YearOutOfRange outside 1900–2100: use {@link tryFromNotice} for input.
 * @since 0.4.0 (as `fromNotice` since 0.3.0)
 */
export const unsafeFromNotice = (notice: Notice.Notice, receivedOn: LocalDate.LocalDate): CountyCase | undefined => {
  const r = tryFromNotice(notice, receivedOn)
  if (Result.isFailure(r)) throw r.failure
  return r.success
}

/**
 * @deprecated Use {@link tryFromNotice} (a `Result`) or {@link unsafeFromNotice} (throws); removed in 1.0.
 * @throws ProvisionNotInForce before 2017; YearOutOfRange outside 1900–2100.
 * @since 0.3.0
 */
export const fromNotice = unsafeFromNotice
