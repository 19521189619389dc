/**
 * The family (Act 1412/1997 3 §): one applicant, at most one spouse, and the children under 18 living with them. An
 * adult child forms a family of their own and applies separately (`livingWithParents`, 9 § 1 mom 3 kohta).
 * Also checks what every later rule relies on: unique person ids and birth dates not after the month.
 *
 * @since 0.2.0
 */
import type { Application, Person } from "../application.js"
import { AGE_UNKNOWN, type Month, type Work } from "./context.js"
import { ageOnFirstDay, dateKeyOf, yearOf } from "./mechanisms/arithmetic.js"
import { act1412, type LegalRef } from "./trace.js"

/** @since 0.2.0 */
export const legal: ReadonlyArray<LegalRef> = [act1412("3")]

/**
 * Checks the family and records each person's age on the first day of the month (adults born before the month's
 * year: computed only when a rule asks, {@link ageOf}). Sets `W.spouses` and `W.children`. Returns 0 or FAIL.
 *
 * @since 0.2.0
 */
export const family = (app: Application, M: Month, W: Work): number => {
  const persons = app.persons
  const n = persons.length
  W.persons = persons
  W.fitPersons(n)
  const ages = W.ages
  const births = W.births
  let applicants = 0
  let spouses = 0
  let children = 0
  for (let i = 0; i < n; i++) {
    const p = persons[i]!
    for (let j = 0; j < i; j++)
      if (persons[j]!.id === p.id) return W.fail(`persons[${i}].id`, "unique-person-id", "Person ids must be unique")
    const role = p.role
    if (role === "applicant") applicants++
    else if (role === "spouse") spouses++
    if (role !== "child" && yearOf(p.birthDate) < M.year) {
      ages[i] = AGE_UNKNOWN
      continue
    }
    const birth = dateKeyOf(p.birthDate)
    if (birth > M.dateKey) return W.fail(`persons[${i}].birthDate`, "born-before-month", "Birth date after the month")
    const age = ageOnFirstDay(birth, M.year, M.monthOfYear)
    ages[i] = age
    births[i] = birth
    if (role === "child") {
      if (age >= 18)
        return W.fail(
          `persons[${i}].role`,
          "child-under-18",
          "A child aged 18 or over is not a family member (3 §); they apply as a separate family"
        )
      children++
    }
  }
  if (applicants !== 1) return W.fail("persons", "one-applicant", "Exactly one person must have the role applicant")
  if (spouses > 1) return W.fail("persons", "at-most-one-spouse", "At most one spouse")
  W.spouses = spouses
  W.children = children
  return 0
}

/**
 * Age of person `i` on the first day of the month.
 *
 * @since 0.2.0
 */
export const ageOf = (i: number, M: Month, W: Work): number => {
  const known = W.ages[i]!
  if (known !== AGE_UNKNOWN) return known
  const age = ageOnFirstDay(dateKeyOf(W.persons[i]!.birthDate), M.year, M.monthOfYear)
  W.ages[i] = age
  return age
}

/**
 * Sibling rank of child `i` (0 = oldest): children are ranked by birth date, ties by id (9 § 3 mom).
 *
 * @since 0.2.0
 */
export const siblingRank = (i: number, W: Work): number => {
  const persons = W.persons
  const p = persons[i]!
  const birth = W.births[i]!
  let rank = 0
  for (let j = 0; j < persons.length; j++) {
    if (j === i) continue
    const q = persons[j]!
    if (q.role !== "child") continue
    const qb = W.births[j]!
    if (qb < birth || (qb === birth && q.id < p.id)) rank++
  }
  return rank
}

/**
 * Index of the person with id `id`: `-2` when `id` is undefined, `-1` when no person has it.
 *
 * @since 0.2.0
 */
export const personIndex = (ps: ReadonlyArray<Person>, id: string | undefined): number => {
  if (id === undefined) return -2
  for (let i = 0; i < ps.length; i++) if (ps[i]!.id === id) return i
  return -1
}
