/**
 * Housing costs (Act 1412/1997 7 a § from 2023; 7 b § 1 mom 1 kohta before, law 815/2015) and, from 1.4.2024, the
 * municipal limit (7 a §, law 1242/2023; limits in the annex of decree 144/2024 as amended by 580/2024): costs above
 * the limit are accepted in full until the period after a direction to a cheaper home has ended (three months, plus
 * any extension) or on a special ground; after it, only the limit. Also the moving allowance, a flat amount for a
 * self-organised move (Kela guidance under the same section).
 *
 * Provisional reading (see the README): the direction month counts as month 1 of the period (directed in April →
 * April, May, June in full, July capped). Counting from the day of the direction under Act 150/1930 and accepting
 * every month the period touches would cap from August. The statute ("Hakijalle on annettava kolmen kuukauden
 * määräaika … Kansaneläkelaitoksen tulee ottaa tuensaajan asumismenot huomioon täysimääräisinä tämän määräajan …"),
 * Kela's releases (13.12.2023, 22.4.2024), HE 58/2023 / StVM 13/2023 and SISU (annual 3/12 weighting in
 * TOIMTUKIlakimakrot.sas AsumMenoRajat) give no month rule; the input holds a month, not a date.
 *
 * @since 0.2.0
 */
import * as Result from "effect/Result"
import type { Application, ExpenseLine } from "../application.js"
import { type HousingLimit, housingLimit } from "../parameters/housing-limits.js"
import { FAIL, type Month, type Work } from "./context.js"
import { monthIndexOf } from "./mechanisms/arithmetic.js"
import { ANY, takeUpTo } from "./mechanisms/take-up-to.js"
import { act1412, type LegalRef, type ParameterUse, type Tracer } from "./trace.js"

const until2022: ReadonlyArray<LegalRef> = [act1412("7 b", { subsection: 1, point: 1, amendedBy: "815/2015" })]
const from2023: ReadonlyArray<LegalRef> = [act1412("7 a", { amendedBy: "1023/2022" })]
const from2024April: ReadonlyArray<LegalRef> = [act1412("7 a", { amendedBy: "1242/2023" })]

/** The housing-cost section in force on `date` (`YYYY-MM-DD`). @since 0.2.0 */
export const legalOn = (date: string): ReadonlyArray<LegalRef> =>
  date < "2023-01-01" ? until2022 : date < "2024-04-01" ? from2023 : from2024April

/**
 * The moving allowance of one `movingAllowance` line in cents, or FAIL when its distance is missing.
 *
 * @since 0.2.0
 */
export const movingAllowance = (e: ExpenseLine, k: number, M: Month, W: Work, t: Tracer | undefined): number => {
  if (e.distance === undefined)
    return W.fail(`expenses[${k}].distance`, "moving-distance", "The moving allowance needs distance short or long")
  const m = M.parameters.moving
  const accepted = e.distance === "short" ? m.value.short : m.value.long
  if (t !== undefined) {
    if (m.provisional) t.flag("movingAllowanceDateProvisional")
    t.node({
      ruleId: "moving-allowance",
      legal: legalOn(M.parameters.date),
      parameters: [
        {
          name: "movingAllowance",
          value: accepted,
          validFrom: m.validFrom,
          validTo: m.validTo,
          source: m.source,
          provisional: m.provisional
        }
      ],
      inputs: { distance: e.distance },
      result: accepted
    })
  }
  return accepted
}

/** Housing limit in cents for the application's municipality and household size (cached per batch), or -1. */
const limitCents = (app: Application, M: Month, W: Work, annex: string): number => {
  const municipality = app.municipality
  let bySize: Array<number> | undefined
  if (municipality === W.lastMunicipality && M === W.lastMonth) bySize = W.lastLimits
  else {
    bySize = M.housingLimits.get(municipality)
    if (bySize === undefined) {
      bySize = []
      M.housingLimits.set(municipality, bySize)
    }
    W.lastMunicipality = municipality
    W.lastMonth = M
    W.lastLimits = bySize
  }
  const n = W.persons.length
  let limit = bySize[n]
  if (limit === undefined) {
    const lim = housingLimit(municipality, annex, n)
    limit = Result.isSuccess(lim) ? lim.success.limitCents : -1
    bySize[n] = limit
  }
  return limit
}

/** The housing-limit row and the parameters a housing trace node reads, made once per month, municipality and size. */
interface Details {
  readonly limit: HousingLimit
  readonly parameters: ReadonlyArray<ParameterUse>
}

