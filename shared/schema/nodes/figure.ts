import { Node } from '@tiptap/core';
import { attr, childAttr, childText, hasAttr } from '../elementAccess';

/**
 * An image stored in the project's assets. Alt text lives here (per use) so the same
 * picture can be described for its context; `decorative` images carry none by choice.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      assetId: { default: null as string | null, parseHTML: (el) => attr(el, 'data-asset-id') },
      alt: { default: '', parseHTML: (el) => childAttr(el, 'img', 'alt') ?? '' },
      decorative: { default: false, parseHTML: (el) => hasAttr(el, 'data-decorative') },
      caption: { default: '', parseHTML: (el) => childText(el, 'figcaption') ?? '' },
      /** Share of the text width, 10–100 (%). */
      width: {
        default: 100,
        parseHTML: (el) => Number(attr(el, 'data-width') ?? 100) || 100,
      },
    };
  },
  parseHTML() {
    return [{ tag: 'figure[data-asset-id]' }];
  },
  renderHTML({ node }) {
    const { assetId, alt, decorative, caption, width } = node.attrs as {
      assetId: string | null;
      alt: string;
      decorative: boolean;
      caption: string;
      width: number;
    };
    return [
      'figure',
      {
        'data-asset-id': assetId,
        'data-width': String(width),
        ...(decorative ? { 'data-decorative': '' } : {}),
      },
      ['img', { alt: decorative ? '' : alt, 'data-asset-id': assetId }],
      ['figcaption', {}, caption],
    ];
  },
});
