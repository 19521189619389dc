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
import { type Dated, lookup } from "../parameters/dated.js"
import { type HousingLimit, housingLimit } from "../parameters/housing-limits.js"
import {
  type KelaHousingNorm,
  type KelaHousingNormPractice,
  kelaHousingNorm,
  kelaHousingNormPractice
} from "../parameters/kela-housing-norms.js"
import { FAIL, type Month, type Work } from "./context.js"
import { dateKeyOf, monthIndexOf, municipalityCodeOf, smi } from "./mechanisms/arithmetic.js"
import { ANY, takeUpTo } from "./mechanisms/take-up-to.js"
import { act1412, type LegalRef, type ParameterUse, type RuleId, type Tracer } from "./trace.js"

const until2022: ReadonlyArray<LegalRef> = [act1412("7 b", { subsection: 1, point: 1, amendedBy: "815/2015" })]
const from2023: ReadonlyArray<LegalRef> = [act1412("7 a", { amendedBy: "1023/2022" })]
const from2024April: ReadonlyArray<LegalRef> = [act1412("7 a", { amendedBy: "1242/2023" })]

/** The housing-cost section in force on `date` (`YYYY-MM-DD`). @since 0.2.0 */
export const legalOn = (date: string): ReadonlyArray<LegalRef> => legalOnKey(dateKeyOf(date))

/** {@link legalOn} for a date as YYYYMMDD (`Month.lawDateKey`). */
const legalOnKey = (key: number): ReadonlyArray<LegalRef> =>
  key < 20230101 ? until2022 : key < 20240401 ? from2023 : from2024April

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
      legal: legalOnKey(M.lawDateKey),
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

/**
 * Housing limit in cents for the application's municipality and household size (cached per batch), or -1: the decree
 * annex's limit, or with `annex` null (before 1.4.2024, when the month has no annex and `M.housingLimits` is otherwise
 * unused) Kela's norm for the month.
 */
const limitCents = (app: Application, M: Month, W: Work, annex: string | null): number => {
  const municipality = app.municipality
  const code = W.count < 16 ? municipalityCodeOf(municipality) : -1
  if (code >= 0) {
    // a 3-digit code (what applications usually carry): an array slot per code and size, no string hashing
    let table = M.housingLimitsByCode
    if (table === undefined) {
      table = new Int32Array(16_000).fill(-2)
      M.housingLimitsByCode = table
    }
    const slot = code * 16 + W.count
    let limit = table[slot]!
    if (limit === -2) {
      limit = lookUpLimit(municipality, M, annex, W.count)
      table[slot] = limit
    }
    return limit
  }
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
    limit = lookUpLimit(municipality, M, annex, n)
    bySize[n] = limit
  }
  return limit
}

/** The limit of {@link limitCents} looked up in the tables, or -1. */
const lookUpLimit = (municipality: string, M: Month, annex: string | null, n: number): number => {
  if (annex === null) {
    const norm = kelaHousingNorm(municipality, M.parameters.date, n)
    return Result.isSuccess(norm) ? norm.success.normCents : -1
  }
  const lim = housingLimit(municipality, annex, n)
  return Result.isSuccess(lim) ? lim.success.limitCents : -1
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
          provisional: P.housing.provisional || L.provisional
        }
      ]
    }
    bySize[n] = details
  }
  return details
}

/** Kela's norm practice in force in the month (cached per month), or undefined. */
const practices = new WeakMap<Month, Dated<KelaHousingNormPractice> | null>()
const practiceOf = (M: Month): Dated<KelaHousingNormPractice> | undefined => {
  let p = practices.get(M)
  if (p === undefined) {
    const r = lookup(kelaHousingNormPractice, M.parameters.date)
    p = Result.isSuccess(r) ? r.success : null
    practices.set(M, p)
  }
  return p ?? undefined
}

type KelaState =
  | "notPublic"
  | "familyExempt"
  | "withinLimit"
  | "directionRequired"
  | "directionPeriod"
  | "noCheaperHome"
  | "capped"

