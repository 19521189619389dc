/**
 * Renders a decision's structured trace as decision-letter text in Finnish, Swedish or English: one template per rule
 * id, legal references in the language's own citation style (Finnish and Swedish "1412/1997 9 § (26/2026)", English
 * "Act 1412/1997 section 9 (26/2026)", as core's `LegalRef.render`).
 *
 * @since 0.1.0
 */
import { Catalog, FormatDate, Money, Municipality } from "@osallistava/core"
import type { Decision, ExplanationNode } from "./decision.js"
import { categoryLabels, kindLabel, reductionGroundLabels, specialGroundLabels } from "./labels.js"
import * as Messages from "./messages.js"
import type { FlagId, RuleId, TraceItem } from "./rules/trace.js"

/** @since 0.2.0 */
export type Language = "fi" | "sv" | "en"

/**
 * The note for each flag (the package's message catalog, `messages.ts`).
 *
 * @since 0.2.0
 */
export const flagTexts: Readonly<Record<FlagId, Readonly<Record<Language, string>>>> = Messages.flags

// ---- citations ----

/** What a citation reads of a legal reference (core's `LegalRef`, or the Decision's encoded form). */
type Citable = Readonly<{
  act: string
  section: string
  subsection?: number
  point?: number
  amendedBy?: string
  validTo?: string
}>

const temporaryText = { fi: "määräaikainen", sv: "tidsbegränsad", en: "temporary" } as const

/** `9 § 2 mom. 1 kohta (26/2026)` (fi), `… 1 punkten …` (sv), `section 9(2)(1) (26/2026)` (en), as core's renderers. */
const provision = (r: Citable, lang: Language): string => {
  let out =
    lang === "en"
      ? `section ${r.section}${r.subsection === undefined ? "" : `(${r.subsection})`}${r.point === undefined ? "" : `(${r.point})`}`
      : `${r.section} §${r.subsection === undefined ? "" : ` ${r.subsection} mom.`}${r.point === undefined ? "" : lang === "fi" ? ` ${r.point} kohta` : ` ${r.point} punkten`}`
  if (r.amendedBy !== undefined)
    // a wording in force for a fixed period only (a temporary act) says so
    out += r.validTo === undefined ? ` (${r.amendedBy})` : ` (${r.amendedBy}, ${temporaryText[lang]})`
  return out
}

/**
 * Legal references in the citation style of `lang`.
 *
 * @example
 * ```ts
 * Explain.cite([LegalRef.make({ act: "1412/1997", section: "9", amendedBy: "26/2026" })], "fi") // "1412/1997 9 § (26/2026)"
 * ```
 * @since 0.2.0
 */
export const cite = (refs: ReadonlyArray<Citable>, lang: Language): string => {
  let out = ""
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i]!
    const sameAct = i > 0 && refs[i - 1]!.act === r.act
    out += sameAct
      ? `, ${provision(r, lang)}`
      : `${i > 0 ? "; " : ""}${lang === "en" ? "Act " : ""}${r.act} ${provision(r, lang)}`
  }
  return out
}

// ---- templates ----

/** A month as people read it: core's `FormatDate.month` (`5/2017` in fi and sv, `2017-05` in en). */
const monthText = FormatDate.month

type Node = ExplanationNode
/** An amount of the trace (integer cents: a node's result, an input, an item, a parameter) as people read it. */
const f = (cents: number, lang: Language) => Money.format(cents as Money.EuroCents, lang)
const num = (n: Node, key: string): number => {
  const v = n.inputs[key]
  return typeof v === "number" ? v : 0
}
const str = (n: Node, key: string): string => {
  const v = n.inputs[key]
  return typeof v === "string" ? v : ""
}
const items = (n: Node, key: string): ReadonlyArray<TraceItem> => {
  const v = n.inputs[key]
  return Array.isArray(v) ? (v as ReadonlyArray<TraceItem>) : []
}
const param = (n: Node, i: number): number => Number(n.parameters[i]?.value ?? 0)
const pct = (millionths: number) => Money.percentageToString(millionths as Money.Percentage)
const kinds = (list: ReadonlyArray<TraceItem>, lang: Language) => list.map((l) => kindLabel(l.kind, lang)).join(", ")
const kindAmounts = (list: ReadonlyArray<TraceItem>, lang: Language) =>
  list.map((l) => `${kindLabel(l.kind, lang)} ${f(l.cents, lang)}`).join(", ")
