#!/usr/bin/env node
// Release check: the packages as a vendor installs them from npm.
//
// 1. Packs every public package under packages/ with `pnpm pack` (what `changeset publish` uploads: `workspace:`
//    ranges replaced by versions) and fails if a tarball's package.json still holds a `workspace:` range, if a file
//    that `exports`/`main`/`types`/`bin` names is missing from the tarball, if an `exports` entry has no `default`
//    condition (needed by `require()` on Node 20.19+), if the published JavaScript imports a package that package.json
//    does not declare (npm's hoisting would hide it; pnpm consumers would fail), or if a README link points to a
//    relative file that is not in the tarball, or if README.md or LICENSE is missing from it.
// 2. Installs all tarballs with npm into a fresh project in the OS temp directory (outside the workspace, so nothing
//    resolves from it; the tarballs' own dependencies such as effect come from the npm registry).
// 3. Copies each README's example (the first ts/js code block of the section headed "Example…" or "Use…"; for a
//    package with a `bin`, the first `$ <bin> …` command) into that project as it is, checks that every package it
//    imports is the package itself or named in the README's install line, runs it with tsx/node and, where the README
//    shows its output right after it, compares the output.
// 4. CommonJS: a `.cjs` file `require()`s every export of every package and `import()`s it (Node 20.19+); a `.cts`
//    file with `await import()` is type-checked under TypeScript's `module: node16`, one with `import x = require()`
//    under `module: node20`.
// 5. Namespace probe: imports every entry point (root and subpaths) of every installed package at runtime and writes
//    one `void <entry>.<key>` line per runtime export and, for an export that is a module namespace object
//    (`export * as Money from …`), per key of it (nested ones too). These lines are type-checked with the README
//    examples below, so an export that exists at runtime but that the published declarations lose, or turn into a
//    type only, fails the check, named (`@osallistava/core: Money.EuroCents`). A declaration bundler did this once:
//    `Money.EuroCents`, a Schema and a type, was only a type for dependants. The other way round, every type that an
//    entry's source exports (by name or inside a namespace export, read with TypeScript's checker from the package's
//    `src/`) is written as `type T = <entry>.<path><any, …>`, so a published type turned into a value only (as
//    `Disclosure.Cell` once was) fails too.
// 6. Type-checks the README examples and the probe there with `tsc --noEmit` (`module`/`moduleResolution: node16`,
//    strict, with library checks on; JavaScript examples with `checkJs`).
//
// Needs the packages built (`npx -y pnpm@10 build`). Usage: node scripts/release-check.mjs [--keep] [--packer=npm]
// (--keep leaves the temp directory and prints its path; --packer=npm packs with `npm pack`, which keeps the
// `workspace:` ranges: a way to see the check fail). Exit 1 on any failure, with every failure listed.
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { builtinModules, createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join, posix, relative } from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("..", import.meta.url))
const keep = process.argv.includes("--keep")
const packer = process.argv.includes("--packer=npm") ? "npm" : "pnpm"
const started = Date.now()
const failures = []
const fail = (pkg, message) => failures.push(`${pkg}: ${message}`)
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`
const step = (title) => console.log(`-- ${title}`)

const run = (command, args, options = {}) => {
  const r = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: 300_000, ...options })
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", error: r.error }
}

const workspaceRequire = createRequire(join(root, "package.json"))
const tscBin = workspaceRequire.resolve("typescript/bin/tsc")
const ts = workspaceRequire("typescript")
const tsxBin = join(dirname(workspaceRequire.resolve("tsx/package.json")), "dist", "cli.mjs")
const nodeTypes = join(root, "node_modules", "@types")

// --- the public packages ------------------------------------------------------------------------------------------
const packages = readdirSync(join(root, "packages"))
  .map((name) => join(root, "packages", name))
  .filter((dir) => existsSync(join(dir, "package.json")))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
  .filter((p) => p.manifest.private !== true)
  .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name))

for (const p of packages) {
  const main = p.manifest.main ?? "./dist/index.js"
  if (!existsSync(join(p.dir, main)))
    throw new Error(`${p.manifest.name} is not built (${main} missing): run \`npx -y pnpm@10 build\` first`)
}

