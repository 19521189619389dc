/**
 * The source text of every entry of the dated parameter tables (`values.ts`), by table name and entry index: what the
 * public tables (`tables.ts`, `Parameters.*`), the trace, the explanations and the CLI's `parameters` listing show.
 * Kept apart from the values so that the amount path (`supportCents`) carries none of these texts (issue #13);
 * `test/parameters/sources.test.ts` checks that every entry has exactly one.
 *
 * @since 0.4.0
 */

/** Source texts by table name, one per entry of that table in `values.ts`, in the same order. @since 0.4.0 */
export const parameterSources: Readonly<Record<string, ReadonlyArray<string>>> = {
  basicAmountSingle: [
    "Kela 2017 (FAQ 'miksi sain perusosaa pienemmän määrän'); SISU ptoimtuki",
    "Kela 2018 kela.fi/toimeentulotuki-perusosan-maara; SISU ptoimtuki",
    "SISU ptoimtuki; Kela 2019",
    "SISU ptoimtuki; Kela 2020",
    "Kela 2021 kela.fi/web/en/faq-social-assistance (E2); SISU ptoimtuki",
    "SISU ptoimtuki; Kela 2022",
    "Extra index increase 1.8.2022 (kansaneläkeindeksi, law 9 a §); SISU ptoimtuki",
    "STM release valtioneuvosto.fi/-/1271139 (2023)",
    "kela.fi/toimeentulotuki-perusosan-maara (2024)",
    "kela.fi/necessary-identity-card-or-document (2025); index +1.0 % sttinfo.fi/tiedote/70775113",
    "Kela release 16.2.2026 sttinfo.fi/tiedote/71815459 (before 1.3.2026)",
    "Law 26/2026 (HE 116/2025); Kela release 16.2.2026 sttinfo.fi/tiedote/71815459"
  ],
  categoryPercentages: [
    "Law 1184/2011 (9 § 2 mom); 1412/1997 9 § 1 and 3 mom; finlex-data asd20111184.xml",
    "Law 1220/2019 (single parent 114 %), HE 39/2019",
    "Law 1228/2022 (HE 236/2022): children 76 % / 69 %, sibling steps 5/10 points; finlex-data asd20221228.xml",
    "Law 1220/2019; Kela table 2024 kela.fi/toimeentulotuki-perusosan-maara; Kela 16.2.2026 table (before 1.3.)",
    "Law 26/2026 (HE 116/2025); percentages reproduce every value of Kela's table 16.2.2026 (sttinfo.fi/tiedote/71815459)"
  ],
  earnedIncomeDisregard: [
    "Law 940/2014: at least 20 % of the earner's earned income, at most 150 €/month; StatisticsFinland/mikrosimulointi SISU/MAKROT/TOIMTUKIlakimakrot.sas (ToimTukiKS) uses min(20 %, 150 €) while kuuid <= MDY(5, 1, 2018), i.e. up to and including May 2018 (kuuid = first day of the month, YleisMakrot LuoKuuID); Kela research blog 6.7.2018 (tietotarjotin.fi/tutkimusblogi/725353) reports that recipients 'now' keep 150 €",
    "Law 940/2014 ('at least 20 %, max 150 €') applied by Kela as the first 150 €/month in full (kela.fi/toimeentulotuki-tulot-jotka-eivat-vaikuta: 'Jos palkkatulo on alle 150 euroa, sitä ei huomioida lainkaan'); start 1.6.2018 from SISU TOIMTUKIlakimakrot.sas (full 150 € for months after MDY(5, 1, 2018))",
    "Law 1023/2022 11 § 3 mom: 150 €/month of each earner's earned income is disregarded; finlex-data asd20221023.xml",
    "Law 26/2026 (in force 1.2.2026; SISU lakipäivitykset_2026.xlsx: finlex.fi/fi/lainsaadanto/saadoskokoelma/2026/26): disregard abolished for persons aged 18+ from 1.3.2026 (Kela/STT 18.12.2025, 10.2.2026; SISU macro keeps it for under-18s); informal and family carers keep the 150 € on their carer's fee until 31.12.2027 (Yle Viikon uutinen selkosuomeksi 14.2.2026: 'ei koske vielä omaishoitajia ja perhehoitajia … ensi vuoden loppuun asti'; not in SISU's macro; the enacted text not read)"
  ],
  minorAssistanceDisregard: [
    "1412/1997 11 § 2 mom 1 kohta (49/2005: minor earned income and assistance of any kind); 50 €/100 € are Kela guidance (kela.fi/toimeentulotuki-miten-tulot-ja-varat-vaikuttavat); end 28.2.2026 inferred: law 26/2026 abolishes it (ShUB 29/2025), in force with the 150 € change on 1.3.2026 per Yle Viikon uutinen selkosuomeksi 14.2.2026 — the text of 26/2026 not read (docs/social-assistance/open-readings.md § 3)"
  ],
  coeliacDietAllowance: [
    "Law 847/2024, 1412/1997 7 b § 2 mom (in force 1.2.2025, for periods from 1.3.2025); sttinfo.fi/tiedote/70743676. Not indexed in the sources seen."
  ],
  movingAllowance: [
    "Kela guidance: for a self-organised move a moving allowance of 120 € or 180 €, 'Rahan suuruus riippuu muuttomatkan pituudesta ja perheen koosta' (kela.fi/toimeentulotuki-muuttokustannukset 29.8.2022; sv page 28.9.2023, en page 22.4.2021); Kela publishes no distance or family-size thresholds, so the input states the amount Kela applies (short = 120 €: Kela's example, one person moving across town; long = 180 €). 1412/1997 7 a § 1 mom 7 kohta (1023/2022), 7 b § 1 mom 1 kohta (815/2015): necessary moving costs. Start date inferred (Kela practice since 2017)"
  ],
  housingLimitRegimes: [
    "Law 815/2015 7 b § (finlex-data asd20150815.xml): housing costs at necessary size, direction to a cheaper home with a reasonable deadline; no decree limit. The library accepts the claimed costs and says so",
    "Law 1023/2022 7 a §: housing costs at necessary size; no decree limit before 1.4.2024. The library accepts the claimed costs and says so",
    "Law 1242/2023; VNA 144/2024 annex (1.4.–31.12.2024), https://finlex.fi/fi/laki/alkup/2024/20240144",
    "VNA 580/2024 annex (1.1.–31.12.2025), https://finlex.fi/fi/laki/alkup/2024/20240580; Pertunmaa (merged into Mäntyharju 1.1.2025) has no row in the annex and gets Mäntyharju's row (mergedFrom)",
    "PROVISIONAL: a 2026 annex is in force (valtioneuvosto.fi project STM027:00/2026: 'voimassa olevan asetuksen liitteessä säädetään … rajat vuodelle 2026'), but neither its text nor its number was found (finlex-data ends in 2/2025). The 2026 limits are Statistics Finland's SISU table asummenorajat_2026 (StatisticsFinland/mikrosimulointi 3d93dcd, SISU 26.10; fixture test/fixtures/sisu), not the 2025 annex; docs/social-assistance/housing-costs.md"
  ],
  healthCareCosts: [
    "1412/1997 7 b § 1 mom 2 kohta: health-care costs other than minor ones are other basic expenses (finlex-data asd20150815.xml, asd20221023.xml)",
    "Law 26/2026 in force 1.2.2026 (SISU lakipäivitykset_2026.xlsx: 26/2026, 2026-02-01, finlex.fi/fi/lainsaadanto/saadoskokoelma/2026/26; the same date as core's reduction regime 26/2026); the restriction to 'nödvändiga hälso- och sjukvårdsutgifter' per ShUB 29/2025; the enacted wording not read (docs/social-assistance/open-readings.md § 5)"
  ]
}

/**
 * Source texts of the reduction table by provenance period (`values.ts`, `reductionProvenance`, the same order): every
 * entry of `reductionRegimes` of a period carries its period's text. @since 0.4.0
 */
export const reductionRegimeSources: ReadonlyArray<string> = [
  "1412/1997 10 § 1–3 mom (1023/2022 wording from 2023); kela.fi/toimeentulotuki-perusosan-maaran-alentaminen; Kela applies exactly 20 % or 40 % in practice [I]",
  "Law 26/2026 (HE 116/2025); sttinfo.fi/tiedote/71766190, /71700347; labour-policy sanction at most 6 months (mtvuutiset.fi 9282874)"
]
