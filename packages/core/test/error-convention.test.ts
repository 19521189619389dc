/**
 * One error convention (issue 15): a function that can fail on input returns a
 * `Result` with a tagged error; only a function whose name starts with
 * `unsafe` throws. This test reads the source of core, calendar, avain, etotu
 * and model and fails on a `throw` anywhere else: inside a function (or a
 * method, or a function held by a variable or a property) none of whose
 * enclosing named functions is named `unsafe…`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import * as Result from "effect/Result"
import ts from "typescript"
import { describe, expect, it } from "vitest"
import {
  LocalDate,
  Money,
  PersonalIdentityCode,
  type RuleViolation,
  tryDivideRounded,
  YearMonth
} from "../src/index.js"

const root = fileURLToPath(new URL("../../..", import.meta.url))
const packages = ["core", "calendar", "avain", "etotu", "model"]

/**
 * Throws that input cannot reach, by file and enclosing function, each with why.
 * Keep this list short: a new entry needs the same kind of reason.
 */
const allowed: Readonly<Record<string, string>> = {}

const sourceFiles = (dir: string): Array<string> =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return path.endsWith(".ts") && !path.endsWith(".d.ts") ? [path] : []
  })

const nameOf = (node: ts.Node): string | undefined => {
  if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessor(node))
    return node.name?.getText()
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const parent = node.parent
    if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
      return parent.name.getText()
  }
  return undefined
}

/** The names of the functions around `node`, innermost first. */
const enclosingNames = (node: ts.Node): Array<string> => {
  const names: Array<string> = []
  for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent) {
    const name = nameOf(n)
    if (name !== undefined) names.push(name)
  }
  return names
}

interface Found {
  readonly where: string
  readonly line: number
  readonly functions: ReadonlyArray<string>
}

const throwsIn = (file: string): Array<Found> => {
  const text = readFileSync(file, "utf8")
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const out: Array<Found> = []
  const visit = (node: ts.Node): void => {
    if (ts.isThrowStatement(node))
      out.push({
        where: relative(root, file).split("\\").join("/"),
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        functions: enclosingNames(node)
      })
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}

const isAllowed = (f: Found): boolean =>
  f.functions.some((name) => name.startsWith("unsafe")) ||
  f.functions.some((name) => `${f.where}#${name}` in allowed)

describe("one error convention: only unsafe… functions throw", () => {
  const found = packages.flatMap((p) => sourceFiles(join(root, "packages", p, "src")).flatMap(throwsIn))

  it("finds the throws there are (the scan itself works)", () => {
    // money.ts's unsafeCents is one: if the scan found nothing, it would be broken, not the code clean.
    expect(found.some((f) => f.where === "packages/core/src/money.ts" && f.functions[0] === "unsafeCents")).toBe(true)
  })

  it("throws only inside a function named unsafe…, or one on the allow-list with its reason", () => {
    const offending = found
      .filter((f) => !isAllowed(f))
      .map((f) => `${f.where}:${f.line} in ${f.functions[0] ?? "(top level)"}`)
    expect(offending).toEqual([])
  })

  it("every allow-list entry still matches a throw (no stale entries)", () => {
    const used = new Set(found.flatMap((f) => f.functions.map((name) => `${f.where}#${name}`)))
    expect(Object.keys(allowed).filter((k) => !used.has(k))).toEqual([])
  })
})

describe("the Result siblings of core's unsafe… functions: same value, or a RuleViolation naming field and rule", () => {
  const rule = (r: Result.Result<unknown, RuleViolation>) =>
    Result.isFailure(r) ? [r.failure.at, r.failure.rule] : r.success
  it("Money.fromCents, parsePercent, tryMultiplyByFraction; tryDivideRounded", () => {
    expect(Money.fromCents(23809)).toEqual(Result.succeed(Money.unsafeCents(23809)))
    expect(rule(Money.fromCents(1.5, "rent"))).toEqual(["rent", "safe-integer"])
    expect(Money.parsePercent("72.2")).toEqual(Result.succeed(Money.unsafePercent("72.2")))
    expect(rule(Money.parsePercent("1.23456"))).toEqual(["(percentage)", "percent-format"])
    expect(Money.tryMultiplyByFraction(Money.unsafeCents(59355), 10, 30, "half-up")).toEqual(Result.succeed(19785))
    expect(rule(Money.tryMultiplyByFraction(Money.unsafeCents(1), 1, 0, "half-up"))).toEqual([
      "(fraction)",
      "integer-fraction"
    ])
    expect(tryDivideRounded(7n, 2n, "half-up")).toEqual(Result.succeed(4n))
    expect(rule(tryDivideRounded(7n, 0n, "half-up"))).toEqual(["denominator", "non-zero-denominator"])
  })
  it("LocalDate.fromParts/parse, YearMonth.fromParts/parse; the unsafe ones' messages repeat no input", () => {
    expect(LocalDate.fromParts(2026, 3, 31)).toEqual(Result.succeed("2026-03-31"))
    expect(rule(LocalDate.fromParts(2026, 2, 29, "birthDate"))).toEqual(["birthDate", "existing-date"])
    expect(rule(LocalDate.parse("2026-02-30", "decisionDate"))).toEqual(["decisionDate", "existing-date"])
    expect(YearMonth.fromParts(2026, 3)).toEqual(Result.succeed("2026-03"))
    expect(rule(YearMonth.parse("2026-13", "month"))).toEqual(["month", "year-month"])
    expect(() => LocalDate.unsafeFrom("2026-02-30")).toThrow(/^(?!.*2026-02-30).*$/)
    expect(() => LocalDate.unsafeMake(2026, 2, 30)).toThrow(/^(?!.*2026).*$/)
    expect(() => YearMonth.unsafeFrom("2026-13")).toThrow(/^(?!.*2026-13).*$/)
    expect(() => YearMonth.unsafeMake(2026, 13)).toThrow(/^(?!.*2026).*$/)
  })
  it("PersonalIdentityCode.testCode", () => {
    const birth = LocalDate.unsafeFrom("1990-01-01")
    const r = PersonalIdentityCode.testCode(birth, 900)
    expect(Result.isSuccess(r) && PersonalIdentityCode.reveal(r.success)).toBe(
      PersonalIdentityCode.reveal(PersonalIdentityCode.unsafeMakeTestCode(birth, 900))
    )
    expect(rule(PersonalIdentityCode.testCode(birth, 12))).toEqual(["individualNumber", "test-individual-number"])
  })
})
