/**
 * Statistics Finland's municipality classification (kunnat / kommuner).
 * PROVISIONAL: only a subset is listed until the full list is imported.
 */
import type { Municipality } from "../municipality.js"

export const municipalityListYear = 2026
export const municipalityListSource = "Statistics Finland, classification of municipalities 2026 (kunta_1_20260101)"

export const municipalities: ReadonlyArray<Municipality> = [
  { code: "091", fi: "Helsinki", sv: "Helsingfors" },
  { code: "211", fi: "Kangasala", sv: "Kangasala" },
  { code: "297", fi: "Kuopio", sv: "Kuopio" },
  { code: "320", fi: "Kemijärvi", sv: "Kemijärvi" },
  { code: "680", fi: "Raisio", sv: "Reso" },
  { code: "837", fi: "Tampere", sv: "Tammerfors" },
  { code: "851", fi: "Tornio", sv: "Torneå" }
]
