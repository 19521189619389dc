/**
 * Decision-letter names of expense, income and asset kinds in Finnish, Swedish and English. Finnish and Swedish follow
 * Kela's terms (kela.fi/toimeentulotuki-mihin-menoihin, -tulot-jotka-vaikuttavat, -tulot-jotka-eivat-vaikuta and
 * the Swedish pages kela.fi/utkomststod-*); the Act 1412/1997 terms where the law names the item (7 a §, 7 b §, 11 §, 12 §).
 *
 * @since 0.1.0
 */
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
