import { Node } from '@tiptap/core';
import { attr } from '../elementAccess';

/** An inline mention of a finding; shows the finding's current code (F1, F2, …). */
export const FindingRef = Node.create({
  name: 'findingRef',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      findingId: {
        default: null as string | null,
        parseHTML: (el) => attr(el, 'data-finding-id'),
        renderHTML: (attrs) => ({ 'data-finding-id': attrs.findingId }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-finding-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, class: 'finding-ref' }, 'finding'];
  },
});
