import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"

// The scoring entry must stay small: no run-time import of effect or @osallistava/core (type-only imports are erased),
// except core's `disclosure` entry, which itself imports nothing (the disclosure rules live in one place).
const runtimeImports = (file: URL): Array<string> => {
  const text = readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
  return [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;"]*?from\s+"([^"]+)"/gm)]
    .filter(
      (m) =>
        !/^(?:import|export)\s+type\s/.test(m[0]) &&
        !/^import\s+\{\s*type\s[^}]*\}\s+from/.test(m[0].replace(/\s+/g, " "))
    )
    .map((m) => m[1] as string)
}

describe("@osallistava/avain/scoring", () => {
  it("reaches no effect or core module at run time", () => {
    const seen = new Set<string>()
    const visit = (file: URL) => {
      if (seen.has(file.href)) return
      seen.add(file.href)
      for (const spec of runtimeImports(file)) {
        if (spec === "@osallistava/core/disclosure") {
          const disclosure = new URL("../../core/src/disclosure.ts", import.meta.url)
          expect(runtimeImports(disclosure), "core/src/disclosure.ts imports nothing").toEqual([])
          continue
        }
        expect(spec.startsWith("."), `${file.pathname} imports ${spec}`).toBe(true)
        visit(new URL(spec.replace(/\.js$/, ".ts"), file))
      }
    }
    visit(new URL("../src/scoring.ts", import.meta.url))
    expect(seen.size).toBeGreaterThan(5)
  })
})
