/**
 * The example's message catalog: every text it prints for a person besides the engine's justification
 * (`Explain.render`), in Finnish, Swedish and English with the project glossary's terms
 * (perustoimeentulotuki / grundläggande utkomststöd / basic social assistance). `test/report.test.ts` checks the
 * catalog and the whole report in fi and sv with core's `Catalog.check` and `Catalog.untranslated`.
 */
import { Catalog } from "@osallistava/core"

/** The households' titles (`households.ts` names them by key). */
export const titles = Catalog.make({
  single2017: {
    fi: "Yksin asuva työtön, toukokuu 2017 (Kelan esimerkki: kela.fi, ”Miksi sain perusosaa pienemmän määrän”)",
    sv: "Arbetslös som bor ensam, maj 2017 (FPA:s exempel: kela.fi, den finska sidan ”Miksi sain perusosaa pienemmän määrän”)",
    en: 'Unemployed person living alone, May 2017 (Kela\'s example: kela.fi, the Finnish page "Miksi sain perusosaa pienemmän määrän")'
  },
  singleParent2021: {
    fi: "Yksinhuoltaja ja kaksi 10–17-vuotiasta lasta Sipoossa, maaliskuu 2021 (Kelan esimerkki: kela.fi/web/en/faq-social-assistance)",
    sv: "Ensamförälder med två barn i åldern 10–17 år i Sibbo, mars 2021 (FPA:s exempel: kela.fi/web/en/faq-social-assistance)",
    en: "Single parent with two children aged 10–17 in Sipoo, March 2021 (Kela's example: kela.fi/web/en/faq-social-assistance)"
  },
  couple2026: {
    fi: "Pariskunta ja alle 10-vuotias lapsi Tampereella, maaliskuu 2026 (uudet perusosat; ei ansiotulovähennystä 18 vuotta täyttäneille)",
    sv: "Par med ett barn under 10 år i Tammerfors, mars 2026 (nya grunddelar; inget förvärvsinkomstavdrag för personer som fyllt 18 år)",
    en: "Couple with a child under 10 in Tampere, March 2026 (new basic amounts; no earned-income disregard from age 18)"
  }
})

/** The lines of the report around each justification. */
export const words = Catalog.make({
  granted: {
    fi: "Päätös: perustoimeentulotukea {amount}",
    sv: "Beslut: grundläggande utkomststöd {amount}",
    en: "Decision: basic social assistance {amount}"
  },
  refused: {
    fi: "Päätös: ei perustoimeentulotukea",
    sv: "Beslut: inget grundläggande utkomststöd",
    en: "Decision: no basic social assistance"
  },
  totals: {
    fi: "Menot {expenses}, tulot {income}, varat {assets}",
    sv: "Utgifter {expenses}, inkomster {income}, tillgångar {assets}",
    en: "Expenses {expenses}, income {income}, assets {assets}"
  },
  failed: { fi: "Virhe: {error}", sv: "Fel: {error}", en: "Error: {error}" },
  usage: {
    fi: "--lang: tuntematon kieli; valitse fi, sv tai en",
    sv: "--lang: okänt språk; välj fi, sv eller en",
    en: "--lang: unknown language; choose fi, sv or en"
  }
})

/** Every catalog of the example, for its test. */
export const catalogs: Readonly<Record<string, Catalog.Catalog>> = { titles, words }
