/**
 * One error convention (issue 15): a function that can fail on input returns a
 * `Result` with a tagged error; only a function whose name starts with
 * `unsafe` throws. This test reads the source of every package with rules
 * (core, calendar, avain, etotu, model, social-assistance) and the CLI, finds
 * the functions that may throw, and fails on each one not named `unsafe…`:
 *
 * - a function throws when it holds a `throw` (outside a nested `unsafe…`
 *   function), or calls or hands out (an alias, `export const dateOf =
 *   unsafeDateOf`) a function that may throw: one named `unsafe…` anywhere, or
 *   one this scan found, resolved through the imports (`import * as WorkingDays
 *   from "./working-days.js"`, `import { WorkingDays } from
 *   "@osallistava/calendar"` via the package's `export * as`, named imports),
 *   to a fixed point;
 * - a call cannot throw when its arguments are all literals (a constant), it
 *   runs once at module load, or it is inside the callback of calendar's
 *   `attempt(() => …)`, which returns the tagged errors thrown there as a
 *   `Result`; methods of classes are seen for their own
 *   `throw`s only (a call `x.method()` is not resolved).
 *
 * Each finding names the innermost named function around it. It passes when
 * that function (or one around it) is named `unsafe…`, or is listed below:
 * `allowed` with the reason input cannot make it throw (the function is then
 * treated as not throwing, so its callers are not flagged either), a
 * `@deprecated` alias of an `unsafe…` function (kept for compatibility, still
 * flagged in its callers), or `pending` (not converted yet, with why).
 * Every exported `unsafe…` function has a `Result` sibling (`try…` of the same
 * name, or the one named in the test).
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
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
const packages = ["core", "calendar", "avain", "etotu", "model", "social-assistance", "cli"]

/**
 * Functions that throw or call a throwing function only where input cannot
 * reach, by file and function, each with why. Keep this list short: a new
 * entry needs the same kind of reason.
 */
const allowed: Readonly<Record<string, string>> = {
  "packages/core/src/money.ts#fraction":
    "module-private; called by tryMultiplyByFraction after its check (whole numbers, denominator ≠ 0) and by unsafeMultiplyByFraction",
  "packages/core/src/money.ts#multiplyByPercentage": "divides by the constant 1 000 000, never 0",
  "packages/core/src/personal-identity-code.ts#decode":
    "the Schema's filter has accepted the code (isValid) before the transform runs",
  "packages/core/src/personal-identity-code.ts#fromString": "called only after isValid accepted the code",
  "packages/core/src/personal-identity-code.ts#birthDate":
    "a PersonalIdentityCode exists only for a code isValid accepted (FinnishSSN.validate checks that the birth date exists)",
  "packages/core/src/personal-identity-code.ts#testCode":
    "builds the code from parts it has checked (birth date, individual number)",
  "packages/core/src/reduction-ground.ts#before2026": "module-private; called only with literal dates of the table",
  "packages/core/src/rounding.ts#tryDivideRounded":
    "calls unsafeDivideRounded only after checking the denominator is not 0",
  "packages/core/src/statute-numbering.ts#d":
    "module-private alias of unsafeFrom, called only with literal dates at module load",
  "packages/core/src/year-month.ts#lastDay": "the last day of a valid month is a valid date",
  "packages/calendar/src/attempt.ts#attempt":
    "returns ProvisionNotInForce and YearOutOfRange as the failure; rethrows only anything else, a defect, never input",
  "packages/calendar/src/easter.ts#trySunday": "calls unsafeSunday only for a year its range check accepted",
  "packages/calendar/src/holidays.ts#compute":
    "module-private; called by unsafeOf after unsafeCheckYear (1900–2100, where Easter and every date it makes exist)",
  "packages/calendar/src/holidays.ts#tryOf": "calls unsafeOf only for a year checkedYear accepted",
  "packages/calendar/src/working-days.ts#build": "builds the table for the years firstYear…lastYear only",
  "packages/calendar/src/working-days.ts#tryIsWorkingEpochDay": "calls the unsafe… one only for a day inside the table",
  "packages/calendar/src/working-days.ts#tryAddWorkingDaysToEpochDay":
    "calls the unsafe… ones only after checking the count, the day and that enough working days remain in the table",
  "packages/calendar/src/working-days.ts#tryWorkingDaysBetween": "calls the unsafe… one only for days inside the table",
  "packages/calendar/src/working-days.ts#tryCountWorkingEpochDays":
    "calls the unsafe… one only for a non-empty range whose ends are inside the table",
  "packages/social-assistance/src/reform/render.ts#money":
    "renders figures the simulation summed from EuroCents: Math.round of such a sum is a safe integer",
  "packages/cli/src/commands/parameters.ts#money": "renders values of the parameter tables, which are EuroCents",
  "packages/social-assistance/src/reform/render.ts#valueText":
    "a money parameter's value is EuroCents from the parameter tables or from a reform decoded by its Schema",
  "packages/social-assistance/src/guidelines/index.ts#decodeShipped":
    "decodes the guidelines shipped in the package at module load (its data, not input); a test decodes every one",
  "packages/social-assistance/src/rules/mechanisms/code-table.ts#failed":
    "no collision-free hash for a table of the package's own kind names (a defect, not input); called at module load of kinds.ts, whose every table a test builds",
  "packages/social-assistance/src/parameters/values.ts#p":
    "Money.percent on the tables' literal percentages only (p(100), p(85), …: data of the package, never input)"
}

