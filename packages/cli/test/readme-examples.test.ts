/**
 * Keeps README.md honest: every `$ osallistava …` command in its console blocks runs here against the files in
 * examples/, its pasted output must match what the tool prints (exactly for `--help` and `--version`, line by line
 * for the rest, with the summary's milliseconds ignored), and each example has its own assertions on the exit code
 * and key fields. A README command without assertions here, or assertions for a command no longer in the README,
 * fail the suite too.
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Catalog } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { invoke as run } from "./support/invoke.js"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8")

interface Example {
  /** The command line after `osallistava `. */
  readonly command: string
  /** The output pasted under it. */
  readonly shown: ReadonlyArray<string>
}

/** Every `$ osallistava …` line of the README's console blocks, with the output pasted under it. */
const examples: ReadonlyArray<Example> = (() => {
  const out: Array<{ command: string; shown: Array<string> }> = []
  for (const block of readme.matchAll(/```console\n([\s\S]*?)```/g)) {
    let current: { command: string; shown: Array<string> } | undefined
    for (const line of (block[1] ?? "").split("\n").slice(0, -1)) {
      if (line.startsWith("$ ")) {
        current = line.startsWith("$ osallistava ")
          ? { command: line.slice("$ osallistava ".length), shown: [] }
          : undefined
        if (current) out.push(current)
      } else current?.shown.push(line)
    }
  }
  return out
})()

const resolve = (word: string) => (word.startsWith("examples/") ? `${packageDir}${word}` : word)

/** Runs a README command line (words separated by spaces, optionally `< file` for stdin) through the app entry. */
const invoke = async (command: string) => {
  const words = command.split(" ").filter((w) => w !== "")
  const redirect = words.indexOf("<")
  const stdinFile = redirect >= 0 ? words[redirect + 1] : undefined
  const argv = (redirect >= 0 ? words.slice(0, redirect) : words).map(resolve)
  return run(argv, stdinFile === undefined ? "" : readFileSync(resolve(stdinFile), "utf8"))
}

type Result = Awaited<ReturnType<typeof invoke>>
const lines = (text: string) => text.trimEnd().split("\n")
const jsonLines = (text: string) => lines(text).map((l) => JSON.parse(l))

