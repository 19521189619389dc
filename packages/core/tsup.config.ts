import { defineConfig } from "tsup"

export default defineConfig({
  // `disclosure` is its own entry: it has no imports, so the AVAIN scoring entry can use it without loading effect.
  entry: ["src/index.ts", "src/disclosure.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  treeshake: true
})
