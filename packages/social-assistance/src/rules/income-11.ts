/**
 * Income (Act 1412/1997 11 §) counted in the month it is paid (13 §): counted kinds in full, not-counted kinds
 * (11 § 2 mom) not at all, an earned-income disregard per earner (11 § 3 mom), occasional minor income of any kind
 * (a line marked `occasional`, and every `minorAssistance` line) up to Kela's limit for the family (11 § 2 mom 1 kohta,
 * "vähäisiksi katsottavia ansiotuloja ja avustuksia" since 49/2005: not only gifts; an occasional line's excess over
 * the limit is counted in full, without the earned-income disregard), and a child's regular income only up to the child's own need (11 § 2 mom
 * 2 kohta; a child's irregular income is not counted).
 *
 * Provisional reading (see the README): the child's own need is the child's basic amount plus the expense lines
 * assigned to the child (`personId`), without a per-capita share of the family's housing costs. The statute (law
 * 1218/2005: "alle 18-vuotiaan lapsen säännöllisiä tuloja siltä osin kuin ne ylittävät hänen osaltaan 7 ja 7 c §:n
 * nojalla huomioon otettavat menot") would allow a housing share; Kela's statements point to the basic amount only
 * (Iltalehti 16.10.2017, Kela benefit manager: "niistä huomioidaan vain Kelan määrittelemän perusosan verran";
 * Verkkouutiset 2/2017: 341.52 €/month withheld, the 2017 child's basic amount). SISU
 * (StatisticsFinland/mikrosimulointi SISU/MAKROT/TOIMTUKIlakimakrot.sas) does not model the cap. Decided in issue 14
 * (docs/social-assistance/open-readings.md § 9; legal cases in test/rules/child-need-11-12.test.ts): no Kela text
 * giving a share of the common costs was found, so none is added.
 *
 * @since 0.2.0
 */
import type { Application } from "../application.js"
import { timingFromPaymentDate } from "../income-timing.js"
import { CHILD, type Month, type Work } from "./context.js"
import { ageOf, personIndex } from "./family-3.js"
import { IncomeClass, incomeClassCodes, incomeClassOf } from "./kinds.js"
import { dateKeyOf, mulDivHalfUp, smi } from "./mechanisms/arithmetic.js"
import { codeOf } from "./mechanisms/code-table.js"
import { ANY, takeUpTo } from "./mechanisms/take-up-to.js"
import {
  act1412,
  type LegalRef,
  type LineRuleId,
  noParameters,
  type ParameterUse,
  type TraceItem,
  type Tracer
} from "./trace.js"

/** Class of a line paid on the month's last banking day: counted next month (13 §), nothing now. */
const NEXT_MONTH = 4
const EARNED = IncomeClass.earned
const MINOR = IncomeClass.minor

const legalTotal: ReadonlyArray<LegalRef> = [act1412("11")]
const legalNotCounted: ReadonlyArray<LegalRef> = [act1412("11", { subsection: 2 }), act1412("13")]
const legalMinor: ReadonlyArray<LegalRef> = [act1412("11", { subsection: 2, point: 1 })]
const legalChild: ReadonlyArray<LegalRef> = [act1412("11", { subsection: 2, point: 2 })]
const disregard2017 = [act1412("11", { subsection: 3, amendedBy: "940/2014" })]
const disregard2023 = [act1412("11", { subsection: 3, amendedBy: "1023/2022" })]
const disregard2026 = [act1412("11", { subsection: 3, amendedBy: "26/2026" })]

/** The version of 11 § 3 mom in force on `date` (`YYYY-MM-DD`). @since 0.2.0 */
export const disregardLegalOn = (date: string): ReadonlyArray<LegalRef> => disregardLegalOnKey(dateKeyOf(date))

/** {@link disregardLegalOn} for a date as YYYYMMDD (`Month.lawDateKey`). */
const disregardLegalOnKey = (key: number): ReadonlyArray<LegalRef> =>
  key < 20230101 ? disregard2017 : key < 20260301 ? disregard2023 : disregard2026

/** The parameter an earned-income disregard node reads, made once per month. */
const disregardParameters = (M: Month): ReadonlyArray<ParameterUse> => {
  let uses = M.traceParameters.get("earnedIncomeDisregard")
  if (uses === undefined) {
    const d = M.parameters.disregard
    const dis = d.value
    uses = [
      {
        name: "earnedIncomeDisregard",
        value: `${dis.rule} ${dis.maximum}${dis.adultsIncluded ? "" : dis.carersFeeIncluded ? " under18 carersFee" : " under18"}`,
        validFrom: d.validFrom,
        validTo: d.validTo,
        source: d.source,
        provisional: d.provisional
      }
    ]
    M.traceParameters.set("earnedIncomeDisregard", uses)
  }
  return uses
}

