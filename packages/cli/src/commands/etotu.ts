/**
 * `osallistava etotu decode|triage|stats`: Kela's eTotu notices from
 * `@osallistava/etotu`. Records stream from a file or stdin (NDJSON, JSON
 * array or CSV with a header row) one at a time; `stats` keeps only counters.
 *
 * @since 0.1.0
 */
import { Disclosure, errorLines, FormatNumber, LocalDate } from "@osallistava/core"
import { Csv, Decode, Dedupe, Messages, Notice, Stats, Triage, Workflow } from "@osallistava/etotu"
import { decodeEvent, Pathway } from "@osallistava/model"
import * as Result from "effect/Result"
import { inputOptions } from "../app.js"
import { invalid, type Outcome, ok } from "../batch.js"
import { type Command, type Context, type OptionSpec, refuse, UsageError } from "../command.js"
import type { Output } from "../io/output.js"
import {
  date,
  errorKinds,
  errorLanguage,
  issueLines,
  limitLines,
  text as say,
  usageError,
  etotu as words
} from "../messages.js"
import { runRecords } from "../records.js"

const isCsv = (context: Context): boolean => {
  const f = context.options["input-format"]
  if (f === "csv") return true
  if (f !== undefined && f !== "auto") return false
  return (context.args[0] ?? "").toLowerCase().endsWith(".csv")
}

/** The CLI reader gives CSV rows as header → string; turn them into the JSON shape. */
const decodeValue = (value: unknown, index: number, csv: boolean): Decode.RecordResult =>
  Decode.decodeRecord(csv ? Csv.fromStrings(value as Record<string, string>) : value, index)

const parseDate = (text: unknown, name: string, context: Context): Result.Result<string | undefined, UsageError> =>
  text === undefined
    ? Result.succeed(undefined)
    : typeof text === "string" && LocalDate.isLocalDate(text)
      ? Result.succeed(text)
      : Result.fail(new UsageError(usageError("date", errorLanguage(context), { option: `--${name}` })))
const parseCount = (text: unknown, name: string, context: Context): Result.Result<number | undefined, UsageError> =>
  text === undefined
    ? Result.succeed(undefined)
    : typeof text === "string" && /^\d{1,7}$/.test(text)
      ? Result.succeed(Number(text))
      : Result.fail(new UsageError(usageError("wholeNumber", errorLanguage(context), { option: `--${name}` })))

const discard: Output = { write: async () => {} }

/**
 * Ids remembered for duplicate detection by default: two generations of
 * 100 000, so at least the last 100 000 distinct notices. Redeliveries come
 * within days, and 100 000 notices is months of the national volume (basic
 * assistance reached 277 316 households in 2017, Kela), while the memory
 * stays at a few tens of MB whatever the batch size.
 */
const defaultDedupeWindow = 200_000

const dedupeOptions = {
  "dedupe-window": {
    type: "string",
    description: "Notice ids remembered to mark redeliveries (default 200000; at least half are always kept)"
  }
} satisfies Readonly<Record<string, OptionSpec>>

const deduplicator = (context: Context): Result.Result<Dedupe.Deduplicator, UsageError> =>
  Result.flatMap(parseCount(context.options["dedupe-window"], "dedupe-window", context), (given) => {
    const n = given ?? defaultDedupeWindow
    return n < 2
      ? Result.fail(
          new UsageError(
            usageError("wholeNumberAtLeast", errorLanguage(context), { option: "--dedupe-window", min: 2 })
          )
        )
      : Result.succeed(new Dedupe.Deduplicator(n))
  })

