/**
 * The participatory methods of the model, in the three families the
 * experiment's municipalities reported (THL, "Osallistavan sosiaaliturvan
 * kokeilu", interim report 2018, figure "Kuntien käynnistämiä osallistavia
 * toimia"; seed 003), plus the experiment's additions (Raisio's public-health
 * nurse and housing adviser inside adult social work; seed 000, Raisio board
 * minutes § 82, 3.6.2020).
 *
 * `avainMethod` maps a method to the code of `@osallistava/avain`'s method
 * catalog where one exists, so a client plan's methods can be written to the
 * AVAIN start record.
 *
 * @since 0.1.0
 */
import type { Localized } from "@osallistava/core"

/** Method family (menetelmäperhe). @since 0.1.0 */
export type MethodFamily = "intensified-individual-work" | "community-and-area-work" | "structural-work-and-networks"

/** @since 0.1.0 */
export const methodFamilies: ReadonlyArray<MethodFamily> = [
  "intensified-individual-work",
  "community-and-area-work",
  "structural-work-and-networks"
]

/** Names of the families (docs/glossary.md). @since 0.1.0 */
export const familyNames: Readonly<Record<MethodFamily, Localized.Localized>> = {
  "intensified-individual-work": {
    fi: "Tehostettu yksilötyö",
    sv: "Intensifierat individuellt arbete",
    en: "Intensified individual work"
  },
  "community-and-area-work": {
    fi: "Yhdyskunta- ja aluetyö",
    sv: "Samhälls- och områdesarbete",
    en: "Community and area work"
  },
  "structural-work-and-networks": {
    fi: "Rakenteellinen työ ja verkostot",
    sv: "Strukturellt arbete och nätverk",
    en: "Structural work and networks"
  }
}

/** One participatory method. @since 0.1.0 */
export interface Method {
  readonly code: string
  readonly family: MethodFamily
  readonly name: Localized.Localized
  readonly description: Localized.Localized
  /** Code in `@osallistava/avain`'s (provisional) method catalog, when one matches. */
  readonly avainMethod?: string
  /** `seed` (listed in THL's 2018 figure) or `experiment-addition` (Raisio's additions). */
  readonly origin: "seed" | "experiment-addition"
}

const m = (
  code: string,
  family: MethodFamily,
  name: [string, string, string],
  description: [string, string, string],
  avainMethod?: string,
  origin: Method["origin"] = "seed"
): Method => ({
  code,
  family,
  name: { fi: name[0], sv: name[1], en: name[2] },
  description: { fi: description[0], sv: description[1], en: description[2] },
  ...(avainMethod === undefined ? {} : { avainMethod }),
  origin
})

const IW: MethodFamily = "intensified-individual-work"
const CA: MethodFamily = "community-and-area-work"
const SN: MethodFamily = "structural-work-and-networks"

/**
 * The catalog, in the order of THL's 2018 figure. Swedish names follow the
 * glossary where it has the term; the others are the project's translations
 * (provisional, not checked against an official Swedish source).
 *
 * @since 0.1.0
 */