const temp = mkdtempSync(join(tmpdir(), "osallistava-release-"))
const tarballDir = join(temp, "tarballs")
const project = join(temp, "project")
mkdirSync(tarballDir)
mkdirSync(project)

// --- 1. pack ------------------------------------------------------------------------------------------------------
let t = Date.now()
step(`pack ${packages.length} public packages with ${packer} pack`)
const packed =
  packer === "npm"
    ? (packages
        .map((p) => run("npm", ["pack", "--pack-destination", tarballDir, "--loglevel=error"], { cwd: p.dir }))
        .find((r) => r.status !== 0) ?? { status: 0 })
    : run(
        "npx",
        [
          "-y",
          "pnpm@10",
          "-r",
          ...packages.flatMap((p) => ["--filter", p.manifest.name]),
          "pack",
          "--pack-destination",
          tarballDir
        ],
        { cwd: root }
      )
if (packed.status !== 0) throw new Error(`${packer} pack failed:\n${packed.stderr || packed.stdout}`)
const tarballs = new Map()
for (const p of packages) {
  const file = `${p.manifest.name.replace(/^@/, "").replace("/", "-")}-${p.manifest.version}.tgz`
  if (!existsSync(join(tarballDir, file))) fail(p.manifest.name, `pnpm pack wrote no ${file}`)
  else tarballs.set(p.manifest.name, join(tarballDir, file))
}
console.log(`   ${tarballs.size} tarballs in ${seconds(t)}`)

const dependencyFields = ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"]

/** Every target path of an `exports` value, and whether each conditions object has `default`. */
const exportTargets = (value, at, out) => {
  if (typeof value === "string") out.push({ at, target: value })
  else if (value !== null && typeof value === "object") {
    if (!("default" in value) && !Object.keys(value).some((k) => k.startsWith(".")))
      out.push({ at, missingDefault: true })
    for (const [k, v] of Object.entries(value)) exportTargets(v, `${at}.${k}`, out)
  }
  return out
}

/** Markdown links `[text](target)` of a README that are not absolute URLs or anchors. */
const relativeLinks = (readme) =>
  [...readme.replace(/```[\s\S]*?```/g, "").matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(target))

const codeBlocks = (markdown) =>
  [...markdown.matchAll(/^```([\w-]*)[^\n]*\n([\s\S]*?)^```/gm)].map((m) => ({
    lang: m[1],
    code: m[2],
    index: m.index,
    end: m.index + m[0].length
  }))

