/**
 * Every text the supplementary and preventive decisions print for a person, in fi, sv and en (core's `Catalog`;
 * the tests run `Catalog.check` over it, so an untranslated English text fails a test).
 *
 * @since 0.3.0
 */
import { Catalog } from "@osallistava/core"

/** Category labels. @since 0.3.0 */
export const categoryLabels = Catalog.make({
  householdGoods: {
    fi: "välttämättömät kodin hankinnat",
    sv: "nödvändiga anskaffningar till hemmet",
    en: "essential household goods"
  },
  childrenHobbies: { fi: "lasten harrastusmenot", sv: "barns fritidsutgifter", en: "children's hobby costs" },
  specialDiet: { fi: "erityisruokavalion kustannukset", sv: "kostnader för specialkost", en: "special diet costs" },
  funeralCosts: { fi: "hautauskulut", sv: "begravningskostnader", en: "funeral costs" },
  funeralCoffin: { fi: "hautauskulut: arkku", sv: "begravningskostnader: kista", en: "funeral costs: coffin" },
  funeralUrn: { fi: "hautauskulut: uurna", sv: "begravningskostnader: urna", en: "funeral costs: urn" },
  studyCosts: { fi: "opiskelun kustannukset", sv: "studiekostnader", en: "study costs" },
  rentDeposit: { fi: "vuokravakuus", sv: "hyresgaranti", en: "rent deposit" },
  movingCosts: { fi: "muuttokustannukset", sv: "flyttkostnader", en: "moving costs" },
  housingCostsAboveLimit: {
    fi: "enimmäismäärän ylittävät asumismenot",
    sv: "boendeutgifter över maximibeloppet",
    en: "housing costs above the limit"
  },
  glasses: { fi: "silmälasit", sv: "glasögon", en: "glasses" },
  dentalCare: { fi: "hammashoito", sv: "tandvård", en: "dental care" },
  medicines: { fi: "lääkkeet", sv: "läkemedel", en: "medicines" },
  childContactCosts: {
    fi: "lapsen tapaamisen kustannukset",
    sv: "kostnader för umgänge med barn",
    en: "child contact costs"
  },
  guardianFees: { fi: "edunvalvojan palkkio", sv: "intressebevakarens arvode", en: "guardian's fees" },
  rentArrears: { fi: "vuokrarästit", sv: "hyresskulder", en: "rent arrears" },
  otherSpecialNeed: { fi: "muu erityinen tarve", sv: "annat särskilt behov", en: "other special need" }
})

/** Condition labels. @since 0.3.0 */
export const conditionLabels = Catalog.make({
  receiptOrEstimate: {
    fi: "lasku, kuitti tai kustannusarvio",
    sv: "faktura, kvitto eller kostnadsförslag",
    en: "invoice, receipt or estimate"
  },
  necessaryAndReasonable: {
    fi: "välttämätön ja kohtuullinen",
    sv: "nödvändig och skälig",
    en: "necessary and reasonable"
  },
  longTermClient: {
    fi: "pitkäaikainen toimeentulotuen saaja",
    sv: "långvarig mottagare av utkomststöd",
    en: "long-term recipient"
  },
  noOtherMeans: { fi: "ei muita keinoja", sv: "inga andra medel", en: "no other means" },
  notCoveredByBasicAmount: {
    fi: "ei sisälly perusosaan",
    sv: "ingår inte i grunddelen",
    en: "not covered by the basic amount"
  },
  doctorStatement: { fi: "lääkärin lausunto", sv: "läkarutlåtande", en: "doctor's statement" },
  estateWithoutMeans: { fi: "kuolinpesä on varaton", sv: "dödsboet saknar medel", en: "the estate has no means" },
  familySizeDependent: {
    fi: "määrä perheen koon mukaan",
    sv: "belopp enligt familjens storlek",
    en: "amount by family size"
  }
})

