/**
 * Human-readable text of a case's state and deadlines in fi, sv or en, from
 * the package's message catalog (`messages.ts`), with dates as the language
 * writes them (`1.3.2026` in fi and sv) and each deadline's provision in the
 * language's citation style (core's `LegalRef.render`: "sosiaalihuoltolaki
 * 1301/2014 36 § 2 mom.", "socialvårdslagen 1301/2014 36 § 2 mom."). Never prints a henkilötunnus or a
 * name (the state holds neither).
 *
 * @since 0.1.0
 */
import { FormatDate, LegalRef, type Localized } from "@osallistava/core"
import { Messages as EtotuMessages } from "@osallistava/etotu"
import type { Deadline, DeadlineStatus } from "./deadlines.js"
import { caseWords, deadlineStatuses, stages } from "./messages.js"
import type { CaseState, Stage } from "./pathway.js"

/** @since 0.1.0 */
export const stageNames: Readonly<Record<Stage, Localized.Localized>> = stages

/** @since 0.1.0 */
export const statusNames: Readonly<Record<DeadlineStatus, Localized.Localized>> = deadlineStatuses

const w = caseWords

/**
 * The case as text.
 *
 * @since 0.1.0
 */
export const renderCase = (s: CaseState, deadlines: ReadonlyArray<Deadline>, lang: Localized.Language): string => {
  const t = (x: Localized.Localized) => x[lang]
  const date = (d: string) => FormatDate.date(d, lang)
  // The provision in the language's citation style and what the limit is; `basis` (English) only for a
  // deadline made elsewhere without them.
  const basis = (d: Deadline) =>
    d.ref !== undefined && d.note !== undefined ? `${LegalRef.render(d.ref, lang)}: ${t(d.note)}` : d.basis
  const lines = [
    `${t(w.case)} ${s.caseId}: ${t(stageNames[s.stage])}`,
    `  ${t(w.notices)}: ${s.notices.map((n) => `${t(EtotuMessages.noticeTypes[n.type])} (${date(n.receivedOn)})`).join(", ")}`,
    `  ${t(w.attempts)}: ${s.contactAttempts}`,
    // The service's name is the worker's free text: the case text shows only that and when the client was handed over
    // (under the stage's own label, one text in the catalog).
    ...(s.handedOver === undefined ? [] : [`  ${t(stageNames["handed-over"])}: ${date(s.handedOver.on)}`]),
    ...(s.informationToKela === undefined
      ? []
      : [`  ${t(w.informationToKela)}: ${s.informationToKela.map(date).join(", ")}`]),
    ...(s.statementsToKela === undefined
      ? []
      : [`  ${t(w.statementsToKela)}: ${s.statementsToKela.map(date).join(", ")}`]),
    `  ${t(w.deadlines)}:`
  ]
  for (const d of deadlines)
    lines.push(
      `    ${date(d.due)}  ${t(d.label)} [${t(statusNames[d.status])}]${d.metOn ? ` ${t(w.done)} ${date(d.metOn)}` : ""} — ${basis(d)} (${t(w[d.kind])})`
    )
  return lines.join("\n")
}
