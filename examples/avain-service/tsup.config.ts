import { defineConfig } from "tsup"

export default defineConfig({
  entry: ["src/main.ts", "src/verify-main.ts", "src/admin-main.ts"],
  format: ["esm"],
  target: "node20",
  platform: "node",
  sourcemap: true,
  clean: true,
  // better-sqlite3 is a native addon and the workspace packages are real dependencies: keep them external.
  external: ["better-sqlite3"]
})
