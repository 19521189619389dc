import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const src = (pkg: string) => fileURLToPath(new URL(`../../packages/${pkg}/src/index.ts`, import.meta.url))

export default defineConfig({
  // Workspace packages resolve to their sources so tests never run against a stale dist (the server child
  // process does the same through the paths of tsconfig.json).
  resolve: {
    alias: { "@osallistava/avain": src("avain"), "@osallistava/core": src("core") }
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000
  }
})
