/**
 * Every command's `--format text` output, and its lines on stderr with `--lang`, rendered in Finnish and Swedish
 * from the example files: a test fails on an untranslated English word or a program identifier (core's
 * `Catalog.untranslated`), on an ISO date or an English number in a Finnish or Swedish line, and on a citation
 * not in the language's style.
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Catalog } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { invoke } from "./support/invoke.js"

const dir = fileURLToPath(new URL("../examples/", import.meta.url))
const file = (name: string) => `${dir}${name}`

/** Ids of the example records and codes that read the same in every language. */
const names = ["A1", "S1", "U1", "U2", "K1", "K2", "p1", "p2", "p3", "p4", "p8", "AVAIN", "Kela", "ms", "to"]

/** Neither an English word nor an identifier, no ISO date, no English decimal point in money. */
const expectTranslated = (text: string) => {
  expect(text.trim()).not.toBe("")
  expect(Catalog.untranslated(text, names)).toEqual([])
  expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/)
  expect(text).not.toMatch(/€\d|\d\.\d\d €/)
}

const languages = ["fi", "sv"] as const

/**
 * The field path of a stderr line stays as it is (`goals[0].area`) and the rule identifier it names in parentheses
 * is a code, as in the docs; everything else on the line is checked.
 */
const withoutPathsAndRuleIds = (text: string) =>
  text
    .split("\n")
    .map((l) => l.replace(/^([^:]+): \S+: /, "$1: ").replace(/\((?:sääntö|regel) [a-z0-9-]+\)/g, "()"))
    .join("\n")

const commands: ReadonlyArray<{
  readonly name: string
  readonly argv: ReadonlyArray<string>
  readonly stdin?: string
}> = [
  { name: "calendar holidays", argv: ["calendar", "holidays", "2026"] },
  { name: "calendar deadline --days", argv: ["calendar", "deadline", "2026-12-10", "--days", "14"] },
  { name: "calendar deadline --months", argv: ["calendar", "deadline", "2026-11-30", "--months", "3"] },
  { name: "calendar deadline --working-days", argv: ["calendar", "deadline", "2026-12-21", "--working-days", "7"] },
  { name: "calendar deadline --kela-decision", argv: ["calendar", "deadline", "2022-12-30", "--kela-decision"] },
  { name: "etotu decode", argv: ["etotu", "decode", file("etotu-notices.ndjson"), "-q"] },
  {
    name: "etotu triage",
    argv: ["etotu", "triage", file("etotu-notices.ndjson"), "--capacity-25", "1", "--under25-other-service", "-q"]
  },
  { name: "etotu triage --order", argv: ["etotu", "triage", file("etotu-notices.ndjson"), "--order", "-q"] },
  { name: "etotu stats", argv: ["etotu", "stats", file("etotu-cases.ndjson"), "--min-cell", "1", "-q"] },
  { name: "model pathway", argv: ["model", "pathway", file("pathway-events.ndjson"), "--today", "2027-01-05", "-q"] },
  { name: "avain validate", argv: ["avain", "validate", file("avain-records.ndjson"), "-q"] },
  { name: "avain score", argv: ["avain", "score", file("avain-records.ndjson"), "-q"] },
  { name: "avain report", argv: ["avain", "report", file("avain-records.ndjson"), "--min-cell", "1", "-q"] },
  {
    name: "social-assistance calculate",
    argv: ["social-assistance", "calculate", file("sa-applications.ndjson"), "-q"]
  },
  {
    name: "social-assistance calculate --explain",
    argv: ["social-assistance", "calculate", file("sa-e1-2017-single.json"), "--explain"]
  }
]

