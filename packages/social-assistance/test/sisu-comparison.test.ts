/**
 * Second opinion: the package's parameter tables, month by month from 2017-01 to the last confirmed month, against
 * the values of Statistics Finland's SISU microsimulation model (test/fixtures/sisu, extracted by
 * scripts/extract-sisu.py from StatisticsFinland/mikrosimulointi; provenance in sisu-parameters.json).
 * Every difference is either fixed in the data or listed below as a known, cited disagreement.
 */
import { readFileSync } from "node:fs"
import { Money } from "@osallistava/core"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { type Dated, lookup, type Table } from "../src/parameters/dated.js"
import { housingLimitRows } from "../src/parameters/housing-cost-limits-data.js"
import { housingLimit } from "../src/parameters/housing-limits.js"
import { kelaHousingNorm, kelaHousingNormPractice } from "../src/parameters/kela-housing-norms.js"
import {
  basicAmountSingle,
  categoryPercentages,
  earnedIncomeDisregard,
  housingLimitRegimes
} from "../src/parameters/tables.js"

interface SisuRow {
  readonly Vuosi: number
  readonly Kuuk: number
  readonly YksinKR1: number
  readonly Yksinhuoltaja: number
  readonly Aik18plus: number
  readonly AikLapsi18plus: number
  readonly Lapsi17: number
  readonly Lapsi10_16: number
  readonly LapsiAlle10: number
  readonly LapsiVah2: number
  readonly LapsiVah3: number
  readonly LapsiVah4: number
  readonly LapsiVah5: number
  readonly VapaaOs: number
  readonly VapaaOsRaja: number
  readonly HuomVesi: number
  readonly AsumnormiSovAika: number
  readonly forecast: boolean
}

const fixture = (file: string) => readFileSync(new URL(`./fixtures/sisu/${file}`, import.meta.url), "utf8")
const sisu = JSON.parse(fixture("sisu-parameters.json")) as {
  readonly provenance: { readonly repository: string; readonly commit: string; readonly sisuVersion: string }
  readonly ptoimtuki: ReadonlyArray<SisuRow>
}
const sisuHousing = (year: number) =>
  fixture(`asummenorajat-${year}.csv`)
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const [code, name, ...n] = line.split(",")
      return { code: code!, name: name!, values: n.map(Number) }
    })

const SISU = `SISU ${sisu.provenance.sisuVersion} (${sisu.provenance.repository} ${sisu.provenance.commit.slice(0, 7)})`

/** SISU's parameter row in force in a month: the latest (Vuosi, Kuuk) not after it. */
const sisuRow = (year: number, month: number): SisuRow => {
  let found: SisuRow | undefined
  for (const r of sisu.ptoimtuki) if (r.Vuosi * 100 + r.Kuuk <= year * 100 + month) found = r
  if (found === undefined) throw new Error(`no SISU row for ${year}-${month}`)
  return found
}
const value = <A>(t: Table<A>, date: string): Dated<A> => {
  const r = lookup(t, date)
  if (Result.isFailure(r)) throw new Error(`${t.name} not in force on ${date}`)
  return r.success
}
/** A SISU share (0.722) as the package's percentage in millionths, without float noise. */
const share = (x: number) => Money.unsafePercent(Number((x * 100).toFixed(4)))

/** Months from 2017-01 to the last month for which every compared table has a confirmed (non-provisional) value or a value at all. */
const lastMonth = (() => {
  const ends = [basicAmountSingle, categoryPercentages, earnedIncomeDisregard, housingLimitRegimes].map((t) =>
    t.values.reduce((m, v) => (v.validTo !== null && v.validTo > m ? v.validTo : m), "")
  )
  return ends.sort()[0]!.slice(0, 7)
})()
const months: ReadonlyArray<{ readonly y: number; readonly m: number; readonly date: string; readonly ym: string }> =
  (() => {
    const out = []
    for (let y = 2017; ; y++)
      for (let m = 1; m <= 12; m++) {
        const ym = `${y}-${String(m).padStart(2, "0")}`
        if (ym > lastMonth) return out
        out.push({ y, m, date: `${ym}-01`, ym })
      }
  })()

