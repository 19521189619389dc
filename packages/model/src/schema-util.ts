import { LocalDate, PersonalIdentityCode } from "@osallistava/core"
import * as Schema from "effect/Schema"

/** A date YYYY-MM-DD (checked with core's validator). @since 0.1.0 */
export const DateString = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter((s: string) => LocalDate.isLocalDate(s) || "Expected a date YYYY-MM-DD", { title: "LocalDate" })
  )
)

/** An identifier 1–64 characters that is not shaped like a henkilötunnus. @since 0.1.0 */
export const Ref = Schema.String.pipe(
  Schema.check(
    Schema.isPattern(/^[A-Za-z0-9._:-]{1,64}$/, { message: "Expected 1–64 characters A–Z, a–z, 0–9 . _ : -" })
  ),
  Schema.check(PersonalIdentityCode.isPseudonymous)
)

/** Free text of at most 2000 characters that does not contain a henkilötunnus. @since 0.1.0 */
export const Text = Schema.String.pipe(
  Schema.check(Schema.isMaxLength(2000)),
  Schema.check(PersonalIdentityCode.isPseudonymous)
)

/** @since 0.1.0 */
export const containsIdentityCode = (s: string): boolean => PersonalIdentityCode.containsCodeShape(s)
