/**
 * Word desktop puts lists on the clipboard as paragraphs styled `mso-list:l0 level2 lfo1`, each
 * starting with a hidden marker span (`mso-list:Ignore`) holding "·" or "1.". Rebuild them as
 * nested <ul>/<ol> so lists survive the paste. Runs before styles are dropped.
 */
const LIST_STYLE = /mso-list:\s*l\d+\s+level(\d+)/i;
const ORDERED_MARKER = /^\s*(?:\d+|[a-z]{1,2}|[ivxlc]+)[.)]/i;

const listLevel = (node: Node | null): number | null => {
  if (!(node instanceof HTMLElement) || node.tagName !== 'P') return null;
  const match = LIST_STYLE.exec(node.getAttribute('style') ?? '');
  return match ? Number(match[1]) : null;
};

/** The next element sibling, skipping the whitespace Word puts between paragraphs. */
function nextElement(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && next.nodeType === Node.TEXT_NODE && !next.textContent?.trim()) next = next.nextSibling;
  return next;
}

function toItem(paragraph: HTMLElement): { item: HTMLElement; ordered: boolean } {
  const doc = paragraph.ownerDocument;
  const marker = Array.from(paragraph.querySelectorAll('span')).find((s) => /mso-list:\s*ignore/i.test(s.getAttribute('style') ?? ''));
  const ordered = ORDERED_MARKER.test(marker?.textContent ?? '');
  marker?.remove();
  const item = doc.createElement('li');
  const body = doc.createElement('p');
  body.append(...Array.from(paragraph.childNodes));
  item.append(body);
  return { item, ordered };
}

export function wordListsToLists(root: ParentNode): void {
  for (const start of Array.from(root.querySelectorAll('p'))) {
    if (listLevel(start) === null || listLevel(start.previousElementSibling) !== null) continue;
    const run: HTMLElement[] = [];
    for (let node: Node | null = start; listLevel(node) !== null; node = nextElement(node!)) run.push(node as HTMLElement);
    const stack: { level: number; list: HTMLElement }[] = [];
    for (const paragraph of run) {
      const level = listLevel(paragraph)!;
      const { item, ordered } = toItem(paragraph);
      while (stack.length && stack.at(-1)!.level > level) stack.pop();
      if (!stack.length || stack.at(-1)!.level < level) {
        const list = paragraph.ownerDocument.createElement(ordered ? 'ol' : 'ul');
        const parentItem = stack.at(-1)?.list.lastElementChild;
        if (parentItem) parentItem.append(list);
        else start.before(list);
        stack.push({ level, list });
      }
      stack.at(-1)!.list.append(item);
    }
    run.forEach((p) => p.remove());
  }
}
