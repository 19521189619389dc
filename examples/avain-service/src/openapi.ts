/**
 * The OpenAPI 3.1 description, generated at start from the Schemas: the
 * record Schema of `@osallistava/avain` and this service's response Schemas
 * ({@link ./schemas.ts}), each through `Schema.toJsonSchemaDocument`
 * (JSON Schema draft 2020-12, which OpenAPI 3.1 uses as its schema dialect).
 *
 * Some rules are custom checks that JSON Schema cannot express (no
 * henkilötunnus in free text, the municipality list, existing dates, catalog
 * codes, cross-record rules): the service enforces them with the avain
 * validator and answers 422; the JSON Schema is the shape only.
 *
 * @since 0.1.0
 */
import { AvainRecord } from "@osallistava/avain"
import { Schema } from "effect"
import { purposeCodes, purposes } from "./access-log.js"
import { CohortReportSchema, Health, PlanScoreSchema, Problem, ScoresResponse, StoreResponse } from "./schemas.js"

type Json = Record<string, unknown>

const DEFS = "#/$defs/"
const COMPONENTS = "#/components/schemas/"

const buildComponents = (named: ReadonlyArray<readonly [string, Schema.Top]>): Record<string, Json> => {
  const out: Record<string, Json> = {}
  const put = (name: string, schema: Json) => {
    const prev = out[name]
    if (prev !== undefined && JSON.stringify(prev) !== JSON.stringify(schema))
      throw new Error(`Two different JSON Schemas named ${name}`)
    out[name] = schema
  }
  for (const [name, schema] of named) {
    const doc = Schema.toJsonSchemaDocument(schema)
    for (const [k, v] of Object.entries(doc.definitions)) put(k, v as Json)
    const root = doc.schema as Json
    const ref = root["$ref"]
    if (typeof ref === "string" && Object.keys(root).length === 1 && ref === `${DEFS}${name}`) continue
    put(name, root)
  }
  return JSON.parse(JSON.stringify(out).replaceAll(`"${DEFS}`, `"${COMPONENTS}`)) as Record<string, Json>
}

const ref = (name: string) => ({ $ref: `${COMPONENTS}${name}` })
const json = (name: string) => ({ "application/json": { schema: ref(name) } })
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ref("Problem") } }
})

/**
 * Builds the OpenAPI document.
 *
 * @since 0.1.0
 */