/** Exit code and key fields of each README example. */
const checks: Record<string, (r: Result) => void> = {
  "social-assistance supplementary examples/sa-supplementary.json --format text": (r) => {
    expect(r.code).toBe(0)
    expect(r.stdout).toBe("3/2025: täydentävää toimeentulotukea 820,00\u00a0€\n")
  },
  "avain validate examples/avain-records.ndjson": (r) => {
    expect(r.code).toBe(0)
    const rows = jsonLines(r.stdout)
    expect(rows).toHaveLength(7)
    expect(rows[0]).toEqual({ record: 1, recordId: "p1-s", planId: "p1", phase: "start" })
    expect(r.stderr).toMatch(/^summary: 7 records, 7 ok, 0 errors, \d+ ms\n$/)
  },
  "avain validate examples/avain-bad.ndjson -q": (r) => {
    expect(r.code).toBe(2)
    expect(jsonLines(r.stdout).map((x) => x.recordId)).toEqual(["p8-e"])
    expect(r.stderr).toContain("record 1: goals[0].area: Unknown goal area code")
    expect(r.stderr).toContain("(rule code-in-catalog)")
    expect(r.stderr).toContain("record 2: planId: No start record for this plan (rule evaluation-needs-start)")
    expect(r.stderr).not.toContain("summary:")
  },
  "avain score examples/avain-records.ndjson --format text --lang en": (r) => {
    expect(r.code).toBe(0)
    expect(lines(r.stdout).map((l) => l.split("\t").slice(0, 3).join(" "))).toEqual([
      "p1 evaluated attained 1/2",
      "p2 evaluated attained 2/2",
      "p3 evaluated attained 0/1",
      "p4 started, not evaluated attained 0/0"
    ])
    // Goal areas and levels by their catalog labels, not their codes.
    expect(r.stdout).toContain("Managing one's finances: Fairly well; Employment: Neither well nor poorly")
    expect(r.stdout).not.toContain("financial-management")
  },
  "avain report examples/avain-records.csv --format text --lang fi -q": (r) => {
    expect(r.code).toBe(0)
    // 4 plans: under the threshold 5, every figure is suppressed (disclosure control).
    expect(r.stdout).toContain("Aloitettuja suunnitelmia: ..")
    expect(r.stdout).toContain("Arvioituja suunnitelmia: ..")
    expect(r.stdout).toMatch(/Kaikki tavoitteet\s+\.\.\/\.\.\s+\.\./)
    expect(r.stdout).not.toMatch(/\d+\/\d+/)
    expect(r.stderr).toBe("")
  },
  "avain report examples/avain-records.ndjson -q": (r) => {
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.minCell).toBe(5)
    expect(report.population).toEqual({ started: null, evaluated: null })
    expect(report.threshold.code).toBe("fairly-well")
    expect(report.attrition).toEqual({ numerator: null, denominator: null, share: null, suppressed: true })
  },
  "avain report examples/avain-records.ndjson --municipality 297 --chart goal-areas --lang en -q": (r) => {
    expect(r.code).toBe(0)
    expect(r.stdout.startsWith("<svg")).toBe(true)
    expect(r.stdout).toContain("Goals, % of clients (N=..)")
    expect(r.stdout).toContain("<title>.. (../..)</title>")
  },
  "calendar holidays 2026 --format text --lang en": (r) => {
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("2026-06-19 Fri Midsummer Eve *")
    expect(r.stdout).toContain("(Act 150/1930 section 5)")
    expect(r.stdout).toContain("2026-12-06 Sun Independence Day")
    expect(lines(r.stdout).filter((l) => l.startsWith("2026-"))).toHaveLength(15)
  },
  "calendar holidays 2026 --public-only": (r) => {
    expect(r.code).toBe(0)
    const days = JSON.parse(r.stdout)
    expect(days).toHaveLength(13)
    expect(days[0]).toMatchObject({ date: "2026-01-01", id: "new-years-day", kind: "public-holiday" })
    expect(days.every((d: { kind: string }) => d.kind === "public-holiday")).toBe(true)
  },
  "calendar deadline 2026-12-10 --days 14": (r) => {
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ deadline: "2026-12-28", movedFrom: "2026-12-24", count: 14 })
  },
  "calendar deadline 2026-12-21 --kela-decision --format text --lang sv": (r) => {
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("Tidsfristen går ut: 4.1.2027 mån.")
    expect(r.stdout).toContain("lagen om utkomststöd 1412/1997 14 a § 1 mom. (1023/2022)")
  },
  "calendar deadline 2026-02-30 --days 14": (r) => {
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr).toContain("start-date")
  },
  "etotu decode examples/etotu-notices.ndjson": (r) => {
    expect(r.code).toBe(0)
    const rows = jsonLines(r.stdout)
    expect(rows.map((x) => `${x.record}:${x.status}:${x.notice.id}`)).toEqual([
      "1:new:A1",
      "2:duplicate:A1",
      "3:new:S1",
      "4:new:U1",
      "5:new:U2"
    ])
    expect(rows[0]).toMatchObject({ legalBasis: "Act 1412/1997 § 14 c", visibleOn: "2026-12-23" })
    expect(r.stderr).toMatch(/^summary: 5 records, 5 ok, 0 errors, \d+ ms\n$/)
  },
  "etotu decode examples/etotu-bad.ndjson --format text": (r) => {
    expect(r.code).toBe(2)
    expect(lines(r.stdout)).toEqual([
      "1\tuusi\tHakemus\tA1\tkiireellinen",
      "3\tuusi\tSosiaalityön tarve\tS1\tei kiireellinen"
    ])
    // --format text: the lines on stderr are in the output's language too (Finnish by default), never the value.
    expect(r.stderr).toContain("tietue 2: urgency: arvo ei ole odotettua tyyppiä tai muotoa\n")
    expect(r.stderr).not.toContain("maybe")
    expect(r.stderr).toMatch(/yhteenveto: 3 tietuetta, 2 kunnossa, 1 virheellinen/)
  },
  "etotu decode examples/etotu-bad.ndjson --fail-fast": (r) => {
    expect(r.code).toBe(2)
    expect(jsonLines(r.stdout).map((x) => x.record)).toEqual([1])
    expect(r.stderr).toMatch(/summary: 2 records, 1 ok, 1 error,/)
  },
  "etotu decode examples/etotu-notices.csv -q": (r) => {
    expect(r.code).toBe(0)
    const rows = jsonLines(r.stdout)
    expect(rows.map((x) => x.notice.id)).toEqual(["a1", "a2"])
    expect(rows[0].notice.freeText).toBe("vuokra, sähkö")
    expect(r.stderr).toBe("")
  },
  "etotu triage examples/etotu-notices.ndjson --received-on 2026-12-23 --order -q": (r) => {
    expect(r.code).toBe(0)
    expect(jsonLines(r.stdout).map((x) => [x.position, x.noticeId, x.queue, x.due])).toEqual([
      [1, "A1", "urgent", "2026-12-28"],
      [2, "S1", "socialWork", "2027-01-07"],
      [3, "U1", "socialWork", "2027-01-07"],
      [4, "U2", "socialWork", "2027-01-07"]
    ])
  },
  "etotu triage examples/etotu-notices.ndjson --capacity-25 1 --format text -q": (r) => {
    expect(r.code).toBe(0)
    expect(lines(r.stdout).map((l) => l.split("\t").slice(0, 3).join(" "))).toEqual([
      "1 Kiireelliset 28.12.2026",
      "2 kaksoiskappale",
      "2 Sosiaalityö 7.1.2027",
      "3 Sosiaalityö 7.1.2027",
      "4 Tiedotuskirje 7.1.2027"
    ])
    expect(r.stdout).toContain("(sosiaalihuoltolaki 1301/2014 36 § 2 mom.: ”viipymättä”; kunnan linjaus 7 arkipäivää)")
    expect(Catalog.untranslated(r.stdout, ["A1", "S1", "U1", "U2"])).toEqual([])
  },
  "etotu stats examples/etotu-cases.ndjson --format text -q": (r) => {
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("Sosiaalityön tarve\tilmoituksia 6\t")
    expect(r.stdout).toContain("päiviä ensimmäiseen yhteydenottoon: mediaani 5, 90. persentiili 5")
    expect(Catalog.untranslated(r.stdout)).toEqual([])
  },
  "model pathway examples/pathway-events.ndjson --today 2027-01-05 --format text --lang en -q": (r) => {
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("Case K1: Service-need assessment in progress")
    expect(r.stdout).toContain("2027-01-04  Start of the service-need assessment [met]")
    expect(r.stdout).toContain("2026-12-10  Start of the service-need assessment [OVERDUE]")
  },
  "model pathway examples/pathway-events.ndjson --today 2027-01-05 --caseload -q": (r) => {
    expect(r.code).toBe(0)
    const rows = jsonLines(r.stdout)
    expect(rows.map((x) => [x.caseId, x.stage])).toEqual([
      ["K2", "received"],
      ["K1", "assessing"]
    ])
    expect(rows[0].overdue).toEqual(["assessment-start"])
    expect(rows[0].next.due).toBe("2026-12-10")
  },
  "social-assistance calculate examples/sa-e1-2017-single.json": (r) => {
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ month: "2017-05", outcome: "granted", support: "238.09" })
    expect(r.stderr).toBe("")
  },
  "social-assistance calculate examples/sa-e1-2017-single.json --explain en --format text": (r) => {
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("Basic social assistance of €238.09 is granted for 2017-05")
  },
  "social-assistance calculate examples/sa-applications.ndjson --format text --lang fi": (r) => {
    expect(r.code).toBe(0)
    const out = lines(r.stdout)
    expect(out.slice(0, 2)).toEqual([
      "5/2017: perustoimeentulotukea 238,09\u00a0€",
      "3/2021: perustoimeentulotukea 191,33\u00a0€"
    ])
    // Finnish style from Money.format: no-break spaces, decimal comma (was "3906.03 €" before 2026-11-30).
    expect(out[2]).toBe("6/2024: ei perustoimeentulotukea (tulot ja varat ylittävät menot 3\u00a0906,03\u00a0€)")
    expect(r.stderr).toMatch(/yhteenveto: 3 tietuetta, 3 kunnossa, 0 virheellistä/)
  },
  "social-assistance calculate examples/sa-bad.json": (r) => {
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr).toContain("input: expenses[0].amount:")
    expect(r.stderr).not.toContain("650.5x")
  },
  "social-assistance calculate examples/sa-2027-01.json": (r) => {
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr).toContain("basicAmountSingle: not in force after 2026-12, the last month it is known for")
    expect(r.stderr).not.toContain("2027")
  },
  "social-assistance calculate examples/sa-2027-01.json --assume-law last-known --explain en --format text": (r) => {
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("are not confirmed yet; on request this calculation uses the values of 2026-12")
    expect(r.stdout).toContain("The law of the month is not confirmed yet")
  },
  "social-assistance parameters --month 2026-06 --format text --lang en": (r) => {
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("basic amount, person living alone: €578.43")
    expect(r.stdout).toContain("minor income and assistance: not in force (ended 2026-02-28)")
  },
  "social-assistance calculate - < examples/sa-identity-code.json": (r) => {
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("persons[0].id: Must not contain a henkilötunnus")
    expect(r.stderr).not.toContain("010190")
  }
}

