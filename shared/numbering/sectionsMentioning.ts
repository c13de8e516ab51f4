import type { DocNode } from '../model/json';
import { forEachMention, type Mention } from './mentions';

/** The sections whose text contains matching mentions, with how many, in the order given (outline order). */
export function sectionsMentioning<S extends { id: string; content: DocNode }>(
  sections: S[],
  matches: (mention: Mention) => boolean,
): { section: S; count: number }[] {
  const out: { section: S; count: number }[] = [];
  for (const section of sections) {
    let count = 0;
    forEachMention(section.content, (m) => {
      if (matches(m)) count++;
    });
    if (count > 0) out.push({ section, count });
  }
  return out;
}

export const mentionsFinding = (findingId: string) => (m: Mention) => m.kind === 'finding' && m.id === findingId;

export const placesSafetyItem = (safetyItemId: string) => (m: Mention) => m.kind === 'safetyItem' && m.id === safetyItemId;

export const citesReference = (referenceId: string) => (m: Mention) =>
  m.kind === 'citation' && m.items.some((i) => i.referenceId === referenceId);
