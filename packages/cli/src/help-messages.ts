/**
 * `--help` in Finnish and Swedish (`--lang fi|sv`). The English help is the commands' own source text
 * (`src/command.ts`, `src/commands/*.ts`) and stays there; this file holds only its translations, one entry per
 * text: a command's summary and description by its path, an option by the command's path and the option's name, and
 * the options every command shares by their name alone. `test/help.test.ts` renders every command's help in fi and
 * sv and fails on a missing entry or an English word left in. Without `--lang` the help is English (the README
 * shows it).
 *
 * @since 0.4.0
 */
import { Catalog } from "@osallistava/core"
import { Events } from "@osallistava/model"

/** The pathway's events as the help names them: model's one list (`Events.eventTags`), never a copy. */
const pathwayEvents = Events.eventTags.map((tag) => `\`${tag}\``).join(", ")

/** A text in Finnish and Swedish; English is the source text in the command. */
export interface Translation {
  readonly fi: string
  readonly sv: string
}

/** The translations of one command's help. */
export interface CommandHelpTranslation {
  readonly summary: Translation
  readonly description: Translation
  readonly options?: Readonly<Record<string, Translation>>
}

/** The frame of the help texts (headings and the command list's lines). @since 0.4.0 */
export const helpFrame = Catalog.make({
  usage: { fi: "Käyttö", sv: "Användning", en: "Usage" },
  options: { fi: "Valitsimet", sv: "Flaggor", en: "Options" },
  examples: { fi: "Esimerkkejä", sv: "Exempel", en: "Examples" },
  commands: { fi: "Komennot", sv: "Kommandon", en: "Commands" },
  commandPlaceholder: { fi: "<komento>", sv: "<kommando>", en: "<command>" },
  optionsPlaceholder: { fi: "[valitsimet]", sv: "[flaggor]", en: "[options]" },
  value: { fi: "<arvo>", sv: "<värde>", en: "<value>" },
  toolkit: {
    fi: "suomalaisten sosiaalipalvelujen työkalut (toimeentulotuki, AVAIN, eTotu, kalenteri, osallistava polku)",
    sv: "verktyg för finländska socialtjänster (utkomststöd, AVAIN, eTotu, kalender, delaktighetsstig)",
    en: "Finnish social-services toolkit (social assistance, AVAIN, eTotu, calendar, participatory pathway)"
  },
  seeCommandHelp: {
    fi: "Komennon valitsimet ja esimerkin näet: `osallistava <komento> --help`.",
    sv: "En kommandos flaggor och ett exempel visas med `osallistava <kommando> --help`.",
    en: "Run `osallistava <command> --help` for a command's options and an example."
  },
  exitCodes: {
    fi: "Paluukoodit: 0 onnistui, 1 sisäinen virhe, 2 virheellinen syöte tai käyttö.",
    sv: "Slutkoder: 0 lyckades, 1 internt fel, 2 felaktig indata eller användning.",
    en: "Exit codes: 0 success, 1 internal error, 2 bad input or usage."
  }
})

/** The options every command shares (`globalOptions`) and those of the commands that read records (`inputOptions`). */
export const sharedOptionHelp: Readonly<Record<string, Translation>> = {
  help: { fi: "Näytä komennon ohje", sv: "Visa hjälpen för kommandot" },
  format: {
    fi: "Tuloste: json (oletus; eräajossa NDJSON) tai text",
    sv: "Utdata: json (standard; NDJSON för en körning med flera poster) eller text"
  },
  lang: {
    fi: "Tekstitulosteen kieli: fi (oletus), sv tai en",
    sv: "Språket i textutdata: fi (standard), sv eller en"
  },
  "input-format": {
    fi: "auto (oletus: tiedostopäätteen mukaan; stdin: NDJSON, jos ensimmäinen rivi on JSON), json, ndjson tai csv",
    sv: "auto (standard: enligt filändelsen; stdin: NDJSON om första raden är JSON), json, ndjson eller csv"
  },
  "csv-delimiter": {
    fi: "vain CSV: auto (oletus: otsikkorivillä yleisempi merkeistä , ja ;), , tai ;",
    sv: "endast CSV: auto (standard: det vanligare av , och ; på rubrikraden), , eller ;"
  },
  "fail-fast": {
    fi: "Lopeta ensimmäiseen virheelliseen tietueeseen (oletus: ilmoita siitä ja jatka)",
    sv: "Stanna vid den första felaktiga posten (standard: rapportera den och fortsätt)"
  },
  quiet: {
    fi: "Ei edistymispalkkia eikä yhteenvetoa stderriin",
    sv: "Ingen förloppsindikator och ingen sammanfattning på stderr"
  }
}

const avainThreshold: Translation = {
  fi: "Tavoitteen saavuttamisen tasokoodi, joka lasketaan saavutetuksi ”vähintään” (oletus: luettelon oma, fairly-well = melko hyvin)",
  sv: "Koden för den nivå av måluppfyllelse som räknas som uppnådd ”minst” (standard: katalogens, fairly-well = melko hyvin = ganska väl)"
}

