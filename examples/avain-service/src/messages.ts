/**
 * The service's message catalog for the texts an operator reads from the admin command (`admin.ts`): usage
 * errors, the refusals of `auth.ts` and the one-time key notice, in Finnish, Swedish and English with the project
 * glossary's terms (hyvinvointialue / välfärdsområde / wellbeing services county). `admin --lang fi|sv|en` chooses
 * the language; without it the lines are English, as the README and scripts have read them. No message has a
 * placeholder for an argument's value. `test/messages.test.ts` checks the catalog with core's `Catalog.check`.
 *
 * The HTTP API answers in JSON with stable error codes (`openapi.ts`); its clients show their own texts.
 *
 * @since 0.2.0
 */
import { Catalog, type Language } from "@osallistava/core"

/** Refusals of the organisation and key operations (`AdminError`). @since 0.2.0 */
export const adminErrors = Catalog.make({
  codeShape: {
    fi: "--code: 2–40 pientä kirjainta, numeroa tai yhdysmerkkiä (ei ”unassigned”)",
    sv: "--code: 2–40 små bokstäver, siffror eller bindestreck (inte ”unassigned”)",
    en: "--code must be 2–40 lower-case letters, digits or dashes (not 'unassigned')"
  },
  orgExists: {
    fi: "Organisaatio tällä tunnuksella on jo olemassa",
    sv: "En organisation med denna kod finns redan",
    en: "An organisation with this code exists already"
  },
  countyName: {
    fi: "--county: hyvinvointialueen suomenkielinen nimi (katso orgs counties)",
    sv: "--county: välfärdsområdets finska namn (se orgs counties)",
    en: "--county must be the Finnish name of a wellbeing services county (see orgs counties)"
  },
  municipalityCode: {
    fi: "--municipality: Tilastokeskuksen kuntanumero",
    sv: "--municipality: en kommunkod från Statistikcentralen",
    en: "--municipality must be a municipality code of Statistics Finland"
  },
  orgUnknown: {
    fi: "--org: olemassa olevan organisaation tunnus (katso orgs list)",
    sv: "--org: koden för en befintlig organisation (se orgs list)",
    en: "--org must be the code of an existing organisation (see orgs list)"
  },
  keyUnknown: {
    fi: "Tällä tunnisteella ei ole avainta (katso keys list)",
    sv: "Ingen nyckel med detta id (se keys list)",
    en: "No key with this key id (see keys list)"
  },
  keyRevoked: {
    fi: "Avain on jo mitätöity",
    sv: "Nyckeln är redan återkallad",
    en: "The key is revoked already"
  }
})

/** @since 0.2.0 */
export type AdminErrorKey = keyof typeof adminErrors

/** The admin command's own lines on stderr. @since 0.2.0 */
export const adminLines = Catalog.make({
  unknownOption: {
    fi: "Tuntematon valitsin (katso --help)",
    sv: "Okänd flagga (se --help)",
    en: "Unknown option (see --help)"
  },
  needsValue: {
    fi: "Valitsin {option} tarvitsee arvon",
    sv: "Flaggan {option} behöver ett värde",
    en: "Option {option} needs a value"
  },
  orgsAdd: {
    fi: "orgs add tarvitsee valitsimen --code ja joko --county tai --municipality",
    sv: "orgs add behöver --code och antingen --county eller --municipality",
    en: "orgs add needs --code and one of --county or --municipality"
  },
  keysCreate: {
    fi: "keys create tarvitsee valitsimen --org <tunnus>",
    sv: "keys create behöver --org <kod>",
    en: "keys create needs --org <code>"
  },
  keysRevoke: {
    fi: "keys revoke tarvitsee yhden avaimen tunnisteen",
    sv: "keys revoke behöver ett nyckel-id",
    en: "keys revoke needs one key id"
  },
  accessLog: {
    fi: "access-log tarvitsee valitsimen --client-ref <viite> (ja halutessa --org <tunnus>)",
    sv: "access-log behöver --client-ref <referens> (och vid behov --org <kod>)",
    en: "access-log needs --client-ref <ref> (and optionally --org <code>)"
  },
  unknownCommand: {
    fi: "Tuntematon komento (katso --help)",
    sv: "Okänt kommando (se --help)",
    en: "Unknown command (see --help)"
  },
  unknownLanguage: {
    fi: "--lang: tuntematon kieli; valitse fi, sv tai en",
    sv: "--lang: okänt språk; välj fi, sv eller en",
    en: "--lang: unknown language; choose fi, sv or en"
  },
  keyShownOnce: {
    fi: "Anna apiKey organisaatiolle nyt: se näytetään vain tämän kerran, eikä sitä voi palauttaa.",
    sv: "Ge apiKey till organisationen nu: den visas bara denna gång och kan inte återskapas.",
    en: "Give apiKey to the organisation now: it is shown only this once and cannot be recovered."
  },
  openFailed: {
    fi: "Tietokantaa ei voitu avata: {reason}",
    sv: "Databasen kunde inte öppnas: {reason}",
    en: "Could not open the database: {reason}"
  },
  refused: { fi: "Hylätty: {reason}", sv: "Avvisad: {reason}", en: "Refused: {reason}" }
})

/** @since 0.2.0 */
export type AdminLineKey = keyof typeof adminLines

/** Every catalog of the service, for its test. @since 0.2.0 */
export const catalogs: Readonly<Record<string, Catalog.Catalog>> = { adminErrors, adminLines }

/** One admin line in `language`. @since 0.2.0 */
export const line = (key: AdminLineKey, language: Language, values: Readonly<Record<string, string>> = {}): string =>
  Catalog.text(adminLines, key, language, values)
