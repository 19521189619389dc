/**
 * Personal data never appears in errors, explanation traces, triage reasons, logs or CLI messages.
 *
 * Records carry real-format henkilötunnus values (the published example 131052-308T and valid test-range codes of
 * the synthetic population) and names, put into every string field of valid documents one at a time, into keys,
 * and as whole documents; every decoder's error (message, `String`, `JSON.stringify`, issues) is searched for them.
 */
import { Readable } from "node:stream"
import { decodeRecord as decodeAvainRecord, validate } from "@osallistava/avain"
import { Output, run } from "@osallistava/cli"
import { Csv, Decode, Triage } from "@osallistava/etotu"
import { decodeEvent } from "@osallistava/model"
import { calculate, decodeApplication, Explain } from "@osallistava/social-assistance"
import { Result } from "effect"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { applicationJson, household, notice, plan } from "../src/population/index.js"

const synthetic = household(11, 3)
const PERSONAL: ReadonlyArray<string> = [
  "131052-308T",
  ...synthetic.persons.map((p) => p.hetu),
  ...synthetic.persons.map((p) => p.name),
  "Maija Meikäläinen"
]
/** Also the parts a careless message would show: the date part of a code and a surname alone. */
const FRAGMENTS: ReadonlyArray<string> = [
  ...PERSONAL,
  "131052",
  ...synthetic.persons.map((p) => p.hetu.slice(0, 6)),
  "Meikäläinen",
  ...synthetic.persons.map((p) => p.name.split(" ")[1]!)
]

const leak = (text: string): string | undefined => FRAGMENTS.find((f) => text.includes(f))

const texts = (e: unknown): string => {
  if (e === undefined || e === null) return ""
  const parts = [String(e)]
  try {
    parts.push(JSON.stringify(e) ?? "")
  } catch {
    parts.push("")
  }
  if (typeof e === "object" && "message" in e) parts.push(String((e as { message: unknown }).message))
  return parts.join("\n")
}

/** Every way of putting a personal value into a valid document: each string leaf, a new key, the whole document. */
const poison = (doc: unknown, value: string): Array<unknown> => {
  const out: Array<unknown> = [value, [value], { [value]: value }, { ...(doc as object), [value]: value }]
  const walk = (node: unknown, set: (v: unknown) => void) => {
    if (typeof node === "string") {
      set(value)
      set(`${node} ${value}`)
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) walk(node[i], (v) => set(node.map((y, j) => (j === i ? v : y))))
    } else if (node !== null && typeof node === "object")
      for (const [k, x] of Object.entries(node)) walk(x, (v) => set({ ...(node as object), [k]: v }))
  }
  walk(doc, (v) => out.push(v))
  return out
}

const logged: Array<string> = []
beforeAll(() => {
  for (const m of ["log", "error", "warn", "info", "debug"] as const)
    vi.spyOn(console, m).mockImplementation((...args: Array<unknown>) => {
      logged.push(args.map(String).join(" "))
    })
})
afterAll(() => {
  vi.restoreAllMocks()
})

const docs = {
  application: applicationJson(synthetic, "2025-06"),
  notice: notice(11, 5),
  avainStart: plan(11, 2)[0]!,
  event: { _tag: "NoticeReceived", caseId: "c1", on: "2025-03-04", notice: notice(11, 6) }
}

describe("personal data in error paths", () => {
  /** `decode` returns the error(s) of one input, or `undefined` when it was accepted. */
  const failures = (name: string, doc: unknown, decode: (x: unknown) => unknown) => {
    it(`${name}: no henkilötunnus or name in any error`, () => {
      let errors = 0
      for (const value of PERSONAL)
        for (const input of poison(doc, value)) {
          const e = decode(input)
          if (e === undefined) continue
          errors++
          expect(leak(texts(e)), `${name} error quoted personal data`).toBeUndefined()
        }
      // The poisoned inputs did reach the error paths.
      expect(errors).toBeGreaterThan(10)
    })
  }
  const failureOf = (r: Result.Result<unknown, unknown>) => (Result.isFailure(r) ? r.failure : undefined)
  const bad = (r: Decode.RecordResult) => (r._tag === "Bad" ? r.issues : undefined)
  failures("social-assistance decodeApplication", docs.application, (x) => failureOf(decodeApplication(x)))
  failures("etotu decodeRecord", docs.notice, (x) => bad(Decode.decodeRecord(x, 1)))
  failures("etotu decodeLine", docs.notice, (x) => bad(Decode.decodeLine(JSON.stringify(x).slice(0, 60), 1)))
  failures("etotu CSV", docs.notice, (x) => {
    const rows = Csv.decodeCsv(`_tag,id,decisionDate\n${JSON.stringify(x)},x,y`).filter((r) => r._tag === "Bad")
    return rows.length > 0 ? rows : undefined
  })
  failures("avain decodeRecord", docs.avainStart, (x) => failureOf(decodeAvainRecord(x)))
  failures("avain validate", docs.avainStart, (x) => {
    const v = validate([x])
    return v.issues.length > 0 ? v.issues : undefined
  })
  failures("model decodeEvent", docs.event, (x) => failureOf(decodeEvent(x)))

  // Was a gap: ParameterNotInForce quoted the municipality text; now only a known municipality is named.
  it("social-assistance calculate: no henkilötunnus or name in any calculation error", () => {
    for (const value of PERSONAL)
      for (const input of poison(docs.application, value)) {
        const d = decodeApplication(input)
        if (Result.isFailure(d)) continue
        expect(leak(texts(failureOf(calculate(d.success))))).toBeUndefined()
      }
  })
})

