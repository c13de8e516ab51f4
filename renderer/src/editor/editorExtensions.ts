import type { AnyExtension } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { schemaExtensions } from '../../../shared/schema';
import { Citation } from '../../../shared/schema/nodes/citation';
import { Figure } from '../../../shared/schema/nodes/figure';
import { FindingRef } from '../../../shared/schema/nodes/findingRef';
import { SafetyItemBlock } from '../../../shared/schema/nodes/safetyItemBlock';
import { FigureView } from './extensions/FigureView';
import { CaretIntoView } from './extensions/caretIntoView';
import { FindHighlight } from './extensions/findHighlight';
import { CitationView, FindingRefView, SafetyItemView } from './extensions/nodeViews';
import { PlainEnglishHighlights } from '../publish/plainEnglishHighlights';

/** The shared schema nodes, given views in the editor only (the exporters build the same schema without them). */
const withViews: Record<string, AnyExtension> = {
  figure: Figure.extend({ addNodeView: () => ReactNodeViewRenderer(FigureView) }),
  citation: Citation.extend({ addNodeView: () => ReactNodeViewRenderer(CitationView, { as: 'span' }) }),
  findingRef: FindingRef.extend({ addNodeView: () => ReactNodeViewRenderer(FindingRefView, { as: 'span' }) }),
  safetyItemBlock: SafetyItemBlock.extend({ addNodeView: () => ReactNodeViewRenderer(SafetyItemView) }),
};

export const editorExtensions = (): AnyExtension[] => [
  ...schemaExtensions.map((extension) => withViews[extension.name] ?? extension),
  FindHighlight,
  CaretIntoView,
  PlainEnglishHighlights,
];
