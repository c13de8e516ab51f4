import DOMPurify from 'dompurify';
import { isAllowedLink } from '../../../../shared/schema';
import { wordListsToLists } from './wordLists';

/** Tags the report schema can use; anything else is unwrapped (its text kept) or dropped. */
const ALLOWED_TAGS = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'strike', 'a',
  'ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'hr', 'span', 'div', 'sup',
  'aside', 'cite',
];
const ALLOWED_ATTR = [
  'href', 'colspan', 'rowspan', 'style',
  'data-callout', 'data-variant', 'data-citation', 'data-items', 'data-finding-id', 'data-safety-item-id', 'data-footnote',
];

/**
 * Word and Google Docs express bold, italic and underline as inline styles (Google Docs even wraps the
 * whole clipboard in <b style="font-weight:normal">). Turn styles into tags before styles are dropped.
 */
function stylesToTags(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[style]'))) {
    const style = el.style;
    const weight = style.fontWeight;
    if ((el.tagName === 'B' || el.tagName === 'STRONG') && (weight === 'normal' || weight === '400')) {
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    const wrappers: string[] = [];
    if (el.tagName === 'SPAN') {
      if (weight === 'bold' || Number(weight) >= 600) wrappers.push('strong');
      if (style.fontStyle === 'italic') wrappers.push('em');
      if (style.textDecoration.includes('underline') || style.textDecorationLine.includes('underline')) wrappers.push('u');
    }
    for (const tag of wrappers) {
      const wrapper = el.ownerDocument.createElement(tag);
      wrapper.append(...Array.from(el.childNodes));
      el.append(wrapper);
    }
  }
}

/** The schema has heading levels 2–4 (level 1 is the section title): fold the others onto them. */
function foldHeadings(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll('h1, h5, h6'))) {
    const heading = el.ownerDocument.createElement(el.tagName === 'H1' ? 'h2' : 'h4');
    heading.append(...Array.from(el.childNodes));
    el.replaceWith(heading);
  }
}

/** Links with refused schemes (javascript:, data:, file:, …) lose the link and keep their text. */
function dropBadLinks(root: ParentNode): void {
  for (const a of Array.from(root.querySelectorAll('a'))) {
    const href = a.getAttribute('href');
    if (!href || !isAllowedLink(href)) a.replaceWith(...Array.from(a.childNodes));
  }
}

/**
 * Cleans HTML from the clipboard before the schema parses it: DOMPurify removes scripts, event
 * handlers and unknown elements (images too: a pasted image has no asset and no alt text yet),
 * then styles become tags and are dropped.
 */
export function sanitizePaste(html: string): string {
  const fragment = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  wordListsToLists(fragment);
  stylesToTags(fragment);
  foldHeadings(fragment);
  dropBadLinks(fragment);
  for (const el of Array.from(fragment.querySelectorAll('[style]'))) el.removeAttribute('style');
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}
