/**
 * Internal: the money fields of the county's decisions, with the basic `Decision`'s convention (branded cents beside
 * two-decimal euro strings that must agree). Not exported from the package.
 */
import * as Money from "@osallistava/core/money"
import * as Schema from "effect/Schema"

/** Integer euro cents, branded (core's `Money.EuroCents`). JSON: a number. */
export const Cents = Money.EuroCents

/** A euro amount as a decision writes it: a decimal string with exactly two decimals, the cents field written out. */
export const Euros = Schema.String.check(
  Schema.isPattern(/^-?(0|[1-9][0-9]*)\.[0-9]{2}$/, {
    message: 'Expected a euro amount as a decimal string with two decimals, e.g. "120.00"',
    title: "Euros"
  })
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
