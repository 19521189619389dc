import { defineConfig } from "vitest/config"
import { workspaceAliases } from "../../vitest.aliases.js"

export default defineConfig({
  // Tests (and the page build they run) use the workspace sources, never a possibly stale dist.
  resolve: {
    alias: [
      ...Object.entries(workspaceAliases()).map(([find, replacement]) => ({
        find: new RegExp(`^${find.replace("/", "\\/")}$`),
        replacement
      }))
    ]
  },
  test: {
    include: ["test/**/*.test.ts"],
    // The browser test builds the page and drives Chromium; it takes about 10 s when Chromium is installed.
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
})
