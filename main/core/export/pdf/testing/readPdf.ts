import { execFileSync } from 'node:child_process';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfDoc = Awaited<ReturnType<typeof getDocument>['promise']>;

export const hasTool = (name: string) => {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export async function openPdf(bytes: Uint8Array): Promise<PdfDoc> {
  return getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
}

export interface StructItem {
  role?: string;
  type?: string;
  id?: string;
  alt?: string;
  children?: StructItem[];
}

/** Roles in a struct tree, depth first. */
export function roles(node: StructItem, into: string[] = []): string[] {
  if (node.role) into.push(node.role);
  node.children?.forEach((c) => roles(c, into));
  return into;
}

export function contentIds(node: StructItem, into = new Set<string>()): Set<string> {
  if (node.type === 'content' && node.id) into.add(node.id);
  node.children?.forEach((c) => contentIds(c, into));
  return into;
}

export function findRole(node: StructItem, role: string, into: StructItem[] = []): StructItem[] {
  if (node.role === role) into.push(node);
  node.children?.forEach((c) => findRole(c, role, into));
  return into;
}

/** Words as the tests count them: runs of letters (numbers, labels and punctuation vary by layout). */
export const words = (text: string): string[] => text.match(/\p{L}+/gu) ?? [];

/**
 * Checks that `expected` words appear in `actual` in order, allowing other
 * words in between (headers, footers, footnotes, labels) and words split by
 * hyphenation or URL wrapping across lines. Returns the first word not found.
 */
export function missingInOrder(
  expected: string[],
  actual: string[],
  maxSkip = 400,
  trace?: (i: number, from: number, to: number) => void,
): { index: number; word: string; context: string } | null {
  let p = 0;
  for (let i = 0; i < expected.length; i++) {
    const word = expected[i]!;
    // pdftotext joins words split at a hyphen that ends a line ("evidence-|based" → "evidencebased").
    const merged = actual[p] !== word ? mergedAt(expected, i, actual[p] ?? '') : 0;
    if (merged) {
      i += merged - 1;
      p++;
      continue;
    }
    let found = -1;
    for (let q = p; q < Math.min(actual.length, p + maxSkip) && found < 0; q++) {
      let joined = '';
      for (let k = q; k < Math.min(actual.length, q + 4); k++) {
        joined += actual[k];
        if (joined === word) {
          found = k + 1;
          break;
        }
        if (!word.startsWith(joined)) break;
      }
      // A word hyphenated over a page break has the footer and header between its halves.
      const head = actual[q]!;
      if (found < 0 && head.length >= 2 && head.length < word.length && word.startsWith(head)) {
        const rest = word.slice(head.length);
        const r = actual.indexOf(rest, q + 1);
        if (r > q && r < q + 200) found = r + 1;
      }
    }
    if (found < 0) return { index: i, word, context: `${expected.slice(Math.max(0, i - 8), i + 3).join(' ')} ⟂ pdf: ${actual.slice(p, p + 12).join(' ')}` };
    trace?.(i, p, found);
    p = found;
  }
  return null;
}

/** How many expected words, from i, make up `token` when joined (0 when they do not). */
function mergedAt(expected: string[], i: number, token: string): number {
  let joined = '';
  for (let k = i; k < Math.min(expected.length, i + 4); k++) {
    joined += expected[k];
    if (joined === token) return k > i ? k - i + 1 : 0;
    if (!token.startsWith(joined)) return 0;
  }
  return 0;
}
