/**
 * The page's texts in Finnish, Swedish and English. Terms follow the project glossary
 * (perustoimeentulotuki / grundläggande utkomststöd / basic social assistance).
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export type Lang = "fi" | "sv" | "en"

/** @since 0.1.0 */
export const langs: ReadonlyArray<Lang> = ["fi", "sv", "en"]

/** @since 0.1.0 */
export const isLang = (s: unknown): s is Lang => s === "fi" || s === "sv" || s === "en"

const fi = {
  pageTitle: "Perustoimeentulotuen laskuri",
  skipLink: "Siirry laskuriin",
  service: "osallistava · esimerkki",
  languageGroup: "Kieli",
  intro:
    "Laske arvio siitä, kuinka paljon perustoimeentulotukea kotitaloutesi voisi saada kuukaudessa. Laskuri käyttää samoja sääntöjä kuin Kela (laki toimeentulotuesta 1412/1997).",
  estimateNotice:
    "Tämä on arvio, ei päätös. Kela tekee päätöksen vasta hakemuksesi ja liitteiden perusteella, ja se voi poiketa arviosta.",
  privacyNotice: "Tiedot lasketaan vain selaimessasi. Niitä ei lähetetä minnekään eikä tallenneta.",
  required: "pakollinen",
  periodLegend: "Kuukausi ja asuinkunta",
  month: "Kuukausi",
  monthHint: "Muodossa VVVV-KK, välillä 2017-01 – 2026-12.",
  municipality: "Asuinkunta",
  municipalityHint: "Kunta vaikuttaa hyväksyttäviin asumismenoihin 1.4.2024 alkaen.",
  householdLegend: "Kotitalous",
  applicantAge: "Oma ikäsi (vuotta)",
  livingWithParents: "Asun vanhempieni luona",
  hasSpouse: "Minulla on puoliso, joka asuu kanssani",
  spouseAge: "Puolison ikä (vuotta)",
  childrenLegend: "Lapset, jotka asuvat kanssasi",
  noChildren: "Ei lapsia lisättynä.",
  childLegend: "Lapsi {n}",
  childAge: "Lapsen {n} ikä (vuotta)",
  alternatingResidence: "Lapsi {n} asuu vuorotellen kahdessa kodissa (vuoroasuminen)",
  childMaintenance: "Lapsen {n} elatusapu tai elatustuki (euroa kuukaudessa)",
  addChild: "Lisää lapsi",
  removeChild: "Poista lapsi {n}",
  childAdded: "Lapsi {n} lisätty.",
  childRemoved: "Lapsi poistettu.",
  expensesLegend: "Menot kuukaudessa (euroa)",
  rent: "Vuokra tai yhtiövastike",
  water: "Vesimaksu",
  householdElectricity: "Taloussähkö",
  homeInsurance: "Kotivakuutus",
  healthCare: "Terveydenhuoltomenot",
  prescriptionMedicine: "Lääkärin määräämät lääkkeet",
  dayCareFee: "Varhaiskasvatusmaksu",
  incomesLegend: "Tulot kuukaudessa verojen jälkeen (euroa)",
  applicantWage: "Omat palkkatulot (netto)",
  applicantUnemployment: "Oma työttömyysetuus (netto)",
  spouseWage: "Puolison palkkatulot (netto)",
  spouseUnemployment: "Puolison työttömyysetuus (netto)",
  housingAllowance: "Yleinen asumistuki",
  childBenefit: "Lapsilisä, yksinhuoltajalla yksinhuoltajakorotuksen kanssa",
  otherIncome: "Muut tulot, esimerkiksi eläke tai sairauspäiväraha (netto)",
  assetsLegend: "Varat",
  savings: "Pankkitilin säästöt ja muut heti käytettävissä olevat varat (euroa)",
  amountHint: "Esimerkiksi 675 tai 675,50. Jätä tyhjäksi, jos ei ole.",
  submit: "Laske arvio",
  errorSummary: "Tarkista seuraavat kohdat",
  errAmount: "Kirjoita summa euroina, esimerkiksi 675 tai 675,50.",
  errAdultAge: "Kirjoita ikä kokonaislukuna väliltä 18–120.",
  errChildAge: "Kirjoita ikä kokonaislukuna väliltä 0–17.",
  errMonth: "Kirjoita kuukausi muodossa VVVV-KK väliltä 2017-01 – 2026-12.",
  errMunicipality: "Valitse asuinkunta.",
  errEngine: "Arviota ei voitu laskea näillä tiedoilla. Tarkista kuukausi, kunta ja summat.",
  errAmountTooLarge: "Summa on liian suuri: kirjoita kuukauden summa, enintään {max}.",
  errSavingsTooLarge: "Summa on liian suuri: kirjoita enintään {max}.",
  personApplicant: "hakija",
  personSpouse: "puoliso",
  personChild: "lapsi {n}",
  remindersHeading: "Muistitko nämä tulot?",
  remindersStatus: "Tarkista myös alla olevat muistutukset tuloista.",
  remindersIntro: "Ne vaikuttavat arvioon. Jos saat niitä, kirjoita ne tuloihin ja laske arvio uudelleen.",
  remindChildBenefit:
    "Lapsilisä: Kela maksaa lapsilisää jokaisesta alle 17-vuotiaasta lapsesta. Lapsilisä kuuluu tuloihin.",
  remindSingleParentSupplement:
    "Yksinhuoltajakorotus: yksinhuoltajan lapsilisään kuuluu yksinhuoltajakorotus. Kirjoita lapsilisä korotuksen kanssa.",
  remindHousingAllowance:
    "Yleinen asumistuki: jos maksat vuokraa tai vastiketta, voit saada Kelan yleistä asumistukea. Toimeentulotuki on viimesijainen tuki, joten hae asumistukea ensin.",
  remindChildIncrease:
    "Lapsikorotus: työmarkkinatukeen ja työttömyyspäivärahaan maksettiin alle 18-vuotiaista lapsista lapsikorotusta 31.3.2024 asti. Kirjoita työttömyysetuus lapsikorotuksen kanssa.",
  justificationHeading: "Arvion laskelma kuukaudelle {month}",
  estimateSupportStep:
    "Menot {expenses} − tulot {income} − varat {assets} = {difference}. Arvioitu perustoimeentulotuki on {support} kuukaudessa.",
  estimateNoSupportStep:
    "Menot {expenses} − tulot {income} − varat {assets} = {difference}. Arvion mukaan tulot ja varat riittävät menoihin.",
  estimateHousingOverLimit:
    "Kela voi tällöin pyytää hankkimaan edullisemman asunnon ja hyväksyä menot täysimääräisinä vain määräajan; tässä arviossa ne on laskettu täysimääräisinä.",
  estimateStep: "Tämä vaihe on otettu arviossa huomioon.",
  estimateNote: "Arvioon liittyy huomautus; Kela tarkistaa asian hakemuksesta.",
  flagHousingOverLimit:
    "Asumismenot ylittävät kunnan enimmäismäärän (1412/1997 7 a §). Kela voi pyytää hankkimaan edullisemman asunnon määräajassa.",
  resultHeading: "Arvio",
  resultEmpty: "Täytä tiedot ja valitse ”Laske arvio”.",
  resultGranted: "Arvioitu perustoimeentulotuki kuukaudelle {month}: {amount}.",
  resultNoSupport:
    "Arvion mukaan tulot ja varat riittävät menoihin kuukaudella {month}, joten perustoimeentulotukea ei todennäköisesti saisi.",
  perMonth: "kuukaudessa",
  totalsCaption: "Laskelman yhteenveto",
  totalBasicAmounts: "Perusosat",
  totalOtherBasicExpenses: "Muut perusmenot, asumismenot mukaan lukien",
  totalExpenses: "Menot yhteensä",
  totalIncome: "Huomioon otettavat tulot",
  totalAssets: "Huomioon otettavat varat",
  totalDifference: "Erotus",
  item: "Erä",
  amount: "Määrä",
  explanationHeading: "Miten arvio laskettiin",
  flagsHeading: "Huomautukset",
  justificationText: "Perustelu tekstinä",
  applyAtKela: "Perustoimeentulotukea haetaan Kelasta:",
  kelaLinkText: "kela.fi/toimeentulotuki",
  kelaUrl: "https://www.kela.fi/toimeentulotuki",
  compareHeading: "Vertaa kahden kuukauden lakia",
  compareIntro:
    "Sama kotitalous kahden kuukauden lain mukaan, esimerkiksi helmikuun ja maaliskuun 2026 (laki 26/2026 pienensi perusosaa ja poisti aikuisilta ansiotulovähennyksen). Vertailu käyttää yllä olevan lomakkeen tietoja ja kuukautta.",
  compareLegend: "Verrattavat kuukaudet",
  compareBaseline: "Ensimmäisen kuukauden laki",
  compareReform: "Toisen kuukauden laki",
  compareSubmit: "Vertaa",
  compareEmpty: "Täytä kotitalouden tiedot lomakkeeseen ja valitse ”Vertaa”.",
  compareFormErrors: "Korjaa ensin lomakkeen tiedot; virheet on lueteltu lomakkeen alussa.",
  compareStatus:
    "Arvio kuukaudelle {month}: kuukauden {baseline} lain mukaan {before}, kuukauden {reform} lain mukaan {after}, erotus {change} kuukaudessa.",
  compareCaption: "Arvioitu perustoimeentulotuki kuukaudessa kahden kuukauden lain mukaan",
  compareLawOf: "Kuukauden {month} laki",
  compareDifference: "Erotus",
  compareChangesHeading: "Mikä muuttui",
  compareNoChange: "Arvio ei muutu: laskennan vaiheet ovat samat kummankin kuukauden lain mukaan.",
  compareNotice: "Vertailu on arvio siitä, miten lain muutos vaikuttaisi kotitalouteen. Se ei ole Kelan päätös.",
  footer:
    "Esimerkkisovellus. Laskenta: @osallistava/social-assistance. Ulkoasu mukailee Suomi.fi-palveluarkkitehtuurin suunnittelujärjestelmää."
}

