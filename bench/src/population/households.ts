/**
 * Synthetic households of basic social assistance recipients, and their monthly applications.
 *
 * Household `i` under a seed is always the same (see `random.ts`), so a country can be generated in slices on
 * several threads, and a stream of any length holds one household at a time. Henkilötunnus values are valid codes
 * from the reserved test range only (individual numbers 900–999, `PersonalIdentityCode.unsafeMakeTestCode`); names are
 * drawn from common Finnish first names and surnames and belong to no one in particular. Neither goes into an
 * application: applications carry pseudonymous person ids, as the social-assistance package requires.
 *
 * @since 0.1.0
 */
import { LocalDate, PersonalIdentityCode } from "@osallistava/core"
import type { Application } from "@osallistava/social-assistance"
import {
  applicantAge,
  capitalRegion,
  childBenefitCents,
  childrenInFamily,
  type HouseholdType,
  householdTypes,
  housingAllowanceShare,
  kela,
  municipalities,
  type PrimaryIncome,
  primaryIncome,
  savingsShare,
  singleParentSupplementCents
} from "./figures.js"
import { hash32, type Random, random, randomFor } from "./random.js"

const STREAM = 1

/** @since 0.1.0 */
export interface SyntheticPerson {
  /** Pseudonymous id used in applications. */
  readonly id: string
  readonly role: "applicant" | "spouse" | "child"
  readonly birthDate: string
  /** A valid henkilötunnus from the test range 900–999. Personal data in form: never print it. */
  readonly hetu: string
  /** A fictional full name. Personal data in form: never print it. */
  readonly name: string
  readonly livingWithParents?: boolean
}

/** A monthly income line of the household (net cents). @since 0.1.0 */
export interface SyntheticIncome {
  readonly kind: Application.IncomeKind
  readonly personId: string
  readonly cents: number
  /** Varies month to month by up to ± this share (wages). */
  readonly variation: number
}

/** @since 0.1.0 */
export interface SyntheticHousehold {
  readonly index: number
  readonly seed: number
  readonly type: HouseholdType
  readonly municipality: string
  readonly persons: ReadonlyArray<SyntheticPerson>
  readonly rentCents: number
  readonly waterCents: number
  readonly electricityCents: number
  readonly incomes: ReadonlyArray<SyntheticIncome>
  readonly savingsCents: number
  /** No earnings and no primary benefit (Kela's "tulottomat"). */
  readonly incomeless: boolean
}

const FIRST = ["Aino", "Eino", "Helmi", "Väinö", "Sofia", "Oliver", "Aada", "Leo", "Linnea", "Elias", "Emilia", "Onni"]
const LAST = ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen"]

const band = (b: keyof typeof applicantAge): [number, number] => {
  const [lo, hi] = b.split("-").map(Number) as [number, number]
  return [lo, hi]
}

/** A birth date for someone aged `min`–`max` on 1 January of `refYear`. */
const birthDate = (r: Random, refYear: number, min: number, max: number): string => {
  const age = r.int(min, max)
  const y = refYear - age - 1
  const m = r.int(1, 12)
  const d = r.int(1, LocalDate.daysInMonthOf(y, m))
  return LocalDate.unsafeMake(y, m, d)
}

const person = (
  r: Random,
  id: string,
  role: SyntheticPerson["role"],
  birth: string,
  extra?: { livingWithParents?: boolean }
): SyntheticPerson => {
  const hetu = PersonalIdentityCode.reveal(
    PersonalIdentityCode.unsafeMakeTestCode(LocalDate.unsafeFrom(birth), r.int(900, 999))
  )
  const name = `${r.pick(FIRST)} ${r.pick(LAST)}`
  return extra?.livingWithParents
    ? { id, role, birthDate: birth, hetu, name, livingWithParents: true }
    : { id, role, birthDate: birth, hetu, name }
}

const euros = (r: Random, lo: number, hi: number) => r.int(lo * 100, hi * 100)

/**
 * Household `index` of the synthetic population under `seed`; ages are as of `refYear` (default 2025).
 *
 * @since 0.1.0
 */
