/**
 * Internal (not exported from the package): the money fields of every decision this package writes, Kela's basic
 * `Decision` (`decision.ts`) and the county's supplementary and preventive decisions (`supplementary/*`). One
 * convention, one module: core's branded `Money.EuroCents` in a `…Cents` field (integer cents, a JSON number) beside
 * the same amount as a two-decimal euro string, and the check that the string is its cents written out
 * (rule `euros-match-cents`). The failures name the path and the rule, never a value.
 */
import { EuroString } from "@osallistava/core"
import * as Money from "@osallistava/core/money"
import * as Schema from "effect/Schema"

/** Integer euro cents, branded (core's `Money.EuroCents`). JSON: a number. */
export const Cents = Money.EuroCents

/** Integer euro cents, at least 0 (rule `non-negative-amount`): every amount of a decision except a difference. */
export const NonNegativeCents = Money.EuroCents.check(
  Schema.makeFilter((n: number) => n >= 0 || "Expected an amount of at least 0 cents (rule non-negative-amount)", {
    title: "≥ 0"
  })
)

/**
 * A euro amount as a decision writes it: a decimal string with exactly two decimals (`"238.09"`, `"-5.00"`), always
 * `Money.toDecimalString` of the `…Cents` field beside it.
 */
export const Euros = Schema.String.check(
  Schema.isPattern(/^-?(0|[1-9][0-9]*)\.[0-9]{2}$/u, {
    message: 'Expected a euro amount as a decimal string with two decimals, e.g. "238.09"'
  })
).annotate({
  title: "Euros",
  description: 'A euro amount as a decimal string with two decimals ("238.09"): the `…Cents` field beside it in euros'
})

/**
 * An amount of an input at the JSON boundary (core's `EuroString`: a decimal euro string, decoded to cents) that is
 * at least 0.00 (rule `non-negative-amount`).
 */
export const NonNegativeEuroString = EuroString.pipe(
  Schema.check(
    Schema.makeFilter((n: number) => n >= 0 || "Expected an amount of at least 0.00 (rule non-negative-amount)", {
      title: "≥ 0"
    })
  )
)

/**
 * Each `[euros, cents]` pair of a struct agrees: the string is `Money.toDecimalString` of the cents (both may be
 * `null` together). The failure names the string's path and the rule, never either value.
 */
export const agree = <T extends object>(pairs: ReadonlyArray<readonly [keyof T & string, keyof T & string]>) =>
  Schema.makeFilter<T>((o) => {
    const issues: Array<Schema.FilterIssue> = []
    for (const [euros, cents] of pairs) {
      const c = o[cents] as unknown as Money.EuroCents | null
      const e = o[euros] as unknown as string | null
      if (c === null ? e !== null : e !== Money.toDecimalString(c))
        issues.push({ path: [euros], issue: `Expected the euro amount of ${cents} (rule euros-match-cents)` })
    }
    return issues
  })

/**
 * A struct-level rule: when `holds` is false, one issue at `path` naming the rule (never a value).
 */
export const rule = <T extends object>(
  path: ReadonlyArray<string>,
  name: string,
  text: string,
  holds: (o: T) => boolean
) => Schema.makeFilter<T>((o) => (holds(o) ? undefined : { path, issue: `${text} (rule ${name})` }))
