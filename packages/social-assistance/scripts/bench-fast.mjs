// Household-months per second: explained path (calculateBatch), fast path (Fast.calculateSupportBatch) and a plain
// hand-written function computing the same numbers, in the same run, on the same pre-decoded applications.
// Run after `npx tsup`: node scripts/bench-fast.mjs [count]
import { Result } from "effect"
import { calculateBatch, calculateSupportBatch, decodeApplication } from "../dist/index.js"

const n = Number(process.argv[2] ?? 1_000_000)
// 2025 families in Helsinki (limits 715/895/1023/1122 €): single / single parent / couple with children.
const variants = []
for (let k = 0; k < 1000; k++) {
  const kids = k % 4
  const spouse = k % 3 === 0
  const persons = [{ id: "a", role: "applicant", birthDate: "1985-05-05" }]
  if (spouse) persons.push({ id: "s", role: "spouse", birthDate: "1986-06-06" })
  for (let c = 0; c < kids; c++) persons.push({ id: `c${c}`, role: "child", birthDate: `${2008 + 3 * c}-0${c + 1}-10` })
  const eur = (cents) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, "0")}`
  variants.push({
    month: `2025-${String((k % 12) + 1).padStart(2, "0")}`,
    municipality: "091",
    persons,
    expenses: [
      { kind: "rent", amount: eur(50000 + ((k * 7919) % 60000)) },
      { kind: "water", amount: eur(2000 + (k % 50) * 100) }
    ],
    incomes: [
      { kind: "wage", amount: eur((k * 104729) % 150000), personId: "a" },
      { kind: "housingAllowance", amount: eur(20000 + (k % 30) * 1000), personId: "a" }
    ]
  })
}
const decoded = variants.map((v) => {
  const r = decodeApplication(v)
  if (Result.isFailure(r)) throw new Error(r.failure.message)
  return r.success
})
const apps = Array.from({ length: n }, (_, i) => decoded[i % decoded.length])

// Plain hand-written function for these households (2025 parameters hard-coded, Helsinki limits, no explanation).
const single = 59355
const halfUp = (a, pm) => Math.floor((a * pm + 500_000) / 1_000_000)
const child10 = [halfUp(single, 700000), halfUp(single, 650000), halfUp(single, 600000)]
const child0 = [halfUp(single, 630000), halfUp(single, 580000), halfUp(single, 530000)]
const limits = [71500, 89500, 102300, 112200]
const plain = (a) => {
  let basic = 0
  let kids = 0
  let spouse = false
  for (const p of a.persons)
    if (p.role === "child") kids++
    else if (p.role === "spouse") spouse = true
  const adult = spouse ? halfUp(single, 850000) : kids > 0 ? halfUp(single, 1140000) : single
  let rank = 0
  for (const p of a.persons) {
    if (p.role === "child") {
      const age =
        2025 -
        Number(p.birthDate.slice(0, 4)) -
        (Number(a.month.slice(5, 7)) < Number(p.birthDate.slice(5, 7)) ||
        (Number(a.month.slice(5, 7)) === Number(p.birthDate.slice(5, 7)) && 1 < Number(p.birthDate.slice(8, 10)))
          ? 1
          : 0)
      basic += (age >= 10 ? child10 : child0)[Math.min(rank++, 2)]
    } else basic += adult
  }
  const size = a.persons.length
  const limit = size <= 4 ? limits[size - 1] : limits[3] + (size - 4) * 12200
  let housing = 0
  let other = 0
  for (const e of a.expenses)
    if (e.kind === "rent") housing += e.amount
    else other += e.amount
  let income = 0
  for (const i of a.incomes) income += i.kind === "wage" ? Math.max(0, i.amount - 15000) : i.amount
  void limit // no direction month given: full housing costs are accepted during the direction period
  return Math.max(0, basic + housing + other - income)
}

const time = (label, f, count) => {
  f() // warm-up
  const t0 = process.hrtime.bigint()
  const r = f()
  const s = Number(process.hrtime.bigint() - t0) / 1e9
  console.log(
    `${label}: ${count} in ${s.toFixed(3)} s = ${Math.round(count / s).toLocaleString("en")} household-months/s`
  )
  return [r, s]
}
const explainedN = Math.min(n, 50_000)
const [full] = time("explained calculateBatch", () => calculateBatch(apps.slice(0, explainedN)), explainedN)
const [fast, tf] = time("fast calculateSupportBatch", () => calculateSupportBatch(apps), n)
const [hand, th] = time("plain hand-written", () => apps.map(plain), n)
const sameFast = full.every((r, i) => Result.isSuccess(r) && r.success.supportCents === fast.supportCents[i])
const sameHand = hand.every((v, i) => v === fast.supportCents[i])
console.log(`same numbers: fast==explained ${sameFast}, fast==plain ${sameHand}; errors ${fast.errors.size}`)
console.log(`fast / plain time ratio: ${(tf / th).toFixed(2)}×`)
