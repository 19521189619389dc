/**
 * Fuzzing every public decoder: only typed errors, no throw, no NaN, no silent zero. The normal suite runs a small
 * sample; `pnpm fuzz` runs FUZZ_RUNS (100 000) inputs per decoder.
 */
import { Readable } from "node:stream"
import {
  report as avainReport,
  decodeRecord as decodeAvainRecord,
  recordsToCsv,
  rowsFromCsv,
  validate
} from "@osallistava/avain"
import { Output, run as runCli, tryOpenInput } from "@osallistava/cli"
import {
  Csv as CoreCsv,
  decodeInput,
  EuroString,
  Json,
  LocalDate,
  Money,
  MunicipalityCodeOrName,
  PersonalIdentityCode,
  PersonalIdentityCodeFromString,
  YearMonth
} from "@osallistava/core"
import { Csv, Decode } from "@osallistava/etotu"
import { decodeEvent } from "@osallistava/model"
import { Amount, calculate, decodeApplication, Explain } from "@osallistava/social-assistance"
import { Result, type Schema } from "effect"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { applicationJson, household, notice, plan } from "../src/population/index.js"
import { anyInput, brokenFrom, checkResult, isTypedError, RUNS, textFrom, weird } from "./support/fuzz.js"
import { embed, embedText, leakIn, type Secret, secret } from "./support/secrets.js"

const INPUT = ["InvalidInput"]
// core's LocalDate and YearMonth Schemas are values in its src but type-only in its bundled .d.ts namespaces (the
// tsup declaration quirk other packages note); the tests run against src, so reach them through a cast.
type Decoder = Schema.Decoder<unknown, never>
const LocalDateSchema = (LocalDate as unknown as { LocalDate: Decoder }).LocalDate
const YearMonthSchema = (YearMonth as unknown as { YearMonth: Decoder }).YearMonth
const params = { numRuns: RUNS }
const timeout = Math.max(20_000, RUNS * 5)

const validApplication = (seed: number) =>
  applicationJson(household(seed, seed % 997), `2025-${String((seed % 12) + 1).padStart(2, "0")}`)
const validNotice = (seed: number) => notice(seed, seed % 4093)
/** The county's supplementary assistance on Kela's figures (the CLI example's shape, amounts varied by the seed). */
const validSupplementary = (seed: number) => {
  const income = 1000 + (seed % 700)
  return {
    month: "2025-03",
    kela: {
      source: "letter",
      month: "2025-03",
      expenses: "1952.14",
      income: `${income}.00`,
      assets: "0.00",
      basicAssistance: `${(1952.14 - income).toFixed(2)}`
    },
    guideline: "county-release-2024-10",
    lines: [
      {
        category: "childrenHobbies",
        claimed: `${100 + (seed % 500)}.00`,
        guidelineItem: "children-hobbies",
        children: 1
      }
    ]
  }
}
const validAvain = (seed: number) => {
  const p = plan(seed, seed % 991)
  return p[seed % p.length]
}
const validEvent = (seed: number) =>
  seed % 2 === 0
    ? { _tag: "NoticeReceived", caseId: `c${seed}`, on: "2025-03-04", notice: validNotice(seed) }
    : { _tag: "AvainStartRecorded", caseId: `c${seed}`, on: "2025-03-04", record: plan(seed, 1)[0] }

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const isRealDate = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 && leap ? 29 : DAYS[mo - 1]!)
}

/** Reference decimal parse: exact cents or undefined. */
const referenceCents = (t: string): number | undefined => {
  const m = /^(-?)(0|[1-9][0-9]{0,12})(?:\.([0-9]{1,2}))?$/.exec(t)
  if (!m) return undefined
  const v = BigInt(m[2]!) * 100n + BigInt((m[3] ?? "").padEnd(2, "0"))
  return Number(m[1] === "-" ? -v : v)
}