describe(`SISU second opinion, basic amounts and percentages (ptoimtuki, ${SISU}), every month 2017-01 … last confirmed`, () => {
  it("the compared months run from 2017-01 to 2026-12 and SISU's projections start after them", () => {
    expect(months[0]!.ym).toBe("2017-01")
    expect(lastMonth).toBe("2026-12")
    const firstForecast = sisu.ptoimtuki.find((r) => r.forecast)!
    expect(firstForecast.Vuosi * 100 + firstForecast.Kuuk).toBeGreaterThan(202612)
  })

  it("basic amount of a person living alone (9 § 1 mom 1 kohta, 9 a §) equals SISU's YksinKR1 in every month", () => {
    const diffs = months.flatMap(({ y, m, date, ym }) => {
      const ours = value(basicAmountSingle, date).value
      const theirs = Math.round(sisuRow(y, m).YksinKR1 * 100)
      return ours === theirs ? [] : [`${ym}: ${ours} vs SISU ${theirs}`]
    })
    expect(diffs).toEqual([])
  })

  it("percentages of the other persons (9 § 1–3 mom; 1228/2022 for 2023; 26/2026 from 2026-03) equal SISU's in every month", () => {
    const diffs = months.flatMap(({ y, m, date, ym }) => {
      const p = value(categoryPercentages, date).value
      const s = sisuRow(y, m)
      const pairs: ReadonlyArray<readonly [string, number, number]> = [
        ["singleParent", p.singleParent, share(1 + s.Yksinhuoltaja)],
        ["otherAdult", p.otherAdult, share(s.Aik18plus)],
        ["adultWithParents", p.adultWithParents, share(s.AikLapsi18plus)],
        ["child10to17 (17)", p.child10to17, share(s.Lapsi17)],
        ["child10to17 (10-16)", p.child10to17, share(s.Lapsi10_16)],
        ["childUnder10", p.childUnder10, share(s.LapsiAlle10)],
        ["secondChildStep", p.secondChildStep, share(s.LapsiVah2)],
        ["laterChildStep (3rd)", p.laterChildStep, share(s.LapsiVah3)],
        ["laterChildStep (4th)", p.laterChildStep, share(s.LapsiVah4)],
        ["laterChildStep (5th+)", p.laterChildStep, share(s.LapsiVah5)]
      ]
      return pairs.filter(([, a, b]) => a !== b).map(([k, a, b]) => `${ym} ${k}: ${a} vs SISU ${b}`)
    })
    expect(diffs).toEqual([])
  })

  it("earned-income disregard (11 § 3 mom) equals SISU's: VapaaOsRaja as the maximum; as SISU's macro applies it, 20 % up to 5/2018, the first 150 € after, adults excluded from 3/2026", () => {
    // SISU/MAKROT/TOIMTUKIlakimakrot.sas (ToimTukiKS): VapaaOs × earnings capped at VapaaOsRaja while the month is at
    // most May 2018, the earnings themselves capped at VapaaOsRaja after; nothing for persons aged 18+ from March 2026.
    const diffs = months.flatMap(({ y, m, date, ym }) => {
      const d = value(earnedIncomeDisregard, date).value
      const s = sisuRow(y, m)
      const theirs = {
        rule: ym <= "2018-05" ? "twentyPercentMax" : "firstAmount",
        maximum: Math.round(s.VapaaOsRaja * 100),
        adultsIncluded: ym < "2026-03"
      }
      if (ym <= "2018-05" && s.VapaaOs !== 0.2) return [`${ym}: SISU VapaaOs ${s.VapaaOs}`]
      const ours = { rule: d.rule, maximum: d.maximum, adultsIncluded: d.adultsIncluded }
      return JSON.stringify(ours) === JSON.stringify(theirs)
        ? []
        : [`${ym}: ${JSON.stringify(ours)} vs SISU ${JSON.stringify(theirs)}`]
    })
    expect(diffs).toEqual([])
  })

  it("SISU's projections (years after 2026) are never the source of a package parameter", () => {
    for (const t of [basicAmountSingle, categoryPercentages, earnedIncomeDisregard, housingLimitRegimes])
      for (const v of t.values) if (v.validFrom >= "2027-01-01") expect(v.source).not.toMatch(/SISU/)
    const forecast = sisu.ptoimtuki.filter((r) => r.forecast).map((r) => Math.round(r.YksinKR1 * 100))
    expect(forecast.length).toBeGreaterThan(0)
    for (const v of basicAmountSingle.values) if (v.validFrom >= "2027-01-01") expect(v.evidence).toBe("C")
  })
})