const lineRule = (cls: number): LineRuleId =>
  cls === NEXT_MONTH
    ? "income-counted-next-month"
    : cls === MINOR
      ? "minor-assistance"
      : cls === EARNED
        ? "earned-income"
        : cls === IncomeClass.counted
          ? "income-counted"
          : "income-not-counted"

/**
 * Every income line: checks it and counts it into `W.income`; applies the disregards and the children's caps.
 * Returns the counted income in total (cents), or FAIL.
 *
 * @since 0.2.0
 */
export const incomes = (app: Application, M: Month, W: Work, t: Tracer | undefined): number => {
  const list = app.incomes
  const m = list.length
  if (W.income.length < m) W.fitLines(m)
  const persons = W.persons
  const n = W.count
  const lines = W.income
  const owners = W.incomeOwner
  const classes = W.incomeClass
  const earnedOf = W.earned
  const earnerOf = W.earner
  for (let i = 0; i < n; i++) {
    earnedOf[i] = 0
    earnerOf[i] = 0
  }
  let minorCount = 0
  let anyEarner = false
  let childLines = 0
  let total = 0
  for (let k = 0; k < m; k++) {
    const inc = list[k]!
    const pi = personIndex(W, inc.personId)
    if (pi < 0) return W.fail(`incomes[${k}].personId`, "known-person", "The income must name a family member")
    if (inc.amount < 0)
      return W.fail(
        `incomes[${k}].amount`,
        "non-negative-amount",
        "An income cannot be negative (report it as net ≥ 0)"
      )
    const code = codeOf(incomeClassCodes, inc.kind)
    let cls: number = code >= 0 ? code : incomeClassOf[inc.kind]
    if (inc.occasional === true && cls !== IncomeClass.notCounted) cls = MINOR
    let next = inc.timing === "thisMonthsLastWorkingDay"
    if (inc.paidOn !== undefined) {
      const derived = timingFromPaymentDate(inc.paidOn, M.month, cls === EARNED)
      if (derived === undefined)
        return W.fail(
          `incomes[${k}].paidOn`,
          "paid-by-end-of-month",
          "An income of this month must be paid by the end of the month (and not before 2000)"
        )
      if (inc.timing !== undefined && inc.timing !== derived)
        return W.fail(`incomes[${k}].timing`, "timing-matches-payment-date", `The payment date implies ${derived}`)
      next = derived === "thisMonthsLastWorkingDay"
    }
    let amount: number = inc.amount
    if (next) {
      cls = NEXT_MONTH
      amount = 0
    } else if (cls === MINOR) minorCount++
    else if (cls === IncomeClass.notCounted) amount = 0
    else if (cls === EARNED) {
      anyEarner = true
      earnerOf[pi] = 1
      earnedOf[pi] = earnedOf[pi]! + amount
    }
    lines[k] = amount
    owners[k] = pi
    classes[k] = cls
    if (W.roles[pi] === CHILD) childLines++
    total += amount
  }
  const P = M.parameters
  if (t !== undefined) {
    // an array of its final length, and none when no line is left out (an array grown by push keeps room for more)
    let notCounted = 0
    for (let k = 0; k < m; k++) if (classes[k] === NEXT_MONTH || classes[k] === IncomeClass.notCounted) notCounted++
    if (notCounted > 0) {
      const items: Array<TraceItem> = new Array(notCounted)
      for (let k = 0, j = 0; k < m; k++)
        if (classes[k] === NEXT_MONTH || classes[k] === IncomeClass.notCounted)
          items[j++] =
            classes[k] === NEXT_MONTH
              ? { kind: list[k]!.kind, cents: smi(list[k]!.amount), nextMonth: true }
              : { kind: list[k]!.kind, cents: smi(list[k]!.amount) }
      t.node({
        ruleId: "income-not-counted",
        legal: legalNotCounted,
        parameters: noParameters,
        inputs: { lines: items },
        result: 0
      })
    }
  }

  // earned-income disregard per earner (11 § 3 mom), taken from that earner's lines in order
  if (anyEarner) {
    const d = P.disregard
    const dis = d.value
    // earners in the order of their first earned line
    for (let first = 0; first < m; first++) {
      const i = owners[first]!
      if (classes[first] !== EARNED || W.earner[i] !== 1) continue
      W.earner[i] = 2
      const earned = W.earned[i]!
      if (earned === 0 && t === undefined) continue
      const age = dis.adultsIncluded ? -1 : ageOf(i, M, W)
      const eligible = dis.adultsIncluded || age < 18
      // law 26/2026: an adult informal or family carer keeps the disregard on the carer's fee until 31.12.2027
      // (Yle 14.2.2026; provisional, `earnedIncomeDisregard`): only the `carersFee` lines, in order
      let carers = 0
      if (!eligible && dis.carersFeeIncluded)
        for (let k = first; k < m; k++)
          if (owners[k] === i && classes[k] === EARNED && list[k]!.kind === "carersFee") carers += lines[k]!
      const base = eligible ? earned : carers
      const amount =
        base === 0
          ? 0
          : dis.rule === "firstAmount"
            ? Math.min(base, dis.maximum)
            : Math.min(mulDivHalfUp(base, 200_000, 1_000_000), dis.maximum)
      let taken = 0
      if (amount > 0 && eligible) taken = takeUpTo(lines, m, owners, i, classes, EARNED, amount, "rest")
      else if (amount > 0)
        for (let k = first; k < m && taken < amount; k++)
          if (owners[k] === i && classes[k] === EARNED && list[k]!.kind === "carersFee") {
            const x = Math.min(lines[k]!, amount - taken)
            lines[k] = lines[k]! - x
            taken += x
          }
      total -= taken
      if (t !== undefined) {
        if (d.provisional) t.flag("earnedIncomeDisregardProvisional")
        t.node({
          ruleId: eligible || carers > 0 ? "earned-income-disregard" : "earned-income-no-disregard",
          legal: disregardLegalOnKey(M.lawDateKey),
          parameters: disregardParameters(M),
          inputs:
            carers > 0
              ? {
                  personId: persons[i]!.id,
                  earnedIncome: smi(earned),
                  age: ageOf(i, M, W),
                  carersFee: smi(carers),
                  disregard: smi(taken)
                }
              : { personId: persons[i]!.id, earnedIncome: smi(earned), age: ageOf(i, M, W), disregard: smi(taken) },
          result: smi(earned - taken)
        })
      }
    }
  }

  // occasional minor income and assistance of the family (11 § 2 mom 1 kohta)
  if (minorCount > 0) {
    const mm = P.minorAssistance
    const limit = mm === undefined ? 0 : n === 1 ? mm.value.singlePerson : mm.value.family
    let sum = 0
    if (t !== undefined) for (let k = 0; k < m; k++) if (classes[k] === MINOR) sum += lines[k]!
    const taken = limit === 0 ? 0 : takeUpTo(lines, m, owners, ANY, classes, MINOR, limit, "rest")
    total -= taken
    if (t !== undefined) {
      if (mm === undefined || mm.provisional) t.flag("minorAssistanceDisregardProvisional")
      t.node({
        ruleId: mm === undefined ? "minor-assistance-no-disregard" : "minor-assistance-disregard",
        legal: legalMinor,
        parameters:
          mm === undefined
            ? []
            : [
                {
                  name: "minorAssistanceDisregard",
                  value: limit,
                  validFrom: mm.validFrom,
                  validTo: mm.validTo,
                  source: mm.source,
                  provisional: mm.provisional
                }
              ],
        inputs: { minorAssistance: smi(sum), familySize: n, disregard: smi(taken) },
        result: smi(sum - taken)
      })
    }
  }

  // a child's income only up to the child's own need (11 § 2 mom 2 kohta), line by line in order
  // the lines before the cap, for the trace, in the batch's scratch buffer (no copy allocated per decision)
  let beforeCap: Float64Array | undefined
  if (t !== undefined && W.children > 0) {
    beforeCap = W.incomeBefore
    for (let k = 0; k < m; k++) beforeCap[k] = lines[k]!
  }
  if (childLines > 0)
    for (let i = 0; i < n; i++) {
      if (W.roles[i] !== CHILD) continue
      let before = 0
      for (let k = 0; k < m; k++)
        if (owners[k] === i) {
          before += lines[k]!
          if (list[k]!.regular === false) lines[k] = 0
        }
      if (before === 0) continue
      const counted = takeUpTo(lines, m, owners, i, classes, ANY, W.need[i]!, "taken")
      W.need[i] = W.need[i]! - counted
      total -= before - counted
    }

  if (t !== undefined) {
    for (let k = 0; k < m; k++) t.line("incomes", k, smi(lines[k]!), lineRule(classes[k]!))
    if (beforeCap !== undefined)
      for (let k = 0; k < m; k++) {
        const before = beforeCap[k]!
        if (before === 0 || lines[k] === before || persons[owners[k]!]!.role !== "child") continue
        t.line("incomes", k, smi(lines[k]!), "child-income-cap")
        t.node({
          ruleId: "child-income-cap",
          legal: legalChild,
          parameters: noParameters,
          inputs: {
            personId: list[k]!.personId,
            kind: list[k]!.kind,
            amount: smi(before),
            regular: list[k]!.regular !== false
          },
          result: smi(lines[k]!)
        })
      }
    // an array of its final length (an array grown by push keeps room for more)
    let counted = 0
    for (let k = 0; k < m; k++) if (lines[k]! > 0) counted++
    const items: Array<TraceItem> = new Array(counted)
    for (let k = 0, j = 0; k < m; k++) if (lines[k]! > 0) items[j++] = { kind: list[k]!.kind, cents: smi(lines[k]!) }
    t.node({
      ruleId: "income-total",
      legal: legalTotal,
      parameters: noParameters,
      inputs: { lines: items },
      result: smi(total)
    })
  }
  return total
}
