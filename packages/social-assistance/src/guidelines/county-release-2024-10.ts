/**
 * A wellbeing services county's public release of its new grounds and amounts for supplementary and preventive
 * social assistance from 1 October 2024: "Täydentävän ja ehkäisevän toimeentulotuen määriin ja myöntämisen
 * perusteisiin muutoksia 1.10.2024 alkaen" (STT Info release 70509512, September 2024). The stored copy does not
 * name the county (it speaks of "hyvinvointialueen sosiaalihuolto" and "hyvinvointialueen asukkaille"), so `county`
 * is `null` (open, docs/social-assistance/supplementary.md; a candidate, not established: Helsinki's standing
 * instruction PYSY109, given 11.9.2024 and in force from 1.10.2024, decision HEL 2024-011127, whose stored text gives
 * no amounts). Each item's section is the release's own heading.
 *
 * Readings: "Lasten harrastusmenot 400 euroa/vuosi" is read per child [inferred: the release does not say per child
 * or per family]; "perheen koosta riippuen enintään 300–1000 euroa" is a range the worker decides within, since the
 * release does not tabulate it by family size.
 *
 * @since 0.3.0
 */
export const countyRelease202410 = {
  id: "county-release-2024-10",
  county: null,
  document: {
    title: "Täydentävän ja ehkäisevän toimeentulotuen määriin ja myöntämisen perusteisiin muutoksia 1.10.2024 alkaen",
    issued: null,
    url: "https://www.sttinfo.fi/tiedote/70509512/taydentavan-ja-ehkaisevan-toimeentulotuen-maariin-ja-myontamisen-perusteisiin-muutoksia-1102024-alkaen?lang=fi"
  },
  validFrom: "2024-10-01",
  validTo: null,
  items: [
    {
      id: "household-goods",
      category: "householdGoods",
      section: "Välttämättömät kodin hankinnat",
      amount: { kind: "range", min: "300.00", max: "1000.00" },
      period: "once",
      conditions: ["familySizeDependent", "necessaryAndReasonable"],
      legalBasis: "7 c"
    },
    {
      id: "children-hobbies",
      category: "childrenHobbies",
      section: "Lasten harrastusmenot",
      amount: { kind: "cap", amount: "400.00" },
      period: "perChildPerYear",
      conditions: ["receiptOrEstimate"],
      legalBasis: "7 c"
    },
    {
      id: "special-diet",
      category: "specialDiet",
      section: "Erityisruokavaliosta aiheutuvat kustannukset",
      amount: { kind: "fixed", amount: "50.00" },
      period: "perMonth",
      conditions: ["doctorStatement"],
      legalBasis: "7 c"
    },
    {
      id: "funeral-coffin",
      category: "funeralCoffin",
      section: "Välttämättömät ja kohtuulliset hautauskulut: arkku",
      amount: { kind: "cap", amount: "700.00" },
      period: "once",
      conditions: ["estateWithoutMeans", "receiptOrEstimate"],
      legalBasis: "7 c"
    },
    {
      id: "funeral-urn",
      category: "funeralUrn",
      section: "Välttämättömät ja kohtuulliset hautauskulut: uurna",
      amount: { kind: "cap", amount: "100.00" },
      period: "once",
      conditions: ["estateWithoutMeans", "receiptOrEstimate"],
      legalBasis: "7 c"
    }
  ]
} as const
