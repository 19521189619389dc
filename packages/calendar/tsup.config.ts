import { execFileSync } from "node:child_process"
import { createRequire } from "node:module"
import { defineConfig } from "tsup"

const tsc = createRequire(`${process.cwd()}/package.json`).resolve("typescript/bin/tsc")

export default defineConfig({
  // One output file per source module (`bundle: false`), as in core: `@osallistava/calendar/working-days`, imported as
  // a namespace together with core's subpath modules, loads no Schema, so the social-assistance amount bundle can
  // compute payment dates without effect's Schema.
  entry: ["src/**/*.ts"],
  bundle: false,
  format: ["esm"],
  // No declaration bundling: after the JavaScript, `tsc -p tsconfig.build.json` writes one `.d.ts` (with its
  // `.d.ts.map`) next to each `.js`, as in core (bundled declarations turned namespace members into types only).
  dts: false,
  onSuccess: async () => {
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" })
  },
  clean: true,
  sourcemap: true,
  target: "node20",
  treeshake: true
})
