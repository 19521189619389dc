import { LocalDate } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { decisionDeadline } from "../src/deadline.js"
import { forwardingSection, shouldForward } from "../src/forwarding.js"

const d = LocalDate.unsafeFrom

describe("procedure (14 a–14 d §)", () => {
  it("7 working days from the day after a complete application (14 a §; calendar example 2026-12-21 → 2027-01-04)", () => {
    expect(decisionDeadline(d("2026-12-21"), false).deadline).toBe("2027-01-04")
    expect(decisionDeadline(d("2024-06-03"), false).deadline).toBe("2024-06-12") // Mon → 7 working days, no holiday
  })

  it("a Saturday arrival counts as Monday (Kela practice)", () => {
    expect(decisionDeadline(d("2024-06-01"), false).deadline).toBe("2024-06-12")
  })

  it("urgent: same or next working day (14 b §)", () => {
    const r = decisionDeadline(d("2024-06-07"), true) // Friday
    expect(r.deadline).toBe("2024-06-10")
    expect(r.section).toContain("14 b §")
  })

  it("forwarding section: 14 d § until 2022 (law 815/2015 14 § 1 mom), 14 c § from 2023 (law 1023/2022)", () => {
    expect(forwardingSection("2022-12-31")).toContain("14 d §")
    expect(forwardingSection("2023-01-01")).toContain("14 c §")
    expect(
      shouldForward({ applicantRequestsForwarding: true, containsNonBasicExpenses: true, basicAssistanceDecided: true })
    ).toBe(true)
    expect(
      shouldForward({
        applicantRequestsForwarding: false,
        containsNonBasicExpenses: true,
        basicAssistanceDecided: true
      })
    ).toBe(false)
  })
})
