/**
 * Who is asking: organisations and their API keys.
 *
 * - An **organisation** is a controller of client data: a wellbeing services
 *   county (hyvinvointialue, Act 611/2021), or a municipality that organises
 *   social services itself (Helsinki; the municipalities of Åland). Its
 *   municipality codes are those whose records it may store. Every record
 *   belongs to the organisation that stored it, and only that organisation's
 *   keys can read, score or report it.
 * - An **API key** is `avk_<keyId>_<secret>`: a 16-hex-digit key id (8 random
 *   bytes) and a 256-bit random secret (base64url). The database keeps the
 *   key id and the SHA-256 of the secret, never the secret: a plain hash is
 *   enough for a 256-bit random value (no dictionary to try; a slow hash such
 *   as scrypt protects low-entropy passwords, which these are not).
 * - **Checking a key** takes the same steps whatever is wrong with it: the
 *   key id is looked up (an indexed lookup on a value that is not secret),
 *   the presented secret is hashed, and the two 32-byte digests are compared
 *   with `crypto.timingSafeEqual`, against a dummy digest when the key is
 *   malformed, unknown or revoked. So neither the comparison nor the path
 *   taken tells how much of a secret was right.
 *
 * @since 0.2.0
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto"
import { Municipality } from "@osallistava/core"
import type { Db } from "./database.js"
import { type AdminErrorKey, adminErrors } from "./messages.js"

/** Organisation codes: lower-case letters, digits and dashes, 2–40 characters (chosen by the operator). @since 0.2.0 */
export const orgCodePattern = /^[a-z0-9][a-z0-9-]{1,39}$/

/** @since 0.2.0 */
export type OrganisationKind = "wellbeing-services-county" | "municipality" | "unassigned"

/** @since 0.2.0 */
export interface Organisation {
  readonly code: string
  readonly kind: OrganisationKind
  readonly name: string
  readonly municipalities: ReadonlyArray<string>
  readonly createdAt: string
}

/** The caller, once its key is accepted. @since 0.2.0 */
export interface Caller {
  readonly keyId: string
  readonly org: Organisation
}

/** Raised by the admin operations; the message names the setting, never a value. @since 0.2.0 */
export class AdminError extends Error {
  override readonly name = "AdminError"
  /** The refusal's key in `messages.ts` (the message is its English text). @since 0.2.0 */
  readonly key: AdminErrorKey
  constructor(key: AdminErrorKey) {
    super(adminErrors[key].en)
    this.key = key
  }
}

const KEY = /^avk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/

/** The digest kept for a secret. @since 0.2.0 */
export const digestOf = (secret: string): Buffer => createHash("sha256").update(secret, "utf8").digest()

/** The comparison used for digests (exported so that a test can check it is node's constant-time one). @since 0.2.0 */
export const compareDigests: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => boolean = timingSafeEqual

/** Digest compared when there is no stored one (malformed, unknown or revoked key): the same work either way. */
const dummyDigest = digestOf("avain-service: no such key")

/**
 * Whether `presented` (the secret part) matches `stored` (a 32-byte digest,
 * or `undefined`). Always one SHA-256 and one constant-time comparison of two
 * 32-byte digests.
 *
 * @since 0.2.0
 */
export const secretMatches = (
  presented: string,
  stored: Uint8Array | undefined,
  compare: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => boolean = compareDigests
): boolean => {
  const candidate = digestOf(presented)
  const against = stored !== undefined && stored.length === candidate.length ? stored : dummyDigest
  const equal = compare(candidate, against)
  return equal && against !== dummyDigest
}

/** The bearer token of an `Authorization` header value, or `undefined`. @since 0.2.0 */
export const bearerToken = (header: string | undefined): string | undefined => {
  if (header === undefined) return undefined
  const m = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header)
  return m?.[1]
}

interface KeyRow {
  readonly org_code: string
  readonly secret_hash: Buffer
  readonly revoked_at: string | null
}
interface OrgRow {
  readonly org_code: string
  readonly kind: OrganisationKind
  readonly name: string
  readonly municipalities: string
  readonly created_at: string
}

const toOrg = (r: OrgRow): Organisation => ({
  code: r.org_code,
  kind: r.kind,
  name: r.name,
  municipalities: JSON.parse(r.municipalities) as Array<string>,
  createdAt: r.created_at
})

/** A listed key: never its secret. @since 0.2.0 */
export interface KeyInfo {
  readonly keyId: string
  readonly org: string
  readonly createdAt: string
  readonly revokedAt: string | null
}

/** @since 0.2.0 */
export interface Authenticator {
  /** The caller for an `Authorization` header value, or `undefined` (missing, malformed, unknown, revoked or wrong). */
  readonly authenticate: (authorization: string | undefined) => Caller | undefined
}

/**
 * Checks keys against the database on every request, so a revocation takes
 * effect at once, also for a service that is running.
 *
 * @since 0.2.0
 */