/**
 * Not converted yet, by file (every function in it) or file and function,
 * each with the reason. Each entry is to be removed by converting it (an
 * `unsafe…` name with a `Result` sibling, or a `Result`).
 */
const pending: Readonly<Record<string, string>> = {}

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

/** Inside the callback of `attempt(() => …)` (calendar's), which returns what the callback throws as a `Result`. */
const attempted = (node: ts.Node): boolean => {
  for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent)
    if (
      (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) &&
      ts.isCallExpression(n.parent) &&
      n.parent.arguments.includes(n as ts.Expression) &&
      ts.isIdentifier(n.parent.expression) &&
      n.parent.expression.text === "attempt"
    )
      return true
  return false
}

const insideFunction = (node: ts.Node): boolean => {
  for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent) if (ts.isFunctionLike(n)) return true
  return false
}

const isUnsafeName = (name: string): boolean => /^unsafe[A-Z]/.test(name)

const constant = (e: ts.Expression): boolean =>
  ts.isNumericLiteral(e) ||
  ts.isStringLiteral(e) ||
  ts.isNoSubstitutionTemplateLiteral(e) ||
  (ts.isPrefixUnaryExpression(e) && ts.isNumericLiteral(e.operand)) ||
  e.kind === ts.SyntaxKind.TrueKeyword ||
  e.kind === ts.SyntaxKind.FalseKeyword

const rel = (file: string): string => relative(root, file).split("\\").join("/")

interface SourceFile {
  readonly file: string
  readonly where: string
  readonly source: ts.SourceFile
  /** Top-level declarations: name → the node to search. */
  readonly declarations: Map<string, ts.Node>
  /** Top-level names declared `@deprecated`. */
  readonly deprecated: Set<string>
  /** Local name → the file it is imported from (named imports) or the module namespace (`* as`). */
  readonly imports: Map<string, { readonly files: ReadonlyArray<string>; readonly name: string | undefined }>
}

const packageOf = (spec: string): { pkg: string; sub: string | undefined } | undefined => {
  const m = /^@osallistava\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(spec)
  return m === null ? undefined : { pkg: m[1] as string, sub: m[2] }
}

const read = (file: string): SourceFile => {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const declarations = new Map<string, ts.Node>()
  const deprecated = new Set<string>()
  for (const st of source.statements) {
    const tagged = ts.getJSDocTags(st).some((t) => t.tagName.text === "deprecated")
    if (ts.isFunctionDeclaration(st) && st.name !== undefined) declarations.set(st.name.text, st)
    if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name)) {
          declarations.set(d.name.text, d)
          if (tagged || ts.getJSDocTags(d).some((t) => t.tagName.text === "deprecated")) deprecated.add(d.name.text)
        }
  }
  return { file, where: rel(file), source, declarations, deprecated, imports: new Map() }
}

