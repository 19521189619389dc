/**
 * The message catalog of `@osallistava/model`: every text the package gives a
 * person, in Finnish, Swedish and English, with the project glossary's terms
 * (asiakassuunnitelma / klientplan / client plan; palvelutarpeen arviointi /
 * bedömning av servicebehovet / service-need assessment; aktivointisuunnitelma
 * / aktiveringsplan / activation plan). The catalogs that live beside their
 * rule (deadline labels, methods, roles, register) are listed in
 * {@link catalogs} too, so `test/messages.test.ts` checks them all for a
 * missing key or an untranslated English text.
 *
 * @since 0.2.0
 */
import { Catalog } from "@osallistava/core"
import { type DeadlineStatus, deadlineLabels } from "./deadlines.js"
import { employmentPowers } from "./employment.js"
import type { FunnelStep } from "./funnel.js"
import { familyNames, methods } from "./methods.js"
import type { Stage } from "./pathway.js"
import { authorityNames, categoryNames, statusNames as obstacleStatusNames } from "./register.js"
import { roleNames } from "./roles.js"

/** Stages of a case on the pathway. @since 0.2.0 */
export const stages: Catalog.Catalog<Stage> = Catalog.make({
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
  "handed-over": {
    fi: "Siirretty toiseen palveluun",
    sv: "Överförd till en annan tjänst",
    en: "Handed over to another service"
  },
  closed: { fi: "Asiakkuus päättynyt", sv: "Klientrelationen avslutad", en: "Case closed" }
})

/** Status of a deadline. @since 0.2.0 */
export const deadlineStatuses: Catalog.Catalog<DeadlineStatus> = Catalog.make({
  met: { fi: "ajallaan", sv: "i tid", en: "met" },
  late: { fi: "myöhässä tehty", sv: "försenad", en: "met late" },
  open: { fi: "avoin", sv: "öppen", en: "open" },
  overdue: { fi: "YLITTYNYT", sv: "ÖVERSKRIDEN", en: "OVERDUE" },
  cancelled: { fi: "rauennut", sv: "förfallen", en: "cancelled" }
})

/** Words of the case text (`Render.renderCase`). @since 0.2.0 */
export const caseWords = Catalog.make({
  case: { fi: "Asiakkuus", sv: "Klientrelation", en: "Case" },
  stage: { fi: "Vaihe", sv: "Skede", en: "Stage" },
  notices: { fi: "Ilmoitukset", sv: "Anmälningar", en: "Notices" },
  attempts: { fi: "Yhteydenottoyrityksiä", sv: "Kontaktförsök", en: "Contact attempts" },
  deadlines: { fi: "Määräajat", sv: "Tidsfrister", en: "Deadlines" },
  due: { fi: "viimeistään", sv: "senast", en: "due" },
  done: { fi: "tehty", sv: "gjort", en: "done" },
  law: { fi: "laki", sv: "lag", en: "law" },
  policy: { fi: "linjaus", sv: "riktlinje", en: "policy" },
  agreed: { fi: "sovittu", sv: "överenskommet", en: "agreed" },
  /** TTL 1412/1997 18 b §. @since 0.4.0 */
  informationToKela: { fi: "Tiedot Kelalle", sv: "Uppgifter till FPA", en: "Information to Kela" },
  /** TTL 1412/1997 15 §. @since 0.4.0 */
  statementsToKela: { fi: "Lausunnot Kelalle", sv: "Utlåtanden till FPA", en: "Statements to Kela" }
})

/**
 * What each of the model's own deadlines is, without its citation (the
 * deadline's `ref`, cited with core's `LegalRef.render`); the English texts are
 * the ones `basis` has always had. The first step's and the personal
 * discussion's notes come from etotu's `Messages.deadlineNotes`.
 *
 * @since 0.2.0
 */
export const deadlineNotes = Catalog.make({
  assessmentCompletion: {
    fi: "”ilman aiheetonta viivytystä”; kunnan linjaus {months} kuukautta",
    sv: "”utan obefogat dröjsmål”; kommunens riktlinje {months} månader",
    en: '"without undue delay"; municipal policy {months} months'
  },
  clientPlan: {
    fi: "ei lakisääteistä määräaikaa; kunnan linjaus {months} kk",
    sv: "ingen lagstadgad tidsfrist; kommunens riktlinje {months} mån.",
    en: "no statutory limit; municipal policy {months} month(s)"
  },
  activationPlan: {
    fi: "”viipymättä”; kunnan linjaus {days} päivää",
    sv: "”utan dröjsmål”; kommunens riktlinje {days} dagar",
    en: '"without delay"; municipal policy {days} days'
  },
  planReview: {
    fi: "asiakassuunnitelmassa sovittu arviointipäivä",
    sv: "den uppföljningsdag som avtalats i klientplanen",
    en: "review date agreed in the client plan"
  }
})

