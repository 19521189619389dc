/**
 * Itä-Uudenmaan hyvinvointialue (Eastern Uusimaa wellbeing services county): "toimeentulotuen toimintaohje ja
 * myöntämisperusteet vuodelle 2023", adopted by the county's palvelujen järjestäminen -lautakunta for 2023 (the
 * minutes, itauusimaa.cloudnc.fi content 9477/12336, record the adoption "vuodelle 2023" and the sections changed in
 * the meeting: 4.4 opiskeluun liittyvät kustannukset, 4.8 hautajaiskustannukset). The stored copy of the minutes gives
 * neither the meeting date nor the items' amounts: the items are entered without an amount, so the social worker's
 * accepted amount and reason are required (docs/social-assistance/supplementary.md).
 *
 * @since 0.3.0
 */
export const itaUusimaa2023 = {
  id: "ita-uusimaa-2023",
  county: "Itä-Uudenmaan hyvinvointialue",
  document: {
    title: "Toimeentulotuen toimintaohje ja myöntämisperusteet 2023 (palvelujen järjestäminen -lautakunta)",
    issued: null,
    url: "https://itauusimaa.cloudnc.fi/fi-FI/content/9477/12336"
  },
  validFrom: "2023-01-01",
  validTo: "2023-12-31",
  items: [
    {
      id: "4.4-study-costs",
      category: "studyCosts",
      section: "4.4 Opiskeluun liittyvät kustannukset",
      amount: { kind: "none" },
      period: "once",
      conditions: ["necessaryAndReasonable", "receiptOrEstimate"],
      legalBasis: "7 c"
    },
    {
      id: "4.8-funeral-costs",
      category: "funeralCosts",
      section: "4.8 Hautajaiskustannukset",
      amount: { kind: "none" },
      period: "once",
      conditions: ["estateWithoutMeans", "necessaryAndReasonable", "receiptOrEstimate"],
      legalBasis: "7 c"
    }
  ]
} as const
