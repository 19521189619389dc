/**
 * The message catalog of `@osallistava/avain`: every text the package gives a
 * person, in Finnish, Swedish and English, with THL's and the project
 * glossary's terms (tavoitteiden toteutuminen / måluppfyllelse / goal
 * attainment). The code labels of the catalog set (goal areas, factors,
 * methods, services, levels) are data with their source and are checked with
 * these by `test/messages.test.ts`, which fails on a missing key or an
 * untranslated English text.
 *
 * @since 0.2.0
 */
import type { Label } from "./catalog.js"

const t = (fi: string, sv: string, en: string): Label => ({ fi, sv, en })

/** Words of the text report and the charts (`formatReportText`, `reportCharts`). @since 0.2.0 */
export const reportWords = {
  title: t("AVAIN-kohorttiraportti", "AVAIN-kohortrapport", "AVAIN cohort report"),
  started: t("Aloitettuja suunnitelmia", "Påbörjade planer", "Plans started"),
  evaluated: t("Arvioituja suunnitelmia", "Utvärderade planer", "Plans evaluated"),
  goalAreas: t("Tavoitteet, % asiakkaista", "Mål, % av klienterna", "Goals, % of clients"),
  supporting: t(
    "Tavoitteita tukevat tekijät, % asiakkaista",
    "Faktorer som stöder målen, % av klienterna",
    "Factors supporting the goals, % of clients"
  ),
  hindering: t(
    "Tavoitteita vaikeuttavat tekijät, % asiakkaista",
    "Faktorer som försvårar målen, % av klienterna",
    "Factors hindering the goals, % of clients"
  ),
  methods: t(
    "Suunnitellut menetelmät, % asiakkaista",
    "Planerade metoder, % av klienterna",
    "Methods planned, % of clients"
  ),
  methodsUsed: t(
    "Käytetyt menetelmät, % arvioiduista",
    "Använda metoder, % av de utvärderade",
    "Methods used, % of evaluated plans"
  ),
  services: t("Palvelut, % asiakkaista", "Tjänster, % av klienterna", "Services, % of clients"),
  attainment: t(
    "Tavoitteet toteutuneet vähintään tasolla",
    "Målen uppfyllda minst på nivån",
    "Goals attained at least at level"
  ),
  all: t("Kaikki tavoitteet", "Alla mål", "All goals"),
  notEvaluated: t("ei arvioitu", "ej bedömda", "not evaluated"),
  clientMean: t("Asiakaskohtainen keskiarvo", "Medelvärde per klient", "Mean per client"),
  comparison: t(
    "Toteutuminen menetelmän kanssa ja ilman (kuvaileva, ei vaikutusarvio)",
    "Måluppfyllelse med och utan metod (beskrivande, inte en effektskattning)",
    "Attainment with and without a method (descriptive, not an effect estimate)"
  ),
  with: t("kanssa", "med", "with"),
  without: t("ilman", "utan", "without"),
  attrition: t("Ei arviointia (keskeytyneet)", "Ingen utvärdering (avbrutna)", "Not evaluated (attrition)"),
  category: t("Luokka", "Kategori", "Category"),
  ci: t("95 %:n luottamusväli", "95 % konfidensintervall", "95 % confidence interval")
}

/** The short cohort summary (`formatSummaryText`). @since 0.2.0 */
export const summary = {
  population: t(
    "aloitettuja suunnitelmia {started}, arvioituja {evaluated}",
    "påbörjade planer {started}, utvärderade {evaluated}",
    "started {started}, evaluated {evaluated}"
  ),
  validationIssues: t("tarkistusvirheitä {n}", "valideringsfel {n}", "validation issues {n}"),
  attained: t(
    'tavoitteet toteutuneet vähintään tasolla "{level}": {ratio} ({share}, 95 %:n luottamusväli {ci}), ei arvioitu {notEvaluated}',
    'målen uppfyllda minst på nivån "{level}": {ratio} ({share}, 95 % konfidensintervall {ci}), ej bedömda {notEvaluated}',
    'goals attained at least "{level}": {ratio} ({share}, 95% CI {ci}), not evaluated {notEvaluated}'
  ),
  attrition: t(
    "ei arviointia (aloitettu, ei arvioitu): {ratio}",
    "ingen utvärdering (påbörjad, ej utvärderad): {ratio}",
    "attrition (started, not evaluated): {ratio}"
  )
}

/** Every catalog of the package's own texts, for tests and translation tools. @since 0.2.0 */
export const catalogs = (): Readonly<Record<string, Readonly<Record<string, Label>>>> => ({
  reportWords,
  summary
})
