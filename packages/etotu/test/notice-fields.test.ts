import { describe, expect, it } from "vitest"
import { Csv, Notice } from "../src/index.js"

describe("Notice.fields: the one field list of the notice types", () => {
  it("is exactly the union of the fields of the six notice types, each once", () => {
    const union = new Set<string>()
    for (const member of Notice.Notice.members) for (const key of Object.keys(member.fields)) union.add(key)
    expect(new Set(Notice.fields)).toEqual(union)
    expect(new Set(Notice.fields).size).toBe(Notice.fields.length)
  })
  it("is the CSV column order", () => {
    expect(Csv.columns).toBe(Notice.fields)
  })
})