const isHelp = (command: string) => command === "--help" || command.endsWith(" --help")
const withoutMs = (line: string) => line.replace(/\d+ ms$/, "N ms")

describe("README.md examples", () => {
  it("has the examples this test expects, and a --help block for every command", () => {
    const commands = examples.map((e) => e.command)
    expect(commands.filter((c) => !isHelp(c)).sort()).toEqual(Object.keys(checks).sort())
    const helpFor = [
      "avain validate",
      "avain score",
      "avain report",
      "calendar holidays",
      "calendar deadline",
      "etotu decode",
      "etotu triage",
      "etotu stats",
      "model pathway",
      "social-assistance calculate",
      "social-assistance parameters",
      "social-assistance simulate",
      "social-assistance supplementary"
    ]
    expect(commands.filter(isHelp).sort()).toEqual(["--help", ...helpFor.map((c) => `${c} --help`)].sort())
  })

  it("pastes the real --version", async () => {
    const { stdout } = await invoke("--version")
    expect(readme).toContain(`\`osallistava --version\` prints the version (\`${stdout.trim()}\`)`)
  })

  for (const example of examples.filter((e) => isHelp(e.command))) {
    it(`${example.command}: the pasted help is the real one`, async () => {
      const r = await invoke(example.command)
      expect(r.code).toBe(0)
      expect(example.shown.join("\n")).toBe(r.stdout.trimEnd())
    })
  }

  for (const example of examples.filter((e) => !isHelp(e.command))) {
    it(`${example.command}`, async () => {
      const r = await invoke(example.command)
      const check = checks[example.command]
      expect(check, "assertions for this README example").toBeDefined()
      check?.(r)
      // Every pasted output line is printed (stdout or stderr); "… (N more lines)" marks a cut block.
      const printed = new Set([...lines(r.stdout), ...lines(r.stderr)].map(withoutMs))
      const shown = example.shown.filter((l) => !/^… \(\d+ more lines\)$/.test(l))
      expect(shown.length).toBeGreaterThan(0)
      for (const line of shown) expect(printed, `README line: ${line}`).toContain(withoutMs(line))
    })
  }
})
