/**
 * A tiny element builder: `h("p", { class: "x" }, "text")`. Attributes with `false`/`undefined` are left out.
 *
 * @since 0.1.0
 */
export type Attrs = Readonly<Record<string, string | number | boolean | undefined>>

/** @since 0.1.0 */
export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: ReadonlyArray<Node | string>
): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue
    el.setAttribute(name, value === true ? "" : String(value))
  }
  el.append(...children)
  return el
}
