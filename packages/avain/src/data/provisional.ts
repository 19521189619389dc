/**
 * The provisional AVAIN catalog set `provisional-2026.1`, built from what
 * public sources attest (docs/avain/reference.md § 4) plus inferred entries.
 *
 * EVERY entry is `provisional: true`: THL's official code lists of the
 * working-age client plan (Kanta code service, "THL - …" classifications
 * under OID arc 1.2.246.537.6) could not be read, so even attested
 * categories carry codes of our own. Entries seen in a THL source name that
 * source in `source`; entries without `source` are inferred and must be
 * checked against the official list. Swedish labels are our translations.
 *
 * @since 0.1.0
 */
import type { Catalog, CatalogEntry, CatalogId, CatalogSet, Label, Source } from "../catalog.js"

/** THL 2018 interim report of the participatory social security experiment (seed 003), Kuvio 3–5, N=148. */
const S3: Source = {
  title: "THL 2018: Osallistavan sosiaaliturvan kokeilu, väliraportti, AVAIN-mittari Kuvio 3–5 (N=148) — seed 003",
  url: "https://thl.fi/tutkimus-ja-kehittaminen/tutkimukset-ja-hankkeet/avain-mittari"
}
/** Koponen & Kivipelto, THL 5.12.2019 slides: goals "vähintään melko hyvin", toimeentulo separate. */
const S8: Source = {
  title: "Koponen & Kivipelto: Osallistavan sosiaaliturvan kuntakokeilun arviointi, THL 5.12.2019",
  url: "http://www.slideshare.net/THLfi/osallistavan-sosiaaliturvan-kuntakokeilun-arviointi"
}
/** THL FinSoc 2013 project presentation: goal intents improve / keep / not a goal. */
const S6: Source = {
  title: "THL FinSoc, Project presentation 2013 (AVAIN 2013 form)",
  url: "https://www.slideshare.net/slideshow/project-presentation-2013/21988770"
}
/** Kivipelto & Blomgren, Seinäjoki test: financial support vs supportive social-work methods. */
const S4: Source = {
  title: "Kivipelto & Blomgren: AVAIN-mittarin soveltuvuus toimeentulotuen vaikuttavuuden arvioinnissa (Janus)",
  url: "https://docplayer.fi/amp/14187956-avain-mittarin-soveltuvuus-toimeentulotuen-vaikuttavuuden-arvioinnissa-mittarin-testaus-seinajoen-sosiaalivirastossa.html"
}
const INFERRED: Source = { title: "osallistava provisional catalog (inferred, verify against THL's code list)" }

const l = (fi: string, sv: string, en: string): Label => ({ fi, sv, en })
const e = (
  code: string,
  label: Label,
  extra: Omit<CatalogEntry, "code" | "label" | "provisional"> = {}
): CatalogEntry => ({
  code,
  label,
  provisional: true,
  ...extra
})

const catalog = (id: CatalogId, title: Label, source: Source, entries: ReadonlyArray<CatalogEntry>): Catalog => ({
  id,
  version: "provisional-2026.1",
  title,
  source,
  entries
})

/** Tavoitealueet. Attested: S3 (2018 main goals), S8 (toimeentulo separate from taloudenhallinta). */
const goalAreas = catalog("goal-area", l("Tavoitealueet", "Målområden", "Goal areas"), S3, [
  e("financial-management", l("Taloudenhallinta", "Hantering av ekonomin", "Managing one's finances"), { source: S3 }),
  e("subsistence", l("Toimeentulo", "Utkomst", "Subsistence"), { source: S8 }),
  e("work-ability", l("Työkyvyn ylläpitäminen", "Upprätthållande av arbetsförmågan", "Maintaining work ability"), {
    source: S3
  }),
  e(
    "mental-health",
    l("Mielenterveyden ylläpitäminen", "Upprätthållande av den psykiska hälsan", "Maintaining mental health"),
    { source: S3 }
  ),
  e("employment", l("Työllistyminen", "Sysselsättning", "Employment"), { source: S3 }),
  e("housing", l("Asuminen", "Boende", "Housing")),
  e("education", l("Koulutus ja opiskelu", "Utbildning och studier", "Education and studies")),
  e("physical-health", l("Fyysinen terveys", "Fysisk hälsa", "Physical health")),
  e("substance-use", l("Päihteiden käytön vähentäminen", "Minskat missbruk", "Reducing substance use")),
  e("relationships", l("Sosiaaliset suhteet", "Sociala relationer", "Social relationships")),
  e("everyday-life", l("Arjen hallinta", "Hantering av vardagen", "Managing everyday life")),
  e("participation", l("Osallisuus ja toimijuus", "Delaktighet och aktörskap", "Participation and agency")),
  e("other", l("Muu", "Annat", "Other"))
])

