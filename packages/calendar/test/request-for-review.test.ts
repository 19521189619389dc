/** StatutoryLimits.requestForReview: 30 days from notification (hallintolaki 434/2003 49 c § 1 mom., 581/2010). */
import { LegalRef, LocalDate } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { citation, requestForReview } from "../src/statutory-limits.js"

describe("request for review (oikaisuvaatimus)", () => {
  it("notified Mon 2.3.2026: the 30th day, Wed 1.4.2026, is the last (150/1930 2 §)", () => {
    const d = requestForReview(LocalDate.unsafeFrom("2026-03-02"))
    expect(d.due).toBe("2026-04-01")
    expect(LegalRef.render(d.ref, "fi")).toBe("hallintolaki 434/2003 49 c § 1 mom. (581/2010)")
    expect(citation(d, "en")).toBe(
      "Act 434/2003 section 49 c(1) (581/2010); Act 150/1930 section 2; Act 150/1930 section 5"
    )
  })

  it("a 30th day on Christmas Eve moves to Mon 28.12.2026 (150/1930 5 §)", () => {
    expect(requestForReview(LocalDate.unsafeFrom("2026-11-24")).due).toBe("2026-12-28")
  })
})
