import { describe, expect, it } from "vitest"
import { invoke } from "./support/invoke.js"

describe("osallistava calendar holidays", () => {
  it("lists 2026 with Midsummer Eve as a non-working eve (Act 150/1930 § 5)", async () => {
    const { code, stdout } = await invoke(["calendar", "holidays", "2026"])
    expect(code).toBe(0)
    const rows = JSON.parse(stdout) as ReadonlyArray<{ date: string; id: string; kind: string }>
    expect(rows.find((r) => r.id === "midsummer-eve")).toMatchObject({ date: "2026-06-19", kind: "eve" })
    expect(rows.find((r) => r.id === "good-friday")?.date).toBe("2026-04-03")
    expect(rows.filter((r) => r.kind === "public-holiday")).toHaveLength(13)
  })
  it("prints a Swedish text table", async () => {
    const { stdout } = await invoke(["calendar", "holidays", "2026", "--format", "text", "--lang", "sv"])
    expect(stdout).toContain("6.12.2026  sön självständighetsdagen")
    expect(stdout).toContain("(lagen om beräknande av laga tid 150/1930 5 §)")
  })
  it("rejects a year outside the tables with exit 2", async () => {
    const { code, stderr } = await invoke(["calendar", "holidays", "1899"])
    expect(code).toBe(2)
    expect(stderr).toContain("1900–2100")
  })
})

describe("osallistava calendar deadline", () => {
  it("14 days from 2026-12-10 end on 2026-12-28 (Christmas and a weekend, Act 150/1930 § 5)", async () => {
    const { code, stdout } = await invoke(["calendar", "deadline", "2026-12-10", "--days", "14"])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ deadline: "2026-12-28", movedFrom: "2026-12-24" })
  })
  it("3 months from 2026-11-30: 28 Feb 2027 is a Sunday → 1 Mar 2027 (§§ 3, 5)", async () => {
    const { stdout } = await invoke([
      "calendar",
      "deadline",
      "2026-11-30",
      "--months",
      "3",
      "--format",
      "text",
      "--lang",
      "en"
    ])
    expect(stdout).toBe(
      "The time limit ends: 2027-03-01 Mon (moved from 2027-02-28, not a working day: Act 150/1930 section 5). Act 150/1930 section 3\n"
    )
  })
  it("Kela's decision deadline: application 2026-12-21 → 2027-01-04 (Act 1412/1997 § 14 a)", async () => {
    const { stdout } = await invoke(["calendar", "deadline", "2026-12-21", "--kela-decision"])
    expect(JSON.parse(stdout)).toMatchObject({ deadline: "2027-01-04", workingDaysFromStart: 7 })
  })
  it("Kela's decision deadline cites 14 c § (815/2015) before 2023 and 14 a § (1023/2022) from 2023 (finlex-data asd20150815.xml, asd20221023.xml)", async () => {
    const before = JSON.parse((await invoke(["calendar", "deadline", "2022-12-30", "--kela-decision"])).stdout)
    expect(before).toMatchObject({
      deadline: "2023-01-11",
      basis: "Act 1412/1997 section 14 c(1) (815/2015); Act 150/1930 section 2"
    })
    const after = JSON.parse((await invoke(["calendar", "deadline", "2023-01-02", "--kela-decision"])).stdout)
    expect(after).toMatchObject({
      deadline: "2023-01-12",
      basis: "Act 1412/1997 section 14 a(1) (1023/2022); Act 150/1930 section 2"
    })
  })
  it("a Saturday arrival counts from its own day (hallintolaki 434/2003 18 §, 150/1930 2 §): 2026-03-07 → 2026-03-17, as social-assistance and etotu", async () => {
    expect(JSON.parse((await invoke(["calendar", "deadline", "2026-03-07", "--kela-decision"])).stdout)).toMatchObject({
      deadline: "2026-03-17"
    })
  })
  it("before 2017 there is no Kela decision deadline: a usage error, exit 2", async () => {
    const r = await invoke(["calendar", "deadline", "2016-12-30", "--kela-decision"])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("start-date")
  })
  it("a usage error names the problem and exits 2", async () => {
    const a = await invoke(["calendar", "deadline", "2026-02-29", "--days", "3"])
    expect(a.code).toBe(2)
    expect(a.stderr).toContain("start-date")
    const b = await invoke(["calendar", "deadline", "2026-02-01"])
    expect(b.code).toBe(2)
    expect(b.stderr).toContain("exactly one of")
  })
  it("a time limit ending past the holiday tables (1900–2100) is a usage error naming the option, not an internal error", async () => {
    for (const argv of [
      ["calendar", "deadline", "2100-12-01", "--days", "100"],
      ["calendar", "deadline", "2100-12-01", "--months", "2"]
    ]) {
      const r = await invoke(argv)
      expect(r.code).toBe(2)
      expect(r.stdout).toBe("")
      expect(r.stderr).toBe("start-date: the holiday tables cover 1900–2100\n")
    }
    expect(JSON.parse((await invoke(["calendar", "deadline", "2100-12-01", "--days", "14"])).stdout)).toMatchObject({
      deadline: "2100-12-15"
    })
  })
})
