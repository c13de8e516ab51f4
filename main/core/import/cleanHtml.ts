import type { Document, Element, Node } from 'happy-dom';
import { isAllowedLink } from '../../../shared/schema';

/** Elements whose content is dropped with them (never shown as text). */
const DROP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'FORM']);

/** Elements the report schema can read, with the attributes each may keep. */
const KEEP: Record<string, string[]> = {
  P: [], BR: [], H1: [], H2: [], H3: [], H4: [], H5: [], H6: [], STRONG: [], B: [], EM: [], I: [], U: [], S: [], DEL: [],
  A: ['href'], UL: [], OL: ['start'], LI: [], BLOCKQUOTE: [], TABLE: [], THEAD: [], TBODY: [], TR: [],
  TH: ['colspan', 'rowspan'], TD: ['colspan', 'rowspan'], HR: [],
  SPAN: ['data-footnote'], FIGURE: ['data-asset-id', 'data-width', 'data-decorative'], IMG: ['alt', 'data-asset-id'], FIGCAPTION: [],
};

const ELEMENT = 1;
const TEXT = 3;

/**
 * Rebuilds the body from an allowlist: known elements with known attributes are copied, unknown ones
 * are unwrapped (their text kept), scripts, styles and event handlers never come across, and links
 * with refused schemes (javascript:, data:, file:, …) lose their link.
 */
export function cleanHtml(doc: Document): void {
  const copy = (node: Node, into: Element) => {
    if (node.nodeType === TEXT) {
      into.appendChild(doc.createTextNode(node.textContent ?? ''));
      return;
    }
    if (node.nodeType !== ELEMENT) return; // comments, processing instructions
    const el = node as Element;
    if (DROP.has(el.tagName)) return;
    const allowed = KEEP[el.tagName];
    const href = el.getAttribute('href');
    if (!allowed || (el.tagName === 'A' && (!href || !isAllowedLink(href)))) {
      for (const child of Array.from(el.childNodes)) copy(child, into);
      return;
    }
    const clean = doc.createElement(el.tagName.toLowerCase());
    for (const name of allowed) {
      const value = el.getAttribute(name);
      if (value !== null) clean.setAttribute(name, value);
    }
    into.appendChild(clean);
    for (const child of Array.from(el.childNodes)) copy(child, clean);
  };
  const body = doc.body;
  const holder = doc.createElement('div');
  for (const child of Array.from(body.childNodes)) copy(child, holder);
  body.replaceChildren(...Array.from(holder.childNodes));
}
