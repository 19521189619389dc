/**
 * The one README-sync helper: every package's `test/readme.test.ts` reads its
 * README's blocks and its example's printed lines through these functions, so
 * a README stays true to what its example really prints. Test-only (not
 * published); types in `readme-sync.d.mts`.
 */
import { readFileSync } from "node:fs"

/**
 * The README and the example file of the package whose directory is `packageDir`
 * (a `file:` URL ending in `/`, e.g. `new URL("..", import.meta.url)` from `test/`).
 */
export const readmeOf = (packageDir, example = "examples/readme.ts") => {
  const readme = readFileSync(new URL("README.md", packageDir), "utf8")
  return {
    readme,
    /** The source text of the example. */
    example: () => readFileSync(new URL(example, packageDir), "utf8"),
    /** The body of the first fenced block of `lang` after `marker` (with its trailing newline), or undefined. */
    blockAfter: (marker, lang = "text") => fencedAfter(readme, marker, lang),
    /** The body of the first fenced block of `lang` anywhere in the README, trimmed, or "". */
    firstBlock: (lang) => fencedAfter(readme, "", lang)?.trim() ?? ""
  }
}

/** The body of the first ```lang fenced block after `marker` in `text` (with its trailing newline). */
export const fencedAfter = (text, marker, lang = "text") => {
  const at = marker === "" ? 0 : text.indexOf(marker)
  if (at < 0) return undefined
  const open = `\`\`\`${lang}\n`
  const start = text.indexOf(open, at)
  if (start < 0) return undefined
  const end = text.indexOf("```", start + open.length)
  return end < 0 ? undefined : text.slice(start + open.length, end)
}

/** Runs `main(log)` and returns what it logged, one line per call, with a final newline. */
export const printedBy = (main) => {
  const lines = []
  main((...args) => lines.push(args.map(String).join(" ")))
  return `${lines.join("\n")}\n`
}

/**
 * The two README checks of a package whose README shows `examples/readme.ts`
 * and, under `<!-- output -->`, what it prints: the output is the real output,
 * and the code block is part of the example (at most `maxLines` lines).
 */
export const checkReadmeExample = async (packageDir, main, { maxLines = 60 } = {}) => {
  const { describe, expect, it } = await import("vitest")
  const readme = readmeOf(packageDir)
  describe("README", () => {
    it("shows the real output of examples/readme.ts", () => {
      expect(readme.blockAfter("<!-- output -->")).toBe(printedBy(main))
    })
    it("shows the code of examples/readme.ts", () => {
      const code = readme.firstBlock("ts")
      expect(code.split("\n").length).toBeLessThanOrEqual(maxLines)
      expect(readme.example()).toContain(code)
    })
  })
}
