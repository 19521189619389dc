/**
 * A closed list of names (the kinds of `kinds.ts`) to small integer codes, written once: a table indexed by a hash of
 * the name's length and three of its characters, with the name kept beside its code to confirm the match. The hash's
 * multipliers are searched when the table is built so that no two names share a slot. A lookup reads three characters
 * and one slot: a record keyed by 20 or more names built in a loop is a dictionary in V8, and its keyed lookup cost
 * more than the rest of a line's rule.
 *
 * @since 0.3.0
 */

/** @since 0.3.0 */
export interface CodeTable {
  readonly mask: number
  readonly a: number
  readonly b: number
  readonly names: ReadonlyArray<string>
  readonly codes: Int8Array
}

const slotOf = (s: string, a: number, b: number, mask: number): number => {
  const n = s.length
  return (n * a + s.charCodeAt(0) + s.charCodeAt(n >> 1) * b + s.charCodeAt(n - 1)) & mask
}

/**
 * The table of `entries` (name → code 0–127). Throws at module load if no collision-free hash is found (never for
 * the package's lists; a test builds every table).
 *
 * @since 0.3.0
 */
export const codeTable = (entries: ReadonlyArray<readonly [string, number]>): CodeTable => {
  for (let mask = 63; mask <= 1023; mask = mask * 2 + 1)
    for (let a = 1; a < 64; a++)
      for (let b = 1; b < 64; b++) {
        const names: Array<string> = new Array(mask + 1).fill("")
        const codes = new Int8Array(mask + 1).fill(-1)
        let ok = true
        for (const [name, code] of entries) {
          if (name.length === 0) return failed()
          const h = slotOf(name, a, b, mask)
          if (codes[h] !== -1) {
            ok = false
            break
          }
          names[h] = name
          codes[h] = code
        }
        if (ok) return { mask, a, b, names, codes }
      }
  return failed()
}

const failed = (): never => {
  throw new Error("codeTable: no collision-free hash for these names")
}

/**
 * The code of `name`, or -1 when it is not in the table.
 *
 * @since 0.3.0
 */
export const codeOf = (t: CodeTable, name: string): number => {
  if (name.length === 0) return -1
  const h = slotOf(name, t.a, t.b, t.mask)
  return t.names[h] === name ? t.codes[h]! : -1
}