/**
 * Known, cited disagreements between the decree annexes (as published in Finlex; read from eliask/finlex-data) and
 * SISU's tables. The package keeps the decree's value in each case.
 */
const KNOWN_HOUSING_DISAGREEMENTS: ReadonlyArray<{
  readonly year: number
  readonly municipality: string
  readonly persons: number
  readonly decree: number
  readonly sisu: number
  readonly source: string
}> = [
  {
    year: 2024,
    municipality: "Hanko",
    persons: 4,
    decree: 75300,
    sisu: 75200,
    source: "VNA 144/2024 annex (asd20240144.xml): Hanko 546/630/753/753; SISU asummenorajat_2024 has 752"
  },
  {
    year: 2025,
    municipality: "Hanko",
    persons: 4,
    decree: 75200,
    sisu: 75300,
    source:
      "VNA 580/2024 annex (asd20240580.xml): Hanko 546/630/753/752; SISU asummenorajat_2025 has 753 (swapped with 2024)"
  },
  {
    year: 2024,
    municipality: "Hanko",
    persons: 5,
    decree: 75300 + 9600,
    sisu: 75200 + 9600,
    source: "follows from the 4-person value above (+96 € each additional person in both)"
  },
  {
    year: 2025,
    municipality: "Hanko",
    persons: 5,
    decree: 75200 + 9600,
    sisu: 75300 + 9600,
    source: "follows from the 4-person value above (+96 € each additional person in both)"
  },
  {
    year: 2025,
    municipality: "Kuopio",
    persons: 5,
    decree: 89000 + 9600,
    sisu: 89000 + 10400,
    source: "VNA 580/2024 annex: Kuopio each additional person 96 € (2024: 104 €); SISU asummenorajat_2025 keeps 104"
  }
]

