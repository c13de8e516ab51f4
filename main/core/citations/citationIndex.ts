import type { CitationStyle, DocNode, Reference } from '../../../shared/model';
import type { CitationItem } from '../../../shared/schema';

/** Labels for citations and the bibliography of what is cited, in the report's style. */
export interface CitationIndex {
  style: CitationStyle;
  /** The in-text label of one citation node, e.g. "[1, 3]" or "(NHS England, 2022, p. 4)". */
  label(items: CitationItem[]): string;
  /** Bibliography entries in the order the style sets, as plain text. */
  bibliography: { referenceId: string; text: string }[];
}

function citedInOrder(docs: DocNode[]): string[] {
  const seen: string[] = [];
  const visit = (node: DocNode) => {
    if (node.type === 'citation') {
      for (const item of (node.attrs?.items as CitationItem[] | undefined) ?? []) {
        if (!seen.includes(item.referenceId)) seen.push(item.referenceId);
      }
    }
    node.content?.forEach(visit);
  };
  docs.forEach(visit);
  return seen;
}

/** Vancouver numbering from first citation; replaced by the CSL engine in the references work. */
export function buildCitationIndex(style: CitationStyle, docs: DocNode[], references: Reference[]): CitationIndex {
  const order = citedInOrder(docs).filter((id) => references.some((r) => r.id === id));
  const byId = new Map(references.map((r) => [r.id, r]));
  return {
    style,
    label: (items) => `[${items.map((i) => order.indexOf(i.referenceId) + 1).filter((n) => n > 0).join(', ')}]`,
    bibliography: order.map((id) => ({ referenceId: id, text: byId.get(id)?.csl.title ?? '' })),
  };
}
