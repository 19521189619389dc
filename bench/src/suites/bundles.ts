/**
 * Browser bundle sizes: esbuild bundles (minified, ESM, browser platform, tree-shaken through the packages'
 * `sideEffects: false`) of what a web page imports for AVAIN scoring and for the social-assistance calculator, and
 * their gzip size. Built from the packages' `dist`.
 *
 * @since 0.1.0
 */
import { gzipSync } from "node:zlib"
import { build } from "esbuild"

/** @since 0.1.0 */
export interface BundleSize {
  readonly name: string
  readonly entry: string
  readonly bytes: number
  readonly gzipBytes: number
  readonly targetGzipBytes?: number
}

const entries: ReadonlyArray<{
  name: string
  entry: string
  targetGzipBytes?: number
  /** Packages left out of the bundle (to measure one package's own share). */
  external?: ReadonlyArray<string>
}> = [
  {
    name: "AVAIN scoring (score, scorePlan, report)",
    entry: `export { score, scorePlan, report } from "@osallistava/avain"`,
    targetGzipBytes: 30_000
  },
  {
    name: "AVAIN scoring with record decoding (+ decodeRecord, validate)",
    entry: `export { score, scorePlan, report, decodeRecord, validate } from "@osallistava/avain"`
  },
  {
    name: "calculator (decodeApplication, calculate, Explain.render)",
    entry: `export { decodeApplication, calculate, Explain } from "@osallistava/social-assistance"`
  },
  {
    name: "calculator, amount only (supportCents from the ./amount entry point)",
    entry: `export { supportCents } from "@osallistava/social-assistance/amount"`,
    targetGzipBytes: 25_600
  },
  {
    name: "… of which the social-assistance package's own code and data (core, calendar and effect left out)",
    entry: `export { supportCents } from "@osallistava/social-assistance/amount"`,
    external: ["@osallistava/core", "@osallistava/calendar", "effect"]
  },
  {
    // The amount bundle less this is about what effect's modules (Result, Data.TaggedError) add to it.
    name: "… the amount bundle with effect left out (core, calendar and the package bundled)",
    entry: `export { supportCents } from "@osallistava/social-assistance/amount"`,
    external: ["effect"]
  },
  {
    // The data the amount path reads: the housing-cost limits (2024–2026), Kela's housing norms (2017, 2022–3/2024)
    // and the municipality list their lookups resolve names with, from source (effect left out).
    name: "… the housing-limit and Kela-norm lookups with their data and core's municipality list",
    entry: `export { housingLimit } from "../packages/social-assistance/src/parameters/housing-limits.ts"; export { kelaHousingNorm } from "../packages/social-assistance/src/parameters/kela-housing-norms.ts"`,
    external: ["effect"]
  },
  {
    // What a separate `scoring` entry point of the avain package would ship: the scoring modules alone, from source.
    name: "AVAIN scoring modules alone (src/score.ts + src/report.ts, no Schemas)",
    entry: `export { score, scorePlan } from "../packages/avain/src/score.ts"; export { report } from "../packages/avain/src/report.ts"`,
    targetGzipBytes: 30_000
  },
  { name: "plain baseline: effect Schema alone", entry: `export { Schema } from "effect"` }
]

/** @since 0.1.0 */
export const runBundles = async (): Promise<ReadonlyArray<BundleSize>> => {
  const out: Array<BundleSize> = []
  for (const e of entries) {
    const r = await build({
      stdin: { contents: e.entry, resolveDir: new URL("../..", import.meta.url).pathname, loader: "ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent",
      ...(e.external === undefined ? {} : { external: e.external.flatMap((x) => [x, `${x}/*`]) })
    })
    const code = r.outputFiles[0]!.contents
    out.push({
      name: e.name,
      entry: e.entry,
      bytes: code.byteLength,
      gzipBytes: gzipSync(code, { level: 9 }).byteLength,
      ...(e.targetGzipBytes === undefined ? {} : { targetGzipBytes: e.targetGzipBytes })
    })
  }
  return out
}
