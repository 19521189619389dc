/**
 * Reading records from a file or stdin: one JSON document, a JSON array,
 * NDJSON (one document per line) or CSV with a header row. Every reader
 * streams and enforces its limit while reading, so memory stays bounded
 * whatever the input: a JSON document is refused as soon as more than
 * {@link maxDocumentBytes} have arrived (also when it is one line), an NDJSON
 * line longer than {@link maxLineBytes} is dropped as it is read, never
 * buffered whole, and CSV cells, rows and fields are bounded by core's
 * `Csv` reader.
 *
 * No message repeats the input: JSON errors give the line, the column and
 * the kind of error (core's `Json.parseJson`), CSV errors the line, the
 * column and the kind (core's `Csv`), file errors the reason only (a file
 * name can be personal data too).
 *
 * @since 0.1.0
 */
import { closeSync, createReadStream, fstatSync, openSync } from "node:fs"
import { extname } from "node:path"
import type { Readable } from "node:stream"
import { Csv, Json, type Localized } from "@osallistava/core"
import * as Result from "effect/Result"
import { csvErrorKinds, inputErrors, jsonErrorKinds, text as say } from "../messages.js"

/** @since 0.1.0 */
export type InputFormat = "auto" | "json" | "ndjson" | "csv"

/** Largest single JSON document read into memory (64 MiB). Larger inputs must be NDJSON. */
export const maxDocumentBytes = 64 * 1024 * 1024
/** Largest NDJSON line or CSV row (1 MiB). */
export const maxLineBytes = 1024 * 1024
/** Largest CSV cell (64 KiB). */
export const maxCellChars = 64 * 1024

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
  /**
   * The input cannot be read further (a read error while streaming, a CSV header that cannot be read): always the
   * last record, `index` the number the next record would have had; the CLI exits 2 with `error`. @since 0.4.0
   */
  | { readonly _tag: "Failed"; readonly index: number; readonly error: InputError }

/** What was read: one document, or a batch of records. */
export interface Input {
  /** `single` when the input is one JSON object (the output is then one JSON document too). */
  readonly mode: "single" | "batch"
  readonly records: AsyncIterable<InputRecord>
  /** Bytes consumed so far and the total when known (files), for the progress bar. */
  readonly progress: () => { readonly bytes: number; readonly totalBytes: number | undefined }
}

/**
 * An input that cannot be read at all (missing file, a directory, malformed document): exit 2. `message` is English;
 * `localized` (when set) gives the same message in Finnish, Swedish or English from the CLI's catalog, and the CLI
 * prints that in the language of its error lines.
 */
export class InputError extends Error {
  override readonly name = "InputError"
  constructor(
    message: string,
    readonly localized?: (language: Localized.Language) => string
  ) {
    super(message)
  }
}

/** An {@link InputError} from the catalog's `key` (English message, localized on demand). */
const inputError = (
  key: keyof typeof inputErrors,
  values: (language: Localized.Language) => Readonly<Record<string, string | number>> = () => ({})
): InputError => {
  const localized = (language: Localized.Language) => say(inputErrors, key, language, values(language))
  return new InputError(localized("en"), localized)
}

/** @since 0.2.0 */
export interface OpenOptions {
  /** CSV delimiter: `auto` (default, detected from the header row), `,` or `;`. */
  readonly csvDelimiter?: Csv.CsvDelimiter | "auto"
}

const formatFromPath = (path: string): InputFormat => {
  const ext = extname(path).toLowerCase()
  if (ext === ".ndjson" || ext === ".jsonl") return "ndjson"
  if (ext === ".csv") return "csv"
  if (ext === ".json") return "json"
  return "auto"
}

/** Opens a file for reading, or says why not without naming it. */
const openFile = (path: string): Result.Result<{ readonly stream: Readable; readonly size: number }, InputError> => {
  let fd: number
  try {
    fd = openSync(path, "r")
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === "ENOENT" || code === "ENOTDIR") return Result.fail(inputError("noSuchFile"))
    if (code === "EACCES" || code === "EPERM") return Result.fail(inputError("permissionDenied"))
    if (code === "EISDIR") return Result.fail(inputError("directory"))
    return Result.fail(inputError("cannotReadFile"))
  }
  const stat = fstatSync(fd)
  if (stat.isDirectory()) {
    closeSync(fd)
    return Result.fail(inputError("directory"))
  }
  return Result.succeed({ stream: createReadStream("", { fd }), size: stat.isFile() ? stat.size : Number.NaN })
}

/** Why the stream ended early, when it did: set by {@link decodeText}, read by the record readers. */
interface Reading {
  failure: InputError | undefined
}

/**
 * Text chunks of a byte stream (UTF-8; invalid bytes become U+FFFD), counting the bytes. A read error ends the chunks
 * and is kept in `reading.failure` (nothing is thrown): each reader stops there and reports it.
 */