/** Steps of the funnel from notice to evaluation (`Funnel.funnelSteps`). @since 0.2.0 */
export const funnelSteps: Catalog.Catalog<FunnelStep> = Catalog.make({
  notified: { fi: "ilmoitus saatu", sv: "anmälan mottagen", en: "notified" },
  reached: { fi: "tavoitettu", sv: "nådd", en: "reached" },
  assessed: { fi: "palvelutarve arvioitu", sv: "servicebehovet bedömt", en: "assessed" },
  planned: { fi: "asiakassuunnitelma tehty", sv: "klientplan upprättad", en: "plan made" },
  "avain-start": { fi: "AVAIN-alkukartoitus", sv: "AVAIN-startkartläggning", en: "AVAIN start" },
  evaluated: { fi: "suunnitelma arvioitu", sv: "planen utvärderad", en: "evaluated" },
  "avain-evaluation": { fi: "AVAIN-arviointi", sv: "AVAIN-utvärdering", en: "AVAIN evaluation" }
})

/**
 * The activation-plan duty of Act 189/2001 § 3 (`Employment.activationPlanRules`):
 * whether a plan is required, and the age group and months that decide it.
 *
 * @since 0.2.0
 */
export const activation = Catalog.make({
  required: { fi: "aktivointisuunnitelma on tehtävä", sv: "aktiveringsplan ska göras", en: "activation plan required" },
  notRequired: {
    fi: "ei velvollisuutta aktivointisuunnitelmaan",
    sv: "ingen skyldighet att göra aktiveringsplan",
    en: "no activation duty"
  },
  under25: {
    fi: "alle 25-vuotias, työttömyyden vuoksi toimeentulotuella 4 kuukautta",
    sv: "under 25 år, utkomststöd på grund av arbetslöshet i 4 månader",
    en: "under 25, 4 months"
  },
  under25Fewer: {
    fi: "alle 25-vuotias, työttömyyden vuoksi toimeentulotuella alle 4 kuukautta",
    sv: "under 25 år, utkomststöd på grund av arbetslöshet i mindre än 4 månader",
    en: "under 25, fewer than 4 months"
  },
  over25: {
    fi: "25 vuotta täyttänyt, työttömyyden vuoksi toimeentulotuella 12 kuukautta",
    sv: "fyllt 25 år, utkomststöd på grund av arbetslöshet i 12 månader",
    en: "25 or over, 12 months"
  },
  over25Fewer: {
    fi: "25 vuotta täyttänyt, työttömyyden vuoksi toimeentulotuella alle 12 kuukautta",
    sv: "fyllt 25 år, utkomststöd på grund av arbetslöshet i mindre än 12 månader",
    en: "25 or over, fewer than 12 months"
  }
})

/** Words of the Kaplan–Meier summary and chart of spells of social assistance. @since 0.2.0 */
export const survival = Catalog.make({
  spells: {
    fi: "jaksoja {n}, päättyneitä {ended}, mediaani {median} kk",
    sv: "perioder {n}, avslutade {ended}, median {median} mån.",
    en: "spells {n}, ended {ended}, median {median} months"
  },
  atMonth: {
    fi: "S({t}) {s} (95 %:n luottamusväli {low}–{high})",
    sv: "S({t}) {s} (95 % konfidensintervall {low}–{high})",
    en: "S({t}) {s} (95% CI {low}–{high})"
  },
  logRank: {
    fi: "log-rank-testi: khiin neliö {chi}, p {p}",
    sv: "log rank-test: chi två {chi}, p {p}",
    en: "log-rank chi-square {chi}, p {p}"
  },
  chartTitle: { fi: "Kaplan–Meier (synteettinen)", sv: "Kaplan–Meier (syntetiskt)", en: "Kaplan–Meier (synthetic)" },
  chartX: { fi: "kuukautta", sv: "månader", en: "months" },
  chartY: { fi: "yhä tuella", sv: "fortfarande med stöd", en: "still receiving" }
})

/**
 * Every catalog of the package (a function, so that the modules whose labels
 * it lists may themselves use this catalog), including those kept beside their rule
 * (deadline labels, method families and methods, roles, the register's
 * categories, authorities and statuses, employment instruments), for tests
 * and for vendors' translation tools.
 *
 * @since 0.2.0
 */
export const catalogs = (): Readonly<Record<string, Catalog.Catalog>> => ({
  stages,
  deadlineStatuses,
  caseWords,
  funnelSteps,
  activation,
  survival,
  deadlineNotes,
  deadlines: deadlineLabels,
  methodFamilies: familyNames,
  methodNames: Object.fromEntries(methods.map((m) => [m.code, m.name])),
  methodDescriptions: Object.fromEntries(methods.map((m) => [m.code, m.description])),
  roles: roleNames,
  obstacleCategories: categoryNames,
  authorities: authorityNames,
  obstacleStatuses: obstacleStatusNames,
  employmentInstruments: Object.fromEntries(employmentPowers.map((p) => [p.instrument, p.name]))
})
