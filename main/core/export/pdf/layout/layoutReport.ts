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
 * so the body's pagination can follow without changing them. Yields the
 * number of sections laid out after each one; returns the layout.
 */
export function* layoutSteps(report: ReportDocument): Generator<number, ReportLayout> {
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
  const sections = yield* sectionsSlices(env, report.sections, root, (section, sect) =>
    section.id === referencesSection ? bibliographySlices(env, sect, false) : [],
  );
  const body = referencesSection ? sections : [...sections, ...bibliographySlices(env, root, true)];
  if (body[0]) body[0].pageBreakBefore = false;
  return { pages: [cover, ...contents, ...paginate(body)], frontPages: 1 + contents.length, root, fonts, theme };
}

/** layoutSteps in one go, for callers that only need the result; `onSection` may throw to stop. */
export function layoutReport(report: ReportDocument, onSection: (done: number) => void, signal?: AbortSignal): ReportLayout {
  const steps = layoutSteps(report);
  for (;;) {
    signal?.throwIfAborted();
    const next = steps.next();
    if (next.done) return next.value;
    onSection(next.value);
  }
}
