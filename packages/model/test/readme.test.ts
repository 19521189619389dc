import { describe, expect, it } from "vitest"
import { readmeOf } from "../../../scripts/test-utils/readme-sync.mjs"
import { main } from "../examples/readme.js"

describe("README example", () => {
  it("prints what the README shows", () => {
    expect(readmeOf(new URL("..", import.meta.url)).blockAfter("Output:\n\n", "")).toBe(`${main()}\n`)
  })
})
