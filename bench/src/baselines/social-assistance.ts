/**
 * Hand-written baseline: the support amount of the synthetic applications (2017-05 … 2026-02 rules as they apply
 * to them) as one plain function, with no validation, no explanation and no typed errors. It covers only what the
 * generator produces: applicant, optional spouse and children, rent/water/electricity, counted incomes with the
 * per-earner earned-income disregard (first 150 €/month, 11 § 3 mom), immediately available savings; no reductions,
 * no housing-cost cap (the cap applies only after a housing direction, 7 a §; before 1.4.2024 Kela's norm after the
 * period Kela set), no part months.
 *
 * Parameters (the single-person amount and the category percentages, 9 §) are read from the package's dated tables
 * once per month: they are data, and the baseline is the arithmetic per household.
 *
 * @since 0.1.0
 */
import type { Application } from "@osallistava/social-assistance"
import { Engine, Parameters } from "@osallistava/social-assistance"
import { Result } from "effect"

/** @since 0.1.0 */
export interface PlainMonth {
  readonly year: number
  readonly month: number
  readonly livingAlone: number
  readonly singleParent: number
  readonly otherAdult: number
  readonly adultWithParents: number
  readonly child10: ReadonlyArray<number>
  readonly childUnder10: ReadonlyArray<number>
  readonly disregardMax: number
}

const pctOf = (single: number, millionths: number) => Math.floor((single * millionths + 500_000) / 1_000_000)

/** @since 0.1.0 */
export const plainMonth = (month: string): PlainMonth => {
  const p = Engine.parametersFor(month)
  if (Result.isFailure(p)) throw new Error(p.failure.message)
  const s = p.success.single.value
  const q = p.success.percentages.value
  const ranks = (b: number) => [pctOf(s, b), pctOf(s, b - q.secondChildStep), pctOf(s, b - q.laterChildStep)]
  return {
    year: Number(month.slice(0, 4)),
    month: Number(month.slice(5, 7)),
    livingAlone: pctOf(s, q.livingAlone),
    singleParent: pctOf(s, q.singleParent),
    otherAdult: pctOf(s, q.otherAdult),
    adultWithParents: pctOf(s, q.adultWithParents),
    child10: ranks(q.child10to17),
    childUnder10: ranks(q.childUnder10),
    disregardMax: p.success.disregard.value.maximum
  }
}

/** Support in cents. @since 0.1.0 */
export const plainSupport = (app: Application.Application, m: PlainMonth): number => {
  const ps = app.persons
  let spouse = false
  let children = 0
  for (const p of ps) {
    if (p.role === "spouse") spouse = true
    else if (p.role === "child") children++
  }
  let need = 0
  for (const p of ps) {
    if (p.role !== "child") {
      need += spouse
        ? m.otherAdult
        : children > 0
          ? m.singleParent
          : p.livingWithParents
            ? m.adultWithParents
            : m.livingAlone
      continue
    }
    let rank = 0
    for (const q of ps)
      if (q !== p && q.role === "child" && (q.birthDate < p.birthDate || (q.birthDate === p.birthDate && q.id < p.id)))
        rank++
    const by = Number(p.birthDate.slice(0, 4))
    const bm = Number(p.birthDate.slice(5, 7))
    const bd = Number(p.birthDate.slice(8, 10))
    const age = m.year - by - (m.month < bm || (m.month === bm && bd > 1) ? 1 : 0)
    need += (age >= 10 ? m.child10 : m.childUnder10)[Math.min(rank, 2)]!
  }
  for (const e of app.expenses) need += e.amount
  let income = 0
  let wageA = 0
  let wageS = 0
  for (const i of app.incomes) {
    income += i.amount
    if (i.kind === "wage") {
      if (i.personId === "a") wageA += i.amount
      else wageS += i.amount
    }
  }
  income -= Math.min(wageA, m.disregardMax) + Math.min(wageS, m.disregardMax)
  if (app.assets) for (const a of app.assets) if (a.immediatelyAvailable) income += a.amount
  return Math.max(need - income, 0)
}

