import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  // Tests (and the README example) run against the sources, never a possibly stale dist.
  resolve: {
    alias: [
      // Subpath exports first (`@osallistava/core/disclosure` → core/src/disclosure.ts): an alias also matches `name/…`.
      { find: /^@osallistava\/(core|calendar|avain|etotu)\/(.+)$/, replacement: src("../$1/src/$2.ts") },
      { find: /^@osallistava\/model$/, replacement: src("./src/index.ts") },
      { find: /^@osallistava\/(avain|etotu|calendar|core)$/, replacement: src("../$1/src/index.ts") }
    ]
  },
  test: {
    include: ["test/**/*.test.ts"]
  }
})