export const methods: ReadonlyArray<Method> = [
  m(
    "time-for-client",
    IW,
    ["Ajan antaminen asiakkaalle", "Tid för klienten", "Time for the client"],
    [
      "Riittävästi aikaa tapaamisille ja asioiden selvittämiselle asiakkaan tahdissa.",
      "Tillräckligt med tid för möten och utredning i klientens takt.",
      "Enough time for meetings and for sorting things out at the client's pace."
    ],
    "discussion"
  ),
  m(
    "named-worker",
    IW,
    ["Omatyöntekijä", "Egen kontaktperson", "Named worker"],
    [
      "Nimetty työntekijä, joka vastaa asiakkuudesta (sosiaalihuoltolaki 1301/2014 42 §).",
      "En namngiven anställd som ansvarar för klientrelationen (socialvårdslagen 1301/2014 42 §).",
      "A named worker responsible for the client relationship (Social Welfare Act 1301/2014 § 42)."
    ],
    "named-worker"
  ),
  m(
    "motivating-and-holding",
    IW,
    [
      "Motivointi, tuki, asioiden selvittäminen, kannattelu",
      "Motivering, stöd, utredning, bärande",
      "Motivating, support, sorting out, holding"
    ],
    [
      "Motivoiva työote ja asiakkaan kannattelu vaikeissa tilanteissa.",
      "Motiverande arbetssätt och att bära klienten i svåra situationer.",
      "A motivating approach and holding the client through difficult situations."
    ],
    "discussion"
  ),
  m(
    "support-person",
    IW,
    ["Tukihenkilöt", "Stödpersoner", "Support persons"],
    [
      "Tukihenkilö tai vertainen asiakkaan rinnalla.",
      "En stödperson eller kamrat vid klientens sida.",
      "A support person or peer alongside the client."
    ],
    "support-person"
  ),
  m(
    "supported-housing",
    IW,
    ["Tuettu asuminen", "Stödboende", "Supported housing"],
    [
      "Asumisen tuki asunnon säilyttämiseksi.",
      "Boendestöd för att behålla bostaden.",
      "Housing support to keep a home."
    ],
    "supported-housing"
  ),
  m(
    "psychosocial-support-and-health-checks",
    IW,
    [
      "Psykososiaalinen tuki, terveystarkastukset, terveydenhuollon palvelujen käyttö",
      "Psykosocialt stöd, hälsokontroller, användning av hälso- och sjukvård",
      "Psychosocial support, health checks, use of health services"
    ],
    [
      "Psykososiaalinen tuki ja ohjaus terveystarkastuksiin ja terveyspalveluihin.",
      "Psykosocialt stöd och hänvisning till hälsokontroller och hälsotjänster.",
      "Psychosocial support and guidance to health checks and health services."
    ],
    "psychosocial-support"
  ),
  m(
    "social-rehabilitation",
    IW,
    ["Sosiaalinen kuntoutus", "Social rehabilitering", "Social rehabilitation"],
    [
      "Sosiaalinen kuntoutus (sosiaalihuoltolaki 1301/2014 17 §), myös ryhmissä.",
      "Social rehabilitering (socialvårdslagen 1301/2014 17 §), även i grupp.",
      "Social rehabilitation (Social Welfare Act 1301/2014 § 17), also in groups."
    ],
    "social-rehabilitation"
  ),
  m(
    "resident-drop-in-room",
    CA,
    ["Asukastupatoiminta", "Invånarstugor", "Resident drop-in rooms"],
    [
      "Asukastupa, jossa alueen asukkaita tavataan matalalla kynnyksellä.",
      "En invånarstuga där områdets invånare möts med låg tröskel.",
      "A drop-in room where residents of an area are met with a low threshold."
    ],
    "resident-drop-in-room"
  ),
  m(
    "client-panel",
    CA,
    ["Asiakasraadit", "Klientråd", "Client panels"],
    [
      "Asiakkaiden raati palvelujen kehittämiseen.",
      "Ett klientråd för utveckling av tjänsterna.",
      "A panel of clients that helps develop the services."
    ],
    "client-panel"
  ),
  m(
    "meeting-place",
    CA,
    ["Kohtaamispaikat", "Mötesplatser", "Meeting places"],
    [
      "Matalan kynnyksen kohtaamispaikka ja asiointipiste (esim. Raision Olkkari).",
      "En mötesplats och servicepunkt med låg tröskel (t.ex. Olkkari i Reso).",
      "A low-threshold meeting place and service point (e.g. Olkkari in Raisio)."
    ],
    "meeting-place"
  ),
  m(
    "activity-based-social-work",
    CA,
    ["Toiminnallinen sosiaalityö", "Aktivitetsbaserat socialt arbete", "Activity-based social work"],
    [
      "Sosiaalityö toiminnan kautta: tapahtumat, retket, viljelypalsta.",
      "Socialt arbete genom aktiviteter: evenemang, utflykter, odlingslott.",
      "Social work through activities: events, outings, an allotment garden."
    ],
    "group-social-work"
  ),
  m(
    "group-social-work",
    CA,
    ["Ryhmissä tapahtuva sosiaalityö", "Socialt arbete i grupp", "Group social work"],
    [
      "Tavoitteelliset ryhmät ja vertaisryhmät.",
      "Målinriktade grupper och kamratgrupper.",
      "Goal-oriented groups and peer groups."
    ],
    "group-social-work"
  ),
  m(
    "neighbourhood-safety",
    CA,
    [
      "Asuinalueiden turvallisuuden ja viihtyvyyden parantaminen",
      "Förbättring av bostadsområdens trygghet och trivsel",
      "Improving the safety and pleasantness of neighbourhoods"
    ],
    [
      "Aluetyö asuinalueen turvallisuuden ja viihtyvyyden puolesta.",
      "Områdesarbete för bostadsområdets trygghet och trivsel.",
      "Area work for the safety and pleasantness of a neighbourhood."
    ]
  ),
  m(
    "raising-awareness",
    SN,
    ["Asiakkaiden tietoisuuden lisääminen", "Ökad medvetenhet hos klienterna", "Raising clients' awareness"],
    [
      "Tieto oikeuksista, etuuksista ja palveluista asiakkaille.",
      "Information till klienterna om rättigheter, förmåner och tjänster.",
      "Information for clients on rights, benefits and services."
    ]
  ),
  m(
    "expert-by-experience",
    SN,
    ["Kokemusasiantuntijatoiminta", "Erfarenhetsexpertverksamhet", "Experts by experience"],
    [
      "Kokemusasiantuntijat palvelujen kehittämisessä.",
      "Erfarenhetsexperter i utvecklingen av tjänsterna.",
      "Experts by experience in developing the services."
    ],
    "expert-by-experience"
  ),
  m(
    "influencing-structures",
    SN,
    ["Suora vaikuttaminen rakenteisiin", "Direkt påverkan på strukturer", "Influencing structures directly"],
    [
      "Havaittujen esteiden vieminen päättäjille ja viranomaisille.",
      "Att föra iakttagna hinder till beslutsfattare och myndigheter.",
      "Taking the obstacles observed to decision makers and authorities."
    ]
  ),
  m(
    "welfare-planning",
    SN,
    ["Hyvinvointisuunnittelu", "Välfärdsplanering", "Welfare planning"],
    [
      "Sosiaalityön tieto kunnan hyvinvointisuunnitelmaan ja -kertomukseen.",
      "Socialt arbetes kunskap i kommunens välfärdsplan och välfärdsberättelse.",
      "Social work's knowledge in the municipality's welfare plan and report."
    ]
  ),
  m(
    "expertise-in-decisions",
    SN,
    [
      "Sosiaalityön asiantuntemus päätöksenteossa",
      "Socialt arbetes sakkunskap i beslutsfattandet",
      "Social-work expertise in decision making"
    ],
    [
      "Sosiaalityön asiantuntemus esim. asuntotoimeen ja kaavoitukseen.",
      "Socialt arbetes sakkunskap t.ex. i bostadsväsendet och planläggningen.",
      "Social-work expertise e.g. in housing and land-use planning."
    ]
  ),
  m(
    "reporting-grievances",
    SN,
    ["Epäkohdista tiedottaminen", "Information om missförhållanden", "Reporting grievances"],
    [
      "Palvelujärjestelmän puutteista ja epäkohdista kertominen (sosiaalinen raportointi).",
      "Att rapportera brister och missförhållanden i servicesystemet (social rapportering).",
      "Reporting gaps and grievances in the service system (social reporting)."
    ]
  ),
  m(
    "cooperation-with-authorities",
    SN,
    [
      "Yhteistoiminta muiden viranomaisten ja verkostojen kanssa",
      "Samverkan med andra myndigheter och nätverk",
      "Cooperation with other authorities and networks"
    ],
    [
      "Yhteistyö Kelan, työllisyyspalvelujen, terveydenhuollon ja järjestöjen kanssa.",
      "Samarbete med FPA, sysselsättningstjänsterna, hälso- och sjukvården och organisationer.",
      "Cooperation with Kela, employment services, health care and NGOs."
    ]
  ),
  m(
    "profile-of-social-work",
    SN,
    ["Sosiaalityön imagon nostaminen", "Att lyfta det sociala arbetets profil", "Raising the profile of social work"],
    [
      "Sosiaalityön näkyväksi tekeminen muille toimijoille.",
      "Att göra det sociala arbetet synligt för andra aktörer.",
      "Making social work visible to other actors."
    ]
  ),
  m(
    "public-health-nurse",
    IW,
    [
      "Terveydenhoitaja aikuissosiaalityössä",
      "Hälsovårdare i vuxensocialarbetet",
      "Public-health nurse in adult social work"
    ],
    [
      "Terveydenhoitaja osana aikuissosiaalityötä: terveysneuvonta ja linkki terveydenhuoltoon (Raisio 2018–2019).",
      "En hälsovårdare i vuxensocialarbetet: hälsorådgivning och länk till hälso- och sjukvården (Reso 2018–2019).",
      "A public-health nurse inside adult social work: health advice and a link to health care (Raisio 2018–2019)."
    ],
    "psychosocial-support",
    "experiment-addition"
  ),
  m(
    "housing-adviser",
    IW,
    [
      "Asumisneuvoja aikuissosiaalityössä",
      "Boenderådgivare i vuxensocialarbetet",
      "Housing adviser in adult social work"
    ],
    [
      "Asumisneuvoja ehkäisee vuokrarästejä ja asumisen häiriöitä yhdessä vuokranantajien kanssa (Raisio 2018–2019).",
      "En boenderådgivare förebygger hyresskulder och störningar i boendet tillsammans med hyresvärdar (Reso 2018–2019).",
      "A housing adviser prevents rent arrears and housing disturbances together with landlords (Raisio 2018–2019)."
    ],
    "supported-housing",
    "experiment-addition"
  )
]

const byCode: ReadonlyMap<string, Method> = new Map(methods.map((x) => [x.code, x]))

/** The method with `code`, or `undefined`. @since 0.1.0 */
export const methodByCode = (code: string): Method | undefined => byCode.get(code)

/** Methods of one family, in catalog order. @since 0.1.0 */
export const methodsOf = (family: MethodFamily): ReadonlyArray<Method> => methods.filter((x) => x.family === family)
