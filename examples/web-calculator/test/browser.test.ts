/**
 * End to end in headless Chromium (Debian's `chromium` driven by playwright-core): builds the page with Vite, serves
 * it on a loopback port, fills the form, checks the amount against the engine for the same household, switches
 * language, checks that no decision wording is on the page in fi, sv and en, the reminders of often forgotten income
 * and the message for a too large amount, walks the form with the keyboard, runs axe-core (WCAG 2.1 A/AA) on the
 * result in each language and on the error pages, compares one household under the law of February and March 2026
 * (the "what changed" view) in each language, and takes screenshots into
 * test-results/. Skipped, with the reason, only where Chromium is missing and cannot be installed.
 */
import { spawnSync } from "node:child_process"
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs"
import { createServer, type Server } from "node:http"
import { createRequire } from "node:module"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { dirname, extname, join, normalize } from "node:path"
import { fileURLToPath } from "node:url"
import { Money } from "@osallistava/core"
import { calculate, type Decision, decodeApplication } from "@osallistava/social-assistance"
import { Result } from "effect"
import { type BrowserContext, chromium, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { decisionWording, estimateSteps } from "../src/estimate.js"
import { fieldErrorText, maxMonthlyCents } from "../src/household.js"
import { type Lang, t } from "../src/i18n.js"
import { ensureChromium } from "./support/chromium.js"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const resultsDir = join(packageDir, "test-results")
const status = ensureChromium()
if (!status.ok) console.warn(`[web-calculator] browser test skipped: ${status.reason}`)

/**
 * The household typed into the form, as the engine's JSON written out by hand (birth dates chosen to give the ages
 * typed on the page on 1 June 2024). Hyvinkää, four persons, rent above the VNA 144/2024 limit of 904 €.
 */
const household = {
  month: "2024-06",
  municipality: "Hyvinkää",
  persons: [
    { id: "a", role: "applicant", birthDate: "1984-01-15" }, // 40
    { id: "s", role: "spouse", birthDate: "1986-03-10" }, // 38
    { id: "c1", role: "child", birthDate: "2012-02-01" }, // 12
    { id: "c2", role: "child", birthDate: "2017-05-20" } // 7
  ],
  expenses: [
    { kind: "rent", amount: "1000.00" },
    { kind: "water", amount: "80.00" },
    { kind: "householdElectricity", amount: "45.50" }
  ],
  incomes: [
    { kind: "wage", amount: "1200.00", personId: "a" },
    { kind: "basicUnemploymentAllowance", amount: "640.00", personId: "s" },
    { kind: "housingAllowance", amount: "188.82", personId: "a" },
    { kind: "childBenefit", amount: "199.72", personId: "a" },
    { kind: "maintenancePayment", amount: "183.43", personId: "c2" }
  ]
}

const expected = (): Decision.Decision => {
  const app = decodeApplication(household)
  if (Result.isFailure(app)) throw app.failure
  const decision = calculate(app.success)
  if (Result.isFailure(decision)) throw decision.failure
  return decision.success
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff"
}

/** A tiny static file server for the built page, on 127.0.0.1 and a free port. */
const serve = (dir: string) =>
  new Promise<Server>((resolve) => {
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
        /^(\.\.[/\\])+/,
        ""
      )
      const file = join(dir, path === "/" ? "index.html" : path)
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404).end()
        return
      }
      res.writeHead(200, { "content-type": contentTypes[extname(file)] ?? "application/octet-stream" })
      createReadStream(file).pipe(res)
    })
    server.listen(0, "127.0.0.1", () => resolve(server))
  })

const require = createRequire(import.meta.url)
const axeSource = require.resolve("axe-core/axe.min.js")

const axeViolations = async (page: Page) => {
  await page.addScriptTag({ path: axeSource })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }).axe
    type AxeResult = { violations: Array<{ id: string; nodes: Array<{ target: Array<string> }> }> }
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }
    })
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
  })
}

