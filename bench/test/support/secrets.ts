/**
 * Personal data for the privacy fuzz: random names and valid henkilötunnus values of the test range (individual
 * numbers 900–999, from the shared generator `scripts/test-utils/personal-data.mjs`), and the ways of embedding them
 * anywhere in an input: in place of any value, appended to or prefixed to a string, as a key, as the whole document,
 * in raw text around or inside a JSON or CSV line.
 */
import fc from "fast-check"
import { hetu, name } from "../../../scripts/test-utils/personal-data.mjs"
import { mutate } from "./fuzz.js"

// The henkilötunnus and name generators are the shared ones (scripts/test-utils/personal-data.mjs).
export { hetu, name }

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
