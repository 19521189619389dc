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
import { Result } from "effect"
import { type Application, cappedHousingKinds, countedIncomeKinds, earnedIncomeKinds } from "./application.js"
import { type CalculationError, calculateWith, type MonthParameters, parametersFor } from "./engine.js"
import { timingFromPaymentDate } from "./income-timing.js"
import { housingLimit } from "./parameters/housing-limits.js"

const capped: ReadonlySet<string> = new Set(cappedHousingKinds)
const counted: ReadonlySet<string> = new Set(countedIncomeKinds)
const earned: ReadonlySet<string> = new Set(earnedIncomeKinds)

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
  return Result.succeed({
    parameters: p,
    monthIndex: Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1,
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

const ageOn = (birth: string, y: number, m: number): number => {
  // age on the first day of the month (same as LocalDate.ageOn(birth, `${month}-01`))
  const by = (birth.charCodeAt(0) - 48) * 1000 + (birth.charCodeAt(1) - 48) * 100 + (birth.charCodeAt(2) - 48) * 10
  const age = y - (by + birth.charCodeAt(3) - 48)
  const bm = (birth.charCodeAt(5) - 48) * 10 + birth.charCodeAt(6) - 48
  const bd = (birth.charCodeAt(8) - 48) * 10 + birth.charCodeAt(9) - 48
  return m < bm || (m === bm && 1 < bd) ? age - 1 : age
}

// Scratch buffers reused between applications (single-threaded; grown on demand).
let basicBuf = new Float64Array(16)
let capBuf = new Float64Array(16)
let ageBuf = new Int32Array(16)
let earnedBuf = new Float64Array(16)
let lineBuf = new Float64Array(32)
let ownerBuf = new Int32Array(32)
const grow = (n: number) => {
  if (basicBuf.length < n) {
    basicBuf = new Float64Array(n * 2)
    capBuf = new Float64Array(n * 2)
    ageBuf = new Int32Array(n * 2)
    earnedBuf = new Float64Array(n * 2)
  }
}

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
  const date = P.date
  const y = F.monthIndex / 12
  const year = Math.floor(y)
  const mon = F.monthIndex - year * 12 + 1
  const persons = app.persons
  const n = persons.length
  grow(n)

  // ---- family and categories (3 §, 9 §) ----
  let applicants = 0
  let spouses = 0
  let childCount = 0
  for (let i = 0; i < n; i++) {
    const p = persons[i]!
    for (let j = 0; j < i; j++) if (persons[j]!.id === p.id) return FAIL
    if (p.birthDate > date) return FAIL
    const age = ageOn(p.birthDate, year, mon)
    ageBuf[i] = age
    if (p.role === "applicant") applicants++
    else if (p.role === "spouse") spouses++
    else {
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
    let full: number
    if (p.role === "child") {
      // sibling rank: oldest first, ties by id (as the explained path sorts)
      let rank = 0
      for (let j = 0; j < n; j++) {
        const q = persons[j]!
        if (j === i || q.role !== "child") continue
        if (q.birthDate < p.birthDate || (q.birthDate === p.birthDate && q.id < p.id)) rank++
      }
      const table = ageBuf[i]! >= 10 ? F.child10to17 : F.childUnder10
      full = table[Math.min(rank, 2)]!
    } else if (spouses === 1) full = F.adult.otherAdult
    else if (childCount > 0) full = F.adult.singleParent
    else if (p.livingWithParents === true) full = F.adult.adultWithParents
    else full = F.adult.livingAlone
    let share = full
    if (p.role === "child" && p.alternatingResidence === true) share = mulDivHalfUp(share, 1, 2)
    if (prorate) share = mulDivHalfUp(share, days, 30)
    basicBuf[i] = share
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
      const limited = date < "2026-02-01" || r.ground === "unemploymentBenefitSanction"
      if (limited && monthNo > regime.maxMonths) return FAIL
      if (r.ground === "unemploymentBenefitSanction" && r.percentage === 40 && monthNo < 2) return FAIL
      if (date < "2026-02-01" && r.percentage === 40 && r.safeguards.serviceNeedAssessmentRefused !== true) return FAIL
      if (r.safeguards.minimumSubsistenceNotEndangered && r.safeguards.notOtherwiseUnreasonable) {
        const base = basicBuf[i]!
        basicBuf[i] = base - mulDivHalfUp(base, r.percentage * 10_000, 1_000_000)
      }
    }
  }
  for (let i = 0; i < n; i++) {
    basicTotal += basicBuf[i]!
    capBuf[i] = persons[i]!.role === "child" ? basicBuf[i]! : 0
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
        c !== undefined && persons[pi]!.coeliacDisease === true && ageBuf[pi]! >= c.value.minimumAge
          ? c.value.amount
          : 0
    }
    if (capped.has(kind) && e.compensatedElsewhere !== true) {
      hasCapped = true
      housingTotal += accepted
    } else otherTotal += accepted
    if (pi >= 0 && persons[pi]!.role === "child") capBuf[pi] = capBuf[pi]! + accepted
  }
  if (hasCapped) {
    const hr = P.housing.value
    if (hr.annex !== null) {
      let bySize = F.housing.get(app.municipality)
      if (bySize === undefined) {
        bySize = []
        F.housing.set(app.municipality, bySize)
      }
      let limit = bySize[n]
      if (limit === undefined) {
        const lim = housingLimit(app.municipality, hr.annex, n)
        limit = Result.isSuccess(lim) ? lim.success.limitCents : -1
        bySize[n] = limit
      }
      if (limit < 0) return FAIL
      const hd = app.housingDirection
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
  }
  let minorTotal = 0
  let anyEarned = false
  for (let i = 0; i < n; i++) earnedBuf[i] = 0
  for (let k = 0; k < m; k++) {
    const inc = incomes[k]!
    const pi = indexOf(app, inc.personId)
    if (pi < 0 || (inc.amount as number) < 0) return FAIL
    const kind = inc.kind
    let next = inc.timing === "thisMonthsLastWorkingDay"
    if (inc.paidOn !== undefined) {
      const derived = timingFromPaymentDate(inc.paidOn, app.month, earned.has(kind))
      if (derived === undefined || (inc.timing !== undefined && inc.timing !== derived)) return FAIL
      next = derived === "thisMonthsLastWorkingDay"
    }
    let amount = inc.amount as number
    if (next) amount = 0
    else if (kind === "minorAssistance") minorTotal += amount
    else if (!counted.has(kind)) amount = 0
    else if (earned.has(kind)) {
      anyEarned = true
      earnedBuf[pi] = earnedBuf[pi]! + amount
    }
    lineBuf[k] = amount
    ownerBuf[k] = pi
  }
  // earned-income disregard per earner (11 § 3 mom), taken from that earner's lines in order
  if (anyEarned) {
    const dis = P.disregard.value
    for (let i = 0; i < n; i++) {
      const total = earnedBuf[i]!
      if (total === 0) continue
      const eligible = dis.adultsIncluded || ageBuf[i]! < 18
      let left = !eligible
        ? 0
        : dis.rule === "firstAmount"
          ? Math.min(total, dis.maximum)
          : Math.min(mulDivHalfUp(total, 200_000, 1_000_000), dis.maximum)
      if (left === 0) continue
      const id = persons[i]!.id
      for (let k = 0; k < m && left !== 0; k++) {
        const inc = incomes[k]!
        // a line counted next month holds 0 here, so nothing is taken from it
        if (inc.personId !== id || !earned.has(inc.kind)) continue
        const v = lineBuf[k]!
        const take = Math.min(v, left)
        left -= take
        lineBuf[k] = v - take
      }
    }
  }
  // minor gifts and assistance (11 § 2 mom 1 kohta)
  if (minorTotal !== 0) {
    const mm = P.minorAssistance
    const limit = mm === undefined ? 0 : n === 1 ? mm.value.singlePerson : mm.value.family
    let left = Math.min(minorTotal, limit)
    for (let k = 0; k < m && left !== 0; k++) {
      const inc = incomes[k]!
      if (inc.kind !== "minorAssistance") continue
      const v = lineBuf[k]!
      const take = Math.min(v, left)
      left -= take
      lineBuf[k] = v - take
    }
  }
  // children's income only up to their own need (11 § 2 mom 2 kohta)
  let incomeTotal = 0
  for (let k = 0; k < m; k++) {
    let v = lineBuf[k]!
    const inc = incomes[k]!
    if (childCount > 0 && v !== 0) {
      const pi = ownerBuf[k]!
      if (persons[pi]!.role === "child") {
        const left = capBuf[pi]!
        v = inc.regular === false ? 0 : Math.min(v, left)
        capBuf[pi] = left - v
      }
    }
    incomeTotal += v
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
        const left = capBuf[pi]!
        if (v > left) v = left
        capBuf[pi] = left - v
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
  const months = new Map<string, FastMonth | CalculationError>()
  let lastMonth = ""
  let last: FastMonth | CalculationError | undefined
  for (let i = 0; i < apps.length; i++) {
    const app = apps[i]!
    if (app.month !== lastMonth || last === undefined) {
      last = months.get(app.month)
      if (last === undefined) {
        const r = fastMonth(app.month)
        last = Result.isSuccess(r) ? r.success : r.failure
        months.set(app.month, last)
      }
      lastMonth = app.month
    }
    if (!("parameters" in last)) {
      out[i] = FAIL
      errors.set(i, last)
      continue
    }
    const v = supportCentsWith(app, last)
    if (v !== FAIL) {
      out[i] = v
      continue
    }
    const d = calculateWith(app, last.parameters)
    if (Result.isFailure(d)) {
      out[i] = FAIL
      errors.set(i, d.failure)
    } else out[i] = d.success.supportCents
  }
  return { supportCents: out, errors }
}
