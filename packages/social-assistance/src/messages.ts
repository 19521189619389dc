/**
 * The texts `Explain.render` prints for a person outside the rule templates, in fi, sv and en (core's `Catalog`; the
 * tests run `Catalog.check` over every catalog, so a missing language or an untranslated English text fails a test):
 * the headings of the calculation, the notes (flags) a decision carries, and the earned-income disregard wording.
 *
 * @since 0.4.0
 */
import { Catalog } from "@osallistava/core"
import type { FlagId } from "./rules/trace.js"

/** The headings of a rendered calculation. @since 0.4.0 */
export const headings = Catalog.make({
  title: {
    fi: "Perustoimeentulotuen laskelma",
    sv: "Beräkning av grundläggande utkomststöd",
    en: "Calculation of basic social assistance"
  },
  law: {
    fi: "Laki toimeentulotuesta 1412/1997",
    sv: "Lag om utkomststöd 1412/1997",
    en: "Act on Social Assistance 1412/1997"
  },
  flags: { fi: "Huomautukset", sv: "Anmärkningar", en: "Notes" }
})

/**
 * The note for each flag a decision may carry (provisional parameters, missing procedural steps).
 *
 * @since 0.4.0
 */
export const flags: Catalog.Catalog<FlagId> = Catalog.make<FlagId>({
  housingLimit2026Provisional: {
    fi: "Vuoden 2026 asumismenojen kuntakohtaisten enimmäismäärien asetustekstiä ei löytynyt; määrät ovat Tilastokeskuksen SISU-mallin taulukosta ja alustavia.",
    sv: "Förordningstexten med de kommunvisa maximibeloppen för boendeutgifter för 2026 hittades inte; beloppen kommer från Statistikcentralens SISU-modell och är preliminära.",
    en: "The decree text of the 2026 municipal housing-cost limits was not found; the limits are Statistics Finland's SISU model table and provisional."
  },
  // Never raised any more: every annex resolves its municipalities (a merged one to its successor's row). Kept so that
  // a stored decision with this flag still renders.
  housingLimitPreviousAnnexFallback: {
    fi: "Kunta puuttuu asetuksen liitteestä tälle vuodelle; edellisen vuoden liitteen raja on sovellettu alustavasti.",
    sv: "Kommunen saknas i förordningens bilaga för detta år; gränsen i föregående års bilaga har tillämpats preliminärt.",
    en: "The municipality is missing from this year's decree annex; the previous annex's limit has been applied provisionally."
  },
  housingDirectionRequired: {
    fi: "Asumismenot ylittävät kunnan enimmäismäärän (ennen 1.4.2024 Kelan asumisnormin): hakijalle on annettava ohjaus ja määräaika edullisemman asunnon hankkimiseen (7 a §, ennen vuotta 2023 7 b §).",
    sv: "Boendeutgifterna överstiger kommunens maximibelopp (före 1.4.2024 FPA:s boendenorm): sökanden ska ges hänvisning och tidsfrist för att skaffa en billigare bostad (7 a §, före 2023 7 b §).",
    en: "Housing costs exceed the municipal limit (before 1 April 2024 Kela's housing norm): the applicant must be directed, with a deadline, to find a cheaper home (s. 7 a, before 2023 s. 7 b)."
  },
  kelaHousingNormProvisional: {
    fi: "Ennen 1.4.2024 tarpeellisen suuruiset asumismenot on arvioitu Kelan kuntakohtaisella asumisnormilla, joka tunnetaan vain Tilastokeskuksen SISU-mallin (2022–3/2024) tai lehtitiedon (Helsinki 2017) kautta; Kelan soveltamiskäytäntö on SISU-mallin kuvaama (vuosina 2022–2023 5 %:n jousto ja lapsiperheiden poikkeus). Alustava.",
    sv: "Före 1.4.2024 har boendeutgifter till nödvändigt belopp bedömts med FPA:s kommunvisa boendenorm, som är känd endast via Statistikcentralens SISU-modell (2022–3/2024) eller pressuppgifter (Helsingfors 2017); FPA:s praxis är den som SISU-modellen beskriver (åren 2022–2023 5 % flexibilitet och undantag för barnfamiljer). Preliminärt.",
    en: "Before 1 April 2024 the necessary amount of housing costs is measured by Kela's municipal housing norm, known only through Statistics Finland's SISU model (2022 to 3/2024) or the press (Helsinki 2017); Kela's practice is as SISU describes it (in 2022–2023 a 5 % tolerance and families with children exempt). Provisional."
  },
  housingNormUnknown: {
    fi: "Kelan asumisnormia ei ole julkisesti saatavilla tälle kuukaudelle ja kunnalle (ennen 1.4.2024): asumismenot on hyväksytty ilmoitetun suuruisina ilman vertailua normiin. Alustava.",
    sv: "FPA:s boendenorm finns inte offentligt tillgänglig för denna månad och kommun (före 1.4.2024): boendeutgifterna har godkänts till uppgivet belopp utan jämförelse med normen. Preliminärt.",
    en: "No public Kela housing norm exists for this month and municipality (before 1 April 2024): the claimed housing costs are accepted without comparison with a norm. Provisional."
  },
  earnedIncomeDisregardProvisional: {
    fi: "Ansiotulovähennyksen sovellustapa tälle ajalle (20 %, enintään 150 €, tai 18 vuotta täyttäneiden poisto 1.3.2026) on alustava.",
    sv: "Tillämpningen av förvärvsinkomstavdraget för denna tid (20 %, högst 150 €, eller slopandet för personer som fyllt 18 år 1.3.2026) är preliminär.",
    en: "How the earned-income disregard applies in this period (20 %, at most €150, or its abolition for persons 18+ on 1 March 2026) is provisional."
  },
  reductionRegimeProvisional: {
    fi: "Lain 26/2026 alentamisperusteet on kuvattu Kelan ja STM:n tiedotteiden mukaan; lain tekstiä ei ole tarkistettu.",
    sv: "Grunderna för sänkning av grunddelen enligt lag 26/2026 bygger på FPA:s och SHM:s meddelanden; lagtexten har inte kontrollerats.",
    en: "The reduction grounds of law 26/2026 follow Kela and STM releases; the statute text was not checked."
  },
  movingAllowanceDateProvisional: {
    fi: "Muuttorahan määrät 120/180 € ovat Kelan ohjeesta; voimaantulopäivä on alustava.",
    sv: "Flyttningspenningens belopp 120/180 € kommer från FPA:s anvisning; ikraftträdandedagen är preliminär.",
    en: "The moving allowance amounts of €120/€180 come from Kela guidance; their start date is provisional."
  },
  healthCare2026Provisional: {
    fi: "Laki 26/2026 rajaa 1.2.2026 alkaen muina perusmenoina huomioitavat terveydenhuoltomenot välttämättömiin; uutta sanamuotoa ei ole tarkistettu, joten terveydenhuolto- ja lääkemenot on hyväksytty aiemman säännön mukaan, ja tämä on alustavaa.",
    sv: "Lag 26/2026 begränsar från 1.2.2026 de hälso- och sjukvårdsutgifter som beaktas som övriga grundutgifter till nödvändiga; den nya lydelsen har inte kontrollerats, så hälso- och sjukvårds- och läkemedelsutgifterna har godkänts enligt den tidigare regeln, och detta är preliminärt.",
    en: "From 1 February 2026 law 26/2026 restricts the health-care costs accepted as other basic expenses to necessary ones; the new wording was not checked, so health-care and medicine costs are accepted under the earlier rule, which is provisional."
  },
  basicAmountProvisional: {
    fi: "Perusosan määrä on alustava.",
    sv: "Grunddelens belopp är preliminärt.",
    en: "The basic amount is provisional."
  },
  provisionalLaw: {
    fi: "Kuukauden lakia ei ole vielä vahvistettu: laskelma on tehty viimeisten tunnettujen arvojen mukaan ja on alustava.",
    sv: "Månadens lag har ännu inte fastställts: beräkningen har gjorts med de senast kända värdena och är preliminär.",
    en: "The law of the month is not confirmed yet: the calculation uses the last known values and is provisional."
  },
  minorAssistanceDisregardProvisional: {
    fi: "Vähäisten avustusten huomiotta jättämisen euromäärät ja päättymispäivä (28.2.2026) perustuvat Kelan ohjeeseen ja päättelyyn; alustava.",
    sv: "Beloppen och slutdagen (28.2.2026) för att lämna ringa understöd obeaktade bygger på FPA:s anvisning och slutledning; preliminärt.",
    en: "The minor-assistance disregard amounts and end date (28 Feb 2026) rest on Kela guidance and inference; provisional."
  }
})