describe("--format text in Finnish and Swedish: no English left", () => {
  for (const c of commands)
    for (const lang of languages)
      it(`${c.name} --lang ${lang}`, async () => {
        const r = await invoke([...c.argv, "--format", "text", "--lang", lang], c.stdin)
        expect(r.code).toBe(0)
        expectTranslated(r.stdout)
      })

  it("dates, amounts and citations in the language's style", async () => {
    const triage = await invoke(["etotu", "triage", file("etotu-notices.ndjson"), "--format", "text", "-q"])
    expect(triage.stdout).toContain("\t28.12.2026\tHakemus\tA1\t")
    expect(triage.stdout).toContain("sosiaalihuoltolaki 1301/2014 36 § 2 mom.")
    const sv = await invoke(["etotu", "triage", file("etotu-notices.ndjson"), "--format", "text", "--lang", "sv", "-q"])
    expect(sv.stdout).toContain("socialvårdslagen 1301/2014 36 § 2 mom.")
    expect(sv.stdout).toContain("\tBrådskande\t28.12.2026\tAnsökan\tA1\t")
    const deadline = await invoke(["calendar", "deadline", "2026-12-10", "--days", "14", "--format", "text"])
    expect(deadline.stdout).toBe(
      "Määräaika päättyy: 28.12.2026 ma (siirtyi päivästä 24.12.2026, joka ei ole arkipäivä: laki säädettyjen määräaikain laskemisesta 150/1930 5 §). laki säädettyjen määräaikain laskemisesta 150/1930 2 §\n"
    )
    const sa = await invoke(["social-assistance", "calculate", file("sa-applications.ndjson"), "--format", "text"])
    expect(sa.stdout.split("\n")[2]).toBe(
      "6/2024: ei perustoimeentulotukea (tulot ja varat ylittävät menot 3\u00a0906,03\u00a0€)"
    )
    const en = await invoke(["etotu", "triage", file("etotu-notices.ndjson"), "--format", "text", "--lang", "en", "-q"])
    expect(en.stdout).toContain("\tUrgent\t2026-12-28\tApplication\tA1\t")
  })
})

describe("lines about bad records on stderr follow --lang", () => {
  const bad: ReadonlyArray<{ readonly name: string; readonly argv: ReadonlyArray<string>; readonly stdin?: string }> = [
    { name: "etotu decode", argv: ["etotu", "decode", file("etotu-bad.ndjson")] },
    { name: "avain validate", argv: ["avain", "validate", file("avain-bad.ndjson")] },
    { name: "social-assistance calculate", argv: ["social-assistance", "calculate", file("sa-bad.json")] },
    {
      name: "social-assistance calculate (henkilötunnus)",
      argv: ["social-assistance", "calculate", file("sa-identity-code.json")]
    },
    {
      name: "model pathway",
      argv: ["model", "pathway", "-", "--today", "2027-01-05"],
      stdin: `${readFileSync(file("pathway-events.ndjson"), "utf8")}{"_tag":"PlanMade","caseId":"K9","on":"2026-12-30"}\n`
    },
    {
      name: "etotu stats (events)",
      argv: ["etotu", "stats", "-"],
      stdin: `${JSON.stringify({ notice: JSON.parse(readFileSync(file("etotu-notices.ndjson"), "utf8").split("\n")[0] ?? "{}"), events: "x" })}\n`
    }
  ]
  for (const c of bad)
    for (const lang of languages)
      it(`${c.name} --lang ${lang}`, async () => {
        const r = await invoke([...c.argv, "--lang", lang], c.stdin)
        expect(r.code).toBe(2)
        expectTranslated(withoutPathsAndRuleIds(r.stderr))
        // The field path is kept as it is; the record is named in the language.
        expect(r.stderr).toMatch(lang === "fi" ? /^(tietue \d+|syöte): \S+: / : /^(post \d+|indata): \S+: /)
      })

  it("usage errors of the commands in --lang; the option's name kept, the value never repeated", async () => {
    const cases: ReadonlyArray<ReadonlyArray<string>> = [
      ["etotu", "triage", "-", "--received-on", "2026-02-30"],
      ["etotu", "decode", "-", "--dedupe-window", "1"],
      ["etotu", "stats", "-", "--min-cell", "x9"],
      ["calendar", "holidays", "1899"],
      ["calendar", "holidays", "2026", "2025"],
      ["calendar", "deadline", "2026-12-01"],
      ["calendar", "deadline", "2016-12-30", "--kela-decision"],
      ["calendar", "deadline", "2026-12-01", "--days", "x"],
      ["model", "pathway", "-", "--today", "2026-13-01"],
      ["avain", "report", "-", "--municipality", "x"],
      ["avain", "report", "-", "--min-cell", "0"],
      ["avain", "score", "-", "--threshold", "Matti"],
      ["social-assistance", "simulate", "-", "--reform", "2030-01"],
      ["social-assistance", "simulate", "-"],
      ["social-assistance", "simulate", "-", "--reform", "2026-01", "--threshold", "0"],
      ["social-assistance", "simulate", "-", "--reform-file", "Matti.json"],
      ["social-assistance", "supplementary", "-", "--arrived-on", "Matti"]
    ]
    for (const lang of languages)
      for (const argv of cases) {
        const r = await invoke([...argv, "--lang", lang])
        expect(r.code).toBe(2)
        // Option and argument names (--received-on, start-date) and the codes a user types are the same in every language.
        const shown = r.stderr
          .replace(/(^|\s)--?[a-z0-9-]+|\b(start-date|last-year|year)\b/g, " ")
          .replace(/ [a-z]+(?:-[a-z]+)*(?:, [a-z]+(?:-[a-z]+)*)+$/gm, "")
        expectTranslated(shown)
        expect(r.stderr).not.toMatch(/Matti|2026-02-30|x9/)
      }
    const kela = await invoke(["calendar", "deadline", "2016-12-30", "--kela-decision", "--lang", "sv"])
    expect(kela.stderr).toBe("start-date: FPA:s tidsfrist för beslut gäller från 1.1.2017 (lag 815/2015)\n")
  })

  it("an unreadable record is named by its position only, in the language", async () => {
    const fi = await invoke(
      ["etotu", "decode", "-", "--input-format", "ndjson", "--lang", "fi"],
      '{"a":1}\n{"Matti":\n'
    )
    expect(fi.stderr).toContain("tietue 2: (record): syötettä ei voi lukea (sarake 10)\n")
    expect(fi.stderr).toMatch(/yhteenveto: 2 tietuetta, 0 kunnossa, 2 virheellistä, \d+ ms/)
    expect(fi.stderr).not.toContain("Matti")
    const sv = await invoke(["etotu", "decode", "-", "--input-format", "csv", "--lang", "sv"], 'a;b\n"Matti;2\n')
    expect(sv.stderr).toContain("post 1: (record): indata kan inte läsas (rad 2, kolumn 1)\n")
    expect(sv.stderr).not.toContain("Matti")
  })

  it("the summary line words each count for its number: 1 tietue / 1 post, 0 and 2 in the plural", async () => {
    const one = '{"a":1}\n'
    const fi = await invoke(["etotu", "decode", "-", "--input-format", "ndjson", "--lang", "fi"], one)
    expect(fi.stderr).toMatch(/yhteenveto: 1 tietue, 0 kunnossa, 1 virheellinen, \d+ ms/)
    const sv = await invoke(["etotu", "decode", "-", "--input-format", "ndjson", "--lang", "sv"], one)
    expect(sv.stderr).toMatch(/sammanfattning: 1 post, 0 godkända, 1 felaktig, \d+ ms/)
    const en = await invoke(["etotu", "decode", "-", "--input-format", "ndjson", "--lang", "en"], `${one}${one}`)
    expect(en.stderr).toMatch(/summary: 2 records, 0 ok, 2 errors, \d+ ms/)
  })

  it("names the kind and the rule, never the value; English keeps the rule's own text", async () => {
    const fi = await invoke(["avain", "validate", file("avain-bad.ndjson"), "--lang", "fi", "-q"])
    expect(fi.stderr).toContain("tietue 2: planId: ehto ei täyty (sääntö evaluation-needs-start)")
    const sv = await invoke(["social-assistance", "calculate", file("sa-identity-code.json"), "--lang", "sv"])
    expect(sv.stderr).toContain("indata: persons[0].id: fältet får inte innehålla en personbeteckning")
    expect(sv.stderr).not.toMatch(/\d{6}[-+A]\d{3}/)
    const en = await invoke(["avain", "validate", file("avain-bad.ndjson"), "--lang", "en", "-q"])
    expect(en.stderr).toContain("record 2: planId: No start record for this plan (rule evaluation-needs-start)")
    const none = await invoke(["avain", "validate", file("avain-bad.ndjson"), "-q"])
    expect(none.stderr).toBe(en.stderr)
  })
})

