import { execFileSync } from "node:child_process"
import { createRequire } from "node:module"
import { defineConfig } from "tsup"

const tsc = createRequire(`${process.cwd()}/package.json`).resolve("typescript/bin/tsc")

export default defineConfig({
  // One output file per source module (`bundle: false`), so `dist/` keeps the modules apart: a bundler that imports one
  // of the subpath entries as a namespace (`import * as Money from "@osallistava/core/money"`) keeps only the functions
  // used, and the module-level Schemas, marked pure, are dropped with the rest (a single-file `dist` kept every
  // namespace object, and with it every Schema). Each class has one identity whether imported from the root or from a
  // subpath. `disclosure` has no imports at all, so the AVAIN scoring entry can use it without loading effect.
  entry: ["src/**/*.ts"],
  bundle: false,
  format: ["esm"],
  // No declaration bundling: after the JavaScript, `tsc -p tsconfig.build.json` writes one `.d.ts` (with its
  // `.d.ts.map`) next to each `.js`, so `npx tsup` alone is a whole build (a failing tsc fails it). tsup's bundled
  // declarations (rollup-plugin-dts) rewrote each namespace export as `declare namespace money { export { type
  // money_EuroCents as EuroCents } }`, so a name that is both a Schema and a type (`Money.EuroCents`) was only a type for
  // dependants, and interfaces re-exported inside a namespace became values.
  dts: false,
  onSuccess: async () => {
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" })
  },
  clean: true,
  sourcemap: true,
  target: "node20",
  treeshake: true
})
