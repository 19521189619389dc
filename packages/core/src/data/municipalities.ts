/**
 * Statistics Finland's classification of municipalities (kunnat / kommuner), 1.1.2026: all 308 municipalities,
 * 292 in mainland Finland and 16 in Åland, with the wellbeing services county (hyvinvointialue / välfärdsområde)
 * of every mainland municipality except Helsinki.
 *
 * Sources and how the list was assembled:
 * - Codes, Finnish and Swedish names: Yleisradio/geodata `finland/finland-hva-2021.topo.json` (309 municipalities of
 *   2021; Swedish names "corrected to follow the Institute for the Languages of Finland's recommendations", i.e.
 *   Kotus, per `finland/README.md` of that repository). Finnish names are Statistics Finland's forms, including
 *   "Koski Tl" (284) and "Pedersören kunta" (599); Åland's capital is listed as Maarianhamina / Mariehamn (Statistics
 *   Finland's label is "Maarianhamina - Mariehamn").
 * - Mergers after that snapshot: Pertunmaa (588) was joined to Mäntyharju (507) on 1.1.2025 (Government decision of
 *   6.6.2024, pertunmaa.fi "Valtioneuvosto vahvisti Mäntyharjun ja Pertunmaan kuntaliitoksen"), leaving 308. Earlier
 *   mergers already reflected in the 2021 snapshot: Valtimo into Nurmes (2020), Honkajoki into Kankaanpää (2021).
 *   Statistics Finland: 309 municipalities in 2021–2024 (stat.fi/fi/luokitukset/luokitustiedotteet, "Alueluokitus-
 *   muutokset 1.1.2024"); public code built on kunta_1_20260101 states 308 municipalities for 2026, i.e. no merger on
 *   1.1.2026. The codes were cross-checked against two independent lists: a code→name table of ~2019 (311 entries;
 *   differs only by Honkajoki 099 and Valtimo 911) and a 2026 seed built from kunta_1_20260101 (the same 308 codes).
 * - Mainland names cross-checked against the annex of the housing-cost decree (VNA 144/2024 as amended by VNA
 *   580/2024, `docs/data/housing-cost-limits.csv`): its 292 municipalities of 2025 are exactly the mainland ones
 *   here (see test/municipality.test.ts).
 * - Wellbeing services counties: Act 616/2021 (laki sosiaali- ja terveydenhuoltoa ja pelastustoimea koskevan
 *   uudistuksen toimeenpanosta ja sitä koskevan lainsäädännön voimaanpanosta) 7 § (counties = regions of 6 §;
 *   the four Uusimaa counties by name), 6 § (the municipalities of each region). Helsinki is in no county: it
 *   organises social and health care and rescue services itself (616/2021 3 §, Act 615/2021 on Uusimaa). Åland has
 *   no wellbeing services counties (the reform does not extend to the autonomous province). Note: the Yle file above
 *   puts Enonkoski, Rantasalmi, Savonlinna and Sulkava in Pohjois-Savo (the 2020 bill draft); the enacted 616/2021
 *   6 § 1 mom. 9 kohta places them in Etelä-Savo, which is used here. County Swedish names from the Yle file.
 *
 * Swedish names: Kotus-recommended names where one exists (Närpes, Pedersöre, Vörå, Korsholm, Bötom, Etseri, ...);
 * for a municipality with no Swedish name, `sv` equals `fi`. Historic Swedish names that Kotus does not recommend
 * (e.g. "Forsa", "Lapinlax", "Vesilax", found in GeoNames) are not listed.
 *
 * @since 0.1.0
 */
import type { Municipality } from "../municipality.js"
import { municipalityNames } from "./municipality-names.js"

/**
 * A wellbeing services county (hyvinvointialue / välfärdsområde), Act 611/2021 on wellbeing services counties;
 * names and areas from Act 616/2021 7 §.
 *
 * @since 0.1.0
 */
export interface WellbeingServicesCounty {
  /** Finnish name, e.g. `"Pirkanmaan hyvinvointialue"`. */
  readonly fi: string
  /** Swedish name, e.g. `"Birkalands välfärdsområde"`. */
  readonly sv: string
}

/**
 * A municipality of the shipped list: the `Municipality` fields plus, for mainland municipalities other than
 * Helsinki, the wellbeing services county. Absent for Helsinki (organises the services itself) and for the 16 Åland
 * municipalities.
 *
 * @since 0.1.0
 */