/** Tavoitteen suunta, 2013 form (S6). */
const goalIntents = catalog("goal-intent", l("Tavoitteen suunta", "Målets riktning", "Goal intent"), S6, [
  e("improve", l("Tilanteen parantaminen", "Förbättra situationen", "Improve the situation"), { source: S6 }),
  e("maintain", l("Tilanteen säilyttäminen ennallaan", "Bevara situationen", "Keep the situation unchanged"), {
    source: S6
  }),
  e("not-a-goal", l("Ei tavoitteena", "Inte ett mål", "Not a goal"), { source: S6 })
])

/**
 * Tavoitteen toteutuminen. Only "melko hyvin" is attested (S8: share of goals
 * achieved "vähintään melko hyvin"); the five-level wording is a guess
 * (docs/avain/reference.md § 5). Order is by `rank`, never by position.
 */
const attainmentLevels = catalog(
  "attainment-level",
  l("Tavoitteen toteutuminen", "Måluppfyllelse", "Goal attainment"),
  S8,
  [
    e("very-well", l("Erittäin hyvin", "Mycket väl", "Very well"), { rank: 5 }),
    e("fairly-well", l("Melko hyvin", "Ganska väl", "Fairly well"), { rank: 4, source: S8 }),
    e("neither", l("Ei hyvin eikä huonosti", "Varken väl eller dåligt", "Neither well nor poorly"), { rank: 3 }),
    e("fairly-poorly", l("Melko huonosti", "Ganska dåligt", "Fairly poorly"), { rank: 2 }),
    e("very-poorly", l("Erittäin huonosti", "Mycket dåligt", "Very poorly"), { rank: 1 })
  ]
)

/** Tilannetekijät. Attested most common supporting and hindering factors: S3 Kuvio 4. */
const factors = catalog("factor", l("Tilannetekijät", "Situationsfaktorer", "Situational factors"), S3, [
  e("own-motivation", l("Oma motivaatio", "Egen motivation", "Own motivation"), { source: S3 }),
  e(
    "close-relationships",
    l("Suhteet läheisten kanssa", "Relationer till närstående", "Relationships with close ones"),
    {
      source: S3
    }
  ),
  e("education", l("Koulutus", "Utbildning", "Education"), { source: S3 }),
  e("service-supply", l("Palvelutarjonta", "Serviceutbud", "Service supply"), { source: S3 }),
  e("mental-health", l("Psyykkinen terveys", "Psykisk hälsa", "Mental health"), { source: S3 }),
  e("physical-health", l("Fyysinen terveys", "Fysisk hälsa", "Physical health"), { source: S3 }),
  e("financial-management", l("Talouden hallinta", "Hantering av ekonomin", "Financial management"), { source: S3 }),
  e(
    "work-experience",
    l("Aiemmat kokemukset työelämästä", "Tidigare erfarenheter av arbetslivet", "Previous experiences of working life"),
    { source: S3 }
  ),
  e("housing-situation", l("Asumistilanne", "Boendesituation", "Housing situation")),
  e("substances", l("Päihteet", "Rusmedel", "Substances")),
  e("social-network", l("Sosiaalinen verkosto", "Socialt nätverk", "Social network")),
  e("skills", l("Osaaminen", "Kunnande", "Skills")),
  e("age", l("Ikä", "Ålder", "Age")),
  e("language-skills", l("Kielitaito", "Språkkunskaper", "Language skills")),
  e("neighbourhood", l("Asuinalue", "Bostadsområde", "Neighbourhood")),
  e("benefits-bureaucracy", l("Etuudet ja byrokratia", "Förmåner och byråkrati", "Benefits and bureaucracy"))
])

/**
 * Menetelmäperheet: the three families of the participatory model (S3, seed
 * 003 Kuvio 7) and the financial vs supportive split of the Seinäjoki test (S4).
 */
