/**
 * Shared arbitraries and checks for fuzzing the public decoders: arbitrary JSON, valid documents from the synthetic
 * population with one part broken (wrong type, extreme number, invalid date, 2026-02-29, unicode, missing or extra
 * field), truncated and oversized documents.
 */
import fc from "fast-check"

/** Inputs per decoder: a small sample in the normal suite, `FUZZ_RUNS` (e.g. 100000) in `pnpm fuzz`. */
export const RUNS = Number(process.env["FUZZ_RUNS"] ?? 150)

/** Values that break decoders that trust their input. */
export const weird: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER + 2,
    -(2 ** 53) - 2,
    2 ** 31,
    "2026-02-29",
    "2025-02-29",
    "2100-02-29",
    "2024-02-30",
    "2025-13-01",
    "2025-00-10",
    "0000-01-01",
    "+02025-01-01",
    "2025-1-1",
    "2025-01-01T00:00:00Z",
    "2026-02",
    "2026-13",
    "1e3",
    "0x10",
    "1,50",
    "12.345",
    "-0.00",
    "99999999999999.99",
    "NaN",
    "Infinity",
    "",
    " ",
    "\u0000",
    "\uFEFF",
    "\uD800",
    "ä\u0308",
    "💶💶",
    "Ⅻ",
    "٣",
    "131052-308T",
    "__proto__",
    "constructor",
    null,
    undefined,
    true,
    false,
    [],
    {},
    [[[[]]]],
    { __proto__: { polluted: true } },
    10n
  ),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant("x".repeat(70_000)),
  fc.constant(Array.from({ length: 2_000 }, (_, i) => i))
)

/** Arbitrary JSON values (and a few non-JSON JavaScript values). */
export const anyInput: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue({ maxDepth: 4 }), weird)

type Doc = unknown

const paths = (doc: Doc, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) => {
  out.push(prefix)
  if (Array.isArray(doc)) {
    for (let i = 0; i < doc.length; i++) paths(doc[i], [...prefix, i], out)
  } else if (doc !== null && typeof doc === "object")
    for (const [k, v] of Object.entries(doc as Record<string, unknown>)) paths(v, [...prefix, k], out)
  return out
}

const clone = (doc: Doc): Doc => (doc === undefined ? undefined : JSON.parse(JSON.stringify(doc)))

/** One mutation of a document at one of its paths. */
export const mutate = (
  doc: Doc,
  pick: number,
  kind: "replace" | "delete" | "extra" | "wrap" | "duplicate",
  value: unknown
): Doc => {
  const copy = clone(doc)
  const all = paths(copy)
  const path = all[pick % all.length]!
  if (path.length === 0) return kind === "wrap" ? [copy] : kind === "replace" ? value : copy
  let parent = copy as Record<string | number, unknown>
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>
  const key = path[path.length - 1]!
  switch (kind) {
    case "replace":
      parent[key] = value
      break
    case "delete":
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else delete parent[key]
      break
    case "extra":
      if (parent[key] !== null && typeof parent[key] === "object" && !Array.isArray(parent[key]))
        (parent[key] as Record<string, unknown>)["unexpectedField"] = value
      else parent[key] = { value }
      break
    case "wrap":
      parent[key] = [parent[key]]
      break
    case "duplicate":
      if (Array.isArray(parent[key])) {
        const xs = parent[key] as Array<unknown>
        while (xs.length > 0 && xs.length < 300) xs.push(...xs.slice(0, 50))
      } else parent[key] = value
      break
  }
  return copy
}

/** A valid document from `valid(seed)`, broken in one place (or left valid one time in ten). */
export const brokenFrom = (valid: (seed: number) => Doc): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      fc.nat({ max: 1_000_000 }),
      fc.nat(),
      fc.constantFrom("replace", "delete", "extra", "wrap", "duplicate", "none"),
      weird
    )
    .map(([seed, pick, kind, value]) => (kind === "none" ? valid(seed) : mutate(valid(seed), pick, kind, value)))

/** Valid documents' JSON text, truncated or padded. */
export const textFrom = (valid: (seed: number) => Doc): fc.Arbitrary<string> =>
  fc.oneof(
    fc.tuple(fc.nat({ max: 1_000_000 }), fc.nat()).map(([seed, cut]) => {
      const t = JSON.stringify(valid(seed))
      return t.slice(0, cut % (t.length + 1))
    }),
    fc
      .tuple(fc.nat({ max: 1_000_000 }), fc.string({ unit: "grapheme", maxLength: 20 }))
      .map(([seed, s]) => JSON.stringify(valid(seed)) + s),
    brokenFrom(valid).map((d) => {
      try {
        return JSON.stringify(d) ?? "undefined"
      } catch {
        return "{"
      }
    }),
    fc.string({ unit: "grapheme", maxLength: 200 })
  )

/** Every number in a decoded value is finite (no NaN, no ±Infinity). */
export const finiteEverywhere = (value: unknown, seen = new Set<unknown>()): boolean => {
  if (typeof value === "number") return Number.isFinite(value)
  if (value === null || typeof value !== "object" || seen.has(value)) return true
  seen.add(value)
  for (const v of Object.values(value)) if (!finiteEverywhere(v, seen)) return false
  return true
}

/** A typed error: a tagged error class instance with a string message, and issues with paths if it has any. */
export const isTypedError = (e: unknown, tags: ReadonlyArray<string>): boolean => {
  if (e === null || typeof e !== "object") return false
  const tag = (e as { _tag?: unknown })._tag
  if (typeof tag !== "string" || !tags.includes(tag)) return false
  if (typeof (e as { message?: unknown }).message !== "string") return false
  const issues = (e as { issues?: unknown }).issues
  if (issues !== undefined) {
    if (!Array.isArray(issues) || issues.length === 0) return false
    for (const i of issues) if (typeof i?.at !== "string" || typeof i?.message !== "string") return false
  }
  return true
}

/** A plain Result: a Success with a finite value, or a Failure with a typed error. */
export const checkResult = (
  r: unknown,
  tags: ReadonlyArray<string>,
  onSuccess: (value: unknown) => boolean = () => true
): boolean => {
  const x = r as { _tag?: string; success?: unknown; failure?: unknown }
  if (x._tag === "Success") return finiteEverywhere(x.success) && onSuccess(x.success)
  if (x._tag === "Failure") return isTypedError(x.failure, tags)
  return false
}