async function* decodeText(stream: Readable, count: (bytes: number) => void, reading: Reading): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8")
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      if (typeof chunk === "string") {
        count(Buffer.byteLength(chunk, "utf8"))
        yield chunk
      } else {
        count(chunk.length)
        const text = decoder.decode(chunk, { stream: true })
        if (text !== "") yield text
      }
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    reading.failure = code === "EISDIR" ? inputError("directory") : inputError("readError")
    return
  }
  const rest = decoder.decode()
  if (rest !== "") yield rest
}

/**
 * Opens `path` (or stdin for `-` / undefined) and gives its records, or the {@link InputError} (exit 2) when it cannot
 * be opened or, for a JSON document, read (missing file, a directory, too large, empty, not JSON). A failure while
 * streaming a batch is its last record, `Failed`.
 *
 * @since 0.4.0 (as `openInput` since 0.1.0)
 */
export const tryOpenInput = async (
  path: string | undefined,
  format: InputFormat,
  stdin: Readable = process.stdin,
  options: OpenOptions = {}
): Promise<Result.Result<Input, InputError>> => {
  let stream: Readable
  let totalBytes: number | undefined
  let resolved = format
  if (path === undefined || path === "-") {
    stream = stdin
  } else {
    const file = openFile(path)
    if (Result.isFailure(file)) return Result.fail(file.failure)
    stream = file.success.stream
    totalBytes = Number.isNaN(file.success.size) ? undefined : file.success.size
    if (resolved === "auto") resolved = formatFromPath(path)
  }
  let bytes = 0
  const reading: Reading = { failure: undefined }
  const text = decodeText(
    stream,
    (n) => {
      bytes += n
    },
    reading
  )
  const progress = () => ({ bytes, totalBytes })

  if (resolved === "csv")
    return Result.succeed({
      mode: "batch",
      records: csvRecords(text, options.csvDelimiter ?? "auto", reading),
      progress
    })
  if (resolved === "ndjson") return Result.succeed({ mode: "batch", records: ndjsonRecords(text, reading), progress })

  // json or auto. Everything read so far is kept (at most maxDocumentBytes) until the format is known.
  const pieces: Array<string> = []
  let held = 0
  let decided: "json" | "ndjson" | undefined = resolved === "json" ? "json" : undefined
  const iterator = text[Symbol.asyncIterator]()
  const tooLarge = async () => {
    await iterator.return?.(undefined)
    return inputError("tooLarge", () => ({ bytes: maxDocumentBytes }))
  }
  for (;;) {
    const next = await iterator.next()
    if (next.done) break
    const chunk = next.value
    pieces.push(chunk)
    held += Buffer.byteLength(chunk, "utf8")
    if (held > maxDocumentBytes) return Result.fail(await tooLarge())
    if (decided === undefined && chunk.includes("\n")) {
      const joined = pieces.join("")
      pieces.length = 0
      pieces.push(joined)
      decided = decideByFirstLine(joined, false)
      if (decided === "ndjson") {
        const rest = (async function* () {
          yield joined
          for (;;) {
            const n = await iterator.next()
            if (n.done) return
            yield n.value
          }
        })()
        return Result.succeed({ mode: "batch", records: ndjsonRecords(rest, reading), progress })
      }
    }
  }
  if (reading.failure !== undefined) return Result.fail(reading.failure)
  const document = pieces.join("")
  if (document.trim() === "") return Result.fail(inputError("empty"))
  if (decided === undefined && decideByFirstLine(document, true) === "ndjson")
    return Result.succeed({ mode: "batch", records: ndjsonRecords([document], reading), progress })
  const parsed = Json.parseJson(document)
  if (Result.isFailure(parsed)) {
    const { line, column, kind } = parsed.failure
    return Result.fail(inputError("notJson", (l) => ({ line, column, kind: say(jsonErrorKinds, kind, l) })))
  }
  const value = parsed.success
  if (Array.isArray(value)) {
    const items = value
    return Result.succeed({
      mode: "batch",
      records: (async function* () {
        for (let i = 0; i < items.length; i++) yield { _tag: "Value", index: i + 1, value: items[i] } as const
      })(),
      progress
    })
  }
  return Result.succeed({
    mode: "single",
    records: (async function* () {
      yield { _tag: "Value", index: 1, value } as const
    })(),
    progress
  })
}

/**
 * {@link tryOpenInput} that throws the {@link InputError} of opening (a failure while streaming is still the last
 * record, `Failed`).
 *
 * @throws InputError when the input cannot be opened or its document read: use {@link tryOpenInput}.
 * @since 0.4.0 (as `openInput` since 0.1.0)
 */
export const unsafeOpenInput = async (
  path: string | undefined,
  format: InputFormat,
  stdin: Readable = process.stdin,
  options: OpenOptions = {}
): Promise<Input> => Result.getOrThrow(await tryOpenInput(path, format, stdin, options))

