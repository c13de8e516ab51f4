import { describe, expect, it } from 'vitest';
import { countWords, docWordCount } from './wordCount';

describe('word count', () => {
  it('counts words with apostrophes, hyphens and accents as one', () => {
    expect(countWords('The trust’s well-being café — staff said “yes”.')).toBe(7);
  });
  it('counts the text of a document across blocks and footnotes', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Support after incidents' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Staff need time' },
            { type: 'footnote', content: [{ type: 'text', text: 'See the survey' }] },
          ],
        },
      ],
    };
    expect(docWordCount(doc)).toBe(9);
  });
  it('gives zero for an empty document', () => {
    expect(docWordCount({ type: 'doc', content: [{ type: 'paragraph' }] })).toBe(0);
  });
});
