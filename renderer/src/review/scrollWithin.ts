/** The nearest ancestor that scrolls vertically. */
function scroller(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node.scrollHeight > node.clientHeight && /(auto|scroll)/.test(getComputedStyle(node).overflowY)) return node;
  }
  return null;
}

/**
 * Scrolls only the pane that holds the element (the text or a side panel), never the
 * window: Element.scrollIntoView would also shift the whole window when it overflows
 * by a few pixels, pushing the title bar out of sight.
 * 'center' puts the element in the middle; 'nearest' scrolls only if it is out of view.
 */
export function scrollWithin(element: HTMLElement, block: 'center' | 'nearest'): void {
  const pane = scroller(element);
  if (!pane) return;
  const r = element.getBoundingClientRect();
  const p = pane.getBoundingClientRect();
  if (block === 'center') pane.scrollTop += r.top - p.top - (p.height - r.height) / 2;
  else if (r.top < p.top) pane.scrollTop -= p.top - r.top + 8;
  else if (r.bottom > p.bottom) pane.scrollTop += Math.min(r.bottom - p.bottom + 8, r.top - p.top - 8);
}
