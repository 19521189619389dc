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

/** Short keys of the counties in {@link entries}. */
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
 * The list, one entry per municipality in code order, separated by ";": code, Finnish name, Swedish name (empty when
 * the same as the Finnish one), and the key of the wellbeing services county in {@link counties} (absent for Helsinki
 * and Åland). Kept as one string instead of 308 object literals for the browser bundles that load the list (issue
 * #13); test/municipality-data.test.ts compares the decoded list with test/fixtures/municipalities-2026.csv.
 */
const entries =
  "005,Alajärvi,,EP;009,Alavieska,,PP;010,Alavus,Alavo,EP;016,Asikkala,,PH;018,Askola,,IU;019,Aura,,VS;" +
  "020,Akaa,Ackas,PI;035,Brändö,;043,Eckerö,;046,Enonkoski,,ES;047,Enontekiö,Enontekis,LA;" +
  "049,Espoo,Esbo,LU;050,Eura,,SA;051,Eurajoki,Euraåminne,SA;052,Evijärvi,,EP;060,Finström,;" +
  "061,Forssa,,KH;062,Föglö,;065,Geta,;069,Haapajärvi,,PP;071,Haapavesi,,PP;072,Hailuoto,Karlö,PP;" +
  "074,Halsua,Halso,KP;075,Hamina,Fredrikshamn,KY;076,Hammarland,;077,Hankasalmi,,KS;078,Hanko,Hangö,LU;" +
  "079,Harjavalta,,SA;081,Hartola,Gustav Adolfs,PH;082,Hattula,,KH;086,Hausjärvi,,KH;090,Heinävesi,,PK;" +
  "091,Helsinki,Helsingfors;092,Vantaa,Vanda,VK;097,Hirvensalmi,,ES;098,Hollola,,PH;" +
  "102,Huittinen,Vittis,SA;103,Humppila,,KH;105,Hyrynsalmi,,KA;106,Hyvinkää,Hyvinge,KU;" +
  "108,Hämeenkyrö,Tavastkyro,PI;109,Hämeenlinna,Tavastehus,KH;111,Heinola,,PH;139,Ii,Ijo,PP;" +
  "140,Iisalmi,Idensalmi,PS;142,Iitti,Itis,PH;143,Ikaalinen,Ikalis,PI;145,Ilmajoki,Ilmola,EP;" +
  "146,Ilomantsi,Ilomants,PK;148,Inari,Enare,LA;149,Inkoo,Ingå,LU;151,Isojoki,Storå,EP;" +
  "152,Isokyrö,Storkyro,EP;153,Imatra,,EK;165,Janakkala,,KH;167,Joensuu,,PK;169,Jokioinen,Jockis,KH;" +
  "170,Jomala,;171,Joroinen,Jorois,PS;172,Joutsa,,KS;176,Juuka,Juga,PK;177,Juupajoki,,PI;178,Juva,,ES;" +
  "179,Jyväskylä,,KS;181,Jämijärvi,,SA;182,Jämsä,,KS;186,Järvenpää,Träskända,KU;" +
  "202,Kaarina,S:t Karins,VS;204,Kaavi,,PS;205,Kajaani,Kajana,KA;208,Kalajoki,,PP;211,Kangasala,,PI;" +
  "213,Kangasniemi,,ES;214,Kankaanpää,,SA;216,Kannonkoski,,KS;217,Kannus,,KP;218,Karijoki,Bötom,EP;" +
  "224,Karkkila,Högfors,LU;226,Karstula,,KS;230,Karvia,,SA;231,Kaskinen,Kaskö,PO;232,Kauhajoki,,EP;" +
  "233,Kauhava,,EP;235,Kauniainen,Grankulla,LU;236,Kaustinen,Kaustby,KP;239,Keitele,,PS;240,Kemi,,LA;" +
  "241,Keminmaa,,LA;244,Kempele,,PP;245,Kerava,Kervo,VK;249,Keuruu,Keuru,KS;250,Kihniö,,PI;" +
  "256,Kinnula,,KS;257,Kirkkonummi,Kyrkslätt,LU;260,Kitee,Kides,PK;261,Kittilä,,LA;263,Kiuruvesi,,PS;" +
  "265,Kivijärvi,,KS;271,Kokemäki,Kumo,SA;272,Kokkola,Karleby,KP;273,Kolari,,LA;275,Konnevesi,,KS;" +
  "276,Kontiolahti,Kontiolax,PK;280,Korsnäs,,PO;284,Koski Tl,Koskis,VS;285,Kotka,,KY;286,Kouvola,,KY;" +
  "287,Kristiinankaupunki,Kristinestad,PO;288,Kruunupyy,Kronoby,PO;290,Kuhmo,,KA;" +
  "291,Kuhmoinen,Kuhmois,PI;295,Kumlinge,;297,Kuopio,,PS;300,Kuortane,,EP;301,Kurikka,,EP;" +
  "304,Kustavi,Gustavs,VS;305,Kuusamo,,PP;309,Outokumpu,,PK;312,Kyyjärvi,,KS;316,Kärkölä,,PH;" +
  "317,Kärsämäki,,PP;318,Kökar,;320,Kemijärvi,,LA;322,Kemiönsaari,Kimitoön,VS;398,Lahti,Lahtis,PH;" +
  "399,Laihia,Laihela,PO;400,Laitila,Letala,VS;402,Lapinlahti,,PS;403,Lappajärvi,,EP;" +
  "405,Lappeenranta,Villmanstrand,EK;407,Lapinjärvi,Lappträsk,IU;408,Lapua,Lappo,EP;" +
  "410,Laukaa,Laukas,KS;416,Lemi,,EK;417,Lemland,;418,Lempäälä,,PI;420,Leppävirta,,PS;" +
  "421,Lestijärvi,,KP;422,Lieksa,,PK;423,Lieto,Lundo,VS;425,Liminka,Limingo,PP;426,Liperi,Libelits,PK;" +
  "430,Loimaa,,VS;433,Loppi,,KH;434,Loviisa,Lovisa,IU;435,Luhanka,,KS;436,Lumijoki,,PP;438,Lumparland,;" +
  "440,Luoto,Larsmo,PO;441,Luumäki,,EK;444,Lohja,Lojo,LU;445,Parainen,Pargas,VS;475,Maalahti,Malax,PO;" +
  "478,Maarianhamina,Mariehamn;480,Marttila,S:t Mårtens,VS;481,Masku,,VS;483,Merijärvi,,PP;" +
  "484,Merikarvia,Sastmola,SA;489,Miehikkälä,,KY;491,Mikkeli,S:t Michel,ES;494,Muhos,,PP;495,Multia,,KS;" +
  "498,Muonio,,LA;499,Mustasaari,Korsholm,PO;500,Muurame,,KS;503,Mynämäki,Virmo,VS;" +
  "504,Myrskylä,Mörskom,IU;505,Mäntsälä,,KU;507,Mäntyharju,,ES;508,Mänttä-Vilppula,,PI;" +
  "529,Naantali,Nådendal,VS;531,Nakkila,,SA;535,Nivala,,PP;536,Nokia,,PI;538,Nousiainen,Nousis,VS;" +
  "541,Nurmes,,PK;543,Nurmijärvi,,KU;545,Närpiö,Närpes,PO;560,Orimattila,,PH;561,Oripää,,VS;" +
  "562,Orivesi,,PI;563,Oulainen,,PP;564,Oulu,Uleåborg,PP;576,Padasjoki,,PH;577,Paimio,Pemar,VS;" +
  "578,Paltamo,,KA;580,Parikkala,,EK;581,Parkano,,PI;583,Pelkosenniemi,,LA;584,Perho,,KP;" +
  "592,Petäjävesi,,KS;593,Pieksämäki,,ES;595,Pielavesi,,PS;598,Pietarsaari,Jakobstad,PO;" +
  "599,Pedersören kunta,Pedersöre,PO;601,Pihtipudas,,KS;604,Pirkkala,Birkala,PI;607,Polvijärvi,,PK;" +
  "608,Pomarkku,Påmark,SA;609,Pori,Björneborg,SA;611,Pornainen,Borgnäs,KU;614,Posio,,LA;" +
  "615,Pudasjärvi,,PP;616,Pukkila,,IU;619,Punkalaidun,,PI;620,Puolanka,,KA;623,Puumala,,ES;" +
  "624,Pyhtää,Pyttis,KY;625,Pyhäjoki,,PP;626,Pyhäjärvi,,PP;630,Pyhäntä,,PP;631,Pyhäranta,,VS;" +
  "635,Pälkäne,,PI;636,Pöytyä,,VS;638,Porvoo,Borgå,IU;678,Raahe,Brahestad,PP;680,Raisio,Reso,VS;" +
  "681,Rantasalmi,,ES;683,Ranua,,LA;684,Rauma,Raumo,SA;686,Rautalampi,,PS;687,Rautavaara,,PS;" +
  "689,Rautjärvi,,EK;691,Reisjärvi,,PP;694,Riihimäki,,KH;697,Ristijärvi,,KA;698,Rovaniemi,,LA;" +
  "700,Ruokolahti,Ruokolax,EK;702,Ruovesi,,PI;704,Rusko,,VS;707,Rääkkylä,,PK;710,Raasepori,Raseborg,LU;" +
  "729,Saarijärvi,,KS;732,Salla,,LA;734,Salo,,VS;736,Saltvik,;738,Sauvo,Sagu,VS;739,Savitaipale,,EK;" +
  "740,Savonlinna,Nyslott,ES;742,Savukoski,,LA;743,Seinäjoki,,EP;746,Sievi,,PP;747,Siikainen,Siikais,SA;" +
  "748,Siikajoki,,PP;749,Siilinjärvi,,PS;751,Simo,,LA;753,Sipoo,Sibbo,IU;755,Siuntio,Sjundeå,LU;" +
  "758,Sodankylä,,LA;759,Soini,,EP;761,Somero,,VS;762,Sonkajärvi,,PS;765,Sotkamo,,KA;766,Sottunga,;" +
  "768,Sulkava,,ES;771,Sund,;777,Suomussalmi,,KA;778,Suonenjoki,,PS;781,Sysmä,,PH;783,Säkylä,,SA;" +
  "785,Vaala,,PP;790,Sastamala,,PI;791,Siikalatva,,PP;831,Taipalsaari,,EK;832,Taivalkoski,,PP;" +
  "833,Taivassalo,Tövsala,VS;834,Tammela,,KH;837,Tampere,Tammerfors,PI;844,Tervo,,PS;845,Tervola,,LA;" +
  "846,Teuva,Östermark,EP;848,Tohmajärvi,,PK;849,Toholampi,,KP;850,Toivakka,,KS;851,Tornio,Torneå,LA;" +
  "853,Turku,Åbo,VS;854,Pello,,LA;857,Tuusniemi,,PS;858,Tuusula,Tusby,KU;859,Tyrnävä,,PP;" +
  "886,Ulvila,Ulvsby,SA;887,Urjala,,PI;889,Utajärvi,,PP;890,Utsjoki,,LA;892,Uurainen,,KS;" +
  "893,Uusikaarlepyy,Nykarleby,PO;895,Uusikaupunki,Nystad,VS;905,Vaasa,Vasa,PO;908,Valkeakoski,,PI;" +
  "915,Varkaus,,PS;918,Vehmaa,Vemo,VS;921,Vesanto,,PS;922,Vesilahti,,PI;924,Veteli,Vetil,KP;" +
  "925,Vieremä,,PS;927,Vihti,Vichtis,LU;931,Viitasaari,,KS;934,Vimpeli,Vindala,EP;" +
  "935,Virolahti,Vederlax,KY;936,Virrat,Virdois,PI;941,Vårdö,;946,Vöyri,Vörå,PO;" +
  "976,Ylitornio,Övertorneå,LA;977,Ylivieska,,PP;980,Ylöjärvi,,PI;981,Ypäjä,,KH;989,Ähtäri,Etseri,EP;" +
  "992,Äänekoski,,KS"

/** @since 0.1.0 */
export const municipalities: ReadonlyArray<MunicipalityEntry> = /* @__PURE__ */ (() =>
  entries.split(";").map((entry): MunicipalityEntry => {
    const [code = "", fi = "", sv = "", county] = entry.split(",")
    const wellbeingServicesCounty = county === undefined ? undefined : counties[county]
    return wellbeingServicesCounty === undefined
      ? { code, fi, sv: sv === "" ? fi : sv }
      : { code, fi, sv: sv === "" ? fi : sv, wellbeingServicesCounty }
  }))()
