/**
 * Personal data for the privacy fuzz: random names and valid henkilötunnus values of the test range (individual
 * numbers 900–999, every century sign, the check character computed here independently of core), and the ways of
 * embedding them anywhere in an input: in place of any value, appended to or prefixed to a string, as a key, as the
 * whole document, in raw text around or inside a JSON or CSV line.
 */
import fc from "fast-check"
import { mutate } from "./fuzz.js"

const CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
/** Century signs by century (Population Information Act 661/2009 as amended by 1006/2022, from 2023). */
const SIGNS: Readonly<Record<number, ReadonlyArray<string>>> = {
  1800: ["+"],
  1900: ["-", "Y", "X", "W", "V", "U"],
  2000: ["A", "B", "C", "D", "E", "F"]
}

/** A valid henkilötunnus of the test range 900–999, with its check character (remainder of DDMMYYNNN by 31). */
export const hetu: fc.Arbitrary<string> = fc
  .record({
    century: fc.constantFrom(1800, 1900, 2000),
    yy: fc.integer({ min: 0, max: 99 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    individual: fc.integer({ min: 900, max: 999 }),
    sign: fc.nat(5)
  })
  .map(({ century, yy, month, day, individual, sign }) => {
    const year = century + yy
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
    const maxDay = month === 2 ? (leap ? 29 : 28) : (DAYS[month - 1] as number)
    const d = Math.min(day, maxDay)
    const digits = `${String(d).padStart(2, "0")}${String(month).padStart(2, "0")}${String(yy).padStart(2, "0")}`
    const signs = SIGNS[century] as ReadonlyArray<string>
    return `${digits}${signs[sign % signs.length]}${individual}${CHECK.charAt(Number(`${digits}${individual}`) % 31)}`
  })

const FIRST = ["Maija", "Matti", "Aino", "Eino", "Helmi", "Väinö", "Siiri", "Onni", "Kerttu", "Tyyne", "Åsa", "Björn"]
const LAST = ["Virtanen", "Meikäläinen", "Mäkelä", "Hämäläinen", "Järvinen", "Koskinen", "Nyström", "Öhman"]
const SYLLABLES = ["ka", "lo", "mä", "nen", "ri", "vi", "tu", "hö", "si", "jär", "kos", "ström", "lä", "pe", "ai"]

/** A random name "First Surname": from lists of Finnish and Swedish names or made of random syllables (≥ 6 letters). */
export const name: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([f, l]) => `${f} ${l}`),
  fc
    .tuple(
      fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 4 }),
      fc.array(fc.constantFrom(...SYLLABLES), { minLength: 3, maxLength: 5 })
    )
    .map(([f, l]) => {
      const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
      return `${cap(f.join(""))} ${cap(l.join(""))}kö`
    })
)

/** One secret: a name or a henkilötunnus, or both. */
export interface Secret {
  readonly value: string
  /** The parts no output may contain: the code, the whole name and the surname. */
  readonly needles: ReadonlyArray<string>
}

export const secret: fc.Arbitrary<Secret> = fc.oneof(
  hetu.map((h) => ({ value: h, needles: [h] })),
  name.map((n) => ({ value: n, needles: [n, n.split(" ")[1] as string] })),
  fc.tuple(name, hetu).map(([n, h]) => ({ value: `${n} ${h}`, needles: [n, n.split(" ")[1] as string, h] }))
)

/** The first needle found in `text`, or undefined. */
export const leakIn = (text: string, s: Secret): string | undefined => s.needles.find((n) => text.includes(n))

/** A document with the secret put somewhere: in place of any value, beside a string, as a key, or as the whole. */
export const embed = (doc: unknown, s: Secret, pick: number, how: number): unknown => {
  switch (how % 6) {
    case 0:
      return mutate(doc, pick, "replace", s.value)
    case 1:
      return mutate(doc, pick, "replace", `x${s.value}`)
    case 2:
      return mutate(doc, pick, "replace", `${s.value}-1`)
    case 3:
      return mutate(doc, pick, "extra", s.value)
    case 4:
      return doc !== null && typeof doc === "object" && !Array.isArray(doc) ? { ...doc, [s.value]: 1 } : [doc, s.value]
    default:
      return s.value
  }
}

/** A line of text with the secret: inside valid JSON, as broken JSON around it, as bare text, as binary-ish text. */
export const embedText = (json: string, s: Secret, at: number, how: number): string => {
  const i = json.length === 0 ? 0 : at % json.length
  switch (how % 5) {
    case 0:
      return `${json.slice(0, i)}${s.value}${json.slice(i)}`
    case 1:
      return `${json.slice(0, i)}"${s.value}"${json.slice(i)}`
    case 2:
      return s.value
    case 3:
      return `{"x": ${s.value}}`
    default:
      return `\u0000\uFFFD${s.value}\u0080${json.slice(0, i)}`
  }
}

export const secretArbs = { hetu, name, secret }