// ---------------------------------------------------------------------------------------------------------------
// The reference: every rule of the package's calculation written out again, plainly and independently (own kind
// lists, own rounding, own order of checks), for the differential test over random households (test/
// social-assistance-differential.test.ts). Only the dated parameter values and the housing-limit table are read from
// the package: they are data. Returns the support in cents, or -1 where the package must refuse the application.
// ---------------------------------------------------------------------------------------------------------------

const CAPPED = new Set([
  "rent",
  "maintenanceCharge",
  "financingChargeInterest",
  "housingLoanInterest",
  "plotRent",
  "saunaFee",
  "homeUpkeep",
  "heating"
])
// earned income (11 § 3 mom); an informal or family carer's fee is earned income like a wage
const EARNED = new Set(["wage", "selfEmploymentIncome", "carersFee"])
const NOT_COUNTED = new Set([
  "maternityGrant",
  "disabilityAllowance",
  "pensionersCareAllowance",
  "rehabilitationExpenseCompensation",
  "unemploymentExpenseCompensation",
  "unemploymentBenefitIncreasePart",
  "learningMaterialSupplement",
  "childWelfareAfterCareSupport",
  "withheldByEnforcement",
  "childSummerJobWage"
])

/** `a × n / d` rounded half-up, for non-negative a (bigint: exact at any size). */
const halfUp = (a: number, n: number, d: number): number => {
  const x = BigInt(a) * BigInt(n)
  const q = x / BigInt(d)
  return Number((x - q * BigInt(d)) * 2n >= BigInt(d) ? q + 1n : q)
}

const ageOn = (birth: string, date: string): number => {
  let age = Number(date.slice(0, 4)) - Number(birth.slice(0, 4))
  if (birth.slice(5) > date.slice(5)) age--
  return age
}

const ym = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7))

const get = <A>(t: Parameters.Table<A>, date: string): A | undefined => {
  const r = Parameters.lookup(t, date)
  return Result.isSuccess(r) ? r.success.value : undefined
}

/** The parameters of one month, read from the package's dated tables. @since 0.2.0 */
export type ReferenceMonth = ReturnType<typeof referenceMonth>

/** @since 0.2.0 */
export const referenceMonth = (month: string) => {
  const date = `${month}-01`
  return {
    date,
    single: get(Parameters.basicAmountSingle, date)!,
    pct: get(Parameters.categoryPercentages, date)!,
    disregard: get(Parameters.earnedIncomeDisregard, date)!,
    minor: get(Parameters.minorAssistanceDisregard, date),
    coeliac: get(Parameters.coeliacDietAllowance, date),
    moving: get(Parameters.movingAllowance, date)!,
    reductions: get(Parameters.reductionRegimes, date)!,
    housing: get(Parameters.housingLimitRegimes, date)!,
    kelaPractice: get(Parameters.kelaHousingNormPractice, date)
  }
}