/** Reference for `Money.parse` (human formats "1 234,56 €"): the digits in order, the last separator, the sign. */
const humanCents = (t: string): number | undefined => {
  const compact = t.replace(/[^0-9.,\-\u2212]/g, "")
  const sep = Math.max(compact.lastIndexOf("."), compact.lastIndexOf(","))
  const whole = (sep < 0 ? compact : compact.slice(0, sep)).replace(/\D/g, "")
  const frac = sep < 0 ? "" : compact.slice(sep + 1).replace(/\D/g, "")
  if (frac.length > 2) return undefined
  const v = BigInt(whole === "" ? "0" : whole) * 100n + BigInt(frac.padEnd(2, "0"))
  return Number(/[-\u2212]/.test(compact) ? -v : v)
}

const strings = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  weird.filter((x) => typeof x === "string"),
  fc
    .tuple(fc.integer({ min: -5, max: 10_000 }), fc.integer({ min: -5, max: 40 }), fc.integer({ min: -5, max: 40 }))
    .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc
    .tuple(fc.integer({ min: -1e6, max: 1e15 }), fc.nat({ max: 999 }), fc.constantFrom(".", ",", " ", ""))
    .map(([w, f, sep]) => `${w}${sep}${f}`),
  fc
    .tuple(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(" €", "€", " EUR", " euroa", ""))
    .map(([c, unit]) => `${Math.trunc(c / 100).toLocaleString("fi-FI")},${String(c % 100).padStart(2, "0")}${unit}`)
) as fc.Arbitrary<string>