export const openApiDocument = (options: { readonly maxBodyBytes: number; readonly maxBatchRecords: number }): Json => {
  const schemas = buildComponents([
    ["AvainRecord", AvainRecord],
    ["PlanScore", PlanScoreSchema],
    ["CohortReport", CohortReportSchema],
    ["StoreResponse", StoreResponse],
    ["ScoresResponse", ScoresResponse],
    ["Problem", Problem],
    ["Health", Health]
  ])
  schemas["RecordBatch"] = {
    type: "object",
    required: ["records"],
    properties: { records: { type: "array", maxItems: options.maxBatchRecords, items: ref("AvainRecord") } }
  }
  const common = {
    "400": problem(
      "Malformed JSON or NDJSON, invalid encoding, bad query parameters, a missing or unknown X-Purpose, or a bad X-Actor-Id"
    ),
    "401": problem(
      "No API key, or a malformed, unknown, revoked or wrong one (one answer for all; WWW-Authenticate: Bearer)"
    ),
    "500": problem("Unexpected error (logged with the request id, without data)"),
    "503": problem("Shutting down")
  }
  /** Headers of every route that uses client data (the access log's purpose and end user). */
  const accessHeaders = [
    {
      name: "X-Purpose",
      in: "header",
      required: true,
      description: `Purpose of use, logged in the access log (Act 703/2023 10 §): ${purposeCodes
        .map((c) => `\`${c}\` (${purposes[c]})`)
        .join("; ")}`,
      schema: { type: "string", enum: [...purposeCodes] }
    },
    {
      name: "X-Actor-Id",
      in: "header",
      required: false,
      description:
        "Pseudonymous id of the end user in the calling system, kept in the access log (never a name or a henkilötunnus)",
      schema: { type: "string", pattern: "^[A-Za-z0-9._:-]{1,64}$" }
    }
  ]
  const stored = {
    "200": {
      description: "Every record was already stored with the same content (idempotent replay); nothing written",
      content: json("StoreResponse")
    },
    "201": {
      description: "Committed: acknowledged only after the transaction is durable on disk",
      content: json("StoreResponse")
    },
    "409": problem("A record id is already stored with other content (record-id-conflict)"),
    "413": problem(`Body over ${options.maxBodyBytes} bytes or more than ${options.maxBatchRecords} records`),
    "415": problem("Unsupported media type"),
    "422": problem("Validation failed: every issue with record position, field path and rule; nothing written"),
    ...common
  }
  const id = (name: string, description: string) => ({
    name,
    in: "path",
    required: true,
    description,
    schema: { type: "string", pattern: "^[A-Za-z0-9._:-]{1,64}$" }
  })
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "AVAIN reference service",
      version: "0.1.0",
      summary: "Store THL AVAIN records, score client plans and report cohorts.",
      description:
        "Reference service of the osallistava toolkit. Records carry pseudonymous client references only; free text is not stored; logs carry no personal data. Catalogs are PROVISIONAL until THL's official code lists are loaded.",
      license: { name: "EUPL-1.2", identifier: "EUPL-1.2" }
    },
    paths: {
      "/health": {
        get: {
          operationId: "health",
          security: [],
          responses: {
            "200": { description: "Ready", content: json("Health") },
            "500": common["500"],
            "503": common["503"]
          }
        }
      },
      "/openapi.json": {
        get: {
          operationId: "openapi",
          responses: {
            "200": { description: "This document", content: { "application/json": {} } },
            "401": common["401"]
          }
        }
      },
      "/records": {
        post: {
          operationId: "storeRecord",
          summary: "Store one record",
          parameters: accessHeaders,
          requestBody: { required: true, content: json("AvainRecord") },
          responses: stored
        }
      },
      "/records/batch": {
        post: {
          operationId: "storeBatch",
          summary: "Store a batch of records in one transaction (all or nothing)",
          parameters: accessHeaders,
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: ref("RecordBatch") },
              "application/x-ndjson": { schema: { type: "string", description: "One AvainRecord per line" } }
            }
          },
          responses: stored
        }
      },
      "/records/{recordId}": {
        get: {
          operationId: "getRecord",
          summary: "A stored record (without free text)",
          parameters: [id("recordId", "The record's id"), ...accessHeaders],
          responses: {
            "200": { description: "The record", content: json("AvainRecord") },
            "404": problem(
              "No such record in the caller's organisation (another organisation's record answers the same)"
            ),
            ...common
          }
        }
      },
      "/plans/{planId}/score": {
        get: {
          operationId: "scorePlan",
          summary: "Scores of one stored client plan",
          parameters: [id("planId", "The client plan's id"), ...accessHeaders],
          responses: {
            "200": { description: "The plan's scores", content: json("PlanScore") },
            "404": problem("No such plan in the caller's organisation (another organisation's plan answers the same)"),
            ...common
          }
        }
      },
      "/score": {
        post: {
          operationId: "scoreRecords",
          summary: "Validate and score records without storing them",
          parameters: accessHeaders,
          requestBody: { required: true, content: { "application/json": { schema: ref("RecordBatch") } } },
          responses: {
            "200": { description: "Scores per plan", content: json("ScoresResponse") },
            "413": problem("Too large"),
            "415": problem("Unsupported media type"),
            "422": problem("Validation failed"),
            ...common
          }
        }
      },
      "/reports/cohort": {
        get: {
          operationId: "cohortReport",
          summary: "Cohort report over the caller's organisation's stored records",
          parameters: [
            ...accessHeaders,
            {
              name: "municipality",
              in: "query",
              description: "Municipality code; repeat for several",
              schema: { type: "array", items: { type: "string", pattern: "^\\d{3}$" } },
              style: "form",
              explode: true
            },
            {
              name: "from",
              in: "query",
              description: "Plans started on or after (YYYY-MM-DD)",
              schema: { type: "string", format: "date" }
            },
            {
              name: "to",
              in: "query",
              description: "Plans started on or before (YYYY-MM-DD)",
              schema: { type: "string", format: "date" }
            },
            {
              name: "methodFamily",
              in: "query",
              description: "Only records with a method of this family",
              schema: { type: "string" }
            },
            {
              name: "clientPresent",
              in: "query",
              description: "Only records made with (true) or without (false) the client",
              schema: { type: "boolean" }
            },
            {
              name: "threshold",
              in: "query",
              description: "Attainment-level code counted as attained; default the catalog's (fairly-well)",
              schema: { type: "string" }
            }
          ],
          responses: {
            "200": { description: "The report", content: json("CohortReport") },
            "422": problem("Cohort smaller than the configured minimum (small-cell protection)"),
            ...common
          }
        }
      }
    },
    security: [{ apiKey: [] }],
    components: {
      schemas,
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "avk_<keyId>_<secret>",
          description:
            "An API key of the caller's organisation (a wellbeing services county or a municipality), created with `admin keys create --org <code>`. Only its SHA-256 is stored; it is compared in constant time. Every endpoint but /health needs one; each organisation sees only its own records."
        }
      }
    }
  }
}