export interface MunicipalityEntry extends Municipality {
  readonly wellbeingServicesCounty?: WellbeingServicesCounty
}

/** @since 0.1.0 */
export const municipalityListYear = 2026
/** @since 0.1.0 */
export const municipalityListSource =
  "Statistics Finland, classification of municipalities 2026 (kunta_1_20260101): 308 municipalities; wellbeing services counties per Act 616/2021 6–7 §"

const ITA_UUSIMAA: WellbeingServicesCounty = { fi: "Itä-Uudenmaan hyvinvointialue", sv: "Östra Nylands välfärdsområde" }
const KESKI_UUSIMAA: WellbeingServicesCounty = {
  fi: "Keski-Uudenmaan hyvinvointialue",
  sv: "Mellersta Nylands välfärdsområde"
}
const LANSI_UUSIMAA: WellbeingServicesCounty = {
  fi: "Länsi-Uudenmaan hyvinvointialue",
  sv: "Västra Nylands välfärdsområde"
}
const VANTAA_KERAVA: WellbeingServicesCounty = {
  fi: "Vantaan ja Keravan hyvinvointialue",
  sv: "Vanda och Kervo välfärdsområde"
}
const VARSINAIS_SUOMI: WellbeingServicesCounty = {
  fi: "Varsinais-Suomen hyvinvointialue",
  sv: "Egentliga Finlands välfärdsområde"
}
const SATAKUNTA: WellbeingServicesCounty = { fi: "Satakunnan hyvinvointialue", sv: "Satakunta välfärdsområde" }
const KANTA_HAME: WellbeingServicesCounty = {
  fi: "Kanta-Hämeen hyvinvointialue",
  sv: "Egentliga Tavastlands välfärdsområde"
}
const PIRKANMAA: WellbeingServicesCounty = { fi: "Pirkanmaan hyvinvointialue", sv: "Birkalands välfärdsområde" }
const PAIJAT_HAME: WellbeingServicesCounty = {
  fi: "Päijät-Hämeen hyvinvointialue",
  sv: "Päijänne-Tavastlands välfärdsområde"
}
const KYMENLAAKSO: WellbeingServicesCounty = { fi: "Kymenlaakson hyvinvointialue", sv: "Kymmenedalens välfärdsområde" }
const ETELA_KARJALA: WellbeingServicesCounty = {
  fi: "Etelä-Karjalan hyvinvointialue",
  sv: "Södra Karelens välfärdsområde"
}
const ETELA_SAVO: WellbeingServicesCounty = { fi: "Etelä-Savon hyvinvointialue", sv: "Södra Savolax välfärdsområde" }
const POHJOIS_SAVO: WellbeingServicesCounty = {
  fi: "Pohjois-Savon hyvinvointialue",
  sv: "Norra Savolax välfärdsområde"
}
const POHJOIS_KARJALA: WellbeingServicesCounty = {
  fi: "Pohjois-Karjalan hyvinvointialue",
  sv: "Norra Karelens välfärdsområde"
}
const KESKI_SUOMI: WellbeingServicesCounty = {
  fi: "Keski-Suomen hyvinvointialue",
  sv: "Mellersta Finlands välfärdsområde"
}
const ETELA_POHJANMAA: WellbeingServicesCounty = {
  fi: "Etelä-Pohjanmaan hyvinvointialue",
  sv: "Södra Österbottens välfärdsområde"
}
const POHJANMAA: WellbeingServicesCounty = { fi: "Pohjanmaan hyvinvointialue", sv: "Österbottens välfärdsområde" }
const KESKI_POHJANMAA: WellbeingServicesCounty = {
  fi: "Keski-Pohjanmaan hyvinvointialue",
  sv: "Mellersta Österbottens välfärdsområde"
}
const POHJOIS_POHJANMAA: WellbeingServicesCounty = {
  fi: "Pohjois-Pohjanmaan hyvinvointialue",
  sv: "Norra Österbottens välfärdsområde"
}
const KAINUU: WellbeingServicesCounty = { fi: "Kainuun hyvinvointialue", sv: "Kajanalands välfärdsområde" }
const LAPPI: WellbeingServicesCounty = { fi: "Lapin hyvinvointialue", sv: "Lapplands välfärdsområde" }

