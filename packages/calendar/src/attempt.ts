/**
 * The `Result` siblings of the calendar's `unsafe…` functions that combine
 * several steps (statutory limits): run the `unsafe…` function and return
 * the tagged error it throws as the failure. Internal (not exported from the
 * package).
 *
 * @since 0.4.0
 */
import { StatuteNumbering } from "@osallistava/core"
import * as Result from "effect/Result"
import { YearOutOfRange } from "./holidays.js"

/** The failures of a statutory limit: no provision in force on the date, or a date outside 1900–2100. */
export type LimitError = StatuteNumbering.ProvisionNotInForce | YearOutOfRange

const isLimitError = (u: unknown): u is LimitError =>
  u instanceof YearOutOfRange || u instanceof StatuteNumbering.ProvisionNotInForce

/**
 * `f()` as a `Result`: a thrown `ProvisionNotInForce` or `YearOutOfRange`
 * becomes the failure; anything else is a defect (a bug, never input) and is
 * thrown on.
 */
export const attempt = <A>(f: () => A): Result.Result<A, LimitError> => {
  try {
    return Result.succeed(f())
  } catch (e) {
    if (isLimitError(e)) return Result.fail(e)
    throw e
  }
}