describe("personal data in explanation traces and triage", () => {
  it("decisions and their rendered justifications of the synthetic population carry no henkilötunnus or name", () => {
    for (let i = 0; i < 200; i++) {
      const h = household(12, i)
      const d = decodeApplication(applicationJson(h, "2025-09"))
      expect(Result.isSuccess(d)).toBe(true)
      if (Result.isFailure(d)) continue
      const c = calculate(d.success)
      expect(Result.isSuccess(c)).toBe(true)
      if (Result.isFailure(c)) continue
      const all = [JSON.stringify(c.success), ...(["fi", "sv", "en"] as const).map((l) => Explain.render(c.success, l))]
      const personal = h.persons.flatMap((p) => [p.hetu, p.name, p.hetu.slice(0, 6)])
      for (const t of all) for (const p of personal) expect(t.includes(p)).toBe(false)
    }
  })

  // Was a gap: person ids are now refused when shaped like a henkilötunnus (core PersonalIdentityCode.isPseudonymous).
  it("a henkilötunnus given as a person id is rejected or kept out of the trace", () => {
    const app = applicationJson(synthetic, "2025-06") as unknown as {
      persons: Array<{ id: string }>
      incomes: Array<{ personId: string }>
    }
    const id = app.persons[0]!.id
    const json = JSON.parse(JSON.stringify(app).replaceAll(`"${id}"`, '"131052-308T"'))
    const d = decodeApplication(json)
    if (Result.isFailure(d)) return
    const c = calculate(d.success)
    if (Result.isFailure(c)) return
    expect(leak(Explain.render(c.success, "fi") + JSON.stringify(c.success))).toBeUndefined()
  })

  it("triage reasons of the synthetic notice stream carry no personal data", () => {
    const ok = Array.from({ length: 500 }, (_, i) => Decode.decodeRecord(notice(13, i), i + 1)).flatMap((r) =>
      r._tag === "Ok" ? [r.notice] : []
    )
    const t = Triage.triage(ok, Triage.defaultConfig("2025-01-03"))
    expect(leak(JSON.stringify(t.map((x) => x.reasons)))).toBeUndefined()
  })

  // Was a gap: notice ids are now refused when shaped like a henkilötunnus, in the Schema and the fast path.
  it("a henkilötunnus given as a notice id is rejected", () => {
    const r = Decode.decodeRecord({ ...notice(13, 1), id: "131052-308T" }, 1)
    expect(r._tag).toBe("Bad")
  })
})

describe("personal data in CLI messages", () => {
  const invoke = async (argv: ReadonlyArray<string>, stdin: string) => {
    const stdout = Output.collect()
    const stderr = Output.collect()
    const code = await run(argv, { stdin: Readable.from([stdin]), stdout, stderr, stderrTty: undefined })
    return { code, stdout: stdout.text(), stderr: stderr.text() }
  }
  const cases: ReadonlyArray<[ReadonlyArray<string>, unknown]> = [
    [["etotu", "decode"], docs.notice],
    [["etotu", "triage"], docs.notice],
    [["avain", "validate"], docs.avainStart],
    [["avain", "score"], docs.avainStart],
    [["model", "pathway"], docs.event],
    [["social-assistance", "calculate"], docs.application]
  ]
  for (const [argv, doc] of cases)
    it(`${argv.join(" ")}: stderr never contains a henkilötunnus or a name`, async () => {
      const lines = PERSONAL.flatMap((v) => poison(doc, v).slice(0, 40)).map((x) => JSON.stringify(x))
      for (const format of ["json", "text"]) {
        const r = await invoke([...argv, "--input-format", "ndjson", "--format", format], `${lines.join("\n")}\n`)
        expect(leak(r.stderr)).toBeUndefined()
      }
    })

  it("nothing was logged to the console with personal data", () => {
    expect(logged.map(leak).filter(Boolean)).toEqual([])
  })
})
