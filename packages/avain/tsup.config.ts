import { defineConfig } from "tsup"

export default defineConfig({
  // One output file per module: with `sideEffects: false` a bundler drops the Schema modules (and effect) when only scoring is imported.
  entry: ["src/**/*.ts"],
  format: ["esm"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "node20",
  treeshake: true
})
