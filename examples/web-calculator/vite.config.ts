import { createRequire } from "node:module"
import { defineConfig, type Plugin } from "vite"
import { workspaceAliases } from "../../vitest.aliases.js"

const require = createRequire(import.meta.url)

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()

/**
 * `virtual:suomifi-tokens.css`: the Suomi.fi design tokens (colours, spacing, radii, shadows) as CSS custom
 * properties, e.g. `--fi-color-brand-base`. Built from the npm package at build time, so nothing of it ships as JS.
 */
const suomifiTokens = (): Plugin => {
  const id = "virtual:suomifi-tokens.css"
  const resolved = `\0${id}`
  return {
    name: "suomifi-tokens",
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (source) => {
      if (source !== resolved) return undefined
      const { suomifiDesignTokens: tokens } = require("suomifi-design-tokens") as {
        suomifiDesignTokens: Record<"colors" | "spacing" | "radiuses" | "shadows", Record<string, string>>
      }
      const groups = { color: tokens.colors, spacing: tokens.spacing, radius: tokens.radiuses, shadow: tokens.shadows }
      const lines = Object.entries(groups).flatMap(([group, values]) =>
        Object.entries(values).map(([name, value]) => `  --fi-${group}-${kebab(name)}: ${value};`)
      )
      return `:root {\n${lines.join("\n")}\n}\n`
    }
  }
}

export default defineConfig({
  base: "./",
  plugins: [suomifiTokens()],
  resolve: {
    // Build against the workspace sources, so the page never runs a stale dist of the engine.
    alias: [
      ...Object.entries(workspaceAliases()).map(([find, replacement]) => ({
        find: new RegExp(`^${find.replace("/", "\\/")}$`),
        replacement
      }))
    ]
  },
  build: {
    target: "es2022",
    reportCompressedSize: true
  },
  preview: { host: "127.0.0.1" },
  server: { host: "127.0.0.1" }
})