describe("the command line's and the reader's own errors follow --lang (the help after them stays English)", () => {
  const dirPath = fileURLToPath(new URL("../examples", import.meta.url))
  const cases: ReadonlyArray<{
    readonly name: string
    readonly argv: ReadonlyArray<string>
    readonly stdin?: string
    readonly fi: string
    readonly sv: string
  }> = [
    {
      name: "unknown command",
      argv: ["Matti"],
      fi: "Tuntematon komento",
      sv: "Okänt kommando"
    },
    {
      name: "unknown command under a group",
      argv: ["avain", "Matti"],
      fi: "Tuntematon komento ryhmässä avain",
      sv: "Okänt kommando i gruppen avain"
    },
    {
      name: "unknown option",
      argv: ["avain", "score", "--Matti"],
      fi: "Tuntematon valitsin (komennon valitsimet on lueteltu alla)",
      sv: "Okänd flagga (kommandots flaggor listas nedan)"
    },
    {
      name: "option without its value",
      argv: ["avain", "report", "--min-cell"],
      fi: "--min-cell tarvitsee arvon",
      sv: "--min-cell behöver ett värde"
    },
    {
      name: "a value not among the choices",
      argv: ["avain", "score", "-", "--format", "Matti"],
      fi: "--format: valitse yksi arvoista json, text",
      sv: "--format: välj ett av värdena json, text"
    },
    {
      name: "invalid JSON",
      argv: ["social-assistance", "calculate", "--input-format", "json"],
      stdin: '{"Matti": x}',
      fi: "Syöte ei ole kelvollista JSONia: rivi 1, sarake 11: odottamaton merkki",
      sv: "Indata är inte giltig JSON: rad 1, kolumn 11: oväntat tecken"
    },
    {
      name: "JSON that ends too early",
      argv: ["social-assistance", "calculate", "--input-format", "json"],
      stdin: '{"Matti": [1,',
      fi: "Syöte ei ole kelvollista JSONia: rivi 1, sarake 14: syöte päättyi kesken",
      sv: "Indata är inte giltig JSON: rad 1, kolumn 14: indata tog slut för tidigt"
    },
    {
      name: "empty input",
      argv: ["social-assistance", "calculate"],
      stdin: "  \n",
      fi: "Syöte on tyhjä",
      sv: "Indata är tom"
    },
    {
      name: "a CSV header that cannot be read",
      argv: ["avain", "validate", "-", "--input-format", "csv"],
      stdin: "a;a\n1;2\n",
      fi: "Syöte: CSV-otsikkoriviä ei voi lukea: rivi 1, sarake 1: otsikkorivin kahdella sarakkeella on sama nimi",
      sv: "Indata: CSV-rubrikraden kan inte läsas: rad 1, kolumn 1: två kolumner i rubrikraden har samma namn"
    },
    {
      name: "no such file",
      argv: ["etotu", "decode", `${dirPath}/Matti.ndjson`],
      fi: "Syötetiedostoa ei voi lukea: tiedostoa ei ole",
      sv: "Indatafilen kan inte läsas: filen finns inte"
    },
    {
      name: "a directory",
      argv: ["avain", "validate", dirPath],
      fi: "Syötettä ei voi lukea: polku on hakemisto eikä tiedosto",
      sv: "Indata kan inte läsas: sökvägen är en katalog, inte en fil"
    }
  ]
  for (const c of cases)
    for (const lang of languages)
      it(`${c.name} --lang ${lang}`, async () => {
        const r = await invoke([...c.argv, "--lang", lang], c.stdin)
        expect(r.code).toBe(2)
        const first = r.stderr.split("\n")[0] ?? ""
        expect(first).toBe(c[lang])
        // Option names and the choices a user types are the same in every language; the rest is checked.
        expectTranslated(first.replace(/(^|\s)--[a-z-]+|\b(json|text|JSONia|JSON|CSV)\b/g, " "))
        expect(r.stderr).not.toContain("Matti")
      })

  it("--lang=sv and --explain sv set the language before the command line is parsed; --format text means Finnish", async () => {
    expect((await invoke(["Matti", "--lang=sv"])).stderr.split("\n")[0]).toBe("Okänt kommando")
    expect((await invoke(["avain", "score", "--Matti", "--format", "text"])).stderr.split("\n")[0]).toBe(
      "Tuntematon valitsin (komennon valitsimet on lueteltu alla)"
    )
    const sv = await invoke(["social-assistance", "calculate", "--explain", "sv", "--Matti"])
    expect(sv.stderr.split("\n")[0]).toBe("Okänd flagga (kommandots flaggor listas nedan)")
  })

  it("without --lang and with JSON output the lines stay English, as scripts match them", async () => {
    expect((await invoke(["Matti"])).stderr.split("\n")[0]).toBe("Unknown command")
    const json = await invoke(["social-assistance", "calculate", "--input-format", "json"], '{"Matti": x}')
    expect(json.stderr).toBe("Input is not valid JSON: line 1, column 11: unexpected character\n")
    const csv = await invoke(["avain", "validate", "-", "--input-format", "csv"], "a;a\n1;2\n")
    expect(csv.stderr).toBe(
      "Input: the CSV header cannot be read: CSV line 1, column 1: two columns of the header have the same name\n"
    )
  })

  it("an unknown --lang (or --explain=de) is said in all three languages", async () => {
    for (const argv of [
      ["calendar", "holidays", "2026", "--lang", "de"],
      ["social-assistance", "calculate", "--explain=de"]
    ]) {
      const r = await invoke(argv)
      expect(r.code).toBe(2)
      const lines = r.stderr.trim().split("\n")
      expect(lines).toHaveLength(3)
      for (const l of lines.slice(0, 2))
        expect(Catalog.untranslated(l.replace(/--lang|\ben\b/g, " "), names)).toEqual([])
    }
  })
})
