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

/** @since 0.1.0 */
export const municipalities: ReadonlyArray<MunicipalityEntry> = [
  { code: "005", fi: "Alajärvi", sv: "Alajärvi", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "009", fi: "Alavieska", sv: "Alavieska", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "010", fi: "Alavus", sv: "Alavo", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "016", fi: "Asikkala", sv: "Asikkala", wellbeingServicesCounty: PAIJAT_HAME },
  { code: "018", fi: "Askola", sv: "Askola", wellbeingServicesCounty: ITA_UUSIMAA },
  { code: "019", fi: "Aura", sv: "Aura", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "020", fi: "Akaa", sv: "Ackas", wellbeingServicesCounty: PIRKANMAA },
  { code: "035", fi: "Brändö", sv: "Brändö" },
  { code: "043", fi: "Eckerö", sv: "Eckerö" },
  { code: "046", fi: "Enonkoski", sv: "Enonkoski", wellbeingServicesCounty: ETELA_SAVO },
  { code: "047", fi: "Enontekiö", sv: "Enontekis", wellbeingServicesCounty: LAPPI },
  { code: "049", fi: "Espoo", sv: "Esbo", wellbeingServicesCounty: LANSI_UUSIMAA },
  { code: "050", fi: "Eura", sv: "Eura", wellbeingServicesCounty: SATAKUNTA },
  { code: "051", fi: "Eurajoki", sv: "Euraåminne", wellbeingServicesCounty: SATAKUNTA },
  { code: "052", fi: "Evijärvi", sv: "Evijärvi", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "060", fi: "Finström", sv: "Finström" },
  { code: "061", fi: "Forssa", sv: "Forssa", wellbeingServicesCounty: KANTA_HAME },
  { code: "062", fi: "Föglö", sv: "Föglö" },
  { code: "065", fi: "Geta", sv: "Geta" },
  { code: "069", fi: "Haapajärvi", sv: "Haapajärvi", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "071", fi: "Haapavesi", sv: "Haapavesi", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "072", fi: "Hailuoto", sv: "Karlö", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "074", fi: "Halsua", sv: "Halso", wellbeingServicesCounty: KESKI_POHJANMAA },
  { code: "075", fi: "Hamina", sv: "Fredrikshamn", wellbeingServicesCounty: KYMENLAAKSO },
  { code: "076", fi: "Hammarland", sv: "Hammarland" },
  { code: "077", fi: "Hankasalmi", sv: "Hankasalmi", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "078", fi: "Hanko", sv: "Hangö", wellbeingServicesCounty: LANSI_UUSIMAA },
  { code: "079", fi: "Harjavalta", sv: "Harjavalta", wellbeingServicesCounty: SATAKUNTA },
  { code: "081", fi: "Hartola", sv: "Gustav Adolfs", wellbeingServicesCounty: PAIJAT_HAME },
  { code: "082", fi: "Hattula", sv: "Hattula", wellbeingServicesCounty: KANTA_HAME },
  { code: "086", fi: "Hausjärvi", sv: "Hausjärvi", wellbeingServicesCounty: KANTA_HAME },
  { code: "090", fi: "Heinävesi", sv: "Heinävesi", wellbeingServicesCounty: POHJOIS_KARJALA },
  { code: "091", fi: "Helsinki", sv: "Helsingfors" },
  { code: "092", fi: "Vantaa", sv: "Vanda", wellbeingServicesCounty: VANTAA_KERAVA },
  { code: "097", fi: "Hirvensalmi", sv: "Hirvensalmi", wellbeingServicesCounty: ETELA_SAVO },
  { code: "098", fi: "Hollola", sv: "Hollola", wellbeingServicesCounty: PAIJAT_HAME },
  { code: "102", fi: "Huittinen", sv: "Vittis", wellbeingServicesCounty: SATAKUNTA },
  { code: "103", fi: "Humppila", sv: "Humppila", wellbeingServicesCounty: KANTA_HAME },
  { code: "105", fi: "Hyrynsalmi", sv: "Hyrynsalmi", wellbeingServicesCounty: KAINUU },
  { code: "106", fi: "Hyvinkää", sv: "Hyvinge", wellbeingServicesCounty: KESKI_UUSIMAA },
  { code: "108", fi: "Hämeenkyrö", sv: "Tavastkyro", wellbeingServicesCounty: PIRKANMAA },
  { code: "109", fi: "Hämeenlinna", sv: "Tavastehus", wellbeingServicesCounty: KANTA_HAME },
  { code: "111", fi: "Heinola", sv: "Heinola", wellbeingServicesCounty: PAIJAT_HAME },
  { code: "139", fi: "Ii", sv: "Ijo", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "140", fi: "Iisalmi", sv: "Idensalmi", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "142", fi: "Iitti", sv: "Itis", wellbeingServicesCounty: PAIJAT_HAME },
  { code: "143", fi: "Ikaalinen", sv: "Ikalis", wellbeingServicesCounty: PIRKANMAA },
  { code: "145", fi: "Ilmajoki", sv: "Ilmola", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "146", fi: "Ilomantsi", sv: "Ilomants", wellbeingServicesCounty: POHJOIS_KARJALA },
  { code: "148", fi: "Inari", sv: "Enare", wellbeingServicesCounty: LAPPI },
  { code: "149", fi: "Inkoo", sv: "Ingå", wellbeingServicesCounty: LANSI_UUSIMAA },
  { code: "151", fi: "Isojoki", sv: "Storå", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "152", fi: "Isokyrö", sv: "Storkyro", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "153", fi: "Imatra", sv: "Imatra", wellbeingServicesCounty: ETELA_KARJALA },
  { code: "165", fi: "Janakkala", sv: "Janakkala", wellbeingServicesCounty: KANTA_HAME },
  { code: "167", fi: "Joensuu", sv: "Joensuu", wellbeingServicesCounty: POHJOIS_KARJALA },
  { code: "169", fi: "Jokioinen", sv: "Jockis", wellbeingServicesCounty: KANTA_HAME },
  { code: "170", fi: "Jomala", sv: "Jomala" },
  { code: "171", fi: "Joroinen", sv: "Jorois", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "172", fi: "Joutsa", sv: "Joutsa", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "176", fi: "Juuka", sv: "Juga", wellbeingServicesCounty: POHJOIS_KARJALA },
  { code: "177", fi: "Juupajoki", sv: "Juupajoki", wellbeingServicesCounty: PIRKANMAA },
  { code: "178", fi: "Juva", sv: "Juva", wellbeingServicesCounty: ETELA_SAVO },
  { code: "179", fi: "Jyväskylä", sv: "Jyväskylä", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "181", fi: "Jämijärvi", sv: "Jämijärvi", wellbeingServicesCounty: SATAKUNTA },
  { code: "182", fi: "Jämsä", sv: "Jämsä", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "186", fi: "Järvenpää", sv: "Träskända", wellbeingServicesCounty: KESKI_UUSIMAA },
  { code: "202", fi: "Kaarina", sv: "S:t Karins", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "204", fi: "Kaavi", sv: "Kaavi", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "205", fi: "Kajaani", sv: "Kajana", wellbeingServicesCounty: KAINUU },
  { code: "208", fi: "Kalajoki", sv: "Kalajoki", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "211", fi: "Kangasala", sv: "Kangasala", wellbeingServicesCounty: PIRKANMAA },
  { code: "213", fi: "Kangasniemi", sv: "Kangasniemi", wellbeingServicesCounty: ETELA_SAVO },
  { code: "214", fi: "Kankaanpää", sv: "Kankaanpää", wellbeingServicesCounty: SATAKUNTA },
  { code: "216", fi: "Kannonkoski", sv: "Kannonkoski", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "217", fi: "Kannus", sv: "Kannus", wellbeingServicesCounty: KESKI_POHJANMAA },
  { code: "218", fi: "Karijoki", sv: "Bötom", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "224", fi: "Karkkila", sv: "Högfors", wellbeingServicesCounty: LANSI_UUSIMAA },
  { code: "226", fi: "Karstula", sv: "Karstula", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "230", fi: "Karvia", sv: "Karvia", wellbeingServicesCounty: SATAKUNTA },
  { code: "231", fi: "Kaskinen", sv: "Kaskö", wellbeingServicesCounty: POHJANMAA },
  { code: "232", fi: "Kauhajoki", sv: "Kauhajoki", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "233", fi: "Kauhava", sv: "Kauhava", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "235", fi: "Kauniainen", sv: "Grankulla", wellbeingServicesCounty: LANSI_UUSIMAA },
  { code: "236", fi: "Kaustinen", sv: "Kaustby", wellbeingServicesCounty: KESKI_POHJANMAA },
  { code: "239", fi: "Keitele", sv: "Keitele", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "240", fi: "Kemi", sv: "Kemi", wellbeingServicesCounty: LAPPI },
  { code: "241", fi: "Keminmaa", sv: "Keminmaa", wellbeingServicesCounty: LAPPI },
  { code: "244", fi: "Kempele", sv: "Kempele", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "245", fi: "Kerava", sv: "Kervo", wellbeingServicesCounty: VANTAA_KERAVA },
  { code: "249", fi: "Keuruu", sv: "Keuru", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "250", fi: "Kihniö", sv: "Kihniö", wellbeingServicesCounty: PIRKANMAA },
  { code: "256", fi: "Kinnula", sv: "Kinnula", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "257", fi: "Kirkkonummi", sv: "Kyrkslätt", wellbeingServicesCounty: LANSI_UUSIMAA },
  { code: "260", fi: "Kitee", sv: "Kides", wellbeingServicesCounty: POHJOIS_KARJALA },
  { code: "261", fi: "Kittilä", sv: "Kittilä", wellbeingServicesCounty: LAPPI },
  { code: "263", fi: "Kiuruvesi", sv: "Kiuruvesi", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "265", fi: "Kivijärvi", sv: "Kivijärvi", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "271", fi: "Kokemäki", sv: "Kumo", wellbeingServicesCounty: SATAKUNTA },
  { code: "272", fi: "Kokkola", sv: "Karleby", wellbeingServicesCounty: KESKI_POHJANMAA },
  { code: "273", fi: "Kolari", sv: "Kolari", wellbeingServicesCounty: LAPPI },
  { code: "275", fi: "Konnevesi", sv: "Konnevesi", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "276", fi: "Kontiolahti", sv: "Kontiolax", wellbeingServicesCounty: POHJOIS_KARJALA },
  { code: "280", fi: "Korsnäs", sv: "Korsnäs", wellbeingServicesCounty: POHJANMAA },
  { code: "284", fi: "Koski Tl", sv: "Koskis", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "285", fi: "Kotka", sv: "Kotka", wellbeingServicesCounty: KYMENLAAKSO },
  { code: "286", fi: "Kouvola", sv: "Kouvola", wellbeingServicesCounty: KYMENLAAKSO },
  { code: "287", fi: "Kristiinankaupunki", sv: "Kristinestad", wellbeingServicesCounty: POHJANMAA },
  { code: "288", fi: "Kruunupyy", sv: "Kronoby", wellbeingServicesCounty: POHJANMAA },
  { code: "290", fi: "Kuhmo", sv: "Kuhmo", wellbeingServicesCounty: KAINUU },
  { code: "291", fi: "Kuhmoinen", sv: "Kuhmois", wellbeingServicesCounty: PIRKANMAA },
  { code: "295", fi: "Kumlinge", sv: "Kumlinge" },
  { code: "297", fi: "Kuopio", sv: "Kuopio", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "300", fi: "Kuortane", sv: "Kuortane", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "301", fi: "Kurikka", sv: "Kurikka", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "304", fi: "Kustavi", sv: "Gustavs", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "305", fi: "Kuusamo", sv: "Kuusamo", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "309", fi: "Outokumpu", sv: "Outokumpu", wellbeingServicesCounty: POHJOIS_KARJALA },
  { code: "312", fi: "Kyyjärvi", sv: "Kyyjärvi", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "316", fi: "Kärkölä", sv: "Kärkölä", wellbeingServicesCounty: PAIJAT_HAME },
  { code: "317", fi: "Kärsämäki", sv: "Kärsämäki", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "318", fi: "Kökar", sv: "Kökar" },
  { code: "320", fi: "Kemijärvi", sv: "Kemijärvi", wellbeingServicesCounty: LAPPI },
  { code: "322", fi: "Kemiönsaari", sv: "Kimitoön", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "398", fi: "Lahti", sv: "Lahtis", wellbeingServicesCounty: PAIJAT_HAME },
  { code: "399", fi: "Laihia", sv: "Laihela", wellbeingServicesCounty: POHJANMAA },
  { code: "400", fi: "Laitila", sv: "Letala", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "402", fi: "Lapinlahti", sv: "Lapinlahti", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "403", fi: "Lappajärvi", sv: "Lappajärvi", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "405", fi: "Lappeenranta", sv: "Villmanstrand", wellbeingServicesCounty: ETELA_KARJALA },
  { code: "407", fi: "Lapinjärvi", sv: "Lappträsk", wellbeingServicesCounty: ITA_UUSIMAA },
  { code: "408", fi: "Lapua", sv: "Lappo", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "410", fi: "Laukaa", sv: "Laukas", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "416", fi: "Lemi", sv: "Lemi", wellbeingServicesCounty: ETELA_KARJALA },
  { code: "417", fi: "Lemland", sv: "Lemland" },
  { code: "418", fi: "Lempäälä", sv: "Lempäälä", wellbeingServicesCounty: PIRKANMAA },
  { code: "420", fi: "Leppävirta", sv: "Leppävirta", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "421", fi: "Lestijärvi", sv: "Lestijärvi", wellbeingServicesCounty: KESKI_POHJANMAA },
  { code: "422", fi: "Lieksa", sv: "Lieksa", wellbeingServicesCounty: POHJOIS_KARJALA },
  { code: "423", fi: "Lieto", sv: "Lundo", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "425", fi: "Liminka", sv: "Limingo", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "426", fi: "Liperi", sv: "Libelits", wellbeingServicesCounty: POHJOIS_KARJALA },
  { code: "430", fi: "Loimaa", sv: "Loimaa", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "433", fi: "Loppi", sv: "Loppi", wellbeingServicesCounty: KANTA_HAME },
  { code: "434", fi: "Loviisa", sv: "Lovisa", wellbeingServicesCounty: ITA_UUSIMAA },
  { code: "435", fi: "Luhanka", sv: "Luhanka", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "436", fi: "Lumijoki", sv: "Lumijoki", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "438", fi: "Lumparland", sv: "Lumparland" },
  { code: "440", fi: "Luoto", sv: "Larsmo", wellbeingServicesCounty: POHJANMAA },
  { code: "441", fi: "Luumäki", sv: "Luumäki", wellbeingServicesCounty: ETELA_KARJALA },
  { code: "444", fi: "Lohja", sv: "Lojo", wellbeingServicesCounty: LANSI_UUSIMAA },
  { code: "445", fi: "Parainen", sv: "Pargas", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "475", fi: "Maalahti", sv: "Malax", wellbeingServicesCounty: POHJANMAA },
  { code: "478", fi: "Maarianhamina", sv: "Mariehamn" },
  { code: "480", fi: "Marttila", sv: "S:t Mårtens", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "481", fi: "Masku", sv: "Masku", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "483", fi: "Merijärvi", sv: "Merijärvi", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "484", fi: "Merikarvia", sv: "Sastmola", wellbeingServicesCounty: SATAKUNTA },
  { code: "489", fi: "Miehikkälä", sv: "Miehikkälä", wellbeingServicesCounty: KYMENLAAKSO },
  { code: "491", fi: "Mikkeli", sv: "S:t Michel", wellbeingServicesCounty: ETELA_SAVO },
  { code: "494", fi: "Muhos", sv: "Muhos", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "495", fi: "Multia", sv: "Multia", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "498", fi: "Muonio", sv: "Muonio", wellbeingServicesCounty: LAPPI },
  { code: "499", fi: "Mustasaari", sv: "Korsholm", wellbeingServicesCounty: POHJANMAA },
  { code: "500", fi: "Muurame", sv: "Muurame", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "503", fi: "Mynämäki", sv: "Virmo", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "504", fi: "Myrskylä", sv: "Mörskom", wellbeingServicesCounty: ITA_UUSIMAA },
  { code: "505", fi: "Mäntsälä", sv: "Mäntsälä", wellbeingServicesCounty: KESKI_UUSIMAA },
  { code: "507", fi: "Mäntyharju", sv: "Mäntyharju", wellbeingServicesCounty: ETELA_SAVO },
  { code: "508", fi: "Mänttä-Vilppula", sv: "Mänttä-Vilppula", wellbeingServicesCounty: PIRKANMAA },
  { code: "529", fi: "Naantali", sv: "Nådendal", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "531", fi: "Nakkila", sv: "Nakkila", wellbeingServicesCounty: SATAKUNTA },
  { code: "535", fi: "Nivala", sv: "Nivala", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "536", fi: "Nokia", sv: "Nokia", wellbeingServicesCounty: PIRKANMAA },
  { code: "538", fi: "Nousiainen", sv: "Nousis", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "541", fi: "Nurmes", sv: "Nurmes", wellbeingServicesCounty: POHJOIS_KARJALA },
  { code: "543", fi: "Nurmijärvi", sv: "Nurmijärvi", wellbeingServicesCounty: KESKI_UUSIMAA },
  { code: "545", fi: "Närpiö", sv: "Närpes", wellbeingServicesCounty: POHJANMAA },
  { code: "560", fi: "Orimattila", sv: "Orimattila", wellbeingServicesCounty: PAIJAT_HAME },
  { code: "561", fi: "Oripää", sv: "Oripää", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "562", fi: "Orivesi", sv: "Orivesi", wellbeingServicesCounty: PIRKANMAA },
  { code: "563", fi: "Oulainen", sv: "Oulainen", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "564", fi: "Oulu", sv: "Uleåborg", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "576", fi: "Padasjoki", sv: "Padasjoki", wellbeingServicesCounty: PAIJAT_HAME },
  { code: "577", fi: "Paimio", sv: "Pemar", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "578", fi: "Paltamo", sv: "Paltamo", wellbeingServicesCounty: KAINUU },
  { code: "580", fi: "Parikkala", sv: "Parikkala", wellbeingServicesCounty: ETELA_KARJALA },
  { code: "581", fi: "Parkano", sv: "Parkano", wellbeingServicesCounty: PIRKANMAA },
  { code: "583", fi: "Pelkosenniemi", sv: "Pelkosenniemi", wellbeingServicesCounty: LAPPI },
  { code: "584", fi: "Perho", sv: "Perho", wellbeingServicesCounty: KESKI_POHJANMAA },
  { code: "592", fi: "Petäjävesi", sv: "Petäjävesi", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "593", fi: "Pieksämäki", sv: "Pieksämäki", wellbeingServicesCounty: ETELA_SAVO },
  { code: "595", fi: "Pielavesi", sv: "Pielavesi", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "598", fi: "Pietarsaari", sv: "Jakobstad", wellbeingServicesCounty: POHJANMAA },
  { code: "599", fi: "Pedersören kunta", sv: "Pedersöre", wellbeingServicesCounty: POHJANMAA },
  { code: "601", fi: "Pihtipudas", sv: "Pihtipudas", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "604", fi: "Pirkkala", sv: "Birkala", wellbeingServicesCounty: PIRKANMAA },
  { code: "607", fi: "Polvijärvi", sv: "Polvijärvi", wellbeingServicesCounty: POHJOIS_KARJALA },
  { code: "608", fi: "Pomarkku", sv: "Påmark", wellbeingServicesCounty: SATAKUNTA },
  { code: "609", fi: "Pori", sv: "Björneborg", wellbeingServicesCounty: SATAKUNTA },
  { code: "611", fi: "Pornainen", sv: "Borgnäs", wellbeingServicesCounty: KESKI_UUSIMAA },
  { code: "614", fi: "Posio", sv: "Posio", wellbeingServicesCounty: LAPPI },
  { code: "615", fi: "Pudasjärvi", sv: "Pudasjärvi", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "616", fi: "Pukkila", sv: "Pukkila", wellbeingServicesCounty: ITA_UUSIMAA },
  { code: "619", fi: "Punkalaidun", sv: "Punkalaidun", wellbeingServicesCounty: PIRKANMAA },
  { code: "620", fi: "Puolanka", sv: "Puolanka", wellbeingServicesCounty: KAINUU },
  { code: "623", fi: "Puumala", sv: "Puumala", wellbeingServicesCounty: ETELA_SAVO },
  { code: "624", fi: "Pyhtää", sv: "Pyttis", wellbeingServicesCounty: KYMENLAAKSO },
  { code: "625", fi: "Pyhäjoki", sv: "Pyhäjoki", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "626", fi: "Pyhäjärvi", sv: "Pyhäjärvi", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "630", fi: "Pyhäntä", sv: "Pyhäntä", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "631", fi: "Pyhäranta", sv: "Pyhäranta", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "635", fi: "Pälkäne", sv: "Pälkäne", wellbeingServicesCounty: PIRKANMAA },
  { code: "636", fi: "Pöytyä", sv: "Pöytyä", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "638", fi: "Porvoo", sv: "Borgå", wellbeingServicesCounty: ITA_UUSIMAA },
  { code: "678", fi: "Raahe", sv: "Brahestad", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "680", fi: "Raisio", sv: "Reso", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "681", fi: "Rantasalmi", sv: "Rantasalmi", wellbeingServicesCounty: ETELA_SAVO },
  { code: "683", fi: "Ranua", sv: "Ranua", wellbeingServicesCounty: LAPPI },
  { code: "684", fi: "Rauma", sv: "Raumo", wellbeingServicesCounty: SATAKUNTA },
  { code: "686", fi: "Rautalampi", sv: "Rautalampi", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "687", fi: "Rautavaara", sv: "Rautavaara", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "689", fi: "Rautjärvi", sv: "Rautjärvi", wellbeingServicesCounty: ETELA_KARJALA },
  { code: "691", fi: "Reisjärvi", sv: "Reisjärvi", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "694", fi: "Riihimäki", sv: "Riihimäki", wellbeingServicesCounty: KANTA_HAME },
  { code: "697", fi: "Ristijärvi", sv: "Ristijärvi", wellbeingServicesCounty: KAINUU },
  { code: "698", fi: "Rovaniemi", sv: "Rovaniemi", wellbeingServicesCounty: LAPPI },
  { code: "700", fi: "Ruokolahti", sv: "Ruokolax", wellbeingServicesCounty: ETELA_KARJALA },
  { code: "702", fi: "Ruovesi", sv: "Ruovesi", wellbeingServicesCounty: PIRKANMAA },
  { code: "704", fi: "Rusko", sv: "Rusko", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "707", fi: "Rääkkylä", sv: "Rääkkylä", wellbeingServicesCounty: POHJOIS_KARJALA },
  { code: "710", fi: "Raasepori", sv: "Raseborg", wellbeingServicesCounty: LANSI_UUSIMAA },
  { code: "729", fi: "Saarijärvi", sv: "Saarijärvi", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "732", fi: "Salla", sv: "Salla", wellbeingServicesCounty: LAPPI },
  { code: "734", fi: "Salo", sv: "Salo", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "736", fi: "Saltvik", sv: "Saltvik" },
  { code: "738", fi: "Sauvo", sv: "Sagu", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "739", fi: "Savitaipale", sv: "Savitaipale", wellbeingServicesCounty: ETELA_KARJALA },
  { code: "740", fi: "Savonlinna", sv: "Nyslott", wellbeingServicesCounty: ETELA_SAVO },
  { code: "742", fi: "Savukoski", sv: "Savukoski", wellbeingServicesCounty: LAPPI },
  { code: "743", fi: "Seinäjoki", sv: "Seinäjoki", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "746", fi: "Sievi", sv: "Sievi", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "747", fi: "Siikainen", sv: "Siikais", wellbeingServicesCounty: SATAKUNTA },
  { code: "748", fi: "Siikajoki", sv: "Siikajoki", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "749", fi: "Siilinjärvi", sv: "Siilinjärvi", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "751", fi: "Simo", sv: "Simo", wellbeingServicesCounty: LAPPI },
  { code: "753", fi: "Sipoo", sv: "Sibbo", wellbeingServicesCounty: ITA_UUSIMAA },
  { code: "755", fi: "Siuntio", sv: "Sjundeå", wellbeingServicesCounty: LANSI_UUSIMAA },
  { code: "758", fi: "Sodankylä", sv: "Sodankylä", wellbeingServicesCounty: LAPPI },
  { code: "759", fi: "Soini", sv: "Soini", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "761", fi: "Somero", sv: "Somero", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "762", fi: "Sonkajärvi", sv: "Sonkajärvi", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "765", fi: "Sotkamo", sv: "Sotkamo", wellbeingServicesCounty: KAINUU },
  { code: "766", fi: "Sottunga", sv: "Sottunga" },
  { code: "768", fi: "Sulkava", sv: "Sulkava", wellbeingServicesCounty: ETELA_SAVO },
  { code: "771", fi: "Sund", sv: "Sund" },
  { code: "777", fi: "Suomussalmi", sv: "Suomussalmi", wellbeingServicesCounty: KAINUU },
  { code: "778", fi: "Suonenjoki", sv: "Suonenjoki", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "781", fi: "Sysmä", sv: "Sysmä", wellbeingServicesCounty: PAIJAT_HAME },
  { code: "783", fi: "Säkylä", sv: "Säkylä", wellbeingServicesCounty: SATAKUNTA },
  { code: "785", fi: "Vaala", sv: "Vaala", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "790", fi: "Sastamala", sv: "Sastamala", wellbeingServicesCounty: PIRKANMAA },
  { code: "791", fi: "Siikalatva", sv: "Siikalatva", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "831", fi: "Taipalsaari", sv: "Taipalsaari", wellbeingServicesCounty: ETELA_KARJALA },
  { code: "832", fi: "Taivalkoski", sv: "Taivalkoski", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "833", fi: "Taivassalo", sv: "Tövsala", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "834", fi: "Tammela", sv: "Tammela", wellbeingServicesCounty: KANTA_HAME },
  { code: "837", fi: "Tampere", sv: "Tammerfors", wellbeingServicesCounty: PIRKANMAA },
  { code: "844", fi: "Tervo", sv: "Tervo", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "845", fi: "Tervola", sv: "Tervola", wellbeingServicesCounty: LAPPI },
  { code: "846", fi: "Teuva", sv: "Östermark", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "848", fi: "Tohmajärvi", sv: "Tohmajärvi", wellbeingServicesCounty: POHJOIS_KARJALA },
  { code: "849", fi: "Toholampi", sv: "Toholampi", wellbeingServicesCounty: KESKI_POHJANMAA },
  { code: "850", fi: "Toivakka", sv: "Toivakka", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "851", fi: "Tornio", sv: "Torneå", wellbeingServicesCounty: LAPPI },
  { code: "853", fi: "Turku", sv: "Åbo", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "854", fi: "Pello", sv: "Pello", wellbeingServicesCounty: LAPPI },
  { code: "857", fi: "Tuusniemi", sv: "Tuusniemi", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "858", fi: "Tuusula", sv: "Tusby", wellbeingServicesCounty: KESKI_UUSIMAA },
  { code: "859", fi: "Tyrnävä", sv: "Tyrnävä", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "886", fi: "Ulvila", sv: "Ulvsby", wellbeingServicesCounty: SATAKUNTA },
  { code: "887", fi: "Urjala", sv: "Urjala", wellbeingServicesCounty: PIRKANMAA },
  { code: "889", fi: "Utajärvi", sv: "Utajärvi", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "890", fi: "Utsjoki", sv: "Utsjoki", wellbeingServicesCounty: LAPPI },
  { code: "892", fi: "Uurainen", sv: "Uurainen", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "893", fi: "Uusikaarlepyy", sv: "Nykarleby", wellbeingServicesCounty: POHJANMAA },
  { code: "895", fi: "Uusikaupunki", sv: "Nystad", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "905", fi: "Vaasa", sv: "Vasa", wellbeingServicesCounty: POHJANMAA },
  { code: "908", fi: "Valkeakoski", sv: "Valkeakoski", wellbeingServicesCounty: PIRKANMAA },
  { code: "915", fi: "Varkaus", sv: "Varkaus", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "918", fi: "Vehmaa", sv: "Vemo", wellbeingServicesCounty: VARSINAIS_SUOMI },
  { code: "921", fi: "Vesanto", sv: "Vesanto", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "922", fi: "Vesilahti", sv: "Vesilahti", wellbeingServicesCounty: PIRKANMAA },
  { code: "924", fi: "Veteli", sv: "Vetil", wellbeingServicesCounty: KESKI_POHJANMAA },
  { code: "925", fi: "Vieremä", sv: "Vieremä", wellbeingServicesCounty: POHJOIS_SAVO },
  { code: "927", fi: "Vihti", sv: "Vichtis", wellbeingServicesCounty: LANSI_UUSIMAA },
  { code: "931", fi: "Viitasaari", sv: "Viitasaari", wellbeingServicesCounty: KESKI_SUOMI },
  { code: "934", fi: "Vimpeli", sv: "Vindala", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "935", fi: "Virolahti", sv: "Vederlax", wellbeingServicesCounty: KYMENLAAKSO },
  { code: "936", fi: "Virrat", sv: "Virdois", wellbeingServicesCounty: PIRKANMAA },
  { code: "941", fi: "Vårdö", sv: "Vårdö" },
  { code: "946", fi: "Vöyri", sv: "Vörå", wellbeingServicesCounty: POHJANMAA },
  { code: "976", fi: "Ylitornio", sv: "Övertorneå", wellbeingServicesCounty: LAPPI },
  { code: "977", fi: "Ylivieska", sv: "Ylivieska", wellbeingServicesCounty: POHJOIS_POHJANMAA },
  { code: "980", fi: "Ylöjärvi", sv: "Ylöjärvi", wellbeingServicesCounty: PIRKANMAA },
  { code: "981", fi: "Ypäjä", sv: "Ypäjä", wellbeingServicesCounty: KANTA_HAME },
  { code: "989", fi: "Ähtäri", sv: "Etseri", wellbeingServicesCounty: ETELA_POHJANMAA },
  { code: "992", fi: "Äänekoski", sv: "Äänekoski", wellbeingServicesCounty: KESKI_SUOMI }
]
