import type { Document, Element } from 'happy-dom';

/**
 * Mammoth and markdown-it-footnote both render a footnote as a numbered link to a list item at the
 * end, which links back. The report schema keeps a footnote's text where it is cited: move each
 * note's text into a footnote span at its reference, and drop the list.
 */
export function inlineFootnotes(doc: Document): number {
  let count = 0;
  for (const link of Array.from(doc.querySelectorAll('a[href^="#"][id]'))) {
    const ownId = link.getAttribute('id')!;
    const note = doc.getElementById(link.getAttribute('href')!.slice(1));
    if (!note || note.tagName !== 'LI') continue;
    const back = Array.from(note.querySelectorAll('a')).find((a) => a.getAttribute('href') === `#${ownId}`);
    if (!back) continue;
    back.remove();
    const span = doc.createElement('span');
    span.setAttribute('data-footnote', '');
    const parts = note.querySelectorAll('p').length ? Array.from(note.querySelectorAll('p')) : [note];
    parts.forEach((part, i) => {
      if (i > 0) span.appendChild(doc.createTextNode(' '));
      span.append(...Array.from(part.childNodes));
    });
    const last = span.lastChild;
    if (last && last.nodeType === 3) last.textContent = (last.textContent ?? '').replace(/\s+$/, '');
    const parent = link.parentElement as Element | null;
    const holder = parent?.tagName === 'SUP' && parent.childNodes.length === 1 ? parent : link;
    holder.replaceWith(span);
    note.remove();
    count++;
  }
  // The emptied note lists (mammoth also writes an empty <ol> and <dl> when there are none).
  for (const el of Array.from(doc.querySelectorAll('ol, dl, section.footnotes'))) {
    if (!el.querySelector('li, dt, dd')) el.remove();
  }
  for (const hr of Array.from(doc.querySelectorAll('hr.footnotes-sep'))) hr.remove();
  return count;
}
