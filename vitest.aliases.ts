/**
 * Test-time aliases: every `@osallistava/*` workspace package resolves to its
 * `src/index.ts`, so tests never run against a stale or missing `dist/`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL(".", import.meta.url))

export const workspaceAliases = (): Record<string, string> => {
  const aliases: Record<string, string> = {}
  const subpaths: Record<string, string> = {}
  for (const dir of readdirSync(join(root, "packages"))) {
    const manifest = join(root, "packages", dir, "package.json")
    const entry = join(root, "packages", dir, "src", "index.ts")
    if (!existsSync(manifest) || !existsSync(entry)) continue
    const { name, exports } = JSON.parse(readFileSync(manifest, "utf8")) as {
      name: string
      exports?: Record<string, unknown>
    }
    aliases[name] = entry
    // Subpath exports (`@osallistava/core/disclosure` → `src/disclosure.ts`), listed first: an alias also matches
    // `name/…`, so the package's own alias would otherwise catch them.
    for (const key of Object.keys(exports ?? {})) {
      const file = join(root, "packages", dir, "src", `${key.slice(2)}.ts`)
      if (key.startsWith("./") && existsSync(file)) subpaths[`${name}/${key.slice(2)}`] = file
    }
  }
  return { ...subpaths, ...aliases }
}
