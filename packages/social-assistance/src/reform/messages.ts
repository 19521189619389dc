/**
 * Texts of the reform simulation and of the comparison of one household under two laws, in fi, sv and en (core's
 * `Catalog`; terms from docs/glossary.md).
 *
 * @since 0.3.0
 */
import { Catalog } from "@osallistava/core"

/** @since 0.3.0 */
export const messages = Catalog.make({
  lawInForce: {
    fi: "kunkin kuukauden voimassa oleva laki",
    sv: "lagen i kraft varje månad",
    en: "the law in force in each month"
  },
  lawOfMonth: { fi: "kuukauden {month} laki", sv: "lagen för månaden {month}", en: "the law of {month}" },
  lawReform: { fi: "muutos {name}", sv: "reformen {name}", en: "the reform {name}" },
  summaryHeading: {
    fi: "Vertailu: {baseline} ja {reform}",
    sv: "Jämförelse: {baseline} och {reform}",
    en: "Comparison: {baseline} and {reform}"
  },
  records: {
    fi: "Kotitalouskuukausia {records}, laskettu molempien lakien mukaan {calculated}",
    sv: "Hushållsmånader {records}, beräknade enligt båda lagarna {calculated}",
    en: "Household-months {records}, calculated under both laws {calculated}"
  },
  expenditure: {
    fi: "Perustoimeentulotuki yhteensä: ennen {before}, muutoksen jälkeen {after}, erotus {change}",
    sv: "Grundläggande utkomststöd sammanlagt: före {before}, efter reformen {after}, skillnad {change}",
    en: "Basic social assistance in total: before {before}, after the reform {after}, difference {change}"
  },
  annual: {
    fi: "Vuodessa: ennen {before}, muutoksen jälkeen {after}, erotus {change} ({months} kuukauden perusteella)",
    sv: "Per år: före {before}, efter reformen {after}, skillnad {change} (utifrån {months} månader)",
    en: "A year: before {before}, after the reform {after}, difference {change} (from {months} months)"
  },
  monthLine: {
    fi: "{month}: ennen {before}, jälkeen {after}, erotus {change}",
    sv: "{month}: före {before}, efter {after}, skillnad {change}",
    en: "{month}: before {before}, after {after}, difference {change}"
  },
  recipients: {
    fi: "Tukea saavia kotitalouksia (kotitalouskuukausia): ennen {before}, jälkeen {after}",
    sv: "Hushåll som får stöd (hushållsmånader): före {before}, efter {after}",
    en: "Recipient households (household-months): before {before}, after {after}"
  },
  persons: {
    fi: "Henkilöitä näissä kotitalouksissa: ennen {before}, jälkeen {after}",
    sv: "Personer i dessa hushåll: före {before}, efter {after}",
    en: "Persons in these households: before {before}, after {after}"
  },
  average: {
    fi: "Keskimääräinen tuki kotitaloutta kohden: ennen {before}, jälkeen {after}",
    sv: "Genomsnittligt stöd per hushåll: före {before}, efter {after}",
    en: "Average support per household: before {before}, after {after}"
  },
  outcomes: {
    fi: "Tuki alkaa {start}, päättyy {stop}, kasvaa {gain}, pienenee {lose}, ennallaan {same}, ei tukea {none}",
    sv: "Stödet börjar {start}, upphör {stop}, ökar {gain}, minskar {lose}, oförändrat {same}, inget stöd {none}",
    en: "Support starts {start}, stops {stop}, grows {gain}, falls {lose}, unchanged {same}, no support {none}"
  },
  row: {
    fi: "{key}: {households} kotitaloutta; kasvaa {gain}, pienenee {lose}, alkaa {start}, päättyy {stop}; muutos keskimäärin {mean}",
    sv: "{key}: {households} hushåll; ökar {gain}, minskar {lose}, börjar {start}, upphör {stop}; förändring i genomsnitt {mean}",
    en: "{key}: {households} households; grows {gain}, falls {lose}, starts {start}, stops {stop}; mean change {mean}"
  },
  byHouseholdType: { fi: "Kotitaloustyypeittäin", sv: "Efter hushållstyp", en: "By household type" },
  byChildren: { fi: "Lasten lukumäärän mukaan", sv: "Efter antal barn", en: "By number of children" },
  byMunicipality: {
    fi: "Kunnittain (suurimmat {n}; kaikki kunnat JSON-tuloksessa)",
    sv: "Efter kommun (de {n} största; alla kommuner i JSON-resultatet)",
    en: "By municipality (the {n} largest; every municipality in the JSON result)"
  },
  byIncomeDecile: {
    fi: "Tulokymmenyksittäin (tulot kulutusyksikköä kohden, OECD:n muunnettu asteikko)",
    sv: "Efter inkomstdecil (inkomst per konsumtionsenhet, OECD:s modifierade skala)",
    en: "By income decile (income per consumption unit, OECD modified scale)"
  },
  decile: { fi: "{n}. kymmenys", sv: "decil {n}", en: "decile {n}" },
  children: { fi: "lapsia {n}", sv: "barn {n}", en: "children {n}" },
  unknownMunicipality: { fi: "tuntematon kunta", sv: "okänd kommun", en: "unknown municipality" },
  livingAlone: { fi: "yksin asuva", sv: "ensamboende", en: "living alone" },
  adultWithParents: {
    fi: "vanhempiensa luona asuva täysi-ikäinen",
    sv: "myndig som bor hos sina föräldrar",
    en: "adult living with parents"
  },
  couple: { fi: "lapseton pariskunta", sv: "barnlöst par", en: "couple without children" },
  singleParent: { fi: "yksinhuoltaja", sv: "ensamförsörjare", en: "single parent" },
  coupleWithChildren: { fi: "lapsiperhe, kaksi aikuista", sv: "barnfamilj med två vuxna", en: "couple with children" },
  other: { fi: "muu kotitalous", sv: "annat hushåll", en: "other household" },
  failures: {
    fi: "Ei laskettu: {n} kotitalouskuukautta (syyt JSON-tuloksessa)",
    sv: "Inte beräknade: {n} hushållsmånader (orsakerna i JSON-resultatet)",
    en: "Not calculated: {n} household-months (the reasons in the JSON result)"
  },
  suppressed: {
    fi: "{marker} = salattu tietosuojan vuoksi (alle {threshold} kotitaloutta tai johdettavissa muista luvuista)",
    sv: "{marker} = skyddad av sekretesskäl (färre än {threshold} hushåll eller härledbar ur andra tal)",
    en: "{marker} = suppressed for confidentiality (fewer than {threshold} households, or derivable from other figures)"
  },
  comparisonHeading: {
    fi: "Sama kotitalous kahden lain mukaan, kuukausi {month}",
    sv: "Samma hushåll enligt två lagar, månad {month}",
    en: "The same household under two laws, month {month}"
  },
  supportUnder: { fi: "{law}: tuki {amount}", sv: "{law}: stöd {amount}", en: "{law}: support {amount}" },
  change: {
    fi: "Muutos: {amount} kuukaudessa",
    sv: "Förändring: {amount} per månad",
    en: "Change: {amount} a month"
  },
  noChange: { fi: "Tuki ei muutu.", sv: "Stödet ändras inte.", en: "The support does not change." },
  changedSteps: {
    fi: "Muuttuneet laskennan vaiheet:",
    sv: "Beräkningssteg som ändrats:",
    en: "Steps of the calculation that changed:"
  },
  step: { fi: "– {step}: {before} → {after}", sv: "– {step}: {before} → {after}", en: "– {step}: {before} → {after}" },
  stepAbsent: { fi: "ei vaihetta", sv: "inget steg", en: "no step" },
  parameterChanged: {
    fi: "  muuttunut parametri: {parameter} {before} → {after}",
    sv: "  ändrad parameter: {parameter} {before} → {after}",
    en: "  changed parameter: {parameter} {before} → {after}"
  },
  parameterChangedRule: {
    fi: "  muuttunut parametri: {parameter} (säännön sisältö muuttui)",
    sv: "  ändrad parameter: {parameter} (regelns innehåll ändrades)",
    en: "  changed parameter: {parameter} (the rule itself changed)"
  },
  before: { fi: "  ennen: {text}", sv: "  före: {text}", en: "  before: {text}" },
  after: { fi: "  jälkeen: {text}", sv: "  efter: {text}", en: "  after: {text}" },
  stepBasicAmount: { fi: "perusosa", sv: "grunddel", en: "basic amount" },
  stepReduction: {
    fi: "perusosan alentaminen",
    sv: "nedsättning av grunddelen",
    en: "reduction of the basic amount"
  },
  stepMovingAllowance: { fi: "muuttoraha", sv: "flyttpeng", en: "moving allowance" },
  stepCoeliacDiet: { fi: "keliakiaruokavalio", sv: "glutenfri kost", en: "coeliac diet" },
  stepHousingCosts: { fi: "asumismenot", sv: "boendeutgifter", en: "housing costs" },
  stepOtherExpense: { fi: "muu perusmeno", sv: "övrig grundutgift", en: "other basic expense" },
  stepIncomeNotCounted: { fi: "huomiotta jätetyt tulot", sv: "inkomster som inte beaktas", en: "income not counted" },
  stepEarnedIncomeDisregard: { fi: "ansiotulovähennys", sv: "förvärvsinkomstavdrag", en: "earned-income disregard" },
  stepMinorAssistance: {
    fi: "vähäiset avustukset",
    sv: "små understöd",
    en: "minor gifts and assistance"
  },
  stepChildIncomeCap: {
    fi: "lapsen tulojen enimmäismäärä",
    sv: "tak för barnets inkomster",
    en: "cap on a child's income"
  },
  stepIncomeTotal: { fi: "tulot yhteensä", sv: "inkomster sammanlagt", en: "income in total" },
  stepAssets: { fi: "varat", sv: "tillgångar", en: "assets" },
  stepSupport: { fi: "perustoimeentulotuki", sv: "grundläggande utkomststöd", en: "basic social assistance" },
  parameterBasicAmountSingle: {
    fi: "yksin asuvan perusosa",
    sv: "grunddelen för ensamboende",
    en: "basic amount of a person living alone"
  },
  parameterCategoryPercentages: {
    fi: "perusosan prosenttiosuus",
    sv: "grunddelens procentandel",
    en: "percentage of the basic amount"
  },
  parameterEarnedIncomeDisregard: {
    fi: "ansiotulovähennys",
    sv: "förvärvsinkomstavdrag",
    en: "earned-income disregard"
  },
  parameterMinorAssistanceDisregard: {
    fi: "vähäisten avustusten raja",
    sv: "gränsen för små understöd",
    en: "limit of minor gifts and assistance"
  },
  parameterCoeliacDietAllowance: {
    fi: "keliakiaruokavalion korvaus",
    sv: "ersättning för glutenfri kost",
    en: "coeliac diet allowance"
  },
  parameterMovingAllowance: { fi: "muuttoraha", sv: "flyttpeng", en: "moving allowance" },
  parameterReductionRegimes: {
    fi: "perusosan alentamisen perusteet",
    sv: "grunderna för nedsättning av grunddelen",
    en: "grounds for reducing the basic amount"
  },
  parameterHousingLimitRegimes: {
    fi: "asumismenojen rajojen liite",
    sv: "bilagan med gränser för boendeutgifter",
    en: "annex of housing-cost limits"
  },
  parameterOther: { fi: "muu parametri", sv: "annan parameter", en: "another parameter" },
  stepOther: { fi: "muu laskennan vaihe", sv: "annat beräkningssteg", en: "another step" },
  parameterHousingLimit: {
    fi: "kunnan asumismenojen raja",
    sv: "kommunens gräns för boendeutgifter",
    en: "municipal housing-cost limit"
  },
  parameterKelaHousingNormPractice: {
    fi: "Kelan asumisnormien soveltamiskäytäntö",
    sv: "FPA:s praxis för boendenormerna",
    en: "Kela's practice for its housing norms"
  },
  parameterKelaHousingNorm: {
    fi: "Kelan kuntakohtainen asumisnormi",
    sv: "FPA:s kommunvisa boendenorm",
    en: "Kela's municipal housing norm"
  }
})

/** @since 0.3.0 */
export type MessageKey = keyof typeof messages
