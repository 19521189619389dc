/**
 * Renders a decision's explanation as decision-letter text in Finnish, Swedish or English.
 *
 * @since 0.1.0
 */
import type { Decision } from "./decision.js"

const headings = {
  fi: { title: "Perustoimeentulotuen laskelma", law: "Laki toimeentulotuesta 1412/1997", flags: "Huomautukset" },
  sv: { title: "Beräkning av grundläggande utkomststöd", law: "Lag om utkomststöd 1412/1997", flags: "Anmärkningar" },
  en: { title: "Calculation of basic social assistance", law: "Act on Social Assistance 1412/1997", flags: "Notes" }
} as const

const flagTexts: Readonly<Record<string, { fi: string; sv: string; en: string }>> = {
  housingLimit2026Provisional: {
    fi: "Vuoden 2026 asumismenojen kuntakohtaiset rajat eivät olleet käytettävissä; vuoden 2025 määriä (VNA 580/2024) on sovellettu alustavasti.",
    sv: "Kommunvisa maximibelopp för boendeutgifter för 2026 fanns inte tillgängliga; beloppen för 2025 (SRf 580/2024) har tillämpats preliminärt.",
    en: "The 2026 municipal housing-cost limits were not available; the 2025 limits (decree 580/2024) have been applied provisionally."
  },
  housingLimitPreviousAnnexFallback: {
    fi: "Kunta puuttuu asetuksen liitteestä tälle vuodelle; edellisen vuoden liitteen raja on sovellettu alustavasti.",
    sv: "Kommunen saknas i förordningens bilaga för detta år; gränsen i föregående års bilaga har tillämpats preliminärt.",
    en: "The municipality is missing from this year's decree annex; the previous annex's limit has been applied provisionally."
  },
  housingDirectionRequired: {
    fi: "Asumismenot ylittävät kunnan enimmäismäärän: hakijalle on annettava ohjaus ja määräaika edullisemman asunnon hankkimiseen (7 a §).",
    sv: "Boendeutgifterna överstiger kommunens maximibelopp: sökanden ska ges hänvisning och tidsfrist för att skaffa en billigare bostad (7 a §).",
    en: "Housing costs exceed the municipal limit: the applicant must be directed, with a deadline, to find a cheaper home (7 a §)."
  },
  earnedIncomeDisregardProvisional: {
    fi: "Ansiotulovähennyksen sovellustapa tälle ajalle (20 %, enintään 150 €, tai 18 vuotta täyttäneiden poisto 1.3.2026) on alustava.",
    sv: "Tillämpningen av förvärvsinkomstavdraget för denna tid (20 %, högst 150 €, eller slopandet för personer som fyllt 18 år 1.3.2026) är preliminär.",
    en: "How the earned-income disregard applies in this period (20 %, at most €150, or its abolition for persons 18+ on 1 March 2026) is provisional."
  },
  reductionRegimeProvisional: {
    fi: "Lain 26/2026 alentamisperusteet on kuvattu Kelan ja STM:n tiedotteiden mukaan; lain tekstiä ei ole tarkistettu.",
    sv: "Grunderna för sänkning av grunddelen enligt lag 26/2026 bygger på FPA:s och SHM:s meddelanden; lagtexten har inte kontrollerats.",
    en: "The reduction grounds of law 26/2026 follow Kela and STM releases; the statute text was not checked."
  },
  movingAllowanceDateProvisional: {
    fi: "Muuttorahan määrät 120/180 € ovat Kelan ohjeesta; voimaantulopäivä on alustava.",
    sv: "Flyttningspenningens belopp 120/180 € kommer från FPA:s anvisning; ikraftträdandedagen är preliminär.",
    en: "The moving allowance amounts of €120/€180 come from Kela guidance; their start date is provisional."
  },
  basicAmountProvisional: {
    fi: "Perusosan määrä on alustava.",
    sv: "Grunddelens belopp är preliminärt.",
    en: "The basic amount is provisional."
  },
  minorAssistanceDisregardProvisional: {
    fi: "Vähäisten avustusten huomiotta jättämisen euromäärät ja päättymispäivä (28.2.2026) perustuvat Kelan ohjeeseen ja päättelyyn; alustava.",
    sv: "Beloppen och slutdagen (28.2.2026) för att lämna ringa understöd obeaktade bygger på FPA:s anvisning och slutledning; preliminärt.",
    en: "The minor-assistance disregard amounts and end date (28 Feb 2026) rest on Kela guidance and inference; provisional."
  }
}

/**
 * The justification text of a decision.
 *
 * @example
 * ```ts
 * import { Explain } from "@osallistava/social-assistance"
 * console.log(Explain.render(decision, "sv"))
 * ```
 * @since 0.1.0
 */
export const render = (decision: Decision, language: "fi" | "sv" | "en"): string => {
  const h = headings[language]
  const lines = [`${h.title} ${decision.month} (${h.law})`, ""]
  for (const node of decision.explanation) lines.push(`- ${node.text[language]} [${node.section}]`)
  if (decision.flags.length > 0) {
    lines.push("", `${h.flags}:`)
    for (const flag of decision.flags) lines.push(`- ${flagTexts[flag]?.[language] ?? flag}`)
  }
  return lines.join("\n")
}
