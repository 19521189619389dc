import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const packages = fileURLToPath(new URL("../../packages", import.meta.url))

export default defineConfig({
  // Workspace packages resolve to their sources (subpath exports such as `@osallistava/core/disclosure` too) so
  // tests never run against a stale dist (the server child process runs a bundle built from the sources by
  // test/support/global-setup.ts).
  resolve: {
    alias: [
      { find: /^@osallistava\/(avain|core)$/, replacement: `${packages}/$1/src/index.ts` },
      { find: /^@osallistava\/(avain|core)\/(.+)$/, replacement: `${packages}/$1/src/$2.ts` }
    ]
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000
  }
})
