import { Node } from '@tiptap/core';

/** A footnote written in place; exporters number footnotes in order and move their text to the foot of the page. */
export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  content: 'text*',
  marks: 'bold italic link',
  atom: false,
  parseHTML() {
    return [{ tag: 'span[data-footnote]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, 'data-footnote': '', class: 'footnote' }, 0];
  },
});
