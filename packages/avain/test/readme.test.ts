import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { main } from "../examples/readme.js"

describe("README", () => {
  it("shows the real output of examples/readme.ts", () => {
    const lines: Array<string> = []
    main((...args) => lines.push(args.map(String).join(" ")))
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
    const block = /<!-- output -->\n```text\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(block).toBe(`${lines.join("\n")}\n`)
  })
  it("shows the code of examples/readme.ts", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")
    const example = readFileSync(new URL("../examples/readme.ts", import.meta.url), "utf8")
    const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? ""
    expect(code.trim().split("\n").length).toBeLessThanOrEqual(60)
    expect(example).toContain(code.trim())
  })
})
