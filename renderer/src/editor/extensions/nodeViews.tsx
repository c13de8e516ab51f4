import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { CitationItem } from '../../../../shared/schema';
import { SAFETY_ITEM_LABEL } from '../../../../shared/model';
import { citationKey } from '../../../../shared/numbering/citationKey';
import { useEntities } from '../entities';

/** An inline chip showing the finding's current code, e.g. "F3". */
export function FindingRefView({ node, selected }: ReactNodeViewProps) {
  const { findings } = useEntities();
  const finding = findings.find((f) => f.id === node.attrs.findingId);
  return (
    <NodeViewWrapper
      as="span"
      className={`chip finding-chip${selected ? ' is-selected' : ''}${finding ? '' : ' is-missing'}`}
      title={finding ? finding.title : 'This finding is no longer in the register'}
      data-finding-id={node.attrs.findingId}
    >
      {finding ? finding.code || 'Finding' : 'Missing finding'}
    </NodeViewWrapper>
  );
}

/** An inline citation: its label in the report's style, or "[n]" by first appearance until that is known. */
export function CitationView({ node, selected }: ReactNodeViewProps) {
  const { citationNumbers, citationLabels, references } = useEntities();
  const items = (node.attrs.items ?? []) as CitationItem[];
  const styled = citationLabels[citationKey(items)];
  const numbers = items.map((i) => citationNumbers.get(i.referenceId)).filter((n): n is number => n !== undefined);
  const titles = items.map((i) => references.find((r) => r.id === i.referenceId)?.csl.title ?? 'Unknown reference');
  return (
    <NodeViewWrapper as="span" className={`chip citation-chip${selected ? ' is-selected' : ''}`} title={titles.join('; ')} data-citation="">
      {styled ?? `[${numbers.length ? numbers.join(', ') : '?'}]`}
    </NodeViewWrapper>
  );
}

/** A safety item placed in the text: code, addressee and wording from the register. */
export function SafetyItemView({ node, selected }: ReactNodeViewProps) {
  const { safetyItems } = useEntities();
  const item = safetyItems.find((s) => s.id === node.attrs.safetyItemId);
  return (
    <NodeViewWrapper className={`safety-item-block${selected ? ' is-selected' : ''}`} data-safety-item-id={node.attrs.safetyItemId} data-drag-handle="">
      {item ? (
        <>
          <p className="safety-item-head">
            <strong>{SAFETY_ITEM_LABEL[item.kind]} {item.code}</strong>
            {item.addressee && <span> — to {item.addressee}</span>}
          </p>
          <p className="safety-item-text">{item.text}</p>
        </>
      ) : (
        <p className="safety-item-head">This safety item is no longer in the register.</p>
      )}
    </NodeViewWrapper>
  );
}
