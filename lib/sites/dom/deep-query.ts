// querySelectorAll that also looks inside open shadow roots (LinkedIn's #interop-outlet, Reddit's shreddit-*).
// document.querySelectorAll never enters a shadow root; Playwright locators do, the DOM API does not.

export function deepQueryAll<T extends Element = HTMLElement>(root: Document | ShadowRoot | Element, selector: string): T[] {
  const out: T[] = [...root.querySelectorAll<T>(selector)];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) out.push(...deepQueryAll<T>(shadow, selector));
  }
  return out;
}

/** Like deepQueryAll, but only enters the shadow roots of hosts matching `hosts` (cheap on big pages). */
export function queryThroughHosts<T extends Element = HTMLElement>(root: Document, hosts: string, selector: string): T[] {
  const out: T[] = [...root.querySelectorAll<T>(selector)];
  for (const host of root.querySelectorAll(hosts)) {
    if (host.shadowRoot) out.push(...host.shadowRoot.querySelectorAll<T>(selector));
  }
  return out;
}
