import { describe, expect, it } from 'vitest';
import { reportSchema } from '../schema';
import { reanchor } from './reanchor';
import { passageText } from './passageText';

const schema = reportSchema();
const doc = (...paragraphs: string[]) =>
  schema.nodes.doc!.create(null, paragraphs.map((t) => schema.nodes.paragraph!.create(null, t ? schema.text(t) : null)));

describe('reanchor', () => {
  it('keeps an anchor that still covers its quoted text', () => {
    expect(reanchor(doc('one two three'), { from: 5, to: 8 }, 'two')).toEqual({ from: 5, to: 8 });
  });

  it('finds moved text, preferring the occurrence nearest the old anchor', () => {
    const moved = doc('new opening paragraph', 'one two three two');
    const anchor = reanchor(moved, { from: 5, to: 8 }, 'two')!;
    expect(passageText(moved, anchor)).toBe('two');
    expect(anchor.from).toBe(23 + 5);
  });

  it('finds a passage that spans two paragraphs', () => {
    const d = doc('first end', 'second start');
    const anchor = reanchor(d, null, 'end\nsecond')!;
    expect(passageText(d, anchor)).toBe('end\nsecond');
  });

  it('detaches when the quoted text is gone', () => {
    expect(reanchor(doc('entirely different'), { from: 5, to: 8 }, 'two')).toBeNull();
  });
});
