import { defineConfig } from "tsup"

export default defineConfig({
  entry: ["src/index.ts", "src/scoring.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  treeshake: true
})
