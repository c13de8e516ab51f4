import type { DocNode } from '../../../../shared/model';
import type { SeededRandom } from './seededRandom';

/**
 * Word stock for generated prose. It mixes plain report vocabulary with the
 * characters a PDF font must carry (é, ł, ø, dashes, curly quotes, ½, −, °)
 * and a few very long words, so exports meet them in every run.
 */
const WORDS = [
  'staff', 'patients', 'families', 'incident', 'learning', 'support', 'trust', 'board', 'investigation', 'review',
  'safety', 'culture', 'practice', 'wellbeing', 'colleagues', 'managers', 'process', 'evidence', 'response', 'harm',
  'openness', 'candour', 'clinical', 'teams', 'ward', 'shift', 'nurses', 'doctors', 'pharmacists', 'midwives',
  'reported', 'described', 'noted', 'found', 'explained', 'recalled', 'suggested', 'observed', 'agreed', 'felt',
  'after', 'before', 'during', 'within', 'across', 'between', 'without', 'because', 'although', 'whereas',
  'timely', 'compassionate', 'consistent', 'local', 'national', 'formal', 'informal', 'structured', 'routine', 'early',
  'debrief', 'huddle', 'conversation', 'meeting', 'letter', 'policy', 'guidance', 'framework', 'pathway', 'record',
  'the', 'a', 'of', 'and', 'to', 'in', 'for', 'with', 'that', 'was', 'were', 'their', 'this', 'on', 'by', 'as',
  'the', 'of', 'and', 'to', 'the', 'a', 'in', 'was',
  'café', 'naïve', 'Łódź', 'Ørsted', 'façade', 'rôle', 'coördinated', 'résumé',
  '½', '37.5°C', '−2', '2019–2024', 'well‑being', '‘second', 'victim’', '“just', 'culture”',
  'interdisciplinary', 'psychologically', 'characteristically', 'multiprofessional',
  'pneumonoultramicroscopicsilicovolcanoconiosis', 'electroencephalographically',
];

const CAPITALISED = ['Staff', 'Families', 'Managers', 'Colleagues', 'Boards', 'Teams', 'Investigators', 'Reviewers', 'Leaders'];

export function sentence(rng: SeededRandom, min = 9, max = 19): string {
  const n = rng.int(min, max);
  const words = [rng.pick(CAPITALISED)];
  for (let i = 1; i < n; i++) {
    let word = rng.pick(WORDS);
    if (i > 2 && i < n - 1 && rng.next() < 0.06) word += ',';
    else if (i > 3 && i < n - 2 && rng.next() < 0.02) word += ' —';
    words.push(word);
  }
  return `${words.join(' ')}.`;
}

export function sentences(rng: SeededRandom, count: number): string {
  return Array.from({ length: count }, () => sentence(rng)).join(' ');
}

export const text = (value: string, marks?: DocNode['marks']): DocNode =>
  marks?.length ? { type: 'text', text: value, marks } : { type: 'text', text: value };

export const para = (content: DocNode[]): DocNode => ({ type: 'paragraph', content });

/** A short title from the word stock: "Timely debrief and support". */
export function title(rng: SeededRandom): string {
  const a = rng.pick(['Timely', 'Consistent', 'Compassionate', 'Structured', 'Early', 'Local', 'National', 'Formal']);
  const b = rng.pick(['debrief', 'support', 'learning', 'review', 'response', 'conversation', 'guidance', 'practice']);
  const c = rng.pick(['after incidents', 'for staff', 'with families', 'across teams', 'in wards', 'by boards', 'over time']);
  return `${a} ${b} ${c}`;
}
