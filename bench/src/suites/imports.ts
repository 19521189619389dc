/**
 * Cold import time of each package: a fresh `node` child process imports the package's built `dist/index.js` and
 * reports the time of the `import()` alone (not node's own start-up). Median of several processes. Baselines: the same
 * for the `effect` root barrel, and for `effect/Schema`, the subpath every package's Schemas load at module level (the
 * floor a package that imports effect by subpath pays). Each package is also timed bundled: esbuild puts the
 * package and the effect modules it reaches into one ESM file (as an application's build or a serverless bundle
 * does), which shows how much of the cold import is node's loader resolving and linking many small files.
 *
 * @since 0.1.0
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { buildSync } from "esbuild"

const root = fileURLToPath(new URL("../../../", import.meta.url))

/** @since 0.1.0 */
export interface ImportTime {
  readonly name: string
  /** Median milliseconds of the `import()`, `null` if the import failed. */
  readonly ms: number | null
  readonly runs: ReadonlyArray<number>
  readonly error?: string
}

const timeImport = (specifier: string, cwd: string): number => {
  const code = `const t=performance.now();await import(${JSON.stringify(specifier)});process.stdout.write(String(performance.now()-t))`
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd, encoding: "utf8" })
  return Number(out)
}

const median = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

/** @since 0.1.0 */
export const runImports = (runs = 5): ReadonlyArray<ImportTime> => {
  const out: Array<ImportTime> = []
  const measureOne = (name: string, specifier: string, cwd: string) => {
    const times: Array<number> = []
    try {
      for (let i = 0; i < runs; i++) times.push(timeImport(specifier, cwd))
      out.push({ name, ms: median(times), runs: times })
    } catch (e) {
      out.push({ name, ms: null, runs: times, error: String((e as Error).message).split("\n")[0] ?? "failed" })
    }
  }
  const bundled: Array<{ name: string; entry: string; cwd: string }> = []
  measureOne("effect (baseline)", "effect", join(root, "packages", "core"))
  measureOne("effect/Schema (baseline)", "effect/Schema", join(root, "packages", "core"))
  for (const dir of readdirSync(join(root, "packages")).sort()) {
    const manifest = join(root, "packages", dir, "package.json")
    const entry = join(root, "packages", dir, "dist", "index.js")
    if (!existsSync(manifest)) continue
    const { name } = JSON.parse(readFileSync(manifest, "utf8")) as { name: string }
    if (!existsSync(entry)) {
      out.push({ name, ms: null, runs: [], error: "no dist/index.js (not built)" })
      continue
    }
    measureOne(name, pathToFileURL(entry).href, join(root, "packages", dir))
    bundled.push({ name, entry, cwd: join(root, "packages", dir) })
  }
  const tmp = mkdtempSync(join(tmpdir(), "osallistava-imports-"))
  try {
    for (const b of bundled) {
      const outfile = join(tmp, `${b.name.replace(/[^a-z0-9]+/gi, "-")}.mjs`)
      try {
        buildSync({
          entryPoints: [b.entry],
          bundle: true,
          format: "esm",
          platform: "node",
          target: "node20",
          outfile,
          logLevel: "silent",
          // CommonJS dependencies bundled into ESM may call require() for node built-ins.
          banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
        })
      } catch (e) {
        out.push({
          name: `${b.name} (bundled)`,
          ms: null,
          runs: [],
          error: String((e as Error).message).split("\n")[0] ?? "failed"
        })
        continue
      }
      measureOne(`${b.name} (bundled)`, pathToFileURL(outfile).href, b.cwd)
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
  return out
}