/** `etotu decode` @since 0.1.0 */
export const decode: Command = {
  path: ["etotu", "decode"],
  summary: "Decode and check eTotu notices; mark duplicates",
  usage: "osallistava etotu decode [<file>|-] [--input-format ndjson|json|csv]",
  description: [
    "Decodes notices in the project's documented format (formatVersion 1; Kela's own format is not public) and checks the rules of the law in force on each decision date.",
    "Each good record is printed as {record, status, notice, legalBasis, visibleOn}; status is new or duplicate (the same notice delivered again; ids of at least the last 100 000 distinct notices are remembered, see --dedupe-window).",
    "A bad record, or a notice whose id was seen with different content (a conflict), is reported on stderr with record number, field and rule; the batch goes on. Exit 2 if any record was bad."
  ].join("\n"),
  examples: ["osallistava etotu decode notices.ndjson", "osallistava etotu decode export.csv --quiet"],
  options: { ...inputOptions, ...dedupeOptions },
  run: async (context) => {
    const csv = isCsv(context)
    const dedupeArg = deduplicator(context)
    if (Result.isFailure(dedupeArg)) return refuse(context, dedupeArg.failure)
    const dedupe = dedupeArg.success
    const errors = errorLanguage(context)
    const l = context.language
    const { exitCode } = await runRecords(context, (value, index): Outcome => {
      const r = decodeValue(value, index, csv)
      if (r._tag === "Bad") return invalid(issueLines(r.issues, errors))
      const seen = dedupe.offer(r.notice)
      if (seen === "conflict") return invalid([{ at: "id", message: say(errorKinds, "conflict", errors) }])
      const n = r.notice
      // A decision date outside the calendar's tables (1900–2100) has no visibility day: refused, at the field.
      const visible = Workflow.tryVisibleOn(n)
      if (Result.isFailure(visible)) return invalid(limitLines(visible.failure, "decisionDate", errors))
      return ok(
        {
          record: index,
          status: seen,
          notice: n,
          legalBasis: Notice.legalBasis(n._tag, n.decisionDate),
          visibleOn: visible.success
        },
        `${index}\t${Messages.deliveries[seen][l]}\t${Messages.noticeTypes[n._tag][l]}\t${n.id}\t${say(words, n.urgency, l)}`
      )
    })
    return exitCode
  }
}

const triageConfig = (context: Context, receivedOn: string): Result.Result<Triage.Config, UsageError> => {
  const daysArg = parseCount(context.options["policy-days"], "policy-days", context)
  if (Result.isFailure(daysArg)) return Result.fail(daysArg.failure)
  const attemptsArg = parseCount(context.options["max-attempts"], "max-attempts", context)
  if (Result.isFailure(attemptsArg)) return Result.fail(attemptsArg.failure)
  const capArg = parseCount(context.options["capacity-25"], "capacity-25", context)
  if (Result.isFailure(capArg)) return Result.fail(capArg.failure)
  const days = daysArg.success
  const attempts = attemptsArg.success
  const cap = capArg.success
  const base = Triage.defaultConfig(receivedOn)
  return Result.succeed({
    ...base,
    policy: {
      policyStartWorkingDays: days ?? base.policy.policyStartWorkingDays,
      maxContactAttempts: attempts ?? base.policy.maxContactAttempts ?? 3
    },
    unemployed25OrOverCapacity: cap ?? Number.POSITIVE_INFINITY,
    under25ToOtherService: context.options["under25-other-service"] === true
  })
}

