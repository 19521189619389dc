import { describe, expect, it } from "vitest"
import { decide, failure, nodes, single } from "./helpers.js"

const person = (id: string, role: string, birthDate: string) => ({ id, role, birthDate })

describe("family (Act 1412/1997 3 §: spouses and the children under 18 living with them)", () => {
  const refused: ReadonlyArray<[string, ReadonlyArray<object>, string]> = [
    [
      "1412/1997 3 §: a child aged 18 is no longer a family member (applies as a family of their own)",
      [person("a", "applicant", "1970-01-01"), person("c", "child", "2006-05-01")],
      "child-under-18"
    ],
    [
      "1412/1997 3 §: one applicant per family",
      [person("a", "applicant", "1970-01-01"), person("b", "applicant", "1971-01-01")],
      "one-applicant"
    ],
    [
      "1412/1997 3 §: at most one spouse (puoliso)",
      [
        person("a", "applicant", "1970-01-01"),
        person("b", "spouse", "1971-01-01"),
        person("c", "spouse", "1972-01-01")
      ],
      "at-most-one-spouse"
    ],
    [
      "person ids link lines to persons: an id used twice is refused",
      [person("a", "applicant", "1970-01-01"), person("a", "spouse", "1971-01-01")],
      "unique-person-id"
    ],
    [
      "a person born after the month is not a family member in it",
      [person("a", "applicant", "1970-01-01"), person("c", "child", "2024-07-02")],
      "born-before-month"
    ]
  ]
  for (const [name, persons, rule] of refused)
    it(name, () => {
      const e = failure(single("2024-07", { persons }))
      expect(e._tag).toBe("RuleViolation")
      expect(e).toMatchObject({ rule })
    })

  it("1412/1997 9 § 3 mom: children are ranked oldest first (ties by id), age taken on the 1st of the month", () => {
    const d = decide(
      single("2024-06", {
        persons: [
          person("a", "applicant", "1980-01-01"),
          person("y", "child", "2015-01-01"),
          person("x", "child", "2012-06-02"),
          person("w", "child", "2015-01-01")
        ]
      })
    )
    const ranks = nodes(d, "basic-amount").map((n) => [
      n.inputs["personId"],
      n.inputs["siblingRank"],
      n.inputs["ageOnFirstDayOfMonth"]
    ])
    expect(ranks).toEqual([
      ["a", 0, 44],
      ["y", 3, 9],
      ["x", 1, 11],
      ["w", 2, 9]
    ])
  })
})
