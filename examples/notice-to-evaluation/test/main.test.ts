import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { PersonalIdentityCode } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { clients } from "../src/clients.js"
import { main } from "../src/main.js"

const hetus = Object.values(clients).map((c) => PersonalIdentityCode.reveal(c.hetu))

describe("notice-to-evaluation: the whole pathway for five fictional clients", () => {
  const out = main("en", "2027-09-01")
  const lines = out.split("\n")

  it("uses only test-range henkilötunnus values (900–999) and never prints them", () => {
    for (const c of Object.values(clients)) expect(PersonalIdentityCode.isTestRange(c.hetu)).toBe(true)
    for (const h of hetus) {
      expect(out).not.toContain(h)
      expect(out).not.toContain(h.slice(0, 6))
    }
  })

  it("notices arrive: five new, one duplicate delivery processed once", () => {
    expect(lines.filter((l) => / new$/.test(l))).toHaveLength(5)
    expect(lines.filter((l) => / duplicate$/.test(l))).toEqual([
      `  ET-1002  Unemployed25OrOver ${clients.bertil.ref}  duplicate`
    ])
    expect(out).toContain(
      `Case ${clients.bertil.ref}: Plan evaluated\n    Notices: Unemployed person 25 or over, on social assistance for 12 months (2026-12-21)\n`
    )
  })

  it("deadlines over Christmas 2026 (SHL § 36 policy 7 working days, TTL § 14 d) and Midsummer 2027 (plan review)", () => {
    expect(out).toContain(
      "2027-01-04  Personal discussion [met] done 2026-12-30 — Act 1412/1997 section 14 d(2) (1023/2022): personal discussion by the 7th working day (law)"
    )
    expect(out).toContain("2027-06-28  Client plan review [met] done 2027-06-28")
    expect(out).toContain("2027-04-20  Client plan review [OVERDUE]")
  })

  it("caseload lists the overdue case first; the funnel shows the drop-out", () => {
    const caseload = lines.slice(
      lines.indexOf("3. Caseload on 2027-09-01") + 1,
      lines.indexOf("3. Caseload on 2027-09-01") + 6
    )
    expect(caseload[0]).toContain(`${clients.daniel.ref}  Activities under way`)
    const funnel = lines.slice(lines.indexOf("4. Funnel: notice to evaluation") + 1).slice(0, 7)
    expect(funnel.map((l) => l.trim().split(/\s+/).slice(0, 2).join(" "))).toEqual([
      "notified 5",
      "reached 4",
      "assessed 4",
      "planned 4",
      "avain-start 4",
      "evaluated 3",
      "avain-evaluation 3"
    ])
  })

  it("AVAIN cohort report of 4 plans: under the disclosure threshold 5, no figure is shown (docs/privacy/disclosure-control.md)", () => {
    expect(out).toContain("started .., evaluated .., validation issues 0")
    expect(out).toContain('goals attained at least "Fairly well": ../.. (.., 95 % CI —), not evaluated ..')
    expect(out).toContain("attrition (started, not evaluated): ../..")
    expect(out).not.toContain("4/5")
  })

  it("the cohort report says that provisional AVAIN codes are in use (issue #4)", () => {
    expect(out).toContain("! Note: the report uses provisional codes not confirmed against THL's official code lists.")
  })

  it("the README shows exactly this output", () => {
    expect(readFileSync(new URL("../README.md", import.meta.url), "utf8")).toContain(`\n${out}\n`)
  })

  it("social report: the gap (1) cannot be recovered from the total (6) and the digital services (5), and its text is not shown", () => {
    // Before: "Entries in total: 6", "Digital services: 5" and "Gap in social security: <5" gave the gap away.
    expect(out).toContain("Entries in total: 6")
    expect(out).toContain("Gap in social security: .. (open 0, in progress 0, resolved .., not resolvable 0)")
    expect(out).toContain("Digital services: .. (open .., in progress 0, resolved 0, not resolvable 0)")
    expect(out).not.toContain("Digital services: 5")
    expect(out).not.toContain("<5")
    // The resolved entry's resolution belongs to a suppressed cell.
    expect(out).not.toContain("kokemusasiantuntijapalkkioita")
  })

  it("evidence on the synthetic register: shorter spells in the experiment group, log-rank p < 0.05", () => {
    expect(out).toContain("comparison  spells 290, ended 177, median 7 months")
    expect(out).toContain("experiment  spells 284, ended 196, median 5 months")
    expect(out).toContain("log-rank chi-square 6.47, p 0.011")
  })

  it("the start command runs and prints in Finnish", () => {
    const dir = fileURLToPath(new URL("..", import.meta.url))
    const text = execFileSync(
      fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url)),
      ["--tsconfig", "tsconfig.dev.json", "src/main.ts", "--lang", "fi"],
      {
        cwd: dir,
        encoding: "utf8"
      }
    )
    expect(text).toContain("1. eTotu-ilmoitukset saapuvat")
    expect(text).toContain("5. AVAIN-kohorttiraportti")
    expect(text).toContain("Sosiaalinen raportti")
    for (const h of hetus) expect(text).not.toContain(h)
  })
})