/** @since 0.1.0 */
export type MessageKey = keyof typeof fi

/** Every message key, in catalog order. @since 0.1.0 */
export const messageKeys = Object.keys(fi) as ReadonlyArray<MessageKey>

const sv: Record<MessageKey, string> = {
  pageTitle: "Räknare för grundläggande utkomststöd",
  skipLink: "Gå till räknaren",
  service: "osallistava · exempel",
  languageGroup: "Språk",
  intro:
    "Räkna ut en uppskattning av hur mycket grundläggande utkomststöd ditt hushåll kunde få per månad. Räknaren använder samma regler som FPA (lagen om utkomststöd 1412/1997).",
  estimateNotice:
    "Detta är en uppskattning, inte ett beslut. FPA fattar beslut först utifrån din ansökan och bilagorna, och beslutet kan avvika från uppskattningen.",
  privacyNotice: "Uppgifterna räknas endast i din webbläsare. De skickas inte någonstans och sparas inte.",
  required: "obligatorisk",
  periodLegend: "Månad och hemkommun",
  month: "Månad",
  monthHint: "I formatet ÅÅÅÅ-MM, mellan 2017-01 och 2026-12.",
  municipality: "Hemkommun",
  municipalityHint: "Kommunen påverkar de boendeutgifter som godkänns från och med 1.4.2024.",
  householdLegend: "Hushåll",
  applicantAge: "Din ålder (år)",
  livingWithParents: "Jag bor hos mina föräldrar",
  hasSpouse: "Jag har en make eller sambo som bor med mig",
  spouseAge: "Makens eller sambons ålder (år)",
  childrenLegend: "Barn som bor med dig",
  noChildren: "Inga barn tillagda.",
  childLegend: "Barn {n}",
  childAge: "Barn {n}: ålder (år)",
  alternatingResidence: "Barn {n} bor växelvis i två hem (växelvis boende)",
  childMaintenance: "Barn {n}: underhållsbidrag eller underhållsstöd (euro per månad)",
  addChild: "Lägg till ett barn",
  removeChild: "Ta bort barn {n}",
  childAdded: "Barn {n} har lagts till.",
  childRemoved: "Barnet har tagits bort.",
  expensesLegend: "Utgifter per månad (euro)",
  rent: "Hyra eller bolagsvederlag",
  water: "Vattenavgift",
  householdElectricity: "Hushållsel",
  homeInsurance: "Hemförsäkring",
  healthCare: "Hälso- och sjukvårdsutgifter",
  prescriptionMedicine: "Läkemedel som läkare har ordinerat",
  dayCareFee: "Avgift för småbarnspedagogik",
  incomesLegend: "Inkomster per månad efter skatt (euro)",
  applicantWage: "Din lön (netto)",
  applicantUnemployment: "Din arbetslöshetsförmån (netto)",
  spouseWage: "Makens eller sambons lön (netto)",
  spouseUnemployment: "Makens eller sambons arbetslöshetsförmån (netto)",
  housingAllowance: "Allmänt bostadsbidrag",
  childBenefit: "Barnbidrag, för en ensamförsörjare med ensamförsörjartillägget",
  otherIncome: "Övriga inkomster, till exempel pension eller sjukdagpenning (netto)",
  assetsLegend: "Tillgångar",
  savings: "Sparmedel på bankkonto och andra tillgångar som står till omedelbart förfogande (euro)",
  amountHint: "Till exempel 675 eller 675,50. Lämna tomt om du inte har någon.",
  submit: "Räkna ut uppskattningen",
  errorSummary: "Kontrollera följande",
  errAmount: "Skriv beloppet i euro, till exempel 675 eller 675,50.",
  errAdultAge: "Skriv åldern som ett heltal mellan 18 och 120.",
  errChildAge: "Skriv åldern som ett heltal mellan 0 och 17.",
  errMonth: "Skriv månaden i formatet ÅÅÅÅ-MM mellan 2017-01 och 2026-12.",
  errMunicipality: "Välj hemkommun.",
  errEngine: "Uppskattningen kunde inte räknas ut med dessa uppgifter. Kontrollera månaden, kommunen och beloppen.",
  errAmountTooLarge: "Beloppet är för stort: skriv månadens belopp, högst {max}.",
  errSavingsTooLarge: "Beloppet är för stort: skriv högst {max}.",
  personApplicant: "sökande",
  personSpouse: "make eller maka",
  personChild: "barn {n}",
  remindersHeading: "Kom du ihåg de här inkomsterna?",
  remindersStatus: "Kontrollera också påminnelserna om inkomster nedan.",
  remindersIntro: "De påverkar uppskattningen. Om du får dem, skriv in dem bland inkomsterna och räkna på nytt.",
  remindChildBenefit: "Barnbidrag: FPA betalar barnbidrag för varje barn under 17 år. Barnbidraget räknas som inkomst.",
  remindSingleParentSupplement:
    "Ensamförsörjartillägg: till en ensamförsörjares barnbidrag hör ensamförsörjartillägget. Skriv barnbidraget med tillägget.",
  remindHousingAllowance:
    "Allmänt bostadsbidrag: om du betalar hyra eller vederlag kan du få allmänt bostadsbidrag från FPA. Utkomststödet är ett stöd i sista hand, så ansök först om bostadsbidrag.",
  remindChildIncrease:
    "Barnförhöjning: till arbetsmarknadsstödet och arbetslöshetsdagpenningen betalades barnförhöjning för barn under 18 år till och med 31.3.2024. Skriv arbetslöshetsförmånen med barnförhöjningen.",
  justificationHeading: "Uppskattningens beräkning för månaden {month}",
  estimateSupportStep:
    "Utgifter {expenses} − inkomster {income} − tillgångar {assets} = {difference}. Det uppskattade grundläggande utkomststödet är {support} per månad.",
  estimateNoSupportStep:
    "Utgifter {expenses} − inkomster {income} − tillgångar {assets} = {difference}. Enligt uppskattningen räcker inkomsterna och tillgångarna till utgifterna.",
  estimateHousingOverLimit:
    "FPA kan då be dig skaffa en billigare bostad och godkänna utgifterna till fullt belopp endast under en tidsfrist; i denna uppskattning har de räknats till fullt belopp.",
  estimateStep: "Detta steg har beaktats i uppskattningen.",
  estimateNote: "Till uppskattningen hör en anmärkning; FPA kontrollerar saken utifrån ansökan.",
  flagHousingOverLimit:
    "Boendeutgifterna överstiger kommunens maximibelopp (1412/1997 7 a §). FPA kan be dig skaffa en billigare bostad inom en tidsfrist.",
  resultHeading: "Uppskattning",
  resultEmpty: "Fyll i uppgifterna och välj ”Räkna ut uppskattningen”.",
  resultGranted: "Uppskattat grundläggande utkomststöd för månaden {month}: {amount}.",
  resultNoSupport:
    "Enligt uppskattningen räcker inkomsterna och tillgångarna till utgifterna för månaden {month}, så du skulle sannolikt inte få grundläggande utkomststöd.",
  perMonth: "per månad",
  totalsCaption: "Sammandrag av beräkningen",
  totalBasicAmounts: "Grunddelar",
  totalOtherBasicExpenses: "Övriga grundutgifter, inklusive boendeutgifter",
  totalExpenses: "Utgifter sammanlagt",
  totalIncome: "Inkomster som beaktas",
  totalAssets: "Tillgångar som beaktas",
  totalDifference: "Skillnad",
  item: "Post",
  amount: "Belopp",
  explanationHeading: "Hur uppskattningen räknades ut",
  flagsHeading: "Anmärkningar",
  justificationText: "Motivering som text",
  applyAtKela: "Grundläggande utkomststöd söks hos FPA:",
  kelaLinkText: "fpa.fi/utkomststod",
  kelaUrl: "https://www.kela.fi/utkomststod",
  compareHeading: "Jämför två månaders lag",
  compareIntro:
    "Samma hushåll enligt lagen för två månader, till exempel februari och mars 2026 (lag 26/2026 sänkte grunddelen och slopade förvärvsinkomstavdraget för vuxna). Jämförelsen använder uppgifterna och månaden i formuläret ovan.",
  compareLegend: "Månader som jämförs",
  compareBaseline: "Lagen för den första månaden",
  compareReform: "Lagen för den andra månaden",
  compareSubmit: "Jämför",
  compareEmpty: "Fyll i hushållets uppgifter i formuläret och välj ”Jämför”.",
  compareFormErrors: "Rätta först uppgifterna i formuläret; felen finns i början av formuläret.",
  compareStatus:
    "Uppskattning för månaden {month}: enligt lagen för {baseline} {before}, enligt lagen för {reform} {after}, skillnad {change} per månad.",
  compareCaption: "Uppskattat grundläggande utkomststöd per månad enligt två månaders lag",
  compareLawOf: "Lagen för {month}",
  compareDifference: "Skillnad",
  compareChangesHeading: "Vad som ändrades",
  compareNoChange: "Uppskattningen ändras inte: beräkningsstegen är desamma enligt båda månadernas lag.",
  compareNotice:
    "Jämförelsen är en uppskattning av hur lagändringen skulle påverka hushållet. Den är inte FPA:s beslut.",
  footer:
    "Exempelapplikation. Beräkning: @osallistava/social-assistance. Utseendet följer designsystemet för Suomi.fi-tjänstearkitekturen."
}