/** The social worker's reasons for an amount (codes, so that no free text reaches a trace or an error). @since 0.3.0 */
export const reasonLabels = Catalog.make({
  guidelineGivesNoAmount: {
    fi: "ohje ei määrää euromäärää; hyväksytty tarpeellinen määrä",
    sv: "anvisningen anger inget belopp; nödvändigt belopp godkänt",
    en: "the guideline gives no amount; the necessary amount is accepted"
  },
  actualNecessaryCost: {
    fi: "todellinen välttämätön kustannus selvitetty",
    sv: "den faktiska nödvändiga kostnaden utredd",
    en: "the actual necessary cost is established"
  },
  specialCircumstances: {
    fi: "hakijan erityiset olosuhteet",
    sv: "sökandens särskilda omständigheter",
    en: "the applicant's special circumstances"
  },
  childsBestInterest: { fi: "lapsen etu", sv: "barnets bästa", en: "the child's best interest" },
  longOrSeriousIllness: {
    fi: "pitkäaikainen tai vaikea sairaus",
    sv: "långvarig eller svår sjukdom",
    en: "long-term or serious illness"
  },
  longTermAssistance: {
    fi: "pitkäaikainen toimeentulotuen saaminen",
    sv: "långvarigt mottagande av utkomststöd",
    en: "long-term receipt of social assistance"
  },
  cheaperAlternative: {
    fi: "edullisempi vaihtoehto on käytettävissä",
    sv: "ett billigare alternativ finns",
    en: "a cheaper alternative is available"
  },
  notNecessary: { fi: "meno ei ole välttämätön", sv: "utgiften är inte nödvändig", en: "the expense is not necessary" },
  coveredElsewhere: {
    fi: "meno korvataan muualta",
    sv: "utgiften ersätts på annat håll",
    en: "the expense is compensated elsewhere"
  },
  preventsEviction: { fi: "häädön estäminen", sv: "förhindrande av vräkning", en: "preventing eviction" },
  suddenDeterioration: {
    fi: "taloudellisen tilanteen äkillinen heikentyminen",
    sv: "plötslig försämring av den ekonomiska situationen",
    en: "sudden deterioration of finances"
  },
  supportsActivation: {
    fi: "aktivointia tukeva toimenpide",
    sv: "åtgärd som stöder aktivering",
    en: "a measure supporting activation"
  }
})

/** Kinds of income and assets the county counts that were not in Kela's calculation. @since 0.3.0 */
export const otherKindLabels = Catalog.make({
  taxRefund: { fi: "veronpalautus", sv: "skatteåterbäring", en: "tax refund" },
  inheritance: { fi: "perintö", sv: "arv", en: "inheritance" },
  insuranceCompensation: { fi: "vakuutuskorvaus", sv: "försäkringsersättning", en: "insurance compensation" },
  benefitArrears: { fi: "takautuva etuus", sv: "retroaktiv förmån", en: "benefit paid in arrears" },
  savings: { fi: "säästöt", sv: "besparingar", en: "savings" },
  otherIncome: { fi: "muu tulo", sv: "annan inkomst", en: "other income" },
  otherAsset: { fi: "muu varallisuus", sv: "andra tillgångar", en: "other assets" }
})

/** Purposes of preventive assistance (1412/1997 8 § 1 mom., 1 § 2 mom.). @since 0.3.0 */
export const purposeLabels = Catalog.make({
  activation: {
    fi: "tuen saajan aktivointia tukevat toimenpiteet",
    sv: "åtgärder som stöder stödtagarens aktivering",
    en: "measures supporting the recipient's activation"
  },
  securingHousing: { fi: "asumisen turvaaminen", sv: "tryggande av boendet", en: "securing housing" },
  overIndebtedness: {
    fi: "ylivelkaantumisesta aiheutuvien vaikeuksien lieventäminen",
    sv: "lindring av svårigheter som beror på överskuldsättning",
    en: "easing difficulties caused by over-indebtedness"
  },
  suddenDeterioration: {
    fi: "taloudellisen tilanteen äkillisestä heikentymisestä aiheutuvien vaikeuksien lieventäminen",
    sv: "lindring av svårigheter som beror på en plötslig försämring av den ekonomiska situationen",
    en: "easing difficulties caused by a sudden deterioration of finances"
  },
  otherIndependentCoping: {
    fi: "muu tuen saajan omatoimista suoriutumista edistävä tarkoitus",
    sv: "annat ändamål som främjar stödtagarens förmåga att klara sig självständigt",
    en: "another purpose promoting the recipient's independent coping"
  }
})

