/**
 * Supplementary (täydentävä, 1412/1997 7 c §) and preventive (ehkäisevä, 8 §) social assistance as the wellbeing
 * services county computes and decides it: the calculation on top of Kela's decision, county guidelines as dated
 * data, the decision as a Schema, the preventive decision, the procedure and the decision letter in fi/sv/en.
 *
 * @since 0.3.0
 */

export * as Guidelines from "../guidelines/index.js"
export * from "./calculate.js"
export * from "./decision.js"
export * from "./guideline.js"
export {
  type LetterOptions,
  render,
  renderPreventive,
  tryRender,
  tryRenderPreventive,
  unsafeRender,
  unsafeRenderPreventive
} from "./letter.js"
export * as Messages from "./messages.js"
export * from "./preventive.js"
export * from "./procedure.js"
export * from "./reasons.js"
