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
import { Holidays } from "@osallistava/calendar"
import { Catalog, type ErrorLine, FormatDate, LegalRef, type Localized } from "@osallistava/core"

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

/** `social-assistance parameters`: the parameters in force in a month. @since 0.3.0 */
export const parameters = Catalog.make({
  title: {
    fi: "Perustoimeentulotuen parametrit {month}",
    sv: "Parametrar för grundläggande utkomststöd {month}",
    en: "Basic social assistance parameters, {month}"
  },
  validity: { fi: "voimassa {from}–{to}", sv: "gäller {from}–{to}", en: "in force {from}–{to}" },
  openEnded: { fi: "toistaiseksi", sv: "tills vidare", en: "until further notice" },
  source: { fi: "lähde", sv: "källa", en: "source" },
  evidence: { fi: "näyttö", sv: "belägg", en: "evidence" },
  C: { fi: "varma (luettu lähteestä)", sv: "säker (läst i källan)", en: "certain (read in the source)" },
  D: { fi: "johdettu laskemalla", sv: "härledd genom beräkning", en: "derived by arithmetic" },
  I: { fi: "päätelty, alustava", sv: "slutledd, preliminär", en: "inferred, provisional" },
  notInForce: { fi: "ei voimassa", sv: "gäller inte", en: "not in force" },
  ended: { fi: "ei voimassa (päättyi {date})", sv: "gäller inte (upphörde {date})", en: "not in force (ended {date})" },
  notInForceAfter: {
    fi: "ei vahvistettu: viimeksi tiedossa {month}",
    sv: "inte fastställd: senast känd {month}",
    en: "not confirmed: last known {month}"
  },
  badMonth: {
    fi: "{option}: odotettiin kuukautta muodossa VVVV-KK, aikaisintaan 2017-01",
    sv: "{option}: en månad i formen ÅÅÅÅ-MM förväntades, tidigast 2017-01",
    en: "{option}: expected a month YYYY-MM from 2017-01"
  },
  basicAmountSingle: {
    fi: "perusosa, yksin asuva",
    sv: "grunddel, ensamboende",
    en: "basic amount, person living alone"
  },
  categoryPercentages: {
    fi: "perusosan prosentit",
    sv: "grunddelens procentsatser",
    en: "basic amount percentages"
  },
  earnedIncomeDisregard: { fi: "ansiotulovähennys", sv: "förvärvsinkomstavdrag", en: "earned-income disregard" },
  minorAssistanceDisregard: {
    fi: "vähäiset tulot ja avustukset",
    sv: "ringa inkomster och understöd",
    en: "minor income and assistance"
  },
  coeliacDietAllowance: { fi: "keliakiaruokavalio", sv: "glutenfri kost vid celiaki", en: "coeliac diet" },
  movingAllowance: { fi: "muuttoraha", sv: "flyttningspenning", en: "moving allowance" },
  reductionRegimes: {
    fi: "perusosan alentaminen",
    sv: "sänkning av grunddelen",
    en: "reduction of the basic amount"
  },
  housingLimitRegimes: {
    fi: "asumismenojen enimmäismäärät",
    sv: "maximibelopp för boendeutgifter",
    en: "maximum housing costs"
  },
  kelaHousingNormPractice: { fi: "Kelan asumisnormit", sv: "FPA:s boendenormer", en: "Kela's housing norms" },
  siblingSteps: {
    fi: "sisarusvähennys {second} ja {later} %-yksikköä",
    sv: "syskonavdrag {second} och {later} procentenheter",
    en: "sibling steps {second} and {later} points"
  },
  firstAmount: { fi: "ensimmäiset {max} kuukaudessa", sv: "de första {max} i månaden", en: "the first {max} a month" },
  twentyPercentMax: {
    fi: "20 %, enintään {max} kuukaudessa",
    sv: "20 %, högst {max} i månaden",
    en: "20 %, at most {max} a month"
  },
  under18Only: { fi: "vain alle 18-vuotiaat", sv: "endast personer under 18 år", en: "under-18s only" },
  under18AndCarersFee: {
    fi: "alle 18-vuotiaat; 18 vuotta täyttäneillä vain omaishoidon tai perhehoidon hoitopalkkiosta",
    sv: "personer under 18 år; för personer som fyllt 18 år endast av arvode för närståendevård eller familjevård",
    en: "under-18s; for persons aged 18 or over only on an informal or family carer's fee"
  },
  personFamily: {
    fi: "henkilö {person}, perhe {family}",
    sv: "person {person}, familj {family}",
    en: "person {person}, family {family}"
  },
  fromAge: {
    fi: "{amount}, {age} vuotta täyttäneet",
    sv: "{amount}, personer som fyllt {age} år",
    en: "{amount}, aged {age} or over"
  },
  shortLong: {
    fi: "lyhyt muutto {short}, pitkä {long}",
    sv: "kort flytt {short}, lång {long}",
    en: "short move {short}, long {long}"
  },
  maxMonths: {
    fi: "enintään {months} kk kerrallaan",
    sv: "högst {months} mån. åt gången",
    en: "at most {months} months at a time"
  },
  noDecreeLimit: {
    fi: "ei asetuksen rajoja (tarpeellisen suuruiset menot)",
    sv: "inga gränser i förordning (utgifter till nödvändigt belopp)",
    en: "no decree limits (costs of a necessary amount)"
  },
  annex: {
    fi: "asetuksen liite {annex}, ohjausaika {months} kk",
    sv: "förordningens bilaga {annex}, tidsfrist {months} mån.",
    en: "decree annex {annex}, direction period {months} months"
  },
  normAll: {
    fi: "julkinen normi kaikille kunnille",
    sv: "offentlig norm för alla kommuner",
    en: "public norm for every municipality"
  },
  normPartial: {
    fi: "julkinen normi osalle kunnista",
    sv: "offentlig norm för en del av kommunerna",
    en: "public norm for some municipalities"
  },
  normNone: { fi: "ei julkista normia", sv: "ingen offentlig norm", en: "no public norm" },
  tolerance: {
    fi: "ylitys sallittu {percent} %",
    sv: "överskridning tillåten {percent} %",
    en: "{percent} % excess tolerated"
  }
})

