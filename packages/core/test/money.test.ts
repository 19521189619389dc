import { Result, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Money } from "../src/index.js"

const ok = <A, E>(r: Result.Result<A, E>): A => {
  if (Result.isFailure(r)) throw new Error(`expected success, got ${String(r.failure)}`)
  return r.success
}

describe("Money.multiplyByPercentage (Kela's tables round half-up to the cent)", () => {
  // Source: Kela perusosa tables; 2025 single amount 593.55 € (kela.fi), percentages Act 1412/1997 § 9.
  it.each([
    ["593.55 × 70 % = 415.49 (child 10–17, 2025; float arithmetic gives 415.48)", 59355, "70", 41549],
    ["593.55 × 85 % = 504.52 (other adult, 2025)", 59355, "85", 50452],
    ["593.55 × 114 % = 676.65 (single parent, 2025)", 59355, "114", 67665],
    ["593.55 × 73 % = 433.29 (adult living with parents, 2025)", 59355, "73", 43329],
    ["578.43 × 72.2 % = 417.63 (child 10–17 from 1.3.2026, Kela 16.2.2026)", 57843, "72.2", 41763],
    ["578.43 × 67.2 % = 388.70 (2nd child 10–17 from 1.3.2026)", 57843, "67.2", 38870],
    ["578.43 × 50 % = 289.22 (50 % reduction from 2026, half cent rounds up)", 57843, "50", 28922],
    ["555.11 × 76 % = 421.88 (child 10–17 in 2023, Act 1228/2022)", 55511, "76", 42188]
  ])("%s", (_name, amount, pct, expected) => {
    expect(Money.multiplyByPercentage(Money.unsafeCents(amount), Money.unsafePercent(pct), "half-up")).toBe(expected)
  })

  it("float arithmetic would be wrong here, which is why cents are integers", () => {
    expect(Math.round(593.55 * 0.7 * 100) / 100).toBe(415.48)
  })

  it("rounding modes differ only on the half", () => {
    const a = Money.unsafeCents(59355)
    const p = Money.unsafePercent(70)
    expect(Money.multiplyByPercentage(a, p, "half-up")).toBe(41549)
    expect(Money.multiplyByPercentage(a, p, "half-even")).toBe(41548)
    expect(Money.multiplyByPercentage(a, p, "down")).toBe(41548)
    expect(Money.multiplyByPercentage(a, p, "up")).toBe(41549)
    expect(Money.multiplyByPercentage(Money.unsafeCents(-59355), p, "half-up")).toBe(-41549)
    expect(Money.multiplyByPercentage(Money.unsafeCents(-59355), p, "floor")).toBe(-41549)
    expect(Money.multiplyByPercentage(Money.unsafeCents(-59355), p, "ceil")).toBe(-41548)
  })

  it("property: result is always a safe integer and within one cent of the exact product", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 2_000_000 }), (amount, ppm) => {
        const r = Money.multiplyByPercentage(Money.unsafeCents(amount), ppm as Money.Percentage, "half-up")
        expect(Number.isSafeInteger(r)).toBe(true)
        expect(Math.abs(r - (amount * ppm) / 1e6)).toBeLessThanOrEqual(0.5 + 1e-6)
      })
    )
  })
})

describe("Money parsing and formatting", () => {
  it.each([
    ["1234.56", 123456],
    ["1 234,56", 123456],
    ["1\u00a0234,56 €", 123456],
    ["0,5", 50],
    ["-12", -1200],
    ["238.09", 23809],
    ["007.10", 710]
  ])("parse(%j)", (text, expected) => {
    expect(ok(Money.parse(text))).toBe(expected)
  })

  it.each(["", "abc", "1.234", "1,2,3", "12.345", "NaN", "1e5", "99999999999999999"])("rejects %j", (text) => {
    const r = Money.parse(text)
    expect(Result.isFailure(r)).toBe(true)
  })

  it("fromEuros accepts at most two decimals", () => {
    expect(ok(Money.fromEuros(238.09))).toBe(23809)
    expect(ok(Money.fromEuros(-0.01))).toBe(-1)
    expect(Result.isFailure(Money.fromEuros(0.1 + 0.2))).toBe(true)
    expect(Result.isFailure(Money.fromEuros(Number.NaN))).toBe(true)
    expect(Result.isFailure(Money.fromEuros(1.005))).toBe(true)
    expect(Result.isFailure(Money.fromEuros(1e300))).toBe(true)
  })

  it("formats in fi, sv and en", () => {
    const a = Money.unsafeCents(123456)
    expect(Money.format(a, "fi")).toBe("1\u00a0234,56\u00a0€")
    expect(Money.format(a, "sv")).toBe("1\u00a0234,56\u00a0€")
    expect(Money.format(a, "en")).toBe("€1,234.56")
    expect(Money.format(Money.unsafeCents(-5), "fi")).toBe("\u22120,05\u00a0€")
    expect(Money.toDecimalString(Money.unsafeCents(-5))).toBe("-0.05")
  })

  it("EuroString decodes decimal strings and encodes with two decimals", () => {
    const decode = Schema.decodeUnknownSync(Money.EuroString)
    expect(decode("238.09")).toBe(23809)
    expect(decode("5")).toBe(500)
    expect(Schema.encodeSync(Money.EuroString)(Money.unsafeCents(500))).toBe("5.00")
    expect(() => decode(238.09)).toThrow()
    expect(() => decode("1,5")).toThrow()
  })

  it("property: parse(toDecimalString(x)) round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const text = Money.toDecimalString(Money.unsafeCents(n))
        expect(ok(Money.parse(text))).toBe(n)
        expect(Schema.decodeUnknownSync(Money.EuroString)(text)).toBe(n)
      })
    )
  })

  it("property: add and subtract are inverse and sum equals repeated add", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 })), (xs) => {
        const amounts = xs.map(Money.cents)
        const total = Money.sum(amounts)
        expect(amounts.reduce(Money.add, Money.zero)).toBe(total)
        expect(amounts.reduce(Money.subtract, total)).toBe(0)
      })
    )
  })

  it("percentages are exact decimals", () => {
    expect(Money.unsafePercent("72.2")).toBe(722_000)
    expect(Money.unsafePercent(0.5)).toBe(5_000)
    expect(Money.percentageToString(Money.unsafePercent("67.2"))).toBe("67.2")
    expect(() => Money.unsafePercent("1.23456")).toThrow(RangeError)
  })

  it("daily proration uses 1/30 of the monthly amount", () => {
    expect(Money.unsafeMultiplyByFraction(Money.unsafeCents(59355), 10, 30, "half-up")).toBe(19785)
  })
})
