import { Node } from '@tiptap/core';
import { attr } from '../elementAccess';

export const CALLOUT_VARIANTS = ['info', 'exemplar', 'quote', 'warning'] as const;
export type CalloutVariant = (typeof CALLOUT_VARIANTS)[number];

/** A boxed block: exemplars of good practice, staff voices, key points. */
export const Callout = Node.create({
  name: 'callout',
  group: 'block',
  content: 'block+',
  defining: true,
  addAttributes() {
    return {
      variant: {
        default: 'info' as CalloutVariant,
        parseHTML: (el) => {
          const v = attr(el, 'data-variant');
          return (CALLOUT_VARIANTS as readonly string[]).includes(v ?? '') ? v : 'info';
        },
        renderHTML: (attrs) => ({ 'data-variant': attrs.variant }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'aside[data-callout]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['aside', { ...HTMLAttributes, 'data-callout': '', class: 'callout' }, 0];
  },
});