export const makeAuthenticator = (db: Db): Authenticator => {
  const keyById = db.prepare("SELECT org_code, secret_hash, revoked_at FROM api_keys WHERE key_id = ?")
  const orgByCode = db.prepare("SELECT * FROM organisations WHERE org_code = ?")
  return {
    authenticate: (authorization) => {
      const m = KEY.exec(bearerToken(authorization) ?? "")
      const keyId = m?.[1] ?? "0000000000000000"
      const row = keyById.get(keyId) as KeyRow | undefined
      const usable = m !== null && row !== undefined && row.revoked_at === null
      const ok = secretMatches(m?.[2] ?? "", usable ? row.secret_hash : undefined)
      if (!ok || row === undefined) return undefined
      const org = orgByCode.get(row.org_code) as OrgRow | undefined
      return org === undefined ? undefined : { keyId, org: toOrg(org) }
    }
  }
}

/** The municipalities of a wellbeing services county by its Finnish name, from `@osallistava/core`'s list. @since 0.2.0 */
export const countyMunicipalities = (countyName: string): ReadonlyArray<string> =>
  Municipality.municipalities
    .filter(
      (m) => (m as { wellbeingServicesCounty?: { fi: string } }).wellbeingServicesCounty?.fi === countyName.trim()
    )
    .map((m) => m.code)

/** The counties known to `@osallistava/core`'s municipality list (Finnish names). @since 0.2.0 */
export const countyNames = (): ReadonlyArray<string> =>
  [
    ...new Set(
      Municipality.municipalities.flatMap((m) => {
        const c = (m as { wellbeingServicesCounty?: { fi: string } }).wellbeingServicesCounty
        return c === undefined ? [] : [c.fi]
      })
    )
  ].sort()

/**
 * Administration over the database: organisations and keys. Used by the
 * `admin` command (`src/admin.ts`), never over HTTP.
 *
 * @since 0.2.0
 */
export const makeAdmin = (db: Db) => {
  const now = () => new Date().toISOString()
  const org = (code: string): Organisation | undefined => {
    const r = db.prepare("SELECT * FROM organisations WHERE org_code = ?").get(code) as OrgRow | undefined
    return r === undefined ? undefined : toOrg(r)
  }
  return {
    org,
    /** Adds an organisation: a wellbeing services county (by its Finnish name) or one municipality (by code). */
    addOrganisation: (
      code: string,
      what: { readonly county: string } | { readonly municipality: string }
    ): Organisation => {
      if (!orgCodePattern.test(code) || code === "unassigned") throw new AdminError("codeShape")
      if (org(code) !== undefined) throw new AdminError("orgExists")
      let kind: OrganisationKind
      let name: string
      let municipalities: ReadonlyArray<string>
      if ("county" in what) {
        municipalities = countyMunicipalities(what.county)
        if (municipalities.length === 0) throw new AdminError("countyName")
        kind = "wellbeing-services-county"
        name = what.county.trim()
      } else {
        const m = Municipality.findByCode(what.municipality)
        if (m === undefined) throw new AdminError("municipalityCode")
        kind = "municipality"
        name = m.fi
        municipalities = [m.code]
      }
      const createdAt = now()
      db.prepare(
        "INSERT INTO organisations (org_code, kind, name, municipalities, created_at) VALUES (?, ?, ?, ?, ?)"
      ).run(code, kind, name, JSON.stringify(municipalities), createdAt)
      return { code, kind, name, municipalities, createdAt }
    },
    organisations: (): ReadonlyArray<Organisation> =>
      (db.prepare("SELECT * FROM organisations ORDER BY org_code").all() as Array<OrgRow>).map(toOrg),
    /** Creates a key; the returned `apiKey` is the only time the secret exists outside the caller's hands. */
    createKey: (orgCode: string): KeyInfo & { readonly apiKey: string } => {
      if (!orgCodePattern.test(orgCode) || org(orgCode) === undefined) throw new AdminError("orgUnknown")
      const keyId = randomBytes(8).toString("hex")
      const secret = randomBytes(32).toString("base64url")
      const createdAt = now()
      db.prepare("INSERT INTO api_keys (key_id, org_code, secret_hash, created_at) VALUES (?, ?, ?, ?)").run(
        keyId,
        orgCode,
        digestOf(secret),
        createdAt
      )
      return { keyId, org: orgCode, createdAt, revokedAt: null, apiKey: `avk_${keyId}_${secret}` }
    },
    /** Revokes a key (at once, also for a running service). */
    revokeKey: (keyId: string): KeyInfo => {
      const row = /^[0-9a-f]{16}$/.test(keyId)
        ? (db.prepare("SELECT * FROM api_keys WHERE key_id = ?").get(keyId) as
            | { key_id: string; org_code: string; created_at: string; revoked_at: string | null }
            | undefined)
        : undefined
      if (row === undefined) throw new AdminError("keyUnknown")
      if (row.revoked_at !== null) throw new AdminError("keyRevoked")
      const revokedAt = now()
      db.prepare("UPDATE api_keys SET revoked_at = ? WHERE key_id = ?").run(revokedAt, keyId)
      return { keyId, org: row.org_code, createdAt: row.created_at, revokedAt }
    },
    keys: (): ReadonlyArray<KeyInfo> =>
      (
        db
          .prepare("SELECT key_id, org_code, created_at, revoked_at FROM api_keys ORDER BY created_at, key_id")
          .all() as Array<{
          key_id: string
          org_code: string
          created_at: string
          revoked_at: string | null
        }>
      ).map((r) => ({ keyId: r.key_id, org: r.org_code, createdAt: r.created_at, revokedAt: r.revoked_at }))
  }
}

/** @since 0.2.0 */
export type Admin = ReturnType<typeof makeAdmin>