/** `etotu triage` @since 0.1.0 */
export const triage: Command = {
  path: ["etotu", "triage"],
  summary: "Queue, due date and reasons for each eTotu notice",
  usage:
    "osallistava etotu triage [<file>|-] [--received-on YYYY-MM-DD] [--policy-days N] [--capacity-25 N] [--under25-other-service] [--order]",
  description: [
    "Gives each notice its queue (urgent, applications, socialWork, youth, immigrant, infoLetter, otherService), the due date of its first step with the legal basis (TTL 14 a/14 b §, SHL 36 §) or the municipal policy limit, and the reasons.",
    "By default streams in arrival order in constant memory; the 25+ capacity is first come, first served. --order reads the whole batch and prints it in priority order (memory grows with the batch).",
    "Without --received-on each notice counts from the day it becomes visible (Kelmu: same day or next working day)."
  ].join("\n"),
  examples: [
    "osallistava etotu triage today.ndjson --received-on 2026-12-23 --order",
    "osallistava etotu triage export.csv --capacity-25 50 --policy-days 5"
  ],
  options: {
    ...inputOptions,
    ...dedupeOptions,
    "received-on": {
      type: "string",
      description: "Date the batch was received (default: each notice's visibility date)"
    },
    "policy-days": { type: "string", description: 'Municipal limit in working days for "without delay" (default 7)' },
    "max-attempts": { type: "string", description: "Contact attempts before an information letter (default 3)" },
    "capacity-25": {
      type: "string",
      description: "Max unemployed-25+ notices to the social-work queue (default: no cap)"
    },
    "under25-other-service": { type: "boolean", description: "Non-urgent under-25 notices go to another service" },
    order: { type: "boolean", description: "Print the whole batch in priority order" }
  },
  run: async (context) => {
    const receivedArg = parseDate(context.options["received-on"], "received-on", context)
    if (Result.isFailure(receivedArg)) return refuse(context, receivedArg.failure)
    const receivedOn = receivedArg.success
    const csv = isCsv(context)
    const configArg = triageConfig(context, receivedOn ?? "2000-01-01")
    if (Result.isFailure(configArg)) return refuse(context, configArg.failure)
    const config = configArg.success
    const dedupeArg = deduplicator(context)
    if (Result.isFailure(dedupeArg)) return refuse(context, dedupeArg.failure)
    const dedupe = dedupeArg.success
    const errors = errorLanguage(context)
    const l = context.language
    const text = (t: Triage.Triaged, n: Notice.Notice) =>
      `${t.position}\t${Messages.queues[t.queue][l]}\t${date(t.due, l)}\t${Messages.noticeTypes[n._tag][l]}\t${n.id}\t${t.reasonTexts.map((r) => r[l]).join("; ")}`
    if (context.options["order"] !== true) {
      const triager = new Triage.Triager(config)
      const { exitCode } = await runRecords(context, (value, index): Outcome => {
        const r = decodeValue(value, index, csv)
        if (r._tag === "Bad") return invalid(issueLines(r.issues, errors))
        const seen = dedupe.offer(r.notice)
        if (seen === "conflict") return invalid([{ at: "id", message: say(errorKinds, "conflict", errors) }])
        if (seen === "duplicate")
          return ok(
            { record: index, noticeId: r.notice.id, duplicate: true },
            `${index}\t${Messages.deliveries.duplicate[l]}`
          )
        const received = receivedOn === undefined ? Workflow.tryVisibleOn(r.notice) : Result.succeed(receivedOn)
        if (Result.isFailure(received)) return invalid(limitLines(received.failure, "decisionDate", errors))
        const triaged = triager.tryNext(r.notice, received.success)
        if (Result.isFailure(triaged)) return invalid(limitLines(triaged.failure, "receivedOn", errors))
        const t = triaged.success
        return ok({ record: index, ...t }, text(t, r.notice))
      })
      return exitCode
    }
    const notices: Array<Notice.Notice> = []
    // One batch date: the latest visibility date in the batch.
    let latest: string | undefined
    const { exitCode } = await runRecords({ ...context, stdout: discard }, (value, index): Outcome => {
      const r = decodeValue(value, index, csv)
      if (r._tag === "Bad") return invalid(issueLines(r.issues, errors))
      // A decision date outside the calendar's tables has no visibility day, and no deadline: refused, at the field.
      const visible = Workflow.tryVisibleOn(r.notice)
      if (Result.isFailure(visible)) return invalid(limitLines(visible.failure, "decisionDate", errors))
      const seen = dedupe.offer(r.notice)
      if (seen === "conflict") return invalid([{ at: "id", message: say(errorKinds, "conflict", errors) }])
      if (seen === "new") {
        notices.push(r.notice)
        if (latest === undefined || visible.success > latest) latest = visible.success
      }
      return ok(null)
    })
    if (receivedOn === undefined && latest !== undefined) Object.assign(config, { receivedOn: latest })
    const byId = new Map(notices.map((n) => [n.id, n]))
    const ordered = Triage.tryTriage(notices, config)
    // The batch's date is outside the calendar's tables, or before a provision: no order is printed.
    if (Result.isFailure(ordered))
      return refuse(
        context,
        new UsageError(
          limitLines(ordered.failure, "receivedOn", errors)
            .map((e) => `${e.at}: ${e.message}`)
            .join("; ")
        )
      )
    for (const t of ordered.success) {
      const n = byId.get(t.noticeId) as Notice.Notice
      await context.stdout.write(context.format === "text" ? `${text(t, n)}\n` : `${JSON.stringify(t)}\n`)
    }
    return exitCode
  }
}

/**
 * The pathway's policy in `etotu stats`: etotu's rule of contact attempts before the information letter
 * (`Workflow.defaultPolicy`, 3; until etotu 0.3 its workflow refused an earlier letter), not the pathway's default (1).
 */
