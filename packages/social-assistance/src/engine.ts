/**
 * The calculation of basic social assistance for one family and one month (Act 1412/1997 6 §).
 *
 * @since 0.1.0
 */
import { LocalDate, Money, type ParameterNotInForce, RuleViolation } from "@osallistava/core"
import * as Result from "effect/Result"
import {
  type Application,
  cappedHousingKinds,
  countedIncomeKinds,
  type ExpenseKind,
  earnedIncomeKinds,
  type IncomeKind
} from "./application.js"
import type { AmountLine, BasicAmountLine, Decision, ExplanationNode, ParameterRead } from "./decision.js"
import { timingFromPaymentDate } from "./income-timing.js"
import { kindLabel } from "./labels.js"
import { type Dated, lookup } from "./parameters/dated.js"
import { housingLimit } from "./parameters/housing-limits.js"
import * as T from "./parameters/tables.js"

/** @since 0.1.0 */
export type CalculationError = RuleViolation | ParameterNotInForce

/** @since 0.1.0 */
export type Category = BasicAmountLine["category"]

type Cents = Money.EuroCents
const c = (n: number): Cents => n as Cents
const s = Money.toDecimalString
const f = (n: number, lang: "fi" | "sv" | "en") => Money.format(c(n), lang)
const pctText = (p: Money.Percentage) => Money.percentageToString(p)

const capped: ReadonlySet<string> = new Set(cappedHousingKinds)
const counted: ReadonlySet<string> = new Set(countedIncomeKinds)
const earned: ReadonlySet<string> = new Set(earnedIncomeKinds)

/**
 * Category labels. Swedish wording follows Lag om utkomststöd 1412/1997 9 § (finlex-data data/asd/sv/1997/asd19971412.xml:
 * "andra personer över 18 år", "personer över 18 år som bor tillsammans med sina föräldrar", "barn mellan 10 och 17 år",
 * "barn under 10 år", "ensamförsörjare"); "ensamboende" is the project glossary term for 9 § 1 mom 1 punkten.
 *
 * @since 0.1.0
 */
export const categoryLabels: Readonly<Record<Category, { fi: string; sv: string; en: string }>> = {
  livingAlone: { fi: "yksin asuva", sv: "ensamboende", en: "person living alone" },
  singleParent: { fi: "yksinhuoltaja", sv: "ensamförsörjare", en: "single parent" },
  otherAdult: {
    fi: "muu 18 vuotta täyttänyt",
    sv: "annan person över 18 år",
    en: "other person aged 18 or over"
  },
  adultWithParents: {
    fi: "vanhempansa luona asuva 18 vuotta täyttänyt",
    sv: "person över 18 år som bor tillsammans med sina föräldrar",
    en: "person aged 18 or over living with parents"
  },
  child10to17: { fi: "10–17-vuotias lapsi", sv: "barn mellan 10 och 17 år", en: "child aged 10–17" },
  childUnder10: { fi: "alle 10-vuotias lapsi", sv: "barn under 10 år", en: "child under 10" }
}

const read = <A>(name: string, d: Dated<A>, value: string): ParameterRead => ({
  name,
  value,
  validFrom: d.validFrom,
  validTo: d.validTo,
  source: d.source,
  provisional: d.provisional
})

const fail = (at: string, rule: string, detail: string) => Result.fail(new RuleViolation({ at, rule, detail }))

/** Sections whose numbering changed with law 1023/2022 (in force 1.1.2023). */
const sections = (date: string) =>
  date < "2023-01-01"
    ? {
        basic: "1412/1997 7 a §, 9 §",
        other: "1412/1997 7 b § (815/2015)",
        housing: "1412/1997 7 b § 1 mom 1 kohta (815/2015)"
      }
    : date < "2024-04-01"
      ? { basic: "1412/1997 7 §, 9 §", other: "1412/1997 7 b § (1023/2022)", housing: "1412/1997 7 a § (1023/2022)" }
      : { basic: "1412/1997 7 §, 9 §", other: "1412/1997 7 b §", housing: "1412/1997 7 a § (1242/2023)" }

/**
 * Precomputed parameters for one month; reused across a batch.
 *
 * @since 0.1.0
 */
export interface MonthParameters {
  readonly date: string
  readonly single: Dated<number>
  readonly percentages: Dated<T.CategoryPercentages>
  readonly disregard: Dated<T.EarnedIncomeDisregard>
  readonly minorAssistance: Dated<T.MinorAssistanceDisregard> | undefined
  readonly coeliac: Dated<{ readonly amount: number; readonly minimumAge: number }> | undefined
  readonly moving: Dated<{ readonly short: number; readonly long: number }>
  readonly reductions: Dated<T.ReductionRegime>
  readonly housing: Dated<T.HousingLimitRegime>
}

/**
 * Looks up every parameter in force in `month` (`YYYY-MM`). Fails with `ParameterNotInForce` if a required one is missing.
 *
 * @since 0.1.0
 */
export const parametersFor = (month: string): Result.Result<MonthParameters, ParameterNotInForce> => {
  const date = `${month}-01`
  const single = lookup(T.basicAmountSingle, date)
  if (Result.isFailure(single)) return Result.fail(single.failure)
  const percentages = lookup(T.categoryPercentages, date)
  if (Result.isFailure(percentages)) return Result.fail(percentages.failure)
  const disregard = lookup(T.earnedIncomeDisregard, date)
  if (Result.isFailure(disregard)) return Result.fail(disregard.failure)
  const moving = lookup(T.movingAllowance, date)
  if (Result.isFailure(moving)) return Result.fail(moving.failure)
  const reductions = lookup(T.reductionRegimes, date)
  if (Result.isFailure(reductions)) return Result.fail(reductions.failure)
  const housing = lookup(T.housingLimitRegimes, date)
  if (Result.isFailure(housing)) return Result.fail(housing.failure)
  const minor = lookup(T.minorAssistanceDisregard, date)
  const coeliac = lookup(T.coeliacDietAllowance, date)
  return Result.succeed({
    date,
    single: single.success,
    percentages: percentages.success,
    disregard: disregard.success,
    minorAssistance: Result.isSuccess(minor) ? minor.success : undefined,
    coeliac: Result.isSuccess(coeliac) ? coeliac.success : undefined,
    moving: moving.success,
    reductions: reductions.success,
    housing: housing.success
  })
}

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1

