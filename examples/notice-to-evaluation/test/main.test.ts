import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Catalog, PersonalIdentityCode } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { clients } from "../src/clients.js"
import { main } from "../src/main.js"
import { catalogs, langArg } from "../src/messages.js"

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
    expect(lines.filter((l) => /^ {2}ET-\d+ {2}K-\w+ {2}new {8}/.test(l))).toHaveLength(5)
    expect(lines.filter((l) => / duplicate /.test(l))).toEqual([
      `  ET-1002  ${clients.bertil.ref}  duplicate  Unemployed person 25 or over, on social assistance for 12 months`
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
    expect(
      funnel.map((l) =>
        l
          .trim()
          .replace(/\s+\(.*$/, "")
          .replace(/\s+/g, " ")
      )
    ).toEqual([
      "notified 5",
      "reached 4",
      "assessed 4",
      "plan made 4",
      "AVAIN start 4",
      "evaluated 3",
      "AVAIN evaluation 3"
    ])
  })

  it("AVAIN cohort report of 4 plans: under the disclosure threshold 5, no figure is shown (docs/privacy/disclosure-control.md)", () => {
    expect(out).toContain("started .., evaluated .., validation issues 0")
    expect(out).toContain('goals attained at least "Fairly well": ../.. (.., 95% CI –), not evaluated ..')
    expect(out).toContain("attrition (started, not evaluated): ../..")
    expect(out).not.toContain("4/5")
  })

  it("the cohort report says that provisional AVAIN codes are in use (issue #4)", () => {
    expect(out).toContain("! Note: the report uses provisional codes not confirmed against THL's official code lists.")
  })

  it("the README shows exactly this output, and the Finnish one", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
    expect(readme).toContain(`\n${out}\n`)
    expect(readme).toContain(`\n${main("fi", "2027-09-01")}\n`)
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
    expect(out).toContain("comparison spells 290, ended 177, median 7 months, S(12) 0.27 (95% CI 0.20–0.33)")
    expect(out).toContain("experiment spells 284, ended 196, median 5 months")
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

// Names and symbols that read the same in every language (the pseudonyms K-…, notice ids ET-… are not words).
const names = ["Kela", "AVAIN", "THL", "eTotu", "Kaplan", "Meier", "S", "p", "K", "ET"]

describe.each(["fi", "sv"] as const)("the demo in %s reads as Finnish or Swedish throughout", (lang) => {
  const out = main(lang, "2027-09-01")

  it("no English word and no program code (SocialWorkNeeded, avain-start) anywhere in the output", () => {
    expect(Catalog.untranslated(out, names)).toEqual([])
  })

  it("dates as 1.9.2027 and decimals with a comma, never ISO dates or decimal points", () => {
    expect(out).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    expect(out).not.toMatch(/(?<![\d.])\d+\.\d+(?![\d.])/)
    expect(out).toContain(lang === "fi" ? "2. Asiakkuudet (tilanne 1.9.2027)" : "2. Klientrelationer (läge 1.9.2027)")
  })

  it("legal references in the language's citation style", () => {
    expect(out).toContain(
      lang === "fi"
        ? "laki kuntouttavasta työtoiminnasta 189/2001 3 § 2 mom. 3 kohta"
        : "lagen om arbetsverksamhet i rehabiliteringssyfte 189/2001 3 § 2 mom. 3 punkten"
    )
  })

  it("the Kaplan–Meier summary in the language, with decimal commas", () => {
    expect(out).toContain(
      lang === "fi"
        ? "vertailuryhmä jaksoja 290, päättyneitä 177, mediaani 7 kk, S(12) 0,27 (95 %:n luottamusväli 0,20–0,33)"
        : "jämförelsegrupp perioder 290, avslutade 177, median 7 mån., S(12) 0,27 (95 % konfidensintervall 0,20–0,33)"
    )
  })
})

describe("the check itself", () => {
  it("fails on the half-English lines the Finnish demo printed before the catalogs (issue 17)", () => {
    const before = [
      "  ET-1001  SocialWorkNeeded   K-8a4d6b75  new",
      '  4.1.2027  Palvelutarpeen arvioinnin aloitus [ajallaan] — Act 1301/2014 § 36 (2) "without delay"; municipal policy 7 working days (linjaus)',
      "    activation plan required: Act 189/2001 § 3 (2) 3: 25 or over, 12 months",
      "  avain-start        4  (-0)",
      "  started 4, evaluated 3, validation issues 0",
      "  attrition (started, not evaluated): 1/4",
      "  comparison  spells 290, ended 177, median 7 months"
    ]
    for (const line of before) expect(Catalog.untranslated(line, names), line).not.toEqual([])
  })
})

describe("the demo's own catalog and its --lang option", () => {
  it("every message of the demo's catalog passes the check", () => {
    for (const [name, catalog] of Object.entries(catalogs))
      expect({ name, problems: Catalog.check(catalog, { names }) }).toEqual({ name, problems: [] })
  })

  it("--lang fi|sv|en (also --lang=sv); English without the option; anything else is a usage error", () => {
    expect(langArg(["--lang", "fi"])).toBe("fi")
    expect(langArg(["--", "--lang=sv"])).toBe("sv")
    expect(langArg([])).toBe("en")
    expect(langArg(["--lang", "de"])).toBeUndefined()
    expect(langArg(["--lang"])).toBeUndefined()
  })

  it("the start command with --lang de exits 2 with the usage in fi, sv and en, without repeating the value", () => {
    const dir = fileURLToPath(new URL("..", import.meta.url))
    let failure: { status?: number; stderr?: string; stdout?: string } = {}
    try {
      execFileSync(
        fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url)),
        ["--tsconfig", "tsconfig.dev.json", "src/main.ts", "--lang", "de"],
        { cwd: dir, encoding: "utf8", stdio: "pipe" }
      )
    } catch (e) {
      failure = e as typeof failure
    }
    expect(failure.status).toBe(2)
    expect(failure.stdout).toBe("")
    expect(failure.stderr).toContain("--lang fi|sv|en")
    expect(failure.stderr).toContain("tuntematon kieli; valitse fi, sv tai en")
    expect(failure.stderr).toContain("okänt språk; välj fi, sv eller en")
    expect(failure.stderr).toContain("unknown language; choose fi, sv or en")
    expect(failure.stderr).not.toMatch(/\bde\b/)
  })
})
