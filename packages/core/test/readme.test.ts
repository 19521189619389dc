import { describe, expect, it } from "vitest"
import { printedBy, readmeOf } from "../../../scripts/test-utils/readme-sync.mjs"
import { main } from "../examples/readme.js"

describe("README", () => {
  it("shows the real output of examples/readme.ts", () => {
    expect(readmeOf(new URL("..", import.meta.url)).blockAfter("<!-- output -->")).toBe(printedBy(main))
  })
})
