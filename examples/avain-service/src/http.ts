/**
 * Small HTTP helpers over node:http: bounded body reading, JSON and problem
 * responses, request ids, route matching. No framework: a vendor can read it
 * in one sitting and port it to theirs.
 *
 * @since 0.1.0
 */
import { randomUUID } from "node:crypto"
import type { IncomingMessage, ServerResponse } from "node:http"
import { containsIdentityCodeShape } from "@osallistava/avain"

/** An HTTP error with an RFC 9457 problem type; its `detail` never quotes input. @since 0.1.0 */
export class HttpProblem extends Error {
  override readonly name = "HttpProblem"
  constructor(
    readonly status: number,
    readonly problem: string,
    readonly title: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {}
  ) {
    super(`${status} ${problem}`)
  }
}

/** Hexadecimal digits and dashes (UUIDs, W3C trace ids): cannot spell a name. */
const REQUEST_ID = /^[0-9A-Fa-f-]{8,64}$/

/**
 * The caller's `X-Request-Id` when it is a hex/UUID-style id and not shaped
 * like a henkilötunnus (`010190-123A` is hex and dashes), else a new UUID.
 * The id is logged and echoed, so it must never carry personal data.
 *
 * @since 0.1.0
 */
export const requestIdOf = (req: IncomingMessage): string => {
  const h = req.headers["x-request-id"]
  return typeof h === "string" && REQUEST_ID.test(h) && !containsIdentityCodeShape(h) ? h : randomUUID()
}

/**
 * Reads the body up to `limit` bytes as strict UTF-8. Rejects early on a
 * too-large `Content-Length` and stops reading once the limit is passed.
 *
 * @since 0.1.0
 */
export const readBody = (req: IncomingMessage, limit: number): Promise<string> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"])
    if (Number.isFinite(declared) && declared > limit) {
      reject(tooLarge(limit))
      return
    }
    const chunks: Array<Buffer> = []
    let size = 0
    let done = false
    req.on("data", (c: Buffer) => {
      if (done) return
      size += c.length
      if (size > limit) {
        done = true
        reject(tooLarge(limit))
        return
      }
      chunks.push(c)
    })
    req.on("end", () => {
      if (done) return
      done = true
      try {
        resolve(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)))
      } catch {
        reject(new HttpProblem(400, "invalid-encoding", "Invalid encoding", "The body is not valid UTF-8"))
      }
    })
    req.on("error", () => {
      if (done) return
      done = true
      reject(new HttpProblem(400, "aborted", "Request aborted", "The request body could not be read"))
    })
  })

const tooLarge = (limit: number) =>
  new HttpProblem(413, "body-too-large", "Body too large", `The body exceeds the limit of ${limit} bytes`)

/**
 * Parses JSON. The error never includes the parser's message: V8 quotes the
 * input around the error position ("Unexpected token … "Matti Me"...").
 *
 * @since 0.1.0
 */
export const parseJson = (text: string, what = "The body"): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    throw new HttpProblem(400, "malformed-json", "Malformed JSON", `${what} is not valid JSON`)
  }
}

/** The media type of a request without parameters, lower-case. @since 0.1.0 */
export const mediaType = (req: IncomingMessage): string =>
  (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? ""

/** Sends JSON. @since 0.1.0 */
export const sendJson = (
  res: ServerResponse,
  status: number,
  body: unknown,
  contentType = "application/json; charset=utf-8"
): void => {
  const text = JSON.stringify(body)
  res.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(text) })
  res.end(text)
}

/** Sends an RFC 9457 problem. @since 0.1.0 */
export const sendProblem = (res: ServerResponse, p: HttpProblem, requestId: string): void =>
  sendJson(
    res,
    p.status,
    {
      type: `urn:osallistava:problem:${p.problem}`,
      title: p.title,
      status: p.status,
      detail: p.detail,
      requestId,
      ...p.extra
    },
    "application/problem+json; charset=utf-8"
  )

/** A route: method, path template with `{param}` segments, handler. @since 0.1.0 */
export interface Route<Ctx> {
  readonly method: "GET" | "POST"
  readonly path: string
  /** Served without an API key (`/health` only). */
  readonly public?: true
  /** Uses client data: the caller must declare a purpose (`X-Purpose`), and the access is logged. */
  readonly clientData?: true
  readonly handle: (ctx: Ctx, params: Readonly<Record<string, string>>) => Promise<void> | void
}

/**
 * Finds the route for a method and path: the route, or `405` when the path
 * exists for another method, or `undefined`.
 *
 * @since 0.1.0
 */
export const matchRoute = <Ctx>(
  routes: ReadonlyArray<Route<Ctx>>,
  method: string,
  pathname: string
): { route: Route<Ctx>; params: Record<string, string> } | { allowed: ReadonlyArray<string> } | undefined => {
  const segments = pathname.split("/")
  const allowed: Array<string> = []
  for (const route of routes) {
    const pattern = route.path.split("/")
    if (pattern.length !== segments.length) continue
    const params: Record<string, string> = {}
    let ok = true
    for (let i = 0; i < pattern.length && ok; i++) {
      const p = pattern[i] as string
      const s = segments[i] as string
      if (p.startsWith("{")) {
        let value: string
        try {
          value = decodeURIComponent(s)
        } catch {
          ok = false
          break
        }
        if (value === "") ok = false
        params[p.slice(1, -1)] = value
      } else if (p !== s) ok = false
    }
    if (!ok) continue
    if (route.method === method) return { route, params }
    allowed.push(route.method)
  }
  return allowed.length > 0 ? { allowed } : undefined
}