/**
 * Calculates the decision with precomputed month parameters (used by `calculate` and `calculateBatch`).
 *
 * @since 0.1.0
 */
export const calculateWith = (app: Application, P: MonthParameters): Result.Result<Decision, CalculationError> => {
  const date = P.date
  const sec = sections(date)
  const explanation: Array<ExplanationNode> = []
  const flags: Array<string> = []
  const pct = P.percentages.value

  // ---- family and categories (3 §, 9 §) ----
  const ids = new Set<string>()
  let applicants = 0
  let spouses = 0
  for (let i = 0; i < app.persons.length; i++) {
    const p = app.persons[i]!
    if (ids.has(p.id)) return fail(`persons[${i}].id`, "unique-person-id", "Person ids must be unique")
    ids.add(p.id)
    if (p.birthDate > date) return fail(`persons[${i}].birthDate`, "born-before-month", "Birth date after the month")
    if (p.role === "applicant") applicants++
    if (p.role === "spouse") spouses++
    if (p.role === "child" && LocalDate.ageOn(p.birthDate as LocalDate.LocalDate, date as LocalDate.LocalDate) >= 18)
      return fail(
        `persons[${i}].role`,
        "child-under-18",
        "A child aged 18 or over is not a family member (3 §); they apply as a separate family"
      )
  }
  if (applicants !== 1) return fail("persons", "one-applicant", "Exactly one person must have the role applicant")
  if (spouses > 1) return fail("persons", "at-most-one-spouse", "At most one spouse")
  const children = app.persons
    .filter((p) => p.role === "child")
    .slice()
    .sort((a, b) => (a.birthDate < b.birthDate ? -1 : a.birthDate > b.birthDate ? 1 : a.id < b.id ? -1 : 1))
  const rankOf = new Map<string, number>()
  for (const [i, ch] of children.entries()) rankOf.set(ch.id, i + 1)
  const hasSpouse = spouses === 1

  const singleRead = read("basicAmountSingle", P.single, s(c(P.single.value)))
  const basicLines: Array<BasicAmountLine> = []
  const basicByPerson = new Map<string, number>()
  const ageOf = new Map<string, number>()
  for (const p of app.persons) {
    const age = LocalDate.ageOn(p.birthDate as LocalDate.LocalDate, date as LocalDate.LocalDate)
    ageOf.set(p.id, age)
    let category: Category
    let percentage: Money.Percentage
    let rank: number | null = null
    if (p.role === "child") {
      category = age >= 10 ? "child10to17" : "childUnder10"
      rank = rankOf.get(p.id) ?? 1
      const b = age >= 10 ? pct.child10to17 : pct.childUnder10
      percentage =
        rank === 1
          ? b
          : rank === 2
            ? Money.subtractPoints(b, pct.secondChildStep)
            : Money.subtractPoints(b, pct.laterChildStep)
    } else if (hasSpouse) {
      category = "otherAdult"
      percentage = pct.otherAdult
    } else if (children.length > 0) {
      category = "singleParent"
      percentage = pct.singleParent
    } else if (p.livingWithParents === true) {
      category = "adultWithParents"
      percentage = pct.adultWithParents
    } else {
      category = "livingAlone"
      percentage = pct.livingAlone
    }
    const full = Money.multiplyByPercentage(c(P.single.value), percentage, "half-up")
    let share = full
    const shareNotes: Array<string> = []
    if (p.role === "child" && p.alternatingResidence === true) {
      share = Money.multiplyByFraction(share, 1, 2, "half-up")
      shareNotes.push("alternatingResidence=1/2")
    }
    if (app.days !== undefined && app.days < 30) {
      share = Money.multiplyByFraction(share, app.days, 30, "half-up")
      shareNotes.push(`days=${app.days}/30`)
    }
    basicByPerson.set(p.id, share)
    const label = categoryLabels[category]
    const rankText = rank === null ? "" : ` (${rank}.)`
    explanation.push({
      ruleId: "basic-amount",
      section: `${sec.basic}; ${pct.section}`,
      parameters: [
        singleRead,
        read("categoryPercentages", P.percentages, `${category}${rankText} ${pctText(percentage)} %`)
      ],
      inputs: {
        personId: p.id,
        role: p.role,
        ageOnFirstDayOfMonth: String(age),
        ...(shareNotes.length ? { share: shareNotes.join(", ") } : {})
      },
      result: s(share),
      text: {
        fi: `Perusosa, ${label.fi}${rank === null ? "" : `, sisarussarjan ${rank}. lapsi`}: ${pctText(percentage)} % × ${f(P.single.value, "fi")} = ${f(full, "fi")}${shareNotes.length ? ` (${shareNotes.includes("alternatingResidence=1/2") ? "vuoroasuminen, puolet" : ""}${app.days !== undefined && app.days < 30 ? ` ${app.days}/30 päivää` : ""}) → ${f(share, "fi")}` : ""}.`,
        sv: `Grunddel, ${label.sv}${rank === null ? "" : `, ${rank}:a barnet i syskonskaran`}: ${pctText(percentage)} % × ${f(P.single.value, "sv")} = ${f(full, "sv")}${shareNotes.length ? ` (${shareNotes.includes("alternatingResidence=1/2") ? "växelvis boende, hälften" : ""}${app.days !== undefined && app.days < 30 ? ` ${app.days}/30 dagar` : ""}) → ${f(share, "sv")}` : ""}.`,
        en: `Basic amount, ${label.en}${rank === null ? "" : `, child no. ${rank} by age`}: ${pctText(percentage)} % × ${f(P.single.value, "en")} = ${f(full, "en")}${shareNotes.length ? ` (${shareNotes.includes("alternatingResidence=1/2") ? "alternating residence, half" : ""}${app.days !== undefined && app.days < 30 ? ` ${app.days}/30 days` : ""}) → ${f(share, "en")}` : ""}.`
      }
    })
    basicLines.push({
      personId: p.id,
      category,
      siblingRank: rank,
      percentage: pctText(percentage),
      fullAmount: s(full),
      share: s(share),
      reduction: "0.00",
      accepted: s(share),
      acceptedCents: share
    })
  }

  // ---- reductions (10 §) ----
  const reductions = app.reductions ?? []
  const regime = P.reductions.value
  for (let i = 0; i < reductions.length; i++) {
    const r = reductions[i]!
    const at = `reductions[${i}]`
    const lineIndex = basicLines.findIndex((l) => l.personId === r.personId)
    if (lineIndex < 0) return fail(`${at}.personId`, "known-person", "The reduction must name a family member")
    const allowed = regime.grounds.find((g) => g.ground === r.ground)
    if (allowed === undefined)
      return fail(`${at}.ground`, "ground-in-force", `This ground is not in force in ${app.month} (${regime.section})`)
    if (!allowed.percentages.includes(r.percentage))
      return fail(`${at}.percentage`, "percentage-for-ground", `Allowed: ${allowed.percentages.join(" or ")} %`)
    const monthNo = r.monthOfReduction ?? 1
    const limited = date < "2026-02-01" || r.ground === "unemploymentBenefitSanction"
    if (limited && monthNo > regime.maxMonths)
      return fail(
        `${at}.monthOfReduction`,
        "maximum-duration",
        `At most ${regime.maxMonths} months at a time (${regime.section})`
      )
    if (r.ground === "unemploymentBenefitSanction" && r.percentage === 40 && monthNo < 2)
      return fail(
        `${at}.percentage`,
        "sanction-first-month-20",
        "20 % in the first month, 40 % only after it (law 26/2026)"
      )
    if (date < "2026-02-01" && r.percentage === 40 && r.safeguards.serviceNeedAssessmentRefused !== true)
      return fail(
        `${at}.safeguards.serviceNeedAssessmentRefused`,
        "forty-percent-needs-assessment-refusal",
        "A 40 % reduction needs a refused service-need assessment (10 § 2 mom, 10 a § 3 mom)"
      )
    const line = basicLines[lineIndex]!
    if (P.reductions.provisional) flags.push("reductionRegimeProvisional")
    const base = line.acceptedCents
    const safe = r.safeguards.minimumSubsistenceNotEndangered && r.safeguards.notOtherwiseUnreasonable
    // The reduced basic amount is base × (100 − p) % rounded half-up per person, like every basic amount
    // (social-assistance.md §5: 578.43 × 0.5 = 289.22); the reduction is the difference. Same as rounding the
    // reduction for 20 % and 40 %; for 50 % of an odd-cent amount the half cent stays with the person.
    const acceptedAfter = safe
      ? (Money.multiplyByPercentage(c(base), Money.percent(100 - r.percentage), "half-up") as number)
      : base
    const amount = base - acceptedAfter
    basicLines[lineIndex] = {
      ...line,
      reduction: s(c(amount)),
      accepted: s(c(acceptedAfter)),
      acceptedCents: acceptedAfter
    }
    basicByPerson.set(r.personId, acceptedAfter)
    explanation.push({
      ruleId: safe ? "basic-amount-reduction" : "basic-amount-reduction-not-applied",
      section: regime.section,
      parameters: [read("reductionRegimes", P.reductions, `${r.ground} ${r.percentage} %`)],
      inputs: {
        personId: r.personId,
        ground: r.ground,
        percentage: String(r.percentage),
        monthOfReduction: String(monthNo),
        minimumSubsistenceNotEndangered: String(r.safeguards.minimumSubsistenceNotEndangered),
        notOtherwiseUnreasonable: String(r.safeguards.notOtherwiseUnreasonable)
      },
      result: s(c(amount)),
      text: safe
        ? {
            fi: `Perusosan alentaminen ${r.percentage} % (peruste: ${r.ground}) koskee vain henkilön ${r.personId} perusosaa: −${f(amount, "fi")}.`,
            sv: `Sänkning av grunddelen med ${r.percentage} % (grund: ${r.ground}) gäller endast grunddelen för person ${r.personId}: −${f(amount, "sv")}.`,
            en: `Reduction of the basic amount by ${r.percentage} % (ground: ${r.ground}) applies only to the basic amount of person ${r.personId}: −${f(amount, "en")}.`
          }
        : {
            fi: "Perusosaa ei alenneta, koska alentaminen vaarantaisi ihmisarvoisen elämän edellyttämän vähimmäisturvan tai olisi muuten kohtuutonta.",
            sv: "Grunddelen sänks inte, eftersom sänkningen skulle äventyra den trygghet som ett människovärdigt liv förutsätter eller annars vara oskälig.",
            en: "The basic amount is not reduced: the reduction would endanger the minimum needed for a life of dignity or be otherwise unreasonable."
          }
    })
  }
  const basicTotal = basicLines.reduce((a, l) => a + l.acceptedCents, 0)

  // ---- other basic expenses (7 a §, 7 b §) ----
  const expenseLines: Array<AmountLine> = []
  const expenseByPerson = new Map<string, number>()
  const cappedIdx: Array<number> = []
  for (let i = 0; i < app.expenses.length; i++) {
    const e = app.expenses[i]!
    const at = `expenses[${i}]`
    if (e.personId !== undefined && !ids.has(e.personId))
      return fail(`${at}.personId`, "known-person", "The expense must name a family member")
    if (e.amount < 0) return fail(`${at}.amount`, "non-negative-amount", "An expense cannot be negative")
    let accepted = e.amount as number
    let ruleId = capped.has(e.kind) ? "housing-cost" : "other-basic-expense"
    const kind: ExpenseKind = e.kind
    if (e.compensatedElsewhere === true) {
      accepted = 0
      ruleId = "compensated-elsewhere"
    } else if (kind === "movingAllowance") {
      if (e.distance === undefined)
        return fail(`${at}.distance`, "moving-distance", "The moving allowance needs distance short or long")
      accepted = e.distance === "short" ? P.moving.value.short : P.moving.value.long
      if (P.moving.provisional) flags.push("movingAllowanceDateProvisional")
      ruleId = "moving-allowance"
      explanation.push({
        ruleId,
        section: sec.housing,
        parameters: [read("movingAllowance", P.moving, `${e.distance} ${s(c(accepted))}`)],
        inputs: { distance: e.distance },
        result: s(c(accepted)),
        text: {
          fi: `Itse järjestetyn muuton muuttoraha (${e.distance === "short" ? "lyhyt matka" : "pitkä matka"}): ${f(accepted, "fi")}.`,
          sv: `Flyttningspenning för en flytt som sökanden själv ordnat (${e.distance === "short" ? "kort avstånd" : "långt avstånd"}): ${f(accepted, "sv")}.`,
          en: `Moving allowance for a self-organised move (${e.distance === "short" ? "short distance" : "long distance"}): ${f(accepted, "en")}.`
        }
      })
    } else if (kind === "coeliacDiet") {
      const person = app.persons.find((p) => p.id === e.personId)
      if (person === undefined)
        return fail(`${at}.personId`, "coeliac-person", "The coeliac diet line must name a family member")
      const age = ageOf.get(person.id) ?? 0
      const ok = P.coeliac !== undefined && person.coeliacDisease === true && age >= P.coeliac.value.minimumAge
      accepted = ok && P.coeliac !== undefined ? P.coeliac.value.amount : 0
      ruleId = ok ? "coeliac-diet" : "coeliac-diet-not-accepted"
      explanation.push({
        ruleId,
        section: "1412/1997 7 b § 2 mom (847/2024)",
        parameters:
          P.coeliac === undefined ? [] : [read("coeliacDietAllowance", P.coeliac, s(c(P.coeliac.value.amount)))],
        inputs: { personId: person.id, coeliacDisease: String(person.coeliacDisease === true), age: String(age) },
        result: s(c(accepted)),
        text: ok
          ? {
              fi: `Keliakiaruokavalion kustannukset (${person.id}): ${f(accepted, "fi")}/kk.`,
              sv: `Kostnader för glutenfri diet vid celiaki (${person.id}): ${f(accepted, "sv")}/mån.`,
              en: `Coeliac diet costs (${person.id}): ${f(accepted, "en")}/month.`
            }
          : {
              fi: "Keliakiaruokavalion kustannuksia ei hyväksytä (ei voimassa kuukaudella, ei diagnoosia tai alle 16-vuotias).",
              sv: "Kostnader för glutenfri diet godkänns inte (inte i kraft för månaden, ingen diagnos eller under 16 år).",
              en: "Coeliac diet costs not accepted (not in force in the month, no diagnosis or under 16)."
            }
      })
    }
    if (capped.has(kind) && e.compensatedElsewhere !== true) cappedIdx.push(i)
    expenseLines.push({
      kind,
      personId: e.personId ?? null,
      claimed: s(e.amount),
      accepted: s(c(accepted)),
      acceptedCents: accepted,
      ruleId
    })
    if (e.personId !== undefined) expenseByPerson.set(e.personId, (expenseByPerson.get(e.personId) ?? 0) + accepted)
  }

  // housing-cost cap
  const housingTotal = cappedIdx.reduce((a, i) => a + expenseLines[i]!.acceptedCents, 0)
  const hr = P.housing.value
  if (cappedIdx.length > 0) {
    if (hr.annex === null) {
      explanation.push({
        ruleId: "housing-cost-necessary-size",
        section: hr.section,
        parameters: [read("housingLimitRegimes", P.housing, "no decree limit")],
        inputs: { housingCosts: s(c(housingTotal)) },
        result: s(c(housingTotal)),
        text: {
          fi: `Asumismenot ${f(housingTotal, "fi")} hyväksytään tarpeellisen suuruisina (kuntakohtaisia enimmäismääriä ei ollut ennen 1.4.2024).`,
          sv: `Boendeutgifterna ${f(housingTotal, "sv")} godkänns till nödvändigt belopp (kommunvisa maximibelopp fanns inte före 1.4.2024).`,
          en: `Housing costs of ${f(housingTotal, "en")} are accepted at their necessary amount (no municipal limits before 1 April 2024).`
        }
      })
    } else {
      const lim = housingLimit(app.municipality, hr.annex, app.persons.length)
      if (Result.isFailure(lim)) return Result.fail(lim.failure)
      const limit = lim.success.limitCents
      if (P.housing.provisional) flags.push("housingLimit2026Provisional")
      if (lim.success.fallbackFromAnnex !== undefined) flags.push("housingLimitPreviousAnnexFallback")
      const hd = app.housingDirection
      let acceptedHousing = housingTotal
      let state: string
      if (housingTotal <= limit) state = "withinLimit"
      else if (hd?.specialGround !== undefined) state = "specialGround"
      else if (hd?.directedInMonth === undefined) {
        state = "directionRequired"
        flags.push("housingDirectionRequired")
      } else {
        // PROVISIONAL CHOICE: the direction month counts as month 1 of the 3-month period (7 a § 4 mom, 1242/2023):
        // directed in April → April, May, June in full, July capped. Alternative: count the period from the day of
        // the direction under Act 150/1930 (10 April → 10 July) and accept every month that the period touches in
        // full, which caps from August (one month later). The statute says only "Hakijalle on annettava kolmen
        // kuukauden määräaika … Kansaneläkelaitoksen tulee ottaa tuensaajan asumismenot huomioon täysimääräisinä tämän
        // määräajan … Määräajan jälkeen … hyväksytään [the municipal limit]"; Kela's releases (13.12.2023, 22.4.2024)
        // say only "within three months"; HE 58/2023 / StVM 13/2023 as retrieved and SISU (annual 3/12 weighting in
        // TOIMTUKIlakimakrot.sas AsumMenoRajat) give no month rule; the etuusohje text was not found. The input holds
        // a month, not a date. Mirrored in fast.ts; listed in the README's provisional points.
        const endIndex = monthIndex(hd.directedInMonth) + hr.directionMonths + (hd.extensionMonths ?? 0)
        if (monthIndex(app.month) < endIndex) state = "directionPeriod"
        else {
          state = "capped"
          acceptedHousing = limit
        }
      }
      if (state === "capped") {
        let remaining = limit
        for (const i of cappedIdx) {
          const l = expenseLines[i]!
          const take = Math.min(l.acceptedCents, remaining)
          remaining -= take
          expenseLines[i] = { ...l, accepted: s(c(take)), acceptedCents: take, ruleId: "housing-cost-capped" }
        }
      }
      const sizeText = String(lim.success.householdSize)
      const texts: Record<string, { fi: string; sv: string; en: string }> = {
        withinLimit: {
          fi: `Asumismenot ${f(housingTotal, "fi")} ovat enintään kunnan ${lim.success.municipality} enimmäismäärän ${f(limit, "fi")} (${sizeText} hlö) suuruiset ja hyväksytään.`,
          sv: `Boendeutgifterna ${f(housingTotal, "sv")} överstiger inte kommunens (${lim.success.municipality}) maximibelopp ${f(limit, "sv")} (${sizeText} pers.) och godkänns.`,
          en: `Housing costs of ${f(housingTotal, "en")} do not exceed the limit for ${lim.success.municipality} of ${f(limit, "en")} (${sizeText} persons) and are accepted.`
        },
        specialGround: {
          fi: `Asumismenot ${f(housingTotal, "fi")} ylittävät enimmäismäärän ${f(limit, "fi")}, mutta ne hyväksytään täysimääräisinä erityisen perusteen (${hd?.specialGround}) vuoksi.`,
          sv: `Boendeutgifterna ${f(housingTotal, "sv")} överstiger maximibeloppet ${f(limit, "sv")}, men godkänns till fullt belopp på grund av ett särskilt skäl (${hd?.specialGround}).`,
          en: `Housing costs of ${f(housingTotal, "en")} exceed the limit of ${f(limit, "en")} but are accepted in full on a special ground (${hd?.specialGround}).`
        },
        directionRequired: {
          fi: `Asumismenot ${f(housingTotal, "fi")} ylittävät enimmäismäärän ${f(limit, "fi")}. Hakija ohjataan hankkimaan edullisempi asunto; menot hyväksytään täysimääräisinä ${hr.directionMonths} kuukauden määräajan.`,
          sv: `Boendeutgifterna ${f(housingTotal, "sv")} överstiger maximibeloppet ${f(limit, "sv")}. Sökanden hänvisas att skaffa en billigare bostad; utgifterna godkänns till fullt belopp under en tidsfrist på ${hr.directionMonths} månader.`,
          en: `Housing costs of ${f(housingTotal, "en")} exceed the limit of ${f(limit, "en")}. The applicant is directed to find a cheaper home; the costs are accepted in full for a period of ${hr.directionMonths} months.`
        },
        directionPeriod: {
          fi: `Asumismenot ${f(housingTotal, "fi")} ylittävät enimmäismäärän ${f(limit, "fi")}, mutta ne hyväksytään täysimääräisinä määräajan aikana (ohjaus ${hd?.directedInMonth}).`,
          sv: `Boendeutgifterna ${f(housingTotal, "sv")} överstiger maximibeloppet ${f(limit, "sv")}, men godkänns till fullt belopp under tidsfristen (hänvisning ${hd?.directedInMonth}).`,
          en: `Housing costs of ${f(housingTotal, "en")} exceed the limit of ${f(limit, "en")} but are accepted in full during the direction period (directed ${hd?.directedInMonth}).`
        },
        capped: {
          fi: `Määräaika edullisemman asunnon hankkimiseksi on päättynyt: asumismenoista hyväksytään kunnan enimmäismäärä ${f(limit, "fi")} (${sizeText} hlö); ylittävä osa ${f(housingTotal - limit, "fi")} jää hyväksymättä.`,
          sv: `Tidsfristen för att skaffa en billigare bostad har gått ut: av boendeutgifterna godkänns kommunens maximibelopp ${f(limit, "sv")} (${sizeText} pers.); den överskjutande delen ${f(housingTotal - limit, "sv")} godkänns inte.`,
          en: `The period to find a cheaper home has ended: housing costs are accepted up to the municipal limit of ${f(limit, "en")} (${sizeText} persons); the excess of ${f(housingTotal - limit, "en")} is not accepted.`
        }
      }
      explanation.push({
        ruleId: `housing-cost-${state}`,
        section: hr.section,
        parameters: [
          read("housingLimitRegimes", P.housing, `annex ${hr.annex}, ${hr.directionMonths} months`),
          {
            name: `housingLimit[${lim.success.municipality}, ${sizeText}]`,
            value: s(c(limit)),
            validFrom: lim.success.validFrom,
            validTo: lim.success.validTo,
            source: lim.success.source,
            provisional: P.housing.provisional
          }
        ],
        inputs: {
          housingCosts: s(c(housingTotal)),
          householdSize: sizeText,
          ...(hd?.directedInMonth !== undefined ? { directedInMonth: hd.directedInMonth } : {}),
          ...(hd?.specialGround !== undefined ? { specialGround: hd.specialGround } : {})
        },
        result: s(c(acceptedHousing)),
        text: texts[state]!
      })
    }
  }
  const otherTotal = expenseLines.reduce((a, l) => a + l.acceptedCents, 0)
  const otherOnly = expenseLines.filter((l) => l.ruleId === "other-basic-expense")
  if (otherOnly.length > 0) {
    const sum = otherOnly.reduce((a, l) => a + l.acceptedCents, 0)
    explanation.push({
      ruleId: "other-basic-expense",
      section: sec.other,
      parameters: [],
      inputs: Object.fromEntries(otherOnly.map((l, i) => [`${i}:${l.kind}`, l.accepted])),
      result: s(c(sum)),
      text: {
        fi: `Muut perusmenot (${otherOnly.map((l) => kindLabel(l.kind, "fi")).join(", ")}) hyväksytään tarpeellisen suuruisina: ${f(sum, "fi")}.`,
        sv: `Övriga grundutgifter (${otherOnly.map((l) => kindLabel(l.kind, "sv")).join(", ")}) godkänns till nödvändigt belopp: ${f(sum, "sv")}.`,
        en: `Other basic expenses (${otherOnly.map((l) => kindLabel(l.kind, "en")).join(", ")}) are accepted at their necessary amount: ${f(sum, "en")}.`
      }
    })
  }

  // ---- income (11 §, 13 §) ----
  const incomeLines: Array<AmountLine> = []
  const earnedByPerson = new Map<string, Array<number>>()
  const minorIdx: Array<number> = []
  for (let i = 0; i < app.incomes.length; i++) {
    const inc = app.incomes[i]!
    if (!ids.has(inc.personId))
      return fail(`incomes[${i}].personId`, "known-person", "The income must name a family member")
    if (inc.amount < 0)
      return fail(`incomes[${i}].amount`, "non-negative-amount", "An income cannot be negative (report it as net ≥ 0)")
    const kind: IncomeKind = inc.kind
    let timing = inc.timing ?? "thisMonth"
    if (inc.paidOn !== undefined) {
      const derived = timingFromPaymentDate(inc.paidOn, app.month, earned.has(kind))
      if (derived === undefined)
        return fail(
          `incomes[${i}].paidOn`,
          "paid-by-end-of-month",
          "An income of this month must be paid by the end of the month (and not before 2000)"
        )
      if (inc.timing !== undefined && inc.timing !== derived)
        return fail(`incomes[${i}].timing`, "timing-matches-payment-date", `The payment date implies ${derived}`)
      timing = derived
    }
    let amount = inc.amount as number
    let ruleId = "income-counted"
    if (timing === "thisMonthsLastWorkingDay") {
      amount = 0
      ruleId = "income-counted-next-month"
    } else if (kind === "minorAssistance") {
      ruleId = "minor-assistance"
      minorIdx.push(i)
    } else if (!counted.has(kind)) {
      amount = 0
      ruleId = "income-not-counted"
    } else if (earned.has(kind)) {
      ruleId = "earned-income"
      const list = earnedByPerson.get(inc.personId) ?? []
      list.push(i)
      earnedByPerson.set(inc.personId, list)
    }
    incomeLines.push({
      kind,
      personId: inc.personId,
      claimed: s(inc.amount),
      accepted: s(c(amount)),
      acceptedCents: amount,
      ruleId
    })
  }
  const notCountedLines = incomeLines.filter(
    (l) => l.ruleId === "income-not-counted" || l.ruleId === "income-counted-next-month"
  )
  if (notCountedLines.length > 0)
    explanation.push({
      ruleId: "income-not-counted",
      section: "1412/1997 11 § 2 mom, 13 §",
      parameters: [],
      inputs: Object.fromEntries(notCountedLines.map((l, i) => [`${i}:${l.kind}`, l.claimed])),
      result: "0.00",
      text: {
        fi: `Tuloina ei oteta huomioon: ${notCountedLines.map((l) => `${kindLabel(l.kind, "fi")} ${f(Money.parse(l.claimed).pipe(Result.getOrElse(() => c(0))), "fi")}${l.ruleId === "income-counted-next-month" ? " (huomioidaan seuraavana kuukautena)" : ""}`).join(", ")}.`,
        sv: `Som inkomst beaktas inte: ${notCountedLines.map((l) => `${kindLabel(l.kind, "sv")} ${f(Money.parse(l.claimed).pipe(Result.getOrElse(() => c(0))), "sv")}${l.ruleId === "income-counted-next-month" ? " (beaktas följande månad)" : ""}`).join(", ")}.`,
        en: `Not counted as income: ${notCountedLines.map((l) => `${kindLabel(l.kind, "en")} ${f(Money.parse(l.claimed).pipe(Result.getOrElse(() => c(0))), "en")}${l.ruleId === "income-counted-next-month" ? " (counted next month)" : ""}`).join(", ")}.`
      }
    })

  // earned-income disregard per earner
  const dis = P.disregard.value
  for (const [personId, idxs] of earnedByPerson) {
    const total = idxs.reduce((a, i) => a + incomeLines[i]!.acceptedCents, 0)
    const age = ageOf.get(personId) ?? 0
    const eligible = dis.adultsIncluded || age < 18
    const disregard = !eligible
      ? 0
      : dis.rule === "firstAmount"
        ? Math.min(total, dis.maximum)
        : Math.min(Money.multiplyByPercentage(c(total), Money.percent(20), "half-up"), dis.maximum)
    if (P.disregard.provisional) flags.push("earnedIncomeDisregardProvisional")
    let left = disregard
    for (const i of idxs) {
      const l = incomeLines[i]!
      const take = Math.min(l.acceptedCents, left)
      left -= take
      const v = l.acceptedCents - take
      incomeLines[i] = { ...l, accepted: s(c(v)), acceptedCents: v }
    }
    explanation.push({
      ruleId: "earned-income-disregard",
      section: dis.section,
      parameters: [
        read(
          "earnedIncomeDisregard",
          P.disregard,
          `${dis.rule === "firstAmount" ? "first" : "20 %, max"} ${s(c(dis.maximum))}${dis.adultsIncluded ? "" : ", under 18 only"}`
        )
      ],
      inputs: { personId, earnedIncome: s(c(total)), age: String(age) },
      result: s(c(total - disregard)),
      text: eligible
        ? {
            fi: `Ansiotuloista (${personId}) ${f(total, "fi")} jätetään huomioon ottamatta ${f(disregard, "fi")} (ansiotulovähennys); tulona huomioidaan ${f(total - disregard, "fi")}.`,
            sv: `Av förvärvsinkomsterna (${personId}) ${f(total, "sv")} lämnas ${f(disregard, "sv")} obeaktat (förvärvsinkomstavdrag); som inkomst beaktas ${f(total - disregard, "sv")}.`,
            en: `Of the earned income (${personId}) of ${f(total, "en")}, ${f(disregard, "en")} is disregarded (earned-income disregard); ${f(total - disregard, "en")} is counted.`
          }
        : {
            fi: `Ansiotulot (${personId}) ${f(total, "fi")} huomioidaan kokonaan: ansiotulovähennystä ei ole 18 vuotta täyttäneillä 1.3.2026 alkaen.`,
            sv: `Förvärvsinkomsterna (${personId}) ${f(total, "sv")} beaktas i sin helhet: förvärvsinkomstavdrag görs inte för personer som fyllt 18 år från 1.3.2026.`,
            en: `Earned income (${personId}) of ${f(total, "en")} is counted in full: no earned-income disregard for persons aged 18 or over from 1 March 2026.`
          }
    })
  }

  // minor gifts and assistance
  if (minorIdx.length > 0) {
    const total = minorIdx.reduce((a, i) => a + incomeLines[i]!.acceptedCents, 0)
    const m = P.minorAssistance
    const limit = m === undefined ? 0 : app.persons.length === 1 ? m.value.singlePerson : m.value.family
    const disregard = Math.min(total, limit)
    let left = disregard
    for (const i of minorIdx) {
      const l = incomeLines[i]!
      const take = Math.min(l.acceptedCents, left)
      left -= take
      const v = l.acceptedCents - take
      incomeLines[i] = { ...l, accepted: s(c(v)), acceptedCents: v }
    }
    if (m === undefined || m.provisional) flags.push("minorAssistanceDisregardProvisional")
    explanation.push({
      ruleId: m === undefined ? "minor-assistance-no-disregard" : "minor-assistance-disregard",
      section: "1412/1997 11 § 2 mom 1 kohta",
      parameters: m === undefined ? [] : [read("minorAssistanceDisregard", m, s(c(limit)))],
      inputs: { minorAssistance: s(c(total)), familySize: String(app.persons.length) },
      result: s(c(total - disregard)),
      text:
        m === undefined
          ? {
              fi: `Vähäisiä avustuksia ${f(total, "fi")} ei jätetä huomiotta (etuuskohtelu poistunut, lain 26/2026 mukaan; tulkinta alustava).`,
              sv: `Ringa understöd ${f(total, "sv")} lämnas inte obeaktade (förmånsbehandlingen slopad enligt lag 26/2026; preliminär tolkning).`,
              en: `Minor assistance of ${f(total, "en")} is counted in full (the preferential treatment ended under law 26/2026; provisional reading).`
            }
          : {
              fi: `Vähäisistä avustuksista ${f(total, "fi")} jätetään huomiotta ${f(disregard, "fi")}; tulona huomioidaan ${f(total - disregard, "fi")}.`,
              sv: `Av ringa understöd ${f(total, "sv")} lämnas ${f(disregard, "sv")} obeaktat; som inkomst beaktas ${f(total - disregard, "sv")}.`,
              en: `Of minor gifts and assistance of ${f(total, "en")}, ${f(disregard, "en")} is disregarded; ${f(total - disregard, "en")} is counted.`
            }
    })
  }

  // children's income capped at their own need (11 § 2 mom 2 kohta; assets: 12 § 2 mom 3 kohta).
  // PROVISIONAL CHOICE: the child's need is the child's own basic amount plus the expense lines assigned to the child
  // (personId); no per-capita share of the family's housing costs is added.
  // Alternative: add the child's share of the housing costs (housing ÷ family size). The statute (1218/2005) reads
  // "alle 18-vuotiaan lapsen säännöllisiä tuloja siltä osin kuin ne ylittävät hänen osaltaan 7 ja 7 c §:n nojalla
  // huomioon otettavat menot", and 7 § covers the basic amount and the other basic expenses, housing included, so the
  // wording allows a housing share; Kela's guideline (etuusohje) text on this was not found. Why this choice: Kela's
  // own statements point to the basic amount only — Kela benefit manager M.-L. Valkonen in Iltalehti 16.10.2017
  // (iltalehti.fi/kotimaa/201710162200463127_u0.shtml): "Jos säästöt ovat lapsen nimissä, niistä huomioidaan vain
  // Kelan määrittelemän perusosan verran"; Verkkouutiset 2017-02 (www.verkkouutiset.fi/talous/lahjaraha%20kela-61878): a
  // child's fund led Kela to withhold 341.52 €/month, i.e. exactly the 2017 child's basic amount (70 % × 487.89).
  // SISU (StatisticsFinland/mikrosimulointi SISU/MAKROT/TOIMTUKIlakimakrot.sas) does not model the cap.
  // Mirrored in fast.ts; listed under "Data and provisional points" in the README.
  const childCapLeft = new Map<string, number>()
  for (const ch of children)
    childCapLeft.set(ch.id, (basicByPerson.get(ch.id) ?? 0) + (expenseByPerson.get(ch.id) ?? 0))
  for (let i = 0; i < incomeLines.length; i++) {
    const l = incomeLines[i]!
    const left = l.personId === null ? undefined : childCapLeft.get(l.personId)
    if (left === undefined || l.acceptedCents === 0) continue
    const inc = app.incomes[i]!
    const v = inc.regular === false ? 0 : Math.min(l.acceptedCents, left)
    childCapLeft.set(l.personId!, left - v)
    if (v !== l.acceptedCents) {
      incomeLines[i] = { ...l, accepted: s(c(v)), acceptedCents: v, ruleId: "child-income-cap" }
      explanation.push({
        ruleId: "child-income-cap",
        section: "1412/1997 11 § 2 mom 2 kohta",
        parameters: [],
        inputs: { personId: l.personId!, kind: l.kind, amount: l.accepted, regular: String(inc.regular !== false) },
        result: s(c(v)),
        text: {
          fi: `Lapsen (${l.personId}) tulo ${kindLabel(l.kind, "fi")} huomioidaan vain lapsen omaan tarpeeseen asti: ${f(v, "fi")}.`,
          sv: `Barnets (${l.personId}) inkomst ${kindLabel(l.kind, "sv")} beaktas endast upp till barnets egna behov: ${f(v, "sv")}.`,
          en: `The child's (${l.personId}) income ${kindLabel(l.kind, "en")} is counted only up to the child's own need: ${f(v, "en")}.`
        }
      })
    }
  }
  const incomeTotal = incomeLines.reduce((a, l) => a + l.acceptedCents, 0)
  const countedLines = incomeLines.filter((l) => l.acceptedCents > 0)
  explanation.push({
    ruleId: "income-total",
    section: "1412/1997 11 §",
    parameters: [],
    inputs: Object.fromEntries(countedLines.map((l, i) => [`${i}:${l.kind}`, l.accepted])),
    result: s(c(incomeTotal)),
    text: {
      fi: `Huomioon otettavat tulot yhteensä ${f(incomeTotal, "fi")}${countedLines.length ? ` (${countedLines.map((l) => `${kindLabel(l.kind, "fi")} ${f(l.acceptedCents, "fi")}`).join(", ")})` : ""}.`,
      sv: `Inkomster som beaktas sammanlagt ${f(incomeTotal, "sv")}${countedLines.length ? ` (${countedLines.map((l) => `${kindLabel(l.kind, "sv")} ${f(l.acceptedCents, "sv")}`).join(", ")})` : ""}.`,
      en: `Counted income in total ${f(incomeTotal, "en")}${countedLines.length ? ` (${countedLines.map((l) => `${kindLabel(l.kind, "en")} ${f(l.acceptedCents, "en")}`).join(", ")})` : ""}.`
    }
  })

  // ---- assets (12 §) ----
  const assetLines: Array<AmountLine> = []
  const assets = app.assets ?? []
  for (let i = 0; i < assets.length; i++) {
    const a = assets[i]!
    if (a.personId !== undefined && !ids.has(a.personId))
      return fail(`assets[${i}].personId`, "known-person", "The asset must name a family member")
    if (a.amount < 0) return fail(`assets[${i}].amount`, "non-negative-amount", "An asset cannot be negative")
    let v = a.immediatelyAvailable ? (a.amount as number) : 0
    let ruleId = a.immediatelyAvailable ? "asset-available" : "asset-realisation-period"
    const left = a.personId === undefined ? undefined : childCapLeft.get(a.personId)
    if (left !== undefined && v > left) {
      v = left
      ruleId = "child-asset-cap"
    }
    if (left !== undefined) childCapLeft.set(a.personId!, left - v)
    assetLines.push({
      kind: a.kind,
      personId: a.personId ?? null,
      claimed: s(a.amount),
      accepted: s(c(v)),
      acceptedCents: v,
      ruleId
    })
  }
  const assetTotal = assetLines.reduce((a, l) => a + l.acceptedCents, 0)
  if (assetLines.length > 0) {
    const pending = assetLines.filter((l) => l.ruleId === "asset-realisation-period")
    explanation.push({
      ruleId: "assets",
      section: "1412/1997 12 §",
      parameters: [],
      inputs: Object.fromEntries(assetLines.map((l, i) => [`${i}:${l.kind}`, l.claimed])),
      result: s(c(assetTotal)),
      text: {
        fi: `Heti käytettävissä olevat varat ${f(assetTotal, "fi")} otetaan huomioon.${pending.length ? ` Muille varoille (${pending.map((l) => kindLabel(l.kind, "fi")).join(", ")}) annetaan aika niiden realisoimiseksi.` : ""}`,
        sv: `Tillgångar som står till omedelbart förfogande, ${f(assetTotal, "sv")}, beaktas.${pending.length ? ` För övriga tillgångar (${pending.map((l) => kindLabel(l.kind, "sv")).join(", ")}) ges tid för realisering.` : ""}`,
        en: `Immediately available assets of ${f(assetTotal, "en")} are counted.${pending.length ? ` Other assets (${pending.map((l) => kindLabel(l.kind, "en")).join(", ")}) are given a realisation period.` : ""}`
      }
    })
  }

  // ---- result (6 §) ----
  const expensesTotal = basicTotal + otherTotal
  const difference = expensesTotal - incomeTotal - assetTotal
  const support = Math.max(0, difference)
  explanation.push({
    ruleId: "support",
    section: "1412/1997 6 §",
    parameters: [],
    inputs: { expenses: s(c(expensesTotal)), income: s(c(incomeTotal)), assets: s(c(assetTotal)) },
    result: s(c(support)),
    text:
      support > 0
        ? {
            fi: `Menot ${f(expensesTotal, "fi")} − tulot ${f(incomeTotal, "fi")} − varat ${f(assetTotal, "fi")} = ${f(difference, "fi")}. Perustoimeentulotukea myönnetään ${f(support, "fi")} kuukaudelle ${app.month}.`,
            sv: `Utgifter ${f(expensesTotal, "sv")} − inkomster ${f(incomeTotal, "sv")} − tillgångar ${f(assetTotal, "sv")} = ${f(difference, "sv")}. Grundläggande utkomststöd beviljas med ${f(support, "sv")} för månaden ${app.month}.`,
            en: `Expenses ${f(expensesTotal, "en")} − income ${f(incomeTotal, "en")} − assets ${f(assetTotal, "en")} = ${f(difference, "en")}. Basic social assistance of ${f(support, "en")} is granted for ${app.month}.`
          }
        : {
            fi: `Menot ${f(expensesTotal, "fi")} − tulot ${f(incomeTotal, "fi")} − varat ${f(assetTotal, "fi")} = ${f(difference, "fi")}. Tulot ja varat riittävät menoihin; perustoimeentulotukea ei myönnetä kuukaudelle ${app.month}.`,
            sv: `Utgifter ${f(expensesTotal, "sv")} − inkomster ${f(incomeTotal, "sv")} − tillgångar ${f(assetTotal, "sv")} = ${f(difference, "sv")}. Inkomsterna och tillgångarna räcker till utgifterna; grundläggande utkomststöd beviljas inte för månaden ${app.month}.`,
            en: `Expenses ${f(expensesTotal, "en")} − income ${f(incomeTotal, "en")} − assets ${f(assetTotal, "en")} = ${f(difference, "en")}. Income and assets cover the expenses; no basic social assistance for ${app.month}.`
          }
  })
  if (P.single.provisional || P.percentages.provisional) flags.push("basicAmountProvisional")

  return Result.succeed({
    month: app.month,
    municipality: app.municipality,
    outcome: support > 0 ? "granted" : "noSupport",
    support: s(c(support)),
    supportCents: support,
    totals: {
      basicAmounts: s(c(basicTotal)),
      otherBasicExpenses: s(c(otherTotal)),
      expenses: s(c(expensesTotal)),
      income: s(c(incomeTotal)),
      assets: s(c(assetTotal)),
      difference: s(c(difference))
    },
    basicAmounts: basicLines,
    expenses: expenseLines,
    incomes: incomeLines,
    assets: assetLines,
    flags: [...new Set(flags)],
    explanation
  })
}

