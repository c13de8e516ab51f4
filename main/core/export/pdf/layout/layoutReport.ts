import type { ReportDocument } from '../../reportDocument';
import { FontCache } from '../fonts/fontCache';
import { StructNode } from '../structure/structNode';
import { REFERENCES_ANCHOR, bibliographySlices, referencesSectionId } from './bibliography';
import { coverPage } from './cover';
import type { LayoutEnv } from './env';
import { layoutFootnote } from './footnotes';
import { paginate } from './paginate';
import { sectionsSlices } from './sections';
import { Theme } from './theme';
import { tocSlices, type TocEntry } from './toc';
import type { PageLayout } from './types';

export interface ReportLayout {
  pages: PageLayout[];
  /** Cover and contents pages, numbered in roman. */
  frontPages: number;
  root: StructNode;
  fonts: FontCache;
  theme: Theme;
}

/**
 * Lays the whole report out: cover, contents, sections, references. The
 * structure tree is built on the way, in document order. Contents pages are
 * paginated on their own first: their entries reserve room for page numbers,
 * so the body's pagination can follow without changing them.
 */
export function layoutReport(report: ReportDocument, onSection: (done: number) => void, signal?: AbortSignal): ReportLayout {
  const fonts = new FontCache();
  const theme = new Theme(report.brand, fonts);
  const root = new StructNode('Document', null);
  let footnotes = 0;
  let anchors = 0;
  const env: LayoutEnv = {
    fonts,
    theme,
    report,
    footnote: (content, owner) => layoutFootnote(env, ++footnotes, content, owner),
    anchor: (prefix) => `${prefix}-${++anchors}`,
  };
  const cover = coverPage(env, root);
  const entries: TocEntry[] = report.sections.map((s) => ({ text: `${s.number} ${s.title}`, depth: s.depth, anchor: `sec-${s.id}` }));
  const referencesSection = referencesSectionId(report);
  if (report.citations.bibliography.length && !referencesSection) entries.push({ text: 'References', depth: 1, anchor: REFERENCES_ANCHOR });
  const contents = paginate(tocSlices(env, entries, root), 'Contents');
  const body = [
    ...sectionsSlices(
      env,
      report.sections,
      root,
      (done) => {
        signal?.throwIfAborted();
        onSection(done);
      },
      (section, sect) => (section.id === referencesSection ? bibliographySlices(env, sect, false) : []),
    ),
    ...(referencesSection ? [] : bibliographySlices(env, root, true)),
  ];
  if (body[0]) body[0].pageBreakBefore = false;
  return { pages: [cover, ...contents, ...paginate(body)], frontPages: 1 + contents.length, root, fonts, theme };
}
