import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { decodeApplication } from "../src/application.js"
import { calculate } from "../src/engine.js"
import { render } from "../src/explain.js"

// The README's three real cases are generated here from the sources; the test fails if the README differs.
// Regenerate with: UPDATE_README=1 npx vitest run test/readme.test.ts
const cases = [
  ["e1-2017-single.json", "E1, 2017: Kela FAQ 'Miksi sain perusosaa pienemmän määrän perustoimeentulotukea?'", "en"],
  ["e2-2021-sipoo-single-parent.json", "E2, 2021: kela.fi/web/en/faq-social-assistance (Sipoo)", "fi"],
  [
    "e5-2024-hyvinkaa-couple-assets.json",
    "E5, 2024: kela.fi/news/thinking-of-applying-for-social-assistance-check-these-things-first",
    "sv"
  ]
] as const

const readmePath = fileURLToPath(new URL("../README.md", import.meta.url))
const start = "<!-- cases:start -->"
const end = "<!-- cases:end -->"

const generate = () =>
  cases
    .map(([file, title, lang]) => {
      const json = JSON.parse(readFileSync(fileURLToPath(new URL(`../examples/${file}`, import.meta.url)), "utf8"))
      const app = decodeApplication(json)
      if (Result.isFailure(app)) throw new Error(app.failure.message)
      const d = calculate(app.success)
      if (Result.isFailure(d)) throw new Error(d.failure.message)
      return [
        `### ${title}`,
        "",
        `Input: \`examples/${file}\`. Result: support **${d.success.support} €** (${d.success.outcome}).`,
        "",
        `Justification (\`Explain.render(decision, "${lang}")\`):`,
        "",
        "```text",
        render(d.success, lang),
        "```"
      ].join("\n")
    })
    .join("\n\n")

describe("README", () => {
  it("shows the decision JSON of E1 exactly as the engine returns it (explanation shortened to its first node)", () => {
    const json = JSON.parse(
      readFileSync(fileURLToPath(new URL("../examples/e1-2017-single.json", import.meta.url)), "utf8")
    )
    const app = decodeApplication(json)
    if (Result.isFailure(app)) throw new Error(app.failure.message)
    const d = calculate(app.success)
    if (Result.isFailure(d)) throw new Error(d.failure.message)
    const shortened = { ...d.success, explanation: d.success.explanation.slice(0, 1) }
    expect(readFileSync(readmePath, "utf8")).toContain(JSON.stringify(shortened, null, 2))
  })

  it("shows the three Kela cases (E1 2017, E2 2021, E5 2024) exactly as the engine computes them", () => {
    const readme = readFileSync(readmePath, "utf8")
    const i = readme.indexOf(start)
    const j = readme.indexOf(end)
    expect(i).toBeGreaterThan(0)
    expect(j).toBeGreaterThan(i)
    const expected = `\n\n${generate()}\n\n`
    if (process.env["UPDATE_README"] === "1")
      writeFileSync(readmePath, `${readme.slice(0, i + start.length)}${expected}${readme.slice(j)}`)
    else expect(readme.slice(i + start.length, j)).toBe(expected)
    expect(expected).toContain("Basic social assistance of €238.09 is granted for 2017-05")
    expect(expected).toContain("Perustoimeentulotukea myönnetään 191,33\u00a0€ kuukaudelle 3/2021")
    expect(expected).toContain("grundläggande utkomststöd beviljas inte för månaden 6/2024")
  })
})
