/**
 * Henkilötunnus (personbeteckning, Finnish personal identity code).
 *
 * Format `DDMMYYCZZZQ`: birth date, century sign, individual number and check
 * character. The century signs are `+` (1800s), `-` and, from 2023, `Y X W V U`
 * (1900s), `A` and, from 2023, `B C D E F` (2000s); the new signs were
 * introduced by the Digital and Population Data Services Agency from
 * 1.1.2023. Validation is done by the `finnish-ssn` library, which knows every
 * sign (it accepts `+` for 1850–1899 and `A`–`F` for 2000–2029, the birth
 * years for which codes are in use).
 *
 * A decoded code is a {@link PersonalIdentityCode} object whose `toString`,
 * `toJSON` and `util.inspect` output is masked (`******-****`): it can be
 * logged or serialised by accident without leaking. {@link reveal} gives the
 * real value where it is truly needed (storage, a Kela integration).
 * Error messages never contain the input.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
import { FinnishSSN } from "finnish-ssn"
import { RuleViolation } from "./errors.js"
import * as LocalDate from "./local-date.js"

const MASK = "******-****"
const CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
const CENTURY: Readonly<Record<string, number>> = {
  "+": 1800,
  "-": 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000
}

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom")

/**
 * A valid henkilötunnus. Construct it with {@link PersonalIdentityCodeFromString}
 * (a Schema) or {@link fromString}; print it safely, reveal it explicitly.
 *
 * @since 0.1.0
 */
export class PersonalIdentityCode {
  readonly #value: string
  private constructor(value: string) {
    this.#value = value
  }
  /** @internal */
  static unsafeMake(value: string): PersonalIdentityCode {
    return new PersonalIdentityCode(value)
  }
  /** Masked: `******-****`. */
  toString(): string {
    return MASK
  }
  /** Masked: `"******-****"`. */
  toJSON(): string {
    return MASK
  }
  [inspectSymbol](): string {
    return `PersonalIdentityCode(${MASK})`
  }
  /** @internal used by {@link reveal} */
  get _unsafeValue(): string {
    return this.#value
  }
}

/**
 * Whether `text` is a valid henkilötunnus (format, date, century sign, check character).
 *
 * @since 0.1.0
 */
export const isValid = (text: string): boolean => FinnishSSN.validate(text)

/**
 * Schema: decodes a string into a {@link PersonalIdentityCode}; the error
 * message says only that the code is invalid, never what it was. Encodes back
 * to the real value (encoding is an explicit act of storing or sending).
 *
 * @since 0.1.0
 */
export const PersonalIdentityCodeFromString = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter((s: string) => isValid(s.trim().toUpperCase()) || "Expected a valid henkilötunnus", {
      title: "henkilötunnus",
      description: "A Finnish personal identity code DDMMYYCZZZQ"
    })
  ),
  Schema.decodeTo(
    Schema.declare((u): u is PersonalIdentityCode => u instanceof PersonalIdentityCode, {
      title: "PersonalIdentityCode"
    }),
    SchemaTransformation.transform({
      decode: (s: string) => PersonalIdentityCode.unsafeMake(s.trim().toUpperCase()),
      encode: (code: PersonalIdentityCode) => code._unsafeValue
    })
  )
)

/**
 * Parses a henkilötunnus; `undefined` when it is not valid.
 *
 * @since 0.1.0
 */
export const fromString = (text: string): PersonalIdentityCode | undefined => {
  const normalized = text.trim().toUpperCase()
  return isValid(normalized) ? PersonalIdentityCode.unsafeMake(normalized) : undefined
}

/**
 * The real code. Call only where the value must leave the process on purpose.
 *
 * @since 0.1.0
 */
export const reveal = (code: PersonalIdentityCode): string => code._unsafeValue

/**
 * The birth date encoded in the code.
 *
 * @since 0.1.0
 */
export const birthDate = (code: PersonalIdentityCode): LocalDate.LocalDate => {
  const v = code._unsafeValue
  const century = CENTURY[v.charAt(6)] ?? 1900
  return LocalDate.unsafeMake(century + Number(v.slice(4, 6)), Number(v.slice(2, 4)), Number(v.slice(0, 2)))
}

/**
 * Age in whole years on `on`.
 *
 * @since 0.1.0
 */
export const ageOn = (code: PersonalIdentityCode, on: LocalDate.LocalDate): number =>
  LocalDate.ageOn(birthDate(code), on)

/**
 * Individual numbers 900–999 are reserved for temporary codes and testing;
 * synthetic data uses only these.
 *
 * @since 0.1.0
 */
export const isTestRange = (code: PersonalIdentityCode): boolean => Number(code._unsafeValue.slice(7, 10)) >= 900

