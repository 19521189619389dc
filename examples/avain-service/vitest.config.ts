import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const src = (pkg: string) => fileURLToPath(new URL(`../../packages/${pkg}/src/index.ts`, import.meta.url))

export default defineConfig({
  // Workspace packages resolve to their sources so tests never run against a stale dist (the server child
  // process runs a bundle built from the sources by test/support/global-setup.ts).
  resolve: {
    alias: { "@osallistava/avain": src("avain"), "@osallistava/core": src("core") }
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000
  }
})