const statsPathwayPolicy: Pathway.PathwayPolicy = { maxContactAttempts: Workflow.defaultMaxContactAttempts }

/**
 * Replay what happened to a notice (from `{notice, receivedOn?, events}` records): etotu's registration events,
 * then the municipal case's pathway events (`@osallistava/model`, without `caseId`: the notice's id is the case's),
 * opened from the registered notice by `Pathway.fromNotice` (issue 15: one case lifecycle).
 */
const replay = (
  n: Notice.Notice,
  receivedOn: string,
  events: ReadonlyArray<unknown>,
  errors: "fi" | "sv" | "en"
): Stats.FollowUp | { issues: ReadonlyArray<{ at: string; message: string }> } => {
  const started = Workflow.tryStart(n, receivedOn)
  if (Result.isFailure(started)) return { issues: limitLines(started.failure, "receivedOn", errors) }
  let c: Workflow.Case = started.success
  let state: Pathway.CaseState | undefined
  const notAllowed = (i: number, reason?: string) => ({
    issues: [
      {
        at: `events[${i}]`,
        // The event's _tag is not named: an unknown one is input and could be anything.
        message:
          errors === "en" && reason !== undefined
            ? `The event is not allowed in the case's current state (${reason})`
            : say(errorKinds, "eventNotAllowed", errors)
      }
    ]
  })
  for (let i = 0; i < events.length; i++) {
    const e = events[i]
    if (e === null || typeof e !== "object" || typeof (e as { _tag?: unknown })._tag !== "string")
      return { issues: [{ at: `events[${i}]`, message: say(errorKinds, "eventObject", errors) }] }
    if (state === undefined && Workflow.eventTags.has((e as { _tag: string })._tag)) {
      const next = Workflow.advance(c, e as Workflow.Event)
      if ("_tag" in next && next._tag === "IllegalTransition")
        return notAllowed(i, `state ${next.from}${next.reason ? `: ${next.reason}` : ""}`)
      c = next as Workflow.Case
      continue
    }
    if (state === undefined) {
      const opened = Pathway.fromNotice(n.id, n, c)
      if (Result.isFailure(opened)) return notAllowed(i, `rule ${opened.failure.rule}`)
      const first = Pathway.step(
        undefined,
        opened.success[0] as Parameters<typeof Pathway.step>[1],
        undefined,
        statsPathwayPolicy
      )
      if (Result.isFailure(first)) return notAllowed(i, `rule ${first.failure.rule}`)
      state = first.success
    }
    const decoded = decodeEvent({ ...(e as object), caseId: n.id })
    // As `model pathway`: each issue's path (under the event's place in `events`) and rule, never the value.
    if (Result.isFailure(decoded))
      return {
        issues: issueLines(
          errorLines(decoded.failure).map((line) => ({
            at: line.at === "(root)" ? `events[${i}]` : `events[${i}].${line.at}`,
            message: line.message
          })),
          errors
        )
      }
    const next = Pathway.step(state, decoded.success, undefined, statsPathwayPolicy)
    if (Result.isFailure(next)) return notAllowed(i, `stage ${next.failure.stage}, rule ${next.failure.rule}`)
    state = next.success
  }
  return Pathway.followUp(c, state)
}

