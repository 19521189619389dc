/**
 * The one generator of personal data for privacy tests (fast-check arbitraries): valid henkilötunnus values of the
 * test range (individual numbers 900–999, every century sign, the check character computed here independently of
 * core) and full names. The bench's privacy fuzz and the avain-service example's fuzz draw their secrets here.
 * Test-only (not published); types in `personal-data.d.mts`.
 */
import fc from "fast-check"

const CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
/** Century signs by century (Population Information Act 661/2009 as amended by 1006/2022, from 2023). */
const SIGNS = {
  1800: ["+"],
  1900: ["-", "Y", "X", "W", "V", "U"],
  2000: ["A", "B", "C", "D", "E", "F"]
}

/** A valid henkilötunnus of the test range 900–999, with its check character (remainder of DDMMYYNNN by 31). */
export const hetu = fc
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
    const maxDay = month === 2 ? (leap ? 29 : 28) : DAYS[month - 1]
    const d = Math.min(day, maxDay)
    const digits = `${String(d).padStart(2, "0")}${String(month).padStart(2, "0")}${String(yy).padStart(2, "0")}`
    const signs = SIGNS[century]
    return `${digits}${signs[sign % signs.length]}${individual}${CHECK.charAt(Number(`${digits}${individual}`) % 31)}`
  })

const FIRST = ["Maija", "Matti", "Aino", "Eino", "Helmi", "Väinö", "Siiri", "Onni", "Kerttu", "Tyyne", "Åsa", "Björn"]
const LAST = ["Virtanen", "Meikäläinen", "Mäkelä", "Hämäläinen", "Järvinen", "Koskinen", "Nyström", "Öhman"]
const SYLLABLES = ["ka", "lo", "mä", "nen", "ri", "vi", "tu", "hö", "si", "jär", "kos", "ström", "lä", "pe", "ai"]

/** A full name "First Surname" from lists of Finnish and Swedish first names and surnames. */
export const fullName = fc.tuple(fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([f, l]) => `${f} ${l}`)

/** A random name "First Surname": a {@link fullName} or one made of random syllables (≥ 6 letters). */
export const name = fc.oneof(
  fullName,
  fc
    .tuple(
      fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 4 }),
      fc.array(fc.constantFrom(...SYLLABLES), { minLength: 3, maxLength: 5 })
    )
    .map(([f, l]) => {
      const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1)
      return `${cap(f.join(""))} ${cap(l.join(""))}kö`
    })
)