export const household = (seed: number, index: number, refYear = 2025): SyntheticHousehold => {
  const r = randomFor(seed, STREAM, index)
  const type = r.weighted(householdTypes)
  const municipality = r.weighted(municipalities)
  const persons: Array<SyntheticPerson> = []
  const youngAdult = type === "otherSingle"
  const [lo, hi] = youngAdult ? [18, 24] : band(r.weighted(applicantAge))
  const applicantBirth = birthDate(
    r,
    refYear,
    type === "singleParent" || type === "coupleWithChildren" ? Math.max(lo, 20) : lo,
    hi
  )
  persons.push(person(r, "a", "applicant", applicantBirth, { livingWithParents: youngAdult }))
  if (type === "childlessCouple" || type === "coupleWithChildren")
    persons.push(person(r, "s", "spouse", birthDate(r, refYear, Math.max(18, lo - 3), hi + 3)))
  let children = 0
  if (type === "singleParent" || type === "coupleWithChildren") {
    children = Number(r.weighted(childrenInFamily))
    const parentAge = refYear - Number(applicantBirth.slice(0, 4))
    for (let c = 0; c < children; c++)
      persons.push(person(r, `c${c + 1}`, "child", birthDate(r, refYear, 0, Math.max(0, Math.min(16, parentAge - 18)))))
  }
  const size = persons.length
  const capital = capitalRegion.has(municipality)
  const rentCents = Math.round(
    (capital ? 1.25 : 1) * (euros(r, 380, 560) + (size - 1) * euros(r, 90, 150)) * (youngAdult ? 0.5 : 1)
  )
  const waterCents = size * euros(r, 18, 30)
  const electricityCents = euros(r, 25, 45) + size * euros(r, 5, 15)
  const incomes: Array<SyntheticIncome> = []
  const incomeless = r.chance(kela.incomelessShare2024)
  if (!incomeless) {
    const adults = persons.filter((p) => p.role !== "child")
    for (const [k, p] of adults.entries()) {
      if (k > 0 && r.chance(0.4)) continue
      const kind: PrimaryIncome = r.weighted(primaryIncome)
      const [min, max, variation] =
        kind === "wage"
          ? [150, 1300, 0.3]
          : kind === "pension"
            ? [700, 1100, 0]
            : kind === "studyGrant"
              ? [250, 290, 0]
              : kind === "sicknessAllowance"
                ? [550, 800, 0]
                : [560, 700, 0.05]
      incomes.push({ kind, personId: p.id, cents: euros(r, min, max), variation })
    }
  }
  if (r.chance(housingAllowanceShare))
    incomes.push({
      kind: "housingAllowance",
      personId: "a",
      cents: Math.round(rentCents * (0.45 + r.next() * 0.3)),
      variation: 0
    })
  if (children > 0) {
    let cb = 0
    for (let c = 0; c < children; c++) cb += childBenefitCents[Math.min(c, 4)]!
    if (type === "singleParent") cb += children * singleParentSupplementCents
    incomes.push({ kind: "childBenefit", personId: "a", cents: cb, variation: 0 })
    if (type === "singleParent" && r.chance(0.6))
      incomes.push({ kind: "maintenanceAllowance", personId: "a", cents: children * 19_000, variation: 0 })
  }
  const savingsCents = r.chance(savingsShare) ? euros(r, 10, 600) : 0
  return {
    index,
    seed,
    type,
    municipality,
    persons,
    rentCents,
    waterCents,
    electricityCents,
    incomes,
    savingsCents,
    incomeless
  }
}

const varied = (h: SyntheticHousehold, monthIndex: number, k: number, inc: SyntheticIncome): number => {
  if (inc.variation === 0) return inc.cents
  const u = random(hash32(h.seed, h.index, monthIndex, k)).next()
  return Math.max(0, Math.round(inc.cents * (1 - inc.variation + 2 * inc.variation * u)))
}

const monthIndexOf = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1

const cents = (n: number) => n as Application.ExpenseLine["amount"]

/**
 * The decoded application of household `h` for `month` (`YYYY-MM`), built directly (no JSON round trip): what
 * `decodeApplication(applicationJson(h, month))` returns.
 *
 * @since 0.1.0
 */
export const application = (h: SyntheticHousehold, month: string): Application.Application => {
  const mi = monthIndexOf(month)
  const app: Application.Application = {
    month,
    municipality: h.municipality,
    persons: h.persons.map((p) =>
      p.livingWithParents
        ? { id: p.id, role: p.role, birthDate: p.birthDate, livingWithParents: true }
        : { id: p.id, role: p.role, birthDate: p.birthDate }
    ),
    expenses: [
      { kind: "rent", amount: cents(h.rentCents) },
      { kind: "water", amount: cents(h.waterCents) },
      { kind: "householdElectricity", amount: cents(h.electricityCents) }
    ],
    incomes: h.incomes.map((inc, k) => ({
      kind: inc.kind,
      amount: cents(varied(h, mi, k, inc)),
      personId: inc.personId
    }))
  }
  if (h.savingsCents > 0)
    return { ...app, assets: [{ kind: "bankSavings", amount: cents(h.savingsCents), immediatelyAvailable: true }] }
  return app
}

const decimal = (c: number) => `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, "0")}`

/**
 * The same application as JSON (amounts as decimal strings), the form that arrives at the boundary.
 *
 * @since 0.1.0
 */
export const applicationJson = (h: SyntheticHousehold, month: string): Application.ApplicationJson => {
  const a = application(h, month)
  return {
    ...a,
    expenses: a.expenses.map((e) => ({ ...e, amount: decimal(e.amount) })),
    incomes: a.incomes.map((i) => ({ ...i, amount: decimal(i.amount) })),
    ...(a.assets ? { assets: a.assets.map((x) => ({ ...x, amount: decimal(x.amount) })) } : {})
  } as Application.ApplicationJson
}

/**
 * Households `from` … `from + count − 1` under `seed`, one at a time (constant memory).
 *
 * @since 0.1.0
 */
export function* households(seed: number, count: number, from = 0, refYear = 2025): Generator<SyntheticHousehold> {
  for (let i = from; i < from + count; i++) yield household(seed, i, refYear)
}

/** The twelve months of `year`. @since 0.1.0 */
export const monthsOf = (year: number): ReadonlyArray<string> =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`)
