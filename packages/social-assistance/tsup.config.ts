import { defineConfig, type Options } from "tsup"

const common: Options = {
  format: ["esm"],
  dts: true,
  sourcemap: true,
  target: "node20",
  treeshake: true
}

// Two builds, not two entries of one build: with shared chunks the bundled declarations turned the interfaces the
// entries share into `typeof` constants. `./amount` (the support amount alone) loads no Schema.
export default defineConfig([
  { ...common, entry: ["src/index.ts"], clean: true },
  { ...common, entry: ["src/amount.ts"], clean: false }
])