/**
 * @deprecated Since 0.4.0: use {@link unsafeOpenInput} (same, except that a failure while streaming is now the last
 * record, `Failed`, instead of a throw from the iterator) or {@link tryOpenInput} (a `Result`).
 * @since 0.1.0
 */
export const openInput = unsafeOpenInput

/**
 * Auto detection: NDJSON when the first non-blank line is a JSON value by
 * itself and no longer than an NDJSON line may be; a JSON document otherwise.
 * `undefined` while that line is not complete (unless at the end).
 */
const decideByFirstLine = (text: string, atEnd: boolean): "json" | "ndjson" | undefined => {
  let start = 0
  for (;;) {
    const end = text.indexOf("\n", start)
    if (end < 0) {
      if (!atEnd) return undefined
      const last = text.slice(start)
      if (last.trim() === "") return "json"
      return isNdjsonLine(last) ? "ndjson" : "json"
    }
    const line = text.slice(start, end)
    if (line.trim() !== "") return isNdjsonLine(line) ? "ndjson" : "json"
    start = end + 1
  }
}

const isNdjsonLine = (line: string): boolean =>
  Buffer.byteLength(line, "utf8") <= maxLineBytes && Result.isSuccess(Json.parseJson(line))

/** A line of text, or the number of a line that was longer than the limit (its text was not kept). */
type Line = { readonly line: number; readonly text: string } | { readonly line: number; readonly tooLong: true }

/**
 * Splits text chunks into lines (LF or CRLF), holding at most `maxBytes` of
 * one line: the rest of a longer line is skipped as it arrives.
 */
async function* boundedLines(chunks: AsyncIterable<string> | Iterable<string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Array<string> = []
  let size = 0
  let tooLong = false
  let line = 1
  const emit = (): Line => {
    const out: Line = tooLong ? { line, tooLong: true } : { line, text: parts.join("").replace(/\r$/, "") }
    parts = []
    size = 0
    tooLong = false
    line++
    return out
  }
  const take = (piece: string) => {
    if (tooLong || piece === "") return
    size += Buffer.byteLength(piece, "utf8")
    if (size > maxBytes + 1) {
      // +1: a CR before the LF is not part of the line
      tooLong = true
      parts = []
    } else parts.push(piece)
  }
  for await (const chunk of chunks) {
    let from = 0
    for (;;) {
      const nl = chunk.indexOf("\n", from)
      if (nl < 0) {
        take(chunk.slice(from))
        break
      }
      take(chunk.slice(from, nl))
      yield emit()
      from = nl + 1
    }
  }
  if (parts.length > 0 || tooLong) yield emit()
}

async function* ndjsonRecords(
  source: AsyncIterable<string> | Iterable<string>,
  reading: Reading
): AsyncIterable<InputRecord> {
  let next = 1
  for await (const l of boundedLines(source, maxLineBytes)) {
    // a read error ended the text: the last line may be cut, so it is not read
    if (reading.failure !== undefined) break
    next = l.line + 1
    if ("tooLong" in l) {
      yield { _tag: "Unreadable", index: l.line, message: `the line is longer than ${maxLineBytes} bytes (1 MiB)` }
      continue
    }
    if (l.text.trim() === "") continue
    const parsed = Json.parseJson(l.text)
    if (Result.isSuccess(parsed)) yield { _tag: "Value", index: l.line, value: parsed.success }
    else
      yield {
        _tag: "Unreadable",
        index: l.line,
        message: `the line is not valid JSON: column ${parsed.failure.column}: ${Json.describeJsonErrorKind(parsed.failure.kind)}`
      }
  }
  if (reading.failure !== undefined) yield { _tag: "Failed", index: next, error: reading.failure }
}

async function* csvRecords(
  chunks: AsyncIterable<string>,
  delimiter: Csv.CsvDelimiter | "auto",
  reading: Reading
): AsyncIterable<InputRecord> {
  let next = 1
  for await (const r of Csv.readCsvRecords(chunks, { delimiter, maxRowChars: maxLineBytes, maxCellChars })) {
    // a read error ended the text: the last row may be cut, so it is not read
    if (reading.failure !== undefined) break
    if (r._tag === "Record") yield { _tag: "Value", index: r.record, value: r.cells }
    else if (r.record === 0) {
      const { line, column, kind, limit } = r.error
      const error = inputError("csvHeader", (l) => ({
        line,
        column,
        kind: `${say(csvErrorKinds, kind, l)}${limit === undefined ? "" : ` (${limit})`}`
      }))
      yield { _tag: "Failed", index: 1, error }
      return
    } else yield { _tag: "Unreadable", index: r.record, message: r.error.message }
    next = r.record + 1
  }
  if (reading.failure !== undefined) yield { _tag: "Failed", index: next, error: reading.failure }
}