/** Support in cents by the reference, or -1 where the application must be refused. @since 0.2.0 */
export const referenceSupport = (app: Application.Application, P: ReferenceMonth): number => {
  const date = P.date
  const ps = app.persons
  // family (3 §)
  const ids = ps.map((p) => p.id)
  if (new Set(ids).size !== ids.length) return -1
  if (ps.some((p) => p.birthDate > date)) return -1
  if (ps.some((p) => p.role === "child" && ageOn(p.birthDate, date) >= 18)) return -1
  if (ps.filter((p) => p.role === "applicant").length !== 1) return -1
  if (ps.filter((p) => p.role === "spouse").length > 1) return -1
  const hasSpouse = ps.some((p) => p.role === "spouse")
  const kids = ps
    .filter((p) => p.role === "child")
    .sort((a, b) => (a.birthDate === b.birthDate ? (a.id < b.id ? -1 : 1) : a.birthDate < b.birthDate ? -1 : 1))
  // basic amounts (9 §)
  const basic = new Map<string, number>()
  for (const p of ps) {
    let pct: number
    if (p.role === "child") {
      const rank = kids.indexOf(p)
      const base = ageOn(p.birthDate, date) >= 10 ? P.pct.child10to17 : P.pct.childUnder10
      pct = rank === 0 ? base : rank === 1 ? base - P.pct.secondChildStep : base - P.pct.laterChildStep
    } else if (hasSpouse) pct = P.pct.otherAdult
    else if (kids.length > 0) pct = P.pct.singleParent
    else pct = p.livingWithParents === true ? P.pct.adultWithParents : P.pct.livingAlone
    let v = halfUp(P.single, pct, 1_000_000)
    if (p.role === "child" && p.alternatingResidence === true) v = halfUp(v, 1, 2)
    if (app.days !== undefined && app.days < 30) v = halfUp(v, app.days, 30)
    basic.set(p.id, v)
  }
  // reductions (10 §)
  const before2026 = date < "2026-02-01"
  for (const r of app.reductions ?? []) {
    if (!basic.has(r.personId)) return -1
    const g = P.reductions.grounds.find((x) => x.ground === r.ground)
    if (g === undefined || !g.percentages.includes(r.percentage)) return -1
    // the 50 % grounds of law 26/2026 first reduce March 2026: Kela's first orders are of 1.2.2026 and give one
    // month to act (Kela 28.1.2026, sttinfo.fi/tiedote/71766190)
    if (
      (r.ground === "primaryBenefitNotApplied" || r.ground === "notRegisteredAsFullTimeJobseeker") &&
      date < "2026-03-01"
    )
      return -1
    const n = r.monthOfReduction ?? 1
    if ((before2026 || r.ground === "unemploymentBenefitSanction") && n > P.reductions.maxMonths) return -1
    if (r.ground === "unemploymentBenefitSanction" && r.percentage === 40 && n < 2) return -1
    // 40 % needs a refused service-need assessment from 1.1.2023 (1023/2022: 10 § 2 mom 2 kohta, 10 a § 3 mom) until
    // 31.1.2026; not in 2017–2022 (10 § 3 mom, 939/2012)
    if (date >= "2023-01-01" && before2026 && r.percentage === 40 && r.safeguards.serviceNeedAssessmentRefused !== true)
      return -1
    if (r.safeguards.minimumSubsistenceNotEndangered && r.safeguards.notOtherwiseUnreasonable)
      basic.set(r.personId, halfUp(basic.get(r.personId)!, 100 - r.percentage, 100))
  }
  let expenses = [...basic.values()].reduce((a, b) => a + b, 0)
  // a child's own need: basic amount + the child's expense lines (11 § 2 mom 2 kohta, 12 § 2 mom 3 kohta)
  const need = new Map(kids.map((k) => [k.id, basic.get(k.id)!]))
  // expenses (7 a §, 7 b §)
  let housing = 0
  let anyHousing = false
  for (const e of app.expenses) {
    if (e.personId !== undefined && !basic.has(e.personId)) return -1
    if (e.amount < 0) return -1
    let v: number = e.amount
    if (e.compensatedElsewhere === true) v = 0
    else if (e.kind === "movingAllowance") {
      if (e.distance === undefined) return -1
      v = e.distance === "short" ? P.moving.short : P.moving.long
    } else if (e.kind === "coeliacDiet") {
      const p = ps.find((x) => x.id === e.personId)
      if (p === undefined) return -1
      v =
        P.coeliac !== undefined && p.coeliacDisease === true && ageOn(p.birthDate, date) >= P.coeliac.minimumAge
          ? P.coeliac.amount
          : 0
    }
    if (CAPPED.has(e.kind) && e.compensatedElsewhere !== true) {
      anyHousing = true
      housing += v
    } else expenses += v
    if (e.personId !== undefined && need.has(e.personId)) need.set(e.personId, need.get(e.personId)! + v)
  }
  if (anyHousing && P.housing.annex !== null) {
    const lim = Parameters.housingLimit(app.municipality, P.housing.annex, ps.length)
    if (Result.isFailure(lim)) return -1
    const limit = lim.success.limitCents
    const hd = app.housingDirection
    if (
      housing > limit &&
      hd?.specialGround === undefined &&
      hd?.directedInMonth !== undefined &&
      ym(app.month) >= ym(hd.directedInMonth) + P.housing.directionMonths + (hd.extensionMonths ?? 0)
    )
      housing = limit
  } else if (anyHousing && P.kelaPractice !== undefined) {
    // before 1.4.2024: Kela's norm as the measure of the "necessary amount" (7 b § 2–3 mom 815/2015, 7 a § 2–3 mom
    // 1023/2022), applied with Kela's practice as SISU records it; no public norm → the claimed costs
    const norm = Parameters.kelaHousingNorm(app.municipality, date, ps.length)
    const practice = P.kelaPractice
    const hd = app.housingDirection
    if (Result.isSuccess(norm)) {
      const n = norm.success.normCents
      const exempt = practice.familiesWithChildrenExempt === true && kids.length > 0
      const tolerance = practice.tolerancePercent === null ? 0 : practice.tolerancePercent
      const above = housing * 100 > n * (100 + tolerance)
      if (!exempt && above && hd?.directedInMonth !== undefined && hd.periodEndsInMonth !== undefined) {
        if (ym(hd.periodEndsInMonth) < ym(hd.directedInMonth)) return -1
        const over = ym(app.month) > ym(hd.periodEndsInMonth) + (hd.extensionMonths ?? 0)
        if (over && hd.noCheaperHomeInMunicipality !== true) housing = n
      }
    }
  }
  expenses += housing
  // income (11 §, 13 §)
  const lines: Array<{ kind: string; personId: string; v: number; regular: boolean; earned: boolean; minor: boolean }> =
    []
  for (const i of app.incomes) {
    if (!basic.has(i.personId)) return -1
    if (i.amount < 0) return -1
    if (i.paidOn !== undefined) return -1 // not generated: the reference does not model payment dates
    const nextMonth = i.timing === "thisMonthsLastWorkingDay"
    const counted = !nextMonth && !NOT_COUNTED.has(i.kind)
    lines.push({
      kind: i.kind,
      personId: i.personId,
      v: counted ? i.amount : 0,
      regular: i.regular !== false,
      earned: counted && EARNED.has(i.kind),
      minor: counted && i.kind === "minorAssistance"
    })
  }
  for (const p of ps) {
    const own = lines.filter((l) => l.earned && l.personId === p.id)
    if (own.length === 0) continue
    // from 1.3.2026 (law 26/2026) no disregard for an adult, except on an informal or family carer's fee, which keeps
    // it until 31.12.2027 (Yle 14.2.2026): then only the fee lines count towards it and give it
    const adultExcluded = !P.disregard.adultsIncluded && ageOn(p.birthDate, date) >= 18
    const from = !adultExcluded ? own : P.disregard.carersFeeIncluded ? own.filter((l) => l.kind === "carersFee") : []
    const total = from.reduce((a, l) => a + l.v, 0)
    let left =
      from.length === 0
        ? 0
        : Math.min(P.disregard.rule === "firstAmount" ? total : halfUp(total, 20, 100), P.disregard.maximum)
    for (const l of from) {
      const t = Math.min(l.v, left)
      l.v -= t
      left -= t
    }
  }
  const minorLines = lines.filter((l) => l.minor)
  if (minorLines.length > 0) {
    let left = P.minor === undefined ? 0 : ps.length === 1 ? P.minor.singlePerson : P.minor.family
    for (const l of minorLines) {
      const t = Math.min(l.v, left)
      l.v -= t
      left -= t
    }
  }
  for (const l of lines)
    if (need.has(l.personId) && l.v > 0) {
      const left = need.get(l.personId)!
      const v = l.regular ? Math.min(l.v, left) : 0
      need.set(l.personId, left - v)
      l.v = v
    }
  const income = lines.reduce((a, l) => a + l.v, 0)
  // assets (12 §)
  let assets = 0
  for (const a of app.assets ?? []) {
    if (a.personId !== undefined && !basic.has(a.personId)) return -1
    if (a.amount < 0) return -1
    let v = a.immediatelyAvailable ? (a.amount as number) : 0
    if (a.personId !== undefined && need.has(a.personId)) {
      v = Math.min(v, need.get(a.personId)!)
      need.set(a.personId, need.get(a.personId)! - v)
    }
    assets += v
  }
  // difference (6 §)
  return Math.max(0, expenses - income - assets)
}