const en: Record<MessageKey, string> = {
  pageTitle: "Basic social assistance calculator",
  skipLink: "Skip to the calculator",
  service: "osallistava · example",
  languageGroup: "Language",
  intro:
    "Estimate how much basic social assistance your household could get for one month. The calculator applies the same rules as Kela (Act on Social Assistance 1412/1997).",
  estimateNotice:
    "This is an estimate, not a decision. Kela decides only on the basis of your application and its attachments, and the decision may differ from this estimate.",
  privacyNotice: "Everything is calculated in your browser only. Nothing is sent anywhere or stored.",
  required: "required",
  periodLegend: "Month and municipality of residence",
  month: "Month",
  monthHint: "As YYYY-MM, from 2017-01 to 2026-12.",
  municipality: "Municipality of residence",
  municipalityHint: "The municipality affects the accepted housing costs from 1 April 2024.",
  householdLegend: "Household",
  applicantAge: "Your age (years)",
  livingWithParents: "I live with my parents",
  hasSpouse: "I have a spouse or partner who lives with me",
  spouseAge: "Spouse's or partner's age (years)",
  childrenLegend: "Children who live with you",
  noChildren: "No children added.",
  childLegend: "Child {n}",
  childAge: "Child {n}: age (years)",
  alternatingResidence: "Child {n} lives alternately in two homes (alternating residence)",
  childMaintenance: "Child {n}: child maintenance or maintenance allowance (euros per month)",
  addChild: "Add a child",
  removeChild: "Remove child {n}",
  childAdded: "Child {n} added.",
  childRemoved: "Child removed.",
  expensesLegend: "Expenses per month (euros)",
  rent: "Rent or maintenance charge",
  water: "Water charge",
  householdElectricity: "Household electricity",
  homeInsurance: "Home insurance",
  healthCare: "Health care costs",
  prescriptionMedicine: "Medicines prescribed by a doctor",
  dayCareFee: "Early childhood education fee",
  incomesLegend: "Income per month after tax (euros)",
  applicantWage: "Your wages (net)",
  applicantUnemployment: "Your unemployment benefit (net)",
  spouseWage: "Spouse's or partner's wages (net)",
  spouseUnemployment: "Spouse's or partner's unemployment benefit (net)",
  housingAllowance: "General housing allowance",
  childBenefit: "Child benefit, for a single parent with the single-parent supplement",
  otherIncome: "Other income, for example a pension or sickness allowance (net)",
  assetsLegend: "Assets",
  savings: "Savings in bank accounts and other assets available at once (euros)",
  amountHint: "For example 675 or 675.50. Leave empty if none.",
  submit: "Calculate the estimate",
  errorSummary: "Please check the following",
  errAmount: "Enter the amount in euros, for example 675 or 675.50.",
  errAdultAge: "Enter the age as a whole number from 18 to 120.",
  errChildAge: "Enter the age as a whole number from 0 to 17.",
  errMonth: "Enter the month as YYYY-MM, from 2017-01 to 2026-12.",
  errMunicipality: "Choose the municipality of residence.",
  errEngine:
    "The estimate could not be calculated from these details. Please check the month, the municipality and the amounts.",
  errAmountTooLarge: "The amount is too large: enter the month's amount, at most {max}.",
  errSavingsTooLarge: "The amount is too large: enter at most {max}.",
  personApplicant: "you",
  personSpouse: "spouse or partner",
  personChild: "child {n}",
  remindersHeading: "Did you remember this income?",
  remindersStatus: "Please also check the reminders about income below.",
  remindersIntro: "It affects the estimate. If you get it, enter it under income and calculate again.",
  remindChildBenefit:
    "Child benefit: Kela pays child benefit for every child under 17. Child benefit counts as income.",
  remindSingleParentSupplement:
    "Single-parent supplement: a single parent's child benefit includes the single-parent supplement. Enter the child benefit with the supplement.",
  remindHousingAllowance:
    "General housing allowance: if you pay rent or a maintenance charge, you may get Kela's general housing allowance. Social assistance is the last resort, so apply for the housing allowance first.",
  remindChildIncrease:
    "Child increase: the labour market subsidy and unemployment allowance included a child increase for children under 18 until 31 March 2024. Enter the unemployment benefit with the child increase.",
  justificationHeading: "Calculation of the estimate for {month}",
  estimateSupportStep:
    "Expenses {expenses} − income {income} − assets {assets} = {difference}. The estimated basic social assistance is {support} a month.",
  estimateNoSupportStep:
    "Expenses {expenses} − income {income} − assets {assets} = {difference}. According to the estimate, income and assets cover the expenses.",
  estimateHousingOverLimit:
    "Kela may then ask you to find a cheaper home and accept the costs in full only for a set period; this estimate counts them in full.",
  estimateStep: "This step is taken into account in the estimate.",
  estimateNote: "The estimate comes with a note; Kela checks the matter from the application.",
  flagHousingOverLimit:
    "Housing costs exceed the municipal limit (Act 1412/1997 s. 7 a). Kela may ask you to find a cheaper home within a set period.",
  resultHeading: "Estimate",
  resultEmpty: "Fill in the form and choose “Calculate the estimate”.",
  resultGranted: "Estimated basic social assistance for {month}: {amount}.",
  resultNoSupport:
    "According to the estimate, income and assets cover the expenses for {month}, so you would probably not get basic social assistance.",
  perMonth: "per month",
  totalsCaption: "Summary of the calculation",
  totalBasicAmounts: "Basic amounts",
  totalOtherBasicExpenses: "Other basic expenses, including housing costs",
  totalExpenses: "Expenses in total",
  totalIncome: "Income counted",
  totalAssets: "Assets counted",
  totalDifference: "Difference",
  item: "Item",
  amount: "Amount",
  explanationHeading: "How the estimate was calculated",
  flagsHeading: "Notes",
  justificationText: "Justification as text",
  applyAtKela: "Basic social assistance is applied for from Kela:",
  kelaLinkText: "kela.fi/social-assistance",
  kelaUrl: "https://www.kela.fi/social-assistance",
  compareHeading: "Compare two months' law",
  compareIntro:
    "The same household under the law of two months, for example February and March 2026 (law 26/2026 cut the basic amount and abolished the earned-income disregard for adults). The comparison uses the details and the month of the form above.",
  compareLegend: "Months to compare",
  compareBaseline: "The law of the first month",
  compareReform: "The law of the second month",
  compareSubmit: "Compare",
  compareEmpty: "Fill in the household's details in the form and choose “Compare”.",
  compareFormErrors: "Please correct the form first; the errors are listed at the top of the form.",
  compareStatus:
    "Estimate for {month}: under the law of {baseline} {before}, under the law of {reform} {after}, difference {change} a month.",
  compareCaption: "Estimated basic social assistance a month under two months' law",
  compareLawOf: "The law of {month}",
  compareDifference: "Difference",
  compareChangesHeading: "What changed",
  compareNoChange: "The estimate does not change: the steps of the calculation are the same under both months' law.",
  compareNotice:
    "The comparison is an estimate of how the change in the law would affect the household. It is not Kela's decision.",
  footer:
    "Example application. Calculation: @osallistava/social-assistance. The look follows the Suomi.fi service architecture design system."
}

const messages: Record<Lang, Record<MessageKey, string>> = { fi, sv, en }

/**
 * The text for `key` in `lang`, with `{name}` placeholders filled.
 *
 * @since 0.1.0
 */
export const t = (lang: Lang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string =>
  messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
