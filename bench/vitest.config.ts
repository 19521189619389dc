import { defineConfig } from "vitest/config"
import { workspaceAliases } from "../vitest.aliases.js"

// Workspace packages resolve to their src, so tests never run against a stale dist.
// Fuzz runs: FUZZ_RUNS=100000 (see the root `fuzz` script); the normal suite uses a small sample.
export default defineConfig({
  resolve: { alias: workspaceAliases() },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000
  }
})
