import { defineConfig } from "vitest/config"
import { workspaceAliases } from "../../vitest.aliases.js"

export default defineConfig({
  // Workspace packages resolve to their sources: the example is tested against the code beside it, not a stale dist.
  resolve: { alias: workspaceAliases() },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000
  }
})
