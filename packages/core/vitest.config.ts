import { defineConfig } from "vitest/config"
import { workspaceAliases } from "../../vitest.aliases.js"

export default defineConfig({
  // The README example imports "@osallistava/core" by name: test it against the source, never a stale dist.
  resolve: { alias: workspaceAliases() },
  test: {
    include: ["test/**/*.test.ts"]
  }
})