const label = (table: Readonly<Record<string, Readonly<Record<Language, string>>>>, code: string, lang: Language) =>
  table[code]?.[lang] ?? code

type Template = (n: Node, lang: Language) => string
type ByLang = Readonly<Record<Language, (n: Node) => string>>
const by =
  (t: ByLang): Template =>
  (n, lang) =>
    t[lang](n)

const basicAmount: Template = (n, lang) => {
  const rank = num(n, "siblingRank")
  const alternating = n.inputs["alternatingResidence"] === true
  const days = n.inputs["days"]
  const cat = label(categoryLabels, str(n, "category"), lang)
  const head = lang === "fi" ? "Perusosa" : lang === "sv" ? "Grunddel" : "Basic amount"
  const rankText =
    rank === 0
      ? ""
      : lang === "fi"
        ? `, sisarussarjan ${rank}. lapsi`
        : lang === "sv"
          ? `, ${rank}:a barnet i syskonskaran`
          : `, child no. ${rank} by age`
  const notes: Array<string> = []
  if (alternating)
    notes.push(
      lang === "fi"
        ? "vuoroasuminen, puolet"
        : lang === "sv"
          ? "växelvis boende, hälften"
          : "alternating residence, half"
    )
  if (typeof days === "number") notes.push(`${days}/30 ${lang === "fi" ? "päivää" : lang === "sv" ? "dagar" : "days"}`)
  const tail = notes.length > 0 ? ` (${notes.join(", ")}) → ${f(n.result, lang)}` : ""
  // a decimal comma in Finnish and Swedish (72,2 %), a point in English
  const p = lang === "en" ? pct(num(n, "percentage")) : pct(num(n, "percentage")).replace(".", ",")
  return `${head}, ${cat}${rankText}: ${p} % × ${f(param(n, 0), lang)} = ${f(num(n, "fullAmount"), lang)}${tail}.`
}

const reduction: Template = (n, lang) => {
  const p = num(n, "percentage")
  const g = label(reductionGroundLabels, str(n, "ground"), lang)
  const who = str(n, "personId")
  const amount = f(n.result, lang)
  return lang === "fi"
    ? `Perusosan alentaminen ${p} % (peruste: ${g}) koskee vain henkilön ${who} perusosaa: −${amount}.`
    : lang === "sv"
      ? `Sänkning av grunddelen med ${p} % (grund: ${g}) gäller endast grunddelen för person ${who}: −${amount}.`
      : `Reduction of the basic amount by ${p} % (ground: ${g}) applies only to the basic amount of person ${who}: −${amount}.`
}

/** The municipality in the text's language (Helsingfors in Swedish); the trace carries the name or code as decoded. */
const municipalityName = (nameOrCode: string, lang: Language): string => {
  const m = Municipality.findByCode(nameOrCode) ?? Municipality.findByName(nameOrCode)
  return m === undefined ? nameOrCode : lang === "sv" ? m.sv : m.fi
}

const housing = (n: Node, lang: Language) => ({
  h: f(num(n, "housingCosts"), lang),
  limit: f(param(n, 1), lang),
  size: num(n, "householdSize"),
  municipality: municipalityName(str(n, "municipality"), lang),
  months: num(n, "directionMonths"),
  directed: monthText(str(n, "directedInMonth"), lang),
  ground: label(specialGroundLabels, str(n, "specialGround"), lang),
  excess: f(num(n, "housingCosts") - param(n, 1), lang),
  /** Before 1.4.2024: the measure is Kela's norm (parameters[1] is `kelaHousingNorm`), not a decree limit. */
  kela: n.parameters[1]?.name === "kelaHousingNorm",
  ends: monthText(str(n, "periodEndsInMonth"), lang)
})

