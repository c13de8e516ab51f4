import { Node } from '@tiptap/core';
import { attr } from '../elementAccess';

/** Places a safety recommendation, observation or action, held in the register, at this point of a section. */
export const SafetyItemBlock = Node.create({
  name: 'safetyItemBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return {
      safetyItemId: {
        default: null as string | null,
        parseHTML: (el) => attr(el, 'data-safety-item-id'),
        renderHTML: (attrs) => ({ 'data-safety-item-id': attrs.safetyItemId }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-safety-item-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', { ...HTMLAttributes, class: 'safety-item-block' }];
  },
});