const methodFamilies = catalog("method-family", l("Menetelmäperheet", "Metodfamiljer", "Method families"), S3, [
  e(
    "intensified-individual-work",
    l("Tehostettu yksilötyö", "Intensifierat individuellt arbete", "Intensified individual work"),
    { dimension: "participatory-model", source: S3 }
  ),
  e("community-and-area-work", l("Yhdyskunta- ja aluetyö", "Samhälls- och områdesarbete", "Community and area work"), {
    dimension: "participatory-model",
    source: S3
  }),
  e(
    "structural-work-and-networks",
    l("Rakenteellinen työ ja verkostot", "Strukturellt arbete och nätverk", "Structural work and networks"),
    { dimension: "participatory-model", source: S3 }
  ),
  e("financial", l("Taloudellinen tuki", "Ekonomiskt stöd", "Financial support"), {
    dimension: "support-kind",
    source: S4
  }),
  e("supportive", l("Tukea antavat menetelmät", "Stödjande metoder", "Supportive methods"), {
    dimension: "support-kind",
    source: S4
  })
])

const IW = "intensified-individual-work"
const CA = "community-and-area-work"
const SN = "structural-work-and-networks"

/** Sosiaalityön menetelmät. Attested in 2018 AVAIN records: S3 Kuvio 5; participatory methods: S3 Kuvio 7. */
const methods = catalog("method", l("Sosiaalityön menetelmät", "Metoder i socialt arbete", "Social work methods"), S3, [
  e(
    "supporting-participation",
    l(
      "Asiakkaan oman osallisuuden tukeminen",
      "Stöd för klientens egen delaktighet",
      "Supporting the client's own participation"
    ),
    { families: ["supportive", IW], source: S3 }
  ),
  e("money-matters-support", l("Tuki talousasioissa", "Stöd i ekonomiska frågor", "Support with money matters"), {
    families: ["supportive"],
    source: S3
  }),
  e(
    "work-and-education-search",
    l(
      "Tuki työhön ja koulutukseen haussa",
      "Stöd vid sökande av arbete och utbildning",
      "Support in applying for work and education"
    ),
    { families: ["supportive"], source: S3 }
  ),
  e("discussion", l("Keskustelu asiakkaan kanssa", "Samtal med klienten", "Discussion with the client"), {
    families: ["supportive", IW],
    source: S3
  }),
  e(
    "financial-situation-review",
    l("Taloustilanteen selvittäminen", "Utredning av den ekonomiska situationen", "Clarifying the financial situation"),
    { families: ["supportive"], source: S3 }
  ),
  e(
    "referral",
    l(
      "Ohjaaminen koulutukseen tai muihin toimenpiteisiin",
      "Hänvisning till utbildning eller andra åtgärder",
      "Referral to education or other measures"
    ),
    { families: ["supportive"], source: S3 }
  ),
  e(
    "supplementary-preventive-assistance",
    l(
      "Täydentävä tai ehkäisevä toimeentulotuki",
      "Kompletterande eller förebyggande utkomststöd",
      "Supplementary or preventive social assistance"
    ),
    { families: ["financial"], source: S3 }
  ),
  e("named-worker", l("Omatyöntekijä", "Egen kontaktperson", "Named worker"), {
    families: ["supportive", IW],
    source: S3
  }),
  e("support-person", l("Tukihenkilö", "Stödperson", "Support person"), { families: ["supportive", IW], source: S3 }),
  e("supported-housing", l("Tuettu asuminen", "Stödboende", "Supported housing"), {
    families: ["supportive", IW],
    source: S3
  }),
  e("psychosocial-support", l("Psykososiaalinen tuki", "Psykosocialt stöd", "Psychosocial support"), {
    families: ["supportive", IW],
    source: S3
  }),
  e("social-rehabilitation", l("Sosiaalinen kuntoutus", "Social rehabilitering", "Social rehabilitation"), {
    families: ["supportive", IW],
    source: S3
  }),
  e("resident-drop-in-room", l("Asukastupa", "Invånarstuga", "Resident drop-in room"), {
    families: ["supportive", CA],
    source: S3
  }),
  e("client-panel", l("Asiakasraati", "Klientråd", "Client panel"), { families: ["supportive", CA], source: S3 }),
  e("meeting-place", l("Kohtaamispaikka", "Mötesplats", "Meeting place"), { families: ["supportive", CA], source: S3 }),
  e(
    "activity-based-social-work",
    l("Toiminnallinen sosiaalityö", "Funktionellt socialt arbete", "Activity-based social work"),
    { families: ["supportive", CA], source: S3 }
  ),
  e("group-social-work", l("Ryhmämuotoinen sosiaalityö", "Socialt grupparbete", "Group social work"), {
    families: ["supportive", CA],
    source: S3
  }),
  e("expert-by-experience", l("Kokemusasiantuntijuus", "Erfarenhetsexpertis", "Experts by experience"), {
    families: ["supportive", SN],
    source: S3
  }),
  e(
    "structural-influence",
    l("Rakenteisiin vaikuttaminen", "Påverkan på strukturer", "Direct influence on structures"),
    { families: ["supportive", SN], source: S3 }
  ),
  e(
    "network-cooperation",
    l(
      "Yhteistyö viranomaisten ja verkostojen kanssa",
      "Samarbete med myndigheter och nätverk",
      "Cooperation with other authorities and networks"
    ),
    { families: ["supportive", SN], source: S3 }
  ),
  e("other", l("Muu menetelmä", "Annan metod", "Other method"), { families: [] })
])

