import { describe, expect, it } from "vitest"
import { printedBy, readmeOf } from "../../../scripts/test-utils/readme-sync.mjs"
import { main } from "../examples/readme.js"

describe("README", () => {
  const readme = readmeOf(new URL("..", import.meta.url))
  it("shows the real output of examples/readme.ts", () => {
    expect(readme.blockAfter("<!-- output -->")).toBe(printedBy(main))
  })
  it("shows the code of examples/readme.ts", () => {
    const code = readme.firstBlock("ts")
    expect(code.split("\n").length).toBeLessThanOrEqual(60)
    expect(readme.example()).toContain(code)
  })
})
