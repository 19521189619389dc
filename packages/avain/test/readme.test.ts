import { checkReadmeExample } from "../../../scripts/test-utils/readme-sync.mjs"
import { main } from "../examples/readme.js"

await checkReadmeExample(new URL("..", import.meta.url), main)