/**
 * Before 1.4.2024 (7 b § 1 mom 1 kohta, 2–3 mom in the wording of 815/2015; 7 a § 1 mom 1–3 kohta, 2–3 mom in the
 * wording of 1023/2022): housing costs count "tarpeellisen suuruisina". Kela's municipal norm
 * (`Parameters.kelaHousingNorm`, public for 2022-01 … 2024-03 and Helsinki 1–3 persons in 2017) is the measure of that
 * amount, applied as Kela did (`Parameters.kelaHousingNormPractice`): families with children exempt and a tolerance
 * (norm + 5 %) where the practice says so (2022–2023). Above it the applicant must be directed to a cheaper home;
 * during the period Kela set (`housingDirection.periodEndsInMonth`, plus any `extensionMonths`; when it is not given
 * the period is not known to have ended) the costs count in full; after it only the norm, unless there is no real possibility of a cheaper home in the municipality (3 mom,
 * `noCheaperHomeInMunicipality`). The costs compared are the capped lines (rent, upkeep, heating …); separately paid
 * water is an other basic expense in this package, so Kela's water amount per person is not added to the norm.
 * Where no public norm exists (2018–2021, 2017 outside Helsinki 1–3 persons) the claimed costs are accepted and the
 * decision is flagged `housingNormUnknown`; every use of a norm is flagged `kelaHousingNormProvisional`.
 * See docs/social-assistance/housing-costs.md § 3 and § 5.
 */
const kelaNormCosts = (app: Application, M: Month, W: Work, t: Tracer | undefined, total: number): number => {
  const P = M.parameters
  const lines = app.expenses.length
  const practice = practiceOf(M)
  const norm = practice === undefined ? -1 : limitCents(app, M, W, null)
  const pr = practice?.value
  const hd = app.housingDirection
  let state: KelaState
  if (pr === undefined || norm < 0) state = "notPublic"
  else if (pr.familiesWithChildrenExempt === true && W.persons.some((p) => p.role === "child")) state = "familyExempt"
  else if (total * 100 <= norm * (100 + (pr.tolerancePercent ?? 0))) state = "withinLimit"
  else if (hd?.directedInMonth === undefined) state = "directionRequired"
  else {
    // The statute sets no number of months: without the end of the period Kela set, the period is not known to have
    // ended and the costs count in full (the node shows no end month).
    const end = hd.periodEndsInMonth === undefined ? undefined : monthIndexOf(hd.periodEndsInMonth)
    if (end !== undefined && end < monthIndexOf(hd.directedInMonth))
      return W.fail(
        "housingDirection.periodEndsInMonth",
        "housing-cost-direction-period",
        "The period after a housing direction cannot end before the month of the direction"
      )
    if (end === undefined || M.monthIndex <= end + (hd.extensionMonths ?? 0)) state = "directionPeriod"
    else if (hd.noCheaperHomeInMunicipality === true) state = "noCheaperHome"
    else state = "capped"
  }
  let accepted = total
  if (state === "capped") accepted = takeUpTo(W.expense, lines, W.expenseCapped, ANY, W.expenseCapped, 1, norm, "taken")
  if (t === undefined) return accepted
  const regime: ParameterUse = {
    name: "housingLimitRegimes",
    value: "none",
    validFrom: P.housing.validFrom,
    validTo: P.housing.validTo,
    source: P.housing.source,
    provisional: P.housing.provisional
  }
  const parameters: Array<ParameterUse> = [regime]
  if (practice !== undefined)
    parameters.push({
      name: "kelaHousingNormPractice",
      value: practice.value.publicNorm,
      validFrom: practice.validFrom,
      validTo: practice.validTo,
      source: practice.source,
      provisional: practice.provisional,
      evidence: practice.evidence
    })
  let N: KelaHousingNorm | undefined
  if (norm >= 0) {
    const r = kelaHousingNorm(app.municipality, P.date, W.persons.length)
    if (Result.isSuccess(r)) N = r.success
  }
  if (N !== undefined) {
    // the norm is parameters[1] (the templates read it there), the practice parameters[2]
    parameters.splice(1, 0, {
      name: "kelaHousingNorm",
      value: N.normCents,
      validFrom: N.validFrom,
      validTo: N.validTo,
      source: N.source,
      provisional: N.provisional,
      evidence: N.evidence
    })
    t.flag("kelaHousingNormProvisional")
  } else t.flag("housingNormUnknown")
  if (state === "directionRequired") t.flag("housingDirectionRequired")
  for (let k = 0; k < lines; k++)
    if (W.expenseCapped[k] === 1)
      t.line("expenses", k, W.expense[k]!, state === "capped" ? "housing-cost-capped" : "housing-cost")
  const inputs: Record<string, number | string | boolean> = { housingCosts: total }
  if (state === "notPublic") inputs["kelaHousingNorm"] = "notPublic"
  else if (state === "familyExempt") inputs["familiesWithChildrenExempt"] = true
  if (N !== undefined) {
    inputs["municipality"] = N.municipality
    inputs["householdSize"] = N.householdSize
    if (pr?.tolerancePercent != null) inputs["tolerancePercent"] = pr.tolerancePercent
  }
  if (hd?.directedInMonth !== undefined) inputs["directedInMonth"] = hd.directedInMonth
  if (hd?.periodEndsInMonth !== undefined) inputs["periodEndsInMonth"] = hd.periodEndsInMonth
  if (hd?.extensionMonths !== undefined) inputs["extensionMonths"] = hd.extensionMonths
  if (state === "noCheaperHome") inputs["noCheaperHomeInMunicipality"] = true
  t.node({
    ruleId:
      state === "notPublic" || state === "familyExempt"
        ? "housing-cost-necessary-size"
        : state === "noCheaperHome"
          ? "housing-cost-specialGround"
          : state === "capped"
            ? "housing-cost-capped"
            : state === "withinLimit"
              ? "housing-cost-withinLimit"
              : state === "directionRequired"
                ? "housing-cost-directionRequired"
                : "housing-cost-directionPeriod",
    legal: legalOnKey(M.lawDateKey),
    parameters,
    inputs,
    result: accepted
  })
  return accepted
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
  if (hr.annex === null) return kelaNormCosts(app, M, W, t, total)
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
  if (t !== undefined) traceHousing(app, M, W, t, hr.annex, state, total, accepted)
  return accepted
}