/** `etotu stats` @since 0.1.0 */
export const stats: Command = {
  path: ["etotu", "stats"],
  summary: "Volumes, response rates and times from a stream of notices (and case events)",
  usage: "osallistava etotu stats [<file>|-] [--min-cell N]",
  description: [
    "Counts notices by type, month, municipality, age group and urgency; response rates (reached, attended, assessed) by type; days from visibility to opening, first contact and assessment. One pass, constant memory.",
    'A record is a notice, or {"notice": {...}, "receivedOn": "YYYY-MM-DD", "events": [{"_tag": "Opened", "on": "..."}, ...]} to include what happened to it: the notice\'s registration (BecameVisible, Opened, ApplicationDecided, Transferred), then the case\'s pathway events as in `model pathway`, without caseId.',
    "Counts and shares below --min-cell (default 5) are suppressed (null). Duplicates are counted once."
  ].join("\n"),
  examples: ["osallistava etotu stats 2026-11.ndjson", "osallistava etotu stats cases.ndjson --min-cell 10"],
  options: {
    ...inputOptions,
    ...dedupeOptions,
    "min-cell": { type: "string", description: "Smallest count shown; smaller cells are null (default 5)" }
  },
  run: async (context) => {
    const minCellArg = parseCount(context.options["min-cell"], "min-cell", context)
    if (Result.isFailure(minCellArg)) return refuse(context, minCellArg.failure)
    const minCell = minCellArg.success ?? 5
    // A threshold under 1 would hide every count (core's disclosure rule fails closed): refused here, naming the option.
    if (minCell < 1)
      return refuse(
        context,
        new UsageError(usageError("wholeNumberAtLeast", errorLanguage(context), { option: "--min-cell", min: 1 }))
      )
    const csv = isCsv(context)
    const acc = new Stats.Accumulator(minCell)
    const dedupeArg = deduplicator(context)
    if (Result.isFailure(dedupeArg)) return refuse(context, dedupeArg.failure)
    const dedupe = dedupeArg.success
    const errors = errorLanguage(context)
    const { exitCode } = await runRecords({ ...context, stdout: discard }, (value, index): Outcome => {
      const wrapped =
        !csv && value !== null && typeof value === "object" && "notice" in (value as Record<string, unknown>)
          ? (value as { notice: unknown; receivedOn?: unknown; events?: unknown })
          : undefined
      const r = decodeValue(wrapped ? wrapped.notice : value, index, csv)
      if (r._tag === "Bad")
        return invalid(issueLines(wrapped ? r.issues.map((i) => ({ ...i, at: `notice.${i.at}` })) : r.issues, errors))
      const seen = dedupe.offer(r.notice)
      if (seen === "conflict") return invalid([{ at: "id", message: say(errorKinds, "conflict", errors) }])
      if (seen === "duplicate") return ok(null)
      // A case's dates that are not dates are refused (rule existing-date), never counted.
      const added = (x: Result.Result<void, { readonly at: string; readonly rule: string }>): Outcome =>
        Result.isFailure(x) ? invalid([{ at: x.failure.at, message: `rule ${x.failure.rule}` }]) : ok(null)
      if (wrapped === undefined || wrapped.events === undefined) return added(acc.tryAdd(r.notice))
      if (!Array.isArray(wrapped.events))
        return invalid([{ at: "events", message: say(errorKinds, "eventsArray", errors) }])
      const visible = wrapped.receivedOn === undefined ? Workflow.tryVisibleOn(r.notice) : undefined
      if (visible !== undefined && Result.isFailure(visible))
        return invalid(limitLines(visible.failure, "notice.decisionDate", errors))
      const received = wrapped.receivedOn ?? visible?.success
      if (typeof received !== "string" || !LocalDate.isLocalDate(received))
        return invalid([{ at: "receivedOn", message: say(errorKinds, "receivedOn", errors) }])
      const c = replay(r.notice, received, wrapped.events, errors)
      if ("issues" in c) return invalid(c.issues)
      return added(acc.tryAdd(r.notice, c))
    })
    const s = acc.result()
    if (context.format === "text") {
      const l = context.language
      const lines = [
        say(words, "total", l, { n: s.total ?? Disclosure.marker }),
        ...s.responses.map((r) =>
          say(words, "response", l, {
            type: Messages.noticeTypes[r.type][l],
            notices: r.notices ?? Disclosure.marker,
            reached: FormatNumber.percent(r.reachedShare, l),
            attended: FormatNumber.percent(r.attendedShare, l),
            assessed: FormatNumber.percent(r.assessedShare, l)
          })
        ),
        say(words, "daysToFirstContact", l, {
          median: s.daysToFirstContact.median ?? "–",
          p90: s.daysToFirstContact.p90 ?? "–"
        }),
        say(words, "daysToAssessment", l, {
          median: s.daysToAssessment.median ?? "–",
          p90: s.daysToAssessment.p90 ?? "–"
        })
      ]
      await context.stdout.write(`${lines.join("\n")}\n`)
    } else await context.stdout.write(`${JSON.stringify(s, null, 2)}\n`)
    return exitCode
  }
}

/** Every `etotu` command. @since 0.1.0 */
export const etotuCommands: ReadonlyArray<Command> = [decode, triage, stats]
