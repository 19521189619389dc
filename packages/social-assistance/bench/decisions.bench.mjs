// Decisions per second: calculateBatch vs a plain hand-written function computing the same numbers (E2 family).
// Run after `npx tsup`: node bench/decisions.bench.mjs [count]
import { Result } from "effect"
import { calculateBatch, decodeApplication } from "../dist/index.js"
// Kela's E2 (2021, Sipoo), the package's own example file: the one copy the tests and the README read too.
import json from "../examples/e2-2021-sipoo-single-parent.json" with { type: "json" }

const n = Number(process.argv[2] ?? 20000)
const decoded = decodeApplication(json)
if (Result.isFailure(decoded)) throw new Error("decode")
const apps = Array.from({ length: n }, () => decoded.success)

// Hand-written: 2021 single amount 504.06, 114 % / 70 % / 65 %, half-up per person, no explanation.
const roundPct = (cents, pctTimes100) => Math.floor((cents * pctTimes100 + 5000) / 10000)
const plain = (a) => {
  const single = 50406
  const basic = roundPct(single, 11400) + roundPct(single, 7000) + roundPct(single, 6500)
  let exp = basic
  for (const e of a.expenses) exp += e.amount
  let inc = 0
  for (const i of a.incomes) inc += i.amount
  return Math.max(0, exp - inc)
}

const time = (f) => {
  const t0 = process.hrtime.bigint()
  const r = f()
  return [r, Number(process.hrtime.bigint() - t0) / 1e9]
}
const [batch, tb] = time(() => calculateBatch(apps))
const [hand, th] = time(() => apps.map(plain))
const same = batch.every((r, i) => Result.isSuccess(r) && r.success.supportCents === hand[i])
console.log(`n=${n} same numbers: ${same}`)
console.log(`calculateBatch (with explanation): ${Math.round(n / tb)} decisions/s`)
console.log(`hand-written plain function:      ${Math.round(n / th)} decisions/s`)