/**
 * Builds a valid code in the reserved range 900–999 for synthetic data.
 * Uses the 2023 century signs `-` (1900s) and `A` (2000s) and, for the 1800s, `+`.
 *
 * @example
 * ```ts
 * import { LocalDate, PersonalIdentityCode } from "@osallistava/core"
 * const code = PersonalIdentityCode.unsafeMakeTestCode(LocalDate.unsafeFrom("1990-01-01"), 900)
 * String(code) // "******-****"
 * ```
 * @throws RangeError for an individual number outside 900–999 or a birth year outside 1800–2099:
 * use {@link testCode} for input.
 * @since 0.2.0
 */
export const unsafeMakeTestCode = (birth: LocalDate.LocalDate, individualNumber: number): PersonalIdentityCode => {
  const r = testCode(birth, individualNumber)
  if (Result.isFailure(r)) throw new RangeError(r.failure.detail)
  return r.success
}

/**
 * @deprecated Since 0.2.0: use {@link unsafeMakeTestCode} (same behaviour) or {@link testCode} (a `Result`).
 * @since 0.1.0
 */
export const makeTestCode = unsafeMakeTestCode

/**
 * {@link unsafeMakeTestCode} as a `Result`: fails with rule `test-individual-number`
 * for an individual number outside 900–999, `test-birth-year` for a birth year
 * outside 1800–2099.
 *
 * @since 0.2.0
 */
export const testCode = (
  birth: LocalDate.LocalDate,
  individualNumber: number
): Result.Result<PersonalIdentityCode, RuleViolation> => {
  if (!Number.isInteger(individualNumber) || individualNumber < 900 || individualNumber > 999)
    return Result.fail(
      new RuleViolation({
        at: "individualNumber",
        rule: "test-individual-number",
        detail: "Test codes use individual numbers 900–999"
      })
    )
  const y = LocalDate.year(birth)
  if (y < 1800 || y > 2099)
    return Result.fail(
      new RuleViolation({ at: "birth", rule: "test-birth-year", detail: "Birth year must be 1800–2099" })
    )
  const sign = y < 1900 ? "+" : y < 2000 ? "-" : "A"
  const dd = birth.slice(8, 10)
  const mm = birth.slice(5, 7)
  const yy = birth.slice(2, 4)
  const individual = String(individualNumber)
  const check = CHECK_CHARACTERS.charAt(Number(`${dd}${mm}${yy}${individual}`) % 31)
  return Result.succeed(PersonalIdentityCode.unsafeMake(`${dd}${mm}${yy}${sign}${individual}${check}`))
}

// Anywhere, also right after or before a letter or digit (`A131052-308T`, `x131052-308Ty`): a word boundary missed those.
const CODE_LIKE = /\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/gi

/**
 * Replaces every substring shaped like a henkilötunnus (valid or not) with
 * `******-****`. A last line of defence for messages that must quote text
 * from outside (command-line words, file names).
 *
 * @example
 * ```ts
 * import { PersonalIdentityCode } from "@osallistava/core"
 * PersonalIdentityCode.redact("unknown command 131052-308T") // "unknown command ******-****"
 * ```
 * @since 0.1.0
 */
export const redact = (text: string): string => text.replace(CODE_LIKE, MASK)

const CODE_SHAPE = /\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/i

/**
 * True when `text` contains something shaped like a henkilötunnus anywhere,
 * checksum or not, also inside a longer token (`x131052-308Ty`). Pseudonymous
 * identifiers (person, notice and record ids) are checked with it so that a
 * real code given as an id is refused at the boundary instead of travelling on
 * into traces, triage output and error messages.
 *
 * The price is that an id such as `250101A123B` is refused too; ids of that
 * exact shape are rare and the caller gets a clear error.
 *
 * @example
 * ```ts
 * import { PersonalIdentityCode } from "@osallistava/core"
 * PersonalIdentityCode.containsCodeShape("case-131052-308T") // true
 * PersonalIdentityCode.containsCodeShape("case-2025-0001") // false
 * ```
 * @since 0.2.0
 */
export const containsCodeShape = (text: string): boolean => CODE_SHAPE.test(text)

/**
 * Schema check refusing strings that contain a henkilötunnus shape. The
 * message never repeats the input.
 *
 * @example
 * ```ts
 * import { PersonalIdentityCode } from "@osallistava/core"
 * import { Schema } from "effect"
 * const PersonId = Schema.String.pipe(Schema.check(PersonalIdentityCode.isPseudonymous))
 * ```
 * @since 0.2.0
 */
export const isPseudonymous = Schema.makeFilter(
  (s: string) => !containsCodeShape(s) || "Must not contain a henkilötunnus (pseudonymous identifiers only)",
  { title: "NoPersonalIdentityCode" }
)