/** The rule id of each state (constant strings: a node does not build its id). */
const stateRule: Readonly<Record<State, RuleId>> = {
  withinLimit: "housing-cost-withinLimit",
  specialGround: "housing-cost-specialGround",
  directionRequired: "housing-cost-directionRequired",
  directionPeriod: "housing-cost-directionPeriod",
  capped: "housing-cost-capped"
}

/** The trace node of {@link housingCosts} (apart from the calculation, which then stays small). */
const traceHousing = (
  app: Application,
  M: Month,
  W: Work,
  t: Tracer,
  annex: string,
  state: State,
  total: number,
  accepted: number
): void => {
  const P = M.parameters
  const hr = P.housing.value
  const hd = app.housingDirection
  const lines = app.expenses.length
  const details = housingLimitDetails(app.municipality, M, annex, W.persons.length)
  if (details === undefined) return
  const L = details.limit
  if (P.housing.provisional) t.flag("housingLimit2026Provisional")
  if (state === "directionRequired") t.flag("housingDirectionRequired")
  for (let k = 0; k < lines; k++)
    if (W.expenseCapped[k] === 1)
      t.line("expenses", k, smi(W.expense[k]!), state === "capped" ? "housing-cost-capped" : "housing-cost")
  t.node({
    ruleId: stateRule[state],
    legal: legalOnKey(M.lawDateKey),
    parameters: details.parameters,
    inputs:
      hd === undefined
        ? {
            housingCosts: smi(total),
            municipality: L.municipality,
            householdSize: L.householdSize,
            directionMonths: hr.directionMonths
          }
        : {
            housingCosts: smi(total),
            municipality: L.municipality,
            householdSize: L.householdSize,
            directionMonths: hr.directionMonths,
            ...(hd.directedInMonth !== undefined ? { directedInMonth: hd.directedInMonth } : {}),
            ...(hd.specialGround !== undefined ? { specialGround: hd.specialGround } : {})
          },
    result: smi(accepted)
  })
}
