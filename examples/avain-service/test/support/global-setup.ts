/**
 * Builds the service once per test run into one self-contained ES module
 * (the sources of this package and of the workspace packages, effect
 * included; only the native better-sqlite3 stays external). Each test then
 * starts `node <bundle>`: well under a second, where tsx over the sources
 * takes several seconds on a loaded machine. The bundle is built from the
 * sources on every run, so it is never stale.
 */
import { mkdirSync, rmSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "tsup"
import type { TestProject } from "vitest/node"

declare module "vitest" {
  export interface ProvidedContext {
    serviceBundle: string
    adminBundle: string
  }
}

const packageDir = fileURLToPath(new URL("../..", import.meta.url))

export default async function setup(project: TestProject) {
  // inside the package so that the bundle resolves better-sqlite3 from its node_modules
  const outDir = join(packageDir, "node_modules", ".cache", `avain-service-test-${process.pid}-${Date.now()}`)
  mkdirSync(outDir, { recursive: true })
  await build({
    entry: { main: join(packageDir, "src/main.ts"), admin: join(packageDir, "src/admin-main.ts") },
    format: ["esm"],
    platform: "node",
    target: "node20",
    outDir,
    tsconfig: join(packageDir, "tsconfig.json"),
    external: ["better-sqlite3"],
    noExternal: [/^@osallistava\//, /^effect/],
    silent: true,
    config: false,
    sourcemap: false
  })
  project.provide("serviceBundle", join(outDir, "main.js"))
  project.provide("adminBundle", join(outDir, "admin.js"))
  return () => rmSync(outDir, { recursive: true, force: true })
}
