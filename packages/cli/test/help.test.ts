import { Catalog } from "@osallistava/core"
import { describe, expect, it } from "vitest"
import { globalOptions, inputOptions } from "../src/app.js"
import { commands } from "../src/commands/index.js"
import { commandHelpTranslations, helpFrame, sharedOptionHelp } from "../src/help-messages.js"
import { invoke } from "./support/invoke.js"

// Names that read the same in every language (as in messages.test.ts), and the values a person types: option
// values and codes (`text`, `json`, `true`/`false`, `new`/`duplicate`, the queue and status codes).
const names = [
  "osallistava",
  "ms",
  "lang",
  "help",
  "MiB",
  "text",
  "true",
  "false",
  "new",
  "duplicate",
  "met",
  "late",
  "open",
  "overdue",
  "cancelled",
  "urgent",
  "applications",
  "youth",
  "immigrant",
  "auto",
  "confirmed",
  "last-known",
  "fairly-well"
]

/**
 * The words of a help text a person reads: not the usage line and the examples (command lines), nor option names,
 * placeholders, code in backticks, file paths or codes like `YYYY-MM`.
 */
const prose = (help: string): string => {
  const lines = help.split("\n")
  const examples = lines.findIndex((l) => /^(Esimerkkejä|Exempel|Examples):$/.test(l))
  return lines
    .slice(0, examples < 0 ? lines.length : examples)
    .filter((l) => !/^(Käyttö|Användning|Usage): /.test(l))
    .join("\n")
    .replace(/`[^`]*`/g, " ")
    .replace(/-{1,2}[a-z][\w-]*/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\S+\/\S+\.md/g, " ")
    .replace(/osallistava [a-z-]+( [a-z-]+)?:/, " ")
}

describe("--help in Finnish and Swedish", () => {
  it("every command's summary, description and options have a fi and sv translation", () => {
    const shared = (name: string, spec: unknown) => spec === globalOptions[name] || spec === inputOptions[name]
    for (const c of commands) {
      const path = c.path.join(" ")
      const t = commandHelpTranslations[path]
      expect({ path, translated: t !== undefined }).toEqual({ path, translated: true })
      for (const [name, spec] of Object.entries({ ...c.options, ...globalOptions })) {
        const has = t?.options?.[name] !== undefined || (shared(name, spec) && sharedOptionHelp[name] !== undefined)
        expect({ path, name, has }).toEqual({ path, name, has: true })
      }
      // No translation of an option the command does not have.
      for (const name of Object.keys(t?.options ?? {}))
        expect({ path, name, known: name in c.options }).toEqual({ path, name, known: true })
    }
    // No translation of a command that does not exist.
    for (const path of Object.keys(commandHelpTranslations))
      expect({ path, known: commands.some((c) => c.path.join(" ") === path) }).toEqual({ path, known: true })
  })

  it("the help frame catalog passes the check", () => {
    expect(Catalog.check(helpFrame, { names })).toEqual([])
  })

  it("renders every command's help in fi and sv with no English left in", async () => {
    for (const c of commands)
      for (const lang of ["fi", "sv"] as const) {
        const r = await invoke([...c.path, "--help", "--lang", lang])
        expect(r.code).toBe(0)
        expect({ command: c.path.join(" "), lang, english: Catalog.untranslated(prose(r.stdout), names) }).toEqual({
          command: c.path.join(" "),
          lang,
          english: []
        })
        // Each line a person reads differs from the English help (nothing fell back to the source text).
        const english = (await invoke([...c.path, "--help"])).stdout
        expect(r.stdout).not.toContain(c.summary)
        expect(r.stdout).not.toContain(c.description)
        expect(english).toContain(c.description)
      }
  })

  it("renders the command list and a group's list in fi and sv", async () => {
    for (const argv of [[], ["avain"], ["social-assistance"]])
      for (const lang of ["fi", "sv"] as const) {
        const r = await invoke([...argv, "--help", "--lang", lang])
        expect(r.code).toBe(0)
        expect({
          argv,
          lang,
          english: Catalog.untranslated(prose(r.stdout).replace(/^ {2}[a-z-]+ [a-z-]+ /gm, " "), names)
        }).toEqual({ argv, lang, english: [] })
      }
    const fi = (await invoke(["--help", "--lang", "fi"])).stdout
    expect(fi).toContain("Komennot:")
    expect(fi).toContain("Laske perustoimeentulotuki (toimeentulotuki) Kelan tavoin perusteluineen")
    const sv = (await invoke(["etotu", "decode", "--help", "--lang=sv"])).stdout
    expect(sv).toContain("Avkoda och kontrollera eTotu-anmälningar; märk dubbletter")
    expect(sv).toContain("Flaggor:")
  })

  it("without --lang the help stays English, also with --format text", async () => {
    const r = await invoke(["avain", "validate", "--help", "--format", "text"])
    expect(r.stdout).toContain("Options:")
    expect(r.stdout).toContain("Show help for the command")
    expect((await invoke(["--help"])).stdout).toContain("Commands:")
  })
})

describe("model pathway --help names model's events (Events.eventTags), in en, fi and sv", () => {
  it("every event of the pathway, in the Schema's order, and no other", async () => {
    const { Events } = await import("@osallistava/model")
    for (const lang of ["en", "fi", "sv"] as const) {
      const help = (await invoke(["model", "pathway", "--help", "--lang", lang])).stdout
      const list = /\(([A-Za-z`, ]+)\)/.exec(help)?.[1] ?? ""
      expect({ lang, events: list.replace(/`/g, "").split(", ") }).toEqual({ lang, events: [...Events.eventTags] })
    }
  })
})
