import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  // Tests (and the README example) run against the sources, never a possibly stale dist.
  resolve: {
    alias: {
      // Subpath first: an alias also matches `name/…`.
      "@osallistava/core/disclosure": src("../core/src/disclosure.ts"),
      "@osallistava/model": src("./src/index.ts"),
      "@osallistava/avain": src("../avain/src/index.ts"),
      "@osallistava/etotu": src("../etotu/src/index.ts"),
      "@osallistava/calendar": src("../calendar/src/index.ts"),
      "@osallistava/core": src("../core/src/index.ts")
    }
  },
  test: {
    include: ["test/**/*.test.ts"]
  }
})
