/**
 * The demo's own message catalog (fi, sv, en). Everything else it prints comes
 * from the packages' catalogs (`Messages` of etotu, model and avain) and core's
 * formatters and citation renderer; `test/main.test.ts` checks the whole fi and
 * sv output for untranslated English.
 */
import { Catalog, FormatDate, FormatNumber, LegalRef } from "@osallistava/core"

export const languages = ["fi", "sv", "en"] as const
export type Lang = (typeof languages)[number]

export const heading = Catalog.make({
  notices: { fi: "1. eTotu-ilmoitukset saapuvat", sv: "1. eTotu-anmälningar kommer in", en: "1. eTotu notices arrive" },
  cases: { fi: "2. Asiakkuudet (tilanne {d})", sv: "2. Klientrelationer (läge {d})", en: "2. Cases (as of {d})" },
  caseload: { fi: "3. Työntekijän työlista {d}", sv: "3. Arbetslista {d}", en: "3. Caseload on {d}" },
  funnel: {
    fi: "4. Polku: ilmoituksesta arviointiin",
    sv: "4. Stigen: från anmälan till utvärdering",
    en: "4. Funnel: notice to evaluation"
  },
  cohort: { fi: "5. AVAIN-kohorttiraportti", sv: "5. AVAIN-kohortrapport", en: "5. AVAIN cohort report" },
  social: { fi: "6. Sosiaalinen raportointi", sv: "6. Social rapportering", en: "6. Social reporting" },
  evidence: {
    fi: "7. Vaikuttavuus: toimeentulotukijaksojen kesto (SYNTEETTINEN rekisteri, ei oikeaa dataa)",
    sv: "7. Effekt: längden på perioder med utkomststöd (SYNTETISKT register, inte riktiga data)",
    en: "7. Evidence: length of social-assistance spells (SYNTHETIC register, not real data)"
  }
})

export const text = Catalog.make({
  replayFailed: {
    fi: "{case}: tapahtumaloki ei kelpaa (sääntö rikottu), asiakkuus ohitettu",
    sv: "{case}: händelseloggen är ogiltig (en regel bröts), klientrelationen hoppades över",
    en: "{case}: the event log breaks a rule; case skipped"
  },
  unknownLanguage: {
    fi: "tuntematon kieli; valitse fi, sv tai en",
    sv: "okänt språk; välj fi, sv eller en",
    en: "unknown language; choose fi, sv or en"
  }
})

/** The two groups of the synthetic register. */
export const groups = Catalog.make({
  comparison: { fi: "vertailuryhmä", sv: "jämförelsegrupp", en: "comparison" },
  experiment: { fi: "kokeiluryhmä", sv: "försöksgrupp", en: "experiment" }
})

export const catalogs = { heading, text, groups }

/** One message in `lang`. */
export const t = <K extends string>(
  catalog: Catalog.Catalog<K>,
  key: K,
  lang: Lang,
  values: Readonly<Record<string, string | number>> = {}
): string => Catalog.text(catalog, key, lang, values)

/** One message padded to the longest message of its catalog in `lang` (a column). */
export const padded = <K extends string>(catalog: Catalog.Catalog<K>, key: K, lang: Lang): string =>
  catalog[key][lang].padEnd(
    Math.max(...Object.values<{ readonly [l in Lang]: string }>(catalog).map((x) => x[lang].length))
  )

export const date = (d: string, lang: Lang): string => FormatDate.date(d, lang)
export const num = (x: number, digits: number, lang: Lang): string => FormatNumber.decimal(x, digits, lang)
export const significant = (x: number, digits: number, lang: Lang): string => FormatNumber.significant(x, digits, lang)
export const cite = (ref: LegalRef.LegalRef, lang: Lang): string => LegalRef.render(ref, lang)

/**
 * The language of `--lang xx` or `--lang=xx`: English when the option is absent,
 * `undefined` (a usage error) when its value is missing or not fi, sv or en.
 */
export const langArg = (argv: ReadonlyArray<string>): Lang | undefined => {
  let value: string | undefined = "en"
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === "--lang") value = argv[++i]
    else if (a.startsWith("--lang=")) value = a.slice("--lang=".length)
  }
  return languages.find((l) => l === value)
}

/** The usage error for an unknown language, in every language (the reader's is not known); never repeats the value. */
export const usage = (): string =>
  [
    "usage: pnpm demo -- [--lang fi|sv|en] [--svg <file.svg>]",
    ...languages.map((l) => t(text, "unknownLanguage", l))
  ].join("\n")
