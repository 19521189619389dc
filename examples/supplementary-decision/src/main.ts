import { report } from "./report.js"

process.stdout.write(report())
