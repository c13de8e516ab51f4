import { Node } from '@tiptap/core';
import { attr } from '../elementAccess';

export interface CitationItem {
  referenceId: string;
  /** A page or other locator, e.g. "p. 12". */
  locator?: string;
}

/** Pasted HTML may carry anything in data-items: keep only well-formed items. */
function parseItems(raw: string | null): CitationItem[] {
  try {
    const value: unknown = JSON.parse(raw ?? '[]');
    if (!Array.isArray(value)) return [];
    return value
      .filter((v): v is CitationItem => typeof v === 'object' && v !== null && typeof (v as CitationItem).referenceId === 'string')
      .map((v) => (v.locator ? { referenceId: v.referenceId, locator: String(v.locator) } : { referenceId: v.referenceId }));
  } catch {
    return [];
  }
}

/** An inline citation of one or more references; its label is computed at render time from the citation style. */
export const Citation = Node.create({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      items: {
        default: [] as CitationItem[],
        parseHTML: (el) => parseItems(attr(el, 'data-items')),
        renderHTML: (attrs) => ({ 'data-items': JSON.stringify(attrs.items) }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'cite[data-citation]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['cite', { ...HTMLAttributes, 'data-citation': '' }, '[citation]'];
  },
});
