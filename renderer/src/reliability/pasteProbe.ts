import { generateJSON } from '@tiptap/html';
import { isAllowedLink, schemaExtensions } from '../../../shared/schema';
import { sanitizePaste } from '../editor/paste/sanitizePaste';

/**
 * Loaded into a real Chromium page by the hostile-paste test (DOMPurify cannot be judged under
 * a simulated DOM): sanitises HTML as a paste would, puts the result into the live page so any
 * surviving handler gets its chance to run, and reports what is left that could be active.
 */
const ACTIVE = 'script, iframe, frame, object, embed, svg, math, img, form, input, button, meta, base, link, style, video, audio, source, template, noscript, details';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'srcdoc', 'data', 'poster'];

function activeParts(root: Element): string[] {
  const problems: string[] = [];
  for (const el of Array.from(root.querySelectorAll(ACTIVE))) problems.push(`<${el.tagName.toLowerCase()}>`);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) problems.push(`${attr.name} on <${el.tagName.toLowerCase()}>`);
      if (URL_ATTRIBUTES.includes(attr.name) && !isAllowedLink(attr.value)) problems.push(`${attr.name}="${attr.value}"`);
      if (attr.name === 'style') problems.push('a style attribute');
    }
  }
  return problems;
}

function linksIn(node: { marks?: { type: string; attrs?: { href?: unknown } }[]; content?: unknown[] }, out: string[] = []): string[] {
  for (const mark of node.marks ?? []) if (mark.type === 'link') out.push(String(mark.attrs?.href));
  for (const child of (node.content ?? []) as (typeof node)[]) linksIn(child, out);
  return out;
}

export interface ProbeResult {
  clean: string;
  problems: string[];
}

function probe(html: string): ProbeResult {
  const clean = sanitizePaste(html);
  const stage = document.createElement('div');
  stage.innerHTML = clean;
  document.body.append(stage);
  const problems = activeParts(stage);
  stage.remove();
  const doc = generateJSON(clean, schemaExtensions);
  for (const href of linksIn(doc)) if (!isAllowedLink(href)) problems.push(`a link to ${href} in the document`);
  if (/"type":"(image|figure)"/.test(JSON.stringify(doc))) problems.push('an image in the document');
  return { clean, problems };
}

(window as unknown as { casebookProbe: typeof probe }).casebookProbe = probe;
