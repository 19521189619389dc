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

/** Kelasto's English label and Kela's Finnish label of each type. @since 0.2.0 */
export const typeLabels: Readonly<Record<NoticeType, { readonly kelastoEn: string; readonly kelaFi: string }>> = {
  ForwardedApplication: { kelastoEn: "Application", kelaFi: "Hakemus" },
  ReducedBasicAmount: { kelastoEn: "Reduced basic amount", kelaFi: "Alennettu perusosa" },
  SocialWorkNeeded: { kelastoEn: "Social work needed", kelaFi: "Sosiaalityön tarve" },
  UnemployedUnder25: {
    kelastoEn: "Unemployed person under 25, on social assistance for 4 months",
    kelaFi: "Alle 25-vuotias työtön, toimeentulotuella 4 kk"
  },
  Unemployed25OrOver: {
    kelastoEn: "Unemployed person 25 or over, on social assistance for 12 months",
    kelaFi: "25 vuotta täyttänyt työtön, toimeentulotuella 12 kk"
  },
  Immigrant: {
    kelastoEn: "Immigrant, on social assistance for over 2 months",
    kelaFi: "Maahanmuuttaja, toimeentulotuella yli 2 kk"
  }
}

/** Kelasto's urgency labels. @since 0.2.0 */
export const urgencyLabels: Readonly<Record<Urgency, { readonly kelastoEn: string; readonly kelaFi: string }>> = {
  urgent: { kelastoEn: "Urgent", kelaFi: "Kiireellinen" },
  nonUrgent: { kelastoEn: "Non-urgent", kelaFi: "Ei kiireellinen" }
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ")
const typeByLabel = new Map<string, NoticeType>()
for (const [t, l] of Object.entries(typeLabels) as Array<[NoticeType, { kelastoEn: string; kelaFi: string }]>) {
  typeByLabel.set(norm(l.kelastoEn), t)
  typeByLabel.set(norm(l.kelaFi), t)
}
const urgencyByLabel = new Map<string, Urgency>()
for (const [u, l] of Object.entries(urgencyLabels) as Array<[Urgency, { kelastoEn: string; kelaFi: string }]>) {
  urgencyByLabel.set(norm(l.kelastoEn), u)
  urgencyByLabel.set(norm(l.kelaFi), u)
}

/** Our type for a Kelasto/Kelmu label (case and spacing ignored), or `undefined`. @since 0.2.0 */
export const typeOfLabel = (label: string): NoticeType | undefined => typeByLabel.get(norm(label))
/** Our urgency for a Kelasto/Kelmu label, or `undefined`. @since 0.2.0 */
export const urgencyOfLabel = (label: string): Urgency | undefined => urgencyByLabel.get(norm(label))