/**
 * Calculates basic social assistance for an already decoded application.
 *
 * @example
 * ```ts
 * import { Application, Engine } from "@osallistava/social-assistance"
 * import { Result } from "effect"
 * const app = Application.decodeApplication(json)
 * if (Result.isSuccess(app)) Engine.calculate(app.success) // Result<Decision, RuleViolation | ParameterNotInForce>
 * ```
 * @since 0.1.0
 */
export const calculate = (app: Application): Result.Result<Decision, CalculationError> => {
  const P = parametersFor(app.month)
  return Result.isFailure(P) ? Result.fail(P.failure) : calculateWith(app, P.success)
}

/**
 * Calculates many applications; parameters are looked up once per distinct month.
 *
 * @since 0.1.0
 */
export const calculateBatch = (apps: ReadonlyArray<Application>): Array<Result.Result<Decision, CalculationError>> => {
  const cache = new Map<string, Result.Result<MonthParameters, ParameterNotInForce>>()
  const out: Array<Result.Result<Decision, CalculationError>> = new Array(apps.length)
  for (let i = 0; i < apps.length; i++) {
    const app = apps[i]!
    let P = cache.get(app.month)
    if (P === undefined) {
      P = parametersFor(app.month)
      cache.set(app.month, P)
    }
    out[i] = Result.isFailure(P) ? Result.fail(P.failure) : calculateWith(app, P.success)
  }
  return out
}