/** `calendar` commands' text output. @since 0.2.0 */
export const calendar = Catalog.make({
  eveNote: {
    fi: "* ei pyhäpäivä, mutta määräaika ei pääty tänä päivänä ({ref})",
    sv: "* inte helgdag, men en tidsfrist går inte ut denna dag ({ref})",
    en: "* not a public holiday, but no time limit ends on this day ({ref})"
  },
  deadlineEnds: {
    fi: "Määräaika päättyy: {date} {weekday}",
    sv: "Tidsfristen går ut: {date} {weekday}",
    en: "The time limit ends: {date} {weekday}"
  },
  movedFrom: {
    fi: "(siirtyi päivästä {date}, joka ei ole arkipäivä: {ref})",
    sv: "(flyttad från {date}, som inte är en vardag: {ref})",
    en: "(moved from {date}, not a working day: {ref})"
  },
  workingDays: { fi: "{ref} (arkipäivät)", sv: "{ref} (vardagar)", en: "{ref} (working days)" }
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

/** `etotu` commands' text output (notice types, queues and reasons are etotu's own catalog). @since 0.2.0 */
export const etotu = Catalog.make({
  urgent: { fi: "kiireellinen", sv: "brådskande", en: "urgent" },
  nonUrgent: { fi: "ei kiireellinen", sv: "inte brådskande", en: "not urgent" },
  total: { fi: "ilmoituksia {n}", sv: "anmälningar {n}", en: "notices {n}" },
  response: {
    fi: "{type}\tilmoituksia {notices}\ttavoitettu {reached}\tsaapui tapaamiseen {attended}\tarvioitu {assessed}",
    sv: "{type}\tanmälningar {notices}\tnådda {reached}\tdeltog i mötet {attended}\tbedömda {assessed}",
    en: "{type}\tnotices {notices}\treached {reached}\tattended {attended}\tassessed {assessed}"
  },
  daysToFirstContact: {
    fi: "päiviä ensimmäiseen yhteydenottoon: mediaani {median}, 90. persentiili {p90}",
    sv: "dagar till första kontakten: median {median}, 90:e percentilen {p90}",
    en: "days to first contact: median {median}, 90th percentile {p90}"
  },
  daysToAssessment: {
    fi: "päiviä palvelutarpeen arviointiin: mediaani {median}, 90. persentiili {p90}",
    sv: "dagar till bedömningen av servicebehovet: median {median}, 90:e percentilen {p90}",
    en: "days to assessment: median {median}, 90th percentile {p90}"
  }
})

/** `model pathway --format text`: a case whose log stopped at a refused event. @since 0.2.0 */
export const model = Catalog.make({
  refused: {
    fi: "tapahtuma {n} hylättiin vaiheessa ”{stage}” (sääntö {rule})",
    sv: "händelse {n} avvisades i skedet ”{stage}” (regel {rule})",
    en: 'event {n} refused in stage "{stage}" (rule {rule})'
  },
  noStage: { fi: "ei vielä vaihetta", sv: "inget skede ännu", en: "no stage yet" }
})

/** `avain` commands' text output (code labels are the AVAIN catalog set's). @since 0.2.0 */
export const avain = Catalog.make({
  valid: { fi: "kunnossa", sv: "godkänd", en: "valid" },
  evaluated: { fi: "arvioitu", sv: "utvärderad", en: "evaluated" },
  started: { fi: "aloitettu, ei arvioitu", sv: "påbörjad, ej utvärderad", en: "started, not evaluated" },
  "evaluation-only": {
    fi: "arviointi ilman aloitusta",
    sv: "utvärdering utan inledning",
    en: "evaluation without its start"
  },
  attained: {
    fi: "toteutui {attained}/{evaluated}",
    sv: "uppfyllda {attained}/{evaluated}",
    en: "attained {attained}/{evaluated}"
  },
  notAssessed: { fi: "ei arvioitu", sv: "ej bedömd", en: "not assessed" }
})

/**
 * The kind of an input error, for the lines on stderr in Finnish and Swedish:
 * the field path stays as it is and the rule's identifier is named, never an
 * input value. English keeps the rule's own English text.
 *
 * @since 0.2.0
 */
export const errorKinds = Catalog.make({
  missing: { fi: "pakollinen kenttä puuttuu", sv: "obligatoriskt fält saknas", en: "missing required field" },
  unexpected: { fi: "ylimääräinen kenttä", sv: "oväntat fält", en: "unexpected field" },
  type: {
    fi: "arvo ei ole odotettua tyyppiä tai muotoa",
    sv: "värdet är inte av förväntad typ eller form",
    en: "the value is not of the expected type or form"
  },
  henkilotunnus: {
    fi: "kenttä ei saa sisältää henkilötunnusta",
    sv: "fältet får inte innehålla en personbeteckning",
    en: "the field must not contain a henkilötunnus"
  },
  invalid: { fi: "virheellinen arvo", sv: "ogiltigt värde", en: "invalid value" },
  rule: { fi: "ehto ei täyty", sv: "villkoret uppfylls inte", en: "a condition is not met" },
  unreadable: { fi: "syötettä ei voi lukea", sv: "indata kan inte läsas", en: "the input cannot be read" },
  tooLarge: {
    fi: "syöte, rivi tai solu on suurempi kuin raja",
    sv: "indata, raden eller cellen är större än gränsen",
    en: "the input, a line or a cell is larger than the limit"
  },
  line: { fi: "rivi {n}", sv: "rad {n}", en: "line {n}" },
  column: { fi: "sarake {n}", sv: "kolumn {n}", en: "column {n}" },
  withPosition: { fi: "{kind} ({position})", sv: "{kind} ({position})", en: "{kind} ({position})" },
  conflict: {
    fi: "sama tunniste kuin aiemmalla ilmoituksella, jonka sisältö on eri (ristiriita)",
    sv: "samma id som en tidigare anmälan med annat innehåll (konflikt)",
    en: "Same id as an earlier notice with different content (conflict)"
  },
  eventsArray: {
    fi: "odotettiin tapahtumien taulukkoa",
    sv: "en lista med händelser förväntades",
    en: "Expected an array of events"
  },
  eventObject: {
    fi: "odotettiin tapahtumaa, jossa on _tag ja on",
    sv: "en händelse med _tag och on förväntades",
    en: "Expected an event object with _tag and on"
  },
  receivedOn: {
    fi: "odotettiin päivämäärää muodossa VVVV-KK-PP",
    sv: "ett datum i formen ÅÅÅÅ-MM-DD förväntades",
    en: "Expected a date YYYY-MM-DD"
  },
  eventNotAllowed: {
    fi: "tapahtuma ei ole sallittu asian nykyisessä tilassa",
    sv: "händelsen är inte tillåten i ärendets nuvarande tillstånd",
    en: "The event is not allowed in the case's current state"
  },
  skipped: {
    fi: "asian aiempi tapahtuma hylättiin; tapahtuma ohitettiin",
    sv: "en tidigare händelse i ärendet avvisades; händelsen hoppades över",
    en: "An earlier event of this case was refused; event skipped"
  },
  withRule: { fi: "{kind} (sääntö {rule})", sv: "{kind} (regel {rule})", en: "{kind} (rule {rule})" }
})

/** The batch runner's lines on stderr. Never a value from the input: only counts, record numbers, field paths and rules. @since 0.2.0 */
export const batch = Catalog.make({
  record: { fi: "tietue {n}", sv: "post {n}", en: "record {n}" },
  input: { fi: "syöte", sv: "indata", en: "input" },
  /** The counts go in already worded for their number (see {@link batchSummary}). */
  summary: {
    fi: "yhteenveto: {records}, {ok}, {errors}, {ms} ms",
    sv: "sammanfattning: {records}, {ok}, {errors}, {ms} ms",
    en: "summary: {records}, {ok}, {errors}, {ms} ms"
  },
  recordsOne: { fi: "{n} tietue", sv: "{n} post", en: "{n} record" },
  recordsMany: { fi: "{n} tietuetta", sv: "{n} poster", en: "{n} records" },
  okOne: { fi: "{n} kunnossa", sv: "{n} godkänd", en: "{n} ok" },
  okMany: { fi: "{n} kunnossa", sv: "{n} godkända", en: "{n} ok" },
  errorsOne: { fi: "{n} virheellinen", sv: "{n} felaktig", en: "{n} error" },
  errorsMany: { fi: "{n} virheellistä", sv: "{n} felaktiga", en: "{n} errors" }
})

/**
 * The batch runner's closing summary line, each count worded for its number: in Finnish and Swedish (and English)
 * one takes the singular ("1 tietue", "1 post", "1 record"), every other count, 0 too, the plural ("0 tietuetta").
 *
 * @since 0.4.0
 */
export const batchSummary = (
  counts: { readonly records: number; readonly ok: number; readonly errors: number; readonly ms: number },
  language: Localized.Language
): string => {
  const counted = (
    one: "recordsOne" | "okOne" | "errorsOne",
    many: "recordsMany" | "okMany" | "errorsMany",
    n: number
  ) => Catalog.text(batch, n === 1 ? one : many, language, { n })
  return Catalog.text(batch, "summary", language, {
    records: counted("recordsOne", "recordsMany", counts.records),
    ok: counted("okOne", "okMany", counts.ok),
    errors: counted("errorsOne", "errorsMany", counts.errors),
    ms: counts.ms
  })
}

/**
 * `social-assistance supplementary --guideline`: a county's own guideline that cannot be read or decoded. The problem
 * goes in already localized (field paths and rules, never a value from the file). @since 0.4.0
 */
export const guidelineErrors = Catalog.make({
  unreadable: {
    fi: "Ohjetta ei voi lukea: {problem}",
    sv: "Anvisningen kan inte läsas: {problem}",
    en: "Cannot read the guideline: {problem}"
  },
  invalid: {
    fi: "Virheellinen ohje: {problem}",
    sv: "Ogiltig anvisning: {problem}",
    en: "Invalid guideline: {problem}"
  },
  empty: {
    fi: "Ohjetta ei voi lukea: tiedosto on tyhjä",
    sv: "Anvisningen kan inte läsas: filen är tom",
    en: "Cannot read the guideline: the file is empty"
  }
})

/**
 * `social-assistance supplementary --format text`: the outcome of one month (month and amount as the language writes
 * them). @since 0.4.0
 */
export const supplementary = Catalog.make({
  granted: {
    fi: "{month}: täydentävää toimeentulotukea {amount}",
    sv: "{month}: kompletterande utkomststöd {amount}",
    en: "{month}: supplementary social assistance {amount}"
  },
  refused: {
    fi: "{month}: ei täydentävää toimeentulotukea",
    sv: "{month}: inget kompletterande utkomststöd",
    en: "{month}: no supplementary social assistance"
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

/**
 * The command line's own errors, before a command runs: never the word that was refused (argv may hold anything),
 * only our own option names. In `--lang` when it is given (see {@link argvLanguage}).
 *
 * @since 0.3.0
 */
export const commandLine = Catalog.make({
  unknownCommand: { fi: "Tuntematon komento", sv: "Okänt kommando", en: "Unknown command" },
  unknownCommandUnder: {
    fi: "Tuntematon komento ryhmässä {group}",
    sv: "Okänt kommando i gruppen {group}",
    en: "Unknown command under {group}"
  },
  unknownOption: {
    fi: "Tuntematon valitsin (komennon valitsimet on lueteltu alla)",
    sv: "Okänd flagga (kommandots flaggor listas nedan)",
    en: "Unknown option (the options of the command are listed below)"
  },
  wrongKind: {
    fi: "Valitsimelle annettiin vääränlainen arvo",
    sv: "En flagga fick ett värde av fel slag",
    en: "An option was given a value of the wrong kind"
  },
  takesNoValue: { fi: "{option} ei ota arvoa", sv: "{option} tar inget värde", en: "{option} takes no value" },
  needsValue: { fi: "{option} tarvitsee arvon", sv: "{option} behöver ett värde", en: "{option} needs a value" },
  unexpectedArgument: { fi: "Odottamaton argumentti", sv: "Oväntat argument", en: "Unexpected argument" },
  unreadable: {
    fi: "Komentoriviä ei voi lukea",
    sv: "Kommandoraden kan inte läsas",
    en: "Cannot read the command line"
  },
  mustBeOneOf: {
    fi: "{option}: valitse yksi arvoista {choices}",
    sv: "{option}: välj ett av värdena {choices}",
    en: "{option} must be one of {choices}"
  },
  internal: {
    fi: "sisäinen virhe; ilmoita siitä ylläpitäjille",
    sv: "internt fel; rapportera det till utvecklarna",
    en: "internal error; please report it"
  }
})

/**
 * Why the input cannot be read at all (exit 2): the reason, a limit, a line and a column, never the input's text or
 * the file's name.
 *
 * @since 0.3.0
 */
export const inputErrors = Catalog.make({
  noSuchFile: {
    fi: "Syötetiedostoa ei voi lukea: tiedostoa ei ole",
    sv: "Indatafilen kan inte läsas: filen finns inte",
    en: "Cannot read the input file: no such file"
  },
  permissionDenied: {
    fi: "Syötetiedostoa ei voi lukea: ei lukuoikeutta",
    sv: "Indatafilen kan inte läsas: läsrätt saknas",
    en: "Cannot read the input file: permission denied"
  },
  directory: {
    fi: "Syötettä ei voi lukea: polku on hakemisto eikä tiedosto",
    sv: "Indata kan inte läsas: sökvägen är en katalog, inte en fil",
    en: "Cannot read the input: the path is a directory, not a file"
  },
  cannotReadFile: {
    fi: "Syötetiedostoa ei voi lukea",
    sv: "Indatafilen kan inte läsas",
    en: "Cannot read the input file"
  },
  readError: {
    fi: "Syötettä ei voi lukea: lukuvirhe",
    sv: "Indata kan inte läsas: läsfel",
    en: "Cannot read the input: read error"
  },
  tooLarge: {
    fi: "Syöte: JSON-dokumentti on suurempi kuin {bytes} tavua (64 MiB); lähetä erät NDJSON-muodossa",
    sv: "Indata: JSON-dokumentet är större än {bytes} byte (64 MiB); skicka satser som NDJSON",
    en: "Input: the JSON document is larger than {bytes} bytes (64 MiB); send batches as NDJSON"
  },
  empty: { fi: "Syöte on tyhjä", sv: "Indata är tom", en: "Input is empty" },
  notJson: {
    fi: "Syöte ei ole kelvollista JSONia: rivi {line}, sarake {column}: {kind}",
    sv: "Indata är inte giltig JSON: rad {line}, kolumn {column}: {kind}",
    en: "Input is not valid JSON: line {line}, column {column}: {kind}"
  },
  csvHeader: {
    fi: "Syöte: CSV-otsikkoriviä ei voi lukea: rivi {line}, sarake {column}: {kind}",
    sv: "Indata: CSV-rubrikraden kan inte läsas: rad {line}, kolumn {column}: {kind}",
    en: "Input: the CSV header cannot be read: CSV line {line}, column {column}: {kind}"
  }
})

/** The kinds of a JSON syntax error (core's `Json.JsonErrorKind`; English as core's `describeJsonErrorKind`). @since 0.3.0 */
export const jsonErrorKinds = Catalog.make({
  "unexpected-character": { fi: "odottamaton merkki", sv: "oväntat tecken", en: "unexpected character" },
  "unexpected-end": { fi: "syöte päättyi kesken", sv: "indata tog slut för tidigt", en: "unexpected end of input" },
  "unterminated-string": {
    fi: "merkkijono ei pääty",
    sv: "strängen avslutas inte",
    en: "unterminated string"
  },
  "control-character": {
    fi: "ohjausmerkki merkkijonon sisällä",
    sv: "styrtecken inuti en sträng",
    en: "control character inside a string"
  },
  "invalid-escape": {
    fi: "virheellinen escape-jakso",
    sv: "ogiltig escape-sekvens",
    en: "invalid escape sequence"
  },
  "invalid-number": { fi: "virheellinen luku", sv: "ogiltigt tal", en: "invalid number" },
  "trailing-content": {
    fi: "JSON-arvon jälkeen on tekstiä",
    sv: "text efter JSON-värdet",
    en: "unexpected text after the JSON value"
  },
  empty: { fi: "ei JSON-arvoa", sv: "inget JSON-värde", en: "no JSON value" }
})

/** The kinds of a CSV error (core's `Csv.CsvErrorKind`; English as core's `CsvError` message). @since 0.3.0 */
export const csvErrorKinds = Catalog.make({
  "stray-quote": {
    fi: "lainausmerkki lainaamattoman kentän sisällä (lainaa kenttä ja kahdenna lainausmerkki)",
    sv: "citattecken inuti ett fält utan citattecken (citera fältet och dubblera citattecknet)",
    en: "a quote inside an unquoted field (quote the field and double the quote)"
  },
  "text-after-quote": {
    fi: "tekstiä kentän loppulainausmerkin jälkeen",
    sv: "text efter fältets avslutande citattecken",
    en: "text after the closing quote of a field"
  },
  "unterminated-quote": {
    fi: "lainattu kenttä ei sulkeudu ennen syötteen loppua",
    sv: "ett citerat fält stängs inte före slutet av indata",
    en: "a quoted field is not closed before the end of the input"
  },
  "cell-too-long": {
    fi: "solu on pidempi kuin raja",
    sv: "en cell är längre än gränsen",
    en: "a cell is longer than the limit"
  },
  "row-too-long": {
    fi: "rivi on pidempi kuin raja",
    sv: "raden är längre än gränsen",
    en: "the row is longer than the limit"
  },
  "too-many-fields": {
    fi: "rivillä on enemmän kenttiä kuin raja sallii",
    sv: "raden har fler fält än gränsen",
    en: "the row has more fields than the limit"
  },
  "field-count": {
    fi: "rivillä ei ole yhtä monta kenttää kuin otsikkorivillä",
    sv: "raden har inte lika många fält som rubrikraden",
    en: "the row does not have as many fields as the header"
  },
  "empty-column-name": {
    fi: "otsikkorivin sarakkeella ei ole nimeä",
    sv: "en kolumn i rubrikraden saknar namn",
    en: "a column of the header has no name"
  },
  "duplicate-column-name": {
    fi: "otsikkorivin kahdella sarakkeella on sama nimi",
    sv: "två kolumner i rubrikraden har samma namn",
    en: "two columns of the header have the same name"
  }
})

/**
 * The language of a message printed before the command line is parsed (an unknown command, an option parseArgs
 * refused): `--lang fi|sv|en` (or `--lang=…`) if argv has it, else Finnish with `--format text`, else English, the
 * same rule as {@link errorLanguage}. An unknown `--lang` value counts as not given.
 *
 * @since 0.3.0
 */
export const argvLanguage = (argv: ReadonlyArray<string>): Localized.Language => {
  let lang: string | undefined
  let format: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!
    if (w === "--lang" || w === "--explain") lang = ["fi", "sv", "en"].includes(argv[i + 1] ?? "") ? argv[i + 1] : lang
    else if (w.startsWith("--lang=") || w.startsWith("--explain=")) lang = w.slice(w.indexOf("=") + 1)
    else if (w === "--format") format = argv[i + 1]
    else if (w.startsWith("--format=")) format = w.slice("--format=".length)
  }
  return lang === "fi" || lang === "sv" || lang === "en" ? lang : format === "text" ? "fi" : "en"
}

/**
 * Usage errors of the commands (a bad option value or argument): the option's name and the rule, never the value
 * given. In `--lang` when it is given, else English (see {@link errorLanguage}).
 *
 * @since 0.2.0
 */
export const usageErrors = Catalog.make({
  date: {
    fi: "{option}: odotettiin olemassa olevaa päivämäärää muodossa VVVV-KK-PP",
    sv: "{option}: ett existerande datum i formen ÅÅÅÅ-MM-DD förväntades",
    en: "{option}: expected a calendar date YYYY-MM-DD that exists"
  },
  wholeNumber: {
    fi: "{option}: odotettiin kokonaislukua",
    sv: "{option}: ett heltal förväntades",
    en: "{option}: expected a whole number"
  },
  wholeNumberAtLeast: {
    fi: "{option}: odotettiin kokonaislukua, vähintään {min}",
    sv: "{option}: ett heltal förväntades, minst {min}",
    en: "{option}: expected a whole number of at least {min}"
  },
  wholeNumberRange: {
    fi: "{option}: odotettiin kokonaislukua {min}–{max}",
    sv: "{option}: ett heltal {min}–{max} förväntades",
    en: "{option}: expected a whole number {min}–{max}"
  },
  year: {
    fi: "{option}: odotettiin vuotta, esimerkiksi 2026",
    sv: "{option}: ett år förväntades, till exempel 2026",
    en: "{option}: expected a year such as 2026"
  },
  yearRange: {
    fi: "{option}: pyhäpäivätaulukot kattavat vuodet {first}–{last}",
    sv: "{option}: helgdagstabellerna täcker åren {first}–{last}",
    en: "{option}: the holiday tables cover {first}–{last}"
  },
  lastBeforeFirst: {
    fi: "{option}: ei saa olla ennen argumenttia {other}",
    sv: "{option}: får inte vara före argumentet {other}",
    en: "{option}: must not be before {other}"
  },
  tooManyYears: {
    fi: "{option}: enintään {max} vuotta kerralla",
    sv: "{option}: högst {max} år åt gången",
    en: "{option}: at most {max} years at a time"
  },
  exactlyOne: {
    fi: "anna täsmälleen yksi valitsimista {options}",
    sv: "ange exakt en av flaggorna {options}",
    en: "give exactly one of {options}"
  },
  kelaDecisionFrom: {
    fi: "{option}: Kelan päätöksen määräaika on ollut voimassa {date} alkaen (laki 815/2015)",
    sv: "{option}: FPA:s tidsfrist för beslut gäller från {date} (lag 815/2015)",
    en: "{option}: Kela's decision deadline exists from {date} (Act 815/2015)"
  },
  oneOf: {
    fi: "{option}: odotettiin yhtä arvoista {choices}",
    sv: "{option}: ett av värdena {choices} förväntades",
    en: "{option}: expected one of {choices}"
  },
  trueOrFalse: {
    fi: "{option}: odotettiin arvoa true tai false",
    sv: "{option}: värdet true eller false förväntades",
    en: "{option}: expected true or false"
  },
  municipalityCodes: {
    fi: "{option}: odotettiin kuntanumeroita, esimerkiksi 837 tai 837,297",
    sv: "{option}: kommunkoder förväntades, till exempel 837 eller 837,297",
    en: "{option}: expected municipality codes such as 837 or 837,297"
  },
  monthRange: {
    fi: "{option}: odotettiin kuukautta muodossa VVVV-KK väliltä {first}–{last}",
    sv: "{option}: en månad i formen ÅÅÅÅ-MM mellan {first} och {last} förväntades",
    en: "{option} must be a month YYYY-MM from {first} to {last}"
  },
  reformOrFile: {
    fi: "anna --reform VVVV-KK tai --reform-file reform.json",
    sv: "ange --reform ÅÅÅÅ-MM eller --reform-file reform.json",
    en: "Give --reform YYYY-MM or --reform-file reform.json"
  },
  wholeNumberFromTo: {
    fi: "{option}: odotettiin kokonaislukua {min}–{max}",
    sv: "{option}: ett heltal {min}–{max} förväntades",
    en: "{option} must be a whole number from {min} to {max}"
  },
  fileUnreadable: {
    fi: "{option}: tiedostoa ei voi lukea",
    sv: "{option}: filen kan inte läsas",
    en: "{option}: the file cannot be read"
  },
  fileNotJson: {
    fi: "{option}: ei kelvollista JSONia",
    sv: "{option}: inte giltig JSON",
    en: "{option}: not valid JSON"
  },
  dateShort: {
    fi: "{option}: odotettiin päivämäärää muodossa VVVV-KK-PP",
    sv: "{option}: ett datum i formen ÅÅÅÅ-MM-DD förväntades",
    en: "{option}: expected a date YYYY-MM-DD"
  }
})

/**
 * A date the calendar cannot place (issue 15): a day outside the holiday tables (calendar's `YearOutOfRange`, rule
 * `year-in-range`) or a provision with no wording in force on it (core's `ProvisionNotInForce`, rules
 * `no-row-for-date`, `not-a-date`). The provision is named by its identifier (a code, as rule ids are), never a date.
 *
 * @since 0.4.0
 */
export const limitErrors = Catalog.make({
  yearOutOfRange: {
    fi: "kalenterin pyhäpäivätaulukot kattavat vuodet {first}–{last} (sääntö {rule})",
    sv: "kalenderns helgdagstabeller täcker åren {first}–{last} (regel {rule})",
    en: "the calendar's holiday tables cover {first}–{last} (rule {rule})"
  },
  noRowForDate: {
    fi: "säännöksellä {provision} ei ole sinä päivänä voimassa olevaa sanamuotoa (sääntö {rule})",
    sv: "bestämmelsen {provision} har ingen lydelse som gäller den dagen (regel {rule})",
    en: "provision {provision} has no wording in force on that day (rule {rule})"
  },
  notADate: {
    fi: "säännöksen {provision} päivä ei ole olemassa oleva päivämäärä VVVV-KK-PP (sääntö {rule})",
    sv: "dagen för bestämmelsen {provision} är inte ett existerande datum ÅÅÅÅ-MM-DD (regel {rule})",
    en: "the day for provision {provision} is not a calendar date YYYY-MM-DD (rule {rule})"
  }
})

/** Every catalog of the package, for tests and translation tools. @since 0.2.0 */
export const catalogs: Readonly<Record<string, Catalog.Catalog>> = {
  socialAssistance,
  parameters,
  calendar,
  weekdays,
  etotu,
  model,
  avain,
  errorKinds,
  usageErrors,
  limitErrors,
  batch,
  guidelineErrors,
  supplementary,
  usage,
  commandLine,
  inputErrors,
  jsonErrorKinds,
  csvErrorKinds
}

/** One message in one language. @since 0.2.0 */
export const text = <K extends string>(
  catalog: Catalog.Catalog<K>,
  key: K,
  language: Localized.Language,
  values: Readonly<Record<string, string | number>> = {}
): string => Catalog.text(catalog, key, language, values)

/** A month as people read it (core's `FormatDate.month`): `3/2026` (fi, sv), `2026-03` (en). @since 0.2.0 */
export const month = (ym: string, language: Localized.Language): string => FormatDate.month(ym, language)

/** A date as people read it (core's `FormatDate`): `1.3.2026` (fi, sv), `2026-03-01` (en). @since 0.2.0 */
export const date = (d: string, language: Localized.Language): string => FormatDate.date(d, language)

/** A provision of Act 150/1930 on the calculation of statutory time limits, cited with core's `LegalRef`. */
export const timeLimitsAct = (section: string, language: Localized.Language): string =>
  LegalRef.render(LegalRef.make({ act: "150/1930", section }), language)

const ruleOf = (message: string): string | undefined => /\(rule ([a-z0-9-]{1,60})[,)]/.exec(message)?.[1]

/**
 * One error line for a person in `language`: in English the rule's own text
 * (as before); in Finnish and Swedish the kind of the error from
 * {@link errorKinds} and the rule's identifier. The field path is kept, and
 * nothing of the message but its kind and rule identifier is shown, so an
 * input value cannot reach the line through it either.
 *
 * @since 0.2.0
 */
export const issueLine = (issue: ErrorLine, language: Localized.Language): ErrorLine => {
  if (language === "en") return issue
  const m = issue.message
  const kind: keyof typeof errorKinds = m.startsWith("Missing")
    ? "missing"
    : m.startsWith("Unexpected field")
      ? "unexpected"
      : /henkilötunnus|personal identity code/i.test(m)
        ? "henkilotunnus"
        : m.startsWith("Expected") || m.startsWith("Must be")
          ? "type"
          : issue.at === "(record)" || issue.at === "(input)"
            ? /longer than|larger than/.test(m)
              ? "tooLarge"
              : "unreadable"
            : ruleOf(m) !== undefined
              ? "rule"
              : "invalid"
  const rule = ruleOf(m)
  // Where in the input an unreadable record is: its line and column numbers, never its text.
  const position = [
    ...[...m.matchAll(/\bline (\d{1,12})\b/g)]
      .slice(0, 1)
      .map((x) => Catalog.text(errorKinds, "line", language, { n: x[1] ?? "" })),
    ...[...m.matchAll(/\bcolumn (\d{1,12})\b/g)]
      .slice(0, 1)
      .map((x) => Catalog.text(errorKinds, "column", language, { n: x[1] ?? "" }))
  ].join(", ")
  const k =
    kind === "unreadable" && position !== ""
      ? Catalog.text(errorKinds, "withPosition", language, { kind: Catalog.text(errorKinds, kind, language), position })
      : Catalog.text(errorKinds, kind, language)
  return {
    at: issue.at,
    message: rule === undefined ? k : Catalog.text(errorKinds, "withRule", language, { kind: k, rule })
  }
}

/**
 * The language of the lines on stderr: the language of the output when a
 * person reads it (`--lang` given, or `--format text`, whose default is
 * Finnish); for JSON output without `--lang` English, which scripts and logs
 * have always matched.
 *
 * @since 0.2.0
 */
export const errorLanguage = (context: {
  readonly options: Readonly<Record<string, unknown>>
  readonly language: Localized.Language
  readonly format?: "json" | "text"
}): Localized.Language => (context.options["lang"] === undefined && context.format !== "text" ? "en" : context.language)

/** {@link issueLine} over a record's issues. @since 0.2.0 */
export const issueLines = (issues: ReadonlyArray<ErrorLine>, language: Localized.Language): ReadonlyArray<ErrorLine> =>
  issues.map((i) => issueLine(i, language))

/** One usage error in `language` (see {@link usageErrors}). @since 0.2.0 */
export const usageError = (
  key: keyof typeof usageErrors,
  language: Localized.Language,
  values: Readonly<Record<string, string | number>> = {}
): string => Catalog.text(usageErrors, key, language, values)

/**
 * The error of a date the calendar cannot place, as lines in `language`: a `RuleViolation` (or an error of the same
 * shape) names its own field and goes through {@link issueLines}; a `YearOutOfRange` or a `ProvisionNotInForce` is put
 * at `at` (the field whose day it is) with its text from {@link limitErrors}. Only rule ids, the provision's
 * identifier and the calendar's year range are shown, never the input's date.
 *
 * @since 0.4.0
 */
export const limitLines = (
  error:
    | { readonly _tag: "YearOutOfRange" }
    | {
        readonly _tag: "ProvisionNotInForce"
        readonly provision: string
        readonly rule: "no-row-for-date" | "not-a-date"
      }
    | { readonly _tag: "RuleViolation"; readonly at: string; readonly rule: string; readonly detail: string },
  at: string,
  language: Localized.Language
): ReadonlyArray<ErrorLine> => {
  switch (error._tag) {
    case "RuleViolation":
      return issueLines([{ at: error.at, message: `${error.detail} (rule ${error.rule})` }], language)
    case "YearOutOfRange":
      return [
        {
          at,
          message: Catalog.text(limitErrors, "yearOutOfRange", language, {
            first: Holidays.firstYear,
            last: Holidays.lastYear,
            rule: "year-in-range"
          })
        }
      ]
    case "ProvisionNotInForce":
      return [
        {
          at,
          message: Catalog.text(limitErrors, error.rule === "not-a-date" ? "notADate" : "noRowForDate", language, {
            provision: error.provision,
            rule: error.rule
          })
        }
      ]
  }
}
