/**
 * `osallistava model pathway`: replays client cases from their event logs
 * (`@osallistava/model`) and prints each case's state and deadlines.
 *
 * Events stream from a file or stdin (NDJSON, or a JSON array); each event is
 * decoded and applied to its case as it arrives. Memory grows with the number
 * of cases (one state each), not with the number of events.
 *
 * @since 0.1.0
 */
import { errorLines, LocalDate } from "@osallistava/core"
import { Caseload, Deadlines, decodeEvent, Events, Messages, Pathway, Render } from "@osallistava/model"
import * as Result from "effect/Result"
import { inputOptions } from "../app.js"
import { invalid, type Outcome, ok } from "../batch.js"
import { type Command, refuse, UsageError } from "../command.js"
import type { Output } from "../io/output.js"
import { errorKinds, errorLanguage, issueLines, limitLines, model, text, usageError } from "../messages.js"
import { runRecords } from "../records.js"

const discard: Output = { write: async () => {} }

interface CaseEntry {
  state: Pathway.CaseState | undefined
  error: Pathway.TransitionError | undefined
  events: number
}

/** `model pathway` @since 0.1.0 */
export const pathway: Command = {
  path: ["model", "pathway"],
  summary: "Replay client cases from their events; print state and deadlines",
  usage:
    "osallistava model pathway [<file>|-] [--today YYYY-MM-DD] [--policy-days N] [--caseload] [--format text] [--lang fi|sv|en]",
  description: [
    // The events from model's one list (Events.eventTags), in the union's order.
    `Reads pathway events (${Events.eventTags.join(", ")}), each with caseId and date \`on\`.`,
    "Replays each case's log in order: the same notice twice changes nothing; an event the case's stage does not allow is reported on stderr with its record number and rule, and later events of that case are skipped.",
    "Prints one result per case: stage, state and deadlines (SHL 1301/2014 § 36, § 39; TTL 1412/1997 § 14 a–14 d; Act 189/2001 § 5) as of --today (default: today in Helsinki), with status met/late/open/overdue/cancelled.",
    "--caseload orders the cases by their next deadline, overdue first. Exit 2 if any record was bad."
  ].join("\n"),
  examples: [
    "osallistava model pathway case.ndjson --today 2027-01-05 --format text --lang en",
    "osallistava model pathway events.json --caseload --quiet"
  ],
  options: {
    ...inputOptions,
    today: { type: "string", description: "Date the deadlines are judged on (default: today in Helsinki)" },
    "policy-days": {
      type: "string",
      description: 'Working days for an assessment start "without delay" (default 7)'
    },
    caseload: { type: "boolean", description: "Order cases by next deadline (a worker's caseload view)" }
  },
  run: async (context) => {
    const todayOpt = context.options["today"]
    if (todayOpt !== undefined && (typeof todayOpt !== "string" || !LocalDate.isLocalDate(todayOpt)))
      return refuse(context, new UsageError(usageError("date", errorLanguage(context), { option: "--today" })))
    const today = (todayOpt as string | undefined) ?? LocalDate.unsafeTodayInHelsinki()
    const daysOpt = context.options["policy-days"]
    if (daysOpt !== undefined && (typeof daysOpt !== "string" || !/^\d{1,3}$/.test(daysOpt)))
      return refuse(
        context,
        new UsageError(usageError("wholeNumber", errorLanguage(context), { option: "--policy-days" }))
      )
    const policy: Deadlines.DeadlinePolicy = {
      ...Deadlines.defaultPolicy,
      ...(daysOpt === undefined ? {} : { assessmentStartWorkingDays: Number(daysOpt) })
    }
    const cases = new Map<string, CaseEntry>()
    const errors = errorLanguage(context)
    const { exitCode } = await runRecords({ ...context, stdout: discard }, (value): Outcome => {
      const decoded = decodeEvent(value)
      if (Result.isFailure(decoded)) return invalid(issueLines(errorLines(decoded.failure), errors))
      const ev = decoded.success
      const entry = cases.get(ev.caseId) ?? { state: undefined, error: undefined, events: 0 }
      cases.set(ev.caseId, entry)
      if (entry.error !== undefined) return invalid([{ at: "caseId", message: text(errorKinds, "skipped", errors) }])
      const next =
        entry.state === undefined ? Pathway.open(ev, entry.events) : Pathway.apply(entry.state, ev, entry.events)
      entry.events++
      if (next instanceof Pathway.TransitionError) {
        entry.error = next
        return invalid(
          issueLines([{ at: next.event, message: `${next.detail} (rule ${next.rule}, stage ${next.stage})` }], errors)
        )
      }
      entry.state = next
      return ok(null)
    })
    const states = [...cases.values()].flatMap((c) => (c.state === undefined ? [] : [c.state]))
    // A case whose dates the calendar cannot place (outside 1900–2100, a limit not yet in force) has no deadlines:
    // refused with the field and the rule, never the case's id or dates.
    const unplaced = (e: Deadlines.DeadlinesError) =>
      refuse(
        context,
        new UsageError(
          limitLines(e, "deadlines", errors)
            .map((l) => `${l.at}: ${l.message}`)
            .join("; ")
        )
      )
    const deadlinesByCase = new Map<string, ReadonlyArray<Deadlines.Deadline>>()
    for (const [caseId, c] of cases) {
      if (c.state === undefined) continue
      const r = Deadlines.tryDeadlinesOf(c.state, today, policy)
      if (Result.isFailure(r)) return unplaced(r.failure)
      deadlinesByCase.set(caseId, r.success)
    }
    const rows = context.options["caseload"] === true ? Caseload.tryCaseload(states, today, policy) : undefined
    if (rows !== undefined && Result.isFailure(rows)) return unplaced(rows.failure)
    const order = rows === undefined ? [...cases.keys()] : rows.success.map((r) => r.caseId)
    for (const caseId of order) {
      const entry = cases.get(caseId) as CaseEntry
      const s = entry.state
      const deadlines = deadlinesByCase.get(caseId) ?? []
      if (context.format === "text") {
        const body = s === undefined ? `${caseId}: —` : Render.renderCase(s, deadlines, context.language)
        const e = entry.error
        const l = context.language
        const err =
          e === undefined
            ? ""
            : l === "en"
              ? `\n  ! ${e.message}`
              : `\n  ! ${text(model, "refused", l, {
                  n: e.index + 1,
                  stage: e.stage === "(none)" ? text(model, "noStage", l) : Messages.stages[e.stage][l],
                  rule: e.rule
                })}`
        await context.stdout.write(`${body}${err}\n`)
      } else {
        const next = Deadlines.nextDeadline(deadlines)
        await context.stdout.write(
          `${JSON.stringify({
            caseId,
            today,
            stage: s?.stage ?? null,
            next: next ?? null,
            overdue: deadlines.filter((d) => d.status === "overdue").map((d) => d.id),
            deadlines,
            state: s ?? null,
            error:
              entry.error === undefined
                ? null
                : {
                    index: entry.error.index,
                    event: entry.error.event,
                    rule: entry.error.rule,
                    detail: entry.error.detail
                  }
          })}\n`
        )
      }
    }
    return exitCode
  }
}

/** @since 0.1.0 */
export const modelCommands: ReadonlyArray<Command> = [pathway]
