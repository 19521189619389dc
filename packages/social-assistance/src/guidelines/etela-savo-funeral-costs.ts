/**
 * Etelä-Savon hyvinvointialue (South Savo wellbeing services county): its public service page "Toimeentulotuki
 * hautauskuluihin" (supplementary social assistance for funeral costs), etelasavonha.fi, under työikäisten
 * sosiaalipalvelut → taloudellinen tuki ja ohjaus. It names the necessary and reasonable funeral costs the county
 * grants supplementary assistance for when the estate cannot pay them:
 *
 * - the coffin, its lid decoration, the deceased's clothing, placing in the coffin and, for a cremation, the urn:
 *   "yhteensä keskimäärin 500 €" (in total 500 € on average): a typical amount, not a limit, so the worker's accepted
 *   amount (the actual necessary cost) and reason are required and the letter prints the typical amount;
 * - necessary and reasonable transport costs: no amount;
 * - the parish's grave-site and burial fees: no amount.
 *
 * The estate's means are used first; the application needs the estate inventory (perukirja), the receipts or invoices
 * and the deceased's bank statements (the page's list of attachments: conditions `estateWithoutMeans`,
 * `receiptOrEstimate`).
 *
 * Open: the stored copy of the page carries no date, so `issued` is `null` and `validFrom` is 1.1.2023, the day the
 * county took over supplementary assistance (1412/1997 as amended by 1023/2022) [inferred: the earliest the page can
 * apply from], open-ended (docs/social-assistance/supplementary.md).
 *
 * @since 0.3.0
 */
export const etelaSavoFuneralCosts = {
  id: "etela-savo-funeral-costs",
  county: "Etelä-Savon hyvinvointialue",
  document: {
    title: "Toimeentulotuki hautauskuluihin (Etelä-Savon hyvinvointialueen palvelusivu)",
    issued: null,
    url: "https://etelasavonha.fi/palvelut/tyoikaisten-sosiaalipalvelut/taloudellinen-tuki-ja-ohjaus/toimeentulotuki-hautauskuluihin"
  },
  validFrom: "2023-01-01",
  validTo: null,
  items: [
    {
      id: "funeral-goods",
      category: "funeralCosts",
      section: "Hautauskulut: arkku, arkun kansikoriste, vainajan vaatetus, arkkuun laitto ja uurna",
      amount: { kind: "typical", amount: "500.00" },
      period: "once",
      conditions: ["estateWithoutMeans", "necessaryAndReasonable", "receiptOrEstimate"],
      legalBasis: "7 c"
    },
    {
      id: "funeral-transport",
      category: "funeralCosts",
      section: "Hautauskulut: välttämättömät ja kohtuulliset kuljetuskustannukset",
      amount: { kind: "none" },
      period: "once",
      conditions: ["estateWithoutMeans", "necessaryAndReasonable", "receiptOrEstimate"],
      legalBasis: "7 c"
    },
    {
      id: "funeral-parish-fees",
      category: "funeralCosts",
      section: "Hautauskulut: seurakunnan hautapaikka- ja hautausmaksut",
      amount: { kind: "none" },
      period: "once",
      conditions: ["estateWithoutMeans", "receiptOrEstimate"],
      legalBasis: "7 c"
    }
  ]
} as const