describe(`SISU second opinion, housing-cost limits (asummenorajat, ${SISU}) per municipality and household size`, () => {
  const names = new Map(housingLimitRows().map((r) => [r[2].toLocaleLowerCase("fi"), r[2]]))

  for (const year of [2024, 2025, 2026]) {
    it(`${year}: every municipality, 1–5 persons, equals SISU's table except the listed, cited disagreements${year === 2026 ? " (2026 rows are SISU's own values: equal by construction, provisional)" : ""}`, () => {
      const diffs: Array<string> = []
      for (const s of sisuHousing(year)) {
        const name = names.get(s.name.toLocaleLowerCase("fi"))
        if (name === undefined) {
          diffs.push(`${year} ${s.code}: not in the package`)
          continue
        }
        const [p1, p2, p3, p4, extra] = s.values.map((e) => e * 100) as [number, number, number, number, number]
        const theirs = [p1, p2, p3, p4, p4 + extra]
        for (let n = 1; n <= 5; n++) {
          const r = housingLimit(name, String(year), n)
          const ours = Result.isSuccess(r) ? r.success.limitCents : -1
          if (ours === theirs[n - 1]) continue
          const known = KNOWN_HOUSING_DISAGREEMENTS.find(
            (k) => k.year === year && k.municipality === name && k.persons === n
          )
          if (known === undefined || known.decree !== ours || known.sisu !== theirs[n - 1])
            diffs.push(`${year} ${name} ${n} persons: ${ours} vs SISU ${theirs[n - 1]}`)
        }
      }
      expect(diffs).toEqual([])
      // SISU keeps a row for Pertunmaa (588) in 2025 and 2026 although it was merged into Mäntyharju on 1.1.2025
      // (Government decision 6.6.2024; the VNA 580/2024 annex has no Pertunmaa row). SISU's values there are
      // Mäntyharju's, which is what the package gives for Pertunmaa from 2025 (compared above through the name).
      expect(sisuHousing(year).length).toBe(293)
    })
  }

  it("the known disagreements are still disagreements (so none of them silently disappears)", () => {
    for (const k of KNOWN_HOUSING_DISAGREEMENTS) {
      const r = housingLimit(k.municipality, String(k.year), k.persons)
      expect(Result.isSuccess(r) && r.success.limitCents).toBe(k.decree)
      const s = sisuHousing(k.year).find(
        (x) => x.name.toLocaleLowerCase("fi") === k.municipality.toLocaleLowerCase("fi")
      )!
      const v = s.values.map((e) => e * 100)
      expect(k.persons <= 4 ? v[k.persons - 1] : v[3]! + (k.persons - 4) * v[4]!).toBe(k.sisu)
    }
  })

  it("regime by month: SISU models the 2024 limits and the 3-month period from 2024-01; the law does so from 2024-04 (known disagreement: 1242/2023 in force 1.4.2024; SISU lakipäivitykset_2024.xlsx: 'Voimassa mallissa vuoden 2024 alusta')", () => {
    const diffs = months.flatMap(({ y, m, date, ym }) => {
      const regime = value(housingLimitRegimes, date).value
      const s = sisuRow(y, m)
      const ours = regime.annex === null ? 0 : regime.directionMonths
      if (ours === s.AsumnormiSovAika) return []
      return ["2024-01", "2024-02", "2024-03"].includes(ym) && ours === 0 && s.AsumnormiSovAika === 3
        ? []
        : [`${ym}: direction months ${ours} vs SISU ${s.AsumnormiSovAika}`]
    })
    expect(diffs).toEqual([])
    expect(value(housingLimitRegimes, "2024-03-01").value.annex).toBeNull()
    expect(value(housingLimitRegimes, "2024-04-01").value.annex).toBe("2024")
  })
})

describe(`SISU second opinion, Kela's norms before 1.4.2024 (asummenorajat_2022/_2023 and HuomVesi, ${SISU})`, () => {
  it("every municipality, 1–5 persons, in every month 2022-01 … 2024-03 equals SISU's table of that year (2023's for 2024-01 … 03, where SISU itself uses the 2024 decree table)", () => {
    const diffs: Array<string> = []
    for (const { y, date, ym } of months) {
      if (ym < "2022-01" || ym > "2024-03") continue
      for (const s of sisuHousing(Math.min(y, 2023))) {
        const [p1, p2, p3, p4, extra] = s.values.map((e) => e * 100) as [number, number, number, number, number]
        const theirs = [p1, p2, p3, p4, p4 + extra]
        for (let n = 1; n <= 5; n++) {
          const r = kelaHousingNorm(s.code, date, n)
          const ours = Result.isSuccess(r) ? r.success.normCents : -1
          if (ours !== theirs[n - 1]) diffs.push(`${ym} ${s.code} ${n} persons: ${ours} vs SISU ${theirs[n - 1]}`)
        }
      }
    }
    expect(diffs).toEqual([])
  })

  it("water per person on top of the norm equals SISU's HuomVesi in every month 2022-01 … 2024-03", () => {
    const diffs = months.flatMap(({ y, m, date, ym }) => {
      if (ym < "2022-01" || ym > "2024-03") return []
      const ours = value(kelaHousingNormPractice, date).value.waterPerPersonCents
      const theirs = Math.round(sisuRow(y, m).HuomVesi * 100)
      return ours === theirs ? [] : [`${ym}: ${ours} vs SISU ${theirs}`]
    })
    expect(diffs).toEqual([])
  })
})
