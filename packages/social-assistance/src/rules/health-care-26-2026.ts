/**
 * Health-care costs from 1.2.2026 (Act 1412/1997 7 b §, law 26/2026, HE 116/2025). The reform restricts the
 * health-care costs accepted as other basic expenses: the committee report states the proposal as "Hälso- och
 * sjukvårdsutgifter som beaktas som övriga grundutgifter begränsas till nödvändiga hälso- och sjukvårdsutgifter"
 * (ShUB 29/2025, riksdagen.fi); a member of parliament's release of 26.11.2025 (sttinfo.fi/tiedote/71627845) speaks
 * of "rajatessa toimeentulotuessa huomioitavia lääkemenoja ja terveydenhoitoa". Neither the enacted wording nor which
 * costs remain could be read (docs/social-assistance/open-readings.md § 5). Decided in issue 14: the package keeps
 * accepting the claimed `healthCare` and `prescriptionMedicine` lines at their amount (7 b §, the pre-2026 rule) and,
 * never silently, flags a decision for a month from 2026-02 that accepts one (`healthCare2026Provisional`). The date is
 * the entry into force of law 26/2026, read from the dated parameter `healthCareCosts` (`parameters/tables.ts`, source:
 * SISU lakipäivitykset_2026.xlsx: 26/2026, 2026-02-01).
 *
 * @since 0.2.0
 */
import type { Application } from "../application.js"
import { healthCareCosts } from "../parameters/values.js"
import type { Month, Work } from "./context.js"
import type { Tracer } from "./trace.js"

/**
 * Entry into force of law 26/2026: the first day of the dated parameter entry that restricts health-care costs to
 * necessary ones (`Parameters.healthCareCosts`, with its source), read once when the module loads.
 */
const LAW_26_2026: string = healthCareCosts.values.find((v) => v.value.restrictedToNecessary)?.validFrom ?? "9999-12-31"

/**
 * Flags the decision when, in a month under law 26/2026, an accepted expense line is a health-care cost (the accepted
 * amounts are in `W.expense`, set by the other-basic-expenses rule). Changes no amount.
 *
 * @since 0.2.0
 */
export const flagHealthCare2026 = (app: Application, M: Month, W: Work, t: Tracer): void => {
  if (M.parameters.date < LAW_26_2026) return
  const list = app.expenses
  for (let k = 0; k < list.length; k++) {
    const kind = list[k]!.kind
    if ((kind === "healthCare" || kind === "prescriptionMedicine") && W.expense[k]! > 0) {
      t.flag("healthCare2026Provisional")
      return
    }
  }
}