/** Decision-letter sentences. @since 0.3.0 */
export const texts = Catalog.make({
  title: {
    fi: "Täydentävä toimeentulotuki {month}",
    sv: "Kompletterande utkomststöd {month}",
    en: "Supplementary social assistance {month}"
  },
  titlePreventive: {
    fi: "Ehkäisevä toimeentulotuki",
    sv: "Förebyggande utkomststöd",
    en: "Preventive social assistance"
  },
  guideline: {
    fi: "Sovellettu ohje: {title} ({url}).",
    sv: "Tillämpad anvisning: {title} ({url}).",
    en: "Guideline applied: {title} ({url})."
  },
  kelaBasis: {
    fi: "Kelan perustoimeentulotukipäätöksen laskelma: menot {expenses}, tulot {income}, varat {assets}; myönnetty perustoimeentulotuki {basic}.",
    sv: "FPA:s beräkning i beslutet om grundläggande utkomststöd: utgifter {expenses}, inkomster {income}, tillgångar {assets}; beviljat grundläggande utkomststöd {basic}.",
    en: "Kela's calculation in its basic assistance decision: expenses {expenses}, income {income}, assets {assets}; basic assistance granted {basic}."
  },
  lineFixed: {
    fi: "{category}: haettu {claimed}, hyväksytty {accepted} ohjeen kohdan {section} mukaisena määränä ({amount}{period}).",
    sv: "{category}: ansökt {claimed}, godkänt {accepted} enligt beloppet i anvisningens punkt {section} ({amount}{period}).",
    en: "{category}: claimed {claimed}, accepted {accepted} as the amount in section {section} of the guideline ({amount}{period})."
  },
  lineCap: {
    fi: "{category}: haettu {claimed}, hyväksytty {accepted} (ohjeen kohta {section}: enintään {amount}{period}).",
    sv: "{category}: ansökt {claimed}, godkänt {accepted} (anvisningens punkt {section}: högst {amount}{period}).",
    en: "{category}: claimed {claimed}, accepted {accepted} (section {section} of the guideline: at most {amount}{period})."
  },
  lineCapUsed: {
    fi: "Samalla jaksolla on jo myönnetty {earlier}; enimmäismäärästä on jäljellä {remaining}.",
    sv: "Under samma period har redan {earlier} beviljats; av maximibeloppet återstår {remaining}.",
    en: "{earlier} has already been granted in the same period; {remaining} of the cap remains."
  },
  lineWorker: {
    fi: "{category}: haettu {claimed}, hyväksytty {accepted} (ohjeen kohta {section}; peruste: {reason}).",
    sv: "{category}: ansökt {claimed}, godkänt {accepted} (anvisningens punkt {section}; grund: {reason}).",
    en: "{category}: claimed {claimed}, accepted {accepted} (section {section} of the guideline; reason: {reason})."
  },
  lineTypical: {
    fi: "{category}: haettu {claimed}, hyväksytty {accepted} (ohjeen kohta {section}: keskimäärin {amount}; peruste: {reason}).",
    sv: "{category}: ansökt {claimed}, godkänt {accepted} (anvisningens punkt {section}: i genomsnitt {amount}; grund: {reason}).",
    en: "{category}: claimed {claimed}, accepted {accepted} (section {section} of the guideline: {amount} on average; reason: {reason})."
  },
  lineDeviation: {
    fi: "{category}: haettu {claimed}, hyväksytty {accepted} poiketen ohjeen kohdan {section} määrästä {guide} (peruste: {reason}).",
    sv: "{category}: ansökt {claimed}, godkänt {accepted} med avvikelse från beloppet {guide} i anvisningens punkt {section} (grund: {reason}).",
    en: "{category}: claimed {claimed}, accepted {accepted}, deviating from the amount {guide} in section {section} of the guideline (reason: {reason})."
  },
  lineNoGuideline: {
    fi: "{category}: haettu {claimed}, hyväksytty {accepted} harkinnan perusteella (peruste: {reason}).",
    sv: "{category}: ansökt {claimed}, godkänt {accepted} efter prövning (grund: {reason}).",
    en: "{category}: claimed {claimed}, accepted {accepted} on discretion (reason: {reason})."
  },
  lineConditions: {
    fi: "{category}: haettu {claimed}, ei hyväksytä: ohjeen kohdan {section} edellytykset ({conditions}) eivät täyty.",
    sv: "{category}: ansökt {claimed}, godkänns inte: villkoren i anvisningens punkt {section} ({conditions}) uppfylls inte.",
    en: "{category}: claimed {claimed}, not accepted: the conditions of section {section} of the guideline ({conditions}) are not met."
  },
  otherResources: {
    fi: "Kelan laskelman ulkopuoliset tulot ja varat otetaan huomioon: {list}.",
    sv: "Inkomster och tillgångar utanför FPA:s beräkning beaktas: {list}.",
    en: "Income and assets outside Kela's calculation are counted: {list}."
  },
  surplus: {
    fi: "Kun myönnetty perustoimeentulotuki otetaan huomioon, tulot ja varat ylittävät perustoimeentulotuen menot {available}; ylijäämästä käytetään täydentäviin menoihin {used}.",
    sv: "När det beviljade grundläggande utkomststödet beaktas överstiger inkomsterna och tillgångarna grundutgifterna med {available}; av överskottet används {used} till de kompletterande utgifterna.",
    en: "With the basic assistance granted, income and assets exceed the basic expenses by {available}; {used} of the surplus is used for the supplementary expenses."
  },
  noSurplus: {
    fi: "Kelan laskelmassa ei ole ylijäämää; perustoimeentulotukea ei makseta uudelleen.",
    sv: "FPA:s beräkning har inget överskott; grundläggande utkomststöd betalas inte på nytt.",
    en: "Kela's calculation leaves no surplus; basic assistance is not paid again."
  },
  granted: {
    fi: "Hyväksytyt täydentävät menot {accepted} − ylijäämä {used} = {support}. Täydentävää toimeentulotukea myönnetään {support}.",
    sv: "Godkända kompletterande utgifter {accepted} − överskott {used} = {support}. Kompletterande utkomststöd beviljas med {support}.",
    en: "Accepted supplementary expenses {accepted} − surplus {used} = {support}. Supplementary social assistance of {support} is granted."
  },
  notGranted: {
    fi: "Hyväksytyt täydentävät menot {accepted} − ylijäämä {used} = {support}. Täydentävää toimeentulotukea ei myönnetä.",
    sv: "Godkända kompletterande utgifter {accepted} − överskott {used} = {support}. Kompletterande utkomststöd beviljas inte.",
    en: "Accepted supplementary expenses {accepted} − surplus {used} = {support}. No supplementary social assistance is granted."
  },
  discretion: {
    fi: "Ohje on harkinnan lähtökohta; päätös voi perustellusta syystä poiketa siitä.",
    sv: "Anvisningen är utgångspunkten för prövningen; beslutet kan av motiverade skäl avvika från den.",
    en: "The guideline is the starting point of discretion; the decision may deviate from it for a stated reason."
  },
  preventiveGranted: {
    fi: "Ehkäisevää toimeentulotukea myönnetään {amount}. Tarkoitus: {purpose}.",
    sv: "Förebyggande utkomststöd beviljas med {amount}. Ändamål: {purpose}.",
    en: "Preventive social assistance of {amount} is granted. Purpose: {purpose}."
  },
  preventiveRejected: {
    fi: "Ehkäisevää toimeentulotukea ei myönnetä. Haettu tarkoitus: {purpose}.",
    sv: "Förebyggande utkomststöd beviljas inte. Ansökt ändamål: {purpose}.",
    en: "No preventive social assistance is granted. Purpose applied for: {purpose}."
  },
  preventiveConditions: { fi: "Ehdot: {list}.", sv: "Villkor: {list}.", en: "Conditions: {list}." },
  preventiveReasons: { fi: "Perusteet: {list}.", sv: "Grunder: {list}.", en: "Reasons: {list}." },
  preventiveUrgent: {
    fi: "Asia käsitellään kiireellisenä ilman Kelan perustoimeentulotukipäätöstä (8 § 2 mom.).",
    sv: "Ärendet behandlas som brådskande utan FPA:s beslut om grundläggande utkomststöd (8 § 2 mom.).",
    en: "The matter is handled as urgent without Kela's basic assistance decision (section 8(2))."
  },
  deadline: {
    fi: "Päätös on tehtävä viimeistään {due} ({citation}).",
    sv: "Beslutet ska fattas senast {due} ({citation}).",
    en: "The decision must be made by {due} ({citation})."
  },
  appeal: {
    fi: "Oikaisuvaatimusohje: Tähän päätökseen tyytymätön voi vaatia oikaisua hyvinvointialueelta. Oikaisuvaatimus on tehtävä kirjallisesti 30 päivän kuluessa päätöksen tiedoksisaannista; tavallisena kirjeenä lähetetyn päätöksen katsotaan tulleen tiedoksi seitsemäntenä päivänä lähettämisestä. Päätökseen ei saa hakea muutosta valittamalla. ({citation})",
    sv: "Anvisning om begäran om omprövning: Den som är missnöjd med beslutet kan begära omprövning hos välfärdsområdet. Begäran ska göras skriftligen inom 30 dagar från delfåendet; ett beslut som skickats som vanligt brev anses ha delgetts den sjunde dagen efter avsändandet. Ändring i beslutet får inte sökas genom besvär. ({citation})",
    en: "Request for review: if you are not satisfied with this decision, you may request a review by the wellbeing services county. The request must be made in writing within 30 days of notification; a decision sent as an ordinary letter is deemed notified on the seventh day after sending. No appeal lies against this decision directly. ({citation})"
  },
  appealDue: {
    fi: "Tiedoksisaanti {notified}: oikaisuvaatimuksen viimeinen päivä on {due}.",
    sv: "Delfående {notified}: sista dag för begäran om omprövning är {due}.",
    en: "Notified {notified}: the last day for the request for review is {due}."
  },
  perMonth: { fi: "/kk", sv: "/mån.", en: "/month" },
  perYear: { fi: "/vuosi", sv: "/år", en: "/year" },
  perChildPerYear: { fi: "/lapsi/vuosi", sv: "/barn/år", en: "/child/year" }
})

/** Conditions of a preventive grant. @since 0.3.0 */
export const preventiveConditionLabels = Catalog.make({
  paidToCreditor: {
    fi: "tuki maksetaan suoraan velkojalle tai vuokranantajalle",
    sv: "stödet betalas direkt till borgenären eller hyresvärden",
    en: "the support is paid directly to the creditor or landlord"
  },
  paymentPlanAgreed: {
    fi: "maksusuunnitelma on sovittu",
    sv: "en betalningsplan har avtalats",
    en: "a payment plan has been agreed"
  },
  debtCounselling: {
    fi: "hakija ohjataan talous- ja velkaneuvontaan",
    sv: "sökanden hänvisas till ekonomi- och skuldrådgivning",
    en: "the applicant is referred to debt counselling"
  },
  clientPlanFollowUp: {
    fi: "tilannetta seurataan asiakassuunnitelmassa",
    sv: "situationen följs upp i klientplanen",
    en: "the situation is followed up in the client plan"
  },
  paymentCommitment: {
    fi: "tuki annetaan maksusitoumuksena",
    sv: "stödet ges som betalningsförbindelse",
    en: "the support is given as a payment commitment"
  }
})
