import { afterEach, describe, expect, it, vi } from "vitest"
import { readmeOf } from "../../../scripts/test-utils/readme-sync.mjs"

describe("README example", () => {
  afterEach(() => vi.restoreAllMocks())
  it("examples/day.mjs prints exactly the output shown in the README", async () => {
    const lines: Array<string> = []
    vi.spyOn(console, "log").mockImplementation((...args: Array<unknown>) => {
      lines.push(args.join(" "))
    })
    // @ts-expect-error the example is plain JavaScript without type declarations
    await import("../examples/day.mjs")
    const block = readmeOf(new URL("..", import.meta.url)).blockAfter("Output:\n\n", "")
    expect(block).toBeDefined()
    expect(`${lines.join("\n")}\n`).toBe(block)
  })
})