/** The text of the section under the first heading matching `re`, up to the next heading of the same or higher level. */
const section = (markdown, re) => {
  const headings = [...markdown.matchAll(/^(#{2,4}) (.*)$/gm)]
  const i = headings.findIndex((h) => re.test(h[2]))
  if (i < 0) return undefined
  const level = headings[i][1].length
  const next = headings.slice(i + 1).find((h) => h[1].length <= level)
  return { start: headings[i].index, text: markdown.slice(headings[i].index, next?.index ?? markdown.length) }
}

/** Package names a README's install section tells the reader to install. */
const installedByReadme = (readme) => {
  const install = section(readme, /^Install/)
  if (install === undefined) return undefined
  const names = new Set()
  for (const block of codeBlocks(install.text))
    for (const line of block.code.split("\n")) {
      const m = /^\s*(?:\$\s*)?(?:npm (?:install|i|add)|pnpm add|yarn add)\s+(.*)$/.exec(line)
      if (m === null) continue
      for (const word of m[1].split(/\s+/)) {
        if (word.startsWith("#")) break
        if (word === "" || word.startsWith("-")) continue
        names.add(word.replace(/(?!^)@[^/]*$/, ""))
      }
    }
  return names
}

const packageOfSpecifier = (specifier) =>
  specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]

/** Bare package names a module imports (static, dynamic, re-exports, require), read by TypeScript's own scanner. */
const importedPackages = (code) => [
  ...new Set(
    ts
      .preProcessFile(code, true, true)
      .importedFiles.map((f) => f.fileName)
      .filter((s) => !s.startsWith(".") && !s.startsWith("/") && !s.startsWith("node:") && !builtinModules.includes(s))
      .map(packageOfSpecifier)
  )
]

step("check each tarball: no workspace: ranges, exports with default, files present, imports declared, README links")
const info = new Map()
for (const p of packages) {
  const name = p.manifest.name
  const tarball = tarballs.get(name)
  if (tarball === undefined) continue
  const list = run("tar", ["-tzf", tarball])
  const files = new Set(
    list.stdout
      .split("\n")
      .filter((f) => f !== "")
      .map((f) => f.replace(/^package\//, ""))
  )
  const unpacked = join(temp, "unpacked", name.replace("/", "+"))
  mkdirSync(unpacked, { recursive: true })
  if (run("tar", ["-xzf", tarball, "-C", unpacked]).status !== 0) fail(name, "tarball does not unpack")
  const read = (file) =>
    existsSync(join(unpacked, "package", file)) ? readFileSync(join(unpacked, "package", file), "utf8") : ""
  const manifest = JSON.parse(read("package.json"))
  const readme = read("README.md")
  info.set(name, { manifest, readme, files })

  for (const field of dependencyFields)
    for (const [dep, range] of Object.entries(manifest[field] ?? {}))
      if (String(range).startsWith("workspace:")) fail(name, `tarball package.json ${field}.${dep} is "${range}"`)
  const has = (path) => files.has(posix.normalize(path).replace(/^\.\//, ""))
  for (const field of ["main", "types", "module"])
    if (typeof manifest[field] === "string" && !has(manifest[field]))
      fail(name, `${field} ${manifest[field]} is not in the tarball`)
  for (const [bin, path] of Object.entries(
    typeof manifest.bin === "string" ? { [name]: manifest.bin } : (manifest.bin ?? {})
  ))
    if (!has(path)) fail(name, `bin ${bin} → ${path} is not in the tarball`)
  if (manifest.exports === undefined) fail(name, "no exports map")
  for (const e of exportTargets(manifest.exports ?? {}, "exports", []))
    if (e.missingDefault) fail(name, `${e.at} has no "default" condition (require() on Node 20.19+ needs it)`)
    else if (!has(e.target)) fail(name, `${e.at} → ${e.target} is not in the tarball`)
  if (readme === "") fail(name, "README.md is not in the tarball")
  if (!files.has("LICENSE")) fail(name, "LICENSE is not in the tarball (the EUPL text goes with every copy)")
  // Every package the published JavaScript imports is a declared dependency (npm hoisting would hide a missing one in
  // the project below; pnpm and Yarn PnP consumers would fail).
  const declared = new Set([
    name,
    ...dependencyFields.filter((f) => f !== "devDependencies").flatMap((f) => Object.keys(manifest[f] ?? {}))
  ])
  for (const file of [...files].filter((f) => /\.(m?js|cjs)$/.test(f) && !f.startsWith("src/")))
    for (const dep of importedPackages(read(file)))
      if (!declared.has(dep)) fail(name, `${file} imports ${dep}, which package.json does not declare as a dependency`)
  for (const link of relativeLinks(readme)) {
    const path = posix.normalize(decodeURI(link.split("#")[0]))
    if (path === "" || path === ".") continue
    const ok =
      !path.startsWith("..") && (has(path) || [...files].some((f) => f.startsWith(`${path.replace(/\/$/, "")}/`)))
    if (!ok) fail(name, `README links to ${link}, which is not in the published package (link the repository instead)`)
  }
}

// --- 2. install with npm ------------------------------------------------------------------------------------------
t = Date.now()
step(`npm install the tarballs into a new project in ${tmpdir()}`)
if (!relative(root, project).startsWith("..")) throw new Error("the temp project must be outside the workspace")
const fileDeps = Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${file}`]))
writeFileSync(
  join(project, "package.json"),
  `${JSON.stringify(
    // overrides: the packages' dependencies on each other resolve to these tarballs, never to the registry
    { name: "release-check", private: true, type: "module", dependencies: fileDeps, overrides: fileDeps },
    null,
    2
  )}\n`
)
const npmInstall = run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: project })
if (npmInstall.status !== 0) throw new Error(`npm install failed:\n${npmInstall.stderr || npmInstall.stdout}`)
console.log(`   installed in ${seconds(t)}`)

// --- 3. README examples -------------------------------------------------------------------------------------------
t = Date.now()
step("run each README's example in the project")
const normalize = (text) =>
  text
    .replace(/\r/g, "")
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .trim()

/** The output block the README shows right after the example, if any (`Output:` or `<!-- output -->` before it). */
const shownOutput = (text, after) => {
  const rest = text.slice(after)
  const m = /^\s*(?:[^`]*?)(?:Output:|<!-- output -->)\s*```(?:text|console)?\n([\s\S]*?)^```/m.exec(rest)
  if (m === null || /```/.test(rest.slice(0, m.index + m[0].indexOf("```")).replace(/^\s*/, ""))) return undefined
  return m[1]
}

const typecheckFiles = []
for (const p of packages) {
  const name = p.manifest.name
  const pkg = info.get(name)
  if (pkg === undefined) continue
  const short = name.split("/")[1]
  const bins = Object.keys(
    typeof pkg.manifest.bin === "string" ? { [short]: pkg.manifest.bin } : (pkg.manifest.bin ?? {})
  )
  const t0 = Date.now()
  const example = section(pkg.readme, /^(Example|Use)\b/i)
  const block = example && codeBlocks(example.text).find((b) => /^(ts|typescript|js|javascript|mjs)$/.test(b.lang))
  if (block !== undefined) {
    const installs = installedByReadme(pkg.readme)
    if (installs === undefined) fail(name, "README has no Install section")
    for (const dep of importedPackages(block.code))
      if (dep !== name && !(installs?.has(dep) ?? false))
        fail(name, `README example imports ${dep}, but the install line does not name it (a pnpm project lacks it)`)
    const ts = /^(ts|typescript)$/.test(block.lang)
    const file = join(project, `readme-${short}.${ts ? "ts" : "mjs"}`)
    writeFileSync(file, block.code)
    typecheckFiles.push(file)
    const r = ts
      ? run(process.execPath, [tsxBin, file], { cwd: project })
      : run(process.execPath, [file], { cwd: project })
    if (r.status !== 0) fail(name, `README example exited with ${r.status}:\n${r.stderr || r.stdout}`)
    else {
      const expected = shownOutput(example.text, block.end)
      if (expected !== undefined && normalize(r.stdout) !== normalize(expected))
        fail(name, `README example printed something else than the README shows:\n${r.stdout}`)
      else if (expected === undefined && r.stdout.trim() === "" && !/export const main/.test(block.code))
        fail(name, "README example printed nothing")
      console.log(
        `   ${name}: README example (${ts ? "tsx" : "node"}) ok${expected === undefined ? "" : ", output as shown"} (${seconds(t0)})`
      )
    }
  } else if (bins.length > 0) {
    // A CLI: its README's first `$ <bin> …` command, run from the installed package's directory (where its
    // examples/ are), must print what the README shows.
    const blocks = codeBlocks(pkg.readme).filter((b) => b.lang === "console" || b.lang === "sh")
    const first = blocks
      .map((b) => ({ b, m: new RegExp(`^\\$ (${bins.join("|")})((?: [^\\n|<>]*)?)\\n([\\s\\S]*)$`).exec(b.code) }))
      .find((x) => x.m !== null)
    if (first === undefined) fail(name, `README shows no \`$ ${bins[0]} …\` command`)
    else {
      const args = first.m[2].trim().split(/\s+/).filter(Boolean)
      const r = run(join(project, "node_modules", ".bin", first.m[1]), args, {
        cwd: join(project, "node_modules", ...name.split("/"))
      })
      if (r.status !== 0) fail(name, `\`${first.m[1]} ${args.join(" ")}\` exited with ${r.status}: ${r.stderr}`)
      else if (normalize(r.stdout) !== normalize(first.m[3]))
        fail(name, `\`${first.m[1]} ${args.join(" ")}\` printed something else than the README shows:\n${r.stdout}`)
      else
        console.log(
          `   ${name}: README command \`${first.m[1]} ${args.join(" ")}\` ok, output as shown (${seconds(t0)})`
        )
    }
  } else fail(name, 'README has no ts/js example under a heading "Example…" or "Use…"')
}
console.log(`   README examples in ${seconds(t)}`)

// --- 4. CommonJS --------------------------------------------------------------------------------------------------
t = Date.now()
step("CommonJS: require() and import() of every export from a .cjs file; .cts type checks")
const subpaths = []
for (const [name, pkg] of info)
  for (const key of Object.keys(pkg.manifest.exports ?? {}))
    if (key !== "./package.json" && !key.includes("*")) subpaths.push(key === "." ? name : `${name}/${key.slice(2)}`)
writeFileSync(
  join(project, "require.cjs"),
  `// Generated by scripts/release-check.mjs: CommonJS consumers on Node 20.19+ (require(esm)).
const specifiers = ${JSON.stringify(subpaths)}
const bad = []
for (const s of specifiers) {
  const m = require(s)
  if (Object.keys(m).length === 0) bad.push("require " + s + ": no exports")
}
Promise.all(specifiers.map((s) => import(s).then((m) => Object.keys(m).length > 0 || bad.push("import() " + s + ": no exports"))))
  .then(() => {
    if (bad.length > 0) throw new Error(bad.join("\\n"))
    console.log("require() and import() of " + specifiers.length + " entry points ok")
  })
`
)
const [major, minor] = process.versions.node.split(".").map(Number)
if (major > 20 || (major === 20 && minor >= 19)) {
  const r = run(process.execPath, ["require.cjs"], { cwd: project })
  if (r.status !== 0) fail("CommonJS", `require.cjs failed:\n${r.stderr}`)
  else if (/ExperimentalWarning/.test(r.stderr)) fail("CommonJS", `require.cjs warned:\n${r.stderr}`)
  else console.log(`   ${r.stdout.trim()} (Node ${process.versions.node})`)
} else fail("CommonJS", `Node ${process.versions.node} has no require(esm); run the release check on Node 20.19+`)

const identifier = (s) =>
  s.replace(/^@osallistava\//, "").replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ?? "").toUpperCase())
mkdirSync(join(project, "cts-node16"))
mkdirSync(join(project, "cts-node20"))
writeFileSync(
  join(project, "cts-node16", "import.cts"),
  `// Generated: a CommonJS TypeScript file under module node16 reaches the ESM-only packages with import().
export async function load(): Promise<number> {
${subpaths.map((s) => `  const ${identifier(s)} = await import("${s}")`).join("\n")}
  return [${subpaths.map(identifier).join(", ")}].map((m) => Object.keys(m).length).reduce((a, b) => a + b, 0)
}
`
)
writeFileSync(
  join(project, "cts-node20", "require.cts"),
  `// Generated: under module node20 (TypeScript 5.9, Node 20.19+ require(esm)) a .cts file may require() them.
${subpaths.map((s) => `import ${identifier(s)} = require("${s}")`).join("\n")}
export const loaded: number = [${subpaths.map(identifier).join(", ")}].length
`
)
const tsconfig = (module, files, skipLibCheck) =>
  `${JSON.stringify(
    {
      compilerOptions: {
        module,
        moduleResolution: module === "node16" ? "node16" : "nodenext",
        target: "es2022",
        // dom: effect's own declarations name CryptoKey, JsonWebKey and Storage, which only lib dom declares
        lib: ["es2022", "dom"],
        allowJs: true,
        checkJs: true,
        strict: true,
        noEmit: true,
        skipLibCheck,
        types: ["node"],
        typeRoots: [nodeTypes]
      },
      files
    },
    null,
    2
  )}\n`
writeFileSync(join(project, "tsconfig.node20.json"), tsconfig("node20", ["cts-node20/require.cts"], true))
const tsc20 = run(process.execPath, [tscBin, "-p", "tsconfig.node20.json"], { cwd: project })
if (tsc20.status !== 0) fail("CommonJS", `tsc (module node20, require from .cts):\n${tsc20.stdout}${tsc20.stderr}`)
else console.log("   .cts with import x = require() type-checks under module node20")
console.log(`   CommonJS checks in ${seconds(t)}`)

// --- 5. namespace probe ------------------------------------------------------------------------------------------
t = Date.now()
step("namespace probes: each runtime export and namespace member a value, each type that src/ exports a type")
writeFileSync(
  join(project, "runtime-keys.mjs"),
  `// Generated by scripts/release-check.mjs: the runtime export keys of every entry point, as JSON.
const specifiers = ${JSON.stringify(subpaths)}
const isNamespace = (v) => v !== null && typeof v === "object" && v[Symbol.toStringTag] === "Module"
const keysOf = (m, depth) =>
  Object.keys(m).map((k) => [k, depth < 3 && isNamespace(m[k]) ? keysOf(m[k], depth + 1) : null])
const out = {}
for (const s of specifiers) out[s] = keysOf(await import(s), 0)
process.stdout.write(JSON.stringify(out))
`
)
const keys = run(process.execPath, ["runtime-keys.mjs"], { cwd: project })
const probeLabels = { "namespaces.ts": new Map(), "namespace-types.ts": new Map() }
let probeLines = 0
if (keys.status !== 0) fail("namespaces", `runtime-keys.mjs failed:\n${keys.stderr}`)
else {
  const access = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`)
  const lines = ["// Generated by scripts/release-check.mjs: every runtime export must be a value in the declarations."]
  const entries = Object.entries(JSON.parse(keys.stdout))
  for (const [i, [specifier]] of entries.entries()) {
    lines.push(`import * as E${i} from "${specifier}"`)
    probeLabels["namespaces.ts"].set(lines.length, `${specifier}: the entry point's declarations`)
  }
  const walk = (expression, label, tree, specifier) => {
    for (const [key, children] of tree) {
      lines.push(`void ${expression}${access(key)}`)
      probeLabels["namespaces.ts"].set(lines.length, `${specifier}: ${label}${label === "" ? "" : "."}${key}`)
      if (children !== null)
        walk(`${expression}${access(key)}`, `${label}${label === "" ? "" : "."}${key}`, children, specifier)
    }
  }
  for (const [i, [specifier, tree]] of entries.entries()) walk(`E${i}`, "", tree, specifier)
  writeFileSync(join(project, "namespaces.ts"), `${lines.join("\n")}\n`)
  typecheckFiles.push(join(project, "namespaces.ts"))
  probeLines = probeLabels["namespaces.ts"].size - entries.length
  console.log(
    `   ${probeLines} runtime exports and namespace members of ${entries.length} entry points (${seconds(t)})`
  )
}
// The types: each entry point's source module (`exports` target dist/X.js → src/X.ts), read with the checker.
t = Date.now()
const typeEntries = []
for (const p of packages)
  for (const [key, value] of Object.entries(p.manifest.exports ?? {})) {
    if (key === "./package.json" || key.includes("*")) continue
    const target = typeof value === "string" ? value : (value.import ?? value.default)
    const source = join(
      p.dir,
      String(target)
        .replace(/^\.\/dist\//, "src/")
        .replace(/\.js$/, ".ts")
    )
    const specifier = key === "." ? p.manifest.name : `${p.manifest.name}/${key.slice(2)}`
    if (existsSync(source)) typeEntries.push({ specifier, source })
    else fail("namespaces", `${specifier}: no source ${relative(root, source)} for its exported types`)
  }
const baseConfig = ts.getParsedCommandLineOfConfigFile(
  join(root, "tsconfig.base.json"),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: () => {}
  }
)
const program = ts.createProgram(
  typeEntries.map((e) => e.source),
  { ...baseConfig?.options, noEmit: true }
)
const checker = program.getTypeChecker()
const typeLines = ["// Generated by scripts/release-check.mjs: every exported type must be a type in the declarations."]
for (const [i, { specifier }] of typeEntries.entries()) {
  typeLines.push(`import type * as T${i} from "${specifier}"`)
  probeLabels["namespace-types.ts"].set(typeLines.length, `${specifier}: the entry point's declarations`)
}
for (const [i, { specifier, source }] of typeEntries.entries()) {
  const resolve = (symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol)
  const arity = (symbol) => Math.max(0, ...(symbol.declarations ?? []).map((d) => d.typeParameters?.length ?? 0))
  const walk = (module, path, depth) => {
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = resolve(exported)
      const at = [...path, exported.name]
      if (symbol.flags & ts.SymbolFlags.Type) {
        const n = arity(symbol)
        typeLines.push(
          `export type X${typeLines.length} = T${i}.${at.join(".")}${n > 0 ? `<${Array(n).fill("any")}>` : ""}`
        )
        probeLabels["namespace-types.ts"].set(typeLines.length, `${specifier}: ${at.join(".")}`)
      }
      if (symbol.flags & ts.SymbolFlags.ValueModule && depth < 3) walk(symbol, at, depth + 1)
    }
  }
  const module = checker.getSymbolAtLocation(program.getSourceFile(source))
  if (module === undefined) fail("namespaces", `${specifier}: ${relative(root, source)} is not a module`)
  else walk(module, [], 0)
}
writeFileSync(join(project, "namespace-types.ts"), `${typeLines.join("\n")}\n`)
typecheckFiles.push(join(project, "namespace-types.ts"))
const typeProbeLines = probeLabels["namespace-types.ts"].size - typeEntries.length
console.log(`   ${typeProbeLines} exported types of ${typeEntries.length} entry points, read from src/ (${seconds(t)})`)

// --- 6. type check ------------------------------------------------------------------------------------------------
t = Date.now()
step("tsc --noEmit (module/moduleResolution node16, strict, skipLibCheck false) over the README examples, probe, .cts")
writeFileSync(
  join(project, "tsconfig.json"),
  tsconfig("node16", [...typecheckFiles.map((f) => relative(project, f)), "cts-node16/import.cts"], false)
)
const tsc16 = run(process.execPath, [tscBin, "-p", "tsconfig.json", "--pretty", "false"], { cwd: project })
if (tsc16.status !== 0) {
  // Errors in the probe are listed one per lost export; any other error as tsc printed it.
  const other = []
  for (const line of `${tsc16.stdout}${tsc16.stderr}`.split("\n")) {
    const m = /^(namespaces|namespace-types)\.ts\((\d+),\d+\): error (TS\d+: .*)$/.exec(line)
    if (m === null) {
      if (line.trim() !== "") other.push(line)
    } else {
      const label = probeLabels[`${m[1]}.ts`].get(Number(m[2])) ?? `${m[1]}.ts line ${m[2]}`
      const what = label.endsWith("the entry point's declarations")
        ? "cannot be read"
        : m[1] === "namespaces"
          ? "exists at runtime but is not a value in the published declarations"
          : "is a type in the source but not in the published declarations (or dist/ is older than src/)"
      fail("namespaces", `${label} ${what} (${m[3]})`)
    }
  }
  if (other.length > 0) fail("typecheck", `tsc (module node16):\n${other.join("\n")}`)
} else
  console.log(
    `   ${typecheckFiles.filter((f) => /[\\/]readme-[^\\/]*$/.test(f)).length} README examples, the namespace probes (${probeLines} values, ${typeProbeLines} types) and the .cts import() file type-check (${seconds(t)})`
  )

// --- result -------------------------------------------------------------------------------------------------------
if (keep) console.log(`kept ${temp}`)
else rmSync(temp, { recursive: true, force: true })
if (failures.length > 0) {
  console.error(`release check FAILED (${failures.length}) after ${seconds(started)}:`)
  for (const f of failures) console.error(`  - ${f}`)
  process.exit(1)
}
console.log(`release check passed in ${seconds(started)}`)
