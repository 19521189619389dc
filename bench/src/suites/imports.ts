/**
 * Cold import time of each package: a fresh `node` child process imports the package's built `dist/index.js` and
 * reports the time of the `import()` alone (not node's own start-up). Median of several processes. Baselines: the same
 * for the `effect` root barrel, and for `effect/Schema`, the subpath every package's Schemas load at module level (the
 * floor a package that imports effect by subpath pays).
 *
 * @since 0.1.0
 */
import { execFileSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

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
  }
  return out
}