/** Short keys of the counties in {@link countyKeys}. */
const counties: Readonly<Record<string, WellbeingServicesCounty>> = {
  IU: ITA_UUSIMAA,
  KU: KESKI_UUSIMAA,
  LU: LANSI_UUSIMAA,
  VK: VANTAA_KERAVA,
  VS: VARSINAIS_SUOMI,
  SA: SATAKUNTA,
  KH: KANTA_HAME,
  PI: PIRKANMAA,
  PH: PAIJAT_HAME,
  KY: KYMENLAAKSO,
  EK: ETELA_KARJALA,
  ES: ETELA_SAVO,
  PS: POHJOIS_SAVO,
  PK: POHJOIS_KARJALA,
  KS: KESKI_SUOMI,
  EP: ETELA_POHJANMAA,
  PO: POHJANMAA,
  KP: KESKI_POHJANMAA,
  PP: POHJOIS_POHJANMAA,
  KA: KAINUU,
  LA: LAPPI
}

/**
 * The county of each municipality of {@link municipalityNames}, in the same (code) order, separated by ",": the key of
 * its wellbeing services county in {@link counties}, empty for Helsinki and Åland. Kept apart from the names, which the
 * lookups read without the counties (issue #13); test/municipality-data.test.ts compares the decoded list with
 * test/fixtures/municipalities-2026.csv.
 */
const countyKeys =
  "EP,PP,EP,PH,IU,VS,PI,,,ES,LA,LU,SA,SA,EP,,KH,,,PP,PP,PP,KP,KY,,KS,LU,SA,PH,KH,KH,PK,,VK,ES,PH,SA,KH,KA,KU,PI," +
  "KH,PH,PP,PS,PH,PI,EP,PK,LA,LU,EP,EP,EK,KH,PK,KH,,PS,KS,PK,PI,ES,KS,SA,KS,KU,VS,PS,KA,PP,PI,ES,SA,KS,KP,EP,LU," +
  "KS,SA,PO,EP,EP,LU,KP,PS,LA,LA,PP,VK,KS,PI,KS,LU,PK,LA,PS,KS,SA,KP,LA,KS,PK,PO,VS,KY,KY,PO,PO,KA,PI,,PS,EP,EP," +
  "VS,PP,PK,KS,PH,PP,,LA,VS,PH,PO,VS,PS,EP,EK,IU,EP,KS,EK,,PI,PS,KP,PK,VS,PP,PK,VS,KH,IU,KS,PP,,PO,EK,LU,VS,PO,," +
  "VS,VS,PP,SA,KY,ES,PP,KS,LA,PO,KS,VS,IU,KU,ES,PI,VS,SA,PP,PI,VS,PK,KU,PO,PH,VS,PI,PP,PP,PH,VS,KA,EK,PI,LA,KP," +
  "KS,ES,PS,PO,PO,KS,PI,PK,SA,SA,KU,LA,PP,IU,PI,KA,ES,KY,PP,PP,PP,VS,PI,VS,IU,PP,VS,ES,LA,SA,PS,PS,EK,PP,KH,KA," +
  "LA,EK,PI,VS,PK,LU,KS,LA,VS,,VS,EK,ES,LA,EP,PP,SA,PP,PS,LA,IU,LU,LA,EP,VS,PS,KA,,ES,,KA,PS,PH,SA,PP,PI,PP,EK," +
  "PP,VS,KH,PI,PS,LA,EP,PK,KP,KS,LA,VS,LA,PS,KU,PP,SA,PI,PP,LA,KS,PO,VS,PO,PI,PS,VS,PS,PI,KP,PS,LU,KS,EP,KY,PI,," +
  "PO,LA,PP,PI,KH,EP,KS"

/** @since 0.1.0 */
export const municipalities: ReadonlyArray<MunicipalityEntry> = /* @__PURE__ */ (() => {
  const keys = countyKeys.split(",")
  return municipalityNames.map((m, i): MunicipalityEntry => {
    const wellbeingServicesCounty = counties[keys[i] ?? ""]
    return wellbeingServicesCounty === undefined
      ? { code: m.code, fi: m.fi, sv: m.sv }
      : { code: m.code, fi: m.fi, sv: m.sv, wellbeingServicesCounty }
  })
})()
