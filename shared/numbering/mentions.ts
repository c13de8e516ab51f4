import type { DocNode } from '../model/json';

/** One citation's references and locators, as the citation node stores them. */
export interface CitedItem {
  referenceId: string;
  locator?: string;
}

/** What a section's text points at: findings, placed safety items and cited references. */
export type Mention =
  | { kind: 'finding'; id: string }
  | { kind: 'safetyItem'; id: string }
  | { kind: 'citation'; items: CitedItem[] };

/** Citation items as stored, keeping only well-formed entries (content may come from pasted or imported HTML). */
export function citedItems(node: DocNode): CitedItem[] {
  const raw = node.attrs?.items;
  if (!Array.isArray(raw)) return [];
  const out: CitedItem[] = [];
  for (const item of raw as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { referenceId, locator } = item as Record<string, unknown>;
    if (typeof referenceId !== 'string' || !referenceId) continue;
    out.push(typeof locator === 'string' && locator.trim() ? { referenceId, locator: locator.trim() } : { referenceId });
  }
  return out;
}

/** What one node points at, if it is a finding reference, a safety item block or a citation. */
export function mentionOf(node: DocNode): Mention | null {
  const attrs = node.attrs ?? {};
  if (node.type === 'findingRef' && typeof attrs.findingId === 'string') return { kind: 'finding', id: attrs.findingId };
  if (node.type === 'safetyItemBlock' && typeof attrs.safetyItemId === 'string') return { kind: 'safetyItem', id: attrs.safetyItemId };
  if (node.type === 'citation') return { kind: 'citation', items: citedItems(node) };
  return null;
}

/** Calls visit for every mention in document order (depth first, as the text reads, footnotes where they stand). */
export function forEachMention(doc: DocNode, visit: (mention: Mention) => void): void {
  const mention = mentionOf(doc);
  if (mention) visit(mention);
  if (doc.content) for (const child of doc.content) forEachMention(child, visit);
}

/** Ids in order of first appearance across the documents (sections in outline order). */
export interface FirstAppearances {
  findings: string[];
  safetyItems: string[];
  references: string[];
}

export function firstAppearances(docs: DocNode[]): FirstAppearances {
  const findings = new Set<string>();
  const safetyItems = new Set<string>();
  const references = new Set<string>();
  for (const doc of docs) {
    forEachMention(doc, (m) => {
      if (m.kind === 'finding') findings.add(m.id);
      else if (m.kind === 'safetyItem') safetyItems.add(m.id);
      else for (const item of m.items) references.add(item.referenceId);
    });
  }
  return { findings: [...findings], safetyItems: [...safetyItems], references: [...references] };
}
