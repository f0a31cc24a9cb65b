/**
 * Builds DOM nodes from text only. Ticket content is hostile input (it is whatever customers emailed), so the
 * page never parses HTML: every string becomes a text node.
 */
export interface ElementProps {
  className?: string
  text?: string
  attrs?: Record<string, string>
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: Array<Node | string | null> = []
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  if (props.className) element.className = props.className
  if (props.text !== undefined) element.textContent = props.text
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value)
  for (const child of children) {
    if (child !== null) element.append(typeof child === 'string' ? document.createTextNode(child) : child)
  }
  return element
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`The workspace page has no #${id}`)
  return element as T
}