describe(`fuzz (${RUNS} inputs per decoder)`, () => {
  it(
    "core: euro amounts decode to the exact cents of the text, never NaN or a silent zero",
    () => {
      const decode = decodeInput(EuroString, "amount")
      fc.assert(
        fc.property(fc.oneof(strings, anyInput), (input) => {
          const r = decode(input)
          const ok = checkResult(r, INPUT, (cents) => typeof input === "string" && cents === referenceCents(input))
          const p = typeof input === "string" ? Money.parse(input) : undefined
          const parsedOk =
            p === undefined || checkResult(p, ["RuleViolation"], (c) => c === humanCents(input as string))
          return ok && parsedOk
        }),
        params
      )
    },
    timeout
  )

  it(
    "core: dates accept only existing calendar dates (2026-02-29 is rejected, 2024-02-29 accepted)",
    () => {
      const decode = decodeInput(LocalDateSchema, "date")
      expect(Result.isFailure(decode("2026-02-29"))).toBe(true)
      expect(Result.isSuccess(decode("2024-02-29"))).toBe(true)
      fc.assert(
        fc.property(fc.oneof(strings, anyInput), (input) =>
          checkResult(decode(input), INPUT, (d) => typeof d === "string" && isRealDate(d) && d === input)
        ),
        params
      )
    },
    timeout
  )

  it(
    "core: year-months",
    () => {
      const decode = decodeInput(YearMonthSchema, "month")
      fc.assert(
        fc.property(fc.oneof(strings, anyInput), (input) =>
          checkResult(decode(input), INPUT, (m) => typeof m === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(m))
        ),
        params
      )
    },
    timeout
  )

  it(
    "core: henkilötunnus decodes only valid codes, and the error never quotes the input",
    () => {
      const decode = decodeInput(PersonalIdentityCodeFromString, "henkilötunnus")
      const codes = fc
        .tuple(
          fc.integer({ min: 1, max: 31 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 0, max: 99 }),
          fc.constantFrom("-", "+", "A", "B", "Y", "U", "X", "G"),
          fc.integer({ min: 0, max: 999 }),
          fc.constantFrom(..."0123456789ABCDEFHJKLMNPRSTUVWXY")
        )
        .map(
          ([d, m, y, c, n, q]) =>
            `${String(d).padStart(2, "0")}${String(m).padStart(2, "0")}${String(y).padStart(2, "0")}${c}${String(n).padStart(3, "0")}${q}`
        )
      fc.assert(
        fc.property(fc.oneof(codes, strings, anyInput), (input) => {
          const r = decode(input)
          if (Result.isFailure(r) && typeof input === "string" && input.length > 3 && r.failure.message.includes(input))
            return false
          return checkResult(r, INPUT, (code) =>
            PersonalIdentityCode.isValid(PersonalIdentityCode.reveal(code as never))
          )
        }),
        params
      )
    },
    timeout
  )

  it(
    "social-assistance: decodeApplication, and every decoded application calculates to a finite amount",
    () => {
      fc.assert(
        fc.property(fc.oneof(brokenFrom(validApplication), anyInput), (input) => {
          const r = decodeApplication(input)
          return checkResult(r, INPUT, (app) => {
            const d = calculate(app as never)
            const f = Amount.supportCents(app as never)
            return (
              checkResult(d, ["RuleViolation", "ParameterNotInForce"]) &&
              checkResult(f, ["RuleViolation", "ParameterNotInForce"]) &&
              (Result.isFailure(d) ||
                (Number.isSafeInteger(d.success.supportCents) &&
                  d.success.supportCents >= 0 &&
                  Result.isSuccess(f) &&
                  f.success === d.success.supportCents))
            )
          })
        }),
        params
      )
    },
    timeout
  )

  it(
    "etotu: decodeRecord and decodeLine return a result per record, with issues on every Bad one",
    () => {
      const okOrBad = (r: Decode.RecordResult) =>
        (r._tag === "Ok" && typeof r.notice._tag === "string") ||
        (r._tag === "Bad" &&
          r.issues.length > 0 &&
          r.issues.every((i) => typeof i.at === "string" && typeof i.message === "string"))
      fc.assert(
        fc.property(fc.oneof(brokenFrom(validNotice), anyInput), (input) => okOrBad(Decode.decodeRecord(input, 1))),
        params
      )
      fc.assert(
        fc.property(textFrom(validNotice), (line) => okOrBad(Decode.decodeLine(line, 1))),
        params
      )
    },
    timeout
  )

  it(
    "etotu: NDJSON and CSV batches never stop at a bad record",
    () => {
      fc.assert(
        fc.property(fc.array(textFrom(validNotice), { maxLength: 5 }), (lines) => {
          const results = Decode.decodeNdjson(lines.join("\n"))
          return results.every((r) => r._tag === "Ok" || r.issues.length > 0)
        }),
        params
      )
      fc.assert(
        fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
          const results = Csv.decodeCsv(`_tag,formatVersion,id,decisionDate\n${text}`)
          return results.every((r) => r._tag === "Ok" || r.issues.length > 0)
        }),
        params
      )
    },
    timeout
  )

  it(
    "avain: decodeRecord and validate",
    () => {
      fc.assert(
        fc.property(fc.oneof(brokenFrom(validAvain), anyInput), (input) => {
          if (!checkResult(decodeAvainRecord(input), INPUT)) return false
          const v = validate([input])
          return v.issues.every((i) => isTypedError(i, ["RuleViolation"]))
        }),
        params
      )
    },
    timeout
  )

  it(
    "model: event decoder",
    () => {
      fc.assert(
        fc.property(fc.oneof(brokenFrom(validEvent), anyInput), (input) => checkResult(decodeEvent(input), INPUT)),
        params
      )
    },
    timeout
  )

  it(
    "cli: the input reader gives values, unreadable records and at most one Failed record (last), never a throw",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.array(textFrom(validApplication), { maxLength: 4 }).map((xs) => xs.join("\n")),
            fc.string({ unit: "grapheme", maxLength: 200 })
          ),
          fc.constantFrom("auto", "json", "ndjson", "csv" as const),
          async (text, format) => {
            const opened = await tryOpenInput(undefined, format, Readable.from([text]))
            if (Result.isFailure(opened)) return opened.failure.name === "InputError"
            let failed = false
            for await (const r of opened.success.records) {
              if (failed) return false // nothing after a Failed record
              if (r._tag === "Failed") {
                if (r.error.name !== "InputError") return false
                failed = true
              } else if (r._tag !== "Value" && !(r._tag === "Unreadable" && typeof r.message === "string")) return false
            }
            return true
          }
        ),
        params
      )
    },
    timeout
  )
})

