/**
 * Fast path: the support amount only, without explanation nodes, decision lines or strings.
 *
 * Computes exactly the same number as `Engine.calculate(app).supportCents` (same rules, same order of rounding:
 * Act 1412/1997 6 §, 7–7 b §, 9–13 §), with integer arithmetic, month parameters resolved once per month, the basic
 * amounts of every category precomputed per month, housing limits cached per municipality and household size, and
 * reusable scratch buffers instead of per-application allocations. When an application would fail (a rule violation
 * or a parameter not in force), the batch delegates that one application to the explained path, so the error is the
 * same typed error `calculate` returns.
 *
 * A property test checks fast path == explained path on random households (test/fast.test.ts).
 *
 * @since 0.1.0
 */
import { Money } from "@osallistava/core"
import * as Result from "effect/Result"
import type { Application } from "./application.js"
import { type CalculationError, calculateWith, type MonthParameters, parametersFor } from "./engine.js"
import { timingFromPaymentDate } from "./income-timing.js"
import { housingLimit } from "./parameters/housing-limits.js"

// Kind classes by `switch` over the literal kinds: the kinds are Schema literals, so a comparison is mostly one of
// identical strings, cheaper than a hash lookup in a Set (there were up to three per income line). The lists are
// those of application.ts; test/fast.test.ts checks every kind against the explained path.
/** `cappedHousingKinds` (7 a §: the costs capped by the municipal housing limit). */
const isCapped = (kind: string): boolean => {
  switch (kind) {
    case "rent":
    case "maintenanceCharge":
    case "financingChargeInterest":
    case "housingLoanInterest":
    case "plotRent":
    case "saunaFee":
    case "homeUpkeep":
    case "heating":
      return true
    default:
      return false
  }
}
const NOT_COUNTED = 0
const COUNTED = 1
const EARNED = 2
const MINOR = 3
/** `earnedIncomeKinds` → EARNED, the rest of `countedIncomeKinds` → COUNTED, `minorAssistance` → MINOR. */
const incomeClass = (kind: string): number => {
  switch (kind) {
    case "wage":
    case "selfEmploymentIncome":
      return EARNED
    case "housingAllowance":
    case "labourMarketSubsidy":
    case "childBenefit":
    case "pension":
    case "studyGrant":
    case "sicknessAllowance":
    case "basicUnemploymentAllowance":
    case "maintenanceAllowance":
    case "startUpGrant":
    case "earningsRelatedUnemploymentAllowance":
    case "studentLoan":
    case "childCareAllowance":
    case "maintenancePayment":
    case "parentalAllowance":
    case "rehabilitationAllowance":
    case "capitalIncome":
    case "otherIncome":
      return COUNTED
    case "minorAssistance":
      return MINOR
    default:
      return NOT_COUNTED
  }
}

/** Returned by {@link supportCentsWith} when the explained path would fail; never a support amount. */
const FAIL = -1

/**
 * Month parameters prepared for the fast path.
 *
 * @since 0.1.0
 */
export interface FastMonth {
  readonly parameters: MonthParameters
  readonly monthIndex: number
  /** Calendar year and month (1–12) of the month. */
  readonly year: number
  readonly month: number
  /** The month's first day as the number YYYYMMDD (compares like the `YYYY-MM-DD` text). */
  readonly dateKey: number
  /** The month is before 2026-02 (the reduction rules of 10 § in force before 2026-02-01 apply). */
  readonly before202602: boolean
  /** Basic amounts in cents (9 §): livingAlone, singleParent, otherAdult, adultWithParents. */
  readonly adult: Readonly<{ livingAlone: number; singleParent: number; otherAdult: number; adultWithParents: number }>
  /** Child basic amounts by sibling rank 1, 2, 3+ (9 § 3 mom). */
  readonly child10to17: readonly [number, number, number]
  readonly childUnder10: readonly [number, number, number]
  /** Housing limit cache: municipality → cents by household size, -1 when no limit is found (explained path fails). */
  readonly housing: Map<string, Array<number>>
}

const pctOf = (single: number, p: Money.Percentage) =>
  Money.multiplyByPercentage(single as Money.EuroCents, p, "half-up") as number

/**
 * Prepares the parameters of `month` (`YYYY-MM`) for the fast path.
 *
 * @since 0.1.0
 */
