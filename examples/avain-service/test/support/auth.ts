/**
 * Organisations and keys for the service tests, created in the test process
 * with the same code the `admin` command runs, and an HTTP client that sends
 * a key and a purpose.
 */

import { makeAdmin } from "../../src/auth.js"
import { openDatabase } from "../../src/database.js"

export interface OrgSpec {
  readonly code: string
  readonly county?: string
  readonly municipality?: string
}

/** Pirkanmaa (Tampere 837, Kangasala 211, ...) and Helsinki (091): the organisations most tests use. */
export const pirkanmaa: OrgSpec = { code: "pirkanmaa", county: "Pirkanmaan hyvinvointialue" }
export const helsinki: OrgSpec = { code: "helsinki", municipality: "091" }

/** Creates the organisations and one key each in the database file; returns the keys by organisation code. */
export const provision = (
  dbPath: string,
  orgs: ReadonlyArray<OrgSpec> = [pirkanmaa, helsinki]
): Record<string, { readonly apiKey: string; readonly keyId: string }> => {
  const { db } = openDatabase(dbPath)
  try {
    const admin = makeAdmin(db)
    const out: Record<string, { apiKey: string; keyId: string }> = {}
    for (const o of orgs) {
      if (admin.org(o.code) === undefined)
        admin.addOrganisation(
          o.code,
          o.county !== undefined ? { county: o.county } : { municipality: o.municipality as string }
        )
      const k = admin.createKey(o.code)
      out[o.code] = { apiKey: k.apiKey, keyId: k.keyId }
    }
    return out
  } finally {
    db.close()
  }
}

/** Headers of an authenticated request for client data. */
export const authHeaders = (apiKey: string, purpose = "client-work", extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${apiKey}`,
  "x-purpose": purpose,
  ...extra
})

/** A client for one base URL and key. */
export const client = (base: () => string, apiKey: string, purpose = "client-work") => ({
  get: (path: string, headers: Record<string, string> = {}) =>
    fetch(`${base()}${path}`, { headers: authHeaders(apiKey, purpose, headers) }),
  post: (path: string, body: unknown, contentType = "application/json", headers: Record<string, string> = {}) =>
    fetch(`${base()}${path}`, {
      method: "POST",
      headers: { "content-type": contentType, ...authHeaders(apiKey, purpose, headers) },
      body: typeof body === "string" ? body : JSON.stringify(body)
    })
})
