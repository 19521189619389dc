/**
 * Human-readable text of a case's state and deadlines in fi, sv or en. Never
 * prints a henkilötunnus or a name (the state holds neither).
 *
 * @since 0.1.0
 */
import type { Localized } from "@osallistava/core"
import type { Deadline, DeadlineStatus } from "./deadlines.js"
import type { CaseState, Stage } from "./pathway.js"

/** @since 0.1.0 */
export const stageNames: Readonly<Record<Stage, Localized.Localized>> = {
  received: { fi: "Ilmoitus vastaanotettu", sv: "Anmälan mottagen", en: "Notice received" },
  contacting: { fi: "Yhteydenottoa yritetään", sv: "Kontakt försöks", en: "Contacting" },
  unreachable: {
    fi: "Ei tavoitettu, tietoa lähetetty",
    sv: "Inte nådd, information skickad",
    en: "Unreachable, information sent"
  },
  reached: { fi: "Tavoitettu", sv: "Nådd", en: "Reached" },
  "appointment-booked": { fi: "Aika varattu", sv: "Tid bokad", en: "Appointment booked" },
  assessing: {
    fi: "Palvelutarpeen arviointi käynnissä",
    sv: "Bedömning av servicebehovet pågår",
    en: "Service-need assessment in progress"
  },
  assessed: { fi: "Palvelutarve arvioitu", sv: "Servicebehovet bedömt", en: "Service need assessed" },
  planned: { fi: "Asiakassuunnitelma tehty", sv: "Klientplan upprättad", en: "Client plan made" },
  active: { fi: "Toiminnot käynnissä", sv: "Aktiviteter pågår", en: "Activities under way" },
  evaluated: { fi: "Suunnitelma arvioitu", sv: "Planen utvärderad", en: "Plan evaluated" },
  closed: { fi: "Asiakkuus päättynyt", sv: "Klientrelationen avslutad", en: "Case closed" }
}

/** @since 0.1.0 */
export const statusNames: Readonly<Record<DeadlineStatus, Localized.Localized>> = {
  met: { fi: "ajallaan", sv: "i tid", en: "met" },
  late: { fi: "myöhässä tehty", sv: "försenad", en: "met late" },
  open: { fi: "avoin", sv: "öppen", en: "open" },
  overdue: { fi: "YLITTYNYT", sv: "ÖVERSKRIDEN", en: "OVERDUE" },
  cancelled: { fi: "rauennut", sv: "förfallen", en: "cancelled" }
}

const w = {
  case: { fi: "Asiakkuus", sv: "Klientrelation", en: "Case" },
  stage: { fi: "Vaihe", sv: "Skede", en: "Stage" },
  notices: { fi: "Ilmoitukset", sv: "Anmälningar", en: "Notices" },
  attempts: { fi: "Yhteydenottoyrityksiä", sv: "Kontaktförsök", en: "Contact attempts" },
  deadlines: { fi: "Määräajat", sv: "Tidsfrister", en: "Deadlines" },
  due: { fi: "viimeistään", sv: "senast", en: "due" },
  done: { fi: "tehty", sv: "gjort", en: "done" },
  law: { fi: "laki", sv: "lag", en: "law" },
  policy: { fi: "linjaus", sv: "riktlinje", en: "policy" },
  agreed: { fi: "sovittu", sv: "överenskommet", en: "agreed" }
} as const

/**
 * The case as text.
 *
 * @since 0.1.0
 */
export const renderCase = (s: CaseState, deadlines: ReadonlyArray<Deadline>, lang: Localized.Language): string => {
  const t = (x: Localized.Localized) => x[lang]
  const lines = [
    `${t(w.case)} ${s.caseId}: ${t(stageNames[s.stage])}`,
    `  ${t(w.notices)}: ${s.notices.map((n) => `${n.type} (${n.receivedOn})`).join(", ")}`,
    `  ${t(w.attempts)}: ${s.contactAttempts}`,
    `  ${t(w.deadlines)}:`
  ]
  for (const d of deadlines)
    lines.push(
      `    ${d.due}  ${t(d.label)} [${t(statusNames[d.status])}]${d.metOn ? ` ${t(w.done)} ${d.metOn}` : ""} — ${d.basis} (${t(w[d.kind])})`
    )
  return lines.join("\n")
}
