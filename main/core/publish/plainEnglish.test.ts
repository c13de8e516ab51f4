import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../../shared/schema';
import type { DocNode } from '../../../shared/model';
import { checkPlainEnglish } from './plainEnglish';

const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const text = (t: string): DocNode => ({ type: 'text', text: t });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });

/** The text between two positions, as ProseMirror reads it: proof the positions point where we say. */
const between = (d: DocNode, from: number, to: number) => reportSchema().nodeFromJSON(d).textBetween(from, to, ' ', ' ');

describe('plain-English checks', () => {
  it('flags words with simpler alternatives at their exact place in the section', () => {
    const d = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Support')] },
      para(text('Managers should '), { type: 'text', text: 'utilise', marks: [{ type: 'bold' }] }, text(' the debrief room.')),
    );
    const result = checkPlainEnglish(d);
    const note = result.notes.find((n) => n.kind === 'simpler-word');
    expect(note?.excerpt).toBe('utilise');
    expect(note?.message).toContain('use');
    expect(between(d, note!.from, note!.to)).toBe('utilise');
  });

  it('flags passive voice and long sentences, with positions past citations and footnotes', () => {
    const long = 'Staff who were involved in the incident told us that they had not been offered any support by their ward manager or by the trust in the weeks and months that followed the event.';
    const d = doc(
      para(text('Before that, '), { type: 'citation', attrs: { items: [] } }, text('the mistake was hidden.'), { type: 'footnote', content: [text('A note.')] }),
      para(text(long)),
    );
    const result = checkPlainEnglish(d);
    const passive = result.notes.find((n) => n.kind === 'passive');
    expect(passive && between(d, passive.from, passive.to)).toBe('hidden');
    const longNote = result.notes.find((n) => n.kind === 'long-sentence');
    expect(longNote?.message).toMatch(/\d+ words/);
    expect(between(d, longNote!.from, longNote!.to)).toBe(long);
  });

  it('gives a lower reading age to short plain sentences than to dense ones', () => {
    const plain = checkPlainEnglish(doc(para(text('We talked to staff. They told us what helped. Most wanted time to talk.'))));
    const dense = checkPlainEnglish(
      doc(para(text('Organisational accountability mechanisms necessitate comprehensive multidisciplinary investigative methodologies.'))),
    );
    expect(plain.readingAge).not.toBeNull();
    expect(plain.readingAge!).toBeLessThan(dense.readingAge!);
    expect(plain.readingAge!).toBeLessThan(11);
  });

  it('has nothing to say about an empty section', () => {
    expect(checkPlainEnglish(doc(para()))).toEqual({ words: 0, sentences: 0, readingAge: null, notes: [] });
  });
});
