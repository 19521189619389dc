import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Catalog } from "@osallistava/core"
import { afterAll, describe, expect, it } from "vitest"
import { runAdmin } from "../src/admin.js"
import { catalogs } from "../src/messages.js"

const dir = mkdtempSync(join(tmpdir(), "avain-messages-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Command and option names, the JSON field apiKey and the reserved code are the same in every language.
const names = ["orgs", "keys", "list", "counties", "add", "create", "revoke", "access", "log", "code", "county"]
const names2 = [...names, "municipality", "org", "client", "ref", "help", "lang", "apiKey", "unassigned", "db"]

describe("avain-service admin messages in fi, sv and en", () => {
  it("every catalog passes core's check", () => {
    for (const [name, catalog] of Object.entries(catalogs))
      expect({ name, problems: Catalog.check(catalog, { names: names2 }) }).toEqual({ name, problems: [] })
  })

  for (const lang of ["fi", "sv"] as const)
    it(`admin --lang ${lang}: every line on stderr is in the language, and names no value`, () => {
      const path = join(dir, `${lang}.sqlite`)
      const err: Array<string> = []
      const run = (...argv: Array<string>) =>
        runAdmin(
          ["--db", path, "--lang", lang, ...argv],
          {},
          () => {},
          (l) => err.push(l)
        )
      expect(run("orgs", "add", "--code", "pirkanmaa", "--county", "Pirkanmaan hyvinvointialue")).toBe(0)
      expect(run("keys", "create", "--org", "pirkanmaa")).toBe(0)
      expect(run("orgs", "add", "--code", "pirkanmaa", "--county", "Pirkanmaan hyvinvointialue")).toBe(1)
      expect(run("orgs", "add", "--code", "Matti Meikäläinen", "--municipality", "091")).toBe(1)
      expect(run("orgs", "add", "--code", "x2", "--county", "Matti")).toBe(1)
      expect(run("orgs", "add", "--code", "x3", "--municipality", "999")).toBe(1)
      expect(run("keys", "create", "--org", "131052-308T")).toBe(1)
      expect(run("keys", "revoke", "131052-308T")).toBe(1)
      expect(run("keys", "Matti")).toBe(2)
      expect(run("--131052-308T")).toBe(2)
      expect(run("orgs", "add", "--code")).toBe(2)
      expect(run("keys", "create")).toBe(2)
      expect(run("access-log")).toBe(2)
      const text = err.join("")
      expect(err).toHaveLength(12)
      expect(Catalog.untranslated(text, names2)).toEqual([])
      expect(text).not.toMatch(/131052|Matti|Meikäläinen/)
      expect(text).toContain(lang === "fi" ? "se näytetään vain tämän kerran" : "den visas bara denna gång")
    })

  it("without --lang the lines stay English; an unknown --lang is a usage error in every language", () => {
    const err: Array<string> = []
    expect(
      runAdmin(
        ["--db", join(dir, "en.sqlite"), "keys", "revoke", "0000000000000000"],
        {},
        () => {},
        (l) => err.push(l)
      )
    ).toBe(1)
    expect(err).toEqual(["No key with this key id (see keys list)\n"])
    err.length = 0
    expect(
      runAdmin(
        ["--lang", "de", "orgs", "list"],
        {},
        () => {},
        (l) => err.push(l)
      )
    ).toBe(2)
    expect(err.join("")).toContain("--lang: tuntematon kieli")
    expect(err.join("")).toContain("--lang: okänt språk")
  })
})
