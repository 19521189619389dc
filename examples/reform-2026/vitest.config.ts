import { defineConfig } from "vitest/config"
import { workspaceAliases } from "../../vitest.aliases.js"

export default defineConfig({
  // The example runs against the workspace sources, never a stale dist.
  resolve: { alias: workspaceAliases() },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000
  }
})