/**
 * The earned-income disregard (11 § 3 mom.): with the general wording, or, under law 26/2026 for an adult, only on an
 * informal or family carer's fee (`carersFee` in the step's inputs). Placeholders: `{who}` the person's pseudonymous
 * id, `{total}` the earned income, `{disregard}` the amount disregarded, `{counted}` the amount counted.
 *
 * @since 0.4.0
 */
export const earnedIncome = Catalog.make({
  disregard: {
    fi: "Ansiotuloista ({who}) {total} jätetään huomioon ottamatta {disregard} (ansiotulovähennys); tulona huomioidaan {counted}.",
    sv: "Av förvärvsinkomsterna ({who}) {total} lämnas {disregard} obeaktat (förvärvsinkomstavdrag); som inkomst beaktas {counted}.",
    en: "Of the earned income ({who}) of {total}, {disregard} is disregarded (earned-income disregard); {counted} is counted."
  },
  carersFeeDisregard: {
    fi: "Ansiotuloista ({who}) {total} jätetään huomioon ottamatta {disregard} (ansiotulovähennys omaishoidon tai perhehoidon hoitopalkkiosta); tulona huomioidaan {counted}.",
    sv: "Av förvärvsinkomsterna ({who}) {total} lämnas {disregard} obeaktat (förvärvsinkomstavdrag av arvode för närståendevård eller familjevård); som inkomst beaktas {counted}.",
    en: "Of the earned income ({who}) of {total}, {disregard} is disregarded (earned-income disregard on an informal or family carer's fee); {counted} is counted."
  }
})

/** Every catalog of the package's calculation text, for the tests. @since 0.4.0 */
export const catalogs = { headings, flags, earnedIncome } as const
