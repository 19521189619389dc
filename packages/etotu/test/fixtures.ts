import { Decode, type Notice } from "../src/index.js"

/**
 * A notice record of the project's format 1, not decoded: the common fields with `extra` on top (`extra` may
 * override any of them, also `id`). The one builder of notice fixtures in the etotu tests.
 */
export const rawNotice = (
  tag: string,
  urgency: string,
  extra: Record<string, unknown> = {},
  decisionDate = "2026-04-02"
): Record<string, unknown> => ({
  _tag: tag,
  formatVersion: 1,
  id: `${tag}-${urgency}-${decisionDate}`,
  decisionDate,
  municipality: "837",
  urgency,
  protectedPersonalData: false,
  householdSize: 1,
  ageGroup: "25to64",
  ...extra
})

/**
 * A decoded notice of the project's format 1 for tests ({@link rawNotice}, decoded). Throws when the
 * record does not decode, so a test never runs on a notice it did not mean to build.
 */
export const notice = (
  tag: string,
  urgency: string,
  extra: Record<string, unknown> = {},
  decisionDate = "2026-04-02"
): Notice.Notice => {
  const r = Decode.decodeRecord(rawNotice(tag, urgency, extra, decisionDate), 1)
  if (r._tag !== "Ok") throw new Error(JSON.stringify(r.issues))
  return r.notice
}
