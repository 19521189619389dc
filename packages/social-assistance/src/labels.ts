/**
 * Decision-letter names of expense, income and asset kinds in Finnish, Swedish and English. Finnish and Swedish follow
 * Kela's terms (kela.fi/toimeentulotuki-mihin-menoihin, -tulot-jotka-vaikuttavat, -tulot-jotka-eivat-vaikuta and
 * the Swedish pages kela.fi/utkomststod-*); the Act 1412/1997 terms where the law names the item (7 a §, 7 b §, 11 §, 12 §).
 *
 * @since 0.1.0
 */
import * as ReductionGround from "@osallistava/core/reduction-ground"

type L = { readonly fi: string; readonly sv: string; readonly en: string }

const labels: Readonly<Record<string, L>> = {
  // expenses (7 a §, 7 b §)
  rent: { fi: "vuokra", sv: "hyra", en: "rent" },
  maintenanceCharge: { fi: "hoitovastike", sv: "skötselvederlag", en: "maintenance charge" },
  financingChargeInterest: {
    fi: "rahoitusvastikkeen korko-osuus",
    sv: "räntedelen av finansieringsvederlaget",
    en: "interest part of the financing charge"
  },
  housingLoanInterest: { fi: "asuntolainan korot", sv: "räntor på bostadslån", en: "housing loan interest" },
  plotRent: { fi: "tontinvuokra", sv: "tomthyra", en: "plot rent" },
  saunaFee: { fi: "saunamaksu", sv: "bastuavgift", en: "sauna fee" },
  homeUpkeep: { fi: "kodin ylläpitokulut", sv: "underhåll av bostaden", en: "home upkeep" },
  heating: { fi: "lämmityskulut", sv: "uppvärmningskostnader", en: "heating" },
  water: { fi: "vesimaksu", sv: "vattenavgift", en: "water" },
  householdElectricity: { fi: "taloussähkö", sv: "hushållsel", en: "household electricity" },
  homeInsurance: { fi: "kotivakuutus", sv: "hemförsäkring", en: "home insurance" },
  parkingReducedMobility: {
    fi: "liikuntarajoitteisen pysäköintimaksu",
    sv: "parkeringsavgift för rörelsehindrad",
    en: "parking fee (reduced mobility)"
  },
  healthCare: { fi: "terveydenhuoltomenot", sv: "hälso- och sjukvårdsutgifter", en: "health-care costs" },
  prescriptionMedicine: { fi: "reseptilääkkeet", sv: "receptbelagda läkemedel", en: "prescription medicine" },
  dayCareFee: { fi: "varhaiskasvatusmaksu", sv: "avgift för småbarnspedagogik", en: "day-care fee" },
  schoolChildActivityFee: {
    fi: "aamu- ja iltapäivätoiminnan maksu",
    sv: "avgift för morgon- och eftermiddagsverksamhet",
    en: "school-child activity fee"
  },
  childContactCosts: {
    fi: "lapsen tapaamisesta aiheutuvat kulut",
    sv: "kostnader för umgänge med barnet",
    en: "child contact costs"
  },
  identityDocument: { fi: "henkilöllisyystodistus", sv: "identitetshandling", en: "identity document" },
  movingCosts: { fi: "muuttokustannukset", sv: "flyttkostnader", en: "moving costs" },
  movingAllowance: { fi: "muuttoraha", sv: "flyttningspenning", en: "moving allowance" },
  coeliacDiet: { fi: "keliakiaruokavalio", sv: "glutenfri diet", en: "coeliac diet" },
  commutingCosts: { fi: "työmatkakulut", sv: "resekostnader till arbetet", en: "commuting costs" },
  // income (11 §)
  wage: { fi: "palkka", sv: "lön", en: "wage" },
  selfEmploymentIncome: { fi: "yritystulo", sv: "företagarinkomst", en: "self-employment income" },
  carersFee: {
    fi: "omaishoidon tai perhehoidon hoitopalkkio",
    sv: "arvode för närståendevård eller familjevård",
    en: "informal or family carer's fee"
  },
  startUpGrant: { fi: "starttiraha", sv: "startpeng", en: "start-up grant" },
  labourMarketSubsidy: { fi: "työmarkkinatuki", sv: "arbetsmarknadsstöd", en: "labour market subsidy" },
  basicUnemploymentAllowance: { fi: "peruspäiväraha", sv: "grunddagpenning", en: "basic unemployment allowance" },
  earningsRelatedUnemploymentAllowance: {
    fi: "ansiosidonnainen päiväraha",
    sv: "inkomstrelaterad dagpenning",
    en: "earnings-related unemployment allowance"
  },
  housingAllowance: { fi: "asumistuki", sv: "bostadsbidrag", en: "housing allowance" },
  studyGrant: { fi: "opintoraha", sv: "studiepenning", en: "study grant" },
  studentLoan: { fi: "opintolaina", sv: "studielån", en: "student loan" },
  childBenefit: { fi: "lapsilisä", sv: "barnbidrag", en: "child benefit" },
  childCareAllowance: { fi: "lasten hoitotuki", sv: "stöd för barnavård", en: "child-care allowance" },
  maintenancePayment: { fi: "elatusapu", sv: "underhållsbidrag", en: "maintenance payment" },
  maintenanceAllowance: { fi: "elatustuki", sv: "underhållsstöd", en: "maintenance allowance" },
  sicknessAllowance: { fi: "sairauspäiväraha", sv: "sjukdagpenning", en: "sickness allowance" },
  parentalAllowance: { fi: "vanhempainpäiväraha", sv: "föräldradagpenning", en: "parental allowance" },
  rehabilitationAllowance: { fi: "kuntoutusraha", sv: "rehabiliteringspenning", en: "rehabilitation allowance" },
  pension: { fi: "eläke", sv: "pension", en: "pension" },
  capitalIncome: { fi: "pääomatulo", sv: "kapitalinkomst", en: "capital income" },
  otherIncome: { fi: "muu tulo", sv: "annan inkomst", en: "other income" },
  maternityGrant: { fi: "äitiysavustus", sv: "moderskapsunderstöd", en: "maternity grant" },
  disabilityAllowance: { fi: "vammaisetuus", sv: "handikappförmån", en: "disability allowance" },
  pensionersCareAllowance: {
    fi: "eläkettä saavan hoitotuki",
    sv: "vårdbidrag för pensionstagare",
    en: "pensioners' care allowance"
  },
  rehabilitationExpenseCompensation: {
    fi: "kuntoutuksen kulukorvaus",
    sv: "kostnadsersättning för rehabilitering",
    en: "rehabilitation expense compensation"
  },
  unemploymentExpenseCompensation: {
    fi: "työttömyysetuuden kulukorvaus",
    sv: "kostnadsersättning till arbetslösa",
    en: "unemployment-benefit expense compensation"
  },
  unemploymentBenefitIncreasePart: {
    fi: "työttömyysetuuden korotusosa",
    sv: "förhöjningsdel av arbetslöshetsförmån",
    en: "increase part of unemployment benefit"
  },
  learningMaterialSupplement: { fi: "oppimateriaalilisä", sv: "läromedelstillägg", en: "learning-material supplement" },
  childWelfareAfterCareSupport: {
    fi: "jälkihuollon taloudellinen tuki",
    sv: "ekonomiskt stöd inom eftervården",
    en: "child-welfare after-care support"
  },
  withheldByEnforcement: { fi: "ulosmitattu osuus", sv: "utmätt andel", en: "amount withheld by enforcement" },
  childSummerJobWage: { fi: "lapsen kesätyöpalkka", sv: "barnets sommarjobbslön", en: "child's summer-job wage" },
  minorAssistance: { fi: "vähäinen avustus", sv: "ringa understöd", en: "minor gift or assistance" },
  // assets (12 §)
  bankSavings: { fi: "pankkitalletukset", sv: "bankinsättningar", en: "bank savings" },
  fundUnits: { fi: "rahasto-osuudet", sv: "fondandelar", en: "fund units" },
  securities: { fi: "arvopaperit", sv: "värdepapper", en: "securities" },
  savingsInsurance: { fi: "säästövakuutus", sv: "sparförsäkring", en: "savings insurance" },
  cash: { fi: "käteinen", sv: "kontanter", en: "cash" },
  property: { fi: "kiinteä omaisuus", sv: "fast egendom", en: "property" },
  vehicle: { fi: "ajoneuvo", sv: "fordon", en: "vehicle" },
  other: { fi: "muu varallisuus", sv: "övriga tillgångar", en: "other assets" }
}

