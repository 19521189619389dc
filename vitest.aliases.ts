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
  for (const dir of readdirSync(join(root, "packages"))) {
    const manifest = join(root, "packages", dir, "package.json")
    const entry = join(root, "packages", dir, "src", "index.ts")
    if (!existsSync(manifest) || !existsSync(entry)) continue
    const { name } = JSON.parse(readFileSync(manifest, "utf8")) as { name: string }
    aliases[name] = entry
  }
  return aliases
}