const housingLimitDetails = (municipality: string, M: Month, annex: string, n: number): Details | undefined => {
  let bySize = M.housingLimitDetails.get(municipality)
  if (bySize === undefined) {
    bySize = []
    M.housingLimitDetails.set(municipality, bySize)
  }
  let details = bySize[n]
  if (details === undefined) {
    const lim = housingLimit(municipality, annex, n)
    if (Result.isFailure(lim)) return undefined
    const P = M.parameters
    const L = lim.success
    details = {
      limit: L,
      parameters: [
        {
          name: "housingLimitRegimes",
          value: annex,
          validFrom: P.housing.validFrom,
          validTo: P.housing.validTo,
          source: P.housing.source,
          provisional: P.housing.provisional
        },
        {
          name: "housingLimit",
          value: L.limitCents,
          validFrom: L.validFrom,
          validTo: L.validTo,
          source: L.source,
          provisional: P.housing.provisional
        }
      ]
    }
    bySize[n] = details
  }
  return details
}

type State = "withinLimit" | "specialGround" | "directionRequired" | "directionPeriod" | "capped"

/**
 * The accepted housing costs in cents, given the capped lines in `W.expense` (marked in `W.expenseCapped`) and their
 * `total`; caps the lines in place when the limit applies. FAIL when the month's annex has no limit for the
 * municipality (whether or not the costs exceed it).
 *
 * @since 0.2.0
 */
export const housingCosts = (app: Application, M: Month, W: Work, t: Tracer | undefined, total: number): number => {
  const P = M.parameters
  const hr = P.housing.value
  const lines = app.expenses.length
  if (hr.annex === null) {
    if (t !== undefined) {
      for (let k = 0; k < lines; k++) if (W.expenseCapped[k] === 1) t.line("expenses", k, W.expense[k]!, "housing-cost")
      t.node({
        ruleId: "housing-cost-necessary-size",
        legal: legalOn(P.date),
        parameters: [
          {
            name: "housingLimitRegimes",
            value: "none",
            validFrom: P.housing.validFrom,
            validTo: P.housing.validTo,
            source: P.housing.source,
            provisional: P.housing.provisional
          }
        ],
        inputs: { housingCosts: total },
        result: total
      })
    }
    return total
  }
  const limit = limitCents(app, M, W, hr.annex)
  if (limit < 0) {
    const lim = housingLimit(app.municipality, hr.annex, W.persons.length)
    if (Result.isFailure(lim)) W.failure = lim.failure
    return FAIL
  }
  const hd = app.housingDirection
  let state: State
  if (total <= limit) state = "withinLimit"
  else if (hd?.specialGround !== undefined) state = "specialGround"
  else if (hd?.directedInMonth === undefined) state = "directionRequired"
  else if (M.monthIndex < monthIndexOf(hd.directedInMonth) + hr.directionMonths + (hd.extensionMonths ?? 0))
    state = "directionPeriod"
  else state = "capped"
  let accepted = total
  if (state === "capped")
    accepted = takeUpTo(W.expense, lines, W.expenseCapped, ANY, W.expenseCapped, 1, limit, "taken")
  if (t !== undefined) {
    const details = housingLimitDetails(app.municipality, M, hr.annex, W.persons.length)
    if (details !== undefined) {
      const L = details.limit
      if (P.housing.provisional) t.flag("housingLimit2026Provisional")
      if (L.fallbackFromAnnex !== undefined) t.flag("housingLimitPreviousAnnexFallback")
      if (state === "directionRequired") t.flag("housingDirectionRequired")
      for (let k = 0; k < lines; k++)
        if (W.expenseCapped[k] === 1)
          t.line("expenses", k, W.expense[k]!, state === "capped" ? "housing-cost-capped" : "housing-cost")
      t.node({
        ruleId: `housing-cost-${state}`,
        legal: legalOn(P.date),
        parameters: details.parameters,
        inputs:
          hd === undefined
            ? {
                housingCosts: total,
                municipality: L.municipality,
                householdSize: L.householdSize,
                directionMonths: hr.directionMonths
              }
            : {
                housingCosts: total,
                municipality: L.municipality,
                householdSize: L.householdSize,
                directionMonths: hr.directionMonths,
                ...(hd.directedInMonth !== undefined ? { directedInMonth: hd.directedInMonth } : {}),
                ...(hd.specialGround !== undefined ? { specialGround: hd.specialGround } : {})
              },
        result: accepted
      })
    }
  }
  return accepted
}
