/**
 * The message catalog of `@osallistava/etotu`: every text the package gives a
 * person, in Finnish, Swedish and English, with the project glossary's terms
 * (ilmoitus / anmälan / notice; palvelutarpeen arviointi / bedömning av
 * servicebehovet). `test/messages.test.ts` renders every message and fails on
 * a missing key or an untranslated English text.
 *
 * @since 0.2.0
 */
import { Catalog, type Localized } from "@osallistava/core"
import type { Seen } from "./dedupe.js"
import { descriptions, type NoticeType, names, type ReductionGround, type SocialWorkReason } from "./notice.js"
import type { Queue } from "./triage.js"

type Reason = typeof SocialWorkReason.Type

/** The name of each notice type (`Notice.names`). @since 0.2.0 */
export const noticeTypes: Catalog.Catalog<NoticeType> = names

/** What each notice type means (`Notice.descriptions`). @since 0.2.0 */
export const noticeDescriptions: Catalog.Catalog<NoticeType> = descriptions

/** What the deduplicator found for a delivery ({@link Seen}; a conflict is the same id with other content). @since 0.2.0 */
export const deliveries: Catalog.Catalog<Seen> = Catalog.make({
  new: { fi: "uusi", sv: "ny", en: "new" },
  duplicate: { fi: "kaksoiskappale", sv: "dubblett", en: "duplicate" },
  conflict: { fi: "ristiriita", sv: "konflikt", en: "conflict" }
})

/** Triage queues. @since 0.2.0 */
export const queues: Catalog.Catalog<Queue> = Catalog.make({
  urgent: { fi: "Kiireelliset", sv: "Brådskande", en: "Urgent" },
  applications: { fi: "Siirretyt hakemukset", sv: "Överförda ansökningar", en: "Forwarded applications" },
  socialWork: { fi: "Sosiaalityö", sv: "Socialt arbete", en: "Social work" },
  youth: { fi: "Alle 25-vuotiaat", sv: "Under 25 år", en: "Under 25" },
  immigrant: { fi: "Maahanmuuttajat", sv: "Invandrare", en: "Immigrants" },
  infoLetter: { fi: "Tiedotuskirje", sv: "Informationsbrev", en: "Information letter" },
  otherService: { fi: "Muu palvelu", sv: "Annan tjänst", en: "Other service" }
})

/** Reason categories of social-work-need notices. @since 0.2.0 */
export const socialWorkReasons: Catalog.Catalog<Reason> = Catalog.make({
  lifeManagement: { fi: "Elämänhallinta", sv: "Livskompetens", en: "Life management" },
  livelihood: { fi: "Toimeentulo", sv: "Försörjning", en: "Livelihood" },
  housing: { fi: "Asuminen", sv: "Boende", en: "Housing" },
  health: { fi: "Terveys", sv: "Hälsa", en: "Health" },
  other: { fi: "Muu syy", sv: "Annat skäl", en: "Other" }
})

/** Grounds of a basic-amount reduction (perusosan alentaminen / nedsättning av grunddelen). @since 0.2.0 */
export const reductionGrounds: Catalog.Catalog<ReductionGround> = Catalog.make({
  refusedWorkOrService: {
    fi: "Kieltäytyi työstä tai työllistymistä edistävästä palvelusta",
    sv: "Vägrade ta emot arbete eller en sysselsättningsfrämjande tjänst",
    en: "Refused work or an employment service"
  },
  neglectPreventingOffer: {
    fi: "Laiminlyönnin vuoksi työtä tai palvelua ei voitu tarjota",
    sv: "Försummelse hindrade att arbete eller service erbjöds",
    en: "Neglect prevented an offer of work or a service"
  },
  refusedEducationUnder25: {
    fi: "Alle 25-vuotias keskeytti koulutuksen tai kieltäytyi siitä",
    sv: "Person under 25 år avbröt eller vägrade utbildning",
    en: "A person under 25 quit or refused education"
  },
  refusedActivationOrRehabilitativeWork: {
    fi: "Kieltäytyi aktivointisuunnitelmasta tai kuntouttavasta työtoiminnasta",
    sv: "Vägrade aktiveringsplan eller arbetsverksamhet i rehabiliteringssyfte",
    en: "Refused an activation plan or rehabilitative work activity"
  },
  neglectedIntegrationPlan: {
    fi: "Kotoutumissuunnitelman laiminlyönti",
    sv: "Försummelse av integrationsplanen",
    en: "Integration plan neglected"
  },
  repeatedRefusal: {
    fi: "Menettely jatkui alentamisen jälkeen",
    sv: "Förfarandet fortsatte efter nedsättningen",
    en: "Conduct continued after a reduction"
  },
  primaryBenefitNotApplied: {
    fi: "Ensisijaista etuutta ei haettu",
    sv: "Primär förmån söktes inte",
    en: "Primary benefit not applied for"
  },
  notRegisteredAsFullTimeJobseeker: {
    fi: "Ei ilmoittautunut kokoaikatyötä hakevaksi työnhakijaksi",
    sv: "Inte anmäld som arbetssökande för heltidsarbete",
    en: "Not registered as a full-time jobseeker"
  },
  unemploymentBenefitSanction: {
    fi: "Työttömyysetuuden seuraamus",
    sv: "Påföljd i fråga om arbetslöshetsförmån",
    en: "Unemployment benefit sanction"
  }
})

/**
 * What each deadline of `Workflow.deadlineOf` (and of `@osallistava/model`'s `Deadlines.deadlinesOf`, for the
 * personal discussion and the services) is,
 * without its citation (that is the deadline's `ref`, cited with core's
 * `LegalRef.render`). The English texts are the ones `basis` has always had.
 *
 * @since 0.2.0
 */
