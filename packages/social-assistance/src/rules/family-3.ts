/**
 * The family (Act 1412/1997 3 §): one applicant, at most one spouse, and the children under 18 living with them. An
 * adult child forms a family of their own and applies separately (`livingWithParents`, 9 § 1 mom 3 kohta).
 * Also checks what every later rule relies on: unique person ids and birth dates not after the month.
 *
 * @since 0.2.0
 */
import type { Application } from "../application.js"
import { AGE_UNKNOWN, APPLICANT, CHILD, type Month, OTHER_ROLE, SPOUSE, type Work } from "./context.js"
import { ageOnFirstDay, dateKeyOf, yearOf } from "./mechanisms/arithmetic.js"
import { act1412, type LegalRef } from "./trace.js"

/** @since 0.2.0 */
export const legal: ReadonlyArray<LegalRef> = [act1412("3")]

/**
 * Checks the family and records each person's role code, id and age on the first day of the month (adults born
 * before the month's year: computed only when a rule asks, {@link ageOf}). One pass over the persons reads each
 * person's fields once into the scratch arrays of `W` (`roles`, `ids`, `ages`, `births`), which the later rules read
 * instead of the person objects. Sets `W.spouses` and `W.children`. Returns 0 or FAIL.
 *
 * @since 0.2.0
 */
export const family = (app: Application, M: Month, W: Work): number => {
  const persons = app.persons
  const n = persons.length
  W.persons = persons
  W.count = n
  if (W.ages.length < n) W.fitPersons(n)
  const ages = W.ages
  const births = W.births
  const roles = W.roles
  const ids = W.ids
  const year = M.year
  let applicants = 0
  let spouses = 0
  let children = 0
  for (let i = 0; i < n; i++) {
    const p = persons[i]!
    const id = p.id
    for (let j = 0; j < i; j++)
      if (ids[j] === id) return W.fail(`persons[${i}].id`, "unique-person-id", "Person ids must be unique")
    ids[i] = id
    const role = p.role
    const code = role === "child" ? CHILD : role === "applicant" ? APPLICANT : role === "spouse" ? SPOUSE : OTHER_ROLE
    roles[i] = code
    const birthDate = p.birthDate
    if (code === APPLICANT) applicants++
    else if (code === SPOUSE) spouses++
    if (code !== CHILD && yearOf(birthDate) < year) {
      ages[i] = AGE_UNKNOWN
      continue
    }
    const birth = dateKeyOf(birthDate)
    if (birth > M.dateKey) return W.fail(`persons[${i}].birthDate`, "born-before-month", "Birth date after the month")
    const age = ageOnFirstDay(birth, year, M.monthOfYear)
    ages[i] = age
    births[i] = birth
    if (code === CHILD) {
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
  const n = W.count
  const roles = W.roles
  const births = W.births
  const ids = W.ids
  const birth = births[i]!
  const id = ids[i]!
  let rank = 0
  for (let j = 0; j < n; j++) {
    if (j === i || roles[j] !== CHILD) continue
    const qb = births[j]!
    if (qb < birth || (qb === birth && ids[j]! < id)) rank++
  }
  return rank
}

/**
 * Index of the person with id `id` among the family's persons read by {@link family}: `-2` when `id` is undefined,
 * `-1` when no person has it.
 *
 * @since 0.2.0
 */
export const personIndex = (W: Work, id: string | undefined): number => {
  if (id === undefined) return -2
  const ids = W.ids
  const n = W.count
  for (let i = 0; i < n; i++) if (ids[i] === id) return i
  return -1
}
