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

  it("a Saturday arrival counts from that day (hallintolaki 434/2003 18 §, 150/1930 2 §; docs/calendar/README.md)", () => {
    expect(decisionDeadline(d("2024-06-01"), false).deadline).toBe("2024-06-11")
    expect(decisionDeadline(d("2026-03-07"), false).deadline).toBe("2026-03-17")
  })

  it("Kela's published count (weekend OmaKela application counts as arriving Monday) on request", () => {
    expect(decisionDeadline(d("2024-06-01"), false, "kela-practice").deadline).toBe("2024-06-12")
    expect(decisionDeadline(d("2026-03-07"), false, "kela-practice").deadline).toBe("2026-03-18")
  })

  it("1412/1997 14 a § 2 mom. (1023/2022): February 2027 applied for on 1.12.2026 → Mon 1.2.2027; the next month with fewer than 7 working days left → 1 mom.'s day", () => {
    const later = decisionDeadline(d("2026-12-01"), false, "statute", d("2027-02-01"))
    expect(later.deadline).toBe("2027-02-01")
    expect(later.section).toBe("toimeentulotukilaki 1412/1997 14 a § 2 mom. (1023/2022)")
    // 28.12.2026 for January: 29.–31.12., 4., 5., 7., 8.1. (6.1. Epiphany) → Fri 8.1.2027 > Mon 4.1.2027
    expect(decisionDeadline(d("2026-12-28"), false, "statute", d("2027-01-01")).deadline).toBe("2027-01-08")
  })

  it("1412/1997 14 c § 2 mom. (815/2015) in 2017–2022: June 2018 applied for on 14.5.2018 → Fri 1.6.2018", () => {
    const r = decisionDeadline(d("2018-05-14"), false, "statute", d("2018-06-01"))
    expect(r.deadline).toBe("2018-06-01")
    expect(r.section).toBe("toimeentulotukilaki 1412/1997 14 c § 2 mom. (815/2015)")
  })

  it("the section is data and follows the arrival day (14 c § 1 mom. (815/2015) → 14 a § 1 mom. (1023/2022))", () => {
    expect(decisionDeadline(d("2022-12-30"), false).section).toBe(
      "toimeentulotukilaki 1412/1997 14 c § 1 mom. (815/2015)"
    )
    expect(decisionDeadline(d("2023-01-02"), false).ref.section).toBe("14 a")
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

describe("discretionary legal basis from core's StatuteNumbering (finlex-data asd20221023.xml)", () => {
  it("preventive: 13 § (923/2000) until 31.12.2022, 8 § (1023/2022) from 1.1.2023; supplementary 7 c §", async () => {
    const { legalBasis } = await import("../src/discretionary.js")
    expect(legalBasis("preventive", "2022-12-31")).toBe("toimeentulotukilaki 1412/1997 13 § (923/2000)")
    expect(legalBasis("preventive", "2023-01-01")).toBe("toimeentulotukilaki 1412/1997 8 § (1023/2022)")
    expect(legalBasis("supplementary", "2024-05-01")).toBe("toimeentulotukilaki 1412/1997 7 c § (1023/2022)")
  })
})