/**
 * Privacy fuzz (issue 16): random names and valid henkilötunnus values of the test range (900–999) embedded anywhere
 * in random valid and invalid inputs never appear in any error, log line or report of any public decoder, nor on the
 * CLI's stderr; the CLI's stdout never carries a henkilötunnus, and its reports (avain score and report, etotu stats)
 * no name either. Not searched: the stdout of `etotu decode` and `etotu triage`, which is the decoded notices
 * themselves, free text included (an eTotu free text is not an identifier field, so it is not refused for its
 * content). The CLI runs in-process through its exported `run`.
 */
describe(`privacy fuzz (${RUNS} inputs per surface)`, () => {
  const logged: Array<string> = []
  beforeAll(() => {
    for (const m of ["log", "error", "warn", "info", "debug", "trace"] as const)
      vi.spyOn(console, m).mockImplementation((...args: Array<unknown>) => {
        logged.push(args.map(String).join(" "))
      })
  })
  afterAll(() => {
    vi.restoreAllMocks()
  })
  /** Every way an error can be shown: String, JSON, message, and the issues' messages. */
  const shown = (e: unknown): string => {
    if (e === undefined || e === null) return ""
    const parts = [String(e)]
    try {
      parts.push(JSON.stringify(e) ?? "")
    } catch {
      // a cycle: String and message stay
    }
    if (typeof e === "object" && "message" in e) parts.push(String((e as { message: unknown }).message))
    return parts.join("\n")
  }
  /** Fails with the surface and the kind of leak, never with the secret itself in the property's own message. */
  /** Outputs searched per surface that were not empty (an error or a report was produced). */
  const reached = new Map<string, number>()
  const clean = (surface: string, text: string, s: Secret) => {
    if (text !== "") reached.set(surface, (reached.get(surface) ?? 0) + 1)
    const found = leakIn(text, s)
    if (found !== undefined) throw new Error(`${surface} repeated personal data (${found.length} characters)`)
    const log = logged.find((l) => leakIn(l, s) !== undefined)
    if (log !== undefined) throw new Error(`${surface}: a log line repeated personal data`)
    logged.length = 0
    return true
  }
  const where = fc.nat()
  const how = fc.nat()
  const seed = fc.nat(10_000)
  const failureOf = (r: Result.Result<unknown, unknown>) => (Result.isFailure(r) ? r.failure : undefined)

  it(
    "core: Schemas, JSON, CSV and money parsing",
    () => {
      const schemas = [
        decodeInput(EuroString, "amount"),
        decodeInput(LocalDateSchema, "date"),
        decodeInput(YearMonthSchema, "month"),
        decodeInput(MunicipalityCodeOrName, "municipality"),
        decodeInput(PersonalIdentityCodeFromString, "henkilötunnus")
      ]
      fc.assert(
        fc.property(
          secret,
          anyInput.filter((x) => typeof x !== "bigint"),
          where,
          how,
          (s, doc, at, h) => {
            const input = embed(doc, s, at, h)
            for (const decode of schemas) {
              const r = decode(h % 2 === 0 ? s.value : input)
              // A decoded henkilötunnus prints masked.
              clean("core decode", Result.isFailure(r) ? shown(r.failure) : shown(r.success), s)
            }
            let json = "null"
            try {
              json = JSON.stringify(doc) ?? "null"
            } catch {
              // a bigint: the text is the secret alone
            }
            const text = embedText(json, s, at, h)
            clean("core Json.parseJson", shown(failureOf(Json.parseJson(text))), s)
            const csv = CoreCsv.parseCsvRecords(`a,b\n${text}\n${s.value},1\n`)
            clean("core Csv", csv.map((r) => (r._tag === "Error" ? shown(r.error) : "")).join("\n"), s)
            clean("core Money.parse", shown(failureOf(Money.parse(text))), s)
            return true
          }
        ),
        params
      )
    },
    timeout
  )

  it(
    "avain: decodeRecord, validate, CSV rows and the cohort report",
    () => {
      fc.assert(
        fc.property(secret, seed, where, how, (s, n, at, h) => {
          const input = embed(validAvain(n), s, at, h)
          clean("avain decodeRecord", shown(failureOf(decodeAvainRecord(input))), s)
          const v = validate([validAvain(n + 1), input])
          clean("avain validate", shown(v.issues), s)
          clean("avain report", JSON.stringify(avainReport(v.records)), s)
          const csv = embedText(recordsToCsv(v.records), s, at, h)
          clean("avain rowsFromCsv", shown(rowsFromCsv(csv).filter((r) => r._tag === "Error")), s)
          return true
        }),
        params
      )
    },
    timeout
  )

  it(
    "etotu: decodeRecord, decodeLine and CSV",
    () => {
      fc.assert(
        fc.property(secret, seed, where, how, (s, n, at, h) => {
          const input = embed(validNotice(n), s, at, h)
          const r = Decode.decodeRecord(input, 1)
          clean("etotu decodeRecord", r._tag === "Bad" ? shown(r.issues) : "", s)
          const line = Decode.decodeLine(embedText(JSON.stringify(validNotice(n)), s, at, h), 1)
          clean("etotu decodeLine", line._tag === "Bad" ? shown(line.issues) : "", s)
          const csv = Csv.decodeCsv(embedText(Csv.encode([validNotice(n) as never]), s, at, h))
          clean("etotu decodeCsv", shown(csv.filter((x) => x._tag === "Bad")), s)
          return true
        }),
        params
      )
    },
    timeout
  )

  it(
    "social-assistance: decodeApplication, calculate; decisions and justifications carry no henkilötunnus",
    () => {
      fc.assert(
        fc.property(secret, seed, where, how, (s, n, at, h) => {
          const d = decodeApplication(embed(validApplication(n), s, at, h))
          if (Result.isFailure(d)) return clean("social-assistance decodeApplication", shown(d.failure), s)
          const c = calculate(d.success)
          if (Result.isFailure(c)) return clean("social-assistance calculate", shown(c.failure), s)
          const codes: Secret = { value: s.value, needles: s.needles.filter((x) => /\d{6}/.test(x)) }
          const texts = [
            JSON.stringify(c.success),
            ...(["fi", "sv", "en"] as const).map((l) => Explain.render(c.success, l))
          ]
          return clean("social-assistance decision", texts.join("\n"), codes)
        }),
        params
      )
    },
    timeout
  )

  it(
    "model: event decoder",
    () => {
      fc.assert(
        fc.property(secret, seed, where, how, (s, n, at, h) =>
          clean("model decodeEvent", shown(failureOf(decodeEvent(embed(validEvent(n), s, at, h)))), s)
        ),
        params
      )
    },
    timeout
  )

  const cliCommands: ReadonlyArray<{
    readonly argv: ReadonlyArray<string>
    readonly doc: (seed: number) => unknown
    readonly report: boolean
    /** stdout is the input records themselves (decoded notices with their free text): not searched. */
    readonly echo?: boolean
    readonly csv?: (docs: ReadonlyArray<unknown>) => string
  }> = [
    { argv: ["avain", "validate"], doc: validAvain, report: false, csv: (d) => recordsToCsv(d as never) },
    { argv: ["avain", "score"], doc: validAvain, report: true },
    { argv: ["avain", "report"], doc: validAvain, report: true },
    { argv: ["etotu", "decode"], doc: validNotice, report: false, echo: true, csv: (d) => Csv.encode(d as never) },
    { argv: ["etotu", "triage", "--received-on", "2026-12-23"], doc: validNotice, report: false, echo: true },
    { argv: ["etotu", "stats"], doc: validNotice, report: true },
    { argv: ["social-assistance", "calculate"], doc: validApplication, report: false },
    { argv: ["social-assistance", "calculate", "--explain", "--format", "text"], doc: validApplication, report: false },
    { argv: ["social-assistance", "supplementary"], doc: validSupplementary, report: false },
    { argv: ["social-assistance", "supplementary", "--format", "text"], doc: validSupplementary, report: false },
    {
      argv: ["social-assistance", "simulate", "--baseline", "2026-02", "--reform", "2026-03", "--format", "text"],
      doc: validApplication,
      report: true
    },
    { argv: ["model", "pathway", "--format", "text"], doc: validEvent, report: false }
  ]

  it(
    "cli: stderr never, stdout no henkilötunnus, reports no name (in-process run)",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          secret,
          fc.nat(cliCommands.length - 1),
          seed,
          where,
          how,
          fc.boolean(),
          async (s, pick, n, at, h, asText) => {
            const command = cliCommands[pick] as (typeof cliCommands)[number]
            const docs = [command.doc(n), embed(command.doc(n + 1), s, at, h), command.doc(n + 2)]
            const useCsv = command.csv !== undefined && h % 3 === 0
            const text = useCsv
              ? embedText(
                  (command.csv as (d: ReadonlyArray<unknown>) => string)([command.doc(n), command.doc(n + 1)]),
                  s,
                  at,
                  h
                )
              : asText
                ? `${JSON.stringify(docs[0])}\n${embedText(JSON.stringify(command.doc(n + 1)), s, at, h)}\n`
                : `${docs.map((d) => JSON.stringify(d)).join("\n")}\n`
            const stdout = Output.collect()
            const stderr = Output.collect()
            const argv = [
              ...command.argv,
              "--input-format",
              useCsv ? "csv" : asText && h % 4 === 1 ? "json" : "ndjson",
              "-q"
            ]
            const code = await runCli(argv, { stdin: Readable.from([text]), stdout, stderr, stderrTty: undefined })
            if (code === 1) throw new Error(`cli ${command.argv.join(" ")}: internal error`)
            clean(`cli ${command.argv.join(" ")} stderr`, stderr.text(), s)
            const codes: Secret = { value: s.value, needles: s.needles.filter((x) => /\d{6}/.test(x)) }
            if (command.echo) return true
            return clean(`cli ${command.argv.join(" ")} stdout`, stdout.text(), command.report ? s : codes)
          }
        ),
        params
      )
    },
    Math.max(60_000, RUNS * 20)
  )

  // The checks cannot be fooled by inputs that never reach an error path or by a search that cannot see a leak.
  it(
    "the search sees a leak: JSON.parse's own messages (what the CLI printed before) repeat the embedded data",
    () => {
      let leaks = 0
      fc.assert(
        fc.property(secret, seed, where, how, (s, n, at, h) => {
          try {
            JSON.parse(embedText(`{"id": ${n}}`, s, at, h))
          } catch (e) {
            if (leakIn((e as Error).message, s) !== undefined) leaks++
          }
        }),
        params
      )
      expect(leaks).toBeGreaterThan(RUNS / 10)
    },
    timeout
  )

  it("every surface reached its error paths with the embedded data", () => {
    const surfaces = [
      "core decode",
      "core Json.parseJson",
      "core Csv",
      "avain decodeRecord",
      "avain validate",
      "avain report",
      "etotu decodeRecord",
      "etotu decodeLine",
      "etotu decodeCsv",
      "social-assistance decodeApplication",
      "model decodeEvent"
    ]
    for (const surface of surfaces) expect(reached.get(surface) ?? 0, surface).toBeGreaterThan(RUNS / 10)
    const cliErrors = [...reached].filter(([k]) => k.startsWith("cli ") && k.endsWith(" stderr"))
    expect(cliErrors.reduce((a, [, v]) => a + v, 0)).toBeGreaterThan(RUNS / 2)
    expect(new Set(cliErrors.map(([k]) => k)).size).toBeGreaterThanOrEqual(8)
  })
})
