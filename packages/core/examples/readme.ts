// The README's example. `pnpm test` runs it and checks that the README shows its real output.

import { LocalDate, Money, Municipality, PersonalIdentityCode, YearMonth } from "@osallistava/core"
import { Result } from "effect"

export const main = (log: (...args: ReadonlyArray<unknown>) => void = console.log): void => {
  // Kela's table value: 593.55 € × 70 % = 415.49 € (half-up; floats give 415.48)
  const child = Money.multiplyByPercentage(Money.unsafeCents(59355), Money.unsafePercent(70), "half-up")
  log(Money.format(child, "fi"), "|", Money.toDecimalString(child))

  const rent = Money.parse("1 234,56")
  log(Result.isSuccess(rent) ? Money.format(rent.success, "en") : rent.failure.message)

  // A time limit in months ends on the month's last day when the day does not exist (Act 150/1930 § 3)
  log(LocalDate.unsafeAddMonths(LocalDate.unsafeFrom("2026-01-31"), 1))
  log(YearMonth.range(YearMonth.unsafeFrom("2026-01"), YearMonth.unsafeFrom("2026-03")).join(" "))

  // A henkilötunnus prints masked everywhere; reveal() is the only way out
  const hetu = PersonalIdentityCode.fromString("131052-308T")
  log(String(hetu), JSON.stringify({ hetu }), hetu && PersonalIdentityCode.birthDate(hetu))

  log(Municipality.findByCode("837")?.sv, Municipality.findByName("Helsingfors")?.code)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