/**
 * The name of an expense, income or asset kind in `language`; the kind id itself if unknown.
 *
 * @since 0.1.0
 */
export const kindLabel = (kind: string, language: "fi" | "sv" | "en"): string => labels[kind]?.[language] ?? kind

/** @since 0.1.0 */
export const kindLabels: Readonly<Record<string, L>> = labels

/**
 * Basic-amount categories (9 §). Swedish wording follows Lag om utkomststöd 1412/1997 9 § (finlex-data
 * data/asd/sv/1997/asd19971412.xml: "andra personer över 18 år", "personer över 18 år som bor tillsammans med sina
 * föräldrar", "barn mellan 10 och 17 år", "barn under 10 år", "ensamförsörjare"); "ensamboende" is the project
 * glossary term for 9 § 1 mom 1 punkten.
 *
 * @since 0.1.0
 */
export const categoryLabels: Readonly<Record<string, L>> = {
  livingAlone: { fi: "yksin asuva", sv: "ensamboende", en: "person living alone" },
  singleParent: { fi: "yksinhuoltaja", sv: "ensamförsörjare", en: "single parent" },
  otherAdult: { fi: "muu 18 vuotta täyttänyt", sv: "annan person över 18 år", en: "other person aged 18 or over" },
  adultWithParents: {
    fi: "vanhempansa luona asuva 18 vuotta täyttänyt",
    sv: "person över 18 år som bor tillsammans med sina föräldrar",
    en: "person aged 18 or over living with parents"
  },
  child10to17: { fi: "10–17-vuotias lapsi", sv: "barn mellan 10 och 17 år", en: "child aged 10–17" },
  childUnder10: { fi: "alle 10-vuotias lapsi", sv: "barn under 10 år", en: "child under 10" }
}

