import { defineConfig } from "vitest/config"

// One vitest run over every workspace project, so that `pnpm test` prints a
// single summary. Each package keeps its own vitest.config.ts for `pnpm --filter X test`.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "examples/*/vitest.config.ts", "bench/vitest.config.ts"],
    reporters: ["default", "./scripts/summary-reporter.ts"]
  }
})
