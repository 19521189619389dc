/**
 * Reading records from a file or stdin: one JSON document, a JSON array,
 * NDJSON (one document per line) or CSV with a header row. Everything
 * streams except a single JSON document, which is bounded by
 * {@link maxDocumentBytes}.
 *
 * @since 0.1.0
 */
import { createReadStream, statSync } from "node:fs"
import { extname } from "node:path"
import { createInterface } from "node:readline"
import type { Readable } from "node:stream"
import { CsvSyntaxError, parseCsv } from "./csv.js"

/** @since 0.1.0 */
export type InputFormat = "auto" | "json" | "ndjson" | "csv"

/** Largest single JSON document read into memory (64 MiB). Larger inputs must be NDJSON. */
export const maxDocumentBytes = 64 * 1024 * 1024
/** Largest NDJSON line or CSV row (1 MiB). */
export const maxLineBytes = 1024 * 1024

/**
 * A record read from input: a parsed value, or a record that could not be
 * read at all (bad JSON, a line that is too long). `index` is the 1-based
 * record number (the line number for NDJSON, the data row number for CSV).
 *
 * @since 0.1.0
 */
export type InputRecord =
  | { readonly _tag: "Value"; readonly index: number; readonly value: unknown }
  | { readonly _tag: "Unreadable"; readonly index: number; readonly message: string }

/** What was read: one document, or a batch of records. */
export interface Input {
  /** `single` when the input is one JSON object (the output is then one JSON document too). */
  readonly mode: "single" | "batch"
  readonly records: AsyncIterable<InputRecord>
  /** Bytes consumed so far and the total when known (files), for the progress bar. */
  readonly progress: () => { readonly bytes: number; readonly totalBytes: number | undefined }
}

/** An input that cannot be read at all (missing file, malformed document). */
export class InputError extends Error {
  override readonly name = "InputError"
}

const formatFromPath = (path: string): InputFormat => {
  const ext = extname(path).toLowerCase()
  if (ext === ".ndjson" || ext === ".jsonl") return "ndjson"
  if (ext === ".csv") return "csv"
  if (ext === ".json") return "json"
  return "auto"
}

/**
 * Opens `path` (or stdin for `-` / undefined) and yields its records.
 *
 * @since 0.1.0
 */
export const openInput = async (
  path: string | undefined,
  format: InputFormat,
  stdin: Readable = process.stdin
): Promise<Input> => {
  let stream: Readable
  let totalBytes: number | undefined
  let resolved = format
  if (path === undefined || path === "-") {
    stream = stdin
  } else {
    try {
      totalBytes = statSync(path).size
    } catch {
      throw new InputError(`Cannot read input file ${path}`)
    }
    stream = createReadStream(path)
    if (resolved === "auto") resolved = formatFromPath(path)
  }
  let bytes = 0
  stream.setEncoding("utf8")
  const counted = (async function* () {
    for await (const chunk of stream as AsyncIterable<string>) {
      bytes += Buffer.byteLength(chunk, "utf8")
      yield chunk
    }
  })()
  const progress = () => ({ bytes, totalBytes })

  if (resolved === "csv") return { mode: "batch", records: csvRecords(counted), progress }
  if (resolved === "ndjson") return { mode: "batch", records: ndjsonRecords(lines(counted)), progress }

  // json or auto: read lines; auto decides on the first non-empty line.
  const lineIterator = lines(counted)[Symbol.asyncIterator]()
  const buffered: Array<string> = []
  let firstLine: string | undefined
  for (;;) {
    const next = await lineIterator.next()
    if (next.done) break
    buffered.push(next.value)
    if (next.value.trim() !== "") {
      firstLine = next.value
      break
    }
  }
  if (firstLine === undefined) throw new InputError("Input is empty")
  if (resolved === "auto" && parsesAsJson(firstLine)) {
    const rest = (async function* () {
      yield* buffered
      for (;;) {
        const next = await lineIterator.next()
        if (next.done) return
        yield next.value
      }
    })()
    return { mode: "batch", records: ndjsonRecords(rest), progress }
  }
  // A whole JSON document.
  let text = buffered.join("\n")
  for (;;) {
    const next = await lineIterator.next()
    if (next.done) break
    text += `\n${next.value}`
    if (text.length > maxDocumentBytes)
      throw new InputError(`JSON document is larger than ${maxDocumentBytes} bytes; send batches as NDJSON`)
  }
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (e) {
    throw new InputError(`Input is not valid JSON (${(e as Error).message.replace(/\s*in JSON.*$/, "")})`)
  }
  if (Array.isArray(document)) {
    const items = document
    return {
      mode: "batch",
      records: (async function* () {
        for (let i = 0; i < items.length; i++) yield { _tag: "Value", index: i + 1, value: items[i] } as const
      })(),
      progress
    }
  }
  return {
    mode: "single",
    records: (async function* () {
      yield { _tag: "Value", index: 1, value: document } as const
    })(),
    progress
  }
}

const parsesAsJson = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

async function* lines(chunks: AsyncIterable<string>): AsyncIterable<string> {
  const { Readable } = await import("node:stream")
  const rl = createInterface({ input: Readable.from(chunks), crlfDelay: Number.POSITIVE_INFINITY })
  yield* rl
}

async function* ndjsonRecords(source: AsyncIterable<string>): AsyncIterable<InputRecord> {
  let index = 0
  for await (const line of source) {
    index++
    if (line.trim() === "") continue
    if (line.length > maxLineBytes) {
      yield { _tag: "Unreadable", index, message: `line is longer than ${maxLineBytes} bytes` }
      continue
    }
    try {
      yield { _tag: "Value", index, value: JSON.parse(line) }
    } catch {
      yield { _tag: "Unreadable", index, message: "line is not valid JSON" }
    }
  }
}

async function* csvRecords(chunks: AsyncIterable<string>): AsyncIterable<InputRecord> {
  let header: ReadonlyArray<string> | undefined
  let index = 0
  try {
    for await (const row of parseCsv(chunks)) {
      if (header === undefined) {
        header = row.fields.map((h) => h.trim())
        continue
      }
      index++
      if (row.fields.length !== header.length) {
        yield {
          _tag: "Unreadable",
          index,
          message: `CSV row on line ${row.line} has ${row.fields.length} fields, the header has ${header.length}`
        }
        continue
      }
      const value: Record<string, string> = {}
      for (let i = 0; i < header.length; i++) value[header[i]!] = row.fields[i]!
      yield { _tag: "Value", index, value }
    }
  } catch (e) {
    if (e instanceof CsvSyntaxError) yield { _tag: "Unreadable", index: index + 1, message: e.message }
    else throw e
  }
}
