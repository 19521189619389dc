import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

export default defineConfig({
  // Tests and the README example import the package by name; resolve it to the source, not a possibly stale dist.
  resolve: {
    alias: { "@osallistava/avain": fileURLToPath(new URL("./src/index.ts", import.meta.url)) }
  },
  test: {
    include: ["test/**/*.test.ts"]
  }
})
