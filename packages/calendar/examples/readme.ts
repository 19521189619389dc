// The README's example. `pnpm test` runs it and checks that the README shows its real output.

import { Easter, Helsinki, Holidays, TimeLimits, WorkingDays } from "@osallistava/calendar"
import { LocalDate } from "@osallistava/core"

export const main = (log: (...args: ReadonlyArray<unknown>) => void = console.log): void => {
  const d = LocalDate.unsafeFrom

  // Public holidays and the two eves of 2026, with Swedish names
  for (const h of Holidays.unsafeOf(2026)) log(`${h.date} ${h.name.sv}${h.kind === "eve" ? " (eve)" : ""}`)
  log("Easter 2038:", Easter.unsafeSunday(2038))

  // Kela decides basic social assistance within 7 working days from the day after arrival
  log("Kela deadline, arrived Mon 21.12.2026:", TimeLimits.unsafeKelaBasicAssistanceDecisionDeadline(d("2026-12-21")))
  log("Working days 21.12.2026 → 4.1.2027:", WorkingDays.unsafeWorkingDaysBetween(d("2026-12-21"), d("2027-01-04")))

  // 3 months to find a cheaper home from 30 Nov 2026: 28 Feb 2027 is a Sunday (Act 150/1930 §§ 3, 5)
  log("Cheaper home by:", TimeLimits.unsafeAfterMonths(d("2026-11-30"), 3))

  // A notice sent Thursday 18 June 2026 at 23:00 Helsinki time; Friday is Midsummer Eve
  log("Visible to the municipality:", Helsinki.unsafeVisibleToMunicipalityOn("2026-06-18T23:00:00+03:00"))
}

if (import.meta.url === `file://${process.argv[1]}`) main()
