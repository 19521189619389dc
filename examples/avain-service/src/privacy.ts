/**
 * Identifiers must be pseudonymous. The avain record Schema refuses a
 * henkilötunnus in `clientRef` and free text; this service also refuses one
 * in `recordId`, `planId` and `goalId` (the avain package's `Id` accepts
 * `131052-308T`: it matches the id pattern), because ids are logged by
 * operators, echoed in responses and kept forever.
 *
 * @since 0.1.0
 */
import { containsIdentityCodeShape } from "@osallistava/avain"

/** One refused identifier. @since 0.1.0 */
export interface IdentifierIssue {
  readonly at: string
  readonly rule: "no-personal-identity-code"
  readonly detail: string
}

const detail = "Must not contain a henkilötunnus (pseudonymous identifiers only)"

/**
 * The identifier fields of a raw input that contain something shaped like a henkilötunnus.
 *
 * @since 0.1.0
 */
export const identifierIssues = (input: unknown): ReadonlyArray<IdentifierIssue> => {
  if (typeof input !== "object" || input === null) return []
  const r = input as Record<string, unknown>
  const out: Array<IdentifierIssue> = []
  const check = (value: unknown, at: string) => {
    if (typeof value === "string" && containsIdentityCodeShape(value))
      out.push({ at, rule: "no-personal-identity-code", detail })
  }
  check(r["recordId"], "recordId")
  check(r["planId"], "planId")
  if (Array.isArray(r["goals"]))
    r["goals"].forEach((g: unknown, i) => {
      if (typeof g === "object" && g !== null) check((g as Record<string, unknown>)["goalId"], `goals[${i}].goalId`)
    })
  return out
}

/** An id safe to echo: well-formed and not shaped like a henkilötunnus; otherwise `null`. @since 0.1.0 */
export const echoableId = (v: unknown): string | null =>
  typeof v === "string" && /^[A-Za-z0-9._:-]{1,64}$/.test(v) && !containsIdentityCodeShape(v) ? v : null