/** Decision wording found in the page's whole text (including the closed justification), per the phrases. */
const decisionWordingOnPage = async (page: Page, lang: Lang) => {
  const text = (await page.evaluate(() => document.body.textContent ?? "")).replace(/\s+/g, " ")
  const phrases = ["myönnetään", "hakija ohjataan", "hakijalle on annettava ohjaus", "beviljas", "is granted"]
  return [
    ...decisionWording[lang].filter((re) => re.test(text)).map(String),
    ...phrases.filter((p) => text.toLowerCase().includes(p))
  ]
}

describe.skipIf(!status.ok)("web calculator in headless Chromium", () => {
  let server: Server
  let context: BrowserContext
  let page: Page
  let url: string
  let outDir: string
  let profileDir: string

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "web-calculator-dist-"))
    profileDir = mkdtempSync(join(tmpdir(), "web-calculator-chromium-"))
    const vite = join(dirname(require.resolve("vite/package.json")), "bin", "vite.js")
    const build = spawnSync(
      process.execPath,
      [vite, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"],
      {
        cwd: packageDir,
        encoding: "utf8",
        timeout: 90_000
      }
    )
    if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`)
    server = await serve(outDir)
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    mkdirSync(resultsDir, { recursive: true })
    if (!status.ok) return
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: status.path,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync"
      ],
      viewport: { width: 1280, height: 900 },
      locale: "fi-FI"
    })
    page = context.pages()[0] ?? (await context.newPage())
  })

  afterAll(async () => {
    await context?.close()
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
    rmSync(outDir, { recursive: true, force: true })
    rmSync(profileDir, { recursive: true, force: true })
  })

  it("fills the form and shows the engine's amount with its explanation, in fi, sv and en", async () => {
    const decision = expected()
    expect(decision.supportCents).toBeGreaterThan(0)
    await page.goto(`${url}?lang=fi`)
    await expect.poll(() => page.locator("h1").textContent()).toBe(t("fi", "pageTitle"))

    await page.getByLabel(t("fi", "month")).fill("2024-06")
    await page.getByLabel(t("fi", "municipality")).selectOption("Hyvinkää")
    await page.getByLabel(t("fi", "applicantAge")).fill("40")
    await page.getByLabel(t("fi", "hasSpouse")).check()
    await page.getByLabel(t("fi", "spouseAge")).fill("38")
    await page.getByRole("button", { name: t("fi", "addChild") }).click()
    await page.getByLabel(t("fi", "childAge", { n: 1 })).fill("12")
    await page.getByRole("button", { name: t("fi", "addChild") }).click()
    await page.getByLabel(t("fi", "childAge", { n: 2 })).fill("7")
    await page.getByLabel(t("fi", "childMaintenance", { n: 2 })).fill("183,43")
    await page.getByLabel(t("fi", "rent")).fill("1000")
    await page.getByLabel(t("fi", "water")).fill("80")
    await page.getByLabel(t("fi", "householdElectricity")).fill("45,50")
    await page.getByLabel(t("fi", "applicantWage")).fill("1 200")
    await page.getByLabel(t("fi", "spouseUnemployment")).fill("640")
    await page.getByLabel(t("fi", "housingAllowance")).fill("188,82")
    await page.getByLabel(t("fi", "childBenefit")).fill("199.72")
    await page.getByRole("button", { name: t("fi", "submit") }).click()

    const amount = page.locator("#result-amount .amount-value")
    await expect.poll(() => amount.getAttribute("data-cents")).toBe(String(decision.supportCents))
    expect(await amount.textContent()).toBe(Money.format(Money.unsafeCents(decision.supportCents), "fi"))
    // The live region announces the amount; the estimate notice is in the result.
    const live = page.locator("#result [aria-live='polite'][role='status']")
    expect(await live.textContent()).toContain(Money.format(Money.unsafeCents(decision.supportCents), "fi"))
    expect(await page.locator("#result").textContent()).toContain(t("fi", "estimateNotice"))
    const explanation = page.locator("ol.explanation > li")
    expect(await explanation.count()).toBe(decision.explanation.length)
    const steps = (lang: Lang) => estimateSteps(decision, lang)
    expect(await explanation.first().textContent()).toContain(steps("fi")[0]!.text)
    expect(await page.locator("#justification-text").textContent()).toContain(steps("fi").at(-1)!.text)
    // The household's rent is over Hyvinkää's limit: the engine's decision-letter text directs the applicant; the page
    // says what Kela may do instead, and no decision wording is anywhere on the page.
    expect(decision.flags).toContain("housingDirectionRequired")
    expect(await page.locator("ul.flags > li").count()).toBe(decision.flags.length)
    expect(await page.locator("ul.flags").textContent()).toContain(t("fi", "flagHousingOverLimit"))
    expect(await page.locator("ol.explanation").textContent()).toContain(t("fi", "estimateHousingOverLimit"))
    expect(await decisionWordingOnPage(page, "fi")).toEqual([])
    // Everything the household gets is entered: no reminders.
    expect(await page.locator("#reminders").count()).toBe(0)
    expect(await live.textContent()).not.toContain(t("fi", "remindersStatus"))
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: join(resultsDir, "web-calculator-fi.png"), fullPage: true })

    await page.getByRole("button", { name: "Svenska" }).click()
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("sv")
    expect(await page.locator("h1").textContent()).toBe(t("sv", "pageTitle"))
    expect(await page.getByLabel(t("sv", "rent")).inputValue()).toBe("1000")
    expect(await amount.textContent()).toBe(Money.format(Money.unsafeCents(decision.supportCents), "sv"))
    expect(await explanation.first().textContent()).toContain(steps("sv")[0]!.text)
    expect(await page.getByRole("button", { name: "Svenska" }).getAttribute("aria-pressed")).toBe("true")
    expect(await decisionWordingOnPage(page, "sv")).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: join(resultsDir, "web-calculator-sv.png"), fullPage: true })

    await page.getByRole("button", { name: "English" }).click()
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en")
    expect(await page.locator("h1").textContent()).toBe(t("en", "pageTitle"))
    expect(await amount.textContent()).toBe(Money.format(Money.unsafeCents(decision.supportCents), "en"))
    expect(await live.textContent()).toContain(t("en", "resultGranted").split("{")[0]!)
    expect(await explanation.first().textContent()).toContain(steps("en")[0]!.text)
    expect(page.url()).toContain("lang=en")
    expect(await decisionWordingOnPage(page, "en")).toEqual([])
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: join(resultsDir, "web-calculator-en.png"), fullPage: true })
  })

  it("reminds of often forgotten income and says when an amount is too large, in fi, sv and en", async () => {
    // A single parent with one child in March 2024, rent, the labour market subsidy, no child benefit and no housing
    // allowance entered: all four reminders (the child increase was still paid in March 2024).
    await page.goto(`${url}?lang=fi`)
    await expect.poll(() => page.locator("h1").textContent()).toBe(t("fi", "pageTitle"))
    await page.getByLabel(t("fi", "month")).fill("2024-03")
    await page.getByLabel(t("fi", "municipality")).selectOption("Helsinki")
    await page.getByLabel(t("fi", "applicantAge")).fill("33")
    await page.getByRole("button", { name: t("fi", "addChild") }).click()
    await page.getByLabel(t("fi", "childAge", { n: 1 })).fill("6")
    await page.getByLabel(t("fi", "rent")).fill("1 000 000")
    await page.getByLabel(t("fi", "applicantUnemployment")).fill("700")
    await page.getByRole("button", { name: t("fi", "submit") }).click()

    // Too large: a clear message at the field and in the summary, never the engine's error.
    const tooLarge = (lang: Lang) =>
      fieldErrorText({ field: "rent", message: "errAmountTooLarge", maxCents: maxMonthlyCents }, lang)
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("error-summary")
    expect(await page.locator("#error-summary").textContent()).toContain(tooLarge("fi"))
    expect(await page.locator("#rent-error").textContent()).toBe(tooLarge("fi"))
    expect(await page.locator("#rent").getAttribute("aria-invalid")).toBe("true")
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole("button", { name: "Svenska" }).click()
    expect(await page.locator("#rent-error").textContent()).toBe(tooLarge("sv"))
    await page.getByRole("button", { name: "English" }).click()
    expect(await page.locator("#rent-error").textContent()).toBe(tooLarge("en"))
    await page.screenshot({ path: join(resultsDir, "web-calculator-too-large-en.png"), fullPage: true })

    await page.getByLabel(t("en", "rent")).fill("800")
    await page.getByRole("button", { name: t("en", "submit") }).click()
    const reminders = page.locator("#reminders li")
    await expect.poll(() => reminders.count()).toBe(4)
    const expected = [
      "remindChildBenefit",
      "remindSingleParentSupplement",
      "remindHousingAllowance",
      "remindChildIncrease"
    ]
    expect(await reminders.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-reminder")))).toEqual(expected)
    for (const lang of ["en", "sv", "fi"] as const) {
      if (lang !== "en") await page.getByRole("button", { name: lang === "sv" ? "Svenska" : "Suomi" }).click()
      await expect.poll(() => page.locator("#reminders-heading").textContent()).toBe(t(lang, "remindersHeading"))
      expect(await reminders.allTextContents()).toEqual(expected.map((k) => t(lang, k as Parameters<typeof t>[1])))
      expect(await page.locator("#result-status").textContent()).toContain(t(lang, "remindersStatus"))
      expect(await decisionWordingOnPage(page, lang)).toEqual([])
      expect(await axeViolations(page)).toEqual([])
    }
    // Each reminder links to its input.
    expect(await page.locator("#reminders a").first().getAttribute("href")).toBe("#childBenefit")
    await page.screenshot({ path: join(resultsDir, "web-calculator-reminders-fi.png"), fullPage: true })

    // From April 2024 there is no child increase to remind of; entering the child benefit removes its reminder.
    await page.getByLabel(t("fi", "month")).fill("2024-04")
    await page.getByLabel(t("fi", "childBenefit")).fill("168,26")
    await page.getByRole("button", { name: t("fi", "submit") }).click()
    await expect
      .poll(() => reminders.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-reminder"))))
      .toEqual(["remindSingleParentSupplement", "remindHousingAllowance"])
  })

  it("compares two months' law for one household: the basic-amount cut of March 2026, in fi, sv and en", async () => {
    // Kela's release of 16.2.2026: the basic amount of a person living alone falls from 596,32 € to 578,43 € on
    // 1.3.2026 (law 26/2026). A single person without income or expenses gets exactly the basic amount, so the
    // difference is the cut, −17,89 €.
    const euros = (cents: number, lang: Lang) => Money.format(Money.unsafeCents(cents), lang)
    for (const lang of ["fi", "sv", "en"] as const) {
      await page.goto(`${url}?lang=${lang}`)
      await expect.poll(() => page.locator("h1").textContent()).toBe(t(lang, "pageTitle"))
      expect(await page.locator("#compare-heading").textContent()).toBe(t(lang, "compareHeading"))
      expect(await page.locator("#compare-status").textContent()).toBe(t(lang, "compareEmpty"))
      await page.locator("#month").fill("2026-03")
      await page.getByLabel(t(lang, "municipality")).selectOption("091") // Helsinki / Helsingfors
      await page.getByLabel(t(lang, "applicantAge")).fill("30")
      expect(await page.getByLabel(t(lang, "compareBaseline")).inputValue()).toBe("2026-02")
      expect(await page.getByLabel(t(lang, "compareReform")).inputValue()).toBe("2026-03")
      await page.getByRole("button", { name: t(lang, "compareSubmit"), exact: true }).click()

      const change = page.locator("#compare-change td")
      await expect.poll(() => change.getAttribute("data-cents")).toBe("-1789")
      expect(await change.textContent()).toBe(`\u2212${euros(17_89, lang)}`)
      expect(await page.locator("#compare-baseline-amount td").textContent()).toBe(euros(596_32, lang))
      expect(await page.locator("#compare-reform-amount td").textContent()).toBe(euros(578_43, lang))
      // The polite live region announces both amounts and the difference.
      const live = page.locator("#compare-status")
      expect(await live.getAttribute("aria-live")).toBe("polite")
      expect(await live.getAttribute("role")).toBe("status")
      for (const text of [euros(596_32, lang), euros(578_43, lang), `\u2212${euros(17_89, lang)}`])
        expect(await live.textContent()).toContain(text)
      // The explanation: the basic amount step, its changed parameter, both laws' texts; then the support.
      const steps = page.locator("ol.compare-steps > li")
      expect(await steps.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-step")))).toEqual([
        "basicAmount",
        "support"
      ])
      const basic = (await steps.first().textContent()) ?? ""
      expect(basic).toContain(`${euros(596_32, lang)} → ${euros(578_43, lang)}`)
      expect(await steps.first().locator(".compare-parameters li").count()).toBe(1)
      expect(await steps.first().locator(".compare-before").textContent()).toContain(euros(596_32, lang))
      expect(await steps.first().locator(".compare-after").textContent()).toContain(euros(578_43, lang))
      expect(await steps.nth(1).locator(".compare-after").textContent()).toContain(
        t(lang, "estimateSupportStep").split(" ")[0]!
      )
      expect(await decisionWordingOnPage(page, lang)).toEqual([])
      expect(await axeViolations(page)).toEqual([])
      await page.locator("#compare").screenshot({ path: join(resultsDir, `web-calculator-compare-${lang}.png`) })
    }

    // A language switch rewrites the view; a bad month is named at its input, never repeated.
    await page.getByRole("button", { name: "Suomi" }).click()
    await expect.poll(() => page.locator("#compare-change td").textContent()).toBe(`\u2212${euros(17_89, "fi")}`)
    expect(await page.locator("#compare-changes-heading").textContent()).toBe(t("fi", "compareChangesHeading"))
    await page.getByLabel(t("fi", "compareReform")).fill("2031-13")
    await page.getByRole("button", { name: t("fi", "compareSubmit"), exact: true }).click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("compare-reform")
    expect(await page.locator("#compare-reform-error").textContent()).toBe(t("fi", "errMonth"))
    expect(await page.locator("#compare-reform").getAttribute("aria-invalid")).toBe("true")
    expect(await page.locator("#compare").textContent()).not.toContain("2031-13")
    expect(await axeViolations(page)).toEqual([])
  })

  it("is keyboard operable: Tab reaches every control and the submit with a visible focus ring", async () => {
    await page.goto(`${url}?lang=en`)
    await expect.poll(() => page.locator("h1").textContent()).toBe(t("en", "pageTitle"))
    const visited: Array<string> = []
    for (let i = 0; i < 80 && visited.at(-1) !== "submit"; i++) {
      await page.keyboard.press("Tab")
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement
        const style = getComputedStyle(el)
        return {
          id: el.id || el.textContent?.trim() || el.tagName,
          outline: style.outlineStyle,
          width: style.outlineWidth
        }
      })
      expect(focus.outline, `focus ring on ${focus.id}`).not.toBe("none")
      expect(Number.parseFloat(focus.width), `focus ring width on ${focus.id}`).toBeGreaterThanOrEqual(2)
      visited.push(focus.id)
    }
    expect(visited.at(-1)).toBe("submit")
    const order = [
      "month",
      "municipality",
      "applicantAge",
      "hasSpouse",
      "add-child",
      "rent",
      "applicantWage",
      "savings"
    ]
    expect(order.map((id) => visited.indexOf(id))).toEqual(
      [...order.map((id) => visited.indexOf(id))].sort((a, b) => a - b)
    )
    expect(order.every((id) => visited.includes(id))).toBe(true)
    expect(visited).toContain("Suomi")

    // Enter on the empty form: the error summary takes focus and links to the field.
    await page.keyboard.press("Enter")
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("error-summary")
    expect(await page.locator("#error-summary").textContent()).toContain(t("en", "errAdultAge"))
    expect(await page.locator("#applicantAge").getAttribute("aria-invalid")).toBe("true")
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: join(resultsDir, "web-calculator-errors-en.png"), fullPage: true })

    // The add-child button works from the keyboard and moves focus to the new child's age.
    await page.locator("#add-child").focus()
    await page.keyboard.press("Enter")
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("child-1-age")

    // Reflow (WCAG 1.4.10): at 320 CSS px nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 800 })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({ path: join(resultsDir, "web-calculator-320px-en.png") })
  })
})

if (!status.ok) {
  describe("web calculator in headless Chromium", () => {
    it.skip(`skipped: ${status.reason}`, () => {})
  })
}
