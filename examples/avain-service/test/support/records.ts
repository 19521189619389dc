/** Valid AVAIN records (provisional catalog codes) for the service tests. */

// One fixture builder for every package and example (issue 15): the records are built in scripts/test-utils.
export { evaluation, start } from "../../../../scripts/test-utils/avain-records.mjs"

export const post = (
  url: string,
  body: unknown,
  contentType = "application/json",
  headers: Record<string, string> = {}
) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": contentType, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body)
  })
