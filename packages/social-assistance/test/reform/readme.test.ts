import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { compare, decodeReform, encodeReform, ofMonth, renderComparison } from "../../src/reform/index.js"
import { single } from "./helpers.js"

// The README's reform section: the file shown is the example file and decodes; the comparison shown is what
// `renderComparison` prints. Regenerate with: UPDATE_README=1 npx vitest run test/reform/readme.test.ts
const readmePath = fileURLToPath(new URL("../../README.md", import.meta.url))
const filePath = fileURLToPath(new URL("../../examples/reform-keep-disregard.json", import.meta.url))
const between = (text: string, name: string) => {
  const a = text.indexOf(`<!-- ${name}:start -->`)
  const b = text.indexOf(`<!-- ${name}:end -->`)
  return { a, b, inner: text.slice(a + `<!-- ${name}:start -->`.length, b) }
}

const comparisonBlock = () => {
  const c = compare(
    single("2026-03", "600.00", [{ kind: "wage", amount: "500.00" }]),
    ofMonth("2026-02"),
    ofMonth("2026-03")
  )
  if (Result.isFailure(c)) throw new Error("compare")
  return `\n\`\`\`text\n${renderComparison(c.success, "en")}\n\`\`\`\n`
}

describe("README: reform simulation", () => {
  it("shows the example reform file, which decodes and encodes back unchanged", () => {
    const file = readFileSync(filePath, "utf8")
    const readme = readFileSync(readmePath, "utf8")
    expect(between(readme, "reform-file").inner).toBe(`\n\`\`\`json\n${file}\`\`\`\n`)
    const r = decodeReform(JSON.parse(file))
    expect(Result.isSuccess(r)).toBe(true)
    if (Result.isSuccess(r)) expect(encodeReform(r.success)).toEqual(JSON.parse(file))
  })

  it("shows the comparison the code prints", () => {
    let readme = readFileSync(readmePath, "utf8")
    const block = comparisonBlock()
    if (process.env["UPDATE_README"] === "1") {
      const { a, b } = between(readme, "reform-comparison")
      readme = `${readme.slice(0, a)}<!-- reform-comparison:start -->${block}${readme.slice(b)}`
      writeFileSync(readmePath, readme)
    }
    expect(between(readme, "reform-comparison").inner).toBe(block)
  })
})