const dedupeWindow: Translation = {
  fi: "Muistettavien ilmoitustunnusten määrä uudelleentoimitusten merkitsemiseen (oletus 200000; vähintään puolet säilyy aina)",
  sv: "Antal anmälningsidentifierare som minns för att märka omleveranser (standard 200000; minst hälften behålls alltid)"
}

const policyDays: Translation = {
  fi: "Kunnan linjaama määräaika arkipäivinä ”viipymättä”-vaatimukselle (oletus 7)",
  sv: "Kommunens gräns i vardagar för ”utan dröjsmål” (standard 7)"
}

/** Every command's help in fi and sv, by command path. @since 0.4.0 */
export const commandHelpTranslations: Readonly<Record<string, CommandHelpTranslation>> = {
  "avain validate": {
    summary: {
      fi: "Tarkista AVAIN-alku- ja -arviointikirjaukset (rakenne, luettelokoodit, alun ja arvioinnin pariutus)",
      sv: "Kontrollera AVAIN-start- och -utvärderingsposter (struktur, katalogkoder, parning av start och utvärdering)"
    },
    description: {
      fi: "Tarkistaa jokaisen kirjauksen AVAIN-kirjausmuotoa (formatVersion 2; versio 1 päivitetään) ja sääntöjä vasten: arviointi edellyttää alkukirjausta,\njokainen arvioitu tavoite on alussa samalla alueella, päivämäärät järjestyksessä, koodit kirjauksen päivänä voimassa olevasta luettelosta,\nei henkilötunnusta missään. Kelvolliset kirjaukset tulostetaan muodossa `{record, recordId, planId, phase}`; jokainen virhe menee stderriin tietueen numeron,\nkentän polun ja säännön kanssa. Luettelot ovat ALUSTAVIA (THL:n virallisia koodistoja ei ole vielä ladattu). Paluukoodi 2, jos yksikin tietue oli virheellinen.",
      sv: "Kontrollerar varje post mot AVAIN-postformatet (formatVersion 2; version 1 uppgraderas) och reglerna: en utvärdering kräver sin start,\nvarje utvärderat mål finns vid starten inom samma område, datumen i ordning, koderna giltiga i den katalog som gäller på postens datum,\ningen personbeteckning någonstans. Godkända poster skrivs ut som `{record, recordId, planId, phase}`; varje fel går till stderr med postnummer,\nfältets sökväg och regel. Katalogerna är PRELIMINÄRA (THL:s officiella kodlistor är ännu inte inlästa). Slutkod 2 om någon post var felaktig."
    }
  },
  "avain score": {
    summary: {
      fi: "Pisteytä jokainen asiakassuunnitelma: tavoitteiden saavuttaminen tavoitteittain ja kokonaisuutena, tekijöiden muutos, menetelmät",
      sv: "Poängsätt varje klientplan: måluppfyllelse per mål och totalt, förändring i faktorer, metoder"
    },
    description: {
      fi: "Tarkistaa kirjaukset, pariuttaa kunkin suunnitelman alun ja arvioinnin ja tulostaa yhden tuloksen suunnitelmaa kohden (NDJSON):\ntavoitteiden saavuttaminen tavoitteittain ja kokonaisuutena THL:n rajaa ”vähintään melko hyvin” vasten,\ntilannetekijät, jotka tukevat tai estävät alussa ja arvioinnissa, ja niiden muutos, suunnitellut ja käytetyt menetelmät.\nVirheelliset tietueet ilmoitetaan stderriin ja jätetään pois; paluukoodi 2, jos yksikin tietue oli virheellinen. Pitää syötteen kelvolliset tietueet muistissa.",
      sv: "Kontrollerar posterna, parar ihop varje plans start och utvärdering och skriver ut ett resultat per plan (NDJSON):\nmåluppfyllelse per mål och totalt mot THL:s gräns ”minst ganska väl” (vähintään melko hyvin),\nsituationsfaktorer som stöder eller hindrar vid start och utvärdering och deras förändring, planerade och använda metoder.\nFelaktiga poster rapporteras på stderr och lämnas bort; slutkod 2 om någon post var felaktig. Håller indatans godkända poster i minnet."
    },
    options: { threshold: avainThreshold }
  },
  "avain report": {
    summary: {
      fi: "Kohorttiraportti: tavoitteiden, tekijöiden ja menetelmien yleisyys; saavuttaminen tavoitealueittain Wilsonin 95 %:n luottamusvälein; kato",
      sv: "Kohortrapport: förekomst av mål, faktorer och metoder; måluppfyllelse per målområde med Wilsons 95 % konfidensintervall; bortfall"
    },
    description: {
      fi: "Lukee kirjaukset virtana vakiomuistissa raportiksi (THL:n vuoden 2018 raportin kuvioiden 3–5 muoto): kunkin tavoitealueen,\ntukevan ja estävän tekijän, menetelmän ja palvelun asiakkaiden osuudet (osoittaja ja nimittäjä); saavuttaminen tavoitealueittain ”vähintään melko hyvin”\nWilsonin 95 %:n välein; saavuttaminen kunkin menetelmän ja menetelmäryhmän kanssa ja ilman (kuvaileva, ei syy-yhteys); kato.\n--period rajaa suunnitelman alkupäivän mukaan. --format text tulostaa taulukot kielellä --lang fi|sv|en; --chart tulostaa yhden SVG-pylväskaavion.\nRaportti kertoo, kun käytössä on alustavia luettelokoodeja. Sääntöä rikkovat tietueet ilmoitetaan stderriin (paluukoodi 2).\nTietosuoja (Tilastokeskuksen frekvenssisääntö, docs/privacy/disclosure-control.md): rajaa --min-cell (oletus 5) pienemmät lukumäärät,\nlukumäärät, joista ne voisi päätellä, ja jokainen harvemmista arvioiduista suunnitelmista laskettu luku peitetään (JSONissa null, tekstissä '..').",
      sv: "Läser posterna som en ström till en rapport i konstant minne (formen av figurerna 3–5 i THL:s rapport från 2018): andelar klienter med varje målområde,\nstödjande och hindrande faktor, metod och tjänst (täljare och nämnare); måluppfyllelse per målområde ”minst ganska väl”\nmed Wilsons 95 % intervall; måluppfyllelse med och utan varje metod och metodgrupp (beskrivande, inte orsakssamband); bortfall.\n--period avgränsar efter planens startdatum. --format text skriver ut tabeller på --lang fi|sv|en; --chart skriver ut ett SVG-stapeldiagram.\nRapporten säger när preliminära katalogkoder används. Poster som bryter mot en regel rapporteras på stderr (slutkod 2).\nRöjandeskydd (Statistikcentralens frekvensregel, docs/privacy/disclosure-control.md): antal under --min-cell (standard 5),\nde antal som de kunde härledas ur, och varje tal som beräknats ur färre utvärderade planer döljs (null i JSON, '..' i text)."
    },
    options: {
      threshold: avainThreshold,
      municipality: {
        fi: "Vain nämä kuntakoodit (pilkuin eroteltuina)",
        sv: "Endast dessa kommunkoder (kommaseparerade)"
      },
      from: { fi: "Tänä päivänä tai myöhemmin alkaneet suunnitelmat", sv: "Planer som startat denna dag eller senare" },
      to: { fi: "Tänä päivänä tai aiemmin alkaneet suunnitelmat", sv: "Planer som startat denna dag eller tidigare" },
      "method-family": {
        fi: "Vain kirjaukset, joissa on tämän menetelmäryhmän menetelmä",
        sv: "Endast poster med en metod i denna metodgrupp"
      },
      "client-present": {
        fi: "Vain asiakkaan kanssa (true) tai ilman asiakasta (false) tehdyt kirjaukset",
        sv: "Endast poster gjorda med (true) eller utan (false) klienten"
      },
      chart: {
        fi: "Tulosta tämä kaavio SVG:nä raportin sijaan",
        sv: "Skriv ut detta diagram som SVG i stället för rapporten"
      },
      "min-cell": {
        fi: "Pienin näytettävä lukumäärä (tietosuoja; oletus 5); pienemmät ja ne paljastavat luvut peitetään",
        sv: "Minsta antal som visas (röjandeskydd; standard 5); mindre antal och det som röjer dem döljs"
      }
    }
  },
  "calendar holidays": {
    summary: {
      fi: "Luettele vuoden suomalaiset pyhäpäivät (ja aatot, jotka eivät ole arkipäiviä)",
      sv: "Lista årets finländska helgdagar (och de aftnar som inte är vardagar)"
    },
    description: {
      fi: "Pyhäpäivät kirkkolain sekä lakien 388/1937 ja 150/1930 5 §:n mukaan, juhannus, jouluaatto ja muut päivät, joina lakisääteinen määräaika ei pääty. Taulukot kattavat vuodet 1900–2100.",
      sv: "Helgdagar enligt kyrkolagen och lagarna 388/1937 och 150/1930 5 §, med midsommar, julafton och de andra dagar då ingen lagstadgad tidsfrist löper ut. Tabellerna täcker 1900–2100."
    },
    options: {
      "public-only": { fi: "Vain pyhäpäivät, ei aattoja", sv: "Endast helgdagar (pyhäpäivät), inte aftnarna" }
    }
  },
  "calendar deadline": {
    summary: {
      fi: "Laske lakisääteinen määräaika (laki 150/1930) tai Kelan päätöksen määräaika",
      sv: "Beräkna en lagstadgad tidsfrist (lag 150/1930) eller FPA:s tidsfrist för beslut"
    },
    description: {
      fi: "Alkamispäivää ei lueta määräaikaan (laki 150/1930 2 §). Kuukausina laskettu määräaika päättyy samannumeroisena päivänä tai kuukauden viimeisenä päivänä (3 §).\nLauantaina, sunnuntaina, pyhäpäivänä, itsenäisyyspäivänä, vappuna, jouluaattona tai juhannusaattona päättyvä määräaika siirtyy seuraavaan arkipäivään (5 §).\n--kela-decision: 7. arkipäivä siitä, kun täydellinen hakemus saapuu (laki 1412/1997 14 a § vuodesta 2023, 14 c § lain 815/2015 mukaisena 2017–2022); muuna kuin arkipäivänä saapunut hakemus lasketaan omasta päivästään (hallintolaki 434/2003 18 §; docs/calendar/README.md).",
      sv: "Startdagen räknas inte (lag 150/1930 2 §). En frist i månader löper ut på dagen med samma nummer, eller på månadens sista dag (3 §).\nEn sista dag på en lördag, söndag, helgdag, självständighetsdag, första maj, julafton eller midsommarafton flyttas till nästa vardag (5 §).\n--kela-decision: den 7:e vardagen efter att en fullständig ansökan kommit in (lag 1412/1997 14 a § från 2023, 14 c § i lydelsen 815/2015 åren 2017–2022); en ansökan som kommer in på en annan dag än en vardag räknas från sin egen dag (förvaltningslagen 434/2003 18 §; docs/calendar/README.md)."
    },
    options: {
      days: { fi: "N kalenteripäivän määräaika", sv: "En frist på N kalenderdagar" },
      months: { fi: "N kuukauden määräaika", sv: "En frist på N månader" },
      "working-days": { fi: "N:s arkipäivä alkamispäivän jälkeen", sv: "Den N:e vardagen efter startdagen" },
      "kela-decision": {
        fi: "Kelan 7 arkipäivän päätöksen määräaika (laki 1412/1997 14 a §; ennen vuotta 2023 14 c §)",
        sv: "FPA:s tidsfrist för beslut på 7 vardagar (lag 1412/1997 14 a §; före 2023 14 c §)"
      }
    }
  },
  "etotu decode": {
    summary: {
      fi: "Pura ja tarkista eTotu-ilmoitukset; merkitse kaksoiskappaleet",
      sv: "Avkoda och kontrollera eTotu-anmälningar; märk dubbletter"
    },
    description: {
      fi: "Purkaa ilmoitukset projektin dokumentoimassa muodossa (formatVersion 1; Kelan oma muoto ei ole julkinen) ja tarkistaa kunkin päätöspäivänä voimassa olleen lain säännöt.\nJokainen kelvollinen tietue tulostetaan muodossa `{record, status, notice, legalBasis, visibleOn}`; tila on new (uusi) tai duplicate (sama ilmoitus toimitettu uudelleen; vähintään 100 000 viimeisimmän eri ilmoituksen tunnukset muistetaan, ks. --dedupe-window).\nVirheellinen tietue tai ilmoitus, jonka tunnus on nähty eri sisällöllä (ristiriita), ilmoitetaan stderriin tietueen numeron, kentän ja säännön kanssa; ajo jatkuu. Paluukoodi 2, jos yksikin tietue oli virheellinen.",
      sv: "Avkodar anmälningar i projektets dokumenterade format (formatVersion 1; FPA:s eget format är inte offentligt) och kontrollerar reglerna i den lag som gällde på varje beslutsdatum.\nVarje godkänd post skrivs ut som `{record, status, notice, legalBasis, visibleOn}`; status är new (ny) eller duplicate (samma anmälan levererad igen; identifierarna för minst de 100 000 senaste olika anmälningarna minns, se --dedupe-window).\nEn felaktig post, eller en anmälan vars identifierare setts med annat innehåll (en konflikt), rapporteras på stderr med postnummer, fält och regel; körningen fortsätter. Slutkod 2 om någon post var felaktig."
    },
    options: { "dedupe-window": dedupeWindow }
  },
  "etotu triage": {
    summary: {
      fi: "Jono, määräpäivä ja perusteet kullekin eTotu-ilmoitukselle",
      sv: "Kö, förfallodag och skäl för varje eTotu-anmälan"
    },
    description: {
      fi: "Antaa kullekin ilmoitukselle jonon (urgent, applications, socialWork, youth, immigrant, infoLetter, otherService), ensimmäisen toimenpiteen määräpäivän oikeusperusteineen (TTL 14 a/14 b §, SHL 36 §) tai kunnan linjaaman määräajan sekä perusteet.\nOletuksena käsittelee virtana saapumisjärjestyksessä vakiomuistissa; yli 25-vuotiaiden kapasiteetti täytetään saapumisjärjestyksessä. --order lukee koko erän ja tulostaa sen kiireellisyysjärjestyksessä (muisti kasvaa erän mukana).\nIlman valitsinta --received-on kukin ilmoitus lasketaan päivästä, jona se tulee näkyviin (Kelmu: samana tai seuraavana arkipäivänä).",
      sv: "Ger varje anmälan dess kö (urgent, applications, socialWork, youth, immigrant, infoLetter, otherService), förfallodagen för dess första åtgärd med den rättsliga grunden (TTL 14 a/14 b §, SHL 36 §) eller kommunens gräns, och skälen.\nSom standard behandlas anmälningarna som en ström i ankomstordning i konstant minne; kapaciteten för personer över 25 år fylls i ankomstordning. --order läser hela satsen och skriver ut den i prioritetsordning (minnet växer med satsen).\nUtan --received-on räknas varje anmälan från den dag den blir synlig (Kelmu: samma dag eller nästa vardag)."
    },
    options: {
      "dedupe-window": dedupeWindow,
      "received-on": {
        fi: "Päivä, jona erä vastaanotettiin (oletus: kunkin ilmoituksen näkyvyyspäivä)",
        sv: "Dagen då satsen togs emot (standard: varje anmälans synlighetsdag)"
      },
      "policy-days": policyDays,
      "max-attempts": {
        fi: "Yhteydenottoyritykset ennen tiedotekirjettä (oletus 3)",
        sv: "Kontaktförsök före ett informationsbrev (standard 3)"
      },
      "capacity-25": {
        fi: "Sosiaalityön jonoon ohjattavien työttömien yli 25-vuotiaiden ilmoitusten enimmäismäärä (oletus: ei rajaa)",
        sv: "Högst så många anmälningar om arbetslösa över 25 år till socialarbetets kö (standard: ingen gräns)"
      },
      "under25-other-service": {
        fi: "Alle 25-vuotiaiden kiireettömät ilmoitukset ohjataan toiseen palveluun",
        sv: "Icke brådskande anmälningar om personer under 25 år går till en annan tjänst"
      },
      order: { fi: "Tulosta koko erä kiireellisyysjärjestyksessä", sv: "Skriv ut hela satsen i prioritetsordning" }
    }
  },
  "etotu stats": {
    summary: {
      fi: "Määrät, vastausosuudet ja ajat ilmoitusten (ja asiatapahtumien) virrasta",
      sv: "Volymer, svarsandelar och tider ur en ström av anmälningar (och händelser i ärenden)"
    },
    description: {
      fi: 'Laskee ilmoitukset tyypeittäin, kuukausittain, kunnittain, ikäryhmittäin ja kiireellisyyden mukaan; vastausosuudet (tavoitettu, saapui, arvioitu) tyypeittäin; päivät näkyviin tulosta avaamiseen, ensimmäiseen yhteydenottoon ja arvioon. Yksi läpikäynti, vakiomuisti.\nTietue on ilmoitus tai `{"notice": {...}, "receivedOn": "YYYY-MM-DD", "events": [{"_tag": "Opened", "on": "..."}, ...]}`, kun mukaan otetaan, mitä sille tapahtui: ilmoituksen kirjaaminen (`BecameVisible`, `Opened`, `ApplicationDecided`, `Transferred`) ja sen jälkeen asian polun tapahtumat kuten komennossa `model pathway`, ilman kenttää `caseId`.\nRajaa --min-cell (oletus 5) pienemmät lukumäärät ja osuudet peitetään (null). Kaksoiskappaleet lasketaan kerran.',
      sv: 'Räknar anmälningar per typ, månad, kommun, åldersgrupp och brådska; svarsandelar (nådd, kom, bedömd) per typ; dagar från synlighet till öppnande, första kontakt och bedömning. En genomgång, konstant minne.\nEn post är en anmälan, eller `{"notice": {...}, "receivedOn": "YYYY-MM-DD", "events": [{"_tag": "Opened", "on": "..."}, ...]}` för att ta med vad som hände med den: registreringen av anmälan (`BecameVisible`, `Opened`, `ApplicationDecided`, `Transferred`) och därefter händelserna i ärendets stig som i kommandot `model pathway`, utan fältet `caseId`.\nAntal och andelar under --min-cell (standard 5) döljs (null). Dubbletter räknas en gång.'
    },
    options: {
      "dedupe-window": dedupeWindow,
      "min-cell": {
        fi: "Pienin näytettävä lukumäärä; pienemmät solut ovat null (oletus 5)",
        sv: "Minsta antal som visas; mindre celler är null (standard 5)"
      }
    }
  },
  "model pathway": {
    summary: {
      fi: "Toista asiakkaiden asiat niiden tapahtumista; tulosta tila ja määräajat",
      sv: "Spela upp klienternas ärenden ur deras händelser; skriv ut läge och tidsfrister"
    },
    description: {
      fi: `Lukee polun tapahtumat (${pathwayEvents}), kussakin \`caseId\` ja päivämäärä \`on\`.\nToistaa kunkin asian lokin järjestyksessä: sama ilmoitus kahdesti ei muuta mitään; tapahtuma, jota asian vaihe ei salli, ilmoitetaan stderriin tietueen numeron ja säännön kanssa, ja asian myöhemmät tapahtumat ohitetaan.\nTulostaa yhden tuloksen asiaa kohden: vaihe, tila ja määräajat (SHL 1301/2014 36 §, 39 §; TTL 1412/1997 14 a–14 d §; laki 189/2001 5 §) päivänä --today (oletus: tänään Helsingissä), tilana met/late/open/overdue/cancelled (täytetty, myöhässä, avoin, erääntynyt, peruttu).\n--caseload järjestää asiat seuraavan määräajan mukaan, erääntyneet ensin. Paluukoodi 2, jos yksikin tietue oli virheellinen.`,
      sv: `Läser stigens händelser (${pathwayEvents}), var och en med \`caseId\` och datum \`on\`.\nSpelar upp varje ärendes logg i ordning: samma anmälan två gånger ändrar ingenting; en händelse som ärendets skede inte tillåter rapporteras på stderr med postnummer och regel, och ärendets senare händelser hoppas över.\nSkriver ut ett resultat per ärende: skede, läge och tidsfrister (SHL 1301/2014 36 §, 39 §; TTL 1412/1997 14 a–14 d §; lag 189/2001 5 §) per --today (standard: i dag i Helsingfors), med status met/late/open/overdue/cancelled (uppfylld, försenad, öppen, förfallen, annullerad).\n--caseload ordnar ärendena efter nästa tidsfrist, förfallna först. Slutkod 2 om någon post var felaktig.`
    },
    options: {
      today: {
        fi: "Päivä, jonka mukaan määräajat arvioidaan (oletus: tänään Helsingissä)",
        sv: "Dagen då tidsfristerna bedöms (standard: i dag i Helsingfors)"
      },
      "policy-days": {
        fi: "Arkipäivät, joiden kuluessa arvio aloitetaan ”viipymättä” (oletus 7)",
        sv: "Vardagar inom vilka en bedömning inleds ”utan dröjsmål” (standard 7)"
      },
      caseload: {
        fi: "Järjestä asiat seuraavan määräajan mukaan (työntekijän asiakaslistanäkymä)",
        sv: "Ordna ärendena efter nästa tidsfrist (en arbetstagares ärendevy)"
      }
    }
  },
  "social-assistance calculate": {
    summary: {
      fi: "Laske perustoimeentulotuki (toimeentulotuki) Kelan tavoin perusteluineen",
      sv: "Beräkna grundläggande utkomststöd (utkomststöd) så som FPA gör, med en rättslig motivering"
    },
    description: {
      fi: 'Lukee yhden hakemuksen (JSON) tai monta (NDJSON, yksi riviä kohden) tiedostosta tai stdinistä ja kirjoittaa päätöksen JSONina\n(eräajossa NDJSON): tuki, jokainen meno-, tulo- ja varallisuusrivi haettuine ja hyväksyttyine määrineen ja\njokainen vaihe perustelusolmuna (sääntö, voimassa oleva lain 1412/1997 pykälä, parametrit päivämäärineen ja lähteineen).\nJokainen määrä on kokonaisina sentteinä (supportCents, acceptedCents, totals.differenceCents) euromäärän desimaalimerkkijonon ("238.09") rinnalla.\nMikä tahansa kuukausi vuodesta 2017-01; viimeisten vahvistettujen parametrien jälkeinen kuukausi\n(ks. `social-assistance parameters`) hylätään parametrin ja sen viimeisen tunnetun kuukauden kera, paitsi jos\n--assume-law last-known laskee sen viimeisillä tunnetuilla arvoilla merkinnällä `provisionalLaw`.\n--explain lisää perustelutekstin kielellä --lang (fi, sv tai en; `--explain sv` asettaa molemmat): valitsimella --format text se tulostaa perustelun,\nJSON-tulosteeseen se lisää kentän `justification`. Ilman valitsinta --explain --format text tulostaa yhden rivin päätöstä kohden.\nVirheellinen syöte päättyy paluukoodiin 2 ja nimeää kentän ja säännön, ei koskaan arvoa eikä henkilötunnusta.',
      sv: 'Läser en ansökan (JSON) eller många (NDJSON, en per rad) från filen eller stdin och skriver beslutet som JSON\n(NDJSON för flera): stödet, varje utgifts-, inkomst- och tillgångsrad med det begärda och godkända beloppet, och\nvarje steg som en motiveringsnod (regel, gällande paragraf i lag 1412/1997, parametrar med datum och källor).\nVarje belopp anges i hela cent (supportCents, acceptedCents, totals.differenceCents) bredvid sin decimalsträng i euro ("238.09").\nVilken månad som helst från 2017-01; en månad efter de senast fastställda parametrarna\n(se `social-assistance parameters`) avvisas med parametern och dess senast kända månad, om inte\n--assume-law last-known beräknar den med de senast kända värdena, märkt `provisionalLaw`.\n--explain lägger till motiveringstexten på --lang (fi, sv eller en; `--explain sv` ställer in båda): med --format text skriver den ut motiveringen,\ni JSON-utdata lägger den till fältet `justification`. Utan --explain skriver --format text ut en rad per beslut.\nFelaktig indata ger slutkod 2 och nämner fältet och regeln, aldrig ett värde eller en personbeteckning.'
    },
    options: {
      "assume-law": {
        fi: "confirmed (oletus): vain kuukauden oma laki; last-known: viimeisten vahvistettujen parametrien jälkeinen kuukausi lasketaan niillä ja merkitään `provisionalLaw`",
        sv: "confirmed (standard): endast månadens egen lag; last-known: en månad efter de senast fastställda parametrarna beräknas med dem och märks `provisionalLaw`"
      },
      explain: {
        fi: "Liitä perustelu kielellä --lang tai heti perään annetulla kielellä (--explain sv); tekstituloste: perustelu; JSON: kenttä `justification`",
        sv: "Ta med motiveringen, på --lang eller på språket som anges direkt efter (--explain sv); textutdata: motiveringen; JSON: fältet `justification`"
      }
    }
  },
  "social-assistance simulate": {
    summary: {
      fi: "Simuloi uudistus: samat kotitaloudet kahden lain mukaan, kuka hyötyy ja kuka häviää",
      sv: "Simulera en reform: samma hushåll enligt två lagar, vem som vinner och vem som förlorar"
    },
    description: {
      fi: "Lukee hakemukset (NDJSON, CSV tai yksi JSON, kuten `calculate`) tiedostosta tai stdinistä ja laskee kunkin\nvertailulain ja uudistuksen mukaan yhdellä läpikäynnillä vakiomuistissa. --baseline K ja --reform K käyttävät kuukauden K\nlakia jokaiseen hakemukseen (iät ja päivämäärät pysyvät hakemuksen kuukauden mukaisina); ilman valitsinta --baseline kunkin kuukauden oma\nlaki on vertailukohta. --reform-file lukee uudistuksen (päivättyjen parametritaulukoiden muutokset, ks. paketin README);\nyhdessä valitsimen --reform kanssa tiedoston muutokset sovelletaan sen kuukauden lain päälle.\nKirjoittaa yhden JSON-dokumentin (summat kuukausittain ja koko ajolta, vuosi, saajat sekä kotitaloudet, jotka alkavat tai\nlakkaavat saamasta tukea, hyötyvät tai häviävät, kotitaloustyypeittäin, lasten lukumäärän, kunnan ja tulodesiilin mukaan); --format text\ntulostaa yhteenvedon kielellä --lang. Jokainen lukumäärä ja luku näytetään tai peitetään tietosuojasäännön mukaan (--threshold,\noletus 5). Virheelliset ja laskukelvottomat tietueet ilmoitetaan stderriin kentän polun ja\nsäännön kanssa, ei koskaan arvoa, ja komento päättyy silloin paluukoodiin 2 (yhteenveto kirjoitetaan silti).",
      sv: "Läser ansökningar (NDJSON, CSV eller en JSON, som `calculate`) från filen eller stdin och beräknar var och en enligt\njämförelselagen och reformen i en genomgång, i konstant minne. --baseline M och --reform M tar lagen för månad\nM för varje ansökan (åldrar och datum förblir de för ansökans månad); utan --baseline är varje månads egen\nlag jämförelsegrunden. --reform-file läser en reform (ändringar av de daterade parametertabellerna, se paketets README);\ntillsammans med --reform tillämpas filens ändringar ovanpå lagen för den månaden.\nSkriver ett JSON-dokument (summor per månad och för hela körningen, året, mottagarna, och de hushåll som börjar eller\nslutar få stöd, vinner eller förlorar, per hushållstyp, antal barn, kommun och inkomstdecil); --format text\nskriver ut sammanfattningen på --lang. Varje antal och tal visas eller döljs enligt röjandeskyddsregeln (--threshold,\nstandard 5). Felaktiga poster och poster som inte kan beräknas rapporteras på stderr med fältets sökväg och\nregel, aldrig ett värde, och kommandot ger då slutkod 2 (sammanfattningen skrivs ändå)."
    },
    options: {
      baseline: {
        fi: "Tämän kuukauden (YYYY-MM) laki vertailukohtana; oletus: kunkin kuukauden oma",
        sv: "Lagen för denna månad (YYYY-MM) som jämförelsegrund; standard: varje månads egen"
      },
      reform: {
        fi: "Tämän kuukauden (YYYY-MM) laki uudistuksena (tai valitsimen --reform-file pohjana)",
        sv: "Lagen för denna månad (YYYY-MM) som reform (eller som grund för --reform-file)"
      },
      "reform-file": {
        fi: "Uudistus JSONina: päivättyjen parametritaulukoiden muutokset",
        sv: "En reform som JSON: ändringar av de daterade parametertabellerna"
      },
      threshold: {
        fi: "Pienin näytettävä lukumäärä (tietosuoja); oletus 5",
        sv: "Minsta antal som visas (röjandeskydd); standard 5"
      }
    }
  },
  "social-assistance parameters": {
    summary: {
      fi: "Luettele kuukautena voimassa olevat toimeentulotuen parametrit arvoineen, voimassaoloineen, lähteineen ja näyttöineen",
      sv: "Lista alla parametrar för utkomststöd som gäller en månad, med värde, giltighet, källa och belägg"
    },
    description: {
      fi: "Tulostaa kunkin perustoimeentulotuen (laki 1412/1997) päivätyn parametrin, joka on voimassa kuukautena (oletus: kuluva\nkuukausi Helsingissä): sen arvon, merkinnän päivämäärät, lähteen ja näytön asteen (C luettu\nlähteestä, D johdettu laskemalla, I päätelty ja alustava). Kuntien asumismenojen enimmäismäärät nimetään\nliitteensä mukaan. Viimeisten vahvistettujen parametrien jälkeinen kuukausi näyttää ne vahvistamattomina viimeisen kuukauden kera, jolta ne tunnetaan\n(`calculate --assume-law last-known` laskee tällaisen kuukauden alustavasti). JSON-tuloste antaa käsittelemättömät arvot\n(määrät sentteinä, prosentit prosentin kymmenestuhannesosina).",
      sv: "Skriver ut varje daterad parameter för grundläggande utkomststöd (lag 1412/1997) som gäller månaden (standard: den\ninnevarande månaden i Helsingfors): dess värde, postens datum, dess källa och dess beläggsgrad (C läst i\nkällan, D härledd genom beräkning, I slutledd och preliminär). Kommunernas maximibelopp för boendeutgifter anges med sin\nbilaga. En månad efter de senast fastställda parametrarna visar dem som inte fastställda, med den sista månad de är kända\nför (`calculate --assume-law last-known` beräknar en sådan månad preliminärt). JSON-utdata ger råvärdena\n(belopp i cent, procentsatser i tiotusendelar av en procent)."
    },
    options: {
      month: {
        fi: "Kuukausi YYYY-MM (vuodesta 2017-01); oletus kuluva kuukausi",
        sv: "Månaden YYYY-MM (från 2017-01); standard innevarande månad"
      }
    }
  },
  "social-assistance supplementary": {
    summary: {
      fi: "Laske hyvinvointialueen täydentävä toimeentulotuki (7 c §) Kelan päätöksen päälle ohjeen mukaan",
      sv: "Beräkna välfärdsområdets kompletterande utkomststöd (7 c §) ovanpå FPA:s beslut, enligt en anvisning"
    },
    description: {
      fi: 'Lukee yhden täydentävän toimeentulotuen hakemuksen (JSON) tai monta (NDJSON) tiedostosta tai stdinistä: Kelan päätös\n(`kela: { "source": "decision", "decision": … }` komennolta `calculate`, tai `{ "source": "letter", month, expenses, income, assets, basicAssistance }`\nKelan päätöskirjeestä syötettynä), haetut täydentävät rivit sekä Kelan laskelman ulkopuoliset tulot tai\nvarat. Kirjoittaa hyvinvointialueen päätöksen: kukin haettu ja hyväksytty rivi (sentteinä euromerkkijonon rinnalla)\nohjeen kohdan tai sosiaalityöntekijän perustelun kera, ensin käytettävä ylijäämä ja tuki.\nOhje on hakemuksessa nimetty valmis ohje (`guideline`) tai hyvinvointialueen oma JSON valitsimella --guideline.\n--explain lisää päätöskirjeen kielellä --lang (oikaisuvaatimusohjeineen; --arrived-on ja\n--notified-on lisäävät päätöksen määräajan ja vaatimuksen viimeisen päivän).\nVirheellinen syöte päättyy paluukoodiin 2 ja nimeää kentän ja säännön, ei koskaan arvoa eikä henkilötunnusta.',
      sv: 'Läser en ansökan om kompletterande utkomststöd (JSON) eller många (NDJSON) från filen eller stdin: FPA:s beslut\n(`kela: { "source": "decision", "decision": … }` från `calculate`, eller `{ "source": "letter", month, expenses, income, assets, basicAssistance }`\nsåsom det matats in från FPA:s beslutsbrev), de kompletterande rader som begärs, och inkomster eller\ntillgångar utanför FPA:s beräkning. Skriver välfärdsområdets beslut: varje begärd och godkänd rad (i cent bredvid eurosträngen) med\nanvisningens punkt eller socialarbetarens motivering, överskottet som används först, och stödet.\nAnvisningen är en medföljande anvisning som nämns i ansökan (`guideline`), eller välfärdsområdets egen JSON med --guideline.\n--explain lägger till beslutsbrevet på --lang (med anvisningar om begäran om omprövning; --arrived-on och\n--notified-on lägger till tidsfristen för beslutet och den sista dagen för begäran).\nFelaktig indata ger slutkod 2 och nämner fältet och regeln, aldrig ett värde eller en personbeteckning.'
    },
    options: {
      guideline: {
        fi: "Hyvinvointialueen oma ohje JSONina (`Supplementary.Guideline`)",
        sv: "Välfärdsområdets egen anvisning som JSON (`Supplementary.Guideline`)"
      },
      "arrived-on": {
        fi: "Valitsimen --explain kanssa: hakemuksen saapumispäivä (YYYY-MM-DD); kirje kertoo päätöksen määräajan",
        sv: "Med --explain: dagen då ansökan kom in (YYYY-MM-DD); brevet anger tidsfristen för beslutet"
      },
      "notified-on": {
        fi: "Valitsimen --explain kanssa: tiedoksisaantipäivä (YYYY-MM-DD); kirje kertoo oikaisuvaatimuksen viimeisen päivän",
        sv: "Med --explain: delfåendedagen (YYYY-MM-DD); brevet anger den sista dagen för en begäran om omprövning"
      },
      explain: {
        fi: "Liitä päätöskirje kielellä --lang tai heti perään annetulla kielellä (--explain sv); tekstituloste: kirje; JSON: kenttä `justification`",
        sv: "Ta med beslutsbrevet, på --lang eller på språket som anges direkt efter (--explain sv); textutdata: brevet; JSON: fältet `justification`"
      }
    }
  }
}
