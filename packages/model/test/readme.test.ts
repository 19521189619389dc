import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { main } from "../examples/readme.js"

describe("README example", () => {
  it("prints what the README shows", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
    const block = readme.split("Output:\n\n```\n")[1]?.split("\n```")[0]
    expect(main()).toBe(block)
  })
})