const templates: Readonly<Record<RuleId, Template>> = {
  "basic-amount": basicAmount,
  "basic-amount-reduction": reduction,
  "basic-amount-reduction-not-applied": by({
    fi: () =>
      "Perusosaa ei alenneta, koska alentaminen vaarantaisi ihmisarvoisen elämän edellyttämän vähimmäisturvan tai olisi muuten kohtuutonta.",
    sv: () =>
      "Grunddelen sänks inte, eftersom sänkningen skulle äventyra den trygghet som ett människovärdigt liv förutsätter eller annars vara oskälig.",
    en: () =>
      "The basic amount is not reduced: the reduction would endanger the minimum needed for a life of dignity or be otherwise unreasonable."
  }),
  "moving-allowance": by({
    fi: (n) =>
      `Itse järjestetyn muuton muuttoraha (${str(n, "distance") === "short" ? "lyhyt matka" : "pitkä matka"}): ${f(n.result, "fi")}.`,
    sv: (n) =>
      `Flyttningspenning för en flytt som sökanden själv ordnat (${str(n, "distance") === "short" ? "kort avstånd" : "långt avstånd"}): ${f(n.result, "sv")}.`,
    en: (n) =>
      `Moving allowance for a self-organised move (${str(n, "distance") === "short" ? "short distance" : "long distance"}): ${f(n.result, "en")}.`
  }),
  "coeliac-diet": by({
    fi: (n) => `Keliakiaruokavalion kustannukset (${str(n, "personId")}): ${f(n.result, "fi")}/kk.`,
    sv: (n) => `Kostnader för glutenfri diet vid celiaki (${str(n, "personId")}): ${f(n.result, "sv")}/mån.`,
    en: (n) => `Coeliac diet costs (${str(n, "personId")}): ${f(n.result, "en")}/month.`
  }),
  "coeliac-diet-not-accepted": by({
    fi: () =>
      "Keliakiaruokavalion kustannuksia ei hyväksytä (ei voimassa kuukaudella, ei diagnoosia tai alle 16-vuotias).",
    sv: () => "Kostnader för glutenfri diet godkänns inte (inte i kraft för månaden, ingen diagnos eller under 16 år).",
    en: () => "Coeliac diet costs not accepted (not in force in the month, no diagnosis or under 16)."
  }),
  "housing-cost-necessary-size": by({
    fi: (n) =>
      `Asumismenot ${f(num(n, "housingCosts"), "fi")} hyväksytään tarpeellisen suuruisina (kuntakohtaisia enimmäismääriä ei ollut ennen 1.4.2024${
        n.inputs["familiesWithChildrenExempt"] === true
          ? "; Kelan asumisnormia ei sovellettu lapsiperheisiin"
          : n.inputs["kelaHousingNorm"] === "notPublic"
            ? "; Kelan asumisnormia ei ole julkisesti saatavilla"
            : ""
      }).`,
    sv: (n) =>
      `Boendeutgifterna ${f(num(n, "housingCosts"), "sv")} godkänns till nödvändigt belopp (kommunvisa maximibelopp fanns inte före 1.4.2024${
        n.inputs["familiesWithChildrenExempt"] === true
          ? "; FPA tillämpade inte sin boendenorm på barnfamiljer"
          : n.inputs["kelaHousingNorm"] === "notPublic"
            ? "; FPA:s boendenorm finns inte offentligt tillgänglig"
            : ""
      }).`,
    en: (n) =>
      `Housing costs of ${f(num(n, "housingCosts"), "en")} are accepted at their necessary amount (no municipal limits before 1 April 2024${
        n.inputs["familiesWithChildrenExempt"] === true
          ? "; Kela did not apply its housing norm to families with children"
          : n.inputs["kelaHousingNorm"] === "notPublic"
            ? "; no public Kela housing norm"
            : ""
      }).`
  }),
  "housing-cost-withinLimit": (n, lang) => {
    const x = housing(n, lang)
    if (x.kela) {
      const tol = typeof n.inputs["tolerancePercent"] === "number" ? n.inputs["tolerancePercent"] : undefined
      return lang === "fi"
        ? `Asumismenot ${x.h} ${tol === undefined ? "ovat enintään" : `ylittävät enintään ${tol} %:lla`} Kelan asumisnormin ${x.limit} (kunta ${x.municipality}, ${x.size} hlö) ja hyväksytään tarpeellisen suuruisina.`
        : lang === "sv"
          ? `Boendeutgifterna ${x.h} ${tol === undefined ? "överstiger inte" : `överstiger med högst ${tol} %`} FPA:s boendenorm ${x.limit} (kommun ${x.municipality}, ${x.size} pers.) och godkänns till nödvändigt belopp.`
          : `Housing costs of ${x.h} ${tol === undefined ? "do not exceed" : `exceed by at most ${tol} %`} Kela's housing norm for ${x.municipality} of ${x.limit} (${x.size} ${x.size === 1 ? "person" : "persons"}) and are accepted at their necessary amount.`
    }
    return lang === "fi"
      ? `Asumismenot ${x.h} ovat enintään kunnan ${x.municipality} enimmäismäärän ${x.limit} (${x.size} hlö) suuruiset ja hyväksytään.`
      : lang === "sv"
        ? `Boendeutgifterna ${x.h} överstiger inte kommunens (${x.municipality}) maximibelopp ${x.limit} (${x.size} pers.) och godkänns.`
        : `Housing costs of ${x.h} do not exceed the limit for ${x.municipality} of ${x.limit} (${x.size} persons) and are accepted.`
  },
  "housing-cost-specialGround": (n, lang) => {
    const x = housing(n, lang)
    if (x.kela)
      return lang === "fi"
        ? `Asumismenot ${x.h} ylittävät Kelan asumisnormin ${x.limit} ja määräaika on päättynyt, mutta ne hyväksytään täysimääräisinä, koska kunnassa ei ole todellista mahdollisuutta edullisempaan asuntoon.`
        : lang === "sv"
          ? `Boendeutgifterna ${x.h} överstiger FPA:s boendenorm ${x.limit} och tidsfristen har gått ut, men de godkänns till fullt belopp eftersom det inte finns någon verklig möjlighet till en billigare bostad i kommunen.`
          : `Housing costs of ${x.h} exceed Kela's housing norm of ${x.limit} and the period has ended, but they are accepted in full: there is no real possibility of a cheaper home in the municipality.`
    return lang === "fi"
      ? `Asumismenot ${x.h} ylittävät enimmäismäärän ${x.limit}, mutta ne hyväksytään täysimääräisinä erityisen perusteen (${x.ground}) vuoksi.`
      : lang === "sv"
        ? `Boendeutgifterna ${x.h} överstiger maximibeloppet ${x.limit}, men godkänns till fullt belopp på grund av ett särskilt skäl (${x.ground}).`
        : `Housing costs of ${x.h} exceed the limit of ${x.limit} but are accepted in full on a special ground (${x.ground}).`
  },
  "housing-cost-directionRequired": (n, lang) => {
    const x = housing(n, lang)
    if (x.kela)
      return lang === "fi"
        ? `Asumismenot ${x.h} ylittävät Kelan asumisnormin ${x.limit} (${x.size} hlö). Hakija ohjataan hankkimaan edullisempi asunto; menot hyväksytään täysimääräisinä Kelan asettaman riittävän määräajan.`
        : lang === "sv"
          ? `Boendeutgifterna ${x.h} överstiger FPA:s boendenorm ${x.limit} (${x.size} pers.). Sökanden hänvisas att skaffa en billigare bostad; utgifterna godkänns till fullt belopp under en tillräcklig tidsfrist som FPA sätter.`
          : `Housing costs of ${x.h} exceed Kela's housing norm of ${x.limit} (${x.size} ${x.size === 1 ? "person" : "persons"}). The applicant is directed to find a cheaper home; the costs are accepted in full for a sufficient period set by Kela.`
    return lang === "fi"
      ? `Asumismenot ${x.h} ylittävät enimmäismäärän ${x.limit}. Hakija ohjataan hankkimaan edullisempi asunto; menot hyväksytään täysimääräisinä ${x.months} kuukauden määräajan.`
      : lang === "sv"
        ? `Boendeutgifterna ${x.h} överstiger maximibeloppet ${x.limit}. Sökanden hänvisas att skaffa en billigare bostad; utgifterna godkänns till fullt belopp under en tidsfrist på ${x.months} månader.`
        : `Housing costs of ${x.h} exceed the limit of ${x.limit}. The applicant is directed to find a cheaper home; the costs are accepted in full for a period of ${x.months} months.`
  },
  "housing-cost-directionPeriod": (n, lang) => {
    const x = housing(n, lang)
    if (x.kela)
      return lang === "fi"
        ? `Asumismenot ${x.h} ylittävät Kelan asumisnormin ${x.limit}, mutta ne hyväksytään täysimääräisinä Kelan asettaman määräajan aikana (ohjaus ${x.directed}${x.ends === "" ? "" : `, määräaika päättyy ${x.ends}`}).`
        : lang === "sv"
          ? `Boendeutgifterna ${x.h} överstiger FPA:s boendenorm ${x.limit}, men godkänns till fullt belopp under den tidsfrist som FPA satt (hänvisning ${x.directed}${x.ends === "" ? "" : `, tidsfristen går ut ${x.ends}`}).`
          : `Housing costs of ${x.h} exceed Kela's housing norm of ${x.limit} but are accepted in full during the period Kela set (directed ${x.directed}${x.ends === "" ? "" : `, ending ${x.ends}`}).`
    return lang === "fi"
      ? `Asumismenot ${x.h} ylittävät enimmäismäärän ${x.limit}, mutta ne hyväksytään täysimääräisinä määräajan aikana (ohjaus ${x.directed}).`
      : lang === "sv"
        ? `Boendeutgifterna ${x.h} överstiger maximibeloppet ${x.limit}, men godkänns till fullt belopp under tidsfristen (hänvisning ${x.directed}).`
        : `Housing costs of ${x.h} exceed the limit of ${x.limit} but are accepted in full during the direction period (directed ${x.directed}).`
  },
  "housing-cost-capped": (n, lang) => {
    const x = housing(n, lang)
    if (x.kela)
      return lang === "fi"
        ? `Kelan asettama määräaika edullisemman asunnon hankkimiseksi on päättynyt: asumismenoista hyväksytään Kelan asumisnormi ${x.limit} (kunta ${x.municipality}, ${x.size} hlö); ylittävä osa ${x.excess} jää hyväksymättä.`
        : lang === "sv"
          ? `Den tidsfrist som FPA satt för att skaffa en billigare bostad har gått ut: av boendeutgifterna godkänns FPA:s boendenorm ${x.limit} (kommun ${x.municipality}, ${x.size} pers.); den överskjutande delen ${x.excess} godkänns inte.`
          : `The period Kela set to find a cheaper home has ended: housing costs are accepted up to Kela's housing norm for ${x.municipality} of ${x.limit} (${x.size} ${x.size === 1 ? "person" : "persons"}); the excess of ${x.excess} is not accepted.`
    return lang === "fi"
      ? `Määräaika edullisemman asunnon hankkimiseksi on päättynyt: asumismenoista hyväksytään kunnan enimmäismäärä ${x.limit} (${x.size} hlö); ylittävä osa ${x.excess} jää hyväksymättä.`
      : lang === "sv"
        ? `Tidsfristen för att skaffa en billigare bostad har gått ut: av boendeutgifterna godkänns kommunens maximibelopp ${x.limit} (${x.size} pers.); den överskjutande delen ${x.excess} godkänns inte.`
        : `The period to find a cheaper home has ended: housing costs are accepted up to the municipal limit of ${x.limit} (${x.size} persons); the excess of ${x.excess} is not accepted.`
  },
  "other-basic-expense": (n, lang) => {
    const k = kinds(items(n, "lines"), lang)
    const sum = f(n.result, lang)
    return lang === "fi"
      ? `Muut perusmenot (${k}) hyväksytään tarpeellisen suuruisina: ${sum}.`
      : lang === "sv"
        ? `Övriga grundutgifter (${k}) godkänns till nödvändigt belopp: ${sum}.`
        : `Other basic expenses (${k}) are accepted at their necessary amount: ${sum}.`
  },
  "income-not-counted": (n, lang) => {
    const next =
      lang === "fi"
        ? " (huomioidaan seuraavana kuukautena)"
        : lang === "sv"
          ? " (beaktas följande månad)"
          : " (counted next month)"
    const list = items(n, "lines")
      .map((l) => `${kindLabel(l.kind, lang)} ${f(l.cents, lang)}${l.nextMonth === true ? next : ""}`)
      .join(", ")
    return lang === "fi"
      ? `Tuloina ei oteta huomioon: ${list}.`
      : lang === "sv"
        ? `Som inkomst beaktas inte: ${list}.`
        : `Not counted as income: ${list}.`
  },
  "earned-income-disregard": (n, lang) => {
    const who = str(n, "personId")
    const total = f(num(n, "earnedIncome"), lang)
    const d = f(num(n, "disregard"), lang)
    const r = f(n.result, lang)
    // law 26/2026: an adult keeps the disregard only on an informal or family carer's fee
    const key = n.inputs["carersFee"] !== undefined ? "carersFeeDisregard" : "disregard"
    return Catalog.text(Messages.earnedIncome, key, lang, { who, total, disregard: d, counted: r })
  },
  "earned-income-no-disregard": (n, lang) => {
    const who = str(n, "personId")
    const total = f(num(n, "earnedIncome"), lang)
    return lang === "fi"
      ? `Ansiotulot (${who}) ${total} huomioidaan kokonaan: ansiotulovähennystä ei ole 18 vuotta täyttäneillä 1.3.2026 alkaen.`
      : lang === "sv"
        ? `Förvärvsinkomsterna (${who}) ${total} beaktas i sin helhet: förvärvsinkomstavdrag görs inte för personer som fyllt 18 år från 1.3.2026.`
        : `Earned income (${who}) of ${total} is counted in full: no earned-income disregard for persons aged 18 or over from 1 March 2026.`
  },
  "minor-assistance-disregard": (n, lang) => {
    const total = f(num(n, "minorAssistance"), lang)
    const d = f(num(n, "disregard"), lang)
    const r = f(n.result, lang)
    return lang === "fi"
      ? `Satunnaisista vähäisistä tuloista ja avustuksista ${total} jätetään huomiotta ${d}; tulona huomioidaan ${r}.`
      : lang === "sv"
        ? `Av tillfälliga ringa inkomster och understöd ${total} lämnas ${d} obeaktat; som inkomst beaktas ${r}.`
        : `Of occasional minor income and assistance of ${total}, ${d} is disregarded; ${r} is counted.`
  },
  "minor-assistance-no-disregard": (n, lang) => {
    const total = f(num(n, "minorAssistance"), lang)
    return lang === "fi"
      ? `Vähäisiä avustuksia ${total} ei jätetä huomiotta (etuuskohtelu poistunut lain 26/2026 mukaan; tulkinta alustava).`
      : lang === "sv"
        ? `Ringa understöd ${total} lämnas inte obeaktade (förmånsbehandlingen slopad enligt lag 26/2026; preliminär tolkning).`
        : `Minor assistance of ${total} is counted in full (the preferential treatment ended under law 26/2026; provisional reading).`
  },
  "child-income-cap": (n, lang) => {
    const who = str(n, "personId")
    const k = kindLabel(str(n, "kind"), lang)
    const r = f(n.result, lang)
    return lang === "fi"
      ? `Lapsen (${who}) tulo ${k} huomioidaan vain lapsen omaan tarpeeseen asti: ${r}.`
      : lang === "sv"
        ? `Barnets (${who}) inkomst ${k} beaktas endast upp till barnets egna behov: ${r}.`
        : `The child's (${who}) income ${k} is counted only up to the child's own need: ${r}.`
  },
  "income-total": (n, lang) => {
    const list = items(n, "lines")
    const detail = list.length > 0 ? ` (${kindAmounts(list, lang)})` : ""
    const total = f(n.result, lang)
    return lang === "fi"
      ? `Huomioon otettavat tulot yhteensä ${total}${detail}.`
      : lang === "sv"
        ? `Inkomster som beaktas sammanlagt ${total}${detail}.`
        : `Counted income in total ${total}${detail}.`
  },
  assets: (n, lang) => {
    const pending = items(n, "pending")
    const total = f(n.result, lang)
    const k = kinds(pending, lang)
    return lang === "fi"
      ? `Heti käytettävissä olevat varat ${total} otetaan huomioon.${pending.length ? ` Muille varoille (${k}) annetaan aika niiden realisoimiseksi.` : ""}`
      : lang === "sv"
        ? `Tillgångar som står till omedelbart förfogande, ${total}, beaktas.${pending.length ? ` För övriga tillgångar (${k}) ges tid för realisering.` : ""}`
        : `Immediately available assets of ${total} are counted.${pending.length ? ` Other assets (${k}) are given a realisation period.` : ""}`
  },
  support: (n, lang) => {
    const e = f(num(n, "expenses"), lang)
    const i = f(num(n, "income"), lang)
    const a = f(num(n, "assets"), lang)
    const d = f(num(n, "difference"), lang)
    const s = f(n.result, lang)
    const month = monthText(str(n, "month"), lang)
    if (n.result > 0)
      return lang === "fi"
        ? `Menot ${e} − tulot ${i} − varat ${a} = ${d}. Perustoimeentulotukea myönnetään ${s} kuukaudelle ${month}.`
        : lang === "sv"
          ? `Utgifter ${e} − inkomster ${i} − tillgångar ${a} = ${d}. Grundläggande utkomststöd beviljas med ${s} för månaden ${month}.`
          : `Expenses ${e} − income ${i} − assets ${a} = ${d}. Basic social assistance of ${s} is granted for ${month}.`
    return lang === "fi"
      ? `Menot ${e} − tulot ${i} − varat ${a} = ${d}. Tulot ja varat riittävät menoihin; perustoimeentulotukea ei myönnetä kuukaudelle ${month}.`
      : lang === "sv"
        ? `Utgifter ${e} − inkomster ${i} − tillgångar ${a} = ${d}. Inkomsterna och tillgångarna räcker till utgifterna; grundläggande utkomststöd beviljas inte för månaden ${month}.`
        : `Expenses ${e} − income ${i} − assets ${a} = ${d}. Income and assets cover the expenses; no basic social assistance for ${month}.`
  },
  "provisional-law": (n, lang) => {
    const month = monthText(str(n, "month"), lang)
    const law = monthText(str(n, "lawOf"), lang)
    return lang === "fi"
      ? `Kuukauden ${month} perusosan määriä ja muita parametreja ei ole vielä vahvistettu; laskelma on tehty pyynnöstä kuukauden ${law} arvoilla ja on alustava, ei päätös voimassa olevan lain mukaan.`
      : lang === "sv"
        ? `Grunddelens belopp och andra parametrar för månaden ${month} har ännu inte fastställts; beräkningen har på begäran gjorts med värdena för månaden ${law} och är preliminär, inte ett beslut enligt gällande lag.`
        : `The basic amounts and other parameters for ${month} are not confirmed yet; on request this calculation uses the values of ${law} and is provisional, not a decision under the law in force.`
  }
}

/**
 * The text of one step in `lang`, without its citation.
 *
 * @since 0.2.0
 */
export const renderNode = (node: ExplanationNode, lang: Language): string => templates[node.ruleId](node, lang)

/**
 * The justification text of a decision, rendered from its trace.
 *
 * @example
 * ```ts
 * import { Explain } from "@osallistava/social-assistance"
 * console.log(Explain.render(decision, "sv"))
 * ```
 * @since 0.1.0
 */
export const render = (decision: Decision, language: Language): string => {
  const h = {
    title: Catalog.text(Messages.headings, "title", language),
    law: Catalog.text(Messages.headings, "law", language),
    flags: Catalog.text(Messages.headings, "flags", language)
  }
  let out = `${h.title} ${monthText(decision.month, language)} (${h.law})\n`
  for (const node of decision.explanation)
    out += `\n- ${templates[node.ruleId](node, language)} [${cite(node.legal, language)}]`
  if (decision.flags.length > 0) {
    out += `\n\n${h.flags}:`
    for (const flag of decision.flags) out += `\n- ${flagTexts[flag][language]}`
  }
  return out
}
