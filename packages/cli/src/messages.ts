/**
 * The message catalog of `@osallistava/cli`: the texts the commands print for
 * a person in `--format text`, and the batch runner's lines on stderr, in
 * Finnish, Swedish and English with the project glossary's terms. Dates,
 * months and amounts go in through the placeholders already formatted for
 * the language (core's `FormatDate`, `Money.format`). `test/messages.test.ts`
 * fails on a missing key or an untranslated English text.
 *
 * @since 0.2.0
 */
import { Catalog, type Localized } from "@osallistava/core"

/** `social-assistance calculate --format text`: the outcome of one month. @since 0.2.0 */
export const socialAssistance = Catalog.make({
  granted: {
    fi: "{month}: perustoimeentulotukea {amount}",
    sv: "{month}: grundläggande utkomststöd {amount}",
    en: "{month}: basic social assistance {amount}"
  },
  refused: {
    fi: "{month}: ei perustoimeentulotukea (tulot ja varat ylittävät menot {excess})",
    sv: "{month}: inget grundläggande utkomststöd (inkomster och tillgångar överstiger utgifterna med {excess})",
    en: "{month}: no basic social assistance (income and assets exceed expenses by {excess})"
  }
})

/** `calendar` commands' text output. @since 0.2.0 */
export const calendar = Catalog.make({
  eveNote: {
    fi: "* ei pyhäpäivä, mutta määräaika ei pääty tänä päivänä (laki säädettyjen määräaikain laskemisesta 150/1930 5 §)",
    sv: "* inte helgdag, men en tidsfrist går inte ut denna dag (lagen om beräknande av laga tid 150/1930 5 §)",
    en: "* not a public holiday, but no time limit ends on this day (Act 150/1930 section 5)"
  },
  deadlineEnds: {
    fi: "Määräaika päättyy: {date} {weekday}",
    sv: "Tidsfristen går ut: {date} {weekday}",
    en: "The time limit ends: {date} {weekday}"
  },
  movedFrom: {
    fi: "(siirtyi päivästä {date}, joka ei ole arkipäivä)",
    sv: "(flyttad från {date}, som inte är en vardag)",
    en: "(moved from {date}, not a working day)"
  }
})

/** Weekday abbreviations, Monday first (ISO 8601 day 1–7). @since 0.2.0 */
export const weekdays = Catalog.make({
  "1": { fi: "ma", sv: "mån", en: "Mon" },
  "2": { fi: "ti", sv: "tis", en: "Tue" },
  "3": { fi: "ke", sv: "ons", en: "Wed" },
  "4": { fi: "to", sv: "tor", en: "Thu" },
  "5": { fi: "pe", sv: "fre", en: "Fri" },
  "6": { fi: "la", sv: "lör", en: "Sat" },
  "7": { fi: "su", sv: "sön", en: "Sun" }
})

/** The batch runner's lines on stderr. Never a value from the input: only counts, record numbers, field paths and rules. @since 0.2.0 */
export const batch = Catalog.make({
  record: { fi: "tietue {n}", sv: "post {n}", en: "record {n}" },
  input: { fi: "syöte", sv: "indata", en: "input" },
  summary: {
    fi: "yhteenveto: {records} tietuetta, {ok} kunnossa, {errors} virheellistä, {ms} ms",
    sv: "sammanfattning: {records} poster, {ok} godkända, {errors} felaktiga, {ms} ms",
    en: "summary: {records} records, {ok} ok, {errors} errors, {ms} ms"
  }
})

/** Usage errors common to every command. @since 0.2.0 */
export const usage = Catalog.make({
  unknownLanguage: {
    fi: "--lang: tuntematon kieli; valitse fi, sv tai en",
    sv: "--lang: okänt språk; välj fi, sv eller en",
    en: "--lang: unknown language; choose fi, sv or en"
  },
  seeHelp: {
    fi: "Katso ohje: osallistava {command} --help",
    sv: "Se hjälpen: osallistava {command} --help",
    en: "See: osallistava {command} --help"
  }
})

/** Every catalog of the package, for tests and translation tools. @since 0.2.0 */
export const catalogs: Readonly<Record<string, Catalog.Catalog>> = {
  socialAssistance,
  calendar,
  weekdays,
  batch,
  usage
}

/** One message in one language. @since 0.2.0 */
export const text = <K extends string>(
  catalog: Catalog.Catalog<K>,
  key: K,
  language: Localized.Language,
  values: Readonly<Record<string, string | number>> = {}
): string => Catalog.text(catalog, key, language, values)
