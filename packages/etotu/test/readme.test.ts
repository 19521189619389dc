import { readFileSync } from "node:fs"
import { afterEach, describe, expect, it, vi } from "vitest"

describe("README example", () => {
  afterEach(() => vi.restoreAllMocks())
  it("examples/day.mjs prints exactly the output shown in the README", async () => {
    const lines: Array<string> = []
    vi.spyOn(console, "log").mockImplementation((...args: Array<unknown>) => {
      lines.push(args.join(" "))
    })
    // @ts-expect-error the example is plain JavaScript without type declarations
    await import("../examples/day.mjs")
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
    const block = /Output:\n\n```\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(block).toBeDefined()
    expect(`${lines.join("\n")}\n`).toBe(block)
  })
})