export const deadlineNotes = Catalog.make({
  forwardedUrgent: {
    fi: "kiireellinen: päätös samana tai seuraavana arkipäivänä",
    sv: "brådskande: beslut samma eller följande vardag",
    en: "urgent, decision the same or the next working day"
  },
  forwarded: {
    fi: "päätös viimeistään 7. arkipäivänä",
    sv: "beslut senast den sjunde vardagen",
    en: "decision by the 7th working day"
  },
  urgentNeed: {
    fi: "kiireellinen avun tarve arvioitava välittömästi",
    sv: "brådskande hjälpbehov bedöms omedelbart",
    en: "urgent need assessed at once"
  },
  specialGroup: {
    fi: "erityisryhmä: arviointi aloitettava viimeistään 7. arkipäivänä",
    sv: "särskild grupp: bedömningen inleds senast den sjunde vardagen",
    en: "special group, assessment started by the 7th working day"
  },
  immigrantInitial: {
    fi: "alkukartoitus aloitettava 2 kuukauden kuluessa",
    sv: "den inledande kartläggningen inleds inom 2 månader",
    en: "initial assessment started within 2 months"
  },
  personalDiscussion: {
    fi: "henkilökohtainen keskustelu viimeistään 7. arkipäivänä",
    sv: "personligt samtal senast den sjunde vardagen",
    en: "personal discussion by the 7th working day"
  },
  servicesStarted: {
    fi: "päätös pantava täytäntöön 3 kuukauden kuluessa",
    sv: "beslutet verkställs inom 3 månader",
    en: "decision implemented within 3 months"
  },
  policyActivation: {
    fi: "aktivointitoimet ”viipymättä”; kunnan linjaus {days} arkipäivää",
    sv: "aktiveringsåtgärder ”utan dröjsmål”; kommunens riktlinje {days} vardagar",
    en: 'activation measures "without delay"; municipal policy {days} working days'
  },
  policyIntegration936: {
    fi: "hyvinvointialue järjestää 6 §:n palvelut, ei lakisääteistä määräaikaa; kunnan linjaus {days} arkipäivää",
    sv: "välfärdsområdet ordnar tjänsterna enligt 6 §, ingen lagstadgad tidsfrist; kommunens riktlinje {days} vardagar",
    en: "the county arranges the services of § 6, no statutory limit; municipal policy {days} working days"
  },
  policyIntegration681: {
    fi: "monialainen arviointi aloitettava ”viipymättä”; kunnan linjaus {days} arkipäivää",
    sv: "den sektorsövergripande bedömningen inleds ”utan dröjsmål”; kommunens riktlinje {days} vardagar",
    en: 'multisectoral assessment started "without delay"; municipal policy {days} working days'
  },
  policyAssessment: {
    fi: "”viipymättä”; kunnan linjaus {days} arkipäivää",
    sv: "”utan dröjsmål”; kommunens riktlinje {days} vardagar",
    en: '"without delay"; municipal policy {days} working days'
  }
})

/** The reasons triage gives for a notice's queue and position (`Triage.Triaged.reasonTexts`). @since 0.2.0 */
export const triageReasons = Catalog.make({
  urgent: { fi: "kiireellinen", sv: "brådskande", en: "urgent" },
  due: { fi: "määräaika {date} ({basis})", sv: "tidsfrist {date} ({basis})", en: "due {date} ({basis})" },
  otherService: {
    fi: "alle 25-vuotias: toinen palvelu hoitaa (linjaus)",
    sv: "under 25 år: sköts av en annan tjänst (riktlinje)",
    en: "under 25: handled by another service (policy)"
  },
  knownClient: { fi: "asiakas ennestään", sv: "tidigare klient", en: "known client" },
  unknownClient: { fi: "ei ennestään asiakas", sv: "inte tidigare klient", en: "not a known client" },
  overCapacity: {
    fi: "25 vuotta täyttäneitä työttömiä yli kapasiteetin: tiedotuskirje (linjaus)",
    sv: "arbetslösa som fyllt 25 år över kapaciteten: informationsbrev (riktlinje)",
    en: "unemployed 25+ over capacity: information letter (policy)"
  },
  household: {
    fi: "kotitaloudessa vähintään 2 henkeä",
    sv: "hushåll med minst 2 personer",
    en: "household of 2 or more"
  }
})

/** Words of notice listings and batch summaries. @since 0.2.0 */
export const words = Catalog.make({
  notice: { fi: "Ilmoitus", sv: "Anmälan", en: "Notice" },
  notices: { fi: "Ilmoitukset", sv: "Anmälningar", en: "Notices" },
  badRecord: {
    fi: "tietue {record}: virheellinen ({count} virhettä)",
    sv: "post {record}: felaktig ({count} fel)",
    en: "record {record}: invalid ({count} issues)"
  },
  receivedOn: { fi: "saapunut {date}", sv: "inkommen {date}", en: "received {date}" }
})

/** Every catalog of the package, for tests and for vendors' translation tools. @since 0.2.0 */
export const catalogs: Readonly<Record<string, Catalog.Catalog>> = {
  noticeTypes,
  noticeDescriptions,
  deliveries,
  queues,
  socialWorkReasons,
  reductionGrounds,
  deadlineNotes,
  triageReasons,
  words
}

/** One message of {@link words} in one language. @since 0.2.0 */
export const text = (
  key: keyof typeof words,
  language: Localized.Language,
  values: Readonly<Record<string, string | number>> = {}
): string => Catalog.text(words, key, language, values)
