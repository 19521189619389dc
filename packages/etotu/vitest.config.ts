import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

export default defineConfig({
  // The README example imports the package by name; test it against the source, not a possibly stale dist.
  resolve: {
    alias: { "@osallistava/etotu": fileURLToPath(new URL("./src/index.ts", import.meta.url)) }
  },
  test: {
    include: ["test/**/*.test.ts"]
  }
})