/** Palvelut: nothing attested beyond "services the client uses" (S1); all inferred. */
const services = catalog("service", l("Palvelut", "Tjänster", "Services"), INFERRED, [
  e("social-work", l("Sosiaalityö", "Socialt arbete", "Social work")),
  e("social-guidance", l("Sosiaaliohjaus", "Socialhandledning", "Social guidance")),
  e("social-rehabilitation", l("Sosiaalinen kuntoutus", "Social rehabilitering", "Social rehabilitation")),
  e("home-help", l("Kotipalvelu", "Hemservice", "Home help")),
  e("housing-services", l("Asumispalvelut", "Boendeservice", "Housing services")),
  e("substance-abuse-services", l("Päihdepalvelut", "Missbrukartjänster", "Substance abuse services")),
  e("mental-health-services", l("Mielenterveyspalvelut", "Mentalvårdstjänster", "Mental health services")),
  e(
    "rehabilitative-work-activity",
    l("Kuntouttava työtoiminta", "Arbetsverksamhet i rehabiliteringssyfte", "Rehabilitative work activity")
  ),
  e("employment-services", l("Työllisyyspalvelut", "Sysselsättningstjänster", "Employment services")),
  e("kela-benefits", l("Kelan etuudet", "FPA:s förmåner", "Kela benefits")),
  e("health-care", l("Terveydenhuolto", "Hälso- och sjukvård", "Health care")),
  e("ngo-services", l("Järjestöjen palvelut", "Organisationers tjänster", "NGO services")),
  e("other", l("Muu palvelu", "Annan tjänst", "Other service"))
])

/** Menetelmien ja palvelujen arviointi: the scale is not known (docs/avain/reference.md § 5); inferred. */
const assessmentLevels = catalog(
  "assessment-level",
  l("Menetelmän tai palvelun arviointi", "Bedömning av metod eller tjänst", "Assessment of a method or service"),
  INFERRED,
  [
    e("helped-much", l("Auttoi paljon", "Hjälpte mycket", "Helped a lot"), { rank: 3 }),
    e("helped-some", l("Auttoi jonkin verran", "Hjälpte något", "Helped somewhat"), { rank: 2 }),
    e("did-not-help", l("Ei auttanut", "Hjälpte inte", "Did not help"), { rank: 1 })
  ]
)

/**
 * The provisional catalog set, valid from 2011-01-01 (start of THL's AVAIN
 * project, S5/S6) with no end date, so that the 2018–2019 experiment's
 * records validate too. Replace with THL's official lists when available.
 *
 * @since 0.1.0
 */
export const provisionalCatalogSet: CatalogSet = {
  version: "provisional-2026.1",
  validFrom: "2011-01-01",
  source: {
    title:
      "osallistava: provisional AVAIN catalogs from docs/avain/reference.md § 4 (THL's official lists not reachable)"
  },
  attainmentThreshold: "fairly-well",
  catalogs: {
    "goal-area": goalAreas,
    "goal-intent": goalIntents,
    "attainment-level": attainmentLevels,
    factor: factors,
    method: methods,
    "method-family": methodFamilies,
    service: services,
    "assessment-level": assessmentLevels
  }
}