export const fastMonth = (month: string): Result.Result<FastMonth, CalculationError> => {
  const P = parametersFor(month)
  if (Result.isFailure(P)) return Result.fail(P.failure)
  const p = P.success
  const single = p.single.value
  const pct = p.percentages.value
  const ranks = (b: Money.Percentage): [number, number, number] => [
    pctOf(single, b),
    pctOf(single, Money.subtractPoints(b, pct.secondChildStep)),
    pctOf(single, Money.subtractPoints(b, pct.laterChildStep))
  ]
  const year = Number(month.slice(0, 4))
  const mon = Number(month.slice(5, 7))
  return Result.succeed({
    parameters: p,
    monthIndex: year * 12 + mon - 1,
    year,
    month: mon,
    dateKey: year * 10_000 + mon * 100 + 1,
    before202602: p.date < "2026-02-01",
    adult: {
      livingAlone: pctOf(single, pct.livingAlone),
      singleParent: pctOf(single, pct.singleParent),
      otherAdult: pctOf(single, pct.otherAdult),
      adultWithParents: pctOf(single, pct.adultWithParents)
    },
    child10to17: ranks(pct.child10to17),
    childUnder10: ranks(pct.childUnder10),
    housing: new Map()
  })
}

/** a × n / d rounded half-up (away from zero), exact for safe products; falls back to bigint otherwise. */
const mulDivHalfUp = (a: number, n: number, d: number): number => {
  const x = a * n
  if (!Number.isSafeInteger(x)) return Money.multiplyByFraction(a as Money.EuroCents, n, d, "half-up")
  const q = Math.trunc(x / d)
  const r = x - q * d
  if (r === 0) return q
  return 2 * Math.abs(r) >= d ? q + (x < 0 ? -1 : 1) : q
}

