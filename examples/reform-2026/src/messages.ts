/**
 * The example's texts in fi, sv and en (core's `Catalog`); the summary itself comes from the package's reform
 * messages.
 */
import { Catalog } from "@osallistava/core"

export const words = Catalog.make({
  usage: {
    fi: "Käyttö: start [--lang fi|sv|en] [--households N] (N = 1 … 300000)",
    sv: "Användning: start [--lang fi|sv|en] [--households N] (N = 1 … 300000)",
    en: "Usage: start [--lang fi|sv|en] [--households N] (N = 1 … 300000)"
  },
  title: {
    fi: "Toimeentulotuen uudistus 2026 (laki 26/2026, HE 116/2025) SYNTEETTISESSÄ väestössä",
    sv: "Reformen av utkomststödet 2026 (lag 26/2026, RP 116/2025) i en SYNTETISK befolkning",
    en: "The 2026 social assistance reform (law 26/2026, HE 116/2025) over a SYNTHETIC population"
  },
  synthetic: {
    fi: "SYNTEETTINEN AINEISTO: {households} keksittyä kotitaloutta × 12 kuukautta 2026 (bench-paketin väestö, siemen {seed}); ei yhtään oikeaa ihmistä.",
    sv: "SYNTETISKA DATA: {households} påhittade hushåll × 12 månader 2026 (befolkningen i paketet bench, frö {seed}); inga verkliga personer.",
    en: "SYNTHETIC DATA: {households} made-up households × 12 months of 2026 (the bench population, seed {seed}); no real person."
  },
  laws: {
    fi: "Ennen: helmikuun 2026 laki koko vuodelle. Jälkeen: maaliskuun 2026 laki koko vuodelle. Ero on siis vain 1.3.2026 voimaan tulleet muutokset: perusosan leikkaus 2–3 % ja 18 vuotta täyttäneiden ansiotulovähennyksen poisto; 1.2.2026 alkaen sovellettu 50 %:n alentaminen on molemmissa.",
    sv: "Före: lagen i februari 2026 för hela året. Efter: lagen i mars 2026 för hela året. Skillnaden är alltså bara ändringarna från 1.3.2026: grunddelen sänks med 2–3 % och förvärvsinkomstavdraget slopas för personer som fyllt 18; nedsättningen med 50 % från 1.2.2026 ingår i båda.",
    en: "Before: the law of February 2026 for the whole year. After: the law of March 2026 for the whole year. The difference is therefore only what took effect on 1 March 2026: the basic amount cut by 2–3 % and the earned-income disregard abolished for persons aged 18 or more; the 50 % reduction applied from 1 February 2026 is in both."
  },
  comparisonTitle: {
    fi: "Menojen muutos vuodessa rinnakkain",
    sv: "Förändringen av utgifterna per år sida vid sida",
    en: "The change in expenditure a year side by side"
  },
  ours: {
    fi: "Tämä simulaatio (synteettinen väestö): {amount}",
    sv: "Denna simulering (syntetisk befolkning): {amount}",
    en: "This simulation (synthetic population): {amount}"
  },
  estimate: {
    fi: "Hallituksen esitys HE 116/2025, koko uudistus: noin −70 milj. € vuodessa (Kela 16.2.2026; verkkouutiset.fi 16.2.2026)",
    sv: "Regeringens proposition RP 116/2025, hela reformen: cirka −70 milj. € per år (FPA 16.2.2026; verkkouutiset.fi 16.2.2026)",
    en: "Government proposal HE 116/2025, the whole reform: about −€70 million a year (Kela 16.2.2026; verkkouutiset.fi 16.2.2026)"
  },
  millions: { fi: "{sign}{amount} milj. €", sv: "{sign}{amount} milj. €", en: "{sign}€{amount} million" },
  why: {
    fi: "Miksi luvut eroavat:",
    sv: "Varför talen skiljer sig:",
    en: "Why the figures differ:"
  },
  why1: {
    fi: "1. Väestö on keksitty: kotitaloustyypit, iät ja tulolähteet on arvottu Kelan julkaisemista osuuksista, ei rekisteritiedoista; jokainen kotitalous hakee tukea joka kuukausi.",
    sv: "1. Befolkningen är påhittad: hushållstyper, åldrar och inkomstkällor har lottats enligt andelar som FPA publicerat, inte ur register; varje hushåll ansöker om stöd varje månad.",
    en: "1. The population is made up: household types, ages and sources of income are drawn from shares Kela publishes, not from registers; every household applies every month."
  },
  why2: {
    fi: "2. Vain parametreina mallinnetut muutokset lasketaan (perusosa, prosenttiosuudet, ansiotulovähennys). Esityksen säästöön sisältyvät myös tiukempi velvoite hakea ensisijaisia etuuksia ja ilmoittautua kokoaikatyön hakijaksi, alentamiset, terveydenhuoltomenojen rajaus ja asumismenot, joita tämä väestö ei sisällä.",
    sv: "2. Bara ändringar som är parametrar räknas (grunddelen, procentandelarna, förvärvsinkomstavdraget). Propositionens besparing omfattar också den skärpta skyldigheten att söka primära förmåner och anmäla sig som heltidsarbetssökande, nedsättningarna, begränsningen av hälso- och sjukvårdsutgifter och boendeutgifterna, som denna befolkning inte innehåller.",
    en: "2. Only the changes that are parameters are counted (the basic amount, the percentages, the earned-income disregard). The proposal's saving also includes the stricter duty to claim primary benefits and to register as a full-time jobseeker, the reductions, the limit on health-care costs and housing costs, which this population does not contain."
  },
  why3: {
    fi: "3. Käyttäytyminen ei muutu: kukaan ei lopeta tai aloita hakemista eikä muuta työntekoaan, ja alikäyttöä ei ole.",
    sv: "3. Beteendet ändras inte: ingen slutar eller börjar ansöka eller ändrar sitt arbete, och ingen låter bli att ansöka.",
    en: "3. Behaviour does not change: nobody stops or starts applying or changes how much they work, and there is no non-take-up."
  },
  why4: {
    fi: "4. Uudistus on voimassa vuonna 2026 kymmenen kuukautta (maaliskuusta alkaen); tässä molempia lakeja sovelletaan koko vuoteen, joten luku on täyden vuoden vaikutus.",
    sv: "4. Reformen gäller tio månader av 2026 (från mars); här tillämpas båda lagarna på hela året, så talet är effekten av ett helt år.",
    en: "4. The reform is in force for ten months of 2026 (from March); here both laws are applied to the whole year, so the figure is a full year's effect."
  },
  householdTitle: {
    fi: "Esimerkkikotitalous (synteettinen): mikä muuttui ja miksi",
    sv: "Exempelhushåll (syntetiskt): vad ändrades och varför",
    en: "An example household (synthetic): what changed and why"
  }
})

export const catalogs = { words }
