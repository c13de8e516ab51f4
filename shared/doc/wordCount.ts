import type { DocNode } from '../model/json';
import { docText } from './docText';

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function docWordCount(doc: DocNode): number {
  return countWords(docText(doc));
}
