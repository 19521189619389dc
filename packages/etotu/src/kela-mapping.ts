/**
 * THE ONE PLACE for the mapping between Kela's side and this package.
 *
 * Kela's eTotu message format (the Kelmu WS interface and the machine
 * interface offered to municipal client systems since late 2017) is **not
 * public**: no XML/JSON schema, field names, message ids or acknowledgements
 * could be found (docs/etotu/reference.md § 4, open question 2). This package
 * therefore defines its own documented format (`formatVersion: 1`, see
 * README). Whoever integrates a real feed under an agreement with Kela writes
 * the field mapping here and nowhere else; until then this module holds only
 * what is public: the type and urgency labels Kela uses in Kelmu and Kelasto.
 *
 * Sources: Kelasto report description (tietotarjotin.fi/en/statistical-data/2703053,
 * edited 11.4.2024) for the English labels; Kela partner page "Etuustietopalvelu
 * Kelmu" (K1/K2) for the Finnish list. Swedish labels are this project's
 * translations [I], not Kela's.
 *
 * @since 0.2.0
 */
import type { NoticeType, Urgency } from "./notice.js"

/** Whether Kela's message format is public. @since 0.2.0 */
export const kelaFormatIsPublic = false as const

/**
 * Kelasto's English label and Kela's own Finnish wording of each type, as Kela's
 * partner pages on the Kelmu/eTotu service name them (docs/etotu/reference.md,
 * corrections; K1/K2). `aliasesFi`: shorter Finnish forms this package used
 * before 0.3.0, still recognised by {@link typeOfLabel}.
 *
 * @since 0.2.0
 */
export const typeLabels: Readonly<
  Record<NoticeType, { readonly kelastoEn: string; readonly kelaFi: string; readonly aliasesFi: ReadonlyArray<string> }>
> = {
  ForwardedApplication: {
    kelastoEn: "Application",
    kelaFi: "asiakkaan täydentävän tai ehkäisevän toimeentulotuen tarve",
    aliasesFi: ["Hakemus"]
  },
  ReducedBasicAmount: {
    kelastoEn: "Reduced basic amount",
    kelaFi: "ilmoitus alennetusta perusosasta",
    aliasesFi: ["Alennettu perusosa"]
  },
  SocialWorkNeeded: {
    kelastoEn: "Social work needed",
    kelaFi: "asiakkaan sosiaalityön tarve",
    aliasesFi: ["Sosiaalityön tarve"]
  },
  UnemployedUnder25: {
    kelastoEn: "Unemployed person under 25, on social assistance for 4 months",
    kelaFi: "ilmoitus alle 25-vuotiaasta työttömästä, joka on saanut toimeentulotukea 4 kuukautta",
    aliasesFi: ["Alle 25-vuotias työtön, toimeentulotuella 4 kk"]
  },
  Unemployed25OrOver: {
    kelastoEn: "Unemployed person 25 or over, on social assistance for 12 months",
    kelaFi: "ilmoitus 25 vuotta täyttäneestä työttömästä, joka on saanut toimeentulotukea 12 kuukautta",
    aliasesFi: ["25 vuotta täyttänyt työtön, toimeentulotuella 12 kk"]
  },
  Immigrant: {
    kelastoEn: "Immigrant, on social assistance for over 2 months",
    kelaFi: "ilmoitus maahanmuuttajasta, joka on saanut toimeentulotukea 2 kuukautta",
    aliasesFi: ["Maahanmuuttaja, toimeentulotuella yli 2 kk"]
  }
}

/**
 * Kelasto's urgency labels ("Urgent notifications" / "Non-urgent notifications",
 * tietotarjotin.fi 2703053) and the Finnish ones; the short forms used before
 * 0.3.0 (`Urgent`, `Non-urgent`) are still recognised by {@link urgencyOfLabel}.
 *
 * @since 0.2.0
 */
export const urgencyLabels: Readonly<
  Record<Urgency, { readonly kelastoEn: string; readonly kelaFi: string; readonly aliases: ReadonlyArray<string> }>
> = {
  urgent: {
    kelastoEn: "Urgent notifications",
    kelaFi: "Kiireellinen",
    aliases: ["Urgent", "Kiireelliset ilmoitukset"]
  },
  nonUrgent: {
    kelastoEn: "Non-urgent notifications",
    kelaFi: "Ei kiireellinen",
    aliases: ["Non-urgent", "Ei-kiireelliset ilmoitukset"]
  }
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ")
const typeByLabel = new Map<string, NoticeType>()
for (const [t, l] of Object.entries(typeLabels) as Array<[NoticeType, (typeof typeLabels)[NoticeType]]>)
  for (const label of [l.kelastoEn, l.kelaFi, ...l.aliasesFi]) typeByLabel.set(norm(label), t)
const urgencyByLabel = new Map<string, Urgency>()
for (const [u, l] of Object.entries(urgencyLabels) as Array<[Urgency, (typeof urgencyLabels)[Urgency]]>)
  for (const label of [l.kelastoEn, l.kelaFi, ...l.aliases]) urgencyByLabel.set(norm(label), u)

/** Our type for a Kelasto/Kelmu label (case and spacing ignored), or `undefined`. @since 0.2.0 */
export const typeOfLabel = (label: string): NoticeType | undefined => typeByLabel.get(norm(label))
/** Our urgency for a Kelasto/Kelmu label, or `undefined`. @since 0.2.0 */
export const urgencyOfLabel = (label: string): Urgency | undefined => urgencyByLabel.get(norm(label))
