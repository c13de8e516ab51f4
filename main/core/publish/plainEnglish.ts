import { fleschKincaid } from 'flesch-kincaid';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextPassive from 'retext-passive';
import retextSimplify from 'retext-simplify';
import { syllable } from 'syllable';
import type { DocNode } from '../../../shared/model';
import { countWords } from '../../../shared/doc/wordCount';
import { textBlocks } from './textBlocks';
import type { PlainEnglishNote, SectionReadability } from '../../../shared/api/calls/publish';

export type { PlainEnglishNote, SectionReadability } from '../../../shared/api/calls/publish';
type PlainEnglishKind = PlainEnglishNote['kind'];

/** Sentences longer than this are hard to follow (GOV.UK and NHS guidance: 25 words at most). */
export const LONG_SENTENCE_WORDS = 25;

const processor = retext().use(retextEnglish).use(retextPassive).use(retextSimplify).freeze();

const SENTENCE = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;

function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    if (m[0].trim()) out.push({ text: m[0], start: m.index ?? 0 });
  }
  return out;
}

/** Advisory plain-English notes and a reading age for one section. */
export function checkPlainEnglish(doc: DocNode): SectionReadability {
  const notes: PlainEnglishNote[] = [];
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of textBlocks(doc)) {
    if (!block.text.trim()) continue;
    const at = (offset: number) => block.positions[Math.min(offset, block.positions.length - 1)] ?? 0;
    for (const s of sentencesOf(block.text)) {
      const n = countWords(s.text);
      if (!n) continue;
      sentences++;
      words += n;
      syllables += s.text.match(/[\p{L}’']+/gu)?.reduce((sum, w) => sum + syllable(w), 0) ?? 0;
      if (n > LONG_SENTENCE_WORDS) {
        const trimmed = s.text.trim();
        const lead = s.text.indexOf(trimmed);
        notes.push({
          kind: 'long-sentence',
          message: `This sentence has ${n} words; aim for ${LONG_SENTENCE_WORDS} or fewer.`,
          excerpt: trimmed.length > 80 ? `${trimmed.slice(0, 77)}…` : trimmed,
          from: at(s.start + lead),
          to: at(s.start + lead + trimmed.length - 1) + 1,
        });
      }
    }
    const file = processor.processSync(block.text);
    for (const message of file.messages) {
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined;
      const end = message.place && 'end' in message.place ? message.place.end.offset : undefined;
      if (start === undefined || end === undefined) continue;
      const kind: PlainEnglishKind = message.source === 'retext-passive' ? 'passive' : 'simpler-word';
      notes.push({
        kind,
        message: kind === 'passive' ? `Possible passive voice (“${block.text.slice(start, end)}”): say who did what.` : String(message.reason),
        excerpt: block.text.slice(start, end),
        from: at(start),
        to: at(end - 1) + 1,
      });
    }
  }
  const readingAge = sentences && words ? Math.round((fleschKincaid({ sentence: sentences, word: words, syllable: syllables }) + 5) * 10) / 10 : null;
  notes.sort((a, b) => a.from - b.from);
  return { words, sentences, readingAge, notes };
}
