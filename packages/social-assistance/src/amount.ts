/**
 * The support amount alone: the same single pass over the rules as `calculate`, without a tracer, so no decision,
 * no lines and no strings are built. Also the package's `./amount` entry point, which loads no Schema.
 *
 * @example
 * ```ts
 * import { calculateSupportBatch } from "@osallistava/social-assistance/amount"
 * const { supportCents, errors } = calculateSupportBatch(decodedApplications)
 * ```
 * @since 0.2.0
 */
import * as Result from "effect/Result"
import type { Application } from "./application.js"
import { amountMonthFor, type CalculationError, FAIL, type LawOptions, type Month, Work } from "./rules/context.js"
import { run } from "./rules/run.js"

export type { AssumeLaw, CalculationError, LawOptions } from "./rules/context.js"

/**
 * Support in cents for one decoded application, or the typed error `calculate` returns for it.
 *
 * @since 0.1.0
 */
export const supportCents = (app: Application, options?: LawOptions): Result.Result<number, CalculationError> => {
  const M = amountMonthFor(app.month, options)
  if (Result.isFailure(M)) return Result.fail(M.failure)
  const W = new Work()
  const v = run(app, M.success, W)
  return v === FAIL ? Result.fail(W.failure!) : Result.succeed(v)
}

/**
 * Result of {@link calculateSupportBatch}.
 *
 * @since 0.1.0
 */
export interface SupportBatch {
  /** Support in cents per application, in input order; `-1` where `errors` has an entry for that index. */
  readonly supportCents: Float64Array
  /** Typed errors by input index (the same errors `calculate` returns). */
  readonly errors: ReadonlyMap<number, CalculationError>
}

/**
 * Support in cents for many decoded applications. Parameters are looked up once per distinct month; the batch has its
 * own scratch buffers (reentrant: batches may interleave or run on worker threads).
 *
 * @since 0.1.0
 */
export const calculateSupportBatch = (apps: ReadonlyArray<Application>, options?: LawOptions): SupportBatch => {
  const out = new Float64Array(apps.length)
  const errors = new Map<number, CalculationError>()
  fill(apps, out, errors, options)
  return { supportCents: out, errors }
}

// The loop apart from the result object: optimized code of the loop then has no never-run code after it.
const fill = (
  apps: ReadonlyArray<Application>,
  out: Float64Array,
  errors: Map<number, CalculationError>,
  options: LawOptions | undefined
) => {
  const W = new Work()
  const months = new Map<string, Month | CalculationError>()
  let lastMonth = ""
  let M: Month | undefined
  let failure: CalculationError | undefined
  for (let i = 0; i < apps.length; i++) {
    const app = apps[i]!
    if (app.month !== lastMonth) {
      let entry = months.get(app.month)
      if (entry === undefined) {
        const r = amountMonthFor(app.month, options)
        entry = Result.isSuccess(r) ? r.success : r.failure
        months.set(app.month, entry)
      }
      lastMonth = app.month
      if ("parameters" in entry) {
        M = entry
        failure = undefined
      } else {
        M = undefined
        failure = entry
      }
    }
    if (M === undefined) {
      out[i] = FAIL
      errors.set(i, failure!)
      continue
    }
    const v = run(app, M, W)
    out[i] = v
    if (v === FAIL) errors.set(i, W.failure!)
  }
}
