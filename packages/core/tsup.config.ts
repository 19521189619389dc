import { defineConfig } from "tsup"

export default defineConfig({
  // One output file per source module (`bundle: false`), so `dist/` keeps the modules apart: a bundler that imports one
  // of the subpath entries as a namespace (`import * as Money from "@osallistava/core/money"`) keeps only the functions
  // used, and the module-level Schemas, marked pure, are dropped with the rest (a single-file `dist` kept every
  // namespace object, and with it every Schema). Each class has one identity whether imported from the root or from a
  // subpath. `disclosure` has no imports at all, so the AVAIN scoring entry can use it without loading effect.
  entry: ["src/**/*.ts"],
  bundle: false,
  format: ["esm"],
  // Declarations only for the public entries (the root and the subpaths in package.json's exports).
  dts: {
    entry: [
      "src/index.ts",
      "src/disclosure.ts",
      "src/disclosure-checked.ts",
      "src/errors.ts",
      "src/legal-ref.ts",
      "src/local-date.ts",
      "src/localized.ts",
      "src/money.ts",
      "src/municipality.ts",
      "src/reduction-ground.ts",
      "src/rounding.ts",
      "src/year-month.ts"
    ]
  },
  clean: true,
  sourcemap: true,
  target: "node20",
  treeshake: true
})