/**
 * Grounds for reducing the basic amount (10 §; from 1.2.2026 as amended by 26/2026): core's one § 10 vocabulary
 * (`ReductionGround.labels`), re-exported under this package's earlier name.
 *
 * @since 0.2.0
 */
export const reductionGroundLabels: Readonly<Record<string, L>> = ReductionGround.labels

/**
 * Special grounds for accepting housing costs above the municipal limit (7 a §, law 1242/2023).
 *
 * @since 0.2.0
 */
export const specialGroundLabels: Readonly<Record<string, L>> = {
  childInterest: { fi: "lapsen etu", sv: "barnets bästa", en: "the child's interest" },
  disabilitySpace: {
    fi: "vammasta johtuva tilantarve",
    sv: "utrymmesbehov på grund av funktionsnedsättning",
    en: "space needed because of a disability"
  },
  childContactSpace: {
    fi: "lapsen tapaamisesta johtuva tilantarve",
    sv: "utrymmesbehov för umgänge med barn",
    en: "space needed for contact with a child"
  },
  healthOrAge: { fi: "terveydentila tai ikä", sv: "hälsotillstånd eller ålder", en: "health or age" },
  countyHousingService: {
    fi: "hyvinvointialueen asumispalvelu",
    sv: "välfärdsområdets boendeservice",
    en: "housing service of the wellbeing services county"
  },
  otherJustifiedReason: { fi: "muu perusteltu syy", sv: "annat motiverat skäl", en: "another justified reason" }
}
