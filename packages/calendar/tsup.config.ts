import { defineConfig } from "tsup"

export default defineConfig({
  // One output file per source module (`bundle: false`), as in core: `@osallistava/calendar/working-days`, imported as
  // a namespace together with core's subpath modules, loads no Schema, so the social-assistance amount bundle can
  // compute payment dates without effect's Schema.
  entry: ["src/**/*.ts"],
  bundle: false,
  format: ["esm"],
  // Declarations only for the public entries (the root and the subpath in package.json's exports).
  dts: { entry: ["src/index.ts", "src/working-days.ts"] },
  clean: true,
  sourcemap: true,
  target: "node20",
  treeshake: true
})
