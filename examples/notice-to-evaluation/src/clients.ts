/**
 * Five fictional clients. Their henkilötunnus values are generated in the test
 * range (individual number 900–999, never issued to real people) and are used
 * only to derive age and a pseudonymous client reference; they are never printed.
 */
import { createHash } from "node:crypto"
import { LocalDate, PersonalIdentityCode } from "@osallistava/core"

export interface Client {
  readonly hetu: PersonalIdentityCode.PersonalIdentityCode
  /** Pseudonymous reference used everywhere downstream. */
  readonly ref: string
  readonly municipality: string
}

/** A keyed hash of the henkilötunnus: stable, not reversible without the key. */
export const pseudonym = (hetu: PersonalIdentityCode.PersonalIdentityCode, key = "example-key"): string =>
  `K-${createHash("sha256")
    .update(`${key}:${PersonalIdentityCode.reveal(hetu)}`)
    .digest("hex")
    .slice(0, 8)}`

const make = (birth: string, individual: number, municipality: string): Client => {
  const hetu = PersonalIdentityCode.unsafeMakeTestCode(LocalDate.unsafeFrom(birth), individual)
  if (!PersonalIdentityCode.isTestRange(hetu)) throw new Error("example clients must use the test range 900–999")
  return { hetu, ref: pseudonym(hetu), municipality }
}

export const clients = {
  aino: make("1984-03-12", 901, "680"), // Raisio: social-work need, reached at once
  bertil: make("1971-11-02", 912, "680"), // Raisio: long-term unemployed 25+, hard to reach
  cecilia: make("1990-06-30", 923, "837"), // Tampere: never reached
  daniel: make("1979-01-15", 934, "320"), // Kemijärvi: plan made, evaluation still ahead
  eetu: make("2003-08-09", 945, "297") // Kuopio: under 25, activation plan
} as const