describe("one error convention: only unsafe… functions throw", () => {
  const files = new Map<string, SourceFile>()
  for (const p of packages)
    for (const f of sourceFiles(join(root, "packages", p, "src"))) files.set(resolve(f), read(resolve(f)))
  const moduleFile = (from: string, spec: string): Array<string> => {
    if (spec.startsWith(".")) return [resolve(dirname(from), spec.replace(/\.js$/, ".ts"))]
    const p = packageOf(spec)
    if (p === undefined) return []
    const src = join(root, "packages", p.pkg, "src")
    return p.sub === undefined ? [resolve(src, "index.ts")] : [resolve(src, `${p.sub}.ts`)]
  }
  /** `export * as NS from "./x.js"` and `export * from "./x.js"` of a module, followed once. */
  const namespaceIn = (indexFile: string, ns: string): Array<string> => {
    const index = files.get(indexFile)
    if (index === undefined) return []
    const out: Array<string> = []
    for (const st of index.source.statements)
      if (
        ts.isExportDeclaration(st) &&
        st.moduleSpecifier !== undefined &&
        ts.isStringLiteral(st.moduleSpecifier) &&
        st.exportClause !== undefined &&
        ts.isNamespaceExport(st.exportClause) &&
        st.exportClause.name.text === ns
      )
        out.push(...moduleFile(indexFile, st.moduleSpecifier.text))
    return out
  }
  const reexported = (indexFile: string, seen = new Set<string>()): Array<string> => {
    if (seen.has(indexFile)) return []
    seen.add(indexFile)
    const index = files.get(indexFile)
    if (index === undefined) return []
    const out = [indexFile]
    for (const st of index.source.statements)
      if (
        ts.isExportDeclaration(st) &&
        st.moduleSpecifier !== undefined &&
        ts.isStringLiteral(st.moduleSpecifier) &&
        (st.exportClause === undefined || ts.isNamedExports(st.exportClause))
      )
        for (const f of moduleFile(indexFile, st.moduleSpecifier.text)) out.push(...reexported(f, seen))
    return out
  }
  for (const f of files.values())
    for (const st of f.source.statements) {
      if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || st.importClause === undefined)
        continue
      const spec = st.moduleSpecifier.text
      const targets = moduleFile(f.file, spec)
      const b = st.importClause.namedBindings
      if (b !== undefined && ts.isNamespaceImport(b)) f.imports.set(b.name.text, { files: targets, name: undefined })
      if (b !== undefined && ts.isNamedImports(b))
        for (const e of b.elements) {
          const imported = (e.propertyName ?? e.name).text
          const ns = targets.flatMap((t) => namespaceIn(t, imported))
          f.imports.set(
            e.name.text,
            ns.length > 0
              ? { files: ns, name: undefined }
              : { files: targets.flatMap((t) => reexported(t)), name: imported }
          )
        }
    }

  const key = (f: SourceFile, name: string) => `${f.where}#${name}`
  const listed = (
    f: SourceFile,
    names: ReadonlyArray<string>,
    lists: ReadonlyArray<Readonly<Record<string, string>>>
  ) => lists.some((l) => f.where in l || names.some((n) => key(f, n) in l))

  /** Top-level names that may throw, as `file#name`. */
  const throwing = new Set<string>()
  /** Whether `id` names a parameter or a variable of a function around it (not the top-level name). */
  const local = (id: ts.Identifier): boolean => {
    const declares = (scope: ts.Node): boolean => {
      let found = false
      const look = (n: ts.Node): void => {
        if (found) return
        if (n !== scope && ts.isFunctionLike(n)) return
        if (
          (ts.isParameter(n) || ts.isVariableDeclaration(n) || ts.isBindingElement(n) || ts.isFunctionDeclaration(n)) &&
          n.name !== undefined &&
          ts.isIdentifier(n.name) &&
          n.name.text === id.text
        )
          found = true
        ts.forEachChild(n, look)
      }
      look(scope)
      return found
    }
    for (let n: ts.Node | undefined = id.parent; n !== undefined; n = n.parent)
      if (ts.isFunctionLike(n) && declares(n)) return true
    return false
  }
  const resolves = (f: SourceFile, e: ts.Expression): boolean => {
    const test = (files_: ReadonlyArray<string>, name: string) =>
      files_.some((t) => {
        const g = files.get(t)
        return g !== undefined && throwing.has(key(g, name))
      })
    if (ts.isIdentifier(e)) {
      if (local(e)) return false
      if (isUnsafeName(e.text)) return true
      if (f.declarations.has(e.text)) return throwing.has(key(f, e.text))
      const imp = f.imports.get(e.text)
      return imp?.name !== undefined && test(imp.files, imp.name)
    }
    if (ts.isPropertyAccessExpression(e)) {
      if (isUnsafeName(e.name.text)) return true
      if (!ts.isIdentifier(e.expression) || local(e.expression)) return false
      const imp = f.imports.get(e.expression.text)
      return imp !== undefined && imp.name === undefined && test(imp.files, e.name.text)
    }
    return false
  }

  interface Found {
    readonly where: string
    readonly line: number
    readonly functions: ReadonlyArray<string>
    readonly what: string
    readonly top: string | undefined
    readonly deprecatedAlias: boolean
  }

  /** Every throw and every use of a throwing function in `f`, with the top-level name it belongs to. */
  const findingsOf = (f: SourceFile): Array<Found> => {
    const out: Array<Found> = []
    const lineOf = (node: ts.Node) => f.source.getLineAndCharacterOfPosition(node.getStart()).line + 1
    const topOf = (node: ts.Node): string | undefined => {
      let n: ts.Node = node
      while (n.parent !== undefined && n.parent !== f.source) n = n.parent
      if (ts.isFunctionDeclaration(n)) return n.name?.text
      if (ts.isVariableStatement(n)) {
        for (const d of n.declarationList.declarations)
          if (d.pos <= node.pos && node.end <= d.end && ts.isIdentifier(d.name)) return d.name.text
      }
      return undefined
    }
    const visit = (node: ts.Node): void => {
      if (ts.isThrowStatement(node))
        out.push({
          where: f.where,
          line: lineOf(node),
          functions: enclosingNames(node),
          what: "throw",
          top: topOf(node),
          deprecatedAlias: false
        })
      if (
        (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) &&
        !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node) &&
        !(ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node && ts.isIdentifier(node)) &&
        !(ts.isIdentifier(node) && isDeclarationName(node)) &&
        resolves(f, node)
      ) {
        const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : undefined
        const inFunction = insideFunction(node)
        const harmless = (call !== undefined && (call.arguments.every(constant) || !inFunction)) || attempted(node)
        if (!harmless) {
          const top = topOf(node)
          const alias =
            !inFunction &&
            call === undefined &&
            ts.isVariableDeclaration(node.parent) &&
            top !== undefined &&
            f.deprecated.has(top)
          out.push({
            where: f.where,
            line: lineOf(node),
            functions: [...enclosingNames(node), ...(!inFunction && top !== undefined ? [top] : [])],
            what: node.getText(),
            top,
            deprecatedAlias: alias
          })
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(f.source)
    return out
  }

  const isDeclarationName = (id: ts.Identifier): boolean => {
    const p = id.parent
    if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p))
      return true
    if (ts.isQualifiedName(p) || ts.isTypeReferenceNode(p) || ts.isTypeQueryNode(p)) return true
    return (
      (ts.isVariableDeclaration(p) ||
        ts.isFunctionDeclaration(p) ||
        ts.isPropertyAssignment(p) ||
        ts.isMethodDeclaration(p) ||
        ts.isPropertyDeclaration(p) ||
        ts.isPropertySignature(p) ||
        ts.isMethodSignature(p) ||
        ts.isParameter(p) ||
        ts.isBindingElement(p)) &&
      p.name === id
    )
  }

  /** A finding makes its function throw unless a function around it is unsafe… or allowed. */
  const counts = (f: SourceFile, x: Found): boolean =>
    !x.functions.some(isUnsafeName) && !x.functions.some((n) => key(f, n) in allowed)
  /** Pending entries are roots: their callers are not flagged until they are converted (then they are). */
  const propagates = (f: SourceFile, x: Found): boolean => counts(f, x) && !listed(f, x.functions, [pending])

  // Fixed point: a top-level name throws when a finding in it counts.
  let all: Array<Found> = []
  for (let round = 0; round < 20; round++) {
    const before = throwing.size
    all = [...files.values()].flatMap((f) => {
      const found = findingsOf(f)
      for (const x of found)
        if (x.top !== undefined && (isUnsafeName(x.top) || propagates(f, x))) throwing.add(key(f, x.top))
      return found
    })
    if (throwing.size === before) break
  }
  const offending = all.filter((x) => {
    const f = [...files.values()].find((g) => g.where === x.where) as SourceFile
    return counts(f, x) && !x.deprecatedAlias && !listed(f, x.functions, [pending])
  })
  const text = (f: Found) => `${f.where}:${f.line} ${f.what} in ${f.functions[0] ?? "(top level)"}`

  it("finds the throws and the uses there are (the scan itself works)", () => {
    // money.ts's unsafeCents is one: if the scan found nothing, it would be broken, not the code clean.
    expect(all.some((f) => f.where === "packages/core/src/money.ts" && f.functions[0] === "unsafeCents")).toBe(true)
    // A throw reached through calls across packages is found: calendar's unsafeIndexOf, called by WorkingDays'
    // functions, called by other packages through `import { WorkingDays } from "@osallistava/calendar"`.
    expect(throwing.has("packages/calendar/src/working-days.ts#unsafeIndexOf")).toBe(true)
    expect(throwing.has("packages/calendar/src/working-days.ts#isWorkingDay")).toBe(true)
    // `import { WorkingDays } from "@osallistava/calendar"` resolves through the package's `export * as`.
    expect(
      namespaceIn(resolve(root, "packages/calendar/src/index.ts"), "WorkingDays").map((f) => relative(root, f))
    ).toEqual(["packages/calendar/src/working-days.ts"])
    // A local variable is not the top-level function of the same name (money.ts's toDecimalString has a `fraction`).
    expect(all.some((x) => x.where === "packages/core/src/money.ts" && x.functions[0] === "toDecimalString")).toBe(
      false
    )
  })

  it("throws, or calls a function that may throw, only inside a function named unsafe…, or one listed with its reason", () => {
    expect(offending.map(text)).toEqual([])
  })

  it("a throwing function under another name is only a @deprecated alias of an unsafe… one", () => {
    const aliases = all.filter((x) => x.deprecatedAlias)
    expect(aliases.every((x) => /unsafe[A-Z]/.test(x.what))).toBe(true)
  })

  it("every exported unsafe… function has a Result sibling: try… of the same name, or the one named here", () => {
    const named: Readonly<Record<string, string>> = {
      "packages/core/src/local-date.ts#unsafeMake": "fromParts",
      "packages/core/src/local-date.ts#unsafeFrom": "parse",
      "packages/core/src/year-month.ts#unsafeMake": "fromParts",
      "packages/core/src/year-month.ts#unsafeFrom": "parse",
      "packages/core/src/statute-numbering.ts#unsafeAt": "at",
      "packages/core/src/personal-identity-code.ts#unsafeMakeTestCode": "testCode",
      "packages/core/src/money.ts#unsafeCents": "fromCents",
      "packages/core/src/money.ts#unsafePercent": "parsePercent",
      "packages/calendar/src/holidays.ts#unsafeCheckYear": "checkedYear"
    }
    const exported = (st: ts.Statement) =>
      ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    const missing: Array<string> = []
    let checked = 0
    for (const f of files.values())
      for (const st of f.source.statements)
        if (ts.isVariableStatement(st) && exported(st))
          for (const d of st.declarationList.declarations) {
            if (!ts.isIdentifier(d.name) || !isUnsafeName(d.name.text)) continue
            checked++
            const sibling = named[key(f, d.name.text)] ?? `try${d.name.text.slice("unsafe".length)}`
            const decl = f.declarations.get(sibling)
            // The sibling returns a Result: its declared return type says so, or it is another try… function.
            const init = decl !== undefined && ts.isVariableDeclaration(decl) ? decl.initializer : undefined
            const returnsResult =
              init !== undefined &&
              (((ts.isArrowFunction(init) || ts.isFunctionExpression(init)) &&
                init.type !== undefined &&
                /\bResult\b/.test(init.type.getText())) ||
                (ts.isIdentifier(init) && /^try[A-Z]/.test(init.text)) ||
                (ts.isPropertyAccessExpression(init) && /^try[A-Z]/.test(init.name.text)))
            if (!returnsResult) missing.push(`${key(f, d.name.text)} (no ${sibling} returning a Result)`)
          }
    expect(missing).toEqual([])
    expect(checked).toBeGreaterThan(40)
  })

  it("every list entry still matches a finding (no stale entries)", () => {
    const used = new Set(all.flatMap((x) => [x.where, ...x.functions.map((n) => `${x.where}#${n}`)]))
    expect([...Object.keys(allowed), ...Object.keys(pending)].filter((k) => !used.has(k))).toEqual([])
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
