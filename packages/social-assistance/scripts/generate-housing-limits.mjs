// Regenerates src/parameters/housing-cost-limits-data.ts.
// Usage (from packages/social-assistance):
//   node scripts/generate-housing-limits.mjs /path/to/finlex-data/.git   (after building @osallistava/core)
// Inputs:
// - the decree annexes as published in Finlex, read from a git directory of the public repository eliask/finlex-data:
//   data/asd/fi/2024/asd20240144.xml (VNA 144/2024, annex 1.4.–31.12.2024) and
//   data/asd/fi/2024/asd20240580.xml (VNA 580/2024, annex 1.1.–31.12.2025);
// - test/fixtures/sisu/asummenorajat-2025.csv and -2026.csv (values extracted from Statistics Finland's SISU by
//   scripts/extract-sisu.py) for what no decree text available to us gives: the 2026 annex. Pertunmaa, whose row
//   is checked to be the only SISU 2025 row the annex lacks (merged into Mäntyharju 1.1.2025). Rows from SISU carry
//   evidence "I" (provisional).
import { execFileSync } from "node:child_process"
import { readFileSync, writeFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { Municipality } from "@osallistava/core"

const here = dirname(fileURLToPath(import.meta.url))
const gitdir = process.argv[2]
if (gitdir === undefined) throw new Error("usage: node scripts/generate-housing-limits.mjs /path/to/finlex-data/.git")
const sisu = JSON.parse(readFileSync(resolve(here, "../test/fixtures/sisu/sisu-parameters.json"), "utf8")).provenance
const sisuRef = `StatisticsFinland/mikrosimulointi ${sisu.commit.slice(0, 7)}, SISU ${sisu.sisuVersion}`

const text = (s) =>
  s
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim()
/** Rows of the annex table of one decree XML: [name, p1, p2, p3, p4, extra] in euros. */
const annex = (path) => {
  const xml = execFileSync("git", ["--git-dir", gitdir, "show", `HEAD:${path}`], { encoding: "utf8" })
  const rows = []
  for (const row of xml.match(/<(?:\w+:)?row\b[\s\S]*?<\/(?:\w+:)?row>/g) ?? []) {
    const cells = (row.match(/<(?:\w+:)?entry\b[\s\S]*?<\/(?:\w+:)?entry>/g) ?? []).map(text)
    if (cells.length !== 6) continue
    const nums = cells.slice(1).map((c) => c.replace(/\s/g, ""))
    if (!nums.every((n) => /^\d+$/.test(n))) continue
    rows.push([cells[0], ...nums.map(Number)])
  }
  if (rows.length < 290) throw new Error(`${path}: only ${rows.length} annex rows`)
  // Not frozen: reading a frozen row by a computed index measured twice as slow in the lookups.
  return rows
}
const sisuCsv = (year) => {
  const lines = readFileSync(resolve(here, `../test/fixtures/sisu/asummenorajat-${year}.csv`), "utf8")
    .trim()
    .split("\n")
  if (lines.shift() !== "code,name,persons1,persons2,persons3,persons4,eachAdditional")
    throw new Error(`asummenorajat-${year}.csv: unexpected header`)
  return lines.map((l) => {
    const [code, name, ...n] = l.split(",")
    if (n.length !== 5 || !n.every((x) => /^\d+$/.test(x))) throw new Error(`asummenorajat-${year}.csv: ${code}`)
    return Object.assign([name, ...n.map(Number)], { code })
  })
}

const a2024 = annex("data/asd/fi/2024/asd20240144.xml")
const a2025 = annex("data/asd/fi/2024/asd20240580.xml")
// Decree spelling of every municipality name (SISU writes some years in capitals).
const spelling = new Map([...a2024, ...a2025].map((r) => [r[0].toLocaleLowerCase("fi"), r[0]]))
const decreeName = (name, year) => {
  const n = spelling.get(name.toLocaleLowerCase("fi"))
  if (n === undefined) throw new Error(`SISU ${year}: ${name} is in no decree annex`)
  return n
}

const rows = []
const add = (from, to, r, source, evidence) =>
  rows.push([from, to, r[0], ...r.slice(1).map((e) => e * 100), source, evidence])
const sources = {
  "144/2024": "VNA 144/2024 annex (1.4.–31.12.2024), https://finlex.fi/fi/laki/alkup/2024/20240144",
  "580/2024":
    "VNA 144/2024 as amended by 580/2024, annex (1.1.–31.12.2025), https://finlex.fi/fi/laki/alkup/2024/20240580",
  "SISU-2026": `2026 annex (in force, STM027:00/2026) not available as text; values of SISU asummenorajat_2026 (${sisuRef})`
}
for (const r of a2024) add("2024-04-01", "2024-12-31", r, "144/2024", "C")
for (const r of a2025) add("2025-01-01", "2025-12-31", r, "580/2024", "C")
// Municipalities that no longer exist when an annex applies have no row of their own: the decree lists the
// municipalities of its year. Pertunmaa was merged into Mäntyharju on 1.1.2025 (Government decision 6.6.2024), which is
// why the VNA 580/2024 annex has no Pertunmaa row; SISU still carries one (code 588) in 2025 and 2026. A former
// municipality is resolved to its successor's row by src/parameters/housing-limits.ts.
const mergedBefore2026 = new Set(["588"])
const in2025 = new Set(a2025.map((r) => r[0]))
for (const r of sisuCsv(2025)) {
  const name = decreeName(r[0], 2025)
  if (!in2025.has(name) && !mergedBefore2026.has(r.code))
    throw new Error(`SISU 2025 has ${name}, which the VNA 580/2024 annex lacks`)
}
for (const r of sisuCsv(2026))
  if (!mergedBefore2026.has(r.code))
    add("2026-01-01", "2026-12-31", [decreeName(r[0], 2026), ...r.slice(1)], "SISU-2026", "I")
rows.sort((x, y) => x[0].localeCompare(y[0]) || x[2].localeCompare(y[2], "fi"))

// Compact form (issue #13: the browser bundle of the amount path): one string per annex with the limits in whole euros
// of every municipality in one fixed order of Statistics Finland codes; the names are core's Finnish names, which are
// checked here to be the decree's spelling of every row. Decoded once, on first use, by the emitted module.
const codeOfName = (name) => {
  const m =
    Municipality.municipalities.find((x) => x.fi === name) ??
    Municipality.formerMunicipalities.find((x) => x.fi === name)
  if (m === undefined) throw new Error(`${name}: the decree's spelling is not core's Finnish name of any municipality`)
  return m.code
}
const codes = [...new Set(rows.map((r) => codeOfName(r[2])))].sort()
if (!codes.every((c) => /^\d{3}$/.test(c))) throw new Error("a municipality code that is not three digits")
const annexes = []
for (const r of rows) {
  const key = `${r[0]}|${r[1]}|${r[8]}|${r[9]}`
  let a = annexes.find((x) => x.key === key)
  if (a === undefined) {
    a = { key, row: r, values: new Map() }
    annexes.push(a)
  }
  if (!r.slice(3, 8).every((c) => Number.isInteger(c) && c >= 0 && c % 100 === 0))
    throw new Error(`${r[2]} ${r[0]}: a limit that is not whole euros`)
  const code = codeOfName(r[2])
  if (a.values.has(code)) throw new Error(`${r[2]} ${r[0]}: two rows`)
  a.values.set(
    code,
    r
      .slice(3, 8)
      .map((c) => c / 100)
      .join(",")
  )
}
const annexLiteral = annexes
  .map(
    (a) =>
      `  [${JSON.stringify(a.row[0])}, ${JSON.stringify(a.row[1])}, ${JSON.stringify(a.row[8])}, ${JSON.stringify(a.row[9])}, ${JSON.stringify(codes.map((c) => a.values.get(c) ?? "").join(";"))}]`
  )
  .join(",\n")

const out = `// GENERATED by scripts/generate-housing-limits.mjs. Do not edit by hand.
// Sources: Valtioneuvoston asetus toimeentulotuen tarpeellisen suuruisten asumismenojen määrästä 144/2024
// (annex 1.4.–31.12.2024, https://finlex.fi/fi/laki/alkup/2024/20240144) and its amendment 580/2024
// (annex 1.1.–31.12.2025, https://finlex.fi/fi/laki/alkup/2024/20240580), read from eliask/finlex-data
// data/asd/fi/2024/asd20240144.xml and asd20240580.xml. The 2026 annex (in force, STM project STM027:00/2026) was not
// available as text: its rows are Statistics Finland's SISU table (${sisuRef}),
// evidence "I", without SISU's row for Pertunmaa (merged into Mäntyharju 1.1.2025, so in no annex from 2025). See docs/social-assistance/housing-costs.md.
// The same rows as docs/data/housing-cost-limits.csv (2024–2025) and SISU's 2026 table: test/parameters/housing-limit-data.test.ts
// rebuilds the table from those files and compares it with the decoded rows.
import * as Municipality from "@osallistava/core/municipality"

/** Source of each row, by the key in column 9. @since 0.2.0 */
export const housingLimitSources: Readonly<Record<string, string>> = ${JSON.stringify(sources)}

/**
 * One row: validFrom, validTo, municipality (Finnish name as in the decree annex), limits in cents for 1, 2, 3, 4
 * persons, each additional person, source (a key of {@link housingLimitSources}), evidence ("C" seen in the decree text,
 * "I" provisional).
 *
 * @since 0.1.0
 */
export type HousingLimitRow = readonly [
  string,
  string,
  string,
  number,
  number,
  number,
  number,
  number,
  string,
  "C" | "I"
]

/**
 * Statistics Finland codes of the municipalities of every annex, in ascending order, the order of the limits below: each
 * code as its difference from the one before (the first from 0), e.g. "5,4,1" for 005, 009, 010.
 */
const codeSteps = ${JSON.stringify(codes.map((c, i) => Number(c) - (i === 0 ? 0 : Number(codes[i - 1]))).join(","))}

/**
 * Per annex: validFrom, validTo, source key, evidence, and the limits of every municipality of \`codes\` in order, one
 * entry per municipality separated by ";": whole euros for 1, 2, 3, 4 persons and each additional person separated by
 * "," (empty: no row in that annex).
 */
const annexes: ReadonlyArray<readonly [string, string, string, "C" | "I", string]> = [
${annexLiteral}
]

/** Number of rows of {@link housingLimitRows}, known without decoding them. @since 0.2.0 */
export const housingLimitRowCount = ${rows.length}

// Every code is core's (checked when generating, and test/parameters/housing-limit-data.test.ts compares every decoded name); the code
// itself stands in only if core ever dropped one, so that a lookup never throws.
const nameOf = (code: string): string =>
  (Municipality.findByCode(code) ?? Municipality.formerMunicipalities.find((f) => f.code === code))?.fi ?? code

const decode = (): ReadonlyArray<HousingLimitRow> => {
  const codes: Array<string> = []
  let code = 0
  for (const step of codeSteps.split(",")) {
    code += Number(step)
    codes.push(String(code).padStart(3, "0"))
  }
  const rows: Array<HousingLimitRow> = []
  for (const [validFrom, validTo, source, evidence, limits] of annexes) {
    const entries = limits.split(";")
    for (let i = 0; i < entries.length; i++) {
      if (entries[i] === "") continue
      const [p1, p2, p3, p4, extra] = entries[i]!.split(",").map((e) => Number(e) * 100) as [number, number, number, number, number]
      rows.push([validFrom, validTo, nameOf(codes[i]!), p1, p2, p3, p4, extra, source, evidence])
    }
  }
  return rows
}

/**
 * Every row (in the order of the tables, then of the municipality codes), decoded on the first call; every later
 * call returns the same rows (typed read-only). The memo is the only thing kept, and it is written once with the same
 * value whoever calls first, so calls may interleave anywhere.
 *
 * @since 0.2.0
 */
export const housingLimitRows: () => ReadonlyArray<HousingLimitRow> = /* @__PURE__ */ (() => {
  let rows: ReadonlyArray<HousingLimitRow> | undefined
  return () => (rows ??= decode())
})()
`
const target = resolve(here, "../src/parameters/housing-cost-limits-data.ts")
writeFileSync(target, out)
// The repository's formatter lays the rows out, so that a regeneration from the same inputs changes nothing.
execFileSync("npx", ["biome", "format", "--write", target], { stdio: "ignore" })
console.log(
  `wrote ${rows.length} rows: ${a2024.length} (2024), ${a2025.length} (2025), ${rows.filter((r) => r[0] === "2026-01-01").length} from SISU (2026)`
)