/** The year of a decoded `YYYY-MM-DD` date (ASCII digits, checked by the Schema). */
const yearOf = (d: string): number =>
  (d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + (d.charCodeAt(3) - 48)

/** In `ageBuf` for an adult whose age was not needed yet. */
const AGE_UNKNOWN = -1

/** Age of person `i` on the first day of the month, computed now for an adult born before the month's year. */
const ageOf = (i: number, persons: Application["persons"], F: FastMonth): number => {
  const known = ageBuf[i]!
  if (known !== AGE_UNKNOWN) return known
  const birth = dateKeyOf(persons[i]!.birthDate)
  const birthYear = Math.floor(birth / 10_000)
  return F.year - birthYear - (birth - birthYear * 10_000 > F.month * 100 + 1 ? 1 : 0)
}

/**
 * A decoded `YYYY-MM-DD` date as the number YYYYMMDD: numbers compare as the texts do, without a string comparison
 * per person.
 */
const dateKeyOf = (d: string): number =>
  (d.charCodeAt(0) - 48) * 10_000_000 +
  (d.charCodeAt(1) - 48) * 1_000_000 +
  (d.charCodeAt(2) - 48) * 100_000 +
  (d.charCodeAt(3) - 48) * 10_000 +
  (d.charCodeAt(5) - 48) * 1000 +
  (d.charCodeAt(6) - 48) * 100 +
  (d.charCodeAt(8) - 48) * 10 +
  (d.charCodeAt(9) - 48)

// Scratch buffers reused between applications (single-threaded; grown on demand).
let basicBuf = new Float64Array(16)
let capBuf = new Float64Array(16)
let ageBuf = new Int32Array(16)
let birthBuf = new Int32Array(16)
let earnedBuf = new Float64Array(16)
let lineBuf = new Float64Array(32)
let ownerBuf = new Int32Array(32)
let classBuf = new Int32Array(32)
const grow = (n: number) => {
  if (basicBuf.length < n) {
    basicBuf = new Float64Array(n * 2)
    capBuf = new Float64Array(n * 2)
    ageBuf = new Int32Array(n * 2)
    birthBuf = new Int32Array(n * 2)
    earnedBuf = new Float64Array(n * 2)
  }
}

// The last municipality's housing limits (consecutive applications of one municipality skip the Map lookup).
let lastMunicipality = ""
let lastMunicipalityMonth: FastMonth | undefined
let lastBySize: Array<number> = []

const indexOf = (app: Application, id: string | undefined): number => {
  if (id === undefined) return -2
  const ps = app.persons
  for (let i = 0; i < ps.length; i++) if (ps[i]!.id === id) return i
  return -1
}

/**
 * Support in cents for one decoded application, or `-1` if the explained path would return an error.
 * Same number as `calculate(app)` without building the decision.
 *
 * @since 0.1.0
 */
export const supportCentsWith = (app: Application, F: FastMonth): number => {
  const P = F.parameters
  const dateKey = F.dateKey
  // age on the first day of the month (same as LocalDate.ageOn(birth, `${month}-01`)): years, less one if the
  // birthday (month and day) is after the 1st of this month
  const firstKey = F.month * 100 + 1
  const persons = app.persons
  const n = persons.length
  grow(n)
  // the scratch buffers as locals: one context load each instead of one per access
  const ages = ageBuf
  const births = birthBuf
  const basic = basicBuf
  const cap = capBuf
  const earnedBy = earnedBuf

  // ---- family and categories (3 §, 9 §) ----
  let applicants = 0
  let spouses = 0
  let childCount = 0
  for (let i = 0; i < n; i++) {
    const p = persons[i]!
    for (let j = 0; j < i; j++) if (persons[j]!.id === p.id) return FAIL
    const role = p.role
    if (role !== "child") {
      // an adult born before this year: not born after the month; the age is computed only if a rule needs it
      if (role === "applicant") applicants++
      else spouses++
      if (yearOf(p.birthDate) < F.year) {
        ages[i] = AGE_UNKNOWN
        continue
      }
    }
    const birth = dateKeyOf(p.birthDate)
    if (birth > dateKey) return FAIL
    const birthYear = Math.floor(birth / 10_000)
    const age = F.year - birthYear - (birth - birthYear * 10_000 > firstKey ? 1 : 0)
    ages[i] = age
    births[i] = birth
    if (role === "child") {
      if (age >= 18) return FAIL
      childCount++
    }
  }
  if (applicants !== 1 || spouses > 1) return FAIL
  const days = app.days
  const prorate = days !== undefined && days < 30
  let basicTotal = 0
  for (let i = 0; i < n; i++) {
    const p = persons[i]!
    earnedBy[i] = 0
    let full: number
    const child = p.role === "child"
    if (child) {
      // sibling rank: oldest first, ties by id (as the explained path sorts)
      let rank = 0
      const birth = births[i]!
      for (let j = 0; j < n; j++) {
        if (j === i) continue
        const q = persons[j]!
        if (q.role !== "child") continue
        const qb = births[j]!
        if (qb < birth || (qb === birth && q.id < p.id)) rank++
      }
      const table = ages[i]! >= 10 ? F.child10to17 : F.childUnder10
      full = table[Math.min(rank, 2)]!
    } else if (spouses === 1) full = F.adult.otherAdult
    else if (childCount > 0) full = F.adult.singleParent
    else if (p.livingWithParents === true) full = F.adult.adultWithParents
    else full = F.adult.livingAlone
    let share = full
    if (child && p.alternatingResidence === true) share = mulDivHalfUp(share, 1, 2)
    if (prorate) share = mulDivHalfUp(share, days, 30)
    basic[i] = share
    cap[i] = child ? share : 0
    basicTotal += share
  }

  // ---- reductions (10 §) ----
  const reductions = app.reductions
  if (reductions !== undefined && reductions.length > 0) {
    const regime = P.reductions.value
    for (let k = 0; k < reductions.length; k++) {
      const r = reductions[k]!
      const i = indexOf(app, r.personId)
      if (i < 0) return FAIL
      let allowed: ReadonlyArray<number> | undefined
      for (const g of regime.grounds) if (g.ground === r.ground) allowed = g.percentages
      if (allowed === undefined || !allowed.includes(r.percentage)) return FAIL
      const monthNo = r.monthOfReduction ?? 1
      const limited = F.before202602 || r.ground === "unemploymentBenefitSanction"
      if (limited && monthNo > regime.maxMonths) return FAIL
      if (r.ground === "unemploymentBenefitSanction" && r.percentage === 40 && monthNo < 2) return FAIL
      if (F.before202602 && r.percentage === 40 && r.safeguards.serviceNeedAssessmentRefused !== true) return FAIL
      if (r.safeguards.minimumSubsistenceNotEndangered && r.safeguards.notOtherwiseUnreasonable) {
        const base = basic[i]!
        // reduced basic amount = base × (100 − p) % rounded half-up (as the explained path)
        const reduced = mulDivHalfUp(base, (100 - r.percentage) * 10_000, 1_000_000)
        basic[i] = reduced
        basicTotal -= base - reduced
        if (persons[i]!.role === "child") cap[i] = reduced
      }
    }
  }

  // ---- other basic expenses (7 a §, 7 b §) ----
  let otherTotal = 0
  let housingTotal = 0
  let hasCapped = false
  const expenses = app.expenses
  for (let k = 0; k < expenses.length; k++) {
    const e = expenses[k]!
    const pi = indexOf(app, e.personId)
    if (pi === -1 || (e.amount as number) < 0) return FAIL
    let accepted = e.amount as number
    const kind = e.kind
    if (e.compensatedElsewhere === true) accepted = 0
    else if (kind === "movingAllowance") {
      if (e.distance === undefined) return FAIL
      accepted = e.distance === "short" ? P.moving.value.short : P.moving.value.long
    } else if (kind === "coeliacDiet") {
      if (pi < 0) return FAIL
      const c = P.coeliac
      accepted =
        c !== undefined && persons[pi]!.coeliacDisease === true && ageOf(pi, persons, F) >= c.value.minimumAge
          ? c.value.amount
          : 0
    }
    if (isCapped(kind) && e.compensatedElsewhere !== true) {
      hasCapped = true
      housingTotal += accepted
    } else otherTotal += accepted
    if (pi >= 0 && persons[pi]!.role === "child") cap[pi] = cap[pi]! + accepted
  }
  if (hasCapped) {
    const hr = P.housing.value
    if (hr.annex !== null) {
      const municipality = app.municipality
      let bySize: Array<number> | undefined
      if (municipality === lastMunicipality && F === lastMunicipalityMonth) bySize = lastBySize
      else {
        bySize = F.housing.get(municipality)
        if (bySize === undefined) {
          bySize = []
          F.housing.set(municipality, bySize)
        }
        lastMunicipality = municipality
        lastMunicipalityMonth = F
        lastBySize = bySize
      }
      let limit = bySize[n]
      if (limit === undefined) {
        const lim = housingLimit(municipality, hr.annex, n)
        limit = Result.isSuccess(lim) ? lim.success.limitCents : -1
        bySize[n] = limit
      }
      if (limit < 0) return FAIL
      const hd = app.housingDirection
      // Provisional choice, as in engine.ts: the direction month is month 1 of the period (directed in April →
      // July capped); the alternative (period counted from the day under Act 150/1930 → August capped) is
      // documented there.
      if (
        housingTotal > limit &&
        hd?.specialGround === undefined &&
        hd?.directedInMonth !== undefined &&
        F.monthIndex >=
          Number(hd.directedInMonth.slice(0, 4)) * 12 +
            Number(hd.directedInMonth.slice(5, 7)) -
            1 +
            hr.directionMonths +
            (hd.extensionMonths ?? 0)
      )
        housingTotal = limit
    }
  }
  otherTotal += housingTotal

  // ---- income (11 §, 13 §) ----
  const incomes = app.incomes
  const m = incomes.length
  if (lineBuf.length < m) {
    lineBuf = new Float64Array(m * 2)
    ownerBuf = new Int32Array(m * 2)
    classBuf = new Int32Array(m * 2)
  }
  const lines = lineBuf
  const owners = ownerBuf
  const classes = classBuf
  let minorTotal = 0
  let anyEarned = false
  // sum of the lines counted this month; the disregards and children's caps below are subtracted from it
  let incomeTotal = 0
  for (let k = 0; k < m; k++) {
    const inc = incomes[k]!
    const pi = indexOf(app, inc.personId)
    if (pi < 0 || (inc.amount as number) < 0) return FAIL
    const cls = incomeClass(inc.kind)
    let next = inc.timing === "thisMonthsLastWorkingDay"
    if (inc.paidOn !== undefined) {
      const derived = timingFromPaymentDate(inc.paidOn, app.month, cls === EARNED)
      if (derived === undefined || (inc.timing !== undefined && inc.timing !== derived)) return FAIL
      next = derived === "thisMonthsLastWorkingDay"
    }
    let amount = inc.amount as number
    if (next) amount = 0
    else if (cls === MINOR) minorTotal += amount
    else if (cls === NOT_COUNTED) amount = 0
    else if (cls === EARNED) {
      anyEarned = true
      earnedBy[pi] = earnedBy[pi]! + amount
    }
    lines[k] = amount
    owners[k] = pi
    classes[k] = cls
    incomeTotal += amount
  }
  // earned-income disregard per earner (11 § 3 mom), taken from that earner's lines in order
  if (anyEarned) {
    const dis = P.disregard.value
    for (let i = 0; i < n; i++) {
      const total = earnedBy[i]!
      if (total === 0) continue
      const eligible = dis.adultsIncluded || ageOf(i, persons, F) < 18
      let left = !eligible
        ? 0
        : dis.rule === "firstAmount"
          ? Math.min(total, dis.maximum)
          : Math.min(mulDivHalfUp(total, 200_000, 1_000_000), dis.maximum)
      if (left === 0) continue
      for (let k = 0; k < m && left !== 0; k++) {
        // a line counted next month holds 0 here, so nothing is taken from it
        if (owners[k] !== i || classes[k] !== EARNED) continue
        const v = lines[k]!
        const take = Math.min(v, left)
        left -= take
        lines[k] = v - take
        incomeTotal -= take
      }
    }
  }
  // minor gifts and assistance (11 § 2 mom 1 kohta)
  if (minorTotal !== 0) {
    const mm = P.minorAssistance
    const limit = mm === undefined ? 0 : n === 1 ? mm.value.singlePerson : mm.value.family
    let left = Math.min(minorTotal, limit)
    for (let k = 0; k < m && left !== 0; k++) {
      if (classes[k] !== MINOR) continue
      const v = lines[k]!
      const take = Math.min(v, left)
      left -= take
      lines[k] = v - take
      incomeTotal -= take
    }
  }
  // children's income only up to their own need (11 § 2 mom 2 kohta). Provisional choice, as in engine.ts: the need
  // is the child's basic amount plus expenses assigned to the child, without a per-capita housing share (see the
  // comment and sources at the children's cap in engine.ts).
  if (childCount > 0)
    for (let k = 0; k < m; k++) {
      const v = lines[k]!
      if (v === 0) continue
      const pi = owners[k]!
      if (persons[pi]!.role === "child") {
        const left = cap[pi]!
        const counted = incomes[k]!.regular === false ? 0 : Math.min(v, left)
        cap[pi] = left - counted
        incomeTotal -= v - counted
      }
    }

  // ---- assets (12 §) ----
  let assetTotal = 0
  const assets = app.assets
  if (assets !== undefined)
    for (let k = 0; k < assets.length; k++) {
      const a = assets[k]!
      const pi = indexOf(app, a.personId)
      if (pi === -1 || (a.amount as number) < 0) return FAIL
      let v = a.immediatelyAvailable ? (a.amount as number) : 0
      if (pi >= 0 && persons[pi]!.role === "child") {
        const left = cap[pi]!
        if (v > left) v = left
        cap[pi] = left - v
      }
      assetTotal += v
    }

  // ---- result (6 §) ----
  const difference = basicTotal + otherTotal - incomeTotal - assetTotal
  return Math.max(difference, 0)
}

/**
 * Support in cents for one decoded application (fast path), or the same typed error as `calculate`.
 *
 * @since 0.1.0
 */
export const supportCents = (app: Application): Result.Result<number, CalculationError> => {
  const F = fastMonth(app.month)
  if (Result.isFailure(F)) return Result.fail(F.failure)
  const v = supportCentsWith(app, F.success)
  if (v !== FAIL) return Result.succeed(v)
  const d = calculateWith(app, F.success.parameters)
  return Result.isFailure(d) ? Result.fail(d.failure) : Result.succeed(d.success.supportCents)
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
 * Fast batch: support in cents for many decoded applications without explanations. Parameters are resolved once per
 * distinct month; no per-application allocation on the normal path. Same numbers as `calculateBatch`.
 *
 * @example
 * ```ts
 * import { Fast } from "@osallistava/social-assistance"
 * const { supportCents, errors } = Fast.calculateSupportBatch(decodedApplications)
 * ```
 * @since 0.1.0
 */
export const calculateSupportBatch = (apps: ReadonlyArray<Application>): SupportBatch => {
  const out = new Float64Array(apps.length)
  const errors = new Map<number, CalculationError>()
  fillBatch(apps, out, errors)
  return { supportCents: out, errors }
}

// The loop apart from the result object: optimized code of the loop then has no never-run code after it (which made
// V8 deoptimize at the end of every batch and start the next one in the interpreter).
const fillBatch = (apps: ReadonlyArray<Application>, out: Float64Array, errors: Map<number, CalculationError>) => {
  const months = new Map<string, FastMonth | CalculationError>()
  let lastMonth = ""
  let F: FastMonth | undefined
  let failure: CalculationError | undefined
  for (let i = 0; i < apps.length; i++) {
    const app = apps[i]!
    if (app.month !== lastMonth || (F === undefined && failure === undefined)) {
      let entry = months.get(app.month)
      if (entry === undefined) {
        const r = fastMonth(app.month)
        entry = Result.isSuccess(r) ? r.success : r.failure
        months.set(app.month, entry)
      }
      lastMonth = app.month
      if ("parameters" in entry) {
        F = entry
        failure = undefined
      } else {
        F = undefined
        failure = entry
      }
    }
    if (F === undefined) {
      out[i] = FAIL
      errors.set(i, failure!)
      continue
    }
    const v = supportCentsWith(app, F)
    out[i] = v === FAIL ? explained(app, F, i, errors) : v
  }
}

const explained = (app: Application, F: FastMonth, i: number, errors: Map<number, CalculationError>): number => {
  const d = calculateWith(app, F.parameters)
  if (Result.isSuccess(d)) return d.success.supportCents
  errors.set(i, d.failure)
  return FAIL
}
